"""A live leaderboard for one track (or all tracks combined) of one event.

Built once from every run, then kept current lap by lap: a change recomputes one racer's standing and
moves it in a sorted list (bisect), so a new lap costs one racer's work plus one pass over the rows.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

from drem_desktop.domain.race_config import Ranking
from drem_desktop.domain.ranking import (
    RESETS,
    TIME,
    VALID,
    LapTuple,
    RunLaps,
    SortKey,
    Standing,
    standing_for,
    window_sums,
)
from drem_desktop.i18n import _

COMBINED = "combined"


def no_figure_text(ranking: Ranking, window: int, valid_laps: int) -> str:
    """What an unranked row shows instead of a time: in the average format a racer with valid laps but
    no full window of them has laps, just no average yet."""
    if ranking is Ranking.BEST_AVERAGE and valid_laps > 0:
        return _("no {n}-lap average yet").format(n=window)
    return _("no valid lap")


@dataclass(frozen=True, slots=True)
class RacerInfo:
    racer_id: str
    username: str
    display_name: str = ""
    country_code: str = ""
    highlight_colour: str = ""


class LeaderboardRow(NamedTuple):
    """One racer's line on a board (a tuple: thousands are re-ranked when a leader changes)."""

    rank: int | None
    racer_id: str
    username: str
    display_name: str
    country_code: str
    highlight_colour: str
    fastest_lap_ms: int | None
    fastest_average_ms: float | None
    valid_laps: int
    invalid_laps: int
    runs: int
    raced_by_proxy: bool
    total_resets: int

    def to_json(self) -> dict[str, Any]:
        return self._asdict()


@dataclass(slots=True)
class _RacerEntry:
    runs: dict[str, RunLaps]
    standing: Standing
    body: tuple[Any, ...] | None = None  # the row's fields after rank; rebuilt only when the racer changes
    row: LeaderboardRow | None = None


class Leaderboard:
    def __init__(self, ranking: Ranking, window: int, racers: dict[str, RacerInfo]) -> None:
        self.ranking = ranking
        self.window = window
        self._racers = dict(racers)
        self._entries: dict[str, _RacerEntry] = {}
        self._order: list[tuple[SortKey, str]] = []  # ranked racers, best first
        self._rows: list[LeaderboardRow] | None = None  # ranked rows, then the unranked
        self._ranked_rows: list[LeaderboardRow] | None = None  # aligned with _order
        self._dirty: tuple[int, int] | None = None  # positions of _order whose rows must be rebuilt
        self._unranked: list[str] | None = None  # racers with laps but no figure, by name

    @classmethod
    def build(
        cls, ranking: Ranking, window: int, racers: dict[str, RacerInfo], runs: Iterable[RunLaps]
    ) -> Leaderboard:
        board = cls(ranking, window, racers)
        by_racer: dict[str, dict[str, RunLaps]] = {}
        for run in runs:
            by_racer.setdefault(run.racer_id, {})[run.run_id] = run
        for racer_id, racer_runs in by_racer.items():
            board._entries[racer_id] = _RacerEntry(racer_runs, board._standing(racer_id, racer_runs))
        board._order = sorted((e.standing.key, rid) for rid, e in board._entries.items() if e.standing.ranked)
        return board

    def _standing(self, racer_id: str, runs: dict[str, RunLaps]) -> Standing:
        return standing_for(racer_id, runs.values(), self.ranking, self.window)

    def update_racer(self, racer: RacerInfo) -> None:
        self._racers[racer.racer_id] = racer
        entry = self._entries.get(racer.racer_id)
        if entry is not None:
            entry.body = entry.row = None
            self._rows = self._unranked = self._ranked_rows = None

    def set_run(self, run: RunLaps) -> None:
        """Adds or replaces one run's laps (a new lap, an edit, a validity toggle)."""
        entry = self._entries.get(run.racer_id)
        if entry is None:
            entry = self._entries[run.racer_id] = _RacerEntry({}, Standing(run.racer_id, (), "", False))
            self._unranked = None
        entry.runs[run.run_id] = run
        self._refresh(run.racer_id, entry)

    def add_lap(self, run_id: str, racer_id: str, order: str, lap: LapTuple, proxy: bool = False) -> None:
        entry = self._entries.get(racer_id)
        existing = entry.runs.get(run_id) if entry else None
        if existing is None:
            self.set_run(RunLaps(run_id, racer_id, order, (lap,), proxy))
        else:
            self.set_run(replace(existing, laps=(*existing.laps, lap)))

    def remove_run(self, run_id: str, racer_id: str) -> None:
        entry = self._entries.get(racer_id)
        if entry is None or run_id not in entry.runs:
            return
        del entry.runs[run_id]
        if not entry.runs:
            old = self._unplace(racer_id, entry.standing)
            if old is not None:
                self._mark(old, len(self._order) - 1)
            del self._entries[racer_id]
            self._rows = self._unranked = None
        else:
            self._refresh(racer_id, entry)

    def _unplace(self, racer_id: str, standing: Standing) -> int | None:
        if standing.ranked:
            i = bisect_left(self._order, (standing.key, racer_id))
            if i < len(self._order) and self._order[i][1] == racer_id:
                del self._order[i]
                return i
        return None

    def _mark(self, lo: int, hi: int) -> None:
        """Rows at positions lo..hi of the order must be rebuilt (positions outside did not move)."""
        if self._dirty is not None:
            lo, hi = min(lo, self._dirty[0]), max(hi, self._dirty[1])
        self._dirty = (lo, hi)

    def _refresh(self, racer_id: str, entry: _RacerEntry) -> None:
        old = self._unplace(racer_id, entry.standing)
        was_ranked = entry.standing.ranked
        entry.standing = self._standing(racer_id, entry.runs)
        if was_ranked != entry.standing.ranked:
            self._unranked = None
        new = None
        if entry.standing.ranked:
            item = (entry.standing.key, racer_id)
            new = bisect_left(self._order, item)
            self._order.insert(new, item)
        end = len(self._order) - 1
        if old is not None and new is not None:
            self._mark(min(old, new), max(old, new))
        elif old is not None or new is not None:  # one more or one fewer ranked: everyone after shifts
            self._mark(min(p for p in (old, new) if p is not None), max(end, 0))
        entry.body = entry.row = None
        self._rows = None

    def runs_of(self, racer_id: str) -> list[RunLaps]:
        entry = self._entries.get(racer_id)
        return list(entry.runs.values()) if entry else []

    def rows(self) -> list[LeaderboardRow]:
        if self._rows is None:
            ranked = self._ranked()
            if self._unranked is None:
                self._unranked = sorted(
                    (rid for rid, e in self._entries.items() if not e.standing.ranked),
                    key=lambda rid: self._info(rid).username.casefold(),
                )
            self._rows = ranked + [self._row(rid, None) for rid in self._unranked]
        return self._rows

    def _ranked(self) -> list[LeaderboardRow]:
        """Rows of the ranked racers; after a change only the positions that moved are rebuilt."""
        order = self._order
        if self._ranked_rows is None:
            rows: list[LeaderboardRow] = []
            prev_key: SortKey | None = None
            position_rank = 0
            for position, (key, racer_id) in enumerate(order, start=1):
                if key != prev_key:
                    position_rank = position
                prev_key = key
                rows.append(self._row(racer_id, position_rank))
            self._ranked_rows, self._dirty = rows, None
            return rows
        if self._dirty is None:
            return self._ranked_rows
        lo, hi = self._dirty
        self._dirty = None
        old = self._ranked_rows
        hi = min(hi, len(order) - 1)
        tail_start = hi + 1 + (len(old) - len(order))  # rows after the span kept their racer
        rows = old[:lo]
        append = rows.append
        entries = self._entries
        rank_before = rows[-1].rank if rows else 0
        prev_key = order[lo - 1][0] if lo > 0 else None
        for position in range(lo, len(order)):
            key, racer_id = order[position]
            rank = rank_before if key == prev_key else position + 1
            if position > hi:
                kept = old[tail_start + position - hi - 1]
                if kept.rank == rank:  # from here on nothing moved and ranks agree
                    rows.extend(old[tail_start + position - hi - 1 :])
                    break
            entry = entries[racer_id]
            row = entry.row
            if row is None or row.rank != rank:
                if entry.body is None:
                    entry.body = self._body(racer_id, entry)
                row = entry.row = LeaderboardRow(rank, *entry.body)
            append(row)
            rank_before, prev_key = rank, key
        self._ranked_rows = rows
        return rows

    def _info(self, racer_id: str) -> RacerInfo:
        return self._racers.get(racer_id) or RacerInfo(racer_id, racer_id)

    def _row(self, racer_id: str, position: int | None) -> LeaderboardRow:
        entry = self._entries[racer_id]
        if entry.row is not None and entry.row.rank == position:
            return entry.row
        if entry.body is None:
            entry.body = self._body(racer_id, entry)
        entry.row = LeaderboardRow(position, *entry.body)
        return entry.row

    def _body(self, racer_id: str, entry: _RacerEntry) -> tuple[Any, ...]:
        """Every field of the racer's row but the rank, in field order."""
        info = self._info(racer_id)
        valid = 0
        total = 0
        resets = 0
        fastest: int | None = None
        for run in entry.runs.values():
            for lap in run.laps:
                total += 1
                resets += lap[RESETS]
                if lap[VALID]:
                    valid += 1
                    if fastest is None or lap[TIME] < fastest:
                        fastest = lap[TIME]
        if self.ranking is Ranking.BEST_AVERAGE:
            best_sum = entry.standing.figures[0] if entry.standing.figures else None
        else:
            best_sum = min(
                (s for run in entry.runs.values() for s in window_sums(run.laps, self.window)), default=None
            )
        proxy = (
            entry.standing.primary_by_proxy
            if entry.standing.ranked
            else any(run.raced_by_proxy for run in entry.runs.values())
        )
        return (
            racer_id,
            info.username,
            info.display_name or info.username,
            info.country_code,
            info.highlight_colour,
            fastest,
            round(best_sum / self.window, 3) if best_sum is not None else None,
            valid,
            total - valid,
            len(entry.runs),
            proxy,
            resets,
        )
