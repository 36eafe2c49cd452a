"""The one-file event archive: a round trip onto a fresh data folder, and a flipped byte anywhere refused."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from drem_desktop.app import App
from drem_desktop.sync.archive import ArchiveError, read_archive

from .helpers import make_event

ROW_TABLES = ("event", "track", "racer", "run", "lap", "rl_model")


def add_model_and_log(app: App, event: Any) -> None:
    racer = app.racers.by_username("zoe.k")
    model_dir = app.paths.models / racer.racer_id
    model_dir.mkdir(parents=True)
    (model_dir / "fast.tar.gz").write_bytes(b"not really a model, but bytes to carry" * 50)
    from drem_desktop.store.schema import RlModel

    with app.db.sessions.begin() as session:
        session.add(
            RlModel(
                racer_id=racer.racer_id,
                name="fast",
                md5="0" * 32,
                file_path=f"models/{racer.racer_id}/fast.tar.gz",
                size_bytes=1900,
            )
        )
    run = app.race_admin.runs(event.event_id)[0]
    logs = app.paths.logs / run.run_id
    logs.mkdir(parents=True)
    (logs / "car-1.log").write_text("lap 1 ok\n")
    (app.paths.logs / "unrelated").mkdir()
    (app.paths.logs / "unrelated" / "x.log").write_text("not this event")


def snapshot(data_dir: Path) -> dict[str, Any]:
    with sqlite3.connect(data_dir / "drem.sqlite") as conn:
        conn.row_factory = sqlite3.Row
        out: dict[str, Any] = {}
        for table in ROW_TABLES:
            rows = [dict(r) for r in conn.execute(f"select * from {table} order by id")]
            for r in rows:
                r.pop("updated_at", None)  # restamped by the change log on restore
            out[table] = rows
        return out


@pytest.fixture
def archived(app: App, tmp_path: Path) -> tuple[Path, dict[str, Any], Path]:
    event = make_event(app)
    add_model_and_log(app, event)
    path = app.exports.archive(event.event_id, tmp_path / "summit.dremz")
    return path, snapshot(app.paths.root), app.paths.root


def test_archive_restores_equal_on_a_fresh_data_folder(
    archived: tuple[Path, dict[str, Any], Path], template_data_dir: Path, tmp_path: Path
) -> None:
    path, before, source = archived
    fresh = tmp_path / "spare-laptop"
    shutil.copytree(template_data_dir, fresh)
    proc = subprocess.run(
        [sys.executable, "-m", "drem_desktop.cli", "restore", str(path), "--data-dir", str(fresh)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Restored “Summit Cup”" in proc.stdout
    after = snapshot(fresh)
    assert after["run"] == before["run"] and after["lap"] == before["lap"]
    assert after == before
    zoe = before["racer"][[r["username"] for r in before["racer"]].index("zoe.k")]["id"]
    model = fresh / "models" / zoe / "fast.tar.gz"
    assert model.read_bytes() == (source / "models" / zoe / "fast.tar.gz").read_bytes()
    logs = sorted(p.relative_to(fresh).as_posix() for p in (fresh / "logs").rglob("*.log"))
    assert len(logs) == 1 and logs[0].endswith("car-1.log")
    again = subprocess.run(
        [sys.executable, "-m", "drem_desktop.cli", "restore", str(path), "--data-dir", str(fresh)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert again.returncode == 1 and "already on this laptop" in again.stderr


def test_leaderboards_after_restore_are_the_same(
    archived: tuple[Path, dict[str, Any], Path], tmp_path: Path
) -> None:
    path, _before, source = archived
    a = App(source, backup_at_start=False)
    b = App(tmp_path / "other", backup_at_start=False)
    try:
        event_id, counts = b.exports.restore(path)
        assert counts["lap"] == 12 and counts["run"] == 6
        for key in ("1", "2", "combined"):
            assert b.leaderboards.rows(event_id, key, "fastest") == a.leaderboards.rows(
                event_id, key, "fastest"
            )
    finally:
        a.close()
        b.close()


def test_a_flipped_byte_anywhere_is_refused(
    archived: tuple[Path, dict[str, Any], Path], tmp_path: Path
) -> None:
    path, _before, _source = archived
    good = path.read_bytes()
    read_archive(path)  # the untouched archive reads
    bad = tmp_path / "bad.dremz"
    stride = max(1, len(good) // 700)
    positions = sorted(set(range(0, len(good), stride)) | set(range(max(0, len(good) - 300), len(good))))
    named = 0
    for pos in positions:
        flipped = bytearray(good)
        flipped[pos] ^= 0x01
        bad.write_bytes(bytes(flipped))
        with pytest.raises(ArchiveError) as caught:
            read_archive(bad)
        message = str(caught.value)
        assert "bad.dremz" in message
        named += any(
            m in message
            for m in ("rows/", "models/", "logs/", "manifest.json", "seal", "zip index", "member ")
        )
    assert named == len(positions)


def test_a_tampered_archive_restores_nothing(
    archived: tuple[Path, dict[str, Any], Path], template_data_dir: Path, tmp_path: Path
) -> None:
    path, _before, _source = archived
    with __import__("zipfile").ZipFile(path) as z:
        info = z.getinfo("rows/lap.json")
        rows = json.loads(z.read(info))
    data = bytearray(path.read_bytes())
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start + info.compress_size // 2] ^= 0x40
    tampered = tmp_path / "tampered.dremz"
    tampered.write_bytes(bytes(data))
    fresh = tmp_path / "fresh"
    shutil.copytree(template_data_dir, fresh)
    proc = subprocess.run(
        [sys.executable, "-m", "drem_desktop.cli", "restore", str(tampered), "--data-dir", str(fresh)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1 and "rows/lap.json" in proc.stderr and "Traceback" not in proc.stderr
    with sqlite3.connect(fresh / "drem.sqlite") as conn:
        assert conn.execute("select count(*) from lap").fetchone()[0] == 0
        assert conn.execute("select count(*) from event").fetchone()[0] == 0
    assert not (fresh / "models").exists() and len(rows) == 12
