"""Runs, laps and the raw crossing log. Race control is the only writer of live runs.

Each method is one transaction: a lap is on disk (WAL, synchronous=FULL) when the method returns.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from itertools import groupby, repeat
from operator import itemgetter
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from drem_desktop.domain import run as domain_run
from drem_desktop.domain.errors import NotFound, StoreError
from drem_desktop.domain.merge import ChangeFacts, conflicts
from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.domain.ranking import LapFigure, LapTuple, RunLaps
from drem_desktop.domain.records import CrossingRecord, LapRecord, RunRecord
from drem_desktop.domain.run import LIVE_STATES, RunState
from drem_desktop.i18n import _
from drem_desktop.store import changelog
from drem_desktop.store.db import Database
from drem_desktop.store.lap_pack import LONG_RUN, unpack_laps
from drem_desktop.store.schema import ChangeLog, Crossing, Lap, Racer, Run, utcnow

_RUN_ROWID = itemgetter(3)  # of a lap row as run_laps reads it
_run_laps_of = partial(tuple.__new__, RunLaps)  # RunLaps from a tuple of its fields (as RunLaps._make)

def _board_runs(event_id: str, track_id: str | None) -> tuple[str, list[str]]:
    """The WHERE clause (on ``run r``) and its parameters of the runs a board counts."""
    where = "r.event_id = ? AND r.deleted = 0 AND r.state != 'discarded'"
    params = [event_id]
    if track_id is not None:
        where += " AND r.track_id = ?"
        params.append(track_id)
    return where, params


@dataclass(frozen=True, slots=True)
class LiveRunRow:
    run_id: str
    event_id: str
    track_id: str
    racer_id: str
    raced_by_proxy: bool
    created_at: datetime
    state: RunState
    config: RaceConfig
    laps: list[domain_run.Lap]
    live_state: dict[str, Any]
    car_name: str = ""


def _lap_record(lap: Lap) -> LapRecord:
    return LapRecord(
        lap.id,
        lap.run_id,
        lap.lap_index,
        lap.time_ms,
        lap.resets,
        lap.valid,
        lap.source,
        lap.deleted,
        lap.flag or "",
    )


def _run_record(run: Run, laps: Iterable[Lap]) -> RunRecord:
    return _run_record_from(run, [_lap_record(lap) for lap in laps])


def _run_record_from(run: Run, laps: Iterable[LapRecord]) -> RunRecord:
    return RunRecord(
        run_id=run.id,
        event_id=run.event_id,
        track_id=run.track_id,
        racer_id=run.racer_id,
        state=run.state,
        started_at=run.started_at,
        ended_at=run.ended_at,
        raced_by_proxy=run.raced_by_proxy,
        car_name=run.car_name,
        laps=tuple(sorted(laps, key=lambda lap: lap.index)),
        max_runs_override=run.max_runs_override,
        deleted=run.deleted,
        created_at=run.created_at,
        cloud_id=run.cloud_id,
    )


def run_order(created_at: datetime | None, run_id: str) -> str:
    """A sortable key for "who set it first": creation time, then id."""
    if created_at is None:
        return f"~|{run_id}"
    if created_at.tzinfo is None:
        created_at = created_at.replace(tzinfo=UTC)
    # the very text SQLite stores (SQLAlchemy's format), so orders read raw and made here compare alike
    return f"{created_at.astimezone(UTC).strftime('%Y-%m-%d %H:%M:%S.%f')}|{run_id}"


_ENDED = (RunState.OVER, RunState.SUBMITTED, RunState.DISCARDED)
_RUN_WRITES = ("state", "started_at", "ended_at", "live_state")  # what race control's saves change
_STORED_RUN = select(Run.event_id, Run.state, Run.started_at, Run.ended_at, Run.live_state).where(
    Run.id == bindparam("b_id")
)
_UPDATE_RUN = update(Run).where(Run.id == bindparam("b_id"))
_INSERT_LAP = insert(Lap)
_INSERT_CROSSING = insert(Crossing)


class RunRepository:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._insert_change = insert(ChangeLog).values(seq=changelog.next_seq(db.laptop_id))

    # -- live runs (race control) -----------------------------------------------------------------
    def create(
        self,
        event_id: str,
        track_id: str,
        racer_id: str,
        config: RaceConfig,
        *,
        raced_by_proxy: bool = False,
        car_name: str = "",
        max_runs_override: str = "",
    ) -> RunRecord:
        with self.db.sessions.begin() as session:
            run = Run(
                event_id=event_id,
                track_id=track_id,
                racer_id=racer_id,
                raced_by_proxy=raced_by_proxy,
                car_name=car_name,
                race_config=config.to_dict(),
                state=RunState.READY.value,
                max_runs_override=max_runs_override,
                created_at=utcnow(),
            )
            session.add(run)
            session.flush()
            return _run_record(run, [])

    def save(
        self,
        run_id: str,
        run: domain_run.Run,
        live_state: dict[str, Any],
        *,
        new_lap: domain_run.Lap | None = None,
        removed_lap: int | None = None,
        changed_lap: domain_run.Lap | None = None,
        crossing: CrossingRecord | None = None,
        earlier_crossings: Iterable[CrossingRecord] = (),
    ) -> None:
        """Writes one operation of race control atomically: run state, the lap it touched, the crossing
        (after ``earlier_crossings``: triggers that changed nothing, kept back to share this commit)."""
        if removed_lap is None and changed_lap is None:
            self._save_lap(run_id, run, live_state, new_lap, [*earlier_crossings, *filter(None, [crossing])])
        else:
            self._save_in_session(
                run_id, run, live_state, new_lap, removed_lap, changed_lap, crossing, earlier_crossings
            )

    def _save_in_session(
        self,
        run_id: str,
        run: domain_run.Run,
        live_state: dict[str, Any],
        new_lap: domain_run.Lap | None,
        removed_lap: int | None,
        changed_lap: domain_run.Lap | None,
        crossing: CrossingRecord | None,
        earlier_crossings: Iterable[CrossingRecord],
    ) -> None:
        """``save`` through the ORM, the change log written by the session hook: an undo or a validity
        change (and the reference the hot path is tested against)."""
        with self.db.sessions.begin() as session:
            row = session.get(Run, run_id)
            if row is None:
                raise NotFound(_("The run {id} is no longer in the database.").format(id=run_id))
            now = utcnow()
            if row.state != run.state.value:
                if run.state is RunState.RUNNING and row.started_at is None:
                    row.started_at = now
                if (
                    run.state in (RunState.OVER, RunState.SUBMITTED, RunState.DISCARDED)
                    and row.ended_at is None
                ):
                    row.ended_at = now
                row.state = run.state.value
            row.live_state = live_state
            if new_lap is not None:
                session.add(Lap(**_lap_columns(run_id, new_lap)))
            if removed_lap is not None:
                lap = self._live_lap(session, run_id, removed_lap)
                lap.deleted = True
            if changed_lap is not None:
                lap = self._live_lap(session, run_id, changed_lap.index)
                lap.valid = changed_lap.valid
            _insert_crossings(session, earlier_crossings)
            if crossing is not None:
                session.add(Crossing(**_fields(crossing)))

    def _save_lap(
        self,
        run_id: str,
        run: domain_run.Run,
        live_state: dict[str, Any],
        new_lap: domain_run.Lap | None,
        crossings: builtins.list[CrossingRecord],
    ) -> None:
        """A start, a lap, a pause...: the hot path of every trigger, on a connection instead of a session.

        The ORM spent about 3 ms of Python a lap here (reading the run into the identity map, the unit
        of work), more than the commit's fsync. The rows and their change-log rows are the ones the
        session hook writes (``changelog.new_row``, ``row_payload``, ``changes_payload``: the same rules),
        in the same order and one transaction; the write lock is taken first, so the run's stored values
        the change log records as ``before`` are the ones this commit replaces.
        """
        db = self.db
        origin = db.laptop_id
        with db.engine.connect() as conn:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            stored = conn.execute(_STORED_RUN, {"b_id": run_id}).first()
            if stored is None:
                raise NotFound(_("The run {id} is no longer in the database.").format(id=run_id))
            event_id, state, started_at, ended_at, old_live = stored
            now = utcnow()
            values: dict[str, Any] = {}
            if state != run.state.value:
                values["state"] = run.state.value
                if run.state is RunState.RUNNING and started_at is None:
                    values["started_at"] = now
                if run.state in _ENDED and ended_at is None:
                    values["ended_at"] = now
            values["live_state"] = live_state
            before = {"state": state, "started_at": started_at, "ended_at": ended_at, "live_state": old_live}
            # in column order, as the session hook reads them
            diffs = [(key, before[key], values[key]) for key in _RUN_WRITES if key in values]
            lap = None
            if new_lap is not None:
                lap = changelog.new_row(Lap, _lap_columns(run_id, new_lap), now, origin)
            changes = changelog.changes_payload("run", diffs)
            logs = []  # stamped as the session hook stamps: new rows first, then changed ones
            if lap is not None:
                payload = changelog.row_payload("lap", lap)
                logs.append(
                    changelog.change_values(
                        "lap", lap["id"], "insert", payload, now, origin, db.clock.now(), event_id
                    )
                )
            if changes is not None:
                logs.append(
                    changelog.change_values(
                        "run", run_id, "update", changes, now, origin, db.clock.now(), event_id
                    )
                )
            stamped_at = db.clock.position()
            if changes is not None:
                conn.execute(_UPDATE_RUN, {"b_id": run_id, **values, "updated_at": now, "origin": origin})
            if lap is not None:
                conn.execute(_INSERT_LAP, lap)
            for entry in logs:
                conn.execute(self._insert_change, entry)
            if crossings:
                conn.execute(_INSERT_CROSSING, [{**_fields(c), "at": c.at or now} for c in crossings])
            if changes is not None and db.clock.position() > stamped_at:
                db.refold_on(conn, "run", run_id)  # as the session hook does (docs/sync.md, section 3)
            conn.commit()
        db.committed_without_session(changes=bool(logs))

    def set_car(self, run_id: str, car_name: str) -> None:
        with self.db.sessions.begin() as session:
            row = session.get(Run, run_id)
            if row is None:
                raise NotFound(_("The run {id} is no longer in the database.").format(id=run_id))
            row.car_name = car_name

    @staticmethod
    def _live_lap(session: Session, run_id: str, index: int) -> Lap:
        lap = session.scalar(
            select(Lap).where(Lap.run_id == run_id, Lap.lap_index == index, Lap.deleted.is_(False))
        )
        if lap is None:
            raise NotFound(_("Lap {n} of this run is not in the database.").format(n=index + 1))
        return lap

    def log_crossings(self, crossings: Iterable[CrossingRecord]) -> None:
        """Triggers that changed no run (debounced, no run live), in one commit."""
        with self.db.sessions.begin() as session:
            _insert_crossings(session, crossings)

    def last_sequence(self, clock: str) -> int | None:
        """The highest trigger number stored for a sensor clock (``drem:<boot>``), if any."""
        with self.db.sessions() as session:
            return session.scalar(select(func.max(Crossing.sequence)).where(Crossing.clock == clock))

    def live_runs(self) -> list[LiveRunRow]:
        """Runs that were not submitted or discarded: race control reopens them at start."""
        with self.db.sessions() as session:
            # Only runs this laptop started: another laptop's run in progress arrives by sync, and that
            # laptop is the one timing it (docs/sync.md, section 9).
            started_here = (
                select(ChangeLog.id)
                .where(
                    ChangeLog.row_id == Run.id,
                    ChangeLog.op == "insert",
                    ChangeLog.origin == self.db.laptop_id,
                )
                .exists()
            )
            runs = session.scalars(
                select(Run).where(
                    Run.state.in_([s.value for s in LIVE_STATES]), Run.deleted.is_(False), started_here
                )
            ).all()
            out = []
            for r in runs:
                laps = session.scalars(
                    select(Lap).where(Lap.run_id == r.id, Lap.deleted.is_(False)).order_by(Lap.lap_index)
                ).all()
                out.append(
                    LiveRunRow(
                        run_id=r.id,
                        event_id=r.event_id,
                        track_id=r.track_id,
                        racer_id=r.racer_id,
                        raced_by_proxy=r.raced_by_proxy,
                        created_at=r.created_at,
                        state=RunState(r.state),
                        config=RaceConfig.from_dict(r.race_config or {}),
                        laps=[
                            domain_run.Lap(
                                lap.lap_index,
                                lap.time_ms,
                                lap.resets,
                                lap.valid,
                                domain_run.LapSource(lap.source),
                                lap.sensor_ms,
                                lap.flag or None,
                            )
                            for lap in laps
                        ],
                        live_state=r.live_state or {},
                        car_name=r.car_name,
                    )
                )
            return out

    def runs_done(self, event_id: str, racer_id: str) -> int:
        """Runs that count against the event's max runs per racer: submitted and not deleted (the runs of
        every laptop's registration of that racer)."""
        with self.db.sessions() as session:
            racer_id = session.scalar(select(Racer.merged_into).where(Racer.id == racer_id)) or racer_id
            return (
                session.scalar(
                    select(func.count())
                    .select_from(Run)
                    .where(
                        Run.event_id == event_id,
                        Run.racer_id == racer_id,
                        Run.state == RunState.SUBMITTED.value,
                        Run.deleted.is_(False),
                    )
                )
                or 0
            )

    def runs_done_by_racer(self, event_id: str) -> dict[str, int]:
        """``runs_done`` for every racer of the event at once (one indexed, grouped count)."""
        with self.db.sessions() as session:
            rows = session.execute(
                select(Run.racer_id, func.count())
                .where(
                    Run.event_id == event_id,
                    Run.state == RunState.SUBMITTED.value,
                    Run.deleted.is_(False),
                )
                .group_by(Run.racer_id)
            ).all()
            return {racer_id: int(n) for racer_id, n in rows}

    # -- reading for leaderboards and admin -------------------------------------------------------
    def run_laps(self, event_id: str, track_id: str | None = None) -> list[RunLaps]:
        """Every counted run (not discarded, not deleted) with its laps; a run that is not submitted
        counts from its first lap, as the live board adds it (a racer just put on the track is no run
        done yet, before or after a restart).

        The leaderboard's cold build reads here the laps of 10,000 runs, so this reads one row per run:
        the run and its laps as ``run_lap_pack`` keeps them (one query on the DB-API cursor, no ORM rows),
        each lap ``(time ms, resets, valid)``, which ranking reads by position. A pack it cannot read
        (a lap time past 8 hexadecimal digits, 49 days) sends it to the lap rows themselves.
        """
        where, params = _board_runs(event_id, track_id)
        with self.db.engine.connect() as conn:
            raw = conn.connection.driver_connection  # sqlite3's own connection: rows as plain tuples
            assert raw is not None
            track = "r.track_id" if track_id is None else "NULL"  # one track: its id is known already
            rows = raw.execute(
                "SELECT r.id, r.racer_id, r.created_at || '|' || r.id, r.raced_by_proxy, "
                f"{track}, r.state = '{RunState.SUBMITTED.value}', p.laps_count, p.laps "
                f"FROM run r LEFT JOIN run_lap_pack p ON p.run_id = r.id WHERE {where}",
                params,
            ).fetchall()
            runs: list[RunLaps] = []
            add = runs.append
            for run_id, racer_id, order, proxy, track_of, submitted, count, packed in rows:
                if not count:
                    if submitted:
                        add(_run_laps_of((run_id, racer_id, order, (), bool(proxy), track_of or track_id)))
                    continue
                if count == LONG_RUN:  # too many laps to pack: read from its lap rows
                    laps: tuple[LapTuple, ...] | None = tuple(
                        raw.execute(
                            "SELECT time_ms, resets, valid FROM lap WHERE run_id = ? AND deleted = 0 "
                            "ORDER BY lap_index, rowid",
                            (run_id,),
                        ).fetchall()
                    )
                else:
                    laps = unpack_laps(count, packed)
                if laps is None:
                    return self._run_laps_from_lap_rows(event_id, track_id)
                add(_run_laps_of((run_id, racer_id, order, laps, bool(proxy), track_of or track_id)))
        return runs

    def _run_laps_from_lap_rows(self, event_id: str, track_id: str | None) -> list[RunLaps]:
        """``run_laps`` from the lap rows (two indexed queries): where a run's pack cannot be read."""
        where, params = _board_runs(event_id, track_id)
        with self.db.engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            cur = raw.cursor()
            track = "r.track_id" if track_id is None else "NULL"
            runs = cur.execute(
                "SELECT r.rowid, r.id, r.racer_id, r.created_at || '|' || r.id, r.raced_by_proxy, "
                f"{track}, r.state = '{RunState.SUBMITTED.value}' FROM run r WHERE {where}",
                params,
            ).fetchall()
            # each run's laps together in lap order; equal lap numbers (two laptops) as written, as packed
            laps = cur.execute(
                "SELECT l.time_ms, l.resets, l.valid, r.rowid FROM run r JOIN lap l ON l.run_id = r.id "
                f"WHERE {where} AND l.deleted = 0 ORDER BY r.track_id, r.rowid, l.lap_index, l.rowid",
                params,
            ).fetchall()
            cur.close()
        by_run: dict[int, tuple[LapTuple, ...]] = {
            rowid: tuple(group) for rowid, group in groupby(laps, key=_RUN_ROWID)
        }
        # a run that is not submitted counts once it has a lap
        runs = [run for run in runs if run[6] or run[0] in by_run]
        if not runs:
            return []
        rowids, run_ids, racer_ids, orders, proxies, tracks, _submitted = zip(*runs, strict=True)
        fields = zip(
            run_ids,
            racer_ids,
            orders,
            map(by_run.get, rowids, repeat(())),
            map(bool, proxies),
            tracks if track_id is None else repeat(track_id, len(tracks)),
            strict=True,
        )
        return list(map(_run_laps_of, fields))

    def run_laps_one(self, run_id: str) -> RunLaps | None:
        with self.db.sessions() as session:
            run = session.get(Run, run_id)
            if run is None or run.deleted or run.state == RunState.DISCARDED.value:
                return None
            laps = session.execute(
                select(Lap.time_ms, Lap.resets, Lap.valid)
                .where(Lap.run_id == run_id, Lap.deleted.is_(False))
                .order_by(Lap.lap_index)
            ).all()
            return RunLaps(
                run.id,
                run.racer_id,
                run_order(run.created_at, run.id),
                tuple(LapFigure(t, r, bool(v)) for t, r, v in laps),
                run.raced_by_proxy,
                run.track_id,
            )

    def get(self, run_id: str) -> RunRecord:
        with self.db.sessions() as session:
            run = session.get(Run, run_id)
            if run is None:
                raise NotFound(_("No run with id {id}.").format(id=run_id))
            laps = session.scalars(select(Lap).where(Lap.run_id == run_id, Lap.deleted.is_(False))).all()
            return _run_record(run, laps)

    def list(
        self,
        event_id: str,
        track_id: str | None = None,
        include_deleted: bool = False,
        include_deleted_laps: bool = False,
    ) -> builtins.list[RunRecord]:
        """Runs of an event with their laps (plain columns, not ORM rows: an event has 100,000 laps)."""
        with self.db.sessions() as session:
            q = select(Run).where(Run.event_id == event_id)
            if track_id:
                q = q.where(Run.track_id == track_id)
            if not include_deleted:
                q = q.where(Run.deleted.is_(False))
            runs = session.scalars(q.order_by(Run.created_at)).all()
            laps_by_run: dict[str, list[LapRecord]] = {}
            lq = (
                select(
                    Lap.id,
                    Lap.run_id,
                    Lap.lap_index,
                    Lap.time_ms,
                    Lap.resets,
                    Lap.valid,
                    Lap.source,
                    Lap.deleted,
                )
                .join(Run, Run.id == Lap.run_id)
                .where(Run.event_id == event_id)
            )
            if track_id:
                lq = lq.where(Run.track_id == track_id)
            if not include_deleted_laps:
                lq = lq.where(Lap.deleted.is_(False))
            for row in session.execute(lq):
                laps_by_run.setdefault(row[1], []).append(LapRecord(*row))
            return [_run_record_from(r, laps_by_run.get(r.id, [])) for r in runs]

    # -- race admin (after submitting): every change is traceable in the change log ----------------
    def edit_lap(
        self, lap_id: str, *, time_ms: int | None = None, resets: int | None = None, valid: bool | None = None
    ) -> LapRecord:
        with self.db.sessions.begin() as session:
            lap = session.get(Lap, lap_id)
            if lap is None or lap.deleted:
                raise NotFound(_("That lap no longer exists."))
            if time_ms is not None:
                if not 0 < time_ms < 24 * 3_600_000:
                    raise StoreError(_("A lap time must be more than 0 ms and less than a day."))
                lap.time_ms = time_ms
                lap.source = domain_run.LapSource.EDIT.value
            if resets is not None:
                if resets < 0:
                    raise StoreError(_("Resets cannot be negative."))
                lap.resets = resets
            if valid is not None:
                lap.valid = valid
            return _lap_record(lap)

    def set_lap_deleted(self, lap_id: str, deleted: bool) -> LapRecord:
        with self.db.sessions.begin() as session:
            lap = session.get(Lap, lap_id)
            if lap is None:
                raise NotFound(_("That lap no longer exists."))
            lap.deleted = deleted
            return _lap_record(lap)

    def set_run_deleted(self, run_id: str, deleted: bool) -> RunRecord:
        with self.db.sessions.begin() as session:
            run = session.get(Run, run_id)
            if run is None:
                raise NotFound(_("No run with id {id}.").format(id=run_id))
            if run.state in {s.value for s in LIVE_STATES}:
                raise StoreError(_("This run is still in progress: end or discard it first."))
            run.deleted = deleted
            laps = session.scalars(select(Lap).where(Lap.run_id == run_id, Lap.deleted.is_(False))).all()
            return _run_record(run, laps)

    def history(self, row_id: str) -> builtins.list[dict[str, Any]]:
        """Every recorded change of a run or lap, oldest first (who, when, before → after)."""
        with self.db.sessions() as session:
            rows = session.scalars(
                select(ChangeLog).where(ChangeLog.row_id == row_id).order_by(ChangeLog.hlc)
            ).all()
            history = [
                {
                    "op": r.op,
                    "at": r.at,
                    "origin": r.origin,
                    "table": r.table_name,
                    "payload": r.payload,
                    "hlc": r.hlc,
                }
                for r in rows
            ]
        return _mark_conflicts(history)

    def crossings(self, track_id: str, limit: int = 200) -> builtins.list[CrossingRecord]:
        with self.db.sessions() as session:
            rows = session.scalars(
                select(Crossing)
                .where(Crossing.track_id == track_id)
                .order_by(Crossing.id.desc())
                .limit(limit)
            ).all()
            return [
                CrossingRecord(
                    c.track_id,
                    c.run_id,
                    c.source,
                    c.sensor_id,
                    c.sequence,
                    c.sensor_ms,
                    c.clock,
                    c.host_ms,
                    c.outcome,
                    c.at,
                    c.since_lap_start_ms,
                )
                for c in rows
            ]


def _lap_columns(run_id: str, lap: domain_run.Lap) -> dict[str, Any]:
    """The columns race control gives a new lap row (the rest are defaults and synced columns)."""
    return {
        "run_id": run_id,
        "lap_index": lap.index,
        "time_ms": lap.time_ms,
        "resets": lap.resets,
        "valid": lap.valid,
        "source": lap.source.value,
        "sensor_ms": lap.end_clock_ms,
        "flag": lap.flag or "",
    }


def _insert_crossings(session: Session, crossings: Iterable[CrossingRecord]) -> None:
    """Many raw triggers in one statement (a bounce burst is thousands): no ORM objects, no change log
    (crossings are not synced rows)."""
    now = utcnow()
    rows = [{**_fields(c), "at": c.at or now} for c in crossings]
    if rows:
        session.execute(insert(Crossing), rows)


def _fields(c: CrossingRecord) -> dict[str, Any]:
    """Columns of a new crossing row; ``at`` is stamped by the database row when the record has none."""
    fields = {k: getattr(c, k) for k in CrossingRecord.__dataclass_fields__}
    if fields["at"] is None:
        del fields["at"]
    return fields


def _mark_conflicts(history: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Changes made on two laptops without seeing each other's get ``conflict``: the column, the other
    laptop, and which value holds (the later clock stamp, on every laptop alike)."""
    facts = []
    for h in history:
        payload = h["payload"] or {}
        fields = payload.get("changes", payload) if h["op"] != "insert" else payload
        facts.append(
            ChangeFacts(h["hlc"], h["origin"], h["at"], dict(fields), dict(payload.get("before", {})))
        )
    latest: dict[str, str] = {}
    for f in facts:
        for column in f.fields:
            latest[column] = f.hlc
    for clash in conflicts(facts):
        for mine, other in ((clash.kept, clash.overridden), (clash.overridden, clash.kept)):
            entry = next(h for h in history if h["hlc"] == mine.hlc)
            entry.setdefault("conflict", []).append(
                {
                    "column": clash.column,
                    "other_laptop": other.origin,
                    "holds": latest.get(clash.column) == mine.hlc,
                }
            )
    return history
