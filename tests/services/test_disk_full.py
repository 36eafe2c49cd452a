"""A full disk, for real: a small tmpfs mounted for the test, filled to the last block.

The app and ``serve`` start on it and say so; a backup that cannot be written leaves nothing behind;
while writes fail every screen is told in words and each trigger is still shown; uploads keep a reserve
for timing (tests/web/test_upload_disk_full.py).
"""

from __future__ import annotations

import queue
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from drem_desktop.app import App
from drem_desktop.devtools.simulator import SimulatedSensor
from drem_desktop.disk_space import BALLAST_NAME
from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.events import StorageFailing, StorageRecovered
from drem_desktop.services.track_sensors import TrackTimingEvent
from drem_desktop.timing.events import CrossingNotRecorded, SensorStatusChanged


def wait_for(predicate: Callable[[], bool], timeout: float = 15.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()


def test_the_app_starts_when_its_backup_cannot_be_written(small_disk: Callable) -> None:
    disk = small_disk(64)  # room for the database, its log and the WAL; then filled
    data = disk.root / "data"
    app = App(data, backup_at_start=False)
    app.events.create("Full Cup", "2026-11-24", RaceConfig(), 1)
    for i in range(600):  # a database of a few hundred kilobytes, as after a morning of racing
        app.racers.add(f"racer{i}", display_name=f"Racer number {i} " + "x" * 80)
    app.close()
    disk.fill(leave_bytes=96 * 1024)  # room to open the database, not to copy it

    app = App(data, backup_at_start=True)
    try:
        assert any("Backup failed" in w and "Free some disk space" in w for w in app.start_warnings)
        assert any("MB free on the disk holding the data folder" in w for w in app.start_warnings)
        assert list((data / "backups").glob("*.partial*")) == []
        assert app.racers.by_username("racer7").display_name.startswith("Racer number 7")
    finally:
        app.close()


def test_serve_starts_on_a_disk_full_to_the_last_block(small_disk: Callable, tmp_path: Path) -> None:
    disk = small_disk(48)
    data = disk.root / "data"
    app = App(data, backup_at_start=False)
    app.events.create("Full Cup", "2026-11-24", RaceConfig(min_lap_ms=1_000), 1)
    app.db.set_setting("disk_reserve_mb", 1)
    app.db.set_setting("disk_ballast_mb", 8)
    app.close()
    app = App(data, backup_at_start=False)
    app.keep_disk_ballast()  # what serve and the window do at start
    assert wait_for(lambda: (data / BALLAST_NAME).exists())
    app.close()
    disk.fill()
    assert disk.free_bytes() < 64 * 1024

    with SimulatedSensor(tmp_path / "ttyFULL", heartbeat_s=None, seed=4) as sensor:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "drem_desktop.cli",
                "serve",
                "--data-dir",
                str(data),
                "--event",
                "Full Cup",
                "--track",
                "1",
                "--sensor",
                sensor.path,
                "--racer",
                "ann",
                "--port",
                "0",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=lambda: [lines.put(x) for x in proc.stdout], daemon=True).start()  # type: ignore[union-attr]

        def expect(pattern: str) -> str:
            seen = []
            while True:
                try:
                    line = lines.get(timeout=30)
                except queue.Empty:
                    raise AssertionError(f"no line matching {pattern!r}; saw {seen}") from None
                seen.append(line)
                if re.search(pattern, line):
                    return line

        try:
            warning = expect(r"^!!! WARNING: The disk holding the data folder .* was full")
            assert "gave up the 8 MB it keeps in reserve" in warning
            expect(r"Timing “Full Cup” track 1")
            sensor.trigger(at_ms=5_000)
            expect(r"run running")
            sensor.trigger(at_ms=17_000)
            expect(r"lap 1: 12\.000 s")
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(timeout=20) == 0
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    assert not (data / BALLAST_NAME).exists()


def test_while_writes_fail_every_screen_is_told_and_each_trigger_still_shown(
    small_disk: Callable, tmp_path: Path
) -> None:
    disk = small_disk(16)
    app = App(disk.root / "data", backup_at_start=False)
    seen: list[object] = []
    app.bus.subscribe(StorageFailing, seen.append)
    app.bus.subscribe(StorageRecovered, seen.append)
    not_stored: list[CrossingNotRecorded] = []
    connected: list[bool] = []

    def timing(e: TrackTimingEvent) -> None:
        if isinstance(e.event, CrossingNotRecorded):
            not_stored.append(e.event)
        elif isinstance(e.event, SensorStatusChanged):
            connected.append(e.event.status.connected)

    app.bus.subscribe(TrackTimingEvent, timing)
    event = app.events.create("Full Cup", "2026-11-24", RaceConfig(min_lap_ms=1_000), 1)
    track = event.tracks[0].track_id
    racer = app.racers.add("ann")
    app.race_control.prepare(event.event_id, track, racer.racer_id, event.config)
    try:
        with SimulatedSensor(tmp_path / "ttyFILL", heartbeat_s=None, seed=3) as sensor:
            app.sensors.attach(track, sensor.path)
            assert wait_for(lambda: True in connected)
            sensor.trigger(at_ms=1_000)
            assert wait_for(lambda: app.race_control.view(track).run.state == "running")  # type: ignore[union-attr]
            disk.fill()
            at = 1_000
            while not not_stored and at < 2_000_000:  # SQLite reuses its log's room for a while
                at += 10_000
                sensor.trigger(at_ms=at)
                wait_for(lambda: bool(not_stored), timeout=0.5)
            assert not_stored, "no write failed on a full disk"
            assert wait_for(lambda: any(isinstance(e, StorageFailing) for e in seen))
            failing = next(e for e in seen if isinstance(e, StorageFailing))
            assert "Laps are NOT being stored" in failing.message and str(disk.root) in failing.message
            assert "write each lap down" in failing.message
            assert not_stored[0].crossing.sensor_ms is not None  # its time is shown to note it by hand
            laps_before = len(app.race_control.view(track).run.laps)  # type: ignore[union-attr]
            disk.empty()
            assert wait_for(lambda: any(isinstance(e, StorageRecovered) for e in seen))
            sensor.trigger(at_ms=at + 12_000)
            assert wait_for(lambda: len(app.race_control.view(track).run.laps) == laps_before + 1)  # type: ignore[union-attr]
    finally:
        app.close()
