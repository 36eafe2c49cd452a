"""Laptops paired with this one for LAN sync (their secrets are in the keyring, not here)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from drem_desktop.store.db import Database
from drem_desktop.store.schema import SyncPeer, utcnow


@dataclass(frozen=True, slots=True)
class PeerRecord:
    laptop_id: str
    name: str
    address: str
    port: int
    paired_at: datetime
    last_sync: datetime | None


def _record(p: SyncPeer) -> PeerRecord:
    return PeerRecord(p.laptop_id, p.name, p.address, p.port, p.paired_at, p.last_sync)


class PeerRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self) -> list[PeerRecord]:
        with self.db.sessions() as session:
            rows = session.scalars(
                select(SyncPeer).where(SyncPeer.revoked.is_(False)).order_by(SyncPeer.name)
            )
            return [_record(p) for p in rows]

    def get(self, laptop_id: str) -> PeerRecord | None:
        with self.db.sessions() as session:
            p = session.get(SyncPeer, laptop_id)
            return None if p is None or p.revoked else _record(p)

    def paired(self, laptop_id: str, name: str, address: str, port: int) -> PeerRecord:
        with self.db.sessions.begin() as session:
            p = session.get(SyncPeer, laptop_id)
            if p is None:
                p = SyncPeer(laptop_id=laptop_id)
                session.add(p)
            p.name, p.address, p.port, p.revoked, p.paired_at = name[:100], address, port, False, utcnow()
            session.flush()
            return _record(p)

    def seen_at(self, laptop_id: str, address: str, port: int, name: str | None = None) -> None:
        with self.db.sessions.begin() as session:
            p = session.get(SyncPeer, laptop_id)
            if p is not None and not p.revoked:
                p.address, p.port = address, port
                if name:
                    p.name = name[:100]

    def synced(self, laptop_id: str) -> None:
        with self.db.sessions.begin() as session:
            p = session.get(SyncPeer, laptop_id)
            if p is not None:
                p.last_sync = utcnow()

    def forget(self, laptop_id: str) -> None:
        with self.db.sessions.begin() as session:
            p = session.get(SyncPeer, laptop_id)
            if p is not None:
                p.revoked = True
