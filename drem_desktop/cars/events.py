"""Bus events the cars area publishes (past tense: they say what happened)."""

from __future__ import annotations

from dataclasses import dataclass

from drem_desktop.cars.roster import CarState


@dataclass(frozen=True)
class CarSeen:
    """A car appeared, came back online, or one of its details changed."""

    car: CarState


@dataclass(frozen=True)
class CarLost:
    """A car stopped answering (its DNS-SD record went away or it stayed silent too long)."""

    car: CarState


@dataclass(frozen=True)
class CarJobProgressed:
    job_id: str
    car: str
    action: str
    done: int
    total: int
    stage: str


@dataclass(frozen=True)
class CarJobFinished:
    """One car's part of a job ended; ``error`` is the plain-words message, or None on success."""

    job_id: str
    car: str
    action: str
    ok: bool
    error: str | None
    detail: str = ""


@dataclass(frozen=True)
class FleetsChanged:
    """A fleet was added, renamed or removed, or cars moved between fleets."""
