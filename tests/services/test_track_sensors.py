"""A simulated sensor on a real pseudo-terminal, bound to a track, timing a run through race control."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from drem_desktop.app import App
from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.services.track_sensors import TrackTimingEvent
from drem_desktop.timing.events import CrossingNotRecorded, SensorStatusChanged
from drem_desktop.timing.simulator import SimulatedSensor


def wait_for(predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()


def test_sensor_on_a_track_times_the_run_and_is_remembered(data_dir: Path, tmp_path: Path) -> None:
    app = App(data_dir, backup_at_start=False)
    event = app.events.create("Sensor Cup", "2026-11-24", RaceConfig(min_lap_ms=1_000), 1)
    racer = app.racers.add("ann")
    track = event.tracks[0].track_id
    statuses: list[bool] = []
    app.bus.subscribe(
        TrackTimingEvent,
        lambda e: (
            statuses.append(e.event.status.connected) if isinstance(e.event, SensorStatusChanged) else None
        ),
    )
    with SimulatedSensor(tmp_path / "ttyDREM", heartbeat_s=None, seed=1) as sensor:
        sensor.plug()
        app.sensors.attach(track, sensor.path)
        assert wait_for(lambda: True in statuses)
        app.race_control.prepare(event.event_id, track, racer.racer_id, event.config)
        sensor.trigger(at_ms=10_000)  # first trigger starts the run
        sensor.trigger(at_ms=10_200)  # the second strip: debounced
        sensor.trigger(at_ms=22_345)
        sensor.trigger(at_ms=33_000)
        assert wait_for(lambda: len(app.race_control.view(track).run.laps) == 2)  # type: ignore[union-attr]
        assert [lap.time_ms for lap in app.race_control.view(track).run.laps] == [12_345, 10_655]  # type: ignore[union-attr]
        outcomes = [c.outcome for c in reversed(app.runs_repo.crossings(track))]
        assert outcomes == ["started", "debounced", "lap", "lap"]
        app.close()

        again = App(data_dir, backup_at_start=False)
        assert again.sensors.remembered(track) == sensor.path
        assert again.sensors.reopen([track]) == []
        assert wait_for(lambda: again.sensors.status(track).connected)  # type: ignore[union-attr]
        sensor.trigger(at_ms=44_000)
        assert wait_for(lambda: len(again.race_control.view(track).run.laps) == 3)  # type: ignore[union-attr]
        assert again.race_control.view(track).run.laps[-1].time_ms == 11_000  # type: ignore[union-attr]
        again.close()


def test_a_trigger_that_cannot_be_committed_is_reported_not_lost_silently(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = App(data_dir, backup_at_start=False)
    event = app.events.create("Full Disk Cup", "2026-11-24", RaceConfig(min_lap_ms=1_000), 1)
    racer = app.racers.add("ann")
    track = event.tracks[0].track_id
    app.race_control.prepare(event.event_id, track, racer.racer_id, event.config)
    reported: list[CrossingNotRecorded] = []
    app.bus.subscribe(
        TrackTimingEvent,
        lambda e: reported.append(e.event) if isinstance(e.event, CrossingNotRecorded) else None,
    )

    def disk_full(*_a: object, **_k: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    # a real full disk cannot be staged under SQLite's feet here: the commit is made to fail instead
    monkeypatch.setattr(app.race_control, "handle_crossings", disk_full)
    with SimulatedSensor(tmp_path / "ttyFULL", heartbeat_s=None, seed=3) as sensor:
        sensor.plug()
        app.sensors.attach(track, sensor.path)
        assert wait_for(lambda: app.sensors.status(track).connected)  # type: ignore[union-attr]
        sensor.trigger(at_ms=1_000)
        assert wait_for(lambda: len(reported) == 1)
        assert "disk is full" in reported[0].error and reported[0].crossing.sensor_ms == 1_000
        app.close()
