"""An event's results as every export reads them: one snapshot, taken once, from the same services the
leaderboard uses, so a CSV, a PDF and the screen can never disagree.

The runs counted are the leaderboard's: not discarded, not deleted (laps deleted in race admin are left
out). Boards are ranked by the event's own ranking method.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from drem_desktop.domain.leaderboard import COMBINED, LeaderboardRow
from drem_desktop.domain.race_config import Ranking
from drem_desktop.domain.ranking import LapFigure, RunLaps
from drem_desktop.domain.records import EventInfo, RacerRecord, RunRecord, TrackInfo
from drem_desktop.domain.run import RunState
from drem_desktop.domain.stats import RacerStats, racer_stats

USER_NAMESPACE = uuid.UUID("8f3c1f0e-7a5d-4c39-9d0b-2c61c1a4e7b3")


def cloud_user_id(racer: RacerRecord) -> str:
    """The cloud user id: the racer's own sub if they came from the cloud, else stable from our UUID."""
    return racer.cloud_id or str(uuid.uuid5(USER_NAMESPACE, racer.racer_id))


def cloud_race_id(run: RunRecord) -> str:
    return run.cloud_id or run.run_id


class ResultsSource(Protocol):
    """What gathering needs from the app: the leaderboard service and the stores behind it."""

    def event(self, event_id: str) -> EventInfo: ...
    def racers(self) -> dict[str, RacerRecord]: ...
    def runs(self, event_id: str) -> list[RunRecord]: ...
    def board_rows(self, event_id: str, track: str, ranking: Ranking) -> list[LeaderboardRow]: ...


@dataclass(frozen=True, slots=True)
class BoardResults:
    """One leaderboard (a track or combined) with each listed racer's statistics on it."""

    key: str  # the track number as text, or "combined"
    title: str
    track: TrackInfo | None
    rows: list[LeaderboardRow]
    stats: dict[str, RacerStats]

    @property
    def ranked(self) -> list[LeaderboardRow]:
        return [r for r in self.rows if r.rank is not None]


@dataclass(slots=True)
class EventResults:
    """The snapshot. Boards are ranked on first use: a lap CSV needs none, a PDF needs them all."""

    event: EventInfo
    racers: dict[str, RacerRecord]
    runs: list[RunRecord]  # counted runs, oldest first
    make_boards: Callable[[], list[BoardResults]]
    generated_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    _boards: list[BoardResults] | None = None

    @property
    def boards(self) -> list[BoardResults]:
        """Each track in number order, then combined."""
        if self._boards is None:
            self._boards = self.make_boards()
        return self._boards

    def board_keys(self) -> list[str]:
        return [str(t.number) for t in self.event.tracks] + [COMBINED]

    def board(self, key: str) -> BoardResults:
        if str(key) not in self.board_keys():
            raise KeyError(f"no board {key!r} (boards: {', '.join(self.board_keys())})")
        return next(b for b in self.boards if b.key == str(key))

    def track_number(self, track_id: str) -> int:
        for t in self.event.tracks:
            if t.track_id == track_id:
                return t.number
        return 0


def counted(run: RunRecord) -> bool:
    return not run.deleted and run.state != RunState.DISCARDED.value


def run_laps(run: RunRecord) -> RunLaps:
    laps = tuple(LapFigure(lap.time_ms, lap.resets, lap.valid) for lap in run.laps if not lap.deleted)
    return RunLaps(run.run_id, run.racer_id, "", laps, run.raced_by_proxy, run.track_id)


def gather(source: ResultsSource, event_id: str) -> EventResults:
    event = source.event(event_id)
    racers = source.racers()
    runs = [r for r in source.runs(event_id) if counted(r)]
    runs.sort(key=lambda r: (r.created_at or datetime.min.replace(tzinfo=UTC), r.run_id))

    def make_boards() -> list[BoardResults]:
        window = event.config.average_window
        boards: list[BoardResults] = []
        keys: list[tuple[str, TrackInfo | None]] = [(str(t.number), t) for t in event.tracks]
        keys.append((COMBINED, None))
        for key, track in keys:
            rows = source.board_rows(event_id, key, event.config.ranking)
            by_racer: dict[str, list[RunLaps]] = {}
            for r in runs:
                if track is None or r.track_id == track.track_id:
                    by_racer.setdefault(r.racer_id, []).append(run_laps(r))
            stats = {rid: racer_stats(rl, window) for rid, rl in by_racer.items()}
            title = (track.leaderboard_title or track.label) if track is not None else event.name
            boards.append(BoardResults(key, title, track, rows, stats))
        return boards

    return EventResults(event, racers, runs, make_boards)
