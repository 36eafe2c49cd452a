"""Pre-staged cars on real parts: three racers on deck, two spare cars of the track's fleet (fake cars:
OpenSSH's sshd with the fake web console each), one more car driving the current run.

The right model lands on the right car and is selected there, tail lights take the racers' colours, a
link that drops mid-push is reported and retried, and N names the staged car for the run. Models are a
few MB so that the cut falls mid-push and progress shows between 0 and 100 %.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from drem_desktop.app import App
from drem_desktop.cars.credentials import CarCredentials
from drem_desktop.cars.tail_light import to_pwm
from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.events import StagingChanged
from drem_desktop.models.sample import write_sample_model

from .fake_car import FakeCar
from .fake_console import FakeConsole
from .relay import CuttingRelay

pytestmark = pytest.mark.timeout(180)


def wait_for(check: Callable[[], object], timeout: float = 60.0, what: str = "") -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if check():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what or check}")


class DropsOnce(CuttingRelay):
    """Cuts the first connection after ``cut_after`` bytes; later connections pass."""

    def cut(self) -> None:
        super().cut()
        self.cut_after = None


def led(colour: str) -> str:
    r, g, b = to_pwm(colour)
    return f"{{red: {r}, green: {g}, blue: {b}}}"


def led_calls(car: FakeCar) -> list[str]:
    return [c for c in car.calls() if "set_led_state" in c and not c.startswith("sudo")]


@pytest.fixture
def fakes(tmp_path: Path) -> Iterator[list[FakeCar]]:
    if os.geteuid() != 0:
        pytest.skip("fake cars need root (sshd in a mount namespace)")
    cars = [FakeCar(serial=f"amss-st{i}", base=tmp_path / f"car{i}").start() for i in range(3)]
    yield cars
    for car in cars:
        car.close()


def test_queued_racers_models_go_onto_spare_cars(
    data_dir: Path, tmp_path: Path, fakes: list[FakeCar]
) -> None:
    app = App(data_dir, backup_at_start=False)
    app.staging.retry_delays_s = (0.5,)
    consoles: list[FakeConsole] = []
    relay: DropsOnce | None = None
    try:
        loop = app.cars.loop
        consoles = [
            loop.submit(
                FakeConsole(tmp_path / f"console{i}", models_dir=f.artifacts, load_time=0.05).start()
            ).result(10)
            for i, f in enumerate(fakes)
        ]
        # car 1's link drops after 150 kB on its first connection (a Wi-Fi drop mid-push)
        relay = DropsOnce(fakes[1].port, cut_after=150_000)
        fleet = app.cars.registry.add_fleet("Track 1 cars")
        keys = []
        for i, (fake, console) in enumerate(zip(fakes, consoles, strict=True)):
            port = relay.port if i == 1 else fake.port
            state = app.cars.add_car(fake.serial, address="127.0.0.1", ssh_port=port, https_port=console.port)
            app.cars.set_credentials(
                state.key, CarCredentials(ssh_password="deepracer", console_password="console-pw")
            )
            app.cars.set_layout(state.key, etc=str(fake.base / "etc"))
            app.cars.registry.assign(state.key, fleet.fleet_id)
            keys.append(state.key)

        event = app.events.create("Staging Cup", "2026-11-24", RaceConfig(), 1)
        track = event.tracks[0].track_id
        app.events.update_track(track, fleet_id=fleet.fleet_id)
        colours = {"ann": "marigold", "bob": "sky blue", "cat": "violet", "dan": "green"}
        racers = {n: app.racers.add(n, highlight_colour=c) for n, c in colours.items()}
        models = {}
        for i, name in enumerate(("bob", "cat", "dan")):
            archive = write_sample_model(tmp_path / f"{name}-model.tar.gz", pb_size=2_500_000 + i)
            intake = app.models.import_file(archive, racers[name].racer_id)
            assert intake.model is not None, intake.message()
            models[name] = intake.model.name

        # ann drives the current run in car 2: that car is not a spare
        rc = app.race_control
        rc.prepare(event.event_id, track, racers["ann"].racer_id, event.config, car_name=keys[2])
        rc.start(track)

        seen: list[StagingChanged] = []
        app.bus.subscribe(StagingChanged, seen.append)
        for name in ("bob", "cat", "dan"):
            app.queue.add(track, racers[name].racer_id)

        def status() -> dict[str, StagingChanged]:
            return {app.racers.get(s.racer_id).username: s for s in app.staging.status(track)}

        def state(name: str) -> str:
            found = status().get(name)
            return found.state if found is not None else "absent"

        wait_for(lambda: state("bob") == state("cat") == "ready", what="staged")
        s = status()
        assert (s["bob"].car, s["cat"].car) == (keys[0], keys[1])
        assert s["dan"].state == "waiting" and s["dan"].car == ""
        assert fakes[0].models() == [models["bob"]] and consoles[0].loaded == models["bob"]
        assert consoles[1].loaded == models["cat"]
        # the dropped push's temporary folder goes once the car notices the link is gone: no half model
        wait_for(lambda: fakes[1].models() == [models["cat"]], timeout=30, what="no half model left")
        assert fakes[2].models() == []  # the car on track is left alone
        wait_for(lambda: any(led("sky blue") in c for c in led_calls(fakes[0])), what="bob's light")
        wait_for(lambda: any(led("violet") in c for c in led_calls(fakes[1])), what="cat's light")

        cat_events = [e for e in seen if e.racer_id == racers["cat"].racer_id]
        failed = [e for e in cat_events if e.state == "failed"]
        assert failed and "dropped" in failed[0].message and "Retrying" in failed[0].message, cat_events
        assert [e.state for e in cat_events].index("failed") < [e.state for e in cat_events].index("ready")
        assert any(e.state == "loading" and e.percent is not None and 0 < e.percent < 100 for e in seen)

        # ann's run ends: her car is free and goes to dan; N puts bob on track in the car staged for him
        rc.submit(track)
        view = app.queue.take_next(track)
        assert view.racer_id == racers["bob"].racer_id and view.car_name == keys[0]
        wait_for(lambda: state("dan") == "ready", what="dan")
        assert status()["dan"].car == keys[2] and fakes[2].models() == [models["dan"]]
        assert "bob" not in status()
        assert [app.racers.get(e.racer_id).username for e in app.queue.entries(track)] == ["cat", "dan"]
    finally:
        for console in consoles:
            app.cars.loop.submit(console.stop()).result(10)
        if relay is not None:
            relay.close()
        app.close()
