"""The race-summary footer: once a run is submitted, its figures for the boards to show for a while.

Fastest and average (mean) valid lap of the run, valid laps of all laps (completion ratio), and the
racer's rank on the track before and after the run (rank gained). The rank before is read when the run
is put on track, on a worker thread, so the board is never read on race control's thread; it is the rank
on the board without that run, so a worker that gets to it late (a busy laptop) still reads the rank before.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from drem_desktop.bus import Bus
from drem_desktop.events import RaceSummaryReady, RunStateChanged
from drem_desktop.services.worker import Worker

if TYPE_CHECKING:
    from drem_desktop.services.leaderboards import LeaderboardService
    from drem_desktop.services.registry import EventService
    from drem_desktop.store.runs_repo import RunRepository

SHOWN_FOR_S = 20.0


class RaceSummaries:
    def __init__(
        self,
        bus: Bus,
        leaderboards: LeaderboardService,
        events: EventService,
        runs: RunRepository,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        """``runs`` is the RunRepository (the submitted run's laps)."""
        self._bus = bus
        self._leaderboards = leaderboards
        self._events = events
        self._runs = runs
        self._clock = clock
        self._lock = threading.Lock()
        self._rank_before: dict[str, int | None] = {}  # run id -> racer's rank when the run started
        self._latest: dict[str, dict[str, Any]] = {}  # track id -> summary
        self._worker = Worker("race-summaries")
        self._unsubscribe = bus.subscribe(RunStateChanged, self._on_state)

    def close(self, timeout: float = 5.0) -> None:
        self._unsubscribe()
        self._worker.close(timeout)

    def wait_idle(self, timeout: float = 10.0) -> bool:
        return self._worker.wait_idle(timeout)

    def latest(self, track_id: str, max_age_s: float = SHOWN_FOR_S) -> dict[str, Any] | None:
        """The track's last summary while it is fresh, with its ``age_s``."""
        with self._lock:
            summary = self._latest.get(track_id)
        if summary is None:
            return None
        age = self._clock() - float(summary["at"])
        return {**summary, "age_s": age} if age <= max_age_s else None

    def _on_state(self, e: RunStateChanged) -> None:
        if e.state == "ready" and e.previous == "":
            self._worker.submit(self._note_rank, e)
        elif e.state == "submitted":
            self._worker.submit(self._summarize, e)

    def _rank(self, e: RunStateChanged) -> int | None:
        ranking = self._events.get(e.event_id).config.ranking
        rows = self._leaderboards.rows(e.event_id, e.track_id, ranking)
        return next((r.rank for r in rows if r.racer_id == e.racer_id), None)

    def _note_rank(self, e: RunStateChanged) -> None:
        ranking = self._events.get(e.event_id).config.ranking
        rank = self._leaderboards.rank_before_run(e.event_id, e.track_id, ranking, e.racer_id, e.run_id)
        with self._lock:
            self._rank_before[e.run_id] = rank

    def _summarize(self, e: RunStateChanged) -> None:
        run = self._runs.get(e.run_id)
        laps = [lap for lap in run.laps if not lap.deleted]
        valid = [lap.time_ms for lap in laps if lap.valid]
        with self._lock:
            before = self._rank_before.pop(e.run_id, None)
        after = self._rank(e)
        summary: dict[str, Any] = {
            "run_id": e.run_id,
            "track_id": e.track_id,
            "racer_id": e.racer_id,
            "fastest_ms": min(valid) if valid else None,
            "average_ms": sum(valid) / len(valid) if valid else None,
            "valid_laps": len(valid),
            "laps": len(laps),
            "completion": len(valid) / len(laps) if laps else None,
            "rank_before": before,
            "rank": after,
            "rank_gained": (before - after) if before is not None and after is not None else None,
            "new_on_board": before is None and after is not None,
            "at": self._clock(),
        }
        with self._lock:
            self._latest[e.track_id] = summary
        self._bus.publish(RaceSummaryReady(e.event_id, e.track_id, e.run_id, e.racer_id, summary))
