"""A small bundle in the cloud manager's format, as its scripts/drem_export.py writes it (synthetic data)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

SUBS = [f"0000000{i}-aaaa-4bbb-8ccc-00000000000{i}" for i in range(1, 5)]


def user(i: int, groups: list[str] | None = None) -> dict[str, Any]:
    return {
        "username": f"racer_{i}",
        "sub": SUBS[i - 1],
        "email": f"r{i}@example.org",
        "countryCode": "GB",
        "enabled": True,
        "status": "CONFIRMED",
        "created": "2026-05-02T09:00:00+00:00",
        "groups": ["racer"] if groups is None else groups,
    }


def lap(i: int, time: Any, valid: bool = True, resets: int = 0) -> dict[str, Any]:
    return {
        "lapId": i,
        "time": time,
        "resets": resets,
        "isValid": valid,
        "autTimerConnected": True,
        "carName": "car-1",
    }


def race(
    n: int, sub: str, times: list[Any], *, track: str = "1", minute: int | None = None
) -> dict[str, Any]:
    return {
        "eventId": "evt-1",
        "sk": f"TRACK#{track}#USER#{sub}#RACE#race-{n}",
        "type": "race",
        "userId": sub,
        "raceId": f"race-{n}",
        "trackId": track,
        "racedByProxy": False,
        "createdAt": f"2026-05-02T10:{minute if minute is not None else n:02d}:00.000Z",
        "laps": [lap(i, t) for i, t in enumerate(times)],
        "averageLaps": [],
    }


def entry(sub: str, username: str, fastest: int, track: str = "1") -> dict[str, Any]:
    return {
        "eventId": "evt-1",
        "sk": f"{track}#{sub}",
        "type": "leaderboard_entry",
        "trackId": track,
        "userId": sub,
        "username": username,
        "countryCode": "SE",
        "racedByProxy": False,
        "numberOfValidLaps": 1,
        "numberOfInvalidLaps": 0,
        "fastestLapTime": fastest,
        "fastestAverageLap": None,
        "avgLapTime": fastest,
        "lapCompletionRatio": 100.0,
        "avgLapsPerAttempt": 1.0,
        "mostConcecutiveLaps": 1,
    }


BASE: dict[str, Any] = {
    "manifest.json": {
        "exported_at": "2026-05-02T12:00:00+00:00",
        "source_stack": "drem-test",
        "source_region": "eu-west-1",
        "source_user_pool_id": "",
        "counts": {},
        "options": {"skip_users": False, "event_filter": None},
    },
    "events.json": [
        {
            "eventId": "evt-1",
            "eventName": "Bundle Cup",
            "typeOfEvent": "AWS_SUMMIT",
            "eventDate": "2026-05-02",
            "countryCode": "GB",
            "sponsor": "",
            "createdAt": "2026-05-02T08:00:00+00:00",
            "createdBy": SUBS[3],
            "raceConfig": {
                "raceTimeInMin": 3,
                "numberOfResetsPerLap": 3,
                "trackType": "REINVENT_2018",
                "rankingMethod": "BEST_LAP_TIME",
                "maxRunsPerRacer": "9999",
                "averageLapsWindow": 3,
            },
            "tracks": [
                {"trackId": "1", "fleetId": "fleet-a", "leaderBoardTitle": "Main", "leaderBoardFooter": "go"},
                {"trackId": "2", "fleetId": None, "leaderBoardTitle": "Side", "leaderBoardFooter": ""},
            ],
        }
    ],
    "races.json": {
        "evt-1": [
            race(1, SUBS[0], [9_000, 9_100, 9_200]),
            race(2, SUBS[1], [8_000, 8_500]),
            race(3, SUBS[2], [10_000], track="2"),
        ]
    },
    "leaderboard.json": [entry(SUBS[0], "racer_1", 9_000), entry(SUBS[1], "racer_2", 8_000)],
    "fleets.json": [
        {"fleetId": "fleet-a", "fleetName": "Fleet A", "createdAt": "", "createdBy": "", "carIds": []}
    ],
    "landing_pages.json": [],
    "racer_profiles.json": [{"username": "racer_1", "highlightColour": "#FF0000", "avatarConfig": "{}"}],
    "users.json": [user(1), user(2), user(3), user(4, ["admin"])],
}


def bundle_data() -> dict[str, Any]:
    return copy.deepcopy(BASE)


def write(folder: Path, data: dict[str, Any], raw: dict[str, str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, value in data.items():
        if value is not None:
            (folder / name).write_text(json.dumps(value, indent=2), encoding="utf-8")
    for name, text in (raw or {}).items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder
