"""Writes the feed: a ChangeLog row for every change of a synced row, in that change's transaction.

Hooked into the session's flush, so no repository can forget it. It also stamps ``updated_at``, the
writing laptop's id and the change's clock stamp, numbers the change in commit order, and names the event
the row belongs to (docs/sync.md, section 1).
"""

from __future__ import annotations

from collections.abc import Callable
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


def _apply_defaults(obj: Synced) -> None:
    """Fills column defaults now (SQLAlchemy would at INSERT), so the logged row is the stored row."""
    for attr in inspect(obj).mapper.column_attrs:
        column = attr.columns[0]
        default = column.default
        if default is None or getattr(obj, attr.key) is not None:
            continue
        if default.is_scalar:
            setattr(obj, attr.key, default.arg)
        elif default.is_callable:
            setattr(obj, attr.key, default.arg(None))


def _local(obj: Synced) -> frozenset[str]:
    return LOCAL_COLUMNS.get(type(obj).__tablename__, frozenset())


def _payload(obj: Synced) -> dict[str, Any]:
    local = _local(obj)
    mapper = inspect(obj).mapper
    return {attr.key: plain(getattr(obj, attr.key)) for attr in mapper.column_attrs if attr.key not in local}


def _changed_payload(obj: Synced) -> dict[str, Any] | None:
    """New values and, for traceability, the old ones; ``None`` when nothing really changed."""
    state = inspect(obj)
    local = _local(obj)
    changes: dict[str, Any] = {}
    before: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _SKIP or attr.key in local:
            continue
        hist = state.attrs[attr.key].history
        if hist.has_changes():
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if old != new:
                changes[attr.key] = plain(new)
                before[attr.key] = plain(old)
    if not changes:
        return None
    return {"changes": changes, "before": before}


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
        session.add(
            ChangeLog(
                table_name=type(obj).__tablename__,
                row_id=obj.id,
                op=op,
                at=now,
                origin=laptop_id,
                payload=payload,
                hlc=stamp,
                seq=next_seq(laptop_id),
                event_id=event_of(session, obj),
            )
        )
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
