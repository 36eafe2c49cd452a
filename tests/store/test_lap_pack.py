"""The run's packed laps (``run_lap_pack``, kept by triggers) always read as the lap rows themselves.

A cold leaderboard build reads one packed row per run instead of every lap, so the pack must follow every
way a lap is written: race control's hot path, edits, undo, a deleted run, another laptop's changes, bulk
imports, and a database that had laps before the pack existed.
"""

from __future__ import annotations

import random
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from drem_desktop.domain import run as domain_run
from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.domain.ranking import RunLaps
from drem_desktop.domain.records import EventInfo
from drem_desktop.domain.run import Stamp
from drem_desktop.store.bulk import BulkRun, bulk_insert_runs
from drem_desktop.store.db import Database
from drem_desktop.store.events_repo import EventRepository
from drem_desktop.store.lap_pack import unpack_laps
from drem_desktop.store.racers_repo import RacerRepository
from drem_desktop.store.runs_repo import RunRepository
from drem_desktop.store.schema import Lap


def as_read(runs: list[RunLaps]) -> list[tuple[Any, ...]]:
    """Runs as ranking reads them: each lap's first three fields (time, resets, valid) as numbers."""
    return [
        (
            r.run_id,
            r.racer_id,
            r.order,
            tuple((t, n, int(v)) for t, n, v, *_ in r.laps),
            r.raced_by_proxy,
            r.track,
        )
        for r in runs
    ]


def same_as_lap_rows(
    repo: RunRepository, event_id: str, track_id: str | None = None
) -> list[tuple[Any, ...]]:
    """The board's runs from the packs, checked against the same runs read from the lap rows."""
    packed = as_read(repo.run_laps(event_id, track_id))
    assert packed == as_read(repo._run_laps_from_lap_rows(event_id, track_id))
    return packed


def timed_run(repo: RunRepository, event: EventInfo, racer_id: str, lap_ms: list[int]) -> str:
    """A run timed by race control's hot path (a start, one crossing a lap, the end) and submitted."""
    track = event.tracks[0].track_id
    run_id = repo.create(event.event_id, track, racer_id, RaceConfig(race_time_ms=None)).run_id
    run = domain_run.Run(RaceConfig(race_time_ms=None, min_lap_ms=1_000))
    at = 10_000
    for ms in [0, *lap_ms]:
        at += ms
        before = len(run.laps)
        run.trigger(Stamp(float(at), "drem:test", at))
        lap = run.laps[-1] if len(run.laps) > before else None
        repo.save(run_id, run, run.live_state(), new_lap=lap)
    run.end(Stamp(float(at + 1_000)))
    run.submit()
    repo.save(run_id, run, run.live_state())
    return run_id


@pytest.fixture
def db(tmp_path: Path) -> Database:
    return Database(tmp_path / "d.sqlite")


def test_the_pack_follows_every_write_of_a_lap(db: Database) -> None:
    event = EventRepository(db).create("Cup", "2026-11-24", RaceConfig(), 2)
    ann, bob = (RacerRepository(db).add(name).racer_id for name in ("ann", "bob"))
    repo = RunRepository(db)
    first = timed_run(repo, event, ann, [12_000, 11_500, 13_250])
    second = timed_run(repo, event, bob, [9_800])
    runs = same_as_lap_rows(repo, event.event_id, event.tracks[0].track_id)
    assert [r[3] for r in runs] == [((12_000, 0, 1), (11_500, 0, 1), (13_250, 0, 1)), ((9_800, 0, 1),)]

    laps = {lap.index: lap.lap_id for lap in repo.get(first).laps}
    repo.edit_lap(laps[1], time_ms=11_400, resets=2, valid=False)  # an edit, through the ORM
    repo.set_lap_deleted(laps[0], True)  # an undo
    runs = same_as_lap_rows(repo, event.event_id)
    assert runs[0][3] == ((11_400, 2, 0), (13_250, 0, 1))
    repo.set_lap_deleted(laps[0], False)  # and back
    assert same_as_lap_rows(repo, event.event_id)[0][3][0] == (12_000, 0, 1)

    repo.set_run_deleted(second, True)
    assert [r[0] for r in same_as_lap_rows(repo, event.event_id)] == [first]

    with db.engine.begin() as conn:  # a row removed outright (no code does; the pack must still follow)
        conn.exec_driver_sql("DELETE FROM lap WHERE id = ?", (laps[2],))
    assert same_as_lap_rows(repo, event.event_id)[0][3] == ((12_000, 0, 1), (11_400, 2, 0))


def test_another_laptops_laps_and_a_bulk_import_are_packed(tmp_path: Path) -> None:
    a, b = Database(tmp_path / "a.sqlite"), Database(tmp_path / "b.sqlite")
    event = EventRepository(a).create("Cup", "2026-11-24", RaceConfig(), 1)
    racer = RacerRepository(a).add("ann").racer_id
    timed_run(RunRepository(a), event, racer, [12_000, 11_500])
    bulk_insert_runs(
        a,
        [BulkRun(event.event_id, event.tracks[0].track_id, racer, [(9_000, 1, True), (8_000, 4, False)])],
        RaceConfig(),
    )
    on_a = same_as_lap_rows(RunRepository(a), event.event_id)
    assert sorted(r[3] for r in on_a) == [((9_000, 1, 1), (8_000, 4, 0)), ((12_000, 0, 1), (11_500, 0, 1))]

    changes = a.replica.changes(event.event_id, a.laptop_id, 0, a.replica.own_seq())
    # one lap as a version before the lap's flag (migration 0009) logged it: a change without that column
    old_lap = next(c for c in changes if c.table == "lap" and c.op == "insert")
    changes[changes.index(old_lap)] = replace(
        old_lap, fields={k: v for k, v in old_lap.fields.items() if k != "flag"}
    )
    b.replica.apply(changes)
    assert sorted(same_as_lap_rows(RunRepository(b), event.event_id)) == sorted(on_a)
    with b.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT flag FROM lap WHERE id = ?", (old_lap.row,)).scalar() == ""


def test_a_database_with_laps_from_before_the_pack_gets_its_packs(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    old = Database(path, migrate_to="0009")
    event = EventRepository(old).create("Cup", "2026-11-24", RaceConfig(), 1)
    racer = RacerRepository(old).add("ann").racer_id
    repo = RunRepository(old)
    run_id = timed_run(repo, event, racer, [12_000, 11_500, 10_900])
    lap_ids = [lap.lap_id for lap in repo.get(run_id).laps]
    repo.set_lap_deleted(lap_ids[1], True)
    old.close()
    new = Database(path)
    runs = same_as_lap_rows(RunRepository(new), event.event_id)
    assert runs[0][3] == ((12_000, 0, 1), (10_900, 0, 1))
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT laps_count FROM run_lap_pack").fetchall() == [(2,)]


def test_a_pack_that_cannot_be_read_sends_the_board_to_the_lap_rows(db: Database) -> None:
    event = EventRepository(db).create("Cup", "2026-11-24", RaceConfig(), 1)
    racer = RacerRepository(db).add("ann").racer_id
    repo = RunRepository(db)
    run_id = timed_run(repo, event, racer, [12_000, 11_500])
    with db.sessions.begin() as session:  # a time past 8 hexadecimal digits, written round the code's checks
        lap = session.scalars(select(Lap).where(Lap.run_id == run_id, Lap.lap_index == 0)).one()
        lap.time_ms = 5_000_000_000
    with db.engine.connect() as conn:
        count, packed = conn.exec_driver_sql("SELECT laps_count, laps FROM run_lap_pack").one()
    assert unpack_laps(count, packed) is None
    assert [r[3] for r in same_as_lap_rows(repo, event.event_id)] == [((5_000_000_000, 0, 1), (11_500, 0, 1))]


@pytest.mark.parametrize("packed", [b"", b"00002ee0000000000000000", b"00002ee00000000000000zz1"])
def test_a_garbled_pack_is_not_read_as_laps(packed: bytes) -> None:
    assert unpack_laps(1, packed) is None
    assert unpack_laps(1, b"00002ee00000000300000001") == ((12_000, 3, 1),)


def test_the_pack_follows_laps_written_in_any_order(db: Database) -> None:
    """New laps out of order, deleted ones, removed ones, edits: after each write the pack is the laps."""
    event = EventRepository(db).create("Cup", "2026-11-24", RaceConfig(), 1)
    racer = RacerRepository(db).add("ann").racer_id
    repo = RunRepository(db)
    runs = [timed_run(repo, event, racer, [10_000]) for _ in range(3)]
    rnd = random.Random(7)
    with db.engine.begin() as conn:
        origin, created = conn.exec_driver_sql("SELECT origin, created_at FROM lap LIMIT 1").one()
    for step in range(300):
        run_id, roll = rnd.choice(runs), rnd.random()
        with db.engine.begin() as conn:
            if roll < 0.6:
                conn.exec_driver_sql(
                    "INSERT INTO lap (run_id, lap_index, time_ms, resets, valid, source, sensor_ms, id, "
                    "created_at, updated_at, origin, deleted, flag) "
                    "VALUES (?, ?, ?, ?, ?, 'manual', NULL, ?, ?, ?, ?, ?, '')",
                    (
                        run_id,
                        rnd.randint(0, 20),
                        rnd.randint(5_000, 20_000),
                        rnd.randint(0, 4),
                        rnd.randint(0, 1),
                        f"lap-{step}",
                        created,
                        created,
                        origin,
                        int(rnd.random() < 0.1),
                    ),
                )
            else:
                what = (
                    "UPDATE lap SET deleted = 1 - deleted"
                    if roll < 0.8
                    else "UPDATE lap SET time_ms = time_ms + 1"
                )
                if roll > 0.95:
                    what = "DELETE FROM lap"
                one = "SELECT rowid FROM lap WHERE run_id = ? ORDER BY random() LIMIT 1"
                conn.exec_driver_sql(f"{what} WHERE rowid = ({one})", (run_id,))
        same_as_lap_rows(repo, event.event_id)


def test_a_long_run_is_read_from_its_lap_rows_and_packed_again_once_short(db: Database) -> None:
    """A row packs 100 laps: a lap of a 1,000-lap practice does not rewrite 24 KB; past 100 the run is
    marked and read from its lap rows, and packed again once it has 100 or fewer."""
    event = EventRepository(db).create("Cup", "2026-11-24", RaceConfig(), 1)
    racer = RacerRepository(db).add("ann").racer_id
    repo = RunRepository(db)
    run_id = timed_run(repo, event, racer, [8_000 + i for i in range(101)])

    def stored() -> tuple[int, bytes]:
        with db.engine.connect() as conn:
            row = conn.exec_driver_sql(
                "SELECT laps_count, laps FROM run_lap_pack WHERE run_id = ?", (run_id,)
            )
            count, packed = row.one()
            return count, bytes(packed)

    assert stored() == (-1, b"")
    runs = same_as_lap_rows(repo, event.event_id)
    assert [lap[0] for lap in runs[0][3]] == [8_000 + i for i in range(101)]
    repo.set_lap_deleted(repo.get(run_id).laps[0].lap_id, True)
    assert stored()[0] == 100
    assert [lap[0] for lap in same_as_lap_rows(repo, event.event_id)[0][3]] == [8_001 + i for i in range(100)]


def _insert_steps(conn: sqlite3.Connection, run_id: str, lap_index: int) -> int:
    """SQLite virtual-machine steps (in hundreds) that inserting the run's next lap takes, triggers
    included: a count of work done, the same on a busy machine as on a quiet one."""
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    row = conn.execute(
        "SELECT * FROM lap WHERE run_id = ? ORDER BY lap_index DESC LIMIT 1", (run_id,)
    ).fetchone()
    columns = [d[0] for d in conn.execute("SELECT * FROM lap LIMIT 0").description]
    lap = dict(zip(columns, row, strict=True)) | {"id": f"next-{lap_index}", "lap_index": lap_index}
    conn.set_progress_handler(count, 100)
    try:
        conn.execute(
            f"INSERT INTO lap ({', '.join(lap)}) VALUES ({', '.join('?' for _ in lap)})", tuple(lap.values())
        )
    finally:
        conn.set_progress_handler(None, 0)
    conn.commit()
    return steps[0]


def test_race_controls_next_lap_costs_the_same_on_a_run_of_ten_laps_or_of_a_thousand(db: Database) -> None:
    """The next lap is appended to its run's row (or, past 100 laps, only the mark is checked): the insert
    never reads the run's other laps. (0010's trigger worked out the whole pack and then threw it away:
    about 1 ms a lap on a 1,000-lap practice.)"""
    event = EventRepository(db).create("Cup", "2026-11-24", RaceConfig(), 1)
    racer = RacerRepository(db).add("ann").racer_id
    repo = RunRepository(db)
    short = timed_run(repo, event, racer, [8_000 + i for i in range(10)])
    long = timed_run(repo, event, racer, [8_000 + i for i in range(1_000)])
    db.close()
    with sqlite3.connect(db.path) as conn:
        short_steps = _insert_steps(conn, short, 11)
        long_steps = _insert_steps(conn, long, 1_001)
        assert long_steps <= short_steps + 2, (short_steps, long_steps)
        assert conn.execute("SELECT laps_count FROM run_lap_pack WHERE run_id = ?", (short,)).fetchone() == (
            11,
        )
        assert conn.execute("SELECT laps_count FROM run_lap_pack WHERE run_id = ?", (long,)).fetchone() == (
            -1,
        )
    reopened = Database(db.path)
    try:
        runs = same_as_lap_rows(RunRepository(reopened), event.event_id)
        assert sorted(len(r[3]) for r in runs) == [11, 1_001]
    finally:
        reopened.close()


def test_a_database_packed_by_0010_reads_the_same_after_0011(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    old = Database(path, migrate_to="0010")
    event = EventRepository(old).create("Cup", "2026-11-24", RaceConfig(), 1)
    racer = RacerRepository(old).add("ann").racer_id
    repo = RunRepository(old)
    run_id = timed_run(repo, event, racer, [12_000, 11_500])
    old.close()
    new = Database(path)
    try:
        repo = RunRepository(new)
        timed_run(repo, event, racer, [9_000])
        repo.set_lap_deleted(repo.get(run_id).laps[0].lap_id, True)
        runs = same_as_lap_rows(repo, event.event_id)
        assert sorted(r[3] for r in runs) == [((9_000, 0, 1),), ((11_500, 0, 1),)]
    finally:
        new.close()
