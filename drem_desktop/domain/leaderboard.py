"""A live leaderboard for one track (or all tracks combined) of one event.

Built once from every run, then kept current lap by lap: a change touches one racer's standing and the
order is re-derived only when someone asks for rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from typing import Any

from drem_desktop.domain.race_config import Ranking
from drem_desktop.domain.ranking import LapFigure, RunLaps, Standing, rank, standing_for, window_sums

COMBINED = "combined"


@dataclass(frozen=True, slots=True)
class RacerInfo:
    racer_id: str
    username: str
    display_name: str = ""
    country_code: str = ""
    highlight_colour: str = ""


@dataclass(frozen=True, slots=True)
class LeaderboardRow:
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
        return asdict(self)


@dataclass(slots=True)
class _RacerEntry:
    runs: dict[str, RunLaps]
    standing: Standing
    row: LeaderboardRow | None = None


class Leaderboard:
    def __init__(self, ranking: Ranking, window: int, racers: dict[str, RacerInfo]) -> None:
        self.ranking = ranking
        self.window = window
        self._racers = dict(racers)
        self._entries: dict[str, _RacerEntry] = {}
        self._rows: list[LeaderboardRow] | None = None

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
        return board

    def _standing(self, racer_id: str, runs: dict[str, RunLaps]) -> Standing:
        return standing_for(racer_id, runs.values(), self.ranking, self.window)

    def update_racer(self, racer: RacerInfo) -> None:
        self._racers[racer.racer_id] = racer
        entry = self._entries.get(racer.racer_id)
        if entry is not None:
            entry.row = None
            self._rows = None

    def set_run(self, run: RunLaps) -> None:
        """Adds or replaces one run's laps (a new lap, an edit, a validity toggle)."""
        entry = self._entries.get(run.racer_id)
        if entry is None:
            entry = self._entries[run.racer_id] = _RacerEntry({}, Standing(run.racer_id, (), "", False))
        entry.runs[run.run_id] = run
        self._refresh(run.racer_id, entry)

    def add_lap(self, run_id: str, racer_id: str, order: str, lap: LapFigure, proxy: bool = False) -> None:
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
            del self._entries[racer_id]
            self._rows = None
        else:
            self._refresh(racer_id, entry)

    def _refresh(self, racer_id: str, entry: _RacerEntry) -> None:
        entry.standing = self._standing(racer_id, entry.runs)
        entry.row = None
        self._rows = None

    def runs_of(self, racer_id: str) -> list[RunLaps]:
        entry = self._entries.get(racer_id)
        return list(entry.runs.values()) if entry else []

    def rows(self) -> list[LeaderboardRow]:
        if self._rows is None:
            ranked = rank(e.standing for e in self._entries.values())
            rows = [self._row(s.racer_id, r) for r, s in ranked]
            unranked = sorted(
                (rid for rid, e in self._entries.items() if not e.standing.ranked),
                key=lambda rid: self._info(rid).username.casefold(),
            )
            rows.extend(self._row(rid, None) for rid in unranked)
            self._rows = rows
        return self._rows

    def _info(self, racer_id: str) -> RacerInfo:
        return self._racers.get(racer_id) or RacerInfo(racer_id, racer_id)

    def _row(self, racer_id: str, position: int | None) -> LeaderboardRow:
        entry = self._entries[racer_id]
        if entry.row is not None and entry.row.rank == position:
            return entry.row
        info = self._info(racer_id)
        laps = [lap for run in entry.runs.values() for lap in run.laps]
        valid = [lap.time_ms for lap in laps if lap.valid]
        if self.ranking is Ranking.BEST_AVERAGE:
            fastest_avg = entry.standing.figures[0] / self.window if entry.standing.figures else None
        else:
            sums = [s for run in entry.runs.values() for s in window_sums(run.laps, self.window)]
            fastest_avg = min(sums) / self.window if sums else None
        proxy = (
            entry.standing.primary_by_proxy
            if entry.standing.ranked
            else any(run.raced_by_proxy for run in entry.runs.values())
        )
        entry.row = LeaderboardRow(
            rank=position,
            racer_id=racer_id,
            username=info.username,
            display_name=info.display_name or info.username,
            country_code=info.country_code,
            highlight_colour=info.highlight_colour,
            fastest_lap_ms=min(valid) if valid else None,
            fastest_average_ms=round(fastest_avg, 3) if fastest_avg is not None else None,
            valid_laps=len(valid),
            invalid_laps=len(laps) - len(valid),
            runs=len(entry.runs),
            raced_by_proxy=proxy,
            total_resets=sum(lap.resets for lap in laps),
        )
        return entry.row
