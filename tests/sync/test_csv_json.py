"""CSV and JSON exports: read back with the csv and json modules, compared with the leaderboard service."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path
from statistics import mean
from typing import Any

from drem_desktop.sync.csv_export import LAP_COLUMNS, SUMMARY_COLUMNS

from .helpers import make_event


def read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 byte-order mark for spreadsheet programs"
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        assert (
            tuple(reader.fieldnames or ()) == LAP_COLUMNS or tuple(reader.fieldnames or ()) == SUMMARY_COLUMNS
        )
        return list(reader)


def test_lap_csv_has_every_lap_with_the_cloud_columns(app: Any, tmp_path: Path) -> None:
    event = make_event(app)
    path = app.exports.export(event.event_id, "laps-csv", tmp_path / "laps.csv")
    rows = read_csv(path)
    assert list(rows[0]) == list(LAP_COLUMNS)
    runs = app.race_admin.runs(event.event_id, include_deleted=False)
    expected = []
    racers = app.racers.repo.all_by_id()
    numbers = {t.track_id: str(t.number) for t in event.tracks}
    for run in sorted(runs, key=lambda r: r.created_at):
        for lap in run.laps or [None]:
            expected.append(
                (
                    racers[run.racer_id].username,
                    numbers[run.track_id],
                    "true" if run.raced_by_proxy else "false",
                    "" if lap is None else str(lap.index + 1),
                    "" if lap is None else str(lap.time_ms),
                    "" if lap is None else f"{lap.time_ms / 1000:.3f}",
                    "" if lap is None else str(lap.resets),
                    "" if lap is None else ("true" if lap.valid else "false"),
                )
            )
    got = [
        (
            r["Username"],
            r["Track"],
            r["Raced By Proxy"],
            r["Lap #"],
            r["Lap Time (ms)"],
            r["Lap Time (s)"],
            r["Resets"],
            r["Valid"],
        )
        for r in rows
    ]
    assert got == expected
    assert ("idle", "1", "false", "", "", "", "", "") in got  # a run with no laps keeps its line
    assert all(r["Race Date"].endswith("Z") and r["Race ID"] and r["User ID"] for r in rows)
    track2 = read_csv(app.exports.export(event.event_id, "laps-csv", tmp_path / "t2.csv", track="2"))
    assert {r["Track"] for r in track2} == {"2"} and len(track2) == sum(1 for g in got if g[1] == "2")


def test_summary_csv_equals_the_leaderboard_service(app: Any, tmp_path: Path) -> None:
    event = make_event(app)
    for board in ("1", "2", "combined"):
        rows = read_csv(
            app.exports.export(event.event_id, "summary-csv", tmp_path / f"s{board}.csv", track=board)
        )
        service = app.leaderboards.rows(event.event_id, board, event.config.ranking)
        assert [r["Username"] for r in rows] == [s.username for s in service]
        for r, s in zip(rows, service, strict=True):
            assert r["Track"] == board
            assert int(r["Races"]) == s.runs
            assert int(r["Valid Laps"]) == s.valid_laps and int(r["Invalid Laps"]) == s.invalid_laps
            assert int(r["Total Laps"]) == s.valid_laps + s.invalid_laps
            assert int(r["Total Resets"]) == s.total_resets
            assert r["Fastest Lap (ms)"] == ("" if s.fastest_lap_ms is None else str(s.fastest_lap_ms))
            runs = app.leaderboards.runs_of(event.event_id, s.racer_id, board)
            valid = [lap[0] for run in runs for lap in run.laps if lap[2]]
            total = sum(len(run.laps) for run in runs)
            assert r["Avg Lap (ms)"] == (f"{mean(valid):.1f}" if valid else "")
            assert r["Completion Ratio (%)"] == (f"{100 * len(valid) / total:.1f}" if total else "")
    combined = read_csv(tmp_path / "scombined.csv")
    zoe = next(r for r in combined if r["Username"] == "zoe.k")
    assert (zoe["Fastest Lap (ms)"], zoe["Fastest Lap (s)"], zoe["Races"]) == ("8800", "8.800", "2")
    assert combined[-1]["Username"] in ("ann", "idle") and combined[-1]["Fastest Lap (ms)"] == ""


def test_json_dump_has_everything_and_the_same_boards(app: Any, tmp_path: Path) -> None:
    event = make_event(app)
    data = json.loads(app.exports.export(event.event_id, "json", tmp_path).read_text(encoding="utf-8"))
    assert data["format"] == "drem-desktop-results" and data["event"]["name"] == "Summit Cup"
    assert [t["number"] for t in data["tracks"]] == [1, 2]
    assert {r["display_name"] for r in data["racers"]} >= {"Zoë Kraus", "山田 太郎", 'Bob, "the" Builder'}
    assert "email" not in json.dumps(data["racers"])
    assert sum(len(r["laps"]) for r in data["runs"]) == 12
    for key in ("1", "2", "combined"):
        service = app.leaderboards.rows(event.event_id, key, event.config.ranking)
        assert [
            {k: v for k, v in row.items() if k in service[0].to_json()}
            for row in data["leaderboards"][key]["rows"]
        ] == [s.to_json() for s in service]


def test_cli_export_writes_and_refuses_in_words(data_dir: Path, tmp_path: Path) -> None:
    from drem_desktop.app import App

    app = App(data_dir, backup_at_start=False)
    try:
        make_event(app)
    finally:
        app.close()

    def drem(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "drem_desktop.cli", *args, "--data-dir", str(data_dir)],
            capture_output=True,
            text=True,
            timeout=120,
        )

    ok = drem("export", "Summit Cup", "--format", "summary-csv", "--track", "1", "--out", str(tmp_path))
    assert ok.returncode == 0, ok.stderr
    written = Path(ok.stdout.split("Wrote ", 1)[1].strip())
    assert written.parent == tmp_path and len(read_csv(written)) == 3
    bad = drem(
        "export", "Summit Cup", "--format", "laps-csv", "--track", "7", "--out", str(tmp_path / "x.csv")
    )
    assert bad.returncode == 1 and "no track 7" in bad.stderr and "Traceback" not in bad.stderr
    assert not (tmp_path / "x.csv").exists()
