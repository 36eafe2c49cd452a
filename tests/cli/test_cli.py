"""The CLI as a user runs it: real processes on a real data folder."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest


def drem(data_dir: Path, *args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "drem_desktop.cli", *args, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    if ok:
        assert proc.returncode == 0, proc.stderr
    return proc


def make_bundle(folder: Path, *, races: dict[str, Any] | None = None) -> Path:
    """A small export bundle in the cloud manager's format (synthetic data)."""
    folder.mkdir(parents=True, exist_ok=True)
    users = [
        {
            "username": f"racer_{i}",
            "sub": f"00000000-0000-0000-0000-00000000000{i}",
            "email": f"r{i}@example.org",
            "countryCode": "GB",
            "enabled": True,
            "status": "CONFIRMED",
            "created": "2026-05-02T10:00:00+00:00",
            "groups": ["racer"],
        }
        for i in range(1, 4)
    ]
    events = [
        {
            "eventId": "evt-1",
            "eventName": "Bundle Cup",
            "typeOfEvent": "AWS_SUMMIT",
            "eventDate": "2026-05-02",
            "countryCode": "GB",
            "sponsor": "",
            "createdAt": "2026-05-02T10:00:00+00:00",
            "createdBy": "x",
            "raceConfig": {
                "raceTimeInMin": 3,
                "numberOfResetsPerLap": 9999,
                "trackType": "REINVENT_2018",
                "rankingMethod": "BEST_AVERAGE_LAP_TIME_X_LAP",
                "maxRunsPerRacer": "9999",
                "averageLapsWindow": 3,
            },
            "tracks": [
                {"trackId": "1", "fleetId": "f", "leaderBoardTitle": "Main", "leaderBoardFooter": "go"}
            ],
        }
    ]

    def race(n: int, user: int, times: list[int], valid: list[bool] | None = None) -> dict[str, Any]:
        sub = users[user - 1]["sub"]
        return {
            "eventId": "evt-1",
            "sk": f"TRACK#1#USER#{sub}#RACE#race-{n}",
            "type": "race",
            "userId": sub,
            "raceId": f"race-{n}",
            "trackId": "1",
            "racedByProxy": user == 3,
            "createdAt": f"2026-05-02T10:0{n}:00Z",
            "laps": [
                {
                    "lapId": i,
                    "time": t,
                    "resets": 0,
                    "isValid": (valid or [True] * len(times))[i],
                    "autTimerConnected": True,
                    "carName": "car-1",
                }
                for i, t in enumerate(times)
            ],
            "averageLaps": [],
        }

    files = {
        "manifest.json": {"exported_at": "2026-05-02T10:00:00+00:00", "counts": {}},
        "events.json": events,
        "races.json": races
        if races is not None
        else {
            "evt-1": [
                race(1, 1, [9_000, 9_000, 9_000, 15_000]),
                race(2, 2, [8_000, 8_000, 8_000]),
                race(3, 3, [7_000, 7_000], [True, False]),
            ]
        },
        "users.json": users,
        "racer_profiles.json": [{"username": "racer_1", "highlightColour": "#FF0000", "avatarConfig": "{}"}],
        "fleets.json": [],
        "leaderboard.json": [],
        "landing_pages.json": [],
    }
    for name, data in files.items():
        (folder / name).write_text(json.dumps(data))
    return folder


def test_readme_walk_through(data_dir: Path) -> None:
    out = drem(
        data_dir,
        "event",
        "add",
        "Summit Race",
        "--date",
        "2026-11-24",
        "--tracks",
        "2",
        "--resets",
        "3",
        "--max-runs",
        "2",
    ).stdout
    assert "Summit Race" in out
    drem(
        data_dir, "racer", "add", "alice", "--display-name", "Alice A", "--country", "gb", "--colour", "blue"
    )
    refused = drem(data_dir, "racer", "add", "ALICE", ok=False)
    assert refused.returncode == 1 and "taken" in refused.stderr
    listed = json.loads(drem(data_dir, "racer", "list", "--json").stdout)
    assert [r["username"] for r in listed] == ["alice"]
    events = json.loads(drem(data_dir, "event", "list", "--json").stdout)
    assert events[0]["race_config"]["max_runs_per_racer"] == 2 and len(events[0]["tracks"]) == 2
    bad = drem(data_dir, "event", "add", "Bad", "--window", "9", ok=False)
    assert bad.returncode == 1 and "average window" in bad.stderr


def test_import_then_leaderboard_json(data_dir: Path, tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path / "bundle")
    assert "3 races added" in drem(data_dir, "import-drem", str(bundle)).stdout
    again = drem(data_dir, "import-drem", str(bundle)).stdout
    assert "Nothing to change" in again
    rows = json.loads(
        drem(data_dir, "leaderboard", "Bundle Cup", "--track", "1", "--format", "fastest", "--json").stdout
    )
    assert [(r["rank"], r["username"]) for r in rows] == [(1, "racer_3"), (2, "racer_2"), (3, "racer_1")]
    assert rows[0]["raced_by_proxy"] is True
    for key in (
        "rank",
        "username",
        "fastest_lap_ms",
        "fastest_average_ms",
        "valid_laps",
        "invalid_laps",
        "runs",
        "raced_by_proxy",
    ):
        assert key in rows[0]
    avg = json.loads(
        drem(
            data_dir, "leaderboard", "Bundle Cup", "--track", "combined", "--format", "average", "--json"
        ).stdout
    )
    assert [(r["rank"], r["username"], r["fastest_average_ms"]) for r in avg] == [
        (1, "racer_2", 8000.0),
        (2, "racer_1", 9000.0),
        (None, "racer_3", None),
    ]
    event_id = json.loads(drem(data_dir, "event", "list", "--json").stdout)[0]["id"]
    by_id = json.loads(drem(data_dir, "leaderboard", event_id, "--json").stdout)
    assert len(by_id) == 3


@pytest.mark.parametrize(
    ("breakage", "expected"),
    [
        (lambda f: (f / "events.json").unlink(), "events.json"),
        (lambda f: (f / "events.json").write_text("{not json"), "events.json"),
        (
            lambda f: (f / "races.json").write_text(
                json.dumps({"evt-1": [{"raceId": "r9", "userId": "nobody", "trackId": "5", "laps": []}]})
            ),
            "races.json race r9",
        ),
        (
            lambda f: (f / "races.json").write_text(
                json.dumps(
                    {
                        "evt-1": [
                            {
                                "raceId": "r8",
                                "userId": "00000000-0000-0000-0000-000000000001",
                                "trackId": "1",
                                "createdAt": "2026-05-02T10:00:00Z",
                                "laps": [{"lapId": 0, "time": "fast"}],
                            }
                        ]
                    }
                )
            ),
            "races.json race r8 lap 1",
        ),
    ],
)
def test_malformed_bundle_is_refused_and_nothing_is_half_imported(
    data_dir: Path, tmp_path: Path, breakage: Any, expected: str
) -> None:
    bundle = make_bundle(tmp_path / "bundle")
    breakage(bundle)
    proc = drem(data_dir, "import-drem", str(bundle), ok=False)
    assert proc.returncode == 1
    assert expected in proc.stderr
    with sqlite3.connect(data_dir / "drem.sqlite") as conn:
        for table in ("event", "racer", "run", "lap"):
            assert conn.execute(f"select count(*) from {table}").fetchone()[0] == 0


def test_help_lists_the_commands() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "drem_desktop.cli", "--help"], capture_output=True, text=True
    )
    for command in ("serve", "event", "racer", "import-drem", "leaderboard", "simulate-sensor", "demo-data"):
        assert command in proc.stdout


def test_demo_data_keeps_the_organizers_backups(data_dir: Path) -> None:
    """The demo's runs are submitted like real ones; their backups must not push real restore points out."""
    import shutil

    from drem_desktop.store.backup import KEEP

    first = Path(drem(data_dir, "backup").stdout.strip())
    real = [first]
    for i in range(KEEP - 1):  # a full rotation of the organizer's restore points, oldest first
        copy = first.with_name(f"drem-20260101-0900{i:02d}-000000-submitted.sqlite")
        shutil.copy(first, copy)
        real.append(copy)
    drem(data_dir, "demo-data", "--racers", "3", "--runs", "1", "--laps", "2")
    kept = sorted(p.name for p in (data_dir / "backups").glob("drem-*.sqlite"))
    assert kept == sorted(p.name for p in real)


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["event", "add", "Bad date", "--date", "2026-13-45"], "“2026-13-45” is not a date"),
        (
            ["event", "add", "No tracks", "--tracks", "0"],
            "The number of tracks must be between 1 and 20, not 0",
        ),
        (
            ["event", "add", "Minus", "--tracks", "-2"],
            "The number of tracks must be between 1 and 20, not -2",
        ),
        (
            ["event", "add", "Stadium", "--tracks", "99"],
            "The number of tracks must be between 1 and 20, not 99",
        ),
        (["racer", "add", "bob", "--country", "XX"], "“XX” is not a country code"),
        (["racer", "add", "bob", "--colour", "nocolour"], "“nocolour” is not a highlight colour"),
        (["racer", "add", "bo b"], "(use _ instead of spaces)"),
        (["event", "add", "Neg", "--resets", "-4"], "Resets allowed per lap must be 0 or more"),
        (
            ["event", "add", "Two", "--format", "lap_count", "--race-time", "-1"],
            "(or unset for no limit). A lap-count race needs",
        ),
    ],
)
def test_bad_input_is_refused_plainly_and_creates_nothing(
    data_dir: Path, capsys: pytest.CaptureFixture[str], args: list[str], says: str
) -> None:
    from drem_desktop.cli import main

    assert main([*args, "--data-dir", str(data_dir)]) == 1
    err = capsys.readouterr().err
    assert says in err and ".;" not in err
    assert main(["event", "list", "--json", "--data-dir", str(data_dir)]) == 0
    assert main(["racer", "list", "--json", "--data-dir", str(data_dir)]) == 0
    assert capsys.readouterr().out.split() == ["[]", "[]"]


def test_a_word_for_a_count_says_what_to_type(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from drem_desktop.cli import main

    with pytest.raises(SystemExit):
        main(["event", "add", "X", "--max-runs", "lots", "--data-dir", str(data_dir)])
    assert "“lots” is not a whole number: give a number, or “unlimited”" in capsys.readouterr().err


def test_leaderboard_defaults_to_track_1_as_the_pages(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from drem_desktop.app import App
    from drem_desktop.cli import main
    from drem_desktop.domain.leaderboard import DEFAULT_TRACK
    from drem_desktop.domain.race_config import RaceConfig
    from drem_desktop.timing.crossing import Crossing

    app = App(data_dir, backup_at_start=False)
    e = app.events.create("Two Tracks", "2026-11-24", RaceConfig(min_lap_ms=0), 2)
    ann = app.racers.add("ann")
    track2 = e.tracks[1].track_id
    app.race_control.prepare(e.event_id, track2, ann.racer_id, e.config)
    for ms in (1_000, 11_000):
        app.race_control.handle_crossing(track2, Crossing("serial", "1", app.race_control.now(), ms, "d"))
    app.close()
    assert DEFAULT_TRACK == "1"
    assert main(["leaderboard", "Two Tracks", "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "Two Tracks · track 1 · fastest" and "ann" not in out
    assert main(["leaderboard", "Two Tracks", "--track", "combined", "--data-dir", str(data_dir)]) == 0
    assert "ann" in capsys.readouterr().out


def test_event_set_code_changes_the_upload_code(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from drem_desktop.cli import main

    def run(*args: str) -> int:
        return main([*args, "--data-dir", str(data_dir)])

    assert run("event", "add", "Cup", "--json") == 0
    first = json.loads(capsys.readouterr().out)["upload_code"]
    assert run("event", "set-code", "Cup", "RACE-99") == 0
    assert "Upload code of “Cup” is now RACE-99; the old code no longer works." in capsys.readouterr().out
    assert run("event", "set-code", "Cup", "--json") == 0  # no code: a fresh random one
    fresh = json.loads(capsys.readouterr().out)["upload_code"]
    assert fresh not in (first, "RACE-99") and len(fresh) == 6
    assert run("event", "set-code", "Cup", "no spaces") == 1
    assert "must be 4 to 20 letters, digits or dashes" in capsys.readouterr().err
    assert run("event", "add", "Other") == 0
    capsys.readouterr()
    assert run("event", "set-code", "Other", fresh.lower()) == 1
    assert "Another event already uses the upload code" in capsys.readouterr().err
    assert run("event", "list", "--json") == 0
    codes = {e["name"]: e["upload_code"] for e in json.loads(capsys.readouterr().out)}
    assert codes["Cup"] == fresh and codes["Other"] != fresh
