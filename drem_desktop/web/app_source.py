"""The LAN pages' view of the real app: events, leaderboards and runs through the app's services."""

from __future__ import annotations

import hmac
from collections.abc import Callable
from typing import Any, Protocol

from drem_desktop.bus import Bus
from drem_desktop.domain.errors import NotFound
from drem_desktop.domain.lap_kind import LapKind, lap_kinds
from drem_desktop.domain.records import EventInfo
from drem_desktop.events import (
    EventChanged,
    LapRecorded,
    LeaderboardChanged,
    QueueChanged,
    RacerChanged,
    RaceSummaryReady,
    RunChanged,
    RunStateChanged,
)
from drem_desktop.i18n import _
from drem_desktop.services.leaderboards import LeaderboardService
from drem_desktop.services.race_control import RaceControl, RunView
from drem_desktop.services.race_summaries import RaceSummaries
from drem_desktop.services.registry import EventService, RacerService
from drem_desktop.services.run_queue import RunQueue
from drem_desktop.web.source import (
    ChangeHandler,
    EventSummary,
    NotFoundError,
    RunSnapshot,
    TrackSummary,
)

RUNNING_STATES = frozenset({"running"})


def event_summary(info: EventInfo) -> EventSummary:
    return EventSummary(
        event_id=info.event_id,
        name=info.name,
        date=info.event_date,
        ranking=info.config.ranking.value,
        average_window=info.config.average_window,
        tracks=tuple(
            TrackSummary(t.number, t.label, t.leaderboard_title, t.leaderboard_footer)
            for t in sorted(info.tracks, key=lambda t: t.number)
        ),
        accepts_uploads=bool(info.upload_code.strip()),
    )


PAGE_KINDS = {LapKind.EVENT_BEST: "event_best", LapKind.PERSONAL_BEST: "personal_best"}


def last_lap_kind(laps: list[tuple[int, bool]], racer_best_before: int | None, event_best: int | None) -> str:
    """The run's last lap as the pages colour it: event_best | personal_best | "" (``domain.lap_kind``)."""
    kinds = lap_kinds(laps, racer_best_before, event_best)
    return PAGE_KINDS.get(kinds[-1], "") if kinds else ""


def same_code(given: str, expected: str) -> bool:
    """Codes are compared without regard to case or surrounding spaces, in constant time."""
    a = given.strip().casefold().encode()
    b = expected.strip().casefold().encode()
    return bool(b) and hmac.compare_digest(a, b)


class Services(Protocol):
    """Anything that holds the services the pages read (the App does; web/ never imports it)."""

    events: EventService
    racers: RacerService
    leaderboards: LeaderboardService
    race_control: RaceControl
    bus: Bus
    queue: RunQueue
    race_summaries: RaceSummaries


class AppSource:
    """The LAN pages' :class:`~drem_desktop.web.source.LiveSource` over the app's services."""

    def __init__(self, services: Services) -> None:
        """Over anything that holds the services (the App: ``AppSource(app)`` in the app, scripts and
        benches); web/ reads them, it never imports the app."""
        self._events = services.events
        self._racers = services.racers
        self._leaderboards = services.leaderboards
        self._race_control = services.race_control
        self._bus = services.bus
        self._queue = services.queue
        self._race_summaries = services.race_summaries

    def events(self) -> list[EventSummary]:
        return [event_summary(e) for e in self._events.list()]

    def _info(self, event_id: str) -> EventInfo:
        """The event as the leaderboards hold it in memory (read once, dropped when it changes): every lap
        asks for it, once per open board."""
        try:
            return self._leaderboards.event(event_id)
        except NotFound:
            raise NotFoundError(_("There is no event {id} on this laptop.").format(id=event_id)) from None

    def event(self, event_id: str) -> EventSummary:
        return event_summary(self._info(event_id))

    def rows(self, event_id: str, track: str, fmt: str) -> list[dict[str, Any]]:
        self._info(event_id)
        return [r.to_json() for r in self._leaderboards.rows(event_id, track, fmt)]

    def current_runs(self, event_id: str) -> list[RunSnapshot]:
        views = [v for v in self._race_control.views() if v.event_id == event_id]
        if not views:
            return []
        info = self._info(event_id)
        numbers = {t.track_id: t.number for t in info.tracks}
        return sorted(
            (
                self._snapshot(
                    v,
                    numbers.get(v.track_id, 0),
                    self._leaderboards.lap_bests(event_id, v.racer_id, v.run_id),
                )
                for v in views
            ),
            key=lambda s: s.track_number,
        )

    def _snapshot(self, v: RunView, number: int, bests: tuple[int | None, int | None]) -> RunSnapshot:
        run = v.run
        try:
            racer = self._racers.get(v.racer_id)
            username, display, colour = racer.username, racer.display_name, racer.highlight_colour
            country = racer.country_code
        except NotFound:
            username, display, colour, country = v.racer_id, "", "", ""
        now = self._race_control.now()
        valid = [lap.time_ms for lap in run.laps if lap.valid]
        last = run.laps[-1] if run.laps else None
        kind = last_lap_kind([(lap.time_ms, lap.valid) for lap in run.laps], *bests)
        return RunSnapshot(
            run_id=v.run_id,
            track_number=number,
            username=username,
            display_name=display,
            highlight_colour=colour,
            raced_by_proxy=v.raced_by_proxy,
            state=str(run.state),
            running=str(run.state) in RUNNING_STATES,
            time_left_ms=v.time_left_ms(now),
            race_time_ms=run.config.race_time_ms,
            current_lap_ms=v.current_lap_ms(now),
            laps=len(run.laps),
            valid_laps=len(valid),
            laps_to_finish=run.config.laps_to_finish,
            best_lap_ms=min(valid) if valid else None,
            last_lap_ms=last.time_ms if last else None,
            last_lap_valid=last.valid if last else None,
            last_lap_kind=kind,
            lap_times_ms=tuple(lap.time_ms for lap in run.laps),
            country_code=country,
            car_name=v.car_name,
        )

    def race_day(self, event_id: str) -> dict[str, Any]:
        """Who is up next on each track (the run queue) and each track's fresh race summary."""
        info = self._info(event_id)
        up_next: dict[str, list[dict[str, str]]] = {}
        summaries: list[dict[str, Any]] = []
        for t in info.tracks:
            up_next[str(t.number)] = [self._who(e.racer_id) for e in self._queue.entries(t.track_id)[:3]]
            summary = self._race_summaries.latest(t.track_id)
            if summary is not None:
                summaries.append({**summary, "track_number": t.number, **self._who(summary["racer_id"])})
        return {"up_next": up_next, "summaries": summaries}

    def _who(self, racer_id: str) -> dict[str, str]:
        try:
            r = self._racers.get(racer_id)
        except NotFound:
            return {"username": racer_id, "display_name": "", "country_code": ""}
        return {"username": r.username, "display_name": r.display_name, "country_code": r.country_code}

    def event_for_upload_code(self, code: str) -> EventSummary | None:
        for info in self._events.list():
            if same_code(code, info.upload_code):
                return event_summary(info)
        return None

    def racer_id(self, username: str) -> str | None:
        try:
            return self._racers.by_username(username).racer_id
        except NotFound:
            return None

    def watch(self, on_change: ChangeHandler) -> Callable[[], None]:
        bus = self._bus
        unsubscribes = [
            bus.subscribe(LeaderboardChanged, lambda e: on_change(e.event_id or None, "board")),
            bus.subscribe(EventChanged, lambda e: on_change(e.event_id, "board")),
            bus.subscribe(RacerChanged, lambda e: on_change(None, "board")),
            # a lap moves the board: its rows are read once the leaderboards have it, so the lap's own pass
            # carries board and runs together (one write per phone; its LeaderboardChanged adds nothing)
            bus.subscribe(LapRecorded, lambda e: on_change(e.event_id, "board")),
            bus.subscribe(RunStateChanged, lambda e: on_change(e.event_id, "run")),
            bus.subscribe(RunChanged, lambda e: on_change(e.event_id, "run")),
            bus.subscribe(QueueChanged, lambda e: on_change(e.event_id, "run")),
            bus.subscribe(RaceSummaryReady, lambda e: on_change(e.event_id, "run")),
        ]

        def unsubscribe() -> None:
            for u in unsubscribes:
                u()

        return unsubscribe
