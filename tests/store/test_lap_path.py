"""A lap's hot path (``RunRepository.save`` on a connection) writes what the session hook writes.

Sync between laptops reads the change log: the rows the hot path writes for a start, laps and an end must
be the rows the ORM path (a session, the change log's flush hook) writes for the same operations: same
tables, ops, payloads (keys in the same order), event, consecutive change numbers and rising stamps.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from drem_desktop.domain import run as domain_run
from drem_desktop.domain.errors import NotFound
from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.domain.records import CrossingRecord
from drem_desktop.domain.run import RunState, Stamp
from drem_desktop.store.db import Database
from drem_desktop.store.events_repo import EventRepository
from drem_desktop.store.racers_repo import RacerRepository
from drem_desktop.store.runs_repo import RunRepository
from drem_desktop.store.schema import ChangeLog, Crossing, Lap, Run


def race(db: Database, run_id: str, track_id: str, save: Any) -> None:
    """A sensor start, two laps and the end, each saved by ``save``."""
    run = domain_run.Run(RaceConfig(race_time_ms=None, min_lap_ms=1_000))
    for i, sensor_ms in enumerate((10_000, 22_500, 35_250)):
        before = len(run.laps)
        run.trigger(Stamp(float(sensor_ms), "drem:test", sensor_ms))
        lap = run.laps[-1] if len(run.laps) > before else None
        outcome = "lap" if lap is not None else "started"
        crossing = CrossingRecord(
            track_id, run_id, "serial", "1", i, sensor_ms, "drem:test", sensor_ms, outcome
        )
        save(run_id, run, {**run.live_state(), "wall_minus_monotonic_ms": 42.0}, lap, crossing)
    run.end(Stamp(40_000.0))
    save(run_id, run, {**run.live_state(), "wall_minus_monotonic_ms": 42.0}, None, None)


def normalized(db: Database, run_id: str) -> list[tuple[Any, ...]]:
    """The change-log rows of a run and its laps, with their ids and times put as names."""
    with db.sessions() as session:
        laps = {
            lap.id: f"lap{lap.lap_index}" for lap in session.scalars(select(Lap).where(Lap.run_id == run_id))
        }
        rows = session.scalars(
            select(ChangeLog).where(ChangeLog.row_id.in_([run_id, *laps])).order_by(ChangeLog.id)
        ).all()
        stored_run = session.get(Run, run_id)
        assert stored_run is not None
        stored = {
            "started_at": stored_run.started_at.isoformat(),
            "ended_at": stored_run.ended_at.isoformat(),
        }
        names = {run_id: "RUN", **laps}

        def name(value: Any, op: str, key: str = "") -> Any:
            if isinstance(value, dict):  # as its items, so key order is compared too
                return [(k, name(v, op, k)) for k, v in value.items()]
            if isinstance(value, str) and value in names:
                return names[value]
            if key in ("created_at", "updated_at", "started_at", "ended_at") and value is not None:
                datetime.fromisoformat(value)  # a time as the hook writes it
                if key in stored and op == "update":
                    assert value == stored[key]
                return "TIME"
            return value

        out = []
        for r in rows:
            # decoded in the stored text's key order, so the order is compared too
            payload = r.payload
            out.append(
                (
                    r.table_name,
                    names.get(r.row_id, r.row_id),
                    r.op,
                    r.origin,
                    r.event_id,
                    name(payload, r.op),
                )
            )
        seqs = [r.seq for r in rows]
        assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))
        stamps = [r.hlc for r in rows]
        assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
        assert all(r.at.isoformat() == r.payload["updated_at"] for r in rows if r.op == "insert")
        return out


@pytest.fixture
def db(tmp_path: Path) -> Database:
    return Database(tmp_path / "d.sqlite")


def test_the_hot_path_logs_what_the_session_hook_logs(db: Database) -> None:
    event = EventRepository(db).create("Cup", "2026-11-24", RaceConfig(), 2)
    racer = RacerRepository(db).add("ann")
    repo = RunRepository(db)
    config = RaceConfig(race_time_ms=None)
    track_a, track_b = (t.track_id for t in event.tracks)

    orm_run = repo.create(event.event_id, track_a, racer.racer_id, config).run_id
    # the session's path, the change log written by its flush hook
    race(
        db,
        orm_run,
        track_a,
        lambda r, run, live, lap, c: repo._save_in_session(r, run, live, lap, None, None, c, ()),
    )
    fast_run = repo.create(event.event_id, track_b, racer.racer_id, config).run_id

    def fast(run_id: str, run: domain_run.Run, live: dict[str, Any], lap: Any, crossing: Any) -> None:
        repo.save(run_id, run, live, new_lap=lap, crossing=crossing)

    race(db, fast_run, track_b, fast)

    orm_rows, fast_rows = normalized(db, orm_run), normalized(db, fast_run)
    assert [r[:3] for r in fast_rows] == [
        ("run", "RUN", "insert"),
        ("run", "RUN", "update"),
        ("lap", "lap0", "insert"),
        ("run", "RUN", "update"),
        ("lap", "lap1", "insert"),
        ("run", "RUN", "update"),
        ("run", "RUN", "update"),
    ]
    # the track is the only column the two runs differ in
    assert [r for r in orm_rows if r[0] != "run" or r[2] != "insert"] == [
        r for r in fast_rows if r[0] != "run" or r[2] != "insert"
    ]
    with db.sessions() as session:
        assert session.get(Run, fast_run).state == RunState.OVER.value  # type: ignore[union-attr]
        assert len(session.scalars(select(Crossing).where(Crossing.run_id == fast_run)).all()) == 3


def test_a_failed_lap_write_changes_nothing(db: Database) -> None:
    event = EventRepository(db).create("Cup", "2026-11-24", RaceConfig(), 1)
    racer = RacerRepository(db).add("ann")
    repo = RunRepository(db)
    run = domain_run.Run(RaceConfig(race_time_ms=None))
    run.trigger(Stamp(1_000.0, "drem:test", 1_000))
    with db.engine.connect() as conn:
        count_before = conn.exec_driver_sql("SELECT count(*) FROM change_log").scalar()
    with pytest.raises(NotFound):
        repo.save("no-such-run", run, run.live_state())
    track = event.tracks[0].track_id
    run_id = repo.create(event.event_id, track, racer.racer_id, RaceConfig()).run_id
    with db.engine.connect() as conn:
        conn.exec_driver_sql(
            "CREATE TRIGGER refuse BEFORE INSERT ON lap BEGIN SELECT RAISE(ABORT, 'full'); END"
        )
        conn.commit()
        created = conn.exec_driver_sql("SELECT count(*) FROM change_log").scalar()
    run.trigger(Stamp(12_000.0, "drem:test", 12_000))
    crossing = CrossingRecord(track, run_id, "serial", "1", 1, 12_000, "drem:test", 12_000.0, "lap")
    with pytest.raises(Exception, match="full"):
        repo.save(run_id, run, run.live_state(), new_lap=run.laps[-1], crossing=crossing)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM change_log").scalar() == created
        assert conn.exec_driver_sql("SELECT count(*) FROM crossing").scalar() == 0
        assert conn.exec_driver_sql("SELECT state FROM run WHERE id = ?", (run_id,)).scalar() == "ready"
    assert created == count_before + 1
