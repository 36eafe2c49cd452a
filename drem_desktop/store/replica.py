"""The replica: reads this laptop's feed for others and applies theirs (docs/sync.md, sections 1 to 4).

Applying is the only writer of other laptops' changes. It works in short transactions (a lap being
committed by race control never waits long for the write lock), records every change in the change log
before it writes rows, and writes each row as the fold of all its known changes, so the order changes
arrive in never matters.
"""

from __future__ import annotations

import json
import logging
import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, bindparam, delete, insert, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from drem_desktop.domain.changes import Change
from drem_desktop.domain.merge import RacerMember, canonical_racer, fold, username_key
from drem_desktop.store.schema import (
    LOCAL_COLUMNS,
    REPLICATED,
    ChangeLog,
    Racer,
    SyncCursor,
    SyncPending,
    UTCDateTime,
)

if TYPE_CHECKING:
    from drem_desktop.store.db import Database

log = logging.getLogger(__name__)

TABLES = {t.__tablename__: t for t in REPLICATED}
ORDER = [t.__tablename__ for t in REPLICATED]
PARENTS: dict[str, dict[str, str]] = {
    "track": {"event_id": "event", "fleet_id": "fleet"},
    "rl_model": {"racer_id": "racer"},
    "rl_model_revision": {"model_id": "rl_model"},
    "run": {"event_id": "event", "track_id": "track", "racer_id": "racer"},
    "lap": {"run_id": "run"},
}
RACER_REFERENCES = ("run", "rl_model")
CHUNK = 2000  # changes per transaction
JOINED_SETTING = "sync.joined"
IN_LIMIT = 500  # ids per IN (...) clause


def _chunks(items: Sequence[Any], size: int = IN_LIMIT) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _iso(at: Any) -> str:
    if isinstance(at, str):
        at = datetime.fromisoformat(at)
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return str(at.astimezone(UTC).isoformat())


def _when(text_or_dt: Any) -> datetime:
    value = text_or_dt if isinstance(text_or_dt, datetime) else datetime.fromisoformat(str(text_or_dt))
    return value if value.tzinfo else value.replace(tzinfo=UTC)


# A change-log row as ``change_from_log`` takes it, in its argument order.
LOG_COLUMNS = (
    ChangeLog.seq,
    ChangeLog.hlc,
    ChangeLog.origin,
    ChangeLog.table_name,
    ChangeLog.row_id,
    ChangeLog.op,
    ChangeLog.at,
    ChangeLog.event_id,
    ChangeLog.payload,
)


def change_from_log(
    seq: int,
    hlc: str,
    origin: str,
    table: str,
    row: str,
    op: str,
    at: Any,
    event: str | None,
    payload: Any,
) -> Change:
    if isinstance(payload, str):
        payload = json.loads(payload)
    if op == "insert":
        fields, before = dict(payload), {}
    else:
        fields, before = dict(payload.get("changes", {})), dict(payload.get("before", {}))
    return Change(seq, hlc, origin, table, row, op, _iso(at), event, fields, before)


def log_payload(change: Change) -> dict[str, Any]:
    if change.op == "insert":
        return dict(change.fields)
    return {"changes": change.fields, "before": change.before}


@dataclass
class Applied:
    """What an apply changed, for the bus: screens and leaderboards redraw from it."""

    changes: int = 0  # new changes recorded
    rows: int = 0  # rows written
    runs: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # run -> event, track, racer
    racers: set[str] = field(default_factory=set)
    events: set[str] = field(default_factory=set)
    regrouped: bool = False  # racers merged or split: every leaderboard is rebuilt
    pending: int = 0  # rows still waiting for their parent

    def merge(self, other: Applied) -> None:
        self.changes += other.changes
        self.rows += other.rows
        self.runs.update(other.runs)
        self.racers |= other.racers
        self.events |= other.events
        self.regrouped = self.regrouped or other.regrouped
        self.pending = other.pending

    @property
    def anything(self) -> bool:
        return self.changes > 0 or self.rows > 0


class Replica:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.laptop_id = db.laptop_id
        self._apply_lock = threading.Lock()  # one apply at a time (LAN peers and the bucket)
        self._columns = {
            name: {c.name: c for c in model.__table__.columns if c.name not in LOCAL_COLUMNS.get(name, ())}  # type: ignore[attr-defined]
            for name, model in TABLES.items()
        }

    # -- reading the feed ---------------------------------------------------------------------------
    def own_seq(self) -> int:
        with self.db.engine.connect() as conn:
            return int(
                conn.execute(
                    text("SELECT coalesce(max(seq), 0) FROM change_log WHERE origin = :o"),
                    {"o": self.laptop_id},
                ).scalar_one()
            )

    def events(self) -> list[str]:
        """Events this laptop holds or joined (deleted ones too: their deletes travel)."""
        with self.db.engine.connect() as conn:
            held = {
                r[0]
                for r in conn.execute(
                    text("SELECT id FROM event UNION SELECT DISTINCT event_id FROM sync_cursor")
                )
            }
        joined = self.db.get_setting(JOINED_SETTING) or []
        return sorted(held | {str(e) for e in joined})

    def join(self, event_id: str) -> None:
        """Hold this event from now on, even before any of it arrives (``join-event``)."""
        joined = list(self.db.get_setting(JOINED_SETTING) or [])
        if event_id not in joined:
            self.db.set_setting(JOINED_SETTING, [*joined, event_id])

    def frontier(self, event_id: str) -> dict[str, int]:
        """For each laptop: this laptop holds all of its changes of the event up to this number."""
        with self.db.engine.connect() as conn:
            rows = conn.execute(
                select(SyncCursor.origin, SyncCursor.seq).where(SyncCursor.event_id == event_id)
            ).all()
        known = {origin: seq for origin, seq in rows}
        known[self.laptop_id] = self.own_seq()
        return known

    def frontiers(self) -> dict[str, dict[str, int]]:
        own = self.own_seq()
        out: dict[str, dict[str, int]] = {e: {} for e in self.events()}
        with self.db.engine.connect() as conn:
            for event_id, origin, seq in conn.execute(
                select(SyncCursor.event_id, SyncCursor.origin, SyncCursor.seq)
            ):
                out.setdefault(event_id, {})[origin] = seq
        for known in out.values():
            known[self.laptop_id] = own
        return out

    def changes(
        self, event_id: str, origin: str, after: int, upto: int, limit: int | None = None
    ) -> list[Change]:
        """The origin's changes numbered after..upto that belong to the event or to every event."""
        q = (
            select(*LOG_COLUMNS)
            .where(
                ChangeLog.origin == origin,
                ChangeLog.seq > after,
                ChangeLog.seq <= upto,
                ChangeLog.table_name.in_(ORDER),
                (ChangeLog.event_id == event_id) | ChangeLog.event_id.is_(None),
            )
            .order_by(ChangeLog.seq)
        )
        if limit is not None:
            q = q.limit(limit)
        with self.db.engine.connect() as conn:
            return [change_from_log(*row) for row in conn.execute(q)]

    def history(self, row_id: str) -> list[Change]:
        with self.db.engine.connect() as conn:
            rows = conn.execute(
                select(*LOG_COLUMNS).where(ChangeLog.row_id == row_id).order_by(ChangeLog.hlc)
            ).all()
        return [change_from_log(*r) for r in rows]

    # -- applying others' changes -----------------------------------------------------------------
    def apply(self, changes: Sequence[Change], cursors: Iterable[tuple[str, str, int]] = ()) -> Applied:
        """Record and apply changes (already validated); then move the cursors (event, origin, upto).

        Idempotent: changes already held are recognised by their stamp and skipped.
        """
        total = Applied()
        with self._apply_lock:
            for part in _chunks(list(changes), CHUNK):
                with self.db.engine.begin() as conn:
                    total.merge(self._apply_chunk(conn, part))
            with self.db.engine.begin() as conn:
                if not changes:
                    total.merge(self._materialize(conn, {}, {}, set(), retry_all=True))
                self._move_cursors(conn, cursors)
        if total.anything:
            self.db.changes_committed()
        return total

    def move_cursors(self, cursors: Iterable[tuple[str, str, int]]) -> None:
        """Record that this laptop holds each (event, origin)'s changes up to a number (never moves back)."""
        with self._apply_lock, self.db.engine.begin() as conn:
            self._move_cursors(conn, cursors)

    def _move_cursors(self, conn: Connection, cursors: Iterable[tuple[str, str, int]]) -> None:
        for event_id, origin, upto in cursors:
            if origin == self.laptop_id:
                continue
            stmt = sqlite_insert(SyncCursor).values(event_id=event_id, origin=origin, seq=upto)
            conn.execute(
                stmt.on_conflict_do_update(
                    index_elements=["event_id", "origin"],
                    set_={"seq": text("max(sync_cursor.seq, excluded.seq)")},
                )
            )

    def _apply_chunk(self, conn: Connection, part: Sequence[Change]) -> Applied:
        known: set[str] = set()
        for ids in _chunks([c.hlc for c in part]):
            known.update(r[0] for r in conn.execute(select(ChangeLog.hlc).where(ChangeLog.hlc.in_(ids))))
        fresh: dict[str, Change] = {}
        for c in part:
            if c.hlc not in known and c.origin != self.laptop_id:
                fresh.setdefault(c.hlc, c)
        if not fresh:
            return Applied()
        self.db.clock.receive(max(fresh))
        touched: dict[str, set[str]] = defaultdict(set)
        batch: dict[str, list[Change]] = defaultdict(list)
        for c in fresh.values():
            if c.table in TABLES:
                touched[c.table].add(c.row)
                batch[c.row].append(c)
        prior: set[str] = set()
        all_rows = list(batch)
        for ids in _chunks(all_rows):
            prior.update(
                r[0] for r in conn.execute(select(ChangeLog.row_id).where(ChangeLog.row_id.in_(ids)))
            )
        conn.execute(
            insert(ChangeLog),
            [
                {
                    "table_name": c.table,
                    "row_id": c.row,
                    "op": c.op,
                    "at": _when(c.at),
                    "origin": c.origin,
                    "payload": log_payload(c),
                    "synced": True,
                    "hlc": c.hlc,
                    "seq": c.seq,
                    "event_id": c.event,
                }
                for c in fresh.values()
            ],
        )
        applied = self._materialize(conn, touched, batch, prior)
        applied.changes = len(fresh)
        return applied

    def refold(self, session: Session, table: str, row_id: str) -> None:
        """Rewrite one row from all its changes inside a local write's transaction (changelog hook)."""
        if table not in TABLES:
            return
        self.refold_on(session.connection(), table, row_id)
        model = TABLES[table]
        obj = session.identity_map.get(session.identity_key(model, row_id))
        if obj is not None:
            session.expire(obj)

    def refold_on(self, conn: Connection, table: str, row_id: str) -> None:
        """``refold`` for a write made on a connection, not a session (a lap's hot path)."""
        if table in TABLES:
            self._materialize(conn, {table: {row_id}}, {}, {row_id})

    # -- materializing rows -----------------------------------------------------------------------
    def _load_changes(self, conn: Connection, row_ids: Sequence[str]) -> dict[str, list[Change]]:
        out: dict[str, list[Change]] = defaultdict(list)
        for ids in _chunks(list(row_ids)):
            for row in conn.execute(select(*LOG_COLUMNS).where(ChangeLog.row_id.in_(ids))):
                out[row[4]].append(change_from_log(*row))
        return out

    def _existing(self, conn: Connection, table: str, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        model = TABLES[table]
        out: dict[str, dict[str, Any]] = {}
        for part in _chunks(list(ids)):
            for row in conn.execute(select(model.__table__).where(model.__table__.c.id.in_(part))).mappings():  # type: ignore[attr-defined]
                out[row["id"]] = dict(row)
        return out

    def _present(self, conn: Connection, table: str, ids: set[str]) -> set[str]:
        model = TABLES[table]
        found: set[str] = set()
        for part in _chunks(sorted(ids)):
            col = model.__table__.c.id  # type: ignore[attr-defined]
            found.update(r[0] for r in conn.execute(select(col).where(col.in_(part))))
        return found

    def _decode(self, table: str, values: dict[str, Any]) -> dict[str, Any]:
        columns = self._columns[table]
        out: dict[str, Any] = {}
        for key, value in values.items():
            column = columns.get(key)
            if column is None or key == "id":
                continue
            if value is not None and isinstance(column.type, UTCDateTime):
                value = _when(value)
            out[key] = value
        return out

    def _materialize(
        self,
        conn: Connection,
        touched: dict[str, set[str]],
        batch: dict[str, list[Change]],
        prior: set[str],
        *,
        retry_all: bool = False,
    ) -> Applied:
        applied = Applied()
        written: set[str] = set()  # ids written in this pass, any table
        for table in ORDER:
            ids = set(touched.get(table, ()))
            waiting_on = written if not retry_all else None
            ids |= self._pending_children(conn, table, waiting_on)
            if not ids:
                continue
            from_log = [i for i in ids if i in prior or i not in batch]
            logged = self._load_changes(conn, from_log) if from_log else {}
            existing = self._existing(conn, table, sorted(ids))
            folded_rows: dict[str, dict[str, Any]] = {}
            for row_id in ids:
                changes = logged.get(row_id) if row_id in logged else batch.get(row_id, [])
                folded = fold(c.facts() for c in changes or [])
                if folded is None:
                    continue
                if row_id not in existing and not any(c.op == "insert" for c in changes or []):
                    self._wait(conn, table, row_id, row_id)  # its insert has not arrived yet
                    continue
                values = self._decode(table, folded.values)
                values["updated_at"] = _when(folded.newest.at)
                values["origin"] = folded.newest.origin
                folded_rows[row_id] = values
            if table in RACER_REFERENCES:
                self._resolve_racers(conn, folded_rows)
            ready = self._with_parents(conn, table, folded_rows, existing, written)
            old_names = {
                rid: existing[rid]["username"] for rid in ready if table == "racer" and rid in existing
            }
            self._write(conn, table, ready, existing)
            written.update(ready)
            applied.rows += len(ready)
            self._note(conn, applied, table, ready, existing)
            if table == "racer" and ready:
                keys = {username_key(v["username"]) for v in ready.values() if "username" in v}
                keys |= {username_key(n) for n in old_names.values()}
                if self._regroup(conn, keys):
                    applied.regrouped = True
        applied.pending = int(conn.execute(text("SELECT count(*) FROM sync_pending")).scalar_one())
        return applied

    def _pending_children(self, conn: Connection, table: str, parents: set[str] | None) -> set[str]:
        q = select(SyncPending.row_id).where(SyncPending.table_name == table)
        if parents is None:
            return {r[0] for r in conn.execute(q)}
        found: set[str] = set()
        if not parents:
            return found
        for part in _chunks(sorted(parents)):
            found.update(r[0] for r in conn.execute(q.where(SyncPending.waiting_for.in_(part))))
        return found

    def _wait(self, conn: Connection, table: str, row_id: str, parent: str) -> None:
        stmt = sqlite_insert(SyncPending).values(table_name=table, row_id=row_id, waiting_for=parent)
        conn.execute(
            stmt.on_conflict_do_update(index_elements=["table_name", "row_id"], set_={"waiting_for": parent})
        )

    def _with_parents(
        self,
        conn: Connection,
        table: str,
        rows: dict[str, dict[str, Any]],
        existing: dict[str, dict[str, Any]],
        written: set[str],
    ) -> dict[str, dict[str, Any]]:
        """Rows whose parent rows are all here; the others wait in sync_pending."""
        refs = PARENTS.get(table, {})
        if not refs or not rows:
            return rows
        needed: dict[str, set[str]] = defaultdict(set)
        for row_id, values in rows.items():
            for column, parent in refs.items():
                value = values.get(column, existing.get(row_id, {}).get(column))
                if value is not None and value not in written:
                    needed[parent].add(value)
        present = set(written)
        for parent, ids in needed.items():
            present |= self._present(conn, parent, ids)
        ready: dict[str, dict[str, Any]] = {}
        for row_id, values in rows.items():
            missing = None
            for column in refs:
                value = values.get(column, existing.get(row_id, {}).get(column))
                if value is not None and value not in present:
                    missing = value
                    break
            if missing is None:
                ready[row_id] = values
            else:
                self._wait(conn, table, row_id, missing)
        return ready

    def _write(
        self,
        conn: Connection,
        table: str,
        rows: dict[str, dict[str, Any]],
        existing: dict[str, dict[str, Any]],
    ) -> None:
        if not rows:
            return
        model = TABLES[table]
        t = model.__table__  # type: ignore[attr-defined]
        # one insert per set of columns: a change logged before a column existed (an older version,
        # a bulk import) names fewer columns, and the rest take their defaults
        new: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        for rid, values in rows.items():
            if rid not in existing:
                new[tuple(values)].append({"id": rid, **values})
        for group in new.values():
            for part in _chunks(group):
                conn.execute(insert(t), list(part))
        by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        for rid, values in rows.items():
            if rid in existing:
                old = existing[rid]
                changed = {k: v for k, v in values.items() if not _same(old.get(k), v)}
                if changed:
                    by_columns[tuple(sorted(changed))].append({"_id": rid, **changed})
        for columns, items in by_columns.items():
            stmt = update(t).where(t.c.id == bindparam("_id")).values({c: bindparam(c) for c in columns})
            conn.execute(stmt, items)
        ids = sorted(rows)
        for part in _chunks(ids):
            conn.execute(
                delete(SyncPending).where(SyncPending.table_name == table, SyncPending.row_id.in_(part))
            )

    def _note(
        self,
        conn: Connection,
        applied: Applied,
        table: str,
        rows: dict[str, dict[str, Any]],
        existing: dict[str, dict[str, Any]],
    ) -> None:
        def value(rid: str, key: str) -> Any:
            return rows[rid].get(key, existing.get(rid, {}).get(key))

        if table == "event":
            applied.events.update(rows)
        elif table == "track":
            applied.events.update(value(rid, "event_id") for rid in rows)
        elif table == "racer":
            applied.racers.update(rows)
        elif table == "run":
            for rid in rows:
                applied.runs[rid] = (value(rid, "event_id"), value(rid, "track_id"), value(rid, "racer_id"))
        elif table == "lap":
            run_ids = {value(rid, "run_id") for rid in rows} - set(applied.runs)
            for part in _chunks(sorted(run_ids)):
                for rid, event_id, track_id, racer_id in conn.execute(_run_keys(part)):
                    applied.runs[rid] = (event_id, track_id, racer_id)

    # -- one racer, registered twice (docs/sync.md, section 4) ---------------------------------------
    def _resolve_racers(self, conn: Connection, rows: dict[str, dict[str, Any]]) -> None:
        ids = {v["racer_id"] for v in rows.values() if v.get("racer_id")}
        merged = self._merged_into(conn, ids)
        for values in rows.values():
            logical = values.get("racer_id")
            if logical and merged.get(logical):
                values["racer_id"] = merged[logical]

    def _merged_into(self, conn: Connection, ids: set[str]) -> dict[str, str | None]:
        out: dict[str, str | None] = {}
        for part in _chunks(sorted(ids)):
            for rid, into in conn.execute(select(Racer.id, Racer.merged_into).where(Racer.id.in_(part))):
                out[rid] = into
        return out

    def _regroup(self, conn: Connection, keys: set[str]) -> bool:
        """Same-named racers become one (canonical) racer; runs and models follow. True if anything moved."""
        members_all: set[str] = set()
        moved = False
        for key in sorted(keys):
            members = conn.execute(
                text("SELECT id, deleted, created_at, merged_into FROM racer WHERE lower(username) = :k"),
                {"k": key},
            ).all()
            if not members:
                continue
            members_all.update(m[0] for m in members)
            canonical = canonical_racer(RacerMember(m[0], bool(m[1]), str(m[2])) for m in members)
            for rid, _deleted, _created, into in members:
                wanted = None if rid == canonical else canonical
                if into != wanted:
                    conn.execute(update(Racer).where(Racer.id == rid).values(merged_into=wanted))
                    moved = True
        if not moved or not members_all:
            return False
        for table in RACER_REFERENCES:
            t = TABLES[table].__table__  # type: ignore[attr-defined]
            rows: list[tuple[str, str | None]] = []
            for part in _chunks(sorted(members_all)):
                rows.extend(conn.execute(select(t.c.id, t.c.racer_id).where(t.c.racer_id.in_(part))).all())
            logged = self._load_changes(conn, [r[0] for r in rows])
            logical: dict[str, str] = {}
            for row_id, current in rows:
                folded = fold(c.facts() for c in logged.get(row_id, []))
                said = folded.values.get("racer_id", current) if folded else current
                if said is not None:
                    logical[row_id] = said
            merged = self._merged_into(conn, set(logical.values()))
            for row_id, current in rows:
                if row_id in logical:
                    wanted = merged.get(logical[row_id]) or logical[row_id]
                    if wanted != current:
                        conn.execute(update(t).where(t.c.id == row_id).values(racer_id=wanted))
        return True


def _run_keys(run_ids: Sequence[str]) -> Any:
    from drem_desktop.store.schema import Run

    return select(Run.id, Run.event_id, Run.track_id, Run.racer_id).where(Run.id.in_(list(run_ids)))


def _same(old: Any, new: Any) -> bool:
    if isinstance(old, datetime) and isinstance(new, datetime):
        return _when(old) == _when(new)
    return bool(old == new)
