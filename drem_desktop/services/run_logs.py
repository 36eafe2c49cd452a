"""Run logs from the car: the racer's ROS bag folders recorded since the run started, fetched over SSH
into the event's folder in the data folder when the run ends (if switched on), or on request from Races.

Files are ``logs/<event id>/<run id>-<car>.tar.gz`` (DataPaths.event_logs, the folder the event archive
packs); the Races screen lists them beside the run. The fetch is a car job (progress, cancel, the car_job
row), so it never holds up timing or the next run.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from drem_desktop.bus import Bus
from drem_desktop.cars.events import CarJobFinished
from drem_desktop.events import RunLogsFetched, RunStateChanged
from drem_desktop.i18n import _
from drem_desktop.paths import DataPaths
from drem_desktop.services.worker import Worker
from drem_desktop.settings import FETCH_RUN_LOGS

if TYPE_CHECKING:
    from drem_desktop.cars.service import CarService
    from drem_desktop.store.runs_repo import RunRepository

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RunLogFile:
    run_id: str
    car: str
    path: Path
    size: int


class RunLogs:
    def __init__(
        self,
        data_root: Path,
        bus: Bus,
        cars: CarService,
        runs: RunRepository,
        get_setting: Callable[[str, Any], Any],
        set_setting: Callable[[str, Any], None],
    ) -> None:
        """``cars`` is the CarService, ``runs`` the RunRepository (run records: car, start time)."""
        self._paths = DataPaths(Path(data_root))
        self._bus = bus
        self._cars = cars
        self._runs = runs
        self._get_setting = get_setting
        self._set_setting = set_setting
        self._jobs: dict[str, tuple[str, str]] = {}  # job id -> (run id, car)
        self._lock = threading.Lock()
        self._worker = Worker("run-logs")
        self._unsubscribe = [
            bus.subscribe(RunStateChanged, self._on_state),
            bus.subscribe(CarJobFinished, self._on_finished),
        ]

    def close(self, timeout: float = 5.0) -> None:
        for u in self._unsubscribe:
            u()
        self._worker.close(timeout)

    # -- the setting ------------------------------------------------------------------------------
    @property
    def automatic(self) -> bool:
        return FETCH_RUN_LOGS.parse(self._get_setting(FETCH_RUN_LOGS.key, None))

    @automatic.setter
    def automatic(self, on: bool) -> None:
        self._set_setting(FETCH_RUN_LOGS.key, bool(on))

    # -- reading ----------------------------------------------------------------------------------
    def folder(self, event_id: str) -> Path:
        return self._paths.event_logs(event_id)

    def logs_for(self, event_id: str, run_id: str) -> list[RunLogFile]:
        folder = self.folder(event_id)
        found = []
        for path in sorted(folder.glob(f"{run_id}-*.tar.gz")):
            car = path.name[len(run_id) + 1 : -len(".tar.gz")]
            found.append(RunLogFile(run_id, car, path, path.stat().st_size))
        return found

    # -- fetching ---------------------------------------------------------------------------------
    def _on_state(self, e: RunStateChanged) -> None:
        if e.state == "over" and e.car_name:  # the setting is read on the worker: publishers never wait
            self._worker.submit(self._fetch_quietly, e.run_id)

    def _fetch_quietly(self, run_id: str) -> None:
        if not self.automatic:
            return
        try:
            self.fetch(run_id)
        except Exception as exc:
            log.info("run logs of %s not fetched: %s", run_id, exc)

    def fetch(self, run_id: str) -> Any:
        """Start fetching the run's logs from its car; returns the car service's job handle.

        Raises ValueError in plain words when the run has no car or never started."""
        run = self._runs.get(run_id)
        if not run.car_name:
            raise ValueError(_("This run names no car: there are no car logs to fetch."))
        if run.started_at is None:
            raise ValueError(_("This run never started: there are no car logs to fetch."))
        since = run.started_at.replace(tzinfo=run.started_at.tzinfo or UTC)
        model = ""
        registry = getattr(self._cars, "registry", None)
        if registry is not None:
            record = registry.find(run.car_name)
            model = record.loaded_model if record is not None else ""
        folder = self.folder(run.event_id)
        job_id = uuid.uuid4().hex
        with self._lock:
            self._jobs[job_id] = (run_id, run.car_name)  # before its first event can arrive
        handle = self._cars.fetch_logs(
            run.car_name,
            model,  # "" = every bag folder on the car newer than the start
            (since - timedelta(seconds=1)).timestamp(),
            folder,
            dest_name=f"{run_id}-{run.car_name}.tar.gz",
            run_id=run_id,
            job_id=job_id,
        )
        return handle

    def _on_finished(self, e: CarJobFinished) -> None:
        with self._lock:
            mine = self._jobs.pop(e.job_id, None)
        if mine is None:
            return
        run_id, car = mine
        path = e.detail if e.ok and e.detail.endswith(".tar.gz") else ""
        message = e.error or ("" if path else e.detail)
        self._bus.publish(RunLogsFetched(run_id, car, bool(path), path, message))
