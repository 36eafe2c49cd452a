"""The run queue per track: racers on deck, in order. Reordering rewrites the positions of one track.

Leaving the queue is a soft delete (the row syncs as deleted); taking the next racer keeps the row, marked
``on_track`` with the run it became, so the history says who came from the queue.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from drem_desktop.domain.errors import Duplicate, NotFound
from drem_desktop.domain.records import QueueEntryRecord
from drem_desktop.i18n import _
from drem_desktop.store.db import Database
from drem_desktop.store.schema import QueueEntry, Racer, Track


def entry_record(e: QueueEntry) -> QueueEntryRecord:
    return QueueEntryRecord(
        e.id, e.event_id, e.track_id, e.racer_id, e.position, e.model_id, e.state, e.run_id
    )


Entries = list[QueueEntryRecord]  # a name: inside the class, ``list`` is the method below


class QueueRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    @staticmethod
    def _queued(session: Session, track_id: str) -> list[QueueEntry]:
        q = (
            select(QueueEntry)
            .where(
                QueueEntry.track_id == track_id,
                QueueEntry.state == "queued",
                QueueEntry.deleted.is_(False),
            )
            .order_by(QueueEntry.position, QueueEntry.created_at)
        )
        return list(session.scalars(q))

    @staticmethod
    def _renumber(entries: list[QueueEntry]) -> None:
        for i, e in enumerate(entries):
            if e.position != i:
                e.position = i

    def list(self, track_id: str) -> list[QueueEntryRecord]:
        with self.db.sessions() as session:
            return [entry_record(e) for e in self._queued(session, track_id)]

    def get(self, entry_id: str) -> QueueEntryRecord:
        with self.db.sessions() as session:
            e = session.get(QueueEntry, entry_id)
            if e is None or e.deleted:
                raise NotFound(_("That racer is no longer on deck."))
            return entry_record(e)

    def add(
        self, track_id: str, racer_id: str, model_id: str | None = None, position: int | None = None
    ) -> QueueEntryRecord:
        """Adds the racer at the end (or at ``position``); a racer can be on deck only once per track."""
        with self.db.sessions.begin() as session:
            track = session.get(Track, track_id)
            if track is None or track.deleted:
                raise NotFound(_("That track no longer exists."))
            racer = session.get(Racer, racer_id)
            if racer is None or racer.deleted:
                raise NotFound(_("That racer is not registered."))
            entries = self._queued(session, track_id)
            if any(e.racer_id == racer_id for e in entries):
                raise Duplicate(_("{name} is already on deck for this track.").format(name=racer.username))
            entry = QueueEntry(
                event_id=track.event_id, track_id=track_id, racer_id=racer_id, model_id=model_id
            )
            at = len(entries) if position is None else max(0, min(position, len(entries)))
            entries.insert(at, entry)
            session.add(entry)
            self._renumber(entries)
            session.flush()
            return entry_record(entry)

    def _entry(self, session: Session, entry_id: str) -> QueueEntry:
        e = session.get(QueueEntry, entry_id)
        if e is None or e.deleted or e.state != "queued":
            raise NotFound(_("That racer is no longer on deck."))
        return e

    def move(self, entry_id: str, position: int) -> Entries:
        """Puts the entry at ``position`` (0 = next); returns the track's new order."""
        with self.db.sessions.begin() as session:
            entry = self._entry(session, entry_id)
            entries = [e for e in self._queued(session, entry.track_id) if e.id != entry_id]
            entries.insert(max(0, min(position, len(entries))), entry)
            self._renumber(entries)
            session.flush()
            return [entry_record(e) for e in entries]

    def set_model(self, entry_id: str, model_id: str | None) -> QueueEntryRecord:
        with self.db.sessions.begin() as session:
            entry = self._entry(session, entry_id)
            entry.model_id = model_id
            session.flush()
            return entry_record(entry)

    def remove(self, entry_id: str) -> QueueEntryRecord:
        with self.db.sessions.begin() as session:
            entry = self._entry(session, entry_id)
            entry.deleted = True
            rest = [e for e in self._queued(session, entry.track_id) if e.id != entry_id]
            self._renumber(rest)
            session.flush()
            return entry_record(entry)

    def mark_on_track(self, entry_id: str, run_id: str) -> QueueEntryRecord:
        with self.db.sessions.begin() as session:
            entry = self._entry(session, entry_id)
            entry.state = "on_track"
            entry.run_id = run_id
            rest = [e for e in self._queued(session, entry.track_id) if e.id != entry_id]
            self._renumber(rest)
            session.flush()
            return entry_record(entry)
