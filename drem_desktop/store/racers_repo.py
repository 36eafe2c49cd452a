"""Racers (the people on the leaderboard)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, or_, select

from drem_desktop.domain import validation
from drem_desktop.domain.errors import Duplicate, NotFound
from drem_desktop.domain.leaderboard import RacerInfo
from drem_desktop.domain.merge import username_key
from drem_desktop.domain.records import RacerRecord
from drem_desktop.i18n import _
from drem_desktop.store.db import Database
from drem_desktop.store.schema import Racer

RACER_FIELDS = ("display_name", "country_code", "highlight_colour", "email", "avatar_config")
# Each typed field and the rule (domain/validation.py) that cleans it before it is stored.
FIELD_RULES = {
    "display_name": validation.display_name,
    "country_code": validation.country_code,
    "highlight_colour": validation.highlight_colour,
    "email": validation.email,
}


def racer_record(r: Racer) -> RacerRecord:
    return RacerRecord(
        r.id, r.username, r.display_name, r.country_code, r.highlight_colour, r.email, r.cloud_id
    )


def clean_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """The known racer fields, each through its rule; raises FieldError on the first bad one."""
    out = {}
    for key, value in fields.items():
        if key in RACER_FIELDS:
            rule = FIELD_RULES.get(key)
            out[key] = rule(value) if rule is not None else value
    return out


class RacerRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, username: str, **fields: Any) -> RacerRecord:
        username = validation.username(username)
        values = clean_fields(fields)
        with self.db.sessions.begin() as session:
            clash = session.scalar(select(Racer).where(func.lower(Racer.username) == username_key(username)))
            if clash is not None:
                raise Duplicate(_("Username “{name}” is taken.").format(name=clash.username))
            r = Racer(username=username, **values)
            session.add(r)
            session.flush()
            return racer_record(r)

    def update(self, racer_id: str, **fields: Any) -> RacerRecord:
        """Changes a racer; a racer merged from several laptops' registrations is renamed as a whole
        (docs/sync.md, section 4), so it stays one racer everywhere."""
        with self.db.sessions.begin() as session:
            r = session.get(Racer, racer_id)
            if r is not None and r.merged_into:
                r = session.get(Racer, r.merged_into)
            if r is None:
                raise NotFound(_("No racer with id {id}.").format(id=racer_id))
            if "username" in fields:
                name = validation.username(fields.pop("username"))
                group = list(session.scalars(select(Racer).where(Racer.merged_into == r.id)))
                clash = session.scalar(
                    select(Racer).where(
                        func.lower(Racer.username) == username_key(name),
                        Racer.id.not_in([r.id, *(m.id for m in group)]),
                    )
                )
                if clash is not None:
                    raise Duplicate(_("Username “{name}” is taken.").format(name=clash.username))
                for member in (r, *group):
                    member.username = name
            for key, value in clean_fields(fields).items():
                setattr(r, key, value)
            session.flush()
            return racer_record(r)

    def get(self, racer_id: str) -> RacerRecord:
        """The racer, or the one it was merged into (docs/sync.md, section 4)."""
        with self.db.sessions() as session:
            r = session.get(Racer, racer_id)
            if r is not None and r.merged_into:
                r = session.get(Racer, r.merged_into) or r
            if r is None:
                raise NotFound(_("No racer with id {id}.").format(id=racer_id))
            return racer_record(r)

    def by_username(self, username: str) -> RacerRecord:
        with self.db.sessions() as session:
            r = session.scalar(
                select(Racer).where(
                    func.lower(Racer.username) == username_key(username), Racer.merged_into.is_(None)
                )
            )
            if r is None or r.deleted:
                raise NotFound(_("No racer named “{name}”.").format(name=username))
            return racer_record(r)

    def list(self, search: str = "") -> list[RacerRecord]:
        with self.db.sessions() as session:
            q = select(Racer).where(Racer.deleted.is_(False), Racer.merged_into.is_(None))
            if search.strip():
                like = f"%{search.strip()}%"
                q = q.where(or_(Racer.username.ilike(like), Racer.display_name.ilike(like)))
            return [racer_record(r) for r in session.scalars(q.order_by(func.lower(Racer.username)))]

    def aliases(self) -> dict[str, str]:
        """Racers merged into another (two laptops registered the same username): alias -> racer."""
        with self.db.sessions() as session:
            rows = session.execute(select(Racer.id, Racer.merged_into).where(Racer.merged_into.is_not(None)))
            return {alias: into for alias, into in rows if into}

    def infos_by_id(self) -> dict[str, RacerInfo]:
        """Every racer as a leaderboard names them, deleted ones included (their laps still count).

        Read for every cold leaderboard build, so straight from the DB-API cursor."""
        with self.db.engine.connect() as conn:
            raw = conn.connection.driver_connection  # sqlite3's own connection (open: we hold it)
            assert raw is not None
            cur = raw.cursor()
            rows = cur.execute(
                "SELECT id, username, display_name, country_code, highlight_colour FROM racer"
            ).fetchall()
            cur.close()
        return {row[0]: RacerInfo(*row) for row in rows}

    def all_by_id(self) -> dict[str, RacerRecord]:
        with self.db.sessions() as session:
            rows = session.execute(
                select(
                    Racer.id,
                    Racer.username,
                    Racer.display_name,
                    Racer.country_code,
                    Racer.highlight_colour,
                    Racer.email,
                    Racer.cloud_id,
                )
            )
            return {row[0]: RacerRecord(*row) for row in rows}
