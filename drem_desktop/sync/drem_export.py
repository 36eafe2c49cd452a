"""Writing an export bundle the cloud manager's ``scripts/drem_import.py`` takes, key by key.

That script reads manifest.json (``exported_at``, ``source_stack``, ``counts``), then writes each file's
items as they are into DynamoDB (events, races, leaderboard, fleets, landing pages, racer profiles) and
recreates users.json's users in Cognito, remapping every ``userId`` by the users' ``sub``. So each item here
is what the cloud's own lambdas store:
- races.json: ``{eventId: [race]}``, a race as ``race_api.addRace`` stores it (sk
  ``TRACK#<trackId>#USER#<userId>#RACE#<raceId>``, ``type`` "race", laps, averageLaps, ``createdAt`` the
  submission time); runs still in progress and runs with no laps are left out, as the cloud never stores them;
- leaderboard.json: one ``leaderboard_config`` item per track (as ``leaderboard_config_evb`` makes them) and
  one ``leaderboard_entry`` per racer and track (as ``leaderboard_entry_evb``: sk ``<trackId>#<userId>``).
  The cloud's leaderboard query sorts entries by ``fastestLapTime``, so racers with no valid lap get no entry;
- raceConfig: ``raceTimeInMin`` an Int (whole minutes), 9999 for unlimited resets and runs,
  ``maxRunsPerRacer`` as a string.
Racers who never had a cloud account get a user id derived from their UUID (stable across exports).
"""

from __future__ import annotations

import json
import math
import shutil
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from drem_desktop.domain.colours import PALETTE
from drem_desktop.domain.race_config import Ranking
from drem_desktop.domain.ranking import window_sums
from drem_desktop.domain.records import RacerRecord, RunRecord
from drem_desktop.domain.run import RunState
from drem_desktop.i18n import _
from drem_desktop.store.export_repo import BundleExtras
from drem_desktop.sync.csv_export import iso_utc, submitted_at
from drem_desktop.sync.results import EventResults, cloud_race_id, cloud_user_id

SOURCE_STACK = "drem-desktop"
UNLIMITED = 9999
RANKING_METHODS = {Ranking.BEST_LAP: "BEST_LAP_TIME", Ranking.BEST_AVERAGE: "BEST_AVERAGE_LAP_TIME_X_LAP"}
FINISHED = (RunState.OVER.value, RunState.SUBMITTED.value)
FILES = (
    "manifest.json",
    "events.json",
    "races.json",
    "leaderboard.json",
    "fleets.json",
    "landing_pages.json",
    "racer_profiles.json",
    "users.json",
)
# Screen palette names that are not tail-light colours, as ui/theme.py shows them.
_EXTRA_HEX = {
    "orange": "#F76808",
    "pink": "#E93D82",
    "teal": "#12A594",
    "orchid": "#800080",
    "skyblue": "#1E90FF",
}


def colour_hex(colour: str) -> str:
    """A highlight colour as the cloud keeps it (#RRGGBB); empty when there is none."""
    if not colour:
        return ""
    if colour.startswith("#"):
        return colour.upper()
    name = colour.lower()
    if name in PALETTE:
        r, g, b = PALETTE[name]
        return f"#{r:02X}{g:02X}{b:02X}"
    return _EXTRA_HEX.get(name, "")


def _avg(value: float) -> float | int:
    rounded = round(value, 3)
    return int(rounded) if float(rounded).is_integer() else rounded


def race_laps(run: RunRecord) -> list[dict[str, Any]]:
    laps = [lap for lap in run.laps if not lap.deleted]
    return [
        {
            "lapId": i,
            "time": lap.time_ms,
            "resets": lap.resets,
            "isValid": lap.valid,
            "autTimerConnected": lap.source == "sensor",
            "carName": run.car_name,
        }
        for i, lap in enumerate(laps)
    ]


def average_laps(laps: list[dict[str, Any]], window: int) -> list[dict[str, Any]]:
    """Every window of consecutive valid laps, as the cloud's timekeeper lists them (exact averages)."""
    figures = [(lap["time"], lap["resets"], lap["isValid"]) for lap in laps]
    out = []
    sums = iter(window_sums(figures, window))
    valid_run = 0
    for i, lap in enumerate(laps):
        valid_run = valid_run + 1 if lap["isValid"] else 0
        if valid_run >= window:
            out.append({"startLapId": i - window + 1, "endLapId": i, "avgTime": _avg(next(sums) / window)})
    return out


def race_item(results: EventResults, run: RunRecord, racer: RacerRecord) -> dict[str, Any]:
    event_id = event_cloud_id(results)
    track = str(results.track_number(run.track_id))
    user_id = cloud_user_id(racer)
    race_id = cloud_race_id(run)
    laps = race_laps(run)
    return {
        "eventId": event_id,
        "sk": f"TRACK#{track}#USER#{user_id}#RACE#{race_id}",
        "type": "race",
        "userId": user_id,
        "raceId": race_id,
        "trackId": track,
        "racedByProxy": run.raced_by_proxy,
        "createdAt": iso_utc(submitted_at(run)),
        "laps": laps,
        "averageLaps": average_laps(laps, results.event.config.average_window),
    }


def event_cloud_id(results: EventResults) -> str:
    return results.event.cloud_id or results.event.event_id


def event_item(results: EventResults, extras: BundleExtras) -> dict[str, Any]:
    e = results.event
    c = e.config
    minutes = 0 if c.race_time_ms is None else max(1, math.ceil(c.race_time_ms / 60_000))
    return {
        "eventId": event_cloud_id(results),
        "eventName": e.name,
        "typeOfEvent": e.type_of_event or "OFFICIAL_TRACK_RACE",
        "eventDate": e.event_date,
        "countryCode": e.country_code,
        "sponsor": e.sponsor,
        "createdAt": iso_utc(extras.event_created.get(e.event_id)),
        "createdBy": "",
        "raceConfig": {
            "raceTimeInMin": minutes,
            "numberOfResetsPerLap": UNLIMITED if c.resets_per_lap is None else c.resets_per_lap,
            "trackType": "OTHER",
            "rankingMethod": RANKING_METHODS[c.ranking],
            "maxRunsPerRacer": str(UNLIMITED if c.max_runs_per_racer is None else c.max_runs_per_racer),
            "averageLapsWindow": c.average_window,
        },
        "tracks": [
            {
                "trackId": str(t.number),
                "fleetId": t.fleet_id,
                "leaderBoardTitle": t.leaderboard_title or e.name,
                "leaderBoardFooter": t.leaderboard_footer,
            }
            for t in e.tracks
        ],
    }


def leaderboard_items(results: EventResults) -> list[dict[str, Any]]:
    e = results.event
    event_id = event_cloud_id(results)
    method = RANKING_METHODS[e.config.ranking]
    items: list[dict[str, Any]] = []
    finished: dict[tuple[str, str], list[RunRecord]] = {}
    for r in results.runs:
        if r.state in FINISHED and any(not lap.deleted for lap in r.laps):
            finished.setdefault((r.racer_id, r.track_id), []).append(r)
    for board in results.boards:
        if board.track is None:
            continue
        track = board.key
        items.append(
            {
                "eventId": event_id,
                "sk": track,
                "trackId": track,
                "rankingMethod": method,
                "type": "leaderboard_config",
                "leaderBoardTitle": board.track.leaderboard_title or e.name,
                "leaderBoardFooter": board.track.leaderboard_footer,
            }
        )
        for row in board.rows:
            stats = board.stats.get(row.racer_id)
            racer = results.racers.get(row.racer_id)
            if row.fastest_lap_ms is None or stats is None or racer is None:
                continue  # the cloud's board sorts by fastestLapTime: an entry without one breaks it
            runs = finished.get((row.racer_id, board.track.track_id), [])
            best = _best_window(results, runs)
            user_id = cloud_user_id(racer)
            items.append(
                {
                    "eventId": event_id,
                    "sk": f"{track}#{user_id}",
                    "type": "leaderboard_entry",
                    "trackId": track,
                    "userId": user_id,
                    "username": racer.username,
                    "countryCode": racer.country_code,
                    "racedByProxy": row.raced_by_proxy,
                    "numberOfValidLaps": row.valid_laps,
                    "numberOfInvalidLaps": row.invalid_laps,
                    "fastestLapTime": row.fastest_lap_ms,
                    "fastestAverageLap": best,
                    "avgLapTime": _avg(stats.mean_valid_ms or 0.0),
                    "lapCompletionRatio": round((stats.completion_ratio or 0.0) * 100, 2),
                    "avgLapsPerAttempt": round(stats.average_laps_per_run or 0.0, 2),
                    "mostConcecutiveLaps": stats.most_consecutive_valid,
                }
            )
    return items


def _best_window(results: EventResults, runs: Sequence[RunRecord]) -> dict[str, Any] | None:
    window = results.event.config.average_window
    best: dict[str, Any] | None = None
    for run in runs:
        for w in average_laps(race_laps(run), window):
            if best is None or w["avgTime"] < best["avgTime"]:
                best = w
    return best


def bundle_files(events: Sequence[EventResults], extras: BundleExtras) -> dict[str, Any]:
    """Every file of the bundle as JSON-ready values."""
    races: dict[str, list[dict[str, Any]]] = {}
    raced: dict[str, RacerRecord] = {}
    for results in events:
        items = []
        for run in results.runs:
            racer = results.racers.get(run.racer_id)
            if racer is None or run.state not in FINISHED or not any(not lap.deleted for lap in run.laps):
                continue
            raced[racer.racer_id] = racer
            items.append(race_item(results, run, racer))
        if items:
            races[event_cloud_id(results)] = items
    leaderboard = [item for results in events for item in leaderboard_items(results)]
    fleet_ids = sorted({t.fleet_id for r in events for t in r.event.tracks if t.fleet_id})
    fleets = [
        {
            "fleetId": fid,
            "fleetName": extras.fleets[fid][0],
            "createdAt": iso_utc(extras.fleets[fid][1]),
            "createdBy": "",
            "carIds": [],
        }
        for fid in fleet_ids
        if fid in extras.fleets
    ]
    people = sorted(raced.values(), key=lambda r: r.username.casefold())
    users = [
        {
            "username": r.username,
            "sub": cloud_user_id(r),
            "email": r.email,
            "countryCode": r.country_code,
            "enabled": True,
            "status": "CONFIRMED" if r.cloud_id else "UNCONFIRMED",
            "created": iso_utc(extras.racer_created.get(r.racer_id)),
            "groups": ["racer"],
        }
        for r in people
    ]
    profiles = [
        {
            "username": r.username,
            "highlightColour": colour_hex(r.highlight_colour) or None,
            "avatarConfig": json.dumps(extras.racer_avatar.get(r.racer_id) or {}),
        }
        for r in people
        if r.highlight_colour or extras.racer_avatar.get(r.racer_id)
    ]
    counts = {
        "events": len(events),
        "races": sum(len(v) for v in races.values()),
        "leaderboard_entries": len(leaderboard),
        "fleets": len(fleets),
        "landing_pages": 0,
        "racer_profiles": len(profiles),
        "users": len(users),
    }
    manifest = {
        "exported_at": datetime.now(UTC).isoformat(),
        "source_stack": SOURCE_STACK,
        "source_region": "offline",
        "source_user_pool_id": "",
        "counts": counts,
        "options": {
            "skip_users": False,
            "event_filter": [event_cloud_id(r) for r in events],
            "export_mode": SOURCE_STACK,
        },
    }
    return {
        "manifest.json": manifest,
        "events.json": [event_item(r, extras) for r in events],
        "races.json": races,
        "leaderboard.json": leaderboard,
        "fleets.json": fleets,
        "landing_pages.json": [],
        "racer_profiles.json": profiles,
        "users.json": users,
    }


def write_bundle(
    events: Sequence[EventResults],
    extras: BundleExtras,
    out: Path,
    progress: Callable[[float, str], None] | None = None,
) -> Path:
    """Writes the bundle folder; it appears complete or not at all (built beside it, then renamed)."""
    files = bundle_files(events, extras)
    if out.exists() and any(out.iterdir()):
        raise ValueError(_("{out} is not empty: choose a new folder for the bundle.").format(out=out))
    out.parent.mkdir(parents=True, exist_ok=True)
    building = out.with_name(out.name + ".partial")
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir()
    try:
        for i, name in enumerate(FILES):
            if progress is not None:
                progress(0.5 + 0.5 * i / len(FILES), name)
            # ASCII, as the cloud writes it (its importer opens files in the locale's encoding); the big files
            # unindented, which lets the json module's C encoder write 100,000 laps in a blink
            big = name in ("races.json", "leaderboard.json")
            (building / name).write_text(json.dumps(files[name], indent=None if big else 2), encoding="ascii")
        if out.exists():
            out.rmdir()
        building.rename(out)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return out
