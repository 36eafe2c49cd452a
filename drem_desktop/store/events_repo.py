"""Events and their tracks."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from drem_desktop.domain import validation
from drem_desktop.domain.errors import Duplicate, NotFound
from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.domain.records import EventInfo, TrackInfo
from drem_desktop.domain.upload_codes import new_upload_code
from drem_desktop.i18n import _
from drem_desktop.store.db import Database
from drem_desktop.store.schema import Event, Track

EVENT_FIELDS = ("name", "event_date", "type_of_event", "country_code", "sponsor", "upload_code")
TRACK_FIELDS = ("name", "leaderboard_title", "leaderboard_footer", "fleet_id")


def clean_event_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Event fields through their rules (domain/validation.py); raises FieldError on the first bad one."""
    rules: dict[str, Any] = {
        "name": validation.event_name,
        "event_date": validation.event_date,
        "country_code": validation.country_code,
        "sponsor": lambda v: validation.plain_text(v, _("The sponsor"), 100, field="sponsor"),
        "upload_code": validation.upload_code,
    }
    return {k: rules[k](v) if k in rules else v for k, v in fields.items() if k in EVENT_FIELDS}


def clean_track_fields(fields: dict[str, Any]) -> dict[str, Any]:
    texts = {
        "name": _("The track name"),
        "leaderboard_title": _("The leaderboard title"),
        "leaderboard_footer": _("The leaderboard footer"),
    }
    return {
        k: validation.plain_text(v, texts[k], 200, field=k) if k in texts else v
        for k, v in fields.items()
        if k in TRACK_FIELDS
    }


def track_info(t: Track) -> TrackInfo:
    return TrackInfo(
        t.id, t.event_id, t.number, t.name, t.leaderboard_title, t.leaderboard_footer, t.fleet_id
    )


def event_info(e: Event, tracks: list[Track]) -> EventInfo:
    return EventInfo(
        event_id=e.id,
        name=e.name,
        event_date=e.event_date,
        config=RaceConfig.from_dict(e.race_config or {}),
        tracks=tuple(track_info(t) for t in sorted(tracks, key=lambda t: t.number) if not t.deleted),
        type_of_event=e.type_of_event,
        country_code=e.country_code,
        sponsor=e.sponsor,
        upload_code=e.upload_code,
        cloud_id=e.cloud_id,
    )


def _code_is_free(session: Session, code: str, event_id: str | None) -> None:
    """One event per upload code: the upload page finds the event by its code alone."""
    for other_id, other_code in session.execute(
        select(Event.id, Event.upload_code).where(Event.deleted.is_(False))
    ).all():
        if other_id != event_id and other_code and other_code.strip().casefold() == code.casefold():
            raise Duplicate(
                _("Another event already uses the upload code “{code}”: pick another.").format(code=code)
            )


class EventRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _load(self, session: Session, event_id: str) -> EventInfo:
        e = session.get(Event, event_id)
        if e is None or e.deleted:
            raise NotFound(_("No event with id {id}.").format(id=event_id))
        tracks = list(session.scalars(select(Track).where(Track.event_id == event_id)))
        return event_info(e, tracks)

    def create(
        self,
        name: str,
        event_date: str,
        config: RaceConfig,
        track_count: int = 1,
        **fields: Any,
    ) -> EventInfo:
        name = validation.event_name(name)
        event_date = validation.event_date(event_date)
        track_count = validation.track_count(track_count)
        values = clean_event_fields(fields)
        config.validated()
        with self.db.sessions.begin() as session:
            if session.scalar(select(Event.id).where(Event.name == name, Event.deleted.is_(False))):
                raise Duplicate(_("An event named “{name}” already exists.").format(name=name))
            if values.get("upload_code"):
                _code_is_free(session, values["upload_code"], None)
            e = Event(
                name=name,
                event_date=event_date,
                race_config=config.to_dict(),
                upload_code=values.pop("upload_code", None) or new_upload_code(),
                **values,
            )
            session.add(e)
            session.flush()
            for number in range(1, track_count + 1):
                session.add(Track(event_id=e.id, number=number, leaderboard_title=name))
            session.flush()
            return self._load(session, e.id)

    def update(self, event_id: str, config: RaceConfig | None = None, **fields: Any) -> EventInfo:
        values = clean_event_fields(fields)
        with self.db.sessions.begin() as session:
            e = session.get(Event, event_id)
            if e is None or e.deleted:
                raise NotFound(_("No event with id {id}.").format(id=event_id))
            if "upload_code" in values:
                _code_is_free(session, values["upload_code"], event_id)
            if config is not None:
                e.race_config = config.validated().to_dict()
            for key, value in values.items():
                setattr(e, key, value)
            session.flush()
            return self._load(session, event_id)

    def add_track(self, event_id: str, **fields: Any) -> TrackInfo:
        values = clean_track_fields(fields)
        with self.db.sessions.begin() as session:
            numbers = session.scalars(select(Track.number).where(Track.event_id == event_id)).all()
            live = session.scalar(
                select(func.count())
                .select_from(Track)
                .where(Track.event_id == event_id, Track.deleted.is_(False))
            )
            validation.track_count((live or 0) + 1)
            t = Track(event_id=event_id, number=max(numbers, default=0) + 1, **values)
            session.add(t)
            session.flush()
            return track_info(t)

    def update_track(self, track_id: str, **fields: Any) -> TrackInfo:
        values = clean_track_fields(fields)
        with self.db.sessions.begin() as session:
            t = session.get(Track, track_id)
            if t is None:
                raise NotFound(_("No track with id {id}.").format(id=track_id))
            for key, value in values.items():
                setattr(t, key, value)
            return track_info(t)

    def get(self, event_id: str) -> EventInfo:
        with self.db.sessions() as session:
            return self._load(session, event_id)

    def find(self, id_or_name: str) -> EventInfo:
        """The event by id, else by exact name."""
        with self.db.sessions() as session:
            e = session.get(Event, id_or_name)
            if e is None or e.deleted:
                e = session.scalar(select(Event).where(Event.name == id_or_name, Event.deleted.is_(False)))
            if e is None:
                raise NotFound(
                    _("No event “{key}”. List them with: drem-desktop event list").format(key=id_or_name)
                )
            return self._load(session, e.id)

    def list(self) -> list[EventInfo]:
        with self.db.sessions() as session:
            events = list(session.scalars(select(Event).where(Event.deleted.is_(False))))
            tracks = list(session.scalars(select(Track)))
            by_event: dict[str, list[Track]] = {}
            for t in tracks:
                by_event.setdefault(t.event_id, []).append(t)
            infos = [event_info(e, by_event.get(e.id, [])) for e in events]
            return sorted(infos, key=lambda i: (i.event_date, i.name), reverse=True)

    def track(self, track_id: str) -> TrackInfo:
        with self.db.sessions() as session:
            t = session.get(Track, track_id)
            if t is None:
                raise NotFound(_("No track with id {id}.").format(id=track_id))
            return track_info(t)
