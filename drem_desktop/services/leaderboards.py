"""Live leaderboards per event and track (or combined), built once and then updated lap by lap."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from drem_desktop.bus import Bus
from drem_desktop.domain.leaderboard import (
    COMBINED,
    BoardRows,
    Leaderboard,
    RacerInfo,
    standing_text,
)
from drem_desktop.domain.race_config import Ranking
from drem_desktop.domain.ranking import TIME, VALID, LapFigure, RunLaps
from drem_desktop.domain.records import EventInfo, RacerRecord
from drem_desktop.domain.stats import RacerStats, racer_stats
from drem_desktop.events import (
    EventChanged,
    LapRecorded,
    LeaderboardChanged,
    RacerChanged,
    RunChanged,
    RunStateChanged,
    SyncApplied,
)
from drem_desktop.i18n import _
from drem_desktop.store.events_repo import EventRepository
from drem_desktop.store.racers_repo import RacerRepository
from drem_desktop.store.runs_repo import RunRepository

BoardKey = tuple[str, str, Ranking]
UNRANKED_CHANGES = frozenset(
    {"resets", "car"}
)  # the lap in progress's resets, the car's name: no board moves  # event id, track id or "combined", ranking


def parse_format(fmt: str | Ranking) -> Ranking:
    if isinstance(fmt, Ranking):
        return fmt
    try:
        return Ranking(fmt)
    except ValueError:
        raise ValueError(_("Format must be “fastest” or “average”, not “{fmt}”.").format(fmt=fmt)) from None


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a board is built: the build makes 100,000 lap tuples and no
    cycles, and the collector would scan the growing heap again and again (a fifth of the build)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def racer_info(r: RacerRecord) -> RacerInfo:
    return RacerInfo(r.racer_id, r.username, r.display_name, r.country_code, r.highlight_colour)


class LeaderboardService:
    def __init__(
        self,
        events: EventRepository,
        racers: RacerRepository,
        runs: RunRepository,
        bus: Bus,
        *,
        after_cold_build: Callable[[], None] | None = None,
    ) -> None:
        """``after_cold_build`` runs after a board was built from the database, with the collector still
        paused (the app passes ``gc.freeze``: a big board is long-lived, and scanning it, once when the
        collector comes back and then in every full collection, would pause for tens of milliseconds)."""
        self._after_cold_build = after_cold_build
        self._events = events
        self._racers = racers
        self._runs = runs
        self._bus = bus
        self._lock = threading.RLock()
        self._boards: dict[BoardKey, Leaderboard] = {}
        self._event_cache: dict[str, EventInfo] = {}
        # Updates run on the service's own lane: a cold build or a database read never holds up the
        # publisher (race control, the sensors). Readers catch up with it first (read your own laps).
        self._lane = lane = bus.lane("leaderboards")
        bus.subscribe(LapRecorded, self._on_lap, lane=lane)
        bus.subscribe(RunChanged, self._on_run_changed, lane=lane)
        bus.subscribe(RunStateChanged, self._on_state, lane=lane)
        bus.subscribe(RacerChanged, self._on_racer, lane=lane)
        bus.subscribe(EventChanged, self._on_event, lane=lane)
        bus.subscribe(SyncApplied, self._on_sync, lane=lane)
        self._aliases: dict[str, str] | None = None  # racers merged into another (sync)

    def event(self, event_id: str) -> EventInfo:
        with self._lock:
            info = self._event_cache.get(event_id)
            if info is None:
                info = self._event_cache[event_id] = self._events.get(event_id)
            return info

    def track_key(self, event_id: str, track: str | int) -> str:
        """'combined', a track number or a track id → the board's track key (a track id or 'combined')."""
        if str(track) == COMBINED:
            return COMBINED
        info = self.event(event_id)
        for t in info.tracks:
            if str(t.number) == str(track) or t.track_id == str(track):
                return t.track_id
        raise ValueError(
            _("Event “{event}” has no track {track} (tracks: {tracks}).").format(
                event=info.name, track=track, tracks=", ".join(str(t.number) for t in info.tracks) or "-"
            )
        )

    def _caught_up(self) -> None:
        """Every bus event published before this call is on the boards (never call it holding the lock)."""
        self._lane.wait_idle()

    def board(self, event_id: str, track: str | int, fmt: str | Ranking) -> Leaderboard:
        self._caught_up()
        return self._board(event_id, track, fmt)

    def _board(self, event_id: str, track: str | int, fmt: str | Ranking) -> Leaderboard:
        ranking = parse_format(fmt)
        key = (event_id, self.track_key(event_id, track), ranking)
        with self._lock:
            board = self._boards.get(key)
            if board is None:
                window = self.event(event_id).config.average_window
                with _collector_paused():
                    racers = self._racers.infos_by_id()
                    runs = self._runs.run_laps(event_id, None if key[1] == COMBINED else key[1])
                    board = self._boards[key] = Leaderboard.build(ranking, window, racers, runs)
                    board.rows()
                    if self._after_cold_build is not None:
                        self._after_cold_build()  # before the collector is back: it never scans the new board
            return board

    def rows(self, event_id: str, track: str | int, fmt: str | Ranking) -> BoardRows:
        """The board's rows now: a snapshot later laps do not change, read from any thread."""
        self._caught_up()
        with self._lock:
            return self._board(event_id, track, fmt).rows()

    def rank_before_run(
        self, event_id: str, track: str | int, fmt: str | Ranking, racer_id: str, run_id: str
    ) -> int | None:
        """The racer's rank on the board without the run ``run_id``: their rank before it, even when this
        is asked after the run's laps (or its submit) reached the board."""
        self._caught_up()
        with self._lock:
            board = self._board(event_id, track, fmt)
            if any(r.run_id == run_id for r in board.runs_of(racer_id)):
                board = board.without_run(run_id)
            return next((r.rank for r in board.rows() if r.racer_id == racer_id), None)

    def rows_if_warm(self, event_id: str, track: str | int, fmt: str | Ranking) -> BoardRows | None:
        """The rows when the board is built and nobody is updating it right now, else None at once.

        For the UI thread: it may redraw from a warm board but must never wait for a cold build.
        """
        if not self._lock.acquire(blocking=False):
            return None
        try:
            info = self._event_cache.get(event_id)  # only what is in memory: no database read here
            if info is None:
                return None
            if str(track) == COMBINED:
                track_key = COMBINED
            else:
                found = [
                    t.track_id for t in info.tracks if str(t.number) == str(track) or t.track_id == str(track)
                ]
                if not found:
                    return None
                track_key = found[0]
            try:
                board = self._boards.get((event_id, track_key, parse_format(fmt)))
            except ValueError:
                return None
            return board.rows() if board is not None else None
        finally:
            self._lock.release()

    def standing_text(self, event_id: str, track_id: str, racer_id: str) -> str:
        """What a submit did for the racer, in one line (reads the board: call it off the UI thread)."""
        config = self.event(event_id).config
        rows = self.rows(event_id, track_id, config.ranking)
        return standing_text(rows, racer_id, config.ranking, config.average_window)

    def racer_stats(self, event_id: str, racer_id: str, track: str | int = COMBINED) -> RacerStats:
        self._caught_up()
        with self._lock:
            board = self._board(event_id, track, Ranking.BEST_LAP)
            return racer_stats(board.runs_of(racer_id), self.event(event_id).config.average_window)

    def lap_bests(self, event_id: str, racer_id: str, run_id: str) -> tuple[int | None, int | None]:
        """What a run's lap colours are judged against (``domain.lap_kind``): the racer's fastest valid
        lap in their other runs of the event, and the event's fastest valid lap (every track)."""
        self._caught_up()
        with self._lock:
            board = self._board(event_id, COMBINED, Ranking.BEST_LAP)
            previous = [
                lap[TIME]
                for r in board.runs_of(racer_id)
                if r.run_id != run_id
                for lap in r.laps
                if lap[VALID]
            ]
            rows = board.rows()
        event_best = rows[0].fastest_lap_ms if rows and rows[0].rank is not None else None
        return (min(previous) if previous else None), event_best

    def runs_of(self, event_id: str, racer_id: str, track: str | int = COMBINED) -> list[RunLaps]:
        self._caught_up()
        with self._lock:
            return self._board(event_id, track, Ranking.BEST_LAP).runs_of(racer_id)

    def invalidate(self, event_id: str | None = None) -> None:
        with self._lock:
            self._aliases = None
            if event_id is None:
                self._boards.clear()
                self._event_cache.clear()
            else:
                for key in [k for k in self._boards if k[0] == event_id]:
                    del self._boards[key]
                self._event_cache.pop(event_id, None)
        self._bus.publish(LeaderboardChanged(event_id or "", None))

    # -- incremental updates ----------------------------------------------------------------------
    def _boards_for(self, event_id: str, track_id: str) -> list[Leaderboard]:
        return [b for (e, t, _r), b in self._boards.items() if e == event_id and t in (track_id, COMBINED)]

    def _racer_of(self, racer_id: str) -> str:
        """The racer a run counts for: a registration merged with another laptop's counts as that one."""
        if self._aliases is None:
            self._aliases = self._racers.aliases()
        return self._aliases.get(racer_id, racer_id)

    def _on_lap(self, e: LapRecorded) -> None:
        lap = LapFigure(e.lap.time_ms, e.lap.resets, e.lap.valid)
        with self._lock:
            racer_id = self._racer_of(e.racer_id)
            for board in self._boards_for(e.event_id, e.track_id):
                board.add_lap(e.run_id, racer_id, e.order, lap, e.raced_by_proxy)
        self._bus.publish(LeaderboardChanged(e.event_id, e.track_id, racer_id))

    def _on_sync(self, e: SyncApplied) -> None:
        if not e.bulk:
            return  # the runs were announced one by one
        if not e.events:
            self.invalidate()
        for event_id in e.events:
            self.invalidate(event_id)

    def _on_run_changed(self, e: RunChanged) -> None:
        if e.what not in UNRANKED_CHANGES:
            self._reload_run(e.run_id, e.event_id, e.track_id, e.racer_id)

    def _reload_run(self, run_id: str, event_id: str, track_id: str, racer_id: str) -> None:
        with self._lock:
            boards = self._boards_for(event_id, track_id)
            if boards:
                laps = self._runs.run_laps_one(run_id)
                for board in boards:
                    if laps is None:
                        board.remove_run(run_id, racer_id)
                    else:
                        board.set_run(laps)
        self._bus.publish(LeaderboardChanged(event_id, track_id, racer_id))

    def _on_state(self, e: RunStateChanged) -> None:
        if e.state == "submitted":  # a run submitted with no lap counts from now, as a cold build says
            self._reload_run(e.run_id, e.event_id, e.track_id, e.racer_id)
        elif e.state == "discarded":
            with self._lock:
                for board in self._boards_for(e.event_id, e.track_id):
                    board.remove_run(e.run_id, e.racer_id)
            self._bus.publish(LeaderboardChanged(e.event_id, e.track_id, e.racer_id))

    def _on_racer(self, e: RacerChanged) -> None:
        record = self._racers.get(e.racer_id)
        with self._lock:
            for board in self._boards.values():
                board.update_racer(racer_info(record))
        self._bus.publish(LeaderboardChanged("", None, e.racer_id))

    def _on_event(self, e: EventChanged) -> None:
        self.invalidate(e.event_id)
