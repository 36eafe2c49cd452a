from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select

from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.store.backup import write_backup
from drem_desktop.store.db import Database, current_revision, head_revision
from drem_desktop.store.schema import Base, ChangeLog, Event, Racer


def test_pragmas_for_durability(tmp_path: Path) -> None:
    db = Database(tmp_path / "d.sqlite")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_migrations_build_exactly_the_schema_of_the_code(tmp_path: Path) -> None:
    db = Database(tmp_path / "d.sqlite")
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_a_database_made_by_the_first_migration_upgrades(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    old = Database(path, migrate_to="0001")
    assert current_revision(old.engine) == "0001"
    laptop = old.laptop_id
    old.close()
    # Rows as the code of revision 0001 wrote them: a racer with its change, and a bulk run logged
    # {"bulk": true} (no stamps, no change numbers).
    with sqlite3.connect(path) as conn:
        conn.executescript(
            f"""
            INSERT INTO racer VALUES ('veteran', '', '', '', '', '{{}}', 'r1', '2026-01-01 10:00:00.000000',
                '2026-01-01 10:00:00.000000', '{laptop}', 0);
            INSERT INTO event (name, event_date, type_of_event, country_code, sponsor, race_config,
                upload_code, id, created_at, updated_at, origin, deleted) VALUES ('Old Cup', '2026-01-01',
                'OFFICIAL_TRACK_RACE', '', '', '{{}}', 'ABC', 'e1', '2026-01-01 10:00:00.000000',
                '2026-01-01 10:00:00.000000', '{laptop}', 0);
            INSERT INTO track (event_id, number, name, leaderboard_title, leaderboard_footer, fleet_id, id,
                created_at, updated_at, origin, deleted) VALUES ('e1', 1, '', '', '', NULL, 't1',
                '2026-01-01 10:00:00.000000', '2026-01-01 10:00:00.000000', '{laptop}', 0);
            INSERT INTO run (event_id, track_id, racer_id, car_name, model_id, raced_by_proxy, state,
                started_at, ended_at, race_config, live_state, max_runs_override, id, created_at,
                updated_at, origin, deleted) VALUES ('e1', 't1', 'r1', '', NULL, 0, 'submitted', NULL, NULL,
                '{{}}', '{{}}', '', 'run1', '2026-01-01 10:01:00.000000', '2026-01-01 10:01:00.000000',
                '{laptop}', 0);
            INSERT INTO change_log (table_name, row_id, op, at, origin, payload, synced) VALUES
                ('racer', 'r1', 'insert', '2026-01-01 10:00:00.000000', '{laptop}',
                 '{{"username": "veteran"}}', 0),
                ('run', 'run1', 'insert', '2026-01-01 10:01:00.000000', '{laptop}', '{{"bulk": true}}', 0),
                ('run', 'run1', 'update', '2026-01-01 10:01:00.000000', '{laptop}',
                 '{{"changes": {{"car_name": "x"}}, "before": {{"car_name": ""}}}}', 0);
            """
        )
    inode = path.stat().st_ino
    new = Database(path)
    assert current_revision(new.engine) == head_revision() != "0001"
    assert path.stat().st_ino == inode  # upgraded in place, never recreated
    with new.sessions() as session:
        assert session.scalar(select(Racer.username)) == "veteran"
        log = session.scalars(select(ChangeLog).order_by(ChangeLog.id)).all()
    assert [c.seq for c in log] == [1, 2, 3]  # numbered in order, stamped in order
    assert [c.hlc for c in log] == sorted(c.hlc for c in log) and len({c.hlc for c in log}) == 3
    assert log[0].hlc.startswith("1767261600000.00000.")  # its wall time
    assert [c.event_id for c in log] == [None, "e1", "e1"]
    assert log[1].payload["state"] == "submitted" and log[1].payload["racer_id"] == "r1"  # replayable
    # the clock continues after the stamps it found
    with new.sessions.begin() as session:
        session.add(Racer(username="newcomer"))
    with new.sessions() as session:
        last = session.scalars(select(ChangeLog).order_by(ChangeLog.id.desc())).first()
    assert last is not None and last.seq == 4 and last.hlc > log[-1].hlc


def test_change_log_row_is_written_in_the_same_transaction(tmp_path: Path) -> None:
    db = Database(tmp_path / "d.sqlite")
    with pytest.raises(RuntimeError), db.sessions.begin() as session:
        session.add(Event(name="Lost", race_config=RaceConfig().to_dict()))
        session.flush()
        raise RuntimeError("crash before commit")
    with db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(ChangeLog)) == 0
        assert session.scalar(select(func.count()).select_from(Event)) == 0
    with db.sessions.begin() as session:
        e = Event(name="Kept", race_config={})
        session.add(e)
    with db.sessions.begin() as session:
        session.get(Event, e.id).deleted = True  # type: ignore[union-attr]
    with db.sessions() as session:
        log = session.scalars(select(ChangeLog).order_by(ChangeLog.id)).all()
    assert [(r.table_name, r.op) for r in log] == [("event", "insert"), ("event", "delete")]
    assert log[0].origin == db.laptop_id
    assert log[0].payload["deleted"] is False and log[0].payload["created_at"]  # the row as stored
    assert log[1].payload["before"] == {"deleted": False}


def test_synced_rows_are_never_removed(tmp_path: Path) -> None:
    db = Database(tmp_path / "d.sqlite")
    with db.sessions.begin() as session:
        r = Racer(username="x")
        session.add(r)
    with pytest.raises(RuntimeError, match="soft-deleted"), db.sessions.begin() as session:
        session.delete(session.get(Racer, r.id))


def test_laptop_id_is_stable(tmp_path: Path) -> None:
    first = Database(tmp_path / "d.sqlite").laptop_id
    assert Database(tmp_path / "d.sqlite").laptop_id == first


def test_backups_keep_the_last_twenty_and_are_usable(tmp_path: Path) -> None:
    db = Database(tmp_path / "d.sqlite")
    with db.sessions.begin() as session:
        session.add(Racer(username="backed-up"))
    folder = tmp_path / "backups"
    paths = [write_backup(db.path, folder, keep=20) for _ in range(23)]
    kept = sorted(folder.glob("drem-*.sqlite"))
    assert len(kept) == 20 and kept[-1] == paths[-1]
    assert not list(folder.glob("*.partial"))
    with sqlite3.connect(kept[-1]) as conn:
        assert conn.execute("select username from racer").fetchall() == [("backed-up",)]


def test_the_migration_files_name_the_head_alembic_finds() -> None:
    from drem_desktop.store.db import head_from_files

    assert head_from_files() == head_revision()


def test_opening_an_up_to_date_database_does_not_load_alembic(tmp_path: Path) -> None:
    """Every start opens the database; alembic (a third of a second) loads only when there is something
    to migrate."""
    import subprocess
    import sys

    Database(tmp_path / "d.sqlite").close()
    script = (
        "import sys; from pathlib import Path; from drem_desktop.store.db import Database; "
        f"Database(Path({str(tmp_path / 'd.sqlite')!r})).close(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]", done.stdout


def test_the_database_file_catches_up_with_the_log_in_the_background(tmp_path: Path) -> None:
    """Checkpoints run on a thread of their own (not inside a lap's commit): shortly after writes, the
    database file alone, without its write-ahead log, holds them."""
    import shutil
    import time

    db = Database(tmp_path / "d.sqlite")
    try:
        with db.sessions.begin() as session:
            for i in range(50):
                session.add(Racer(username=f"r{i}"))
        deadline = time.monotonic() + 20
        found = 0
        while time.monotonic() < deadline:
            shutil.copyfile(tmp_path / "d.sqlite", tmp_path / "copy.sqlite")  # the file, not its log
            copy = sqlite3.connect(tmp_path / "copy.sqlite")
            try:
                found = copy.execute("SELECT count(*) FROM racer").fetchone()[0]
            except sqlite3.OperationalError:  # not even the tables yet
                found = 0
            finally:
                copy.close()
            (tmp_path / "copy.sqlite").unlink()
            if found == 50:
                break
            time.sleep(0.1)
        assert found == 50
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 10_000
    finally:
        db.close()


def test_the_write_ahead_log_gives_its_room_back_after_a_burst(tmp_path: Path) -> None:
    """A burst of writes grows the log file; once checkpointed, the next write cuts it back to 4 MB instead
    of keeping it at its peak (room a nearly full disk needs back)."""
    db = Database(tmp_path / "d.sqlite")
    wal = tmp_path / "d.sqlite-wal"
    try:
        with db.sessions.begin() as session:  # one big transaction: ~12 MB of log
            for i in range(3000):
                session.add(Racer(username=f"r{i:05d}", display_name="x" * 2000))
        peak = wal.stat().st_size
        assert peak > 8 * 1024 * 1024
        db.checkpointer.checkpoint()
        with db.sessions.begin() as session:
            session.add(Racer(username="after"))
        assert wal.stat().st_size <= 4 * 1024 * 1024 + 64 * 1024
    finally:
        db.close()
