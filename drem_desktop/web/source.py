"""What the LAN pages need from the rest of the app, as one small interface.

The server is written against :class:`LiveSource` only, so it runs the same over the real services
(``web/app_source.py``) and over a small in-memory source in the benchmarks. Every method may block
(the real one reads SQLite): the server calls them from its executor, never on the event loop.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

COMBINED = "combined"
FORMATS = ("fastest", "average")


class NotFoundError(LookupError):
    """The event, track or racer asked for does not exist; the message says which."""


@dataclass(frozen=True, slots=True)
class TrackSummary:
    number: int
    label: str
    title: str = ""
    footer: str = ""


@dataclass(frozen=True, slots=True)
class EventSummary:
    event_id: str
    name: str
    date: str
    ranking: str  # the event's own format: fastest | average
    average_window: int
    tracks: tuple[TrackSummary, ...] = ()
    accepts_uploads: bool = False  # an upload code is set

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["tracks"] = [asdict(t) for t in self.tracks]
        return d


@dataclass(frozen=True, slots=True)
class RunSnapshot:
    """A run in progress as the pages show it; clocks are valid at the moment it was taken."""

    run_id: str
    track_number: int
    username: str
    display_name: str
    highlight_colour: str
    raced_by_proxy: bool
    state: str  # ready | running | paused | finished ...
    running: bool
    time_left_ms: float | None
    race_time_ms: int | None
    current_lap_ms: float
    laps: int
    valid_laps: int
    laps_to_finish: int | None
    best_lap_ms: int | None
    last_lap_ms: int | None
    last_lap_valid: bool | None
    last_lap_kind: str = ""  # event_best | personal_best | "" (display colours)
    lap_times_ms: tuple[int, ...] = field(default=())
    country_code: str = ""
    car_name: str = ""

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["lap_times_ms"] = list(self.lap_times_ms)
        return d


ChangeHandler = Callable[[str | None, str], None]
"""Called on any thread with (event id or None for every event, "board" or "run")."""


class LiveSource(Protocol):
    def events(self) -> list[EventSummary]: ...

    def event(self, event_id: str) -> EventSummary:
        """Raises NotFoundError."""
        ...

    def rows(self, event_id: str, track: str, fmt: str) -> list[dict[str, Any]]:
        """Leaderboard rows exactly as the CLI prints them as JSON; raises NotFoundError / ValueError."""
        ...

    def current_runs(self, event_id: str) -> list[RunSnapshot]: ...

    def event_for_upload_code(self, code: str) -> EventSummary | None: ...

    # Optional (the app's source has it; a benchmark's may not): up next per track from the run queue,
    # and each track's fresh race summary, for the boards' footers.
    #   def race_day(self, event_id: str) -> dict[str, Any]: ...

    def racer_id(self, username: str) -> str | None: ...

    def watch(self, on_change: ChangeHandler) -> Callable[[], None]:
        """Call ``on_change`` whenever a leaderboard or a run may have changed; returns an unsubscribe."""
        ...
