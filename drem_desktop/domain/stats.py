"""Per-racer statistics the commentator and the exports show."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from drem_desktop.domain.ranking import RESETS, TIME, VALID, RunLaps, window_sums


@dataclass(frozen=True, slots=True)
class RacerStats:
    runs: int
    total_laps: int
    valid_laps: int
    invalid_laps: int
    fastest_lap_ms: int | None
    mean_valid_ms: float | None
    fastest_average_ms: float | None
    completion_ratio: float | None  # valid / total, exact (0..1)
    average_laps_per_run: float | None
    most_consecutive_valid: int
    total_resets: int


def racer_stats(runs: Sequence[RunLaps], window: int) -> RacerStats:
    laps = [lap for run in runs for lap in run.laps]
    valid = [lap[TIME] for lap in laps if lap[VALID]]
    sums = [s for run in runs for s in window_sums(run.laps, window)]
    streak_best = 0
    for run in runs:
        streak = 0
        for lap in run.laps:
            streak = streak + 1 if lap[VALID] else 0
            streak_best = max(streak_best, streak)
    return RacerStats(
        runs=len(runs),
        total_laps=len(laps),
        valid_laps=len(valid),
        invalid_laps=len(laps) - len(valid),
        fastest_lap_ms=min(valid) if valid else None,
        mean_valid_ms=sum(valid) / len(valid) if valid else None,
        fastest_average_ms=min(sums) / window if sums else None,
        completion_ratio=len(valid) / len(laps) if laps else None,
        average_laps_per_run=len(laps) / len(runs) if runs else None,
        most_consecutive_valid=streak_best,
        total_resets=sum(lap[RESETS] for lap in laps),
    )
