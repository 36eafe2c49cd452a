"""A JSON dump of an event's results: the event, its tracks, its racers, every counted run with its laps,
and each leaderboard with the racers' statistics. Meant for scripts and web pages (README documents it);
it carries no e-mail addresses.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from drem_desktop.sync.csv_export import iso_utc, submitted_at
from drem_desktop.sync.results import EventResults, cloud_race_id, cloud_user_id

FORMAT = "drem-desktop-results"
VERSION = 1


def dump(results: EventResults) -> dict[str, Any]:
    e = results.event
    racer_ids = {r.racer_id for r in results.runs}
    racers = sorted(
        (results.racers[i] for i in racer_ids if i in results.racers), key=lambda r: r.username.casefold()
    )
    return {
        "format": FORMAT,
        "version": VERSION,
        "generated_at": iso_utc(results.generated_at),
        "event": {
            "id": e.event_id,
            "cloud_id": e.cloud_id,
            "name": e.name,
            "date": e.event_date,
            "type": e.type_of_event,
            "country_code": e.country_code,
            "sponsor": e.sponsor,
            "race_config": e.config.to_dict(),
        },
        "tracks": [
            {
                "id": t.track_id,
                "number": t.number,
                "name": t.label,
                "leaderboard_title": t.leaderboard_title,
                "leaderboard_footer": t.leaderboard_footer,
            }
            for t in e.tracks
        ],
        "racers": [
            {
                "id": r.racer_id,
                "user_id": cloud_user_id(r),
                "username": r.username,
                "display_name": r.shown_name,
                "country_code": r.country_code,
                "highlight_colour": r.highlight_colour,
            }
            for r in racers
        ],
        "runs": [
            {
                "id": run.run_id,
                "race_id": cloud_race_id(run),
                "track": results.track_number(run.track_id),
                "racer_id": run.racer_id,
                "state": run.state,
                "raced_by_proxy": run.raced_by_proxy,
                "car_name": run.car_name,
                "started_at": iso_utc(run.started_at) or None,
                "submitted_at": iso_utc(submitted_at(run)) or None,
                "laps": [
                    {
                        "lap": lap.index + 1,
                        "time_ms": lap.time_ms,
                        "resets": lap.resets,
                        "valid": lap.valid,
                        "source": lap.source,
                    }
                    for lap in run.laps
                    if not lap.deleted
                ],
            }
            for run in results.runs
        ],
        "leaderboards": {
            board.key: {
                "title": board.title,
                "ranking": e.config.ranking.value,
                "rows": [
                    {
                        **row.to_json(),
                        "mean_valid_ms": _stat(board.stats, row.racer_id, "mean_valid_ms"),
                        "completion_ratio": _stat(board.stats, row.racer_id, "completion_ratio"),
                        "most_consecutive_valid": _stat(board.stats, row.racer_id, "most_consecutive_valid"),
                    }
                    for row in board.rows
                ],
            }
            for board in results.boards
        },
    }


def _stat(stats: dict[str, Any], racer_id: str, name: str) -> Any:
    s = stats.get(racer_id)
    return getattr(s, name) if s is not None else None


def write_json(results: EventResults, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    with partial.open("w", encoding="utf-8") as f:
        json.dump(dump(results), f, ensure_ascii=False, indent=1)
        f.write("\n")
    partial.replace(path)
    return path
