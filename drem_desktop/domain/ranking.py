"""Leaderboard ranking with the tie-breaks the cloud manager lacks.

Order: the primary figure (fastest valid lap, or fastest average of X consecutive valid laps); on a tie the
racers' next best figures, then the one after, and so on (a racer with no further figure ranks behind one who
has); still equal, whoever set the primary figure first; rows equal in every respect share a rank. Racers
with laps but no figure are listed after the ranked ones with no rank.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from itertools import accumulate, chain, compress, repeat
from operator import add, itemgetter, sub
from typing import NamedTuple

from drem_desktop.domain.race_config import Ranking

_NO_MORE = float("inf")


class LapFigure(NamedTuple):
    """A lap as ranking sees it: (time ms, resets, valid).

    Ranking reads laps by position (``TIME``, ``RESETS``, ``VALID``), so rows straight from the database
    work as well, even with more fields after these three (a cold leaderboard build reads 100,000 of them
    and keeps them as read).
    """

    time_ms: int
    resets: int
    valid: bool


TIME, RESETS, VALID = 0, 1, 2
LapTuple = tuple[int, int, bool] | tuple[int, int, bool, int] | LapFigure

_OUT = 1 << 40  # heavier than any window of real laps (35 years): a window holding it is not counted
_PENALTY = (_OUT, 0)  # what a lap weighs on top of its time, by its validity
_RUN_END = ((0, 0, False),)  # an invalid lap between runs: no window of valid laps spans two runs
_LAPS = itemgetter(3)  # of a RunLaps


class RunLaps(NamedTuple):
    """A run's laps in order, with what ranking needs to know about the run (a tuple: a cold build makes
    10,000 of them)."""

    run_id: str
    racer_id: str
    order: str  # sortable: when the run started (ISO UTC), ties broken by run id
    laps: tuple[LapTuple, ...]
    raced_by_proxy: bool = False
    track: str = ""


def window_sums(laps: Sequence[LapTuple], window: int) -> list[int]:
    """Sums of every ``window`` consecutive laps of one run in which every lap is valid, in lap order."""
    times, _resets, valids = _columns(laps)
    return [s for s in _windows(times, valids, window) if s < _OUT]


def _columns(laps: Sequence[LapTuple]) -> tuple[Sequence[int], Sequence[int], Sequence[bool]]:
    """Lap times, resets and validity, each in lap order (one transposition in C)."""
    if not laps:
        return (), (), ()
    times, resets, valids, *_rowid = zip(*laps, strict=False)
    return times, resets, valids


def _windows(times: Sequence[int], valids: Sequence[bool], window: int) -> Iterator[int]:
    """The sum of every ``window`` consecutive laps, each invalid lap weighing ``_OUT`` (a sum of ``_OUT``
    or more holds one): prefix sums, builtins only, as a cold build does this over 100,000 laps."""
    if window < 1 or len(times) < window:
        return iter(())
    prefix = list(accumulate(map(add, times, map(_PENALTY.__getitem__, valids)), initial=0))
    return map(sub, prefix[window:], prefix[:-window])


# (the primary figure, every figure best first then "no more", the order of the run that set the first):
# the primary figure in front only makes comparing two keys cheap, it decides alone nearly always
SortKey = tuple[float, tuple[float, ...], str]


class Standing(NamedTuple):
    """One racer's ranking key for one format; ``figures`` best first (ms, or window sums)."""

    racer_id: str
    figures: tuple[int, ...]
    first_set: str  # order of the run that first set the primary figure
    primary_by_proxy: bool
    key: SortKey

    @classmethod
    def of(cls, racer_id: str, figures: tuple[int, ...], first_set: str, primary_by_proxy: bool) -> Standing:
        primary = figures[0] if figures else _NO_MORE
        return cls(racer_id, figures, first_set, primary_by_proxy, (primary, (*figures, _NO_MORE), first_set))

    @property
    def ranked(self) -> bool:
        return bool(self.figures)


class RacerTotals(NamedTuple):
    """What a leaderboard row shows of one racer's laps besides the rank."""

    fastest_lap_ms: int | None
    best_window_sum: int | None  # the fastest sum of ``window`` consecutive valid laps of one run
    valid_laps: int
    total_laps: int
    total_resets: int
    raced_by_proxy: bool  # of the run that set the primary figure; when unranked, of any run


def summarise(
    racer_id: str, runs: Sequence[RunLaps], ranking: Ranking, window: int
) -> tuple[Standing, RacerTotals]:
    """One racer's standing and totals from all their runs.

    A cold build does this for 2,000 racers and 100,000 laps, so the per-lap work is done by builtins
    over the racer's laps laid end to end, an invalid lap between runs (no window spans two runs).
    """
    laps = list(chain.from_iterable(chain.from_iterable(zip(map(_LAPS, runs), repeat(_RUN_END)))))
    times, resets, valids = _columns(laps)
    valid_times = list(compress(times, valids))
    total, valid = len(times) - len(runs), len(valid_times)
    sums: list[int] = []
    if ranking is Ranking.BEST_LAP:
        valid_times.sort()
        figures = valid_times
        fastest = figures[0] if figures else None
        best_sum = _best_window(times, valids, window)
    else:
        sums = list(_windows(times, valids, window))
        figures = sorted(sums)
        del figures[bisect_left(figures, _OUT) :]
        best_sum = figures[0] if figures else None
        fastest = min(valid_times, default=None)
    if not figures:
        proxy = any(run.raced_by_proxy for run in runs)
        return Standing.of(racer_id, (), "", False), RacerTotals(
            fastest, best_sum, valid, total, sum(resets), proxy
        )
    best = figures[0]
    values = times if ranking is Ranking.BEST_LAP else sums
    if values.count(best) == 1:  # nearly always: the run that holds it is the one
        found = [values.index(best)]
    else:
        found = [at for at in _positions(values, best) if ranking is Ranking.BEST_AVERAGE or valids[at]]
    first = _earliest_run_holding(found, runs)
    standing = Standing.of(racer_id, tuple(figures), first.order, first.raced_by_proxy)
    return standing, RacerTotals(fastest, best_sum, valid, total, sum(resets), first.raced_by_proxy)


def _best_window(times: Sequence[int], valids: Sequence[bool], window: int) -> int | None:
    """The fastest sum of ``window`` consecutive valid laps (by prefix sums; the validity count stays a
    small int, which Python does not allocate)."""
    if window < 1 or len(times) < window:
        return None
    t = list(accumulate(times, initial=0))
    v = list(accumulate(valids, initial=0))
    full = map(window.__eq__, map(sub, v[window:], v[:-window]))
    return min(compress(map(sub, t[window:], t[:-window]), full), default=None)


def _earliest_run_holding(positions: list[int], runs: Sequence[RunLaps]) -> RunLaps:
    """Of the runs holding one of ``positions`` of their laps laid end to end (a gap after each), the
    earliest by order, the first of equals."""
    first: RunLaps | None = None
    end = 0
    for run in runs:
        start, end = end, end + len(run.laps) + 1
        if first is not None and run.order >= first.order:
            continue
        for at in positions:
            if start <= at < end:
                first = run
                break
    assert first is not None
    return first


def _positions(values: Sequence[int], value: int) -> list[int]:
    """Where ``value`` is in ``values`` (one search in C per hit)."""
    found = [values.index(value)]
    for _ in range(values.count(value) - 1):
        found.append(values.index(value, found[-1] + 1))
    return found
