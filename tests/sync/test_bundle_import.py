"""Importing the cloud manager's real exports: what its export script really writes, and every malformed
variant refused naming file and item, with nothing written and no traceback (issue 9, points 16 and 17)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from drem_desktop import cli

from .bundle_fixture import SUBS, bundle_data, entry, lap, race, write

TABLES = ("event", "track", "fleet", "racer", "run", "lap")


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def counts(data_dir: Path) -> dict[str, int]:
    with sqlite3.connect(data_dir / "drem.sqlite") as conn:
        return {t: conn.execute(f"select count(*) from {t}").fetchone()[0] for t in TABLES}


def imported(capsys: pytest.CaptureFixture[str], data_dir: Path, folder: Path) -> str:
    code, out, err = run_cli(capsys, "import-drem", str(folder), "--data-dir", str(data_dir))
    assert code == 0, err
    return out


def racers(data_dir: Path) -> dict[str, tuple[str, str]]:
    with sqlite3.connect(data_dir / "drem.sqlite") as conn:
        return {u: (d, c) for u, d, c in conn.execute("select username, display_name, cloud_id from racer")}


def test_the_base_bundle_imports(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> None:
    out = imported(capsys, data_dir, write(tmp_path / "b", bundle_data()))
    assert "3 races added" in out
    assert counts(data_dir)["track"] == 2 and counts(data_dir)["fleet"] == 1


def test_races_of_a_deleted_user_import_under_a_placeholder(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    data = bundle_data()
    gone = "deadbeef-0000-4000-8000-000000000000"
    data["races.json"]["evt-1"].append(race(4, gone, [11_000, 11_500]))
    out = imported(capsys, data_dir, write(tmp_path / "b", data))
    assert "placeholder" in out and "1 race(s)" in out
    people = racers(data_dir)
    assert people[f"deleted-{gone}"] == ("Deleted user deadbeef", gone)
    assert counts(data_dir)["run"] == 4


def test_a_skip_users_bundle_matches_racers_by_the_usernames_it_carries(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    data = bundle_data()
    data["users.json"] = None  # drem_export.py --skip-users writes no users.json
    data["manifest.json"]["options"]["skip_users"] = True
    out = imported(capsys, data_dir, write(tmp_path / "b", data))
    assert "--skip-users" in out
    people = racers(data_dir)
    assert people["racer_1"][1] == SUBS[0] and people["racer_2"][1] == SUBS[1]  # from leaderboard.json
    assert f"deleted-{SUBS[2]}" in people  # raced, but no file names them
    assert "racer_4" not in people
    with sqlite3.connect(data_dir / "drem.sqlite") as conn:
        colour = conn.execute("select highlight_colour from racer where username='racer_1'").fetchone()[0]
    assert colour == "#FF0000"  # racer_profiles.json is keyed by username


def test_fractional_lap_times_are_rounded_half_to_even(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    data = bundle_data()
    data["races.json"]["evt-1"][0]["laps"] = [
        lap(0, 10100.75),
        lap(1, 10100.5),
        lap(2, 10101.5),
        lap(3, 9000.25),
    ]
    out = imported(capsys, data_dir, write(tmp_path / "b", data))
    assert "4 lap time(s)" in out and "half-to-even" in out
    with sqlite3.connect(data_dir / "drem.sqlite") as conn:
        times = [t for (t,) in conn.execute("select time_ms from lap order by time_ms")]
    assert sorted(times) == sorted([10101, 10100, 10102, 9000, 8000, 8500, 10000])


def test_staff_who_never_raced_are_not_racers(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    data = bundle_data()
    data["users.json"][2]["groups"] = ["operator"]  # racer_3 is an operator who raced
    data["users.json"].append(
        {
            **data["users.json"][0],
            "username": "comms",
            "sub": "c0000000-0000-4000-8000-000000000000",
            "groups": ["commentator"],
        }
    )
    out = imported(capsys, data_dir, write(tmp_path / "b", data))
    assert "2 staff user(s)" in out
    people = racers(data_dir)
    assert {"racer_1", "racer_2", "racer_3"} <= set(people)
    assert "racer_4" not in people and "comms" not in people


def test_created_at_is_when_the_race_was_submitted(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    imported(capsys, data_dir, write(tmp_path / "b", bundle_data()))
    with sqlite3.connect(data_dir / "drem.sqlite") as conn:
        rows = conn.execute(
            "select cloud_id, started_at, ended_at, state from run order by cloud_id"
        ).fetchall()
    assert rows[0][0] == "race-1" and rows[0][1] is None and rows[0][2].startswith("2026-05-02 10:01:00")
    assert {r[3] for r in rows} == {"submitted"}


def test_importing_twice_changes_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    folder = write(tmp_path / "b", bundle_data())
    imported(capsys, data_dir, folder)
    before = counts(data_dir)
    assert "Nothing to change" in imported(capsys, data_dir, folder)
    assert counts(data_dir) == before


Mutation = Callable[[dict[str, Any]], None]


def _set(path: list[Any], value: Any) -> Mutation:
    def apply(data: dict[str, Any]) -> None:
        node: Any = data
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return apply


def _dup_race(data: dict[str, Any]) -> None:
    data["races.json"]["evt-1"].append(race(1, SUBS[1], [7_000]))


def _dup_sub(data: dict[str, Any]) -> None:
    data["users.json"][1]["sub"] = SUBS[0]


def _dup_username(data: dict[str, Any]) -> None:
    data["users.json"][1]["username"] = "RACER_1"


def _dup_event(data: dict[str, Any]) -> None:
    data["events.json"].append({**data["events.json"][0], "eventName": "Other Cup"})


def _dup_track(data: dict[str, Any]) -> None:
    data["events.json"][0]["tracks"][1]["trackId"] = "01"


def _same_track_twice(data: dict[str, Any]) -> None:
    data["events.json"][0]["tracks"][1]["trackId"] = "1"


def _dup_lap(data: dict[str, Any]) -> None:
    data["races.json"]["evt-1"][0]["laps"][1]["lapId"] = 0


def _deep(data: dict[str, Any]) -> None:
    data["__raw__"] = {"events.json": "[" * 100_000 + "]" * 100_000}


def _huge_digits(data: dict[str, Any]) -> None:
    text = json.dumps(data["races.json"]).replace('"resets": 0', '"resets": ' + "9" * 5000, 1)
    data["__raw__"] = {"races.json": text}


def _raw(name: str, text: str) -> Mutation:
    def apply(data: dict[str, Any]) -> None:
        data["__raw__"] = {name: text}

    return apply


def _user_field(key: str, value: Any) -> Mutation:
    return _set(["users.json", 0, key], value)


def _lap_field(key: str, value: Any) -> Mutation:
    return _set(["races.json", "evt-1", 0, "laps", 0, key], value)


def _event_field(key: str, value: Any) -> Mutation:
    return _set(["events.json", 0, key], value)


def _config_field(key: str, value: Any) -> Mutation:
    return _set(["events.json", 0, "raceConfig", key], value)


MALFORMED: list[tuple[str, Mutation, str]] = [
    # 9.16: these crashed with a traceback
    ("huge resets", _lap_field("resets", 10**30), "races.json race race-1 lap 1"),
    (
        "time 1e400",
        _raw("races.json", json.dumps(bundle_data()["races.json"]).replace("9000", "1e400", 1)),
        "races.json race race-1 lap 1",
    ),
    ("huge lap time", _lap_field("time", 10**300), "races.json race race-1 lap 1"),
    ("race time 1e308 minutes", _config_field("raceTimeInMin", 1e308), "events.json event evt-1"),
    ("tracks 1 and 01", _dup_track, "events.json event evt-1 track 2"),
    ("deeply nested JSON", _deep, "events.json"),
    ("5000-digit number", _huge_digits, "races.json"),
    (
        "NaN lap time",
        _raw("races.json", json.dumps(bundle_data()["races.json"]).replace("9000", "NaN", 1)),
        "races.json",
    ),
    # 9.17: these were accepted
    ("duplicate raceId", _dup_race, "races.json race race-1"),
    ("duplicate user sub", _dup_sub, "users.json user racer_2"),
    ("duplicate username", _dup_username, "users.json user RACER_1"),
    ("duplicate eventId", _dup_event, "events.json event evt-1"),
    ("same track twice", _same_track_twice, "events.json event evt-1 track 2"),
    ("duplicate lapId", _dup_lap, "races.json race race-1 lap 2"),
    ("username with NUL", _user_field("username", "rac\x00er"), "users.json item 1"),
    ("username with RTL override", _user_field("username", "evil\u202egnp"), "users.json item 1"),
    ("path-like username", _user_field("username", "../../etc/passwd"), "users.json item 1"),
    ("300-character username", _user_field("username", "a" * 300), "users.json item 1"),
    (
        "200 KB HTML event name",
        _event_field("eventName", "<script>x</script>" * 12_000),
        "events.json event evt-1",
    ),
    ("date 2026-99-99", _event_field("eventDate", "2026-99-99"), "events.json event evt-1"),
    ("emoji country code", _event_field("countryCode", "🇩🇪"), "events.json event evt-1"),
    ("user emoji country", _user_field("countryCode", "🏴"), "users.json user racer_1"),
    ("negative resets", _lap_field("resets", -2), "races.json race race-1 lap 1"),
    ("track -1", _set(["events.json", 0, "tracks", 1, "trackId"], "-1"), "events.json event evt-1 track 2"),
    ("race on track -1", _set(["races.json", "evt-1", 0, "trackId"], "-1"), "races.json race race-1"),
    ("race on a missing track", _set(["races.json", "evt-1", 0, "trackId"], "7"), "races.json race race-1"),
    # more shapes real files must not have
    ("events not a list", _raw("events.json", "{}"), "events.json"),
    ("not JSON", _raw("races.json", "{not json"), "races.json"),
    ("no events.json", _set(["events.json"], None), "events.json"),
    ("race not an object", _set(["races.json", "evt-1", 0], "race"), "races.json event evt-1 race 1"),
    ("laps not a list", _set(["races.json", "evt-1", 0, "laps"], {"0": 1}), "races.json race race-1"),
    ("isValid a string", _lap_field("isValid", "yes"), "races.json race race-1 lap 1"),
    ("zero lap time", _lap_field("time", 0), "races.json race race-1 lap 1"),
    ("time as text", _lap_field("time", "fast"), "races.json race race-1 lap 1"),
    ("fractional resets", _lap_field("resets", 1.5), "races.json race race-1 lap 1"),
    ("unknown ranking", _config_field("rankingMethod", "MOST_CRASHES"), "events.json event evt-1"),
    (
        "bad highlight colour",
        _set(["racer_profiles.json", 0, "highlightColour"], "javascript:alert(1)"),
        "racer_profiles.json racer_1",
    ),
    ("races of an unknown event", _set(["races.json", "evt-9"], []), "races.json"),
    ("bad createdAt", _set(["races.json", "evt-1", 0, "createdAt"], "yesterday"), "races.json race race-1"),
    ("unknown typeOfEvent", _event_field("typeOfEvent", "PARTY"), "events.json event evt-1"),
    ("event name empty", _event_field("eventName", "  "), "events.json event evt-1"),
    (
        "bidi in track title",
        _set(["events.json", 0, "tracks", 0, "leaderBoardTitle"], "x\u2066y"),
        "events.json event evt-1 track 1",
    ),
]


@pytest.mark.parametrize(("case", "mutate", "where"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_a_malformed_bundle_is_refused_naming_file_and_item(
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    tmp_path: Path,
    case: str,
    mutate: Mutation,
    where: str,
) -> None:
    data = bundle_data()
    mutate(data)
    raw = data.pop("__raw__", None)
    folder = write(tmp_path / "b", data, raw)
    code, out, err = run_cli(capsys, "import-drem", str(folder), "--data-dir", str(data_dir))
    assert code == 1, f"{case}: accepted ({out})"
    assert err.startswith("error: ") and "Traceback" not in err
    assert where in err, f"{case}: {err}"
    assert counts(data_dir) == dict.fromkeys(TABLES, 0)


def test_an_entry_without_users_names_its_racer(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    data = bundle_data()
    data["users.json"] = None
    data["leaderboard.json"].append(entry(SUBS[2], "racer_3", 10_000, track="2"))
    imported(capsys, data_dir, write(tmp_path / "b", data))
    assert racers(data_dir)["racer_3"][1] == SUBS[2]
