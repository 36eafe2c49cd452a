"""Bus events: past-tense facts, published after the change is on disk."""

from __future__ import annotations

from dataclasses import dataclass

from drem_desktop.domain.records import LapRecord


@dataclass(frozen=True, slots=True)
class RunStateChanged:
    run_id: str
    event_id: str
    track_id: str
    racer_id: str
    state: str
    previous: str
    car_name: str = ""  # the car the racer drives in this run, when the timekeeper named one
    initiator: str = ""  # who asked for the change (a screen's token); "" for sensors and the rest


@dataclass(frozen=True, slots=True)
class LapRecorded:
    """A lap was committed (sensor or key)."""

    run_id: str
    event_id: str
    track_id: str
    racer_id: str
    lap: LapRecord
    order: str
    raced_by_proxy: bool
    host_ms: float  # when race control received the trigger (latency measurements)
    initiator: str = ""


@dataclass(frozen=True, slots=True)
class RunChanged:
    """Laps of a run changed other than by a new lap (undo, validity, edits, deletes) or resets moved."""

    run_id: str
    event_id: str
    track_id: str
    racer_id: str
    what: str  # undo | validity | resets | car | edit | delete | …
    initiator: str = ""


@dataclass(frozen=True, slots=True)
class CrossingLogged:
    track_id: str
    run_id: str | None
    sensor_id: str
    source: str
    sequence: int | None
    outcome: str  # started | resumed | lap | debounced | ignored
    since_last_ms: float | None


@dataclass(frozen=True, slots=True)
class EventChanged:
    event_id: str


@dataclass(frozen=True, slots=True)
class RacerChanged:
    racer_id: str


@dataclass(frozen=True, slots=True)
class LeaderboardChanged:
    event_id: str
    track_id: str | None  # None: every track (e.g. a racer renamed)
    racer_id: str | None = None  # whose standing moved, for highlighting


@dataclass(frozen=True, slots=True)
class BackupWritten:
    path: str


@dataclass(frozen=True, slots=True)
class BackupFailed:
    error: str
