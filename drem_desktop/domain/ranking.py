"""Leaderboard ranking with the tie-breaks the cloud manager lacks.

Order: the primary figure (fastest valid lap, or fastest average of X consecutive valid laps); on a tie the
racers' next best figures, then the one after, and so on (a racer with no further figure ranks behind one who
has); still equal, whoever set the primary figure first; rows equal in every respect share a rank. Racers
with laps but no figure are listed after the ranked ones with no rank.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from drem_desktop.domain.race_config import Ranking

_NO_MORE = float("inf")


@dataclass(frozen=True, slots=True)
class LapFigure:
    time_ms: int
    resets: int
    valid: bool


@dataclass(frozen=True, slots=True)
class RunLaps:
    """A run's laps in order, with what ranking needs to know about the run."""

    run_id: str
    racer_id: str
    order: str  # sortable: when the run started (ISO UTC), ties broken by run id
    laps: tuple[LapFigure, ...]
    raced_by_proxy: bool = False
    track: str = ""


def window_sums(laps: Sequence[LapFigure], window: int) -> list[int]:
    """Sums of every ``window`` consecutive laps of one run in which every lap is valid."""
    sums: list[int] = []
    run_valid = 0
    total = 0
    for i, lap in enumerate(laps):
        run_valid = run_valid + 1 if lap.valid else 0
        total += lap.time_ms
        if i >= window:
            total -= laps[i - window].time_ms
        if run_valid >= window:
            sums.append(total)
    return sums


@dataclass(frozen=True, slots=True)
class Standing:
    """One racer's ranking key for one format; ``figures`` best first (ms, or window sums)."""

    racer_id: str
    figures: tuple[int, ...]
    first_set: str  # order of the run that first set the primary figure
    primary_by_proxy: bool

    @property
    def ranked(self) -> bool:
        return bool(self.figures)

    def sort_key(self) -> tuple[tuple[float, ...], str]:
        return ((*self.figures, _NO_MORE), self.first_set)


def standing_for(racer_id: str, runs: Iterable[RunLaps], ranking: Ranking, window: int) -> Standing:
    figures: list[tuple[int, str, bool]] = []
    for run in runs:
        if ranking is Ranking.BEST_LAP:
            figures.extend((lap.time_ms, run.order, run.raced_by_proxy) for lap in run.laps if lap.valid)
        else:
            figures.extend((s, run.order, run.raced_by_proxy) for s in window_sums(run.laps, window))
    if not figures:
        return Standing(racer_id, (), "", False)
    figures.sort()
    best = figures[0]
    return Standing(racer_id, tuple(f[0] for f in figures), best[1], best[2])


def rank(standings: Iterable[Standing]) -> list[tuple[int | None, Standing]]:
    """Competition ranking (1, 1, 3); unranked standings last with ``None``."""
    ranked = sorted((s for s in standings if s.ranked), key=Standing.sort_key)
    out: list[tuple[int | None, Standing]] = []
    prev_key: tuple[tuple[float, ...], str] | None = None
    prev_rank = 0
    for position, standing in enumerate(ranked, start=1):
        key = standing.sort_key()
        current = prev_rank if key == prev_key else position
        out.append((current, standing))
        prev_key, prev_rank = key, current
    return out
