"""Bus events the cars area publishes (past tense: they say what happened)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

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


class JobStatus(StrEnum):
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class CarJobFinished:
    """One car's part of a job ended; ``error`` is the plain-words message, or None when it was done."""

    job_id: str
    car: str
    action: str
    status: JobStatus
    error: str | None
    detail: str = ""
    kind: str = ""  # the job's kind (push, delete, logs, …): match on it, never on the translated action

    @property
    def ok(self) -> bool:
        return self.status is JobStatus.DONE


@dataclass(frozen=True)
class FleetsChanged:
    """A fleet was added, renamed or removed, or cars moved between fleets."""
