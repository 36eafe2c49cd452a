"""A hostile flood on a sensor port: how long after its last byte the app has everything on disk.

100,000 lines that must all be refused (damaged CRC lines, old-style XOR lines claiming the sensor's boot,
random bytes, overlong junk) and a bouncing strip's 5,000 real triggers (debounced) go through a real
pseudo-terminal into the serial source, race control and SQLite (synchronous=FULL), with a run on track.

- ``drain_ms``: from the last byte written until every trigger is in the crossing log (before the fix each
  debounced trigger was its own fsync'd commit: 24 s for the issue's flood).
- ``baseline_ms``: the same lines into the same serial source with a sink that only counts (the reader and
  parser alone: the floor of this work). ``ratio`` = drain / baseline.
- ``hostile_laps``: laps made from the refused lines (must be 0).

Run from the repo root: ``.venv/bin/python bench/sensor_flood.py [--hostile 100000] [--burst 5000]``.
"""

from __future__ import annotations

import argparse
import os
import random
import select
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from drem_desktop.app import App
from drem_desktop.devtools.simulator import SimulatedSensor
from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.events import CrossingLogged
from drem_desktop.timing.protocol import format_lap, with_legacy_checksum
from drem_desktop.timing.serial_source import SerialSource


def hostile(boot: int, count: int, rnd: random.Random) -> list[bytes]:
    lines = []
    for i in range(count):
        good = bytearray(format_lap(1_000_000 + i, rnd.randrange(2**32), 1, boot).encode())
        kind = i % 4
        if kind == 0:
            for bit in rnd.sample(range(len(good) * 8), rnd.randint(1, 3)):
                good[bit // 8] ^= 1 << (bit % 8)
            line = bytes(good)
        elif kind == 1:
            line = with_legacy_checksum(
                f"DREM LAP seq={1_000_000 + i} ms={i} sensor=1 boot={boot:08X}"
            ).encode()
        elif kind == 2:
            line = rnd.randbytes(rnd.randint(1, 100))
        else:
            line = b"DREM LAP " + rnd.randbytes(150)
        lines.append(line.replace(b"\n", b"?").replace(b"\r", b"?") + b"\n")
    return lines


def burst(boot: int, count: int) -> list[bytes]:
    """A bouncing strip: real triggers 0.1 ms apart on the sensor clock (all within the minimum lap)."""
    return [(format_lap(2 + i, 10_100 + i // 10, 1, boot) + "\r\n").encode() for i in range(count)]


def write_all(sensor: SimulatedSensor, data: bytes) -> None:
    view = memoryview(data)
    while view:
        master = sensor._master
        assert master is not None
        select.select([], [master], [], 1.0)
        try:
            view = view[os.write(master, view[: 1 << 16]) :]
        except BlockingIOError:
            continue


def wait_for(predicate: Callable[[], bool], timeout: float = 300.0) -> None:
    end = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > end:
            raise SystemExit("timed out")
        time.sleep(0.002)


def drain_with_the_app(lines: list[bytes], folder: Path, want: int) -> tuple[float, int]:
    app = App(folder / "data", backup_at_start=False)
    event = app.events.create("Flood Cup", "2026-11-24", RaceConfig(min_lap_ms=1_000), 1)
    track = event.tracks[0].track_id
    racer = app.racers.add("ann")
    app.race_control.prepare(event.event_id, track, racer.racer_id, event.config)
    logged = [0]  # CrossingLogged is published after the commit that stored the trigger
    app.bus.subscribe(CrossingLogged, lambda _e: logged.__setitem__(0, logged[0] + 1))
    try:
        with SimulatedSensor(folder / "tty-app", heartbeat_s=None, seed=1, boot_id=0x0BE11E5) as sensor:
            app.sensors.attach(track, sensor.path)
            wait_for(lambda: bool(app.sensors.status(track) and app.sensors.status(track).connected))  # type: ignore[union-attr]
            sensor.trigger(at_ms=10_000)  # the run starts
            wait_for(lambda: logged[0] == 1)
            write_all(sensor, b"".join(lines))
            last_byte = time.perf_counter()
            wait_for(lambda: logged[0] >= want + 1)
            drained = time.perf_counter() - last_byte
            assert len(app.runs_repo.crossings(track, want + 10)) == want + 1
            view = app.race_control.view(track)
            return drained * 1000, len(view.run.laps) if view else 0
    finally:
        app.close()


def drain_reader_only(lines: list[bytes], folder: Path, want: int) -> float:
    seen = [0]
    lock = threading.Lock()

    def sink(_crossing: object) -> None:
        with lock:
            seen[0] += 1

    with SimulatedSensor(folder / "tty-floor", heartbeat_s=None, seed=1, boot_id=0x0BE11E5) as sensor:
        source = SerialSource(str(folder / "tty-floor"), sink)
        source.start()
        try:
            wait_for(lambda: source.status.connected)
            sensor.trigger(at_ms=10_000)
            wait_for(lambda: seen[0] == 1)
            write_all(sensor, b"".join(lines))
            last_byte = time.perf_counter()
            wait_for(lambda: seen[0] >= want + 1)
            return (time.perf_counter() - last_byte) * 1000
        finally:
            source.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--hostile", type=int, default=100_000)
    parser.add_argument("--burst", type=int, default=5_000)
    args = parser.parse_args()
    rnd = random.Random(3)
    lines = hostile(0x0BE11E5, args.hostile, rnd) + burst(0x0BE11E5, args.burst)
    with tempfile.TemporaryDirectory(prefix="drem-flood-") as tmp:
        folder = Path(tmp)
        baseline = drain_reader_only(lines, folder, args.burst)
        drain, laps = drain_with_the_app(lines, folder, args.burst)
    print(f"lines: {len(lines)} ({args.hostile} hostile, {args.burst} bouncing triggers)")
    print(f"after the last byte: app stored everything in {drain:.0f} ms; reader alone {baseline:.0f} ms")
    print(
        f"sensor_flood: lines={len(lines)} drain_ms={drain:.0f} baseline_ms={baseline:.0f} "
        f"ratio={drain / max(baseline, 1.0):.2f} hostile_laps={laps}"
    )


if __name__ == "__main__":
    main()
