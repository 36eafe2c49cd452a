"""A live leaderboard for one track (or all tracks combined) of one event.

Built once from every run, then kept current lap by lap: a change recomputes one racer's result and
moves it in a sorted list (bisect). The board keeps results in rank order and no ranks (a rank is a
position), so when a new leader pushes a thousand racers down one place nothing is made for them; a
lap's cost stays well under a millisecond on a board of 2,000 racers.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import chain, repeat
from operator import eq, itemgetter
from typing import Any, NamedTuple, overload

from drem_desktop.domain.race_config import Ranking
from drem_desktop.domain.ranking import (
    LapTuple,
    RacerTotals,
    RunLaps,
    SortKey,
    Standing,
    summarise,
)
from drem_desktop.i18n import _

COMBINED = "combined"
# The board shown when none is asked for, everywhere (LAN pages, JSON API, `drem-desktop leaderboard`).
DEFAULT_TRACK = "1"


def no_figure_text(ranking: Ranking, window: int, valid_laps: int) -> str:
    """What an unranked row shows instead of a time: in the average format a racer with valid laps but
    no full window of them has laps, just no average yet."""
    if ranking is Ranking.BEST_AVERAGE and valid_laps > 0:
        return _("no {n}-lap average yet").format(n=window)
    return _("no valid lap")


def lap_time_text(ms: float | None) -> str:
    """A lap or average time as organizers read it: 12.345 or 1:02.345."""
    if ms is None:
        return "–"
    minutes, rest = divmod(round(ms), 60_000)
    return f"{minutes}:{rest / 1000:06.3f}" if minutes else f"{rest / 1000:.3f}"


def standing_text(rows: Sequence[Any], racer_id: str, ranking: Ranking, window: int) -> str:
    """Where a submitted run put the racer: "Submitted: rank 4 of 23, best 11.402" (the figure of the
    event's ranking), or why they are not ranked yet."""
    ranked = sum(1 for r in rows if r.rank is not None)
    mine = next((r for r in rows if r.racer_id == racer_id), None)
    if mine is None or mine.rank is None:
        what = no_figure_text(ranking, window, mine.valid_laps) if mine is not None else _("no lap")
        return _("Submitted: not ranked yet ({what}).").format(what=what)
    figure = mine.fastest_average_ms if ranking is Ranking.BEST_AVERAGE else mine.fastest_lap_ms
    return _("Submitted: rank {rank} of {n}, best {best}").format(
        rank=mine.rank, n=ranked, best=lap_time_text(figure)
    )


class RacerInfo(NamedTuple):
    """A racer as a board names them."""

    racer_id: str
    username: str
    display_name: str = ""
    country_code: str = ""
    highlight_colour: str = ""


class RacerResult(NamedTuple):
    """Everything a board shows of one racer but the rank; made again only when the racer changes."""

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


class LeaderboardRow(NamedTuple):
    """One racer's line on a board: the rank and the racer's result (read through as the row's own)."""

    rank: int | None
    result: RacerResult

    @property
    def racer_id(self) -> str:
        return self.result.racer_id

    @property
    def username(self) -> str:
        return self.result.username

    @property
    def display_name(self) -> str:
        return self.result.display_name

    @property
    def country_code(self) -> str:
        return self.result.country_code

    @property
    def highlight_colour(self) -> str:
        return self.result.highlight_colour

    @property
    def fastest_lap_ms(self) -> int | None:
        return self.result.fastest_lap_ms

    @property
    def fastest_average_ms(self) -> float | None:
        return self.result.fastest_average_ms

    @property
    def valid_laps(self) -> int:
        return self.result.valid_laps

    @property
    def invalid_laps(self) -> int:
        return self.result.invalid_laps

    @property
    def runs(self) -> int:
        return self.result.runs

    @property
    def raced_by_proxy(self) -> bool:
        return self.result.raced_by_proxy

    @property
    def total_resets(self) -> int:
        return self.result.total_resets

    def to_json(self) -> dict[str, Any]:
        return {"rank": self.rank, **self.result._asdict()}


_row = partial(tuple.__new__, LeaderboardRow)  # a row from a (rank, result) pair, made in C
_key = itemgetter(0)


def _tied_ranks(order: list[tuple[SortKey, str]]) -> Iterator[int]:
    """The ranks of ``order`` where neighbours with equal keys share the first one's rank."""
    rank, previous = 0, None
    for position, (key, _racer_id) in enumerate(order, 1):
        if key != previous:
            rank, previous = position, key
        yield rank


class BoardRows(Sequence[LeaderboardRow]):
    """A board's rows as they were when asked for: the racers' results in rank order and their ranks.

    A rank is a position (or, where keys tie, the first tied position), so the board keeps results in
    order and no ranks at all: a new leader who moves 2,000 racers down one place costs the board two
    list moves, not 2,000 new rows. A row is made when it is read, by the reader that reads it.
    """

    __slots__ = ("_order", "_ranked", "_results")

    def __init__(
        self, results: list[RacerResult], ranked: int, order: list[tuple[SortKey, str]] | None = None
    ) -> None:
        """``results``: the ranked racers' results best first, then the unranked; ``order``: the ranked
        racers' sort keys when some tie (else ranks are positions)."""
        self._results = results
        self._ranked = ranked
        self._order = order

    def __len__(self) -> int:
        return len(self._results)

    def ranks(self) -> Iterator[int | None]:
        ranked: Iterable[int] = (
            range(1, self._ranked + 1) if self._order is None else _tied_ranks(self._order)
        )
        return chain(ranked, repeat(None, len(self._results) - self._ranked))

    def rank_at(self, index: int) -> int | None:
        if index >= self._ranked:
            return None
        order = self._order
        if order is None:
            return index + 1
        key = order[index][0]
        while index and order[index - 1][0] == key:
            index -= 1
        return index + 1

    @overload
    def __getitem__(self, index: int) -> LeaderboardRow: ...

    @overload
    def __getitem__(self, index: slice) -> list[LeaderboardRow]: ...

    def __getitem__(self, index: int | slice) -> LeaderboardRow | list[LeaderboardRow]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self._results)))]
        if index < 0:
            index += len(self._results)
        result = self._results[index]  # raises IndexError past the end
        return _row((self.rank_at(index), result))

    def __iter__(self) -> Iterator[LeaderboardRow]:
        return map(_row, zip(self.ranks(), self._results, strict=True))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # a sequence compared by value is not hashable (as a list)

    def __repr__(self) -> str:
        return f"BoardRows({list(self)!r})"


@dataclass(slots=True)
class _RacerEntry:
    runs: dict[str, RunLaps]
    standing: Standing
    totals: RacerTotals
    result: RacerResult


class Leaderboard:
    def __init__(self, ranking: Ranking, window: int, racers: dict[str, RacerInfo]) -> None:
        self.ranking = ranking
        self.window = window
        self._racers = dict(racers)
        self._entries: dict[str, _RacerEntry] = {}
        self._order: list[tuple[SortKey, str]] = []  # ranked racers, best first
        self._ranked_results: list[RacerResult] | None = None  # aligned with _order once built
        self._ties = 0  # neighbours in _order with equal keys (shared ranks)
        self._unranked: list[RacerResult] | None = None  # racers with laps but no figure, by name
        self._rows: BoardRows | None = None

    @classmethod
    def build(
        cls, ranking: Ranking, window: int, racers: dict[str, RacerInfo], runs: Iterable[RunLaps]
    ) -> Leaderboard:
        board = cls(ranking, window, racers)
        by_racer: dict[str, dict[str, RunLaps]] = {}
        for run in runs:
            by_racer.setdefault(run.racer_id, {})[run.run_id] = run
        entries = board._entries
        for racer_id, racer_runs in by_racer.items():
            entries[racer_id] = board._entry(racer_id, racer_runs)
        order = board._order = sorted(
            (e.standing.key, rid) for rid, e in entries.items() if e.standing.ranked
        )
        keys = list(map(_key, order))
        board._ties = sum(map(eq, keys, keys[1:]))
        return board

    def _entry(self, racer_id: str, runs: dict[str, RunLaps]) -> _RacerEntry:
        standing, totals = summarise(racer_id, list(runs.values()), self.ranking, self.window)
        return _RacerEntry(runs, standing, totals, self._result_of(racer_id, len(runs), totals))

    def update_racer(self, racer: RacerInfo) -> None:
        self._racers[racer.racer_id] = racer
        entry = self._entries.get(racer.racer_id)
        if entry is None:
            return
        entry.result = self._result_of(racer.racer_id, len(entry.runs), entry.totals)
        position = self._position(racer.racer_id, entry.standing)
        if position is None:
            self._unranked = None  # a new name may sort elsewhere
        elif self._ranked_results is not None:
            self._ranked_results[position] = entry.result
        self._rows = None

    def set_run(self, run: RunLaps) -> None:
        """Adds or replaces one run's laps (a new lap, an edit, a validity toggle)."""
        entry = self._entries.get(run.racer_id)
        runs = dict(entry.runs) if entry is not None else {}
        runs[run.run_id] = run
        self._replace(run.racer_id, entry, runs)

    def add_lap(self, run_id: str, racer_id: str, order: str, lap: LapTuple, proxy: bool = False) -> None:
        entry = self._entries.get(racer_id)
        existing = entry.runs.get(run_id) if entry else None
        if existing is None:
            self.set_run(RunLaps(run_id, racer_id, order, (lap,), proxy))
        else:
            self.set_run(existing._replace(laps=(*existing.laps, lap)))

    def remove_run(self, run_id: str, racer_id: str) -> None:
        entry = self._entries.get(racer_id)
        if entry is None or run_id not in entry.runs:
            return
        runs = {k: v for k, v in entry.runs.items() if k != run_id}
        self._replace(racer_id, entry, runs)

    def _replace(self, racer_id: str, old: _RacerEntry | None, runs: dict[str, RunLaps]) -> None:
        """The racer's entry made again from ``runs`` (none left: the racer leaves the board) and moved
        in the order: everyone between where it was and where it goes moves one place, with no work."""
        if old is not None:
            self._unplace(racer_id, old.standing)
            if not old.standing.ranked:
                self._unranked = None
        self._rows = None
        if not runs:
            del self._entries[racer_id]
            return
        entry = self._entries[racer_id] = self._entry(racer_id, runs)
        if entry.standing.ranked:
            self._place(racer_id, entry)
        else:
            self._unranked = None

    def _position(self, racer_id: str, standing: Standing) -> int | None:
        if standing.ranked:
            i = bisect_left(self._order, (standing.key, racer_id))
            if i < len(self._order) and self._order[i][1] == racer_id:
                return i
        return None

    def _place(self, racer_id: str, entry: _RacerEntry) -> None:
        order = self._order
        item = (entry.standing.key, racer_id)
        i = bisect_left(order, item)
        self._ties -= self._tied(i - 1, i)  # the neighbours it comes between are neighbours no more
        order.insert(i, item)
        self._ties += self._tied(i - 1, i) + self._tied(i, i + 1)
        if self._ranked_results is not None:
            self._ranked_results.insert(i, entry.result)

    def _unplace(self, racer_id: str, standing: Standing) -> None:
        i = self._position(racer_id, standing)
        if i is not None:
            self._ties -= self._tied(i - 1, i) + self._tied(i, i + 1)
            del self._order[i]
            self._ties += self._tied(i - 1, i)
            if self._ranked_results is not None:
                del self._ranked_results[i]

    def _tied(self, a: int, b: int) -> int:
        order = self._order
        return int(a >= 0 and b < len(order) and order[a][0] == order[b][0])

    def runs_of(self, racer_id: str) -> list[RunLaps]:
        entry = self._entries.get(racer_id)
        return list(entry.runs.values()) if entry else []

    def without_run(self, run_id: str) -> Leaderboard:
        """A new board of the same runs less one (the standings as they were before that run)."""
        runs = [r for e in self._entries.values() for r in e.runs.values() if r.run_id != run_id]
        return Leaderboard.build(self.ranking, self.window, self._racers, runs)

    def rows(self) -> BoardRows:
        """The rows now: a snapshot the board's later changes do not touch (safe to hand to any thread)."""
        if self._rows is None:
            if self._unranked is None:
                unranked = sorted(
                    (rid for rid, e in self._entries.items() if not e.standing.ranked),
                    key=lambda rid: self._info(rid).username.casefold(),
                )
                self._unranked = [self._entries[rid].result for rid in unranked]
            if self._ranked_results is None:
                self._ranked_results = [self._entries[racer_id].result for _key, racer_id in self._order]
            ranked = self._ranked_results
            self._rows = BoardRows(
                ranked + self._unranked, len(ranked), self._order[:] if self._ties else None
            )
        return self._rows

    def _info(self, racer_id: str) -> RacerInfo:
        return self._racers.get(racer_id) or RacerInfo(racer_id, racer_id)

    def _result_of(self, racer_id: str, runs: int, totals: RacerTotals) -> RacerResult:
        info = self._info(racer_id)
        best_sum = totals.best_window_sum
        return RacerResult(
            racer_id,
            info.username,
            info.display_name or info.username,
            info.country_code,
            info.highlight_colour,
            totals.fastest_lap_ms,
            round(best_sum / self.window, 3) if best_sum is not None else None,
            totals.valid_laps,
            totals.total_laps - totals.valid_laps,
            runs,
            totals.raced_by_proxy,
            totals.total_resets,
        )
