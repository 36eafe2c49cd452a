"""What the car registry hands out: plain, frozen records (no SQLAlchemy objects leave the store)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class CarRecord:
    car_id: str
    key: str
    hostname: str
    chassis_serial: str
    address: str
    fleet_id: str | None
    credentials_ref: str
    ssh_host_key: str
    tls_fingerprint: str
    last_seen: datetime | None
    versions: dict[str, Any] = field(default_factory=dict)
    loaded_model: str = ""


@dataclass(frozen=True)
class FleetRecord:
    fleet_id: str
    name: str


@dataclass(frozen=True)
class CarJobRecord:
    job_id: str
    car_key: str
    kind: str
    status: str
    progress: float
    log: str
    detail: dict[str, Any] = field(default_factory=dict)
    created_at: datetime | None = None
