"""Leaderboard ranking with the tie-breaks the cloud manager lacks.

Order: the primary figure (fastest valid lap, or fastest average of X consecutive valid laps); on a tie the
racers' next best figures, then the one after, and so on (a racer with no further figure ranks behind one who
has); still equal, whoever set the primary figure first; rows equal in every respect share a rank. Racers
with laps but no figure are listed after the ranked ones with no rank.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from drem_desktop.domain.race_config import Ranking

_NO_MORE = float("inf")


class LapFigure(NamedTuple):
    """A lap as ranking sees it: (time ms, resets, valid).

    Ranking reads laps by position (``TIME``, ``RESETS``, ``VALID``), so plain tuples straight from the
    database work as well; a cold leaderboard build reads 100,000 of them.
    """

    time_ms: int
    resets: int
    valid: bool


TIME, RESETS, VALID = 0, 1, 2
LapTuple = tuple[int, int, bool] | LapFigure


@dataclass(frozen=True, slots=True)
class RunLaps:
    """A run's laps in order, with what ranking needs to know about the run."""

    run_id: str
    racer_id: str
    order: str  # sortable: when the run started (ISO UTC), ties broken by run id
    laps: tuple[LapTuple, ...]
    raced_by_proxy: bool = False
    track: str = ""


def window_sums(laps: Sequence[LapTuple], window: int) -> list[int]:
    """Sums of every ``window`` consecutive laps of one run in which every lap is valid."""
    sums: list[int] = []
    run_valid = 0
    total = 0
    for i, lap in enumerate(laps):
        run_valid = run_valid + 1 if lap[VALID] else 0
        total += lap[TIME]
        if i >= window:
            total -= laps[i - window][TIME]
        if run_valid >= window:
            sums.append(total)
    return sums


SortKey = tuple[tuple[float, ...], str]


@dataclass(frozen=True, slots=True)
class Standing:
    """One racer's ranking key for one format; ``figures`` best first (ms, or window sums)."""

    racer_id: str
    figures: tuple[int, ...]
    first_set: str  # order of the run that first set the primary figure
    primary_by_proxy: bool
    key: SortKey = ((), "")

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", ((*self.figures, _NO_MORE), self.first_set))

    @property
    def ranked(self) -> bool:
        return bool(self.figures)

    def sort_key(self) -> SortKey:
        return self.key


def run_figures(run: RunLaps, ranking: Ranking, window: int) -> list[int]:
    if ranking is Ranking.BEST_LAP:
        return [lap[TIME] for lap in run.laps if lap[VALID]]
    return window_sums(run.laps, window)


def standing_for(racer_id: str, runs: Iterable[RunLaps], ranking: Ranking, window: int) -> Standing:
    per_run = [(run, run_figures(run, ranking, window)) for run in runs]
    figures = sorted(f for _run, fs in per_run for f in fs)
    if not figures:
        return Standing(racer_id, (), "", False)
    best = figures[0]
    first = min((run for run, fs in per_run if best in fs), key=lambda run: run.order)
    return Standing(racer_id, tuple(figures), first.order, first.raced_by_proxy)


def competition_ranks(keys: Iterable[SortKey]) -> list[int]:
    """Ranks for keys already in order: equal keys share a rank, the next rank skips (1, 1, 3)."""
    ranks: list[int] = []
    prev: SortKey | None = None
    current = 0
    for position, key in enumerate(keys, start=1):
        if key != prev:
            current = position
        ranks.append(current)
        prev = key
    return ranks


def rank(standings: Iterable[Standing]) -> list[tuple[int | None, Standing]]:
    """Competition ranking (1, 1, 3) of the standings that have a figure."""
    ranked = sorted((s for s in standings if s.ranked), key=Standing.sort_key)
    return list(zip(competition_ranks(s.key for s in ranked), ranked, strict=True))
