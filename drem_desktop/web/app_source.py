"""The LAN pages' view of the real app: events, leaderboards and runs through the app's services."""

from __future__ import annotations

import hmac
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from drem_desktop.domain.errors import NotFound
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
from drem_desktop.web.source import (
    COMBINED,
    ChangeHandler,
    EventSummary,
    NotFoundError,
    RunSnapshot,
    TrackSummary,
)

if TYPE_CHECKING:
    from drem_desktop.app import App
    from drem_desktop.services.race_control import RunView

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


def same_code(given: str, expected: str) -> bool:
    """Codes are compared without regard to case or surrounding spaces, in constant time."""
    a = given.strip().casefold().encode()
    b = expected.strip().casefold().encode()
    return bool(b) and hmac.compare_digest(a, b)


class AppSource:
    def __init__(self, app: App) -> None:
        self.app = app

    def events(self) -> list[EventSummary]:
        return [event_summary(e) for e in self.app.events.list()]

    def _info(self, event_id: str) -> EventInfo:
        """The event as the leaderboards hold it in memory (read once, dropped when it changes): every lap
        asks for it, once per open board."""
        try:
            return self.app.leaderboards.event(event_id)
        except NotFound:
            raise NotFoundError(_("There is no event {id} on this laptop.").format(id=event_id)) from None

    def event(self, event_id: str) -> EventSummary:
        return event_summary(self._info(event_id))

    def rows(self, event_id: str, track: str, fmt: str) -> list[dict[str, Any]]:
        self._info(event_id)
        return [r.to_json() for r in self.app.leaderboards.rows(event_id, track, fmt)]

    def current_runs(self, event_id: str) -> list[RunSnapshot]:
        views = [v for v in self.app.race_control.views() if v.event_id == event_id]
        if not views:
            return []
        info = self._info(event_id)
        numbers = {t.track_id: t.number for t in info.tracks}
        rows = self.app.leaderboards.rows(event_id, COMBINED, "fastest")
        event_best = min((r.fastest_lap_ms for r in rows if r.fastest_lap_ms is not None), default=None)
        personal = {r.racer_id: r.fastest_lap_ms for r in rows}
        return sorted(
            (self._snapshot(v, numbers.get(v.track_id, 0), event_best, personal) for v in views),
            key=lambda s: s.track_number,
        )

    def _snapshot(
        self, v: RunView, number: int, event_best: int | None, personal: dict[str, int | None]
    ) -> RunSnapshot:
        run = v.run
        try:
            racer = self.app.racers.get(v.racer_id)
            username, display, colour = racer.username, racer.display_name, racer.highlight_colour
            country = racer.country_code
        except NotFound:
            username, display, colour, country = v.racer_id, "", "", ""
        now = self.app.race_control.now()
        valid = [lap.time_ms for lap in run.laps if lap.valid]
        last = run.laps[-1] if run.laps else None
        kind = ""
        if last is not None and last.valid:
            if event_best is not None and last.time_ms <= event_best:
                kind = "event_best"
            elif personal.get(v.racer_id) is not None and last.time_ms <= (personal[v.racer_id] or 0):
                kind = "personal_best"
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
            up_next[str(t.number)] = [self._who(e.racer_id) for e in self.app.queue.entries(t.track_id)[:3]]
            summary = self.app.race_summaries.latest(t.track_id)
            if summary is not None:
                summaries.append({**summary, "track_number": t.number, **self._who(summary["racer_id"])})
        return {"up_next": up_next, "summaries": summaries}

    def _who(self, racer_id: str) -> dict[str, str]:
        try:
            r = self.app.racers.get(racer_id)
        except NotFound:
            return {"username": racer_id, "display_name": "", "country_code": ""}
        return {"username": r.username, "display_name": r.display_name, "country_code": r.country_code}

    def event_for_upload_code(self, code: str) -> EventSummary | None:
        for info in self.app.events.list():
            if same_code(code, info.upload_code):
                return event_summary(info)
        return None

    def racer_id(self, username: str) -> str | None:
        try:
            return self.app.racers.by_username(username).racer_id
        except NotFound:
            return None

    def watch(self, on_change: ChangeHandler) -> Callable[[], None]:
        bus = self.app.bus
        unsubscribes = [
            bus.subscribe(LeaderboardChanged, lambda e: on_change(e.event_id or None, "board")),
            bus.subscribe(EventChanged, lambda e: on_change(e.event_id, "board")),
            bus.subscribe(RacerChanged, lambda e: on_change(None, "board")),
            bus.subscribe(LapRecorded, lambda e: on_change(e.event_id, "run")),
            bus.subscribe(RunStateChanged, lambda e: on_change(e.event_id, "run")),
            bus.subscribe(RunChanged, lambda e: on_change(e.event_id, "run")),
            bus.subscribe(QueueChanged, lambda e: on_change(e.event_id, "run")),
            bus.subscribe(RaceSummaryReady, lambda e: on_change(e.event_id, "run")),
        ]

        def unsubscribe() -> None:
            for u in unsubscribes:
                u()

        return unsubscribe
