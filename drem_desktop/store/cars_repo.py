"""The car registry: cars keyed by chassis serial or hostname (never by address), fleets, car jobs, pins.

Secrets are not here: ``credentials_ref`` names the entry in the keyring (or its fallback file).
"""

from __future__ import annotations

import builtins
import functools
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from drem_desktop.domain.car_records import CarJobRecord, CarRecord, FleetRecord
from drem_desktop.domain.errors import Duplicate, NotFound
from drem_desktop.i18n import _
from drem_desktop.store.db import Database
from drem_desktop.store.schema import Car, CarJob, Fleet

T = TypeVar("T")


def _retry_on_race(method: Callable[..., T]) -> Callable[..., T]:
    """Two threads may add the same car at once; the loser's transaction rolls back and runs again."""

    @functools.wraps(method)
    def run(*args: Any, **kwargs: Any) -> T:
        try:
            return method(*args, **kwargs)
        except IntegrityError:
            return method(*args, **kwargs)

    return run


JOB_KINDS = ("push", "delete", "restart", "stop", "led", "logs", "status", "prepare")


def car_record(c: Car) -> CarRecord:
    return CarRecord(
        car_id=c.id,
        key=c.key,
        hostname=c.hostname,
        chassis_serial=c.chassis_serial,
        address=c.address,
        fleet_id=c.fleet_id,
        credentials_ref=c.credentials_ref,
        ssh_host_key=c.ssh_host_key,
        tls_fingerprint=c.tls_fingerprint,
        last_seen=c.last_seen,
        versions=dict(c.versions or {}),
        loaded_model=c.loaded_model,
    )


def _fleet_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise ValueError(_("A fleet needs a name."))
    return name


def _refuse_taken_name(session: Session, name: str, but: str | None = None) -> None:
    """Fleet names are told apart regardless of case: two "Booth A" fleets would be one to a person."""
    q = select(Fleet).where(func.lower(Fleet.name) == name.lower(), Fleet.deleted.is_(False))
    if but is not None:
        q = q.where(Fleet.id != but)
    clash = session.scalar(q)
    if clash is not None:
        raise Duplicate(_("There is already a fleet called “{name}”.").format(name=clash.name))


def _job_record(j: CarJob, key: str) -> CarJobRecord:
    return CarJobRecord(
        job_id=j.id,
        car_key=key,
        kind=j.kind,
        status=j.status,
        progress=j.progress,
        log=j.log,
        detail=dict(j.detail or {}),
        created_at=j.created_at,
    )


class CarRegistry:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- cars ---------------------------------------------------------------------------------------
    @staticmethod
    def _find(session: Session, key: str) -> Car | None:
        return session.scalar(select(Car).where(Car.key == key.strip().lower(), Car.deleted.is_(False)))

    @_retry_on_race
    def remember(
        self,
        key: str,
        *,
        hostname: str | None = None,
        serial: str | None = None,
        address: str | None = None,
        versions: dict[str, Any] | None = None,
        seen: bool = True,
        previous_key: str | None = None,
    ) -> CarRecord:
        """Add the car or update what we know; ``previous_key`` re-keys a car first known by hostname."""
        key = key.strip().lower()
        if not key:
            raise ValueError(_("A car needs a serial or a host name."))
        with self.db.sessions.begin() as session:
            car = self._find(session, key)
            if car is None and previous_key:
                car = self._find(session, previous_key)
                if car is not None:
                    car.key = key
            if car is None:
                car = Car(key=key, hostname=hostname or key)
                session.add(car)
            if hostname and car.hostname != hostname:
                car.hostname = hostname
            if serial and car.chassis_serial != serial:
                car.chassis_serial = serial
            if address and car.address != address:
                car.address = address
            if versions:
                merged = {**(car.versions or {}), **versions}
                if merged != car.versions:
                    car.versions = merged
            if seen:
                car.last_seen = datetime.now(UTC)
            session.flush()
            return car_record(car)

    def get(self, key: str) -> CarRecord:
        with self.db.sessions() as session:
            car = self._find(session, key)
            if car is None:
                raise NotFound(_("No car called {key} is registered.").format(key=key))
            return car_record(car)

    def find(self, key: str) -> CarRecord | None:
        with self.db.sessions() as session:
            car = self._find(session, key)
            return car_record(car) if car is not None else None

    def list(self, fleet_id: str | None = None) -> list[CarRecord]:
        with self.db.sessions() as session:
            q = select(Car).where(Car.deleted.is_(False))
            if fleet_id is not None:
                q = q.where(Car.fleet_id == fleet_id)
            return [car_record(c) for c in session.scalars(q.order_by(Car.hostname))]

    def forget(self, key: str) -> None:
        """Soft-delete a car (it syncs as deleted); its jobs stay for the record."""
        with self.db.sessions.begin() as session:
            car = self._find(session, key)
            if car is None:
                raise NotFound(_("No car called {key} is registered.").format(key=key))
            car.deleted = True

    @_retry_on_race
    def _update(self, key: str, **fields: Any) -> CarRecord:
        with self.db.sessions.begin() as session:
            car = self._find(session, key)
            if car is None:
                car = Car(key=key.strip().lower(), hostname=key.strip().lower())
                session.add(car)
            for name, value in fields.items():
                if getattr(car, name) != value:
                    setattr(car, name, value)
            session.flush()
            return car_record(car)

    def set_credentials_ref(self, key: str, ref: str) -> CarRecord:
        return self._update(key, credentials_ref=ref)

    def set_loaded_model(self, key: str, folder: str) -> CarRecord:
        """The stock console never says which model is loaded, so we remember what we loaded."""
        return self._update(key, loaded_model=folder)

    # ---- pins (trust on first use) ------------------------------------------------------------------
    def pin(self, key: str, kind: str) -> str | None:
        car = self.find(key)
        if car is None:
            return None
        value = car.ssh_host_key if kind == "ssh" else car.tls_fingerprint
        return value or None

    def set_pin(self, key: str, kind: str, fingerprint: str) -> None:
        column = "ssh_host_key" if kind == "ssh" else "tls_fingerprint"
        self._update(key, **{column: fingerprint})

    # ---- fleets -------------------------------------------------------------------------------------
    def add_fleet(self, name: str) -> FleetRecord:
        name = _fleet_name(name)
        with self.db.sessions.begin() as session:
            _refuse_taken_name(session, name)
            fleet = Fleet(name=name)
            session.add(fleet)
            session.flush()
            return FleetRecord(fleet.id, fleet.name)

    def rename_fleet(self, fleet_id: str, name: str) -> FleetRecord:
        """A new name no other fleet has (a fleet may change the case of its own)."""
        name = _fleet_name(name)
        with self.db.sessions.begin() as session:
            fleet = session.get(Fleet, fleet_id)
            if fleet is None or fleet.deleted:
                raise NotFound(_("That fleet no longer exists."))
            _refuse_taken_name(session, name, but=fleet_id)
            fleet.name = name
            return FleetRecord(fleet.id, fleet.name)

    def remove_fleet(self, fleet_id: str) -> None:
        """Soft-delete the fleet; its cars stay registered, without a fleet."""
        with self.db.sessions.begin() as session:
            fleet = session.get(Fleet, fleet_id)
            if fleet is None or fleet.deleted:
                raise NotFound(_("That fleet no longer exists."))
            fleet.deleted = True
            for car in session.scalars(select(Car).where(Car.fleet_id == fleet_id)):
                car.fleet_id = None

    def fleets(self) -> builtins.list[FleetRecord]:
        with self.db.sessions() as session:
            q = select(Fleet).where(Fleet.deleted.is_(False)).order_by(func.lower(Fleet.name))
            return [FleetRecord(f.id, f.name) for f in session.scalars(q)]

    def assign(self, key: str, fleet_id: str | None) -> CarRecord:
        if fleet_id is not None:
            with self.db.sessions() as session:
                fleet = session.get(Fleet, fleet_id)
                if fleet is None or fleet.deleted:
                    raise NotFound(_("That fleet no longer exists."))
        return self._update(key, fleet_id=fleet_id)

    # ---- jobs ---------------------------------------------------------------------------------------
    @_retry_on_race
    def start_job(self, key: str, kind: str, detail: dict[str, Any] | None = None) -> str:
        if kind not in JOB_KINDS:
            raise ValueError(f"unknown car job kind {kind!r}")
        with self.db.sessions.begin() as session:
            car = self._find(session, key)
            if car is None:
                car = Car(key=key.strip().lower(), hostname=key.strip().lower())
                session.add(car)
                session.flush()
            job = CarJob(car_id=car.id, kind=kind, status="running", detail=detail or {})
            session.add(job)
            session.flush()
            return job.id

    def finish_job(
        self, job_id: str, status: str, log: str = "", detail: dict[str, Any] | None = None
    ) -> None:
        with self.db.sessions.begin() as session:
            job = session.get(CarJob, job_id)
            if job is None:
                raise NotFound(_("No car job with id {id}.").format(id=job_id))
            job.status = status
            job.progress = 1.0 if status == "done" else job.progress
            job.log = log
            if detail:
                job.detail = {**(job.detail or {}), **detail}

    def jobs(self, key: str | None = None, limit: int = 100) -> builtins.list[CarJobRecord]:
        with self.db.sessions() as session:
            q = select(CarJob, Car.key).join(Car, Car.id == CarJob.car_id)
            if key is not None:
                q = q.where(Car.key == key.strip().lower())
            q = q.order_by(CarJob.created_at.desc()).limit(limit)
            return [_job_record(j, k) for j, k in session.execute(q)]
