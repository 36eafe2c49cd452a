"""Pre-staged cars on race day: a queue of 10 racers with 60 s runs and four cars in the track's fleet.

A whole simulated session: the sensor simulator times every run, the fake cars are staged, spoken
call-outs are on (the real voice, synthesizing each line to a WAV file), and the tablet timekeeper takes
each racer from the queue and submits their run over HTTP (PIN, session, CSRF token).

While each racer drives (in the car staged for them), the app pushes and loads the next racers' models
(20 MB each) onto the spare cars over SSH. Counted: how many racers had their car ready when their turn
came (goal 10/10). Measured at the same time: timing latency, from a trigger line written into a real
pseudo-terminal by a simulated sensor in its own process to the lap committed and LapRecorded delivered,
while staging runs, against the same measurement in the same run before any staging (timing_ratio =
p99 with staging / p99 without; goal <= 1.2).

Fake cars are real sshd processes on loopback with the fake web console each (tests/cars, needs root).
Run from the repo root: .venv/bin/python bench/staging.py   (about 12 minutes; --run-seconds for less)
"""

from __future__ import annotations

import argparse
import http.cookiejar
import json
import os
import re
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "bench"))

from cars.fake_car import FakeCar  # noqa: E402
from cars.fake_console import FakeConsole  # noqa: E402
from timing_latency import ChildSensor, percentile  # noqa: E402

from drem_desktop.app import App  # noqa: E402
from drem_desktop.cars.credentials import CarCredentials  # noqa: E402
from drem_desktop.domain.race_config import RaceConfig  # noqa: E402
from drem_desktop.events import LapRecorded  # noqa: E402
from drem_desktop.models.sample import write_sample_model  # noqa: E402
from drem_desktop.services.callouts import CalloutSettings  # noqa: E402
from drem_desktop.services.speech import Pyttsx3Voice, Speaker  # noqa: E402
from drem_desktop.timing.protocol import LineMode  # noqa: E402
from drem_desktop.timing.source import host_now_ms  # noqa: E402

LAP_EVERY_S = 0.1  # a trigger every 100 ms of wall time: many samples per run, the sensor's clock says 10 s
PIN = "7391"


class WavVoice:
    """The real voice (pyttsx3 over eSpeak NG), each line synthesized into a file: speech costs its CPU."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.said = 0
        self._voice: Pyttsx3Voice | None = None

    def configure(self, rate: int | None, voice: str | None) -> None:
        pass

    def speak(self, text: str) -> None:
        if self._voice is None:
            self._voice = Pyttsx3Voice()
        self._voice.to_file(text, self.folder / f"line-{self.said % 8}.wav")
        self.said += 1


class Tablet:
    """The tablet timekeeper's HTTP calls, as its page makes them."""

    def __init__(self, base: str) -> None:
        jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        self.base = base
        page = self.opener.open(f"{base}/tablet?track=1").read().decode()
        token = re.search(r'name="login_token" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
        form = urllib.parse.urlencode({"pin": PIN, "login_token": token, "track": "1"}).encode()
        page = self.opener.open(f"{base}/tablet/login", data=form).read().decode()
        self.csrf = re.search(r'data-csrf="([^"]+)"', page).group(1)  # type: ignore[union-attr]

    def op(self, op: str) -> dict:  # type: ignore[type-arg]
        request = urllib.request.Request(
            f"{self.base}/tablet/api/op",
            data=json.dumps({"op": op, "track": 1}).encode(),
            headers={"Content-Type": "application/json", "X-CSRF-Token": self.csrf},
        )
        return json.loads(self.opener.open(request).read())


class Timing:
    """The track's sensor: a child process writing DREM protocol lines into a pty the app reads."""

    def __init__(self, app: App, workdir: Path, track: str) -> None:
        self.app, self.track = app, track
        self.sensor = ChildSensor(workdir / "tty-staging", LineMode.DREM)
        self.source = app.sensors.attach(track, self.sensor.path, remember=False)
        deadline = time.monotonic() + 5
        while not self.source.status.connected and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.3)
        self.clock = 100_000
        self.delivered: dict[int, float] = {}
        self.arrived = threading.Condition()
        self.count = 0
        app.bus.subscribe(LapRecorded, self._on_lap)

    def _on_lap(self, e: LapRecorded) -> None:
        if e.track_id == self.track:
            now = host_now_ms()
            with self.arrived:
                self.count += 1
                self.delivered[self.count] = now
                self.arrived.notify_all()

    def drive(self, seconds: float) -> list[float]:
        """Starts the run with a trigger, then a lap every LAP_EVERY_S; returns each lap's latency (ms)."""
        self.sensor.trigger(1, at_ms=self.clock)  # the first trigger starts the run
        latencies: list[float] = []
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            time.sleep(LAP_EVERY_S)
            self.clock += 10_000
            with self.arrived:
                before = self.count
            written = self.sensor.trigger(1, at_ms=self.clock).host_ms
            with self.arrived:
                if not self.arrived.wait_for(lambda n=before: self.count > n, 5):
                    raise SystemExit("a lap never arrived")
                latencies.append(self.delivered[before + 1] - written)
        return latencies

    def close(self) -> None:
        self.app.sensors.detach(self.track, forget=False)
        self.sensor.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--racers", type=int, default=10)
    parser.add_argument("--cars", type=int, default=4)
    parser.add_argument("--run-seconds", type=float, default=60.0)
    parser.add_argument("--model-mb", type=float, default=20.0)
    args = parser.parse_args(argv)
    if os.geteuid() != 0:
        sys.exit("staging needs root (fake cars run sshd in mount namespaces)")
    with tempfile.TemporaryDirectory(prefix="drem-bench-staging-") as tmp:
        work = Path(tmp)
        app = App(work / "data", backup_at_start=False)
        # each car's artifacts on its own tmpfs: a car's disk is not the laptop's (shared here, it would
        # be the cars' writes, not the laptop's work, that slow the laptop's lap commits)
        cars = [
            FakeCar(serial=f"amss-bs{i}", base=work / f"car{i}", artifacts_limit_kb=512_000).start()
            for i in range(args.cars)
        ]
        consoles: list[FakeConsole] = []
        timing: Timing | None = None
        try:
            loop = app.cars.loop
            consoles = [
                loop.submit(
                    FakeConsole(work / f"console{i}", models_dir=c.artifacts, install_time=0.0).start()
                ).result(10)
                for i, c in enumerate(cars)
            ]
            fleet = app.cars.registry.add_fleet("Track 1")
            for car, console in zip(cars, consoles, strict=True):
                state = app.cars.add_car(
                    car.serial, address="127.0.0.1", ssh_port=car.port, https_port=console.port
                )
                app.cars.set_credentials(
                    state.key, CarCredentials(ssh_password="deepracer", console_password="console-pw")
                )
                app.cars.set_layout(state.key, etc=str(car.base / "etc"))
                app.cars.registry.assign(state.key, fleet.fleet_id)
            config = RaceConfig(race_time_ms=None, min_lap_ms=0)
            event = app.events.create("Staging bench", "2026-11-24", config, 1)
            track = event.tracks[0].track_id
            app.events.update_track(track, fleet_id=fleet.fleet_id)
            racers = []
            for i in range(args.racers):
                racer = app.racers.add(f"bench{i:02d}", highlight_colour="blue")
                size = int(args.model_mb * 1_000_000) + i
                archive = write_sample_model(work / f"bench{i:02d}.tar.gz", pb_size=size)
                intake = app.models.import_file(archive, racer.racer_id)
                assert intake.model is not None, intake.message()
                racers.append(racer)
            timing = Timing(app, work, track)
            rc = app.race_control
            voice = WavVoice(work)
            app.callouts.speaker.close()
            app.callouts.speaker = Speaker(lambda: voice)
            app.callouts.save(CalloutSettings(enabled=True))
            app.tablet_access.set_pin(PIN)
            lan = app.start_lan(0)
            tablet = Tablet(f"http://127.0.0.1:{lan.port}")

            # 1. no staging: one run timed alone
            app.db.set_setting("staging_enabled", False)
            warm = app.racers.add("baseline")
            rc.prepare(event.event_id, track, warm.racer_id, config)
            base = timing.drive(args.run_seconds)
            rc.submit(track)

            # 2. the queue fills while a warm-up racer drives: staging starts
            app.db.set_setting("staging_enabled", True)
            for racer in racers:
                app.queue.add(track, racer.racer_id)
            warm2 = app.racers.add("warmup")
            rc.prepare(event.event_id, track, warm2.racer_id, config)
            staged = timing.drive(args.run_seconds)
            rc.submit(track)

            # 3. each racer's turn: was their car ready? then they drive it while the next ones stage
            ready = cars_named = 0
            for racer in racers:
                stage = {s.racer_id: s for s in app.staging.status(track)}.get(racer.racer_id)
                if stage is not None and stage.state == "ready":
                    ready += 1
                state = tablet.op("next")  # the tablet timekeeper takes the next racer on deck
                assert state["run"]["racer"] == racer.shown_name, state
                view = rc.view(track)
                assert view is not None and view.racer_id == racer.racer_id
                cars_named += bool(view.car_name)
                staged += timing.drive(args.run_seconds)
                tablet.op("submit")
        finally:  # every step, even after a failure: the fake cars must never outlive the bench
            steps = [timing.close] if timing is not None else []
            steps += [lambda c=c: app.cars.loop.submit(c.stop()).result(10) for c in consoles]
            steps += [app.close, *(car.close for car in cars)]
            for step in steps:
                try:
                    step()
                except Exception as exc:
                    print(f"cleanup: {exc}", file=sys.stderr)
    p99_base, p99_staged = percentile(base, 0.99), percentile(staged, 0.99)
    ratio = p99_staged / p99_base if p99_base > 0 else float("inf")
    print(
        f"queue of {args.racers} racers, {args.run_seconds:.0f} s runs, {args.cars} cars, "
        f"{args.model_mb:.0f} MB models"
    )
    print(f"  ready before their turn: {ready}/{args.racers} (goal {args.racers}/{args.racers})")
    print(
        f"  timing without staging: {len(base)} laps, p50 {statistics.median(base):.2f} ms, "
        f"p99 {p99_base:.2f} ms"
    )
    print(
        f"  timing while staging:   {len(staged)} laps, p50 {statistics.median(staged):.2f} ms, "
        f"p99 {p99_staged:.2f} ms (ratio {ratio:.2f}, goal <= 1.2)"
    )
    print(f"  runs named their staged car: {cars_named}/{args.racers}; call-outs spoken: {voice.said}")
    print(
        f"staging: racers={args.racers} cars={args.cars} ready_before_turn={ready} "
        f"timing_p99_ms={p99_staged:.2f} timing_ratio={ratio:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
