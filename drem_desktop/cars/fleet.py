"""One action on many cars at once, with bounded concurrency: each car reports its own result.

A job never stops at the first failing car: every car ends ``done``, ``failed`` (with the plain-words
reason) or ``cancelled``, and ``retry`` builds a new job for the failed ones only.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from drem_desktop.cars.errors import CarError, JobCancelled
from drem_desktop.cars.events import CarJobFinished, CarJobProgressed, JobStatus
from drem_desktop.i18n import _

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
CarWork = Callable[[str, Progress, threading.Event], Awaitable[str]]
"""Does the action on one car; returns a short detail for the operator; raises CarError on failure."""
Publish = Callable[[object], None]


@dataclass
class CarResult:
    car: str
    status: str = "queued"  # queued | running | done | failed | cancelled
    error: str | None = None
    detail: str = ""
    done: int = 0
    total: int = 0
    stage: str = ""

    @property
    def finished(self) -> bool:
        return self.status in ("done", "failed", "cancelled")


class FleetJob:
    def __init__(
        self,
        action: str,
        cars: list[str],
        work: CarWork,
        publish: Publish,
        concurrency: int = 4,
        job_id: str | None = None,
        kind: str = "",
    ) -> None:
        """``job_id`` lets a caller know the id before the first event arrives (default: a new one);
        ``kind`` names what the job does in a word no translation changes (push, delete, logs, …)."""
        if not cars:
            raise ValueError(_("Select at least one car."))
        self.id = job_id or uuid.uuid4().hex
        self.action = action
        self.kind = kind
        self.cars = list(dict.fromkeys(cars))
        self.work = work
        self.concurrency = max(1, concurrency)
        self.results = {car: CarResult(car) for car in self.cars}
        self._publish = publish
        self._cancel = threading.Event()

    def __repr__(self) -> str:
        return f"FleetJob({self.action!r}, cars={self.cars!r})"

    def cancel(self) -> None:
        """Stop as soon as each car can without leaving it half-changed; queued cars do not start."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def failed_cars(self) -> list[str]:
        return [car for car, r in self.results.items() if r.status in ("failed", "cancelled")]

    def retry(self) -> FleetJob:
        """A new job with the same action for the cars that failed or were cancelled."""
        return FleetJob(
            self.action, self.failed_cars(), self.work, self._publish, self.concurrency, kind=self.kind
        )

    async def run(self) -> dict[str, CarResult]:
        gate = asyncio.Semaphore(self.concurrency)
        await asyncio.gather(*(self._one(car, gate) for car in self.cars))
        return self.results

    async def _one(self, car: str, gate: asyncio.Semaphore) -> None:
        result = self.results[car]
        async with gate:
            if self._cancel.is_set():
                self._finish(result, "cancelled", str(JobCancelled(car)))
                return
            result.status = "running"

            def progress(done: int, total: int, stage: str) -> None:
                result.done, result.total, result.stage = done, total, stage
                self._publish(CarJobProgressed(self.id, car, self.action, done, total, stage))

            try:
                detail = await self.work(car, progress, self._cancel)
            except JobCancelled as exc:
                self._finish(result, "cancelled", str(exc))
            except asyncio.CancelledError:
                self._cancel.set()  # blocking work in the executor stops at its next check
                self._finish(result, "cancelled", str(JobCancelled(car)))
                raise
            except CarError as exc:
                self._finish(result, "failed", str(exc))
            except Exception as exc:  # a bug must still end this car's part with a message
                log.exception("car %s: %s failed", car, self.action)
                self._finish(
                    result,
                    "failed",
                    _(
                        "Car {car}: unexpected error ({error}). Retry; if it repeats, send the log to the "
                        "organizers."
                    ).format(car=car, error=type(exc).__name__),
                )
            else:
                result.detail = detail
                self._finish(result, "done", None)

    def _finish(self, result: CarResult, status: str, error: str | None) -> None:
        result.status = status
        result.error = error
        self._publish(
            CarJobFinished(
                self.id, result.car, self.action, JobStatus(status), error, result.detail, kind=self.kind
            )
        )
