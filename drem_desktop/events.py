"""Bus events: past-tense facts, published after the change is on disk."""

from __future__ import annotations

from dataclasses import dataclass

from drem_desktop.domain.car_health import CarHealth
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
    # From the trigger or key that began the lap in progress (a lap's own time for a lap); None for a
    # start or resume, or when no run was live.
    since_lap_start_ms: float | None


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


@dataclass(frozen=True, slots=True)
class QueueChanged:
    """The on-deck list of a track changed (added, removed, reordered, a racer went on track)."""

    event_id: str
    track_id: str


@dataclass(frozen=True, slots=True)
class StagingChanged:
    """A queued racer's car moved on: waiting → loading n % → ready, or what went wrong.

    ``state`` is one of ``waiting`` (no spare car yet), ``loading``, ``ready``, ``failed``, ``no_model``,
    ``no_fleet`` or ``off`` (staging switched off); ``message`` says it in words for the screens.
    """

    event_id: str
    track_id: str
    entry_id: str
    racer_id: str
    car: str
    model_name: str
    state: str
    done: int = 0
    total: int = 0
    message: str = ""

    @property
    def percent(self) -> int | None:
        return int(100 * self.done / self.total) if self.total > 0 else None


@dataclass(frozen=True, slots=True)
class RaceSummaryReady:
    """A run was submitted: the figures the leaderboard's race-summary footer shows."""

    event_id: str
    track_id: str
    run_id: str
    racer_id: str
    summary: dict[str, object]


@dataclass(frozen=True, slots=True)
class CarHealthChanged:
    """A car's health poll found something new (reachable or not, battery, version, loaded model)."""

    health: CarHealth


@dataclass(frozen=True, slots=True)
class RunCarLost:
    """The car driving a live run stopped answering: the timekeeper must look (alert on the console)."""

    event_id: str
    track_id: str
    run_id: str
    car: str
    message: str


@dataclass(frozen=True, slots=True)
class RunCarBack:
    """The car of a live run answers again after a RunCarLost."""

    event_id: str
    track_id: str
    run_id: str
    car: str


@dataclass(frozen=True, slots=True)
class RunLogsFetched:
    """The car's logs of a run arrived (``path``), or could not be fetched / there were none (``message``)."""

    run_id: str
    car: str
    ok: bool
    path: str = ""
    message: str = ""


@dataclass(frozen=True, slots=True)
class SyncApplied:
    """Changes from other laptops were applied (committed before published).

    ``bulk``: too many runs to update one by one, or racers were merged or split: the events' leaderboards
    are rebuilt from the database (every event's when ``events`` is empty).
    """

    events: tuple[str, ...]
    changes: int
    runs: int
    bulk: bool


@dataclass(frozen=True, slots=True)
class SyncStatusChanged:
    """The bucket sync's state for the top bar's chip: off | synced | waiting | syncing | offline | error;
    ``message`` says it in words, with what to do."""

    state: str
    waiting: int
    message: str
    refused: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SyncTransferProgressed:
    """A model going up or down (``direction``: up | down): ``done``/``total`` bytes; ``finished`` once,
    with ``error`` when it failed."""

    direction: str
    name: str
    done: int
    total: int
    finished: bool = False
    error: str = ""


@dataclass(frozen=True, slots=True)
class PeerStatusChanged:
    """A paired laptop's state: connecting | synced | offline | refused, and in words."""

    laptop_id: str
    name: str
    state: str
    message: str


@dataclass(frozen=True, slots=True)
class LaptopSeen:
    """A laptop running DREM Desktop on the LAN (paired or not), found by mDNS."""

    laptop_id: str
    name: str
    address: str
    port: int
    paired: bool


@dataclass(frozen=True, slots=True)
class StorageFailing:
    """Writes to the database fail because the disk is full: laps are not being stored until space is
    freed. Every screen and ``serve`` say so; the timekeeper notes laps by hand meanwhile."""

    message: str
    free_bytes: int


@dataclass(frozen=True, slots=True)
class StorageRecovered:
    """The database takes writes again after a :class:`StorageFailing`."""

    message: str
