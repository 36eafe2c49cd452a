"""Writes the outbox: a ChangeLog row for every change of a synced row, in that change's transaction.

Hooked into the session's flush, so no repository can forget it. It also stamps ``updated_at`` and the
writing laptop's id.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

from drem_desktop.store.schema import ChangeLog, Synced, utcnow


def _plain(value: Any) -> Any:
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


def _payload(obj: Synced) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    return {attr.key: _plain(getattr(obj, attr.key)) for attr in mapper.column_attrs}


def _changed_payload(obj: Synced) -> dict[str, Any] | None:
    """New values and, for traceability, the old ones; ``None`` when nothing really changed."""
    state = inspect(obj)
    changes: dict[str, Any] = {}
    before: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in ("updated_at", "origin"):
            continue
        hist = state.attrs[attr.key].history
        if hist.has_changes():
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if old != new:
                changes[attr.key] = _plain(new)
                before[attr.key] = _plain(old)
    if not changes:
        return None
    return {"changes": changes, "before": before}


def install(sessions: sessionmaker[Session], laptop_id: str) -> None:
    @event.listens_for(sessions, "before_flush")
    def _record(session: Session, _ctx: Any, _instances: Any) -> None:
        now = utcnow()
        for obj in list(session.new):
            if isinstance(obj, Synced):
                obj.origin = obj.origin or laptop_id
                obj.updated_at = now
                _apply_defaults(obj)
                session.add(
                    ChangeLog(
                        table_name=type(obj).__tablename__,
                        row_id=obj.id,
                        op="insert",
                        at=now,
                        origin=laptop_id,
                        payload=_payload(obj),
                    )
                )
        for obj in list(session.dirty):
            if isinstance(obj, Synced) and session.is_modified(obj, include_collections=False):
                payload = _changed_payload(obj)
                if payload is None:
                    continue
                obj.updated_at = now
                obj.origin = laptop_id
                op = "delete" if payload["changes"].get("deleted") is True else "update"
                session.add(
                    ChangeLog(
                        table_name=type(obj).__tablename__,
                        row_id=obj.id,
                        op=op,
                        at=now,
                        origin=laptop_id,
                        payload=payload,
                    )
                )
        for obj in list(session.deleted):
            if isinstance(obj, Synced):
                raise RuntimeError("synced rows are soft-deleted (deleted=True), never removed")
