"""Applying a DREM export bundle: all of it in one transaction, or nothing.

Rows are matched by their derived ids (racers also by username), and a field is only written when its
value differs, so re-importing the same bundle writes nothing and logs no change.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from drem_desktop.domain.bundle_records import Bundle
from drem_desktop.domain.errors import StoreError
from drem_desktop.domain.run import RunState
from drem_desktop.i18n import _
from drem_desktop.store.db import Database
from drem_desktop.store.schema import Base, Event, Fleet, Lap, Racer, Run, Track


def _upsert(
    session: Session, model: type[Base], row_id: str, values: dict[str, Any], counts: Counter[str], kind: str
) -> Any:
    obj = session.get(model, row_id)
    if obj is None:
        obj = model(id=row_id, **values)
        session.add(obj)
        counts[f"{kind}_added"] += 1
        return obj
    changed = False
    for key, value in values.items():
        if not _same(getattr(obj, key), value):
            setattr(obj, key, value)
            changed = True
    counts[f"{kind}_updated" if changed else f"{kind}_unchanged"] += 1
    return obj


def _same(old: Any, new: Any) -> bool:
    if isinstance(old, datetime) and isinstance(new, datetime):
        as_utc = [d if d.tzinfo else d.replace(tzinfo=UTC) for d in (old, new)]
        return as_utc[0] == as_utc[1]
    return bool(old == new)


def import_bundle(db: Database, bundle: Bundle) -> dict[str, int]:
    counts: Counter[str] = Counter()
    with db.sessions.begin() as session:
        for f in bundle.fleets:
            _upsert(session, Fleet, f.fleet_id, {"name": f.name}, counts, "fleets")
        for e in bundle.events:
            clash = session.scalar(
                select(Event).where(Event.name == e.name, Event.id != e.event_id, Event.deleted.is_(False))
            )
            if clash is not None:
                raise StoreError(
                    _(
                        "events.json event {source}: an event named “{name}” already exists here and was not "
                        "imported from this bundle. Rename one of them first."
                    ).format(source=e.source_id, name=e.name)
                )
            _upsert(
                session,
                Event,
                e.event_id,
                {
                    "name": e.name,
                    "event_date": e.event_date,
                    "type_of_event": e.type_of_event,
                    "country_code": e.country_code,
                    "sponsor": e.sponsor,
                    "race_config": e.config.to_dict(),
                    "cloud_id": e.source_id,
                },
                counts,
                "events",
            )
            session.flush()
            event_row = session.get(Event, e.event_id)
            if event_row is not None and not event_row.upload_code:
                from drem_desktop.domain.upload_codes import new_upload_code

                event_row.upload_code = new_upload_code()
            for t in e.tracks:
                _upsert(
                    session,
                    Track,
                    t.track_id,
                    {
                        "event_id": e.event_id,
                        "number": t.number,
                        "leaderboard_title": t.title,
                        "leaderboard_footer": t.footer,
                        "fleet_id": t.fleet_id,
                    },
                    counts,
                    "tracks",
                )
        racer_map: dict[str, str] = {}
        for r in bundle.racers:
            existing = session.scalar(select(Racer).where(func.lower(Racer.username) == r.username.lower()))
            target = existing.id if existing is not None else r.racer_id
            racer_map[r.racer_id] = target
            values: dict[str, Any] = {"username": r.username}
            if r.cloud_id and (existing is None or not existing.cloud_id):
                values["cloud_id"] = r.cloud_id
            for key in ("email", "country_code", "highlight_colour", "display_name"):
                if getattr(r, key):
                    values[key] = getattr(r, key)
            if r.avatar_config:
                values["avatar_config"] = r.avatar_config
            _upsert(session, Racer, target, values, counts, "racers")
        session.flush()
        for race in bundle.races:
            _upsert(
                session,
                Run,
                race.run_id,
                {
                    "event_id": race.event_id,
                    "track_id": race.track_id,
                    "racer_id": racer_map[race.racer_id],
                    "raced_by_proxy": race.raced_by_proxy,
                    "state": RunState.SUBMITTED.value,
                    # the cloud's createdAt is when the timekeeper submitted the race; its start is unknown
                    "created_at": race.submitted_at,
                    "started_at": None,
                    "ended_at": race.submitted_at,
                    "car_name": race.car_name,
                    "cloud_id": race.cloud_id,
                },
                counts,
                "races",
            )
            for lap in race.laps:
                _upsert(
                    session,
                    Lap,
                    lap.lap_id,
                    {
                        "run_id": race.run_id,
                        "lap_index": lap.index,
                        "time_ms": lap.time_ms,
                        "resets": lap.resets,
                        "valid": lap.valid,
                        "source": lap.source,
                    },
                    counts,
                    "laps",
                )
    return dict(counts)
