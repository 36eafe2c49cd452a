"""An event's rows out of the database and back in: what the one-file event archive (.dremz) carries.

Out: the event, its tracks and their fleets, every run (deleted ones too: they can be restored) with its
laps, the crossing log of its tracks, the racers who ran and their models. In: one transaction through the
ORM, so the change log records the restored rows like any other; racers and fleets already on this laptop
(same id, or same username / fleet name) are reused, not doubled.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, func, inspect, select
from sqlalchemy.orm import Session

from drem_desktop.domain.errors import StoreError
from drem_desktop.i18n import _
from drem_desktop.store.db import Database
from drem_desktop.store.schema import (
    Base,
    Crossing,
    Event,
    Fleet,
    Lap,
    Racer,
    RlModel,
    RlModelRevision,
    Run,
    Track,
    UTCDateTime,
)

TABLES: tuple[type[Base], ...] = (Event, Fleet, Track, Racer, Run, Lap, Crossing, RlModel, RlModelRevision)
TABLE_BY_NAME = {t.__tablename__: t for t in TABLES}


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _row(obj: Any) -> dict[str, Any]:
    return {attr.key: _plain(getattr(obj, attr.key)) for attr in inspect(obj).mapper.column_attrs}


def _rows(session: Session, query: Any) -> list[dict[str, Any]]:
    """Plain rows of a Core query (100,000 laps: no ORM objects), dates as ISO text."""
    return [{k: _plain(v) for k, v in row._mapping.items()} for row in session.execute(query)]


def event_rows(db: Database, event_id: str) -> dict[str, list[dict[str, Any]]]:
    """Every row of the event, by table name, as JSON-ready dicts."""
    with db.sessions() as session:
        event = session.get(Event, event_id)
        if event is None or event.deleted:
            raise StoreError(_("No event with id {id}.").format(id=event_id))
        tracks = list(session.scalars(select(Track).where(Track.event_id == event_id)))
        track_ids = [t.id for t in tracks]
        fleets = list(
            session.scalars(select(Fleet).where(Fleet.id.in_([t.fleet_id for t in tracks if t.fleet_id])))
        )
        runs = list(session.scalars(select(Run).where(Run.event_id == event_id)))
        racer_ids = sorted({r.racer_id for r in runs})
        racers = list(session.scalars(select(Racer).where(Racer.id.in_(racer_ids))))
        lap_table = Lap.__table__
        laps = _rows(
            session,
            select(*lap_table.c).join(Run, Run.id == lap_table.c.run_id).where(Run.event_id == event_id),
        )
        crossing_table = Crossing.__table__
        crossings = _rows(
            session,
            select(*[c for c in crossing_table.c if c.key != "id"]).where(
                crossing_table.c.track_id.in_(track_ids)
            ),
        )
        models = list(session.scalars(select(RlModel).where(RlModel.racer_id.in_(racer_ids))))
        history = list(
            session.scalars(
                select(RlModelRevision).where(RlModelRevision.model_id.in_([m.id for m in models]))
            )
        )
        out = {
            "event": [_row(event)],
            "fleet": [_row(f) for f in fleets],
            "track": [_row(t) for t in tracks],
            "racer": [_row(r) for r in racers],
            "run": [_row(r) for r in runs],
            "lap": laps,
            "crossing": crossings,
            "rl_model": [_row(m) for m in models],
            "rl_model_revision": [_row(h) for h in history],
        }
        return out


def _values(model: type[Base], row: dict[str, Any], where: str) -> dict[str, Any]:
    """A row's values with dates parsed back; unknown columns refused (an archive of a newer app)."""
    columns = {c.key: c for c in inspect(model).column_attrs}
    values: dict[str, Any] = {}
    for key, value in row.items():
        if key not in columns:
            raise StoreError(
                _("{where}: unknown column “{key}”; this archive was made by a newer DREM Desktop.").format(
                    where=where, key=key
                )
            )
        column = columns[key].columns[0]
        if value is None and isinstance(column.type, JSON):
            continue  # SQL NULL, as it was (a JSON column would store None as the text 'null')
        if isinstance(column.type, UTCDateTime) and isinstance(value, str):
            try:
                value = datetime.fromisoformat(value)
            except ValueError:
                raise StoreError(
                    _("{where}: “{key}” is not a date-time.").format(where=where, key=key)
                ) from None
        values[key] = value
    return values


def restore_rows(db: Database, rows: dict[str, list[dict[str, Any]]]) -> dict[str, int]:
    """Inserts an archive's rows in one transaction; refuses an event this laptop already has."""
    counts: dict[str, int] = {}
    with db.sessions.begin() as session:
        events = rows.get("event") or []
        if len(events) != 1:
            raise StoreError(_("rows/event.json: an archive holds exactly one event."))
        event = _values(Event, events[0], "rows/event.json")
        existing = session.get(Event, event.get("id"))
        if existing is not None:
            raise StoreError(
                _("The event “{name}” is already on this laptop (same id): nothing was restored.").format(
                    name=existing.name
                )
            )
        clash = session.scalar(select(Event).where(Event.name == event.get("name"), Event.deleted.is_(False)))
        if clash is not None:
            raise StoreError(
                _("Another event here is named “{name}”: rename it first, then restore again.").format(
                    name=clash.name
                )
            )
        fleet_map = _reuse(session, Fleet, rows.get("fleet") or [], "name", counts)
        racer_map = _reuse(session, Racer, rows.get("racer") or [], "username", counts)
        session.add(Event(**event))
        counts["event"] = 1
        session.flush()
        for table, remap in (
            ("track", {"fleet_id": fleet_map}),
            ("run", {"racer_id": racer_map}),
            ("lap", {}),
            ("crossing", {}),
            ("rl_model", {"racer_id": racer_map}),
            ("rl_model_revision", {}),
        ):
            model = TABLE_BY_NAME[table]
            for i, row in enumerate(rows.get(table) or []):
                values = _values(model, row, f"rows/{table}.json item {i + 1}")
                for key, mapping in remap.items():
                    if values.get(key) in mapping:
                        values[key] = mapping[values[key]]
                if (
                    table in ("rl_model", "rl_model_revision")
                    and session.get(model, values.get("id")) is not None
                ):
                    continue
                session.add(model(**values))
                counts[table] = counts.get(table, 0) + 1
            session.flush()
    return counts


def _reuse(
    session: Session, model: type[Any], rows: list[dict[str, Any]], key: str, counts: dict[str, int]
) -> dict[str, str]:
    """Adds the rows this laptop lacks; maps archive ids to the ids of rows it has (by id or by ``key``)."""
    mapping: dict[str, str] = {}
    table = model.__tablename__
    for i, row in enumerate(rows):
        values = _values(model, row, f"rows/{table}.json item {i + 1}")
        same = session.get(model, values.get("id"))
        if same is None:
            column = getattr(model, key)
            same = session.scalar(select(model).where(func.lower(column) == str(values.get(key, "")).lower()))
        if same is not None:
            mapping[values["id"]] = same.id
            continue
        session.add(model(**values))
        counts[table] = counts.get(table, 0) + 1
    session.flush()
    return mapping
