"""The lap CSV and the summary CSV, with exactly the cloud manager's columns (its race admin export).

UTF-8 with a byte-order mark, so spreadsheet programs open accents and non-Latin names correctly; booleans
as ``true``/``false`` and seconds with three decimals as the cloud manager writes them. A run with no laps
still gets one line (empty lap columns), as there.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from drem_desktop.domain.leaderboard import COMBINED
from drem_desktop.domain.records import RunRecord
from drem_desktop.sync.results import EventResults, cloud_race_id, cloud_user_id

LAP_COLUMNS = (
    "Race ID",
    "Username",
    "User ID",
    "Track",
    "Raced By Proxy",
    "Race Date",
    "Lap #",
    "Lap Time (ms)",
    "Lap Time (s)",
    "Resets",
    "Valid",
)
SUMMARY_COLUMNS = (
    "Username",
    "User ID",
    "Track",
    "Races",
    "Total Laps",
    "Valid Laps",
    "Invalid Laps",
    "Fastest Lap (ms)",
    "Fastest Lap (s)",
    "Avg Lap (ms)",
    "Avg Lap (s)",
    "Total Resets",
    "Completion Ratio (%)",
)
ENCODING = "utf-8-sig"


def iso_utc(moment: datetime | None) -> str:
    """``2026-05-02T10:04:00.123Z``: the form the cloud manager stores ``createdAt`` in."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def submitted_at(run: RunRecord) -> datetime | None:
    """When the run was over and handed in (the cloud's ``createdAt``); its creation if it never ended."""
    return run.ended_at or run.created_at


def _bool(value: bool) -> str:
    return "true" if value else "false"


def _secs(ms: float | None) -> str:
    return "" if ms is None else f"{ms / 1000:.3f}"


def lap_rows(results: EventResults, track: str = COMBINED) -> Iterator[list[str]]:
    track_id = None
    if track != COMBINED:
        found = [t.track_id for t in results.event.tracks if str(t.number) == str(track)]
        if not found:
            raise KeyError(f"no track {track!r}")
        track_id = found[0]
    for run in results.runs:
        if track_id is not None and run.track_id != track_id:
            continue
        racer = results.racers.get(run.racer_id)
        username = racer.username if racer else run.racer_id
        user_id = cloud_user_id(racer) if racer else run.racer_id
        head = [
            cloud_race_id(run),
            username,
            user_id,
            str(results.track_number(run.track_id)),
            _bool(run.raced_by_proxy),
            iso_utc(submitted_at(run)),
        ]
        laps = [lap for lap in run.laps if not lap.deleted]
        if not laps:
            yield [*head, "", "", "", "", ""]
        for lap in laps:
            yield [
                *head,
                str(lap.index + 1),
                str(lap.time_ms),
                _secs(lap.time_ms),
                str(lap.resets),
                _bool(lap.valid),
            ]


def summary_rows(results: EventResults, track: str = COMBINED) -> Iterator[list[str]]:
    board = results.board(track)
    for row in board.rows:
        stats = board.stats.get(row.racer_id)
        racer = results.racers.get(row.racer_id)
        user_id = cloud_user_id(racer) if racer else row.racer_id
        mean = stats.mean_valid_ms if stats else None
        ratio = stats.completion_ratio if stats else None
        yield [
            row.username,
            user_id,
            board.key,
            str(row.runs),
            str(row.valid_laps + row.invalid_laps),
            str(row.valid_laps),
            str(row.invalid_laps),
            "" if row.fastest_lap_ms is None else str(row.fastest_lap_ms),
            _secs(row.fastest_lap_ms),
            "" if mean is None else f"{mean:.1f}",
            _secs(mean),
            str(row.total_resets),
            "" if ratio is None else f"{ratio * 100:.1f}",
        ]


def write_csv(path: Path, columns: tuple[str, ...], rows: Iterable[Sequence[Any]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    with partial.open("w", encoding=ENCODING, newline="") as f:
        writer = csv.writer(f)
        writer.writerow(columns)
        writer.writerows(rows)
    partial.replace(path)
    return path


def write_laps(results: EventResults, path: Path, track: str = COMBINED) -> Path:
    return write_csv(path, LAP_COLUMNS, lap_rows(results, track))


def write_summary(results: EventResults, path: Path, track: str = COMBINED) -> Path:
    return write_csv(path, SUMMARY_COLUMNS, summary_rows(results, track))
