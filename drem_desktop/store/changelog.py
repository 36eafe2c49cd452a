"""Writes the feed: a ChangeLog row for every change of a synced row, in that change's transaction.

Hooked into the session's flush, so no repository can forget it. It also stamps ``updated_at``, the
writing laptop's id and the change's clock stamp, numbers the change in commit order, and names the event
the row belongs to (docs/sync.md, section 1).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, func, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from drem_desktop.domain.hlc import HybridClock
from drem_desktop.store.schema import LOCAL_COLUMNS, ChangeLog, Event, Lap, Run, Synced, Track, utcnow

_SKIP = frozenset({"updated_at", "origin"})


def plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _default(column: Any) -> tuple[bool, Any]:
    """A column's default as SQLAlchemy would fill it at INSERT: (has one, value)."""
    default = column.default
    if default is None:
        return False, None
    if default.is_scalar:
        return True, default.arg
    if default.is_callable:
        return True, default.arg(None)
    return False, None


def _apply_defaults(obj: Synced) -> None:
    """Fills column defaults now (SQLAlchemy would at INSERT), so the logged row is the stored row."""
    for attr in inspect(obj).mapper.column_attrs:
        if getattr(obj, attr.key) is not None:
            continue
        known, value = _default(attr.columns[0])
        if known:
            setattr(obj, attr.key, value)


def row_payload(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """An insert's payload: the row as stored, in column order, without the columns kept per laptop."""
    local = LOCAL_COLUMNS.get(table, frozenset())
    return {key: plain(value) for key, value in row.items() if key not in local}


def changes_payload(table: str, diffs: Iterable[tuple[str, Any, Any]]) -> dict[str, Any] | None:
    """An update's payload from ``(column, old, new)`` in column order: new values and, for traceability,
    the old ones; ``None`` when nothing really changed."""
    local = LOCAL_COLUMNS.get(table, frozenset())
    changes: dict[str, Any] = {}
    before: dict[str, Any] = {}
    for key, old, new in diffs:
        if key in _SKIP or key in local or old == new:
            continue
        changes[key] = plain(new)
        before[key] = plain(old)
    if not changes:
        return None
    return {"changes": changes, "before": before}


def new_row(model: type[Synced], values: dict[str, Any], now: datetime, origin: str) -> dict[str, Any]:
    """A new synced row, every column in order, as the session hook completes it before an INSERT
    (``origin``, ``updated_at`` now, column defaults), for writers that bypass the session."""
    row: dict[str, Any] = {}
    for column in model.__table__.columns:  # type: ignore[attr-defined]
        key = column.key
        value = values.get(key)
        if key == "origin":
            value = value or origin
        elif key == "updated_at":
            value = now
        if value is None:
            known, default = _default(column)
            if known:
                value = default
        row[key] = value
    return row


def _payload(obj: Synced) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    return row_payload(
        type(obj).__tablename__, {attr.key: getattr(obj, attr.key) for attr in mapper.column_attrs}
    )


def _changed_payload(obj: Synced) -> dict[str, Any] | None:
    state = inspect(obj)
    diffs = []
    for attr in state.mapper.column_attrs:
        hist = state.attrs[attr.key].history
        if hist.has_changes():
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            diffs.append((attr.key, old, new))
    return changes_payload(type(obj).__tablename__, diffs)


def change_values(
    table: str,
    row_id: str,
    op: str,
    payload: dict[str, Any],
    now: datetime,
    origin: str,
    stamp: str,
    event_id: str | None,
) -> dict[str, Any]:
    """The columns of one change-log row but its ``seq`` (numbered by the INSERT: ``next_seq``)."""
    return {
        "table_name": table,
        "row_id": row_id,
        "op": op,
        "at": now,
        "origin": origin,
        "payload": payload,
        "hlc": stamp,
        "event_id": event_id,
    }


def next_seq(origin: str) -> Any:
    """The origin's next change number, worked out by the INSERT itself, under SQLite's write lock: numbers
    follow commit order, so a reader that has seen number n has seen every committed number below it."""
    return (
        select(func.coalesce(func.max(ChangeLog.seq), 0) + 1)
        .where(ChangeLog.origin == origin)
        .scalar_subquery()
    )


class EventOfRow:
    """Which event a row belongs to (None: rows every event shares). Runs never move between events."""

    def __init__(self) -> None:
        self._run_events: dict[str, str] = {}

    def __call__(self, session: Session, obj: Synced) -> str | None:
        if isinstance(obj, Event):
            return obj.id
        if isinstance(obj, Track | Run):
            if isinstance(obj, Run):
                self._run_events[obj.id] = obj.event_id
            return obj.event_id
        if isinstance(obj, Lap):
            found = self._run_events.get(obj.run_id)
            if found is None:
                with session.no_autoflush:
                    run = session.get(Run, obj.run_id)
                found = run.event_id if run is not None else None
                if found is not None:
                    if len(self._run_events) > 50_000:
                        self._run_events.clear()
                    self._run_events[obj.run_id] = found
            return found
        return None


Refold = Callable[[Session, str, str], None]


def install(
    sessions: sessionmaker[Session],
    laptop_id: str,
    clock: HybridClock,
    committed: Callable[[], None],
    refold: Refold | None = None,
) -> None:
    """``refold(session, table, row_id)`` rewrites a row from all its changes; it is called when a change
    from another laptop with a later stamp committed while this one was being written (docs/sync.md, 3)."""
    event_of = EventOfRow()

    def log(session: Session, obj: Synced, op: str, payload: dict[str, Any], now: datetime) -> str:
        stamp = clock.now()
        values = change_values(
            type(obj).__tablename__, obj.id, op, payload, now, laptop_id, stamp, event_of(session, obj)
        )
        session.add(ChangeLog(**values, seq=next_seq(laptop_id)))
        session.info["drem_changes"] = True
        return stamp

    @event.listens_for(sessions, "before_flush")
    def _record(session: Session, _ctx: Any, _instances: Any) -> None:
        now = utcnow()
        updated: list[tuple[str, str]] = []
        for obj in list(session.new):
            if isinstance(obj, Synced):
                obj.origin = obj.origin or laptop_id
                obj.updated_at = now
                _apply_defaults(obj)
                log(session, obj, "insert", _payload(obj), now)
        for obj in list(session.dirty):
            if isinstance(obj, Synced) and session.is_modified(obj, include_collections=False):
                payload = _changed_payload(obj)
                if payload is None:
                    continue
                obj.updated_at = now
                obj.origin = laptop_id
                op = "delete" if payload["changes"].get("deleted") is True else "update"
                log(session, obj, op, payload, now)
                updated.append((type(obj).__tablename__, obj.id))
        for obj in list(session.deleted):
            if isinstance(obj, Synced):
                raise RuntimeError("synced rows are soft-deleted (deleted=True), never removed")
        if updated:
            session.info["drem_updated"] = (updated, clock.position())

    @event.listens_for(sessions, "after_flush_postexec")
    def _refold(session: Session, _ctx: Any) -> None:
        """Another change was stamped (here or received) between stamping these and writing them: it may
        be later and already committed, so the rows are worked out again from all their changes, now
        that this transaction holds the write lock (docs/sync.md, section 3)."""
        flushed = session.info.pop("drem_updated", None)
        if flushed is None or refold is None:
            return
        updated, stamped_at = flushed
        if clock.position() > stamped_at:
            for table, row_id in updated:
                refold(session, table, row_id)

    @event.listens_for(sessions, "after_commit")
    def _committed(session: Session) -> None:
        if session.info.pop("drem_changes", False):
            committed()

    @event.listens_for(sessions, "after_rollback")
    def _rolled_back(session: Session) -> None:
        session.info.pop("drem_changes", None)
        session.info.pop("drem_updated", None)
