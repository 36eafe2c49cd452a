"""Plain records the services hand to screens, pages and the CLI (no ORM objects leave store/)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from drem_desktop.domain.race_config import RaceConfig


@dataclass(frozen=True, slots=True)
class TrackInfo:
    track_id: str
    event_id: str
    number: int
    name: str = ""
    leaderboard_title: str = ""
    leaderboard_footer: str = ""
    fleet_id: str | None = None

    @property
    def label(self) -> str:
        return self.name or f"Track {self.number}"


@dataclass(frozen=True, slots=True)
class EventInfo:
    event_id: str
    name: str
    event_date: str
    config: RaceConfig
    tracks: tuple[TrackInfo, ...] = ()
    type_of_event: str = "OFFICIAL_TRACK_RACE"
    country_code: str = ""
    sponsor: str = ""
    upload_code: str = ""
    cloud_id: str = ""  # the cloud manager's eventId, when the event came from there

    def track(self, number: int) -> TrackInfo | None:
        return next((t for t in self.tracks if t.number == number), None)


@dataclass(frozen=True, slots=True)
class RacerRecord:
    racer_id: str
    username: str
    display_name: str = ""
    country_code: str = ""
    highlight_colour: str = ""
    email: str = ""
    cloud_id: str = ""  # the cloud user's sub, when the racer came from there

    @property
    def shown_name(self) -> str:
        return self.display_name or self.username


@dataclass(frozen=True, slots=True)
class LapRecord:
    lap_id: str
    run_id: str
    index: int
    time_ms: int
    resets: int
    valid: bool
    source: str
    deleted: bool = False
    flag: str = ""  # why the timekeeper must check it (e.g. the sensor and laptop clocks disagreed)


@dataclass(frozen=True, slots=True)
class RunRecord:
    run_id: str
    event_id: str
    track_id: str
    racer_id: str
    state: str
    started_at: datetime | None
    ended_at: datetime | None
    raced_by_proxy: bool
    car_name: str
    laps: tuple[LapRecord, ...]
    max_runs_override: str = ""
    deleted: bool = False
    created_at: datetime | None = None
    cloud_id: str = ""  # the cloud manager's raceId, when the run came from there


@dataclass(frozen=True, slots=True)
class CrossingRecord:
    """One raw trigger from the crossing log (kept even when debounced or ignored)."""

    track_id: str
    run_id: str | None
    source: str
    sensor_id: str
    sequence: int | None
    sensor_ms: int | None
    clock: str | None
    host_ms: float
    outcome: str  # started | resumed | lap | debounced | ignored
    at: datetime | None = None  # wall time (UTC) when it was logged; None until stored
    # Milliseconds from the trigger or key that began the lap in progress: the lap's time for a lap, the
    # gap for a debounced trigger; None for a start or resume, or when no run was live.
    since_lap_start_ms: float | None = None


@dataclass(frozen=True, slots=True)
class QueueEntryRecord:
    """A racer on deck for a track, in queue order (``position`` 0 goes next)."""

    entry_id: str
    event_id: str
    track_id: str
    racer_id: str
    position: int
    model_id: str | None = None  # None: the racer's newest ready model when the car is staged
    state: str = "queued"  # queued | on_track
    run_id: str | None = None
