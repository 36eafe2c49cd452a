"""What the board's footer shows besides the ranking, read off the UI thread: the runs on track with their
racers' names (for the on-track strip and its clocks) and the race-day line (the last run's summary, else
who is up next). Kept apart from the window so the reads, and the name cache they share with the UI thread,
can be followed in one place."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from drem_desktop.app import App
from drem_desktop.domain.leaderboard import COMBINED
from drem_desktop.domain.records import RacerRecord
from drem_desktop.domain.run import RunState
from drem_desktop.services.race_control import RunView
from drem_desktop.ui.context import ScreenContext
from drem_desktop.ui.i18n import tr
from drem_desktop.ui.theme import lap_text

LiveRun = tuple[RunView, str]  # a run on track and its racer's name as shown
_Read = tuple[list[tuple[RunView, RacerRecord]], dict[str, RacerRecord]]


class OnTrack:
    """The runs on a board's track (or on every track) with their racers' names.

    Racers seen on track are remembered (names rarely change mid-run). Only the UI thread reads or writes
    that memory: a worker gets a copy and hands back what it read; a rename in between makes that read
    stale, and it is not kept."""

    def __init__(self, ctx: ScreenContext) -> None:
        self.ctx = ctx
        self._names: dict[str, RacerRecord] = {}
        self._names_version = 0

    def forget(self, racer_id: str) -> None:
        self._names.pop(racer_id, None)
        self._names_version += 1  # a read in flight may carry the old name: it is not kept

    def read(self, track: str, done: Callable[[list[LiveRun]], None]) -> None:
        """Reads the runs in the background; ``done`` gets, on the UI thread, the running ones (else all
        there are: a run paused or ended but not yet submitted)."""
        app = self.ctx.app
        known = dict(self._names)
        version = self._names_version

        def live() -> _Read:
            views = [v for v in app.race_control.views() if track in (COMBINED, v.track_id)]
            read: dict[str, RacerRecord] = {}
            for v in views:
                if v.racer_id not in known and v.racer_id not in read:
                    read[v.racer_id] = app.racers.get(v.racer_id)
            return [(v, known.get(v.racer_id) or read[v.racer_id]) for v in views], read

        def arrived(result: _Read) -> None:
            views, read = result
            if version == self._names_version:
                self._names.update(read)
            running = [x for x in views if x[0].state is RunState.RUNNING]
            done([(v, r.shown_name + ("*" if v.raced_by_proxy else "")) for v, r in (running or views)])

        self.ctx.background.run(live, done=arrived)


def race_day_line(app: App, tracks: list[str]) -> str:
    """The race-day line of a board showing ``tracks`` (call off the UI thread): the last run's summary
    while no run is on those tracks, else the next three racers in their queues."""
    live = any(v.track_id in tracks for v in app.race_control.views())
    for t in tracks:
        summary = app.race_summaries.latest(t)
        if summary is not None and not live:
            return summary_text(summary, app.racers.get(summary["racer_id"]).shown_name)
    names = [app.racers.get(e.racer_id).shown_name for t in tracks for e in app.queue.entries(t)[:3]]
    return tr("Up next: {names}").format(names=" · ".join(names[:3])) if names else ""


def summary_text(s: dict[str, Any], name: str) -> str:
    """The race-summary footer: fastest, average, valid laps and the rank gained."""
    if s.get("new_on_board"):
        change = tr("new on the board")
    elif (s.get("rank_gained") or 0) > 0:
        change = tr("up {n}").format(n=s["rank_gained"])
    elif (s.get("rank_gained") or 0) < 0:
        change = tr("down {n}").format(n=-s["rank_gained"])
    else:
        change = tr("no change")
    ratio = "–" if s.get("completion") is None else f"{round(100 * s['completion'])} %"
    return tr(
        "{name} · fastest {fastest} · average {average} · {valid}/{laps} valid ({ratio}) · "
        "rank {rank}, {change}"
    ).format(
        name=name,
        fastest=lap_text(s["fastest_ms"]) if s.get("fastest_ms") else "–",
        average=lap_text(s["average_ms"]) if s.get("average_ms") else "–",
        valid=s.get("valid_laps", 0),
        laps=s.get("laps", 0),
        ratio=ratio,
        rank=s.get("rank") or "–",
        change=change,
    )
