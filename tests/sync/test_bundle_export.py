"""The cloud manager bundle we write: every file, every item, the keys and types its import script and
lambdas read (scripts/drem_import.py, race_api.addRace, leaderboard_entry_evb, leaderboard_config_evb)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from drem_desktop.domain.race_config import RaceConfig, Ranking
from drem_desktop.sync.drem_export import FILES

from .helpers import make_event

NUMBER = (int, float)
OPT_STR = (str, type(None))
# What each item must carry, as the cloud writes it (a DynamoDB scan per table; Cognito users).
SPEC: dict[str, dict[str, Any]] = {
    "event": {
        "eventId": str,
        "eventName": str,
        "typeOfEvent": str,
        "eventDate": str,
        "countryCode": str,
        "sponsor": str,
        "createdAt": str,
        "createdBy": str,
        "raceConfig": dict,
        "tracks": list,
    },
    "raceConfig": {
        "raceTimeInMin": int,
        "numberOfResetsPerLap": int,
        "trackType": str,
        "rankingMethod": str,
        "maxRunsPerRacer": str,
        "averageLapsWindow": int,
    },
    "track": {"trackId": str, "fleetId": OPT_STR, "leaderBoardTitle": str, "leaderBoardFooter": str},
    "race": {
        "eventId": str,
        "sk": str,
        "type": str,
        "userId": str,
        "raceId": str,
        "trackId": str,
        "racedByProxy": bool,
        "createdAt": str,
        "laps": list,
        "averageLaps": list,
    },
    "lap": {
        "lapId": int,
        "time": int,
        "resets": int,
        "isValid": bool,
        "autTimerConnected": bool,
        "carName": str,
    },
    "average": {"startLapId": int, "endLapId": int, "avgTime": NUMBER},
    "leaderboard_config": {
        "eventId": str,
        "sk": str,
        "trackId": str,
        "rankingMethod": str,
        "type": str,
        "leaderBoardTitle": str,
        "leaderBoardFooter": str,
    },
    "leaderboard_entry": {
        "eventId": str,
        "sk": str,
        "type": str,
        "trackId": str,
        "userId": str,
        "username": str,
        "countryCode": str,
        "racedByProxy": bool,
        "numberOfValidLaps": int,
        "numberOfInvalidLaps": int,
        "fastestLapTime": int,
        "fastestAverageLap": (dict, type(None)),
        "avgLapTime": NUMBER,
        "lapCompletionRatio": NUMBER,
        "avgLapsPerAttempt": NUMBER,
        "mostConcecutiveLaps": int,
    },
    "user": {
        "username": str,
        "sub": str,
        "email": str,
        "countryCode": str,
        "enabled": bool,
        "status": str,
        "created": str,
        "groups": list,
    },
    "profile": {"username": str, "highlightColour": OPT_STR, "avatarConfig": str},
    "manifest": {
        "exported_at": str,
        "source_stack": str,
        "source_region": str,
        "source_user_pool_id": str,
        "counts": dict,
        "options": dict,
    },
}


def check(item: Any, kind: str, where: str) -> None:
    assert isinstance(item, dict), where
    spec = SPEC[kind]
    assert set(item) == set(spec), f"{where}: keys {sorted(set(item) ^ set(spec))}"
    for key, types in spec.items():
        value = item[key]
        ok = isinstance(value, types) and not (isinstance(value, bool) and bool not in _tuple(types))
        assert ok, f"{where}: {key}={value!r}"


def _tuple(types: Any) -> tuple[type, ...]:
    return types if isinstance(types, tuple) else (types,)


def export(app: Any, tmp_path: Path, *event_ids: str) -> dict[str, Any]:
    out = app.exports.export_drem(list(event_ids), tmp_path / "bundle")
    assert sorted(p.name for p in out.iterdir()) == sorted(FILES)
    return {name: json.loads((out / name).read_text(encoding="ascii")) for name in FILES}


def test_every_item_has_the_keys_and_types_the_cloud_reads(app: Any, tmp_path: Path) -> None:
    event = make_event(app)
    files = export(app, tmp_path, event.event_id)
    check(files["manifest.json"], "manifest", "manifest.json")
    counts = files["manifest.json"]["counts"]
    assert files["manifest.json"]["source_stack"] == "drem-desktop"
    (e,) = files["events.json"]
    check(e, "event", "events.json")
    check(e["raceConfig"], "raceConfig", "raceConfig")
    assert e["raceConfig"]["numberOfResetsPerLap"] == 3 and e["raceConfig"]["maxRunsPerRacer"] == "9999"
    for t in e["tracks"]:
        check(t, "track", "track")
    assert [t["trackId"] for t in e["tracks"]] == ["1", "2"]
    races = files["races.json"]
    assert list(races) == [e["eventId"]]
    user_ids = {u["sub"] for u in files["users.json"]}
    for race in races[e["eventId"]]:
        check(race, "race", f"race {race['raceId']}")
        assert race["sk"] == f"TRACK#{race['trackId']}#USER#{race['userId']}#RACE#{race['raceId']}"
        assert race["type"] == "race" and race["userId"] in user_ids and race["createdAt"].endswith("Z")
        assert [lap["lapId"] for lap in race["laps"]] == list(range(len(race["laps"])))
        for lap in race["laps"]:
            check(lap, "lap", "lap")
        for avg in race["averageLaps"]:
            check(avg, "average", "averageLaps")
            window = race["laps"][avg["startLapId"] : avg["endLapId"] + 1]
            assert len(window) == 3 and all(lap["isValid"] for lap in window)
            assert abs(avg["avgTime"] - sum(lap["time"] for lap in window) / 3) < 0.001
    assert counts["races"] == 5  # the run with no laps is not a race in the cloud
    for item in files["leaderboard.json"]:
        check(item, item["type"], f"leaderboard {item['sk']}")
        if item["type"] == "leaderboard_entry":
            assert item["sk"] == f"{item['trackId']}#{item['userId']}" and item["userId"] in user_ids
    entries = [i for i in files["leaderboard.json"] if i["type"] == "leaderboard_entry"]
    assert {(i["trackId"], i["username"]) for i in entries} == {
        ("1", "zoe.k"),
        ("1", "yamada"),
        ("2", "bob"),
        ("2", "zoe.k"),
    }
    assert counts["leaderboard_entries"] == len(files["leaderboard.json"])
    for u in files["users.json"]:
        check(u, "user", f"user {u['username']}")
    assert {u["username"] for u in files["users.json"]} == {"zoe.k", "yamada", "bob", "ann"}
    for p in files["racer_profiles.json"]:
        check(p, "profile", f"profile {p['username']}")
    assert files["racer_profiles.json"] == [
        {"username": "zoe.k", "highlightColour": "#FF0000", "avatarConfig": "{}"}
    ]
    assert files["fleets.json"] == [] and files["landing_pages.json"] == []


def test_unlimited_is_9999_and_ids_are_stable(app: Any, tmp_path: Path) -> None:
    event = make_event(app, ranking=Ranking.BEST_AVERAGE)
    app.events.update(
        event.event_id, RaceConfig(ranking=Ranking.BEST_AVERAGE, race_time_ms=150_000, max_runs_per_racer=4)
    )
    first = export(app, tmp_path / "a", event.event_id)
    again = export(app, tmp_path / "b", event.event_id)
    config = first["events.json"][0]["raceConfig"]
    assert config["numberOfResetsPerLap"] == 9999 and config["maxRunsPerRacer"] == "4"
    assert config["raceTimeInMin"] == 3 and config["rankingMethod"] == "BEST_AVERAGE_LAP_TIME_X_LAP"
    assert first["races.json"] == again["races.json"] and first["users.json"] == again["users.json"]


def test_a_bundle_folder_is_never_left_half_written(app: Any, tmp_path: Path) -> None:
    event = make_event(app)
    target = tmp_path / "taken"
    target.mkdir()
    (target / "keep.txt").write_text("mine")
    try:
        app.exports.export_drem([event.event_id], target)
    except ValueError as exc:
        assert "not empty" in str(exc)
    else:
        raise AssertionError("a folder with files in it was written into")
    assert sorted(p.name for p in target.iterdir()) == ["keep.txt"]
    assert not (tmp_path / "taken.partial").exists()
