"""The fleet jobs: push, delete, restart, stop, tail light, logs, prepare, status, each on several cars.

Each returns a :class:`JobHandle` at once; the work runs on the service loop, one car's failure never stops
the others, and every car's attempt is a car_job row in the registry (when there is one), recorded before
the job's result is given.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from drem_desktop.bus import Bus
from drem_desktop.cars.archive import PreparedModel
from drem_desktop.cars.errors import (
    BadArchive,
    CarCommandFailed,
    CarError,
    CarUnreachable,
    JobCancelled,
    ModelRejected,
)
from drem_desktop.cars.fleet import CarResult, CarWork, FleetJob, Progress
from drem_desktop.cars.payloads import PayloadCache
from drem_desktop.cars.reach import CarReach
from drem_desktop.cars.tail_light import parse_colour
from drem_desktop.i18n import _
from drem_desktop.models.archive import sanitize_model_name
from drem_desktop.service_loop import ServiceLoop

if TYPE_CHECKING:
    from drem_desktop.cars.ssh import SshCar

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class JobHandle:
    """What a screen keeps: the job (results, cancel, retry) and a future that ends with it."""

    job: FleetJob
    future: Future[dict[str, CarResult]]
    cleanup: Callable[[], None] | None = None

    def cancel(self) -> None:
        self.job.cancel()


class CarJobs:
    """The car service's fleet operations (:class:`~drem_desktop.cars.service.CarService` is one)."""

    def __init__(
        self, bus: Bus, reach: CarReach, loop: ServiceLoop, payloads: PayloadCache, max_parallel: int
    ) -> None:
        self.bus = bus
        self.reach = reach
        self._loop = loop
        self.payloads = payloads
        self.max_parallel = max_parallel  # read when a job starts

    @property
    def loop(self) -> ServiceLoop:
        """The service loop, started on first use (a CLI command that never talks to a car starts none)."""
        return self._loop.start()

    def push_model(
        self, archive: Path, cars: list[str], load: bool = False, name: str | None = None
    ) -> JobHandle:
        """Load one model onto several cars (SSH when the car has SSH credentials, else the console)."""
        return self.push_models({car: Path(archive) for car in cars}, load=load, name=name)

    def push_models(
        self,
        assignments: dict[str, Path],
        load: bool = False,
        name: str | None = None,
        job_id: str | None = None,
    ) -> JobHandle:
        """Load each car's own model; each archive is checked and prepared once for all its cars.

        ``job_id`` names the job before it starts, so a caller can match its first events to it.
        """
        reach = self.reach

        async def work(car: str, progress: Progress, cancel: threading.Event) -> str:
            archive = Path(assignments[car])
            folder = sanitize_model_name(name or archive.name)
            use_console = not reach.uses_ssh(car)
            how = "SSH"
            if not use_console:
                progress(0, 0, _("checking the model"))
                model = await self._prepared(car, archive, name, for_console=False)
                try:
                    await reach.over_ssh(car, lambda s: s.push_model(model, progress, cancel))
                except CarUnreachable:
                    # SSH switched off on the car (or port 22 blocked): the console can still take it.
                    if not reach.creds(car).console_password:
                        raise
                    log.info("car %s: no SSH, falling back to the web console", car)
                    use_console = True
                finally:
                    self.payloads.release(model)
            if use_console:
                # The car extracts uploads unfiltered: it gets an archive rebuilt from the checked members.
                progress(0, 0, _("checking the model"))
                gz = await self._prepared(car, archive, name, for_console=True)
                try:
                    async with await reach.console(car) as console:
                        await console.upload_model(gz.payload, folder, progress, cancel)
                finally:
                    self.payloads.release(gz)
                how = _("web console")
            if load:
                await self._load(car, folder)
            self._mark(car, True)
            return _("{folder} installed over {how}{loaded}").format(
                folder=folder, how=how, loaded=_(" and loaded") if load else ""
            )

        return self._start(
            _("load model"),
            list(assignments),
            work,
            "push",
            {"models": sorted({str(p) for p in assignments.values()})},
            job_id=job_id,
        )

    async def _prepared(
        self, car: str, archive: Path, name: str | None, *, for_console: bool
    ) -> PreparedModel:
        """The checked, rebuilt payload for ``archive``; a refusal fails the car's job with its reasons."""
        try:
            return await self.reach.blocking(
                lambda: self.payloads.acquire(archive, name, for_console=for_console)
            )
        except BadArchive as exc:  # the refusal's reasons, not "unexpected error"
            raise ModelRejected(car, str(exc)) from exc

    async def _load(self, car: str, folder: str) -> None:
        if not self.reach.creds(car).console_password:
            raise CarCommandFailed(
                car,
                _("load the model"),
                _(
                    "the model is on the car, but loading it needs the car's web console password; "
                    "save it in Cars → {car} or select the model on the car."
                ).format(car=car),
            )
        async with await self.reach.console(car) as console:
            await console.load_model(folder)
        registry = self.reach.registry
        if registry is not None:
            with contextlib.suppress(Exception):
                await self.reach.writer.call(registry.set_loaded_model, car, folder)

    def delete_all_models(self, cars: list[str], logs_too: bool = False) -> JobHandle:
        reach = self.reach

        async def work(car: str, progress: Progress, cancel: threading.Event) -> str:
            if reach.uses_ssh(car):
                await reach.over_ssh(car, lambda s: s.delete_all_models(logs_too))
            else:
                async with await reach.console(car) as console:
                    names = await console.model_names()
                    if names:
                        await console.delete_models(names)
            self._mark(car, True, models=())
            return _("all models deleted")

        return self._start(_("delete all models"), cars, work, "delete")

    def restart(self, cars: list[str]) -> JobHandle:
        return self._ssh_job(
            _("restart the car software"),
            cars,
            "restart",
            lambda s: s.restart_stack(),
            _("car software restarted"),
        )

    def stop(self, cars: list[str]) -> JobHandle:
        reach = self.reach

        async def work(car: str, progress: Progress, cancel: threading.Event) -> str:
            if reach.uses_ssh(car):
                await reach.over_ssh(car, lambda s: s.stop_car())
            else:
                async with await reach.console(car) as console:
                    await console.stop()
            return _("stopped")

        return self._start(_("stop"), cars, work, "stop")

    def set_tail_light(self, cars: list[str], colour: str | tuple[int, int, int]) -> JobHandle:
        """The racer's highlight colour when their run starts; ``"white"`` when it ends (idle)."""
        rgb = parse_colour(colour)  # bad input fails here, before any car is touched
        return self._ssh_job(
            _("set the tail light"), cars, "led", lambda s: s.set_tail_light(rgb), _("tail light set")
        )

    def fetch_logs(
        self,
        car: str,
        model_name: str,
        since_epoch: float,
        dest_dir: Path,
        *,
        dest_name: str | None = None,
        run_id: str | None = None,
        job_id: str | None = None,
    ) -> JobHandle:
        """The car's ROS bag folders for ``model_name`` newer than ``since_epoch``, as one .tar.gz in
        ``dest_dir``; the job's detail is the file's path (or says there were none). Needs SSH."""
        name = dest_name or f"{car}-{sanitize_model_name(model_name or 'run')}-{int(since_epoch)}.tar.gz"
        dest = Path(dest_dir) / name
        folder = sanitize_model_name(model_name) if model_name else ""
        action = _("fetch logs")
        reach = self.reach

        async def work(car: str, progress: Progress, cancel: threading.Event) -> str:
            reach.require_ssh(car, action)
            count = await reach.over_ssh(
                car, lambda s: s.fetch_logs(folder, since_epoch, dest, progress, cancel)
            )
            if count == 0:
                return _("no logs for {model} since the run started").format(model=model_name)
            return str(dest)

        detail = {"model": model_name, "since": since_epoch, **({"run_id": run_id} if run_id else {})}
        return self._start(action, [car], work, "logs", detail, job_id=job_id)

    def prepare(self, car: str, hostname: str | None = None) -> JobHandle:
        """Publish our DNS-SD service on the car (and rename it) so discovery finds it at once next time."""

        def run(s: SshCar) -> str:
            status = s.read_status()
            serial = status.get("serial")
            s.prepare(hostname, serial if isinstance(serial, str) else None)
            return _("published on the network as {name}").format(name=hostname or status.get("hostname"))

        return self._ssh_job(_("prepare the car"), [car], "prepare", run, None)

    def read_status(self, cars: list[str]) -> JobHandle:
        """Battery, versions, sensors and models; updates the live list (and the registry)."""
        reach = self.reach

        async def work(car: str, progress: Progress, cancel: threading.Event) -> str:
            creds = reach.creds(car)
            details: dict[str, Any] = {}
            if creds.has_ssh:
                status: dict[str, Any] = await reach.over_ssh(car, lambda s: s.read_status())
                details.update(
                    serial=status.get("serial") or None,
                    software_version=status.get("software_version"),
                    models=tuple(status.get("models", ())),
                )
                if status.get("hostname"):
                    details["new_hostname"] = status["hostname"]
            if creds.console_password:
                async with await reach.console(car) as console:
                    details["battery"] = await console.battery()
                    info = await console.device_info()
                    details["software_version"] = info.get("software_version") or details.get(
                        "software_version"
                    )
                    details["sensors"] = await console.sensor_status()
                    details["models"] = tuple(await console.model_names())
            hostname = details.pop("new_hostname", None)
            state = reach.cars.get(car)
            reach.cars.seen(
                hostname or (state.hostname if state else car),
                address=state.address if state else None,
                **details,
            )
            battery = details.get("battery")
            return _("battery {battery}, {n} model(s)").format(
                battery=f"{battery}/11" if battery is not None else "?", n=len(details.get("models", ()))
            )

        return self._start(_("read status"), cars, work, "status")

    def retry(self, handle: JobHandle) -> JobHandle:
        """Run the same action again on the cars that failed or were cancelled."""
        return self._launch(handle.job.retry(), handle.cleanup)

    # ---- running jobs -----------------------------------------------------------------------------------
    def _ssh_job(
        self, action: str, cars: list[str], kind: str, fn: Callable[[SshCar], Any], done_text: str | None
    ) -> JobHandle:
        reach = self.reach

        async def work(car: str, progress: Progress, cancel: threading.Event) -> str:
            reach.require_ssh(car, action)
            result = await reach.over_ssh(car, fn)
            return done_text if done_text is not None else str(result)

        return self._start(action, cars, work, kind)

    def _start(
        self,
        action: str,
        cars: list[str],
        work: CarWork,
        kind: str,
        detail: dict[str, Any] | None = None,
        cleanup: Callable[[], None] | None = None,
        job_id: str | None = None,
    ) -> JobHandle:
        wrapped = self._recorded(kind, work, detail or {})
        job = FleetJob(action, cars, wrapped, self.bus.publish, self.max_parallel, job_id, kind=kind)
        return self._launch(job, cleanup)

    def _launch(self, job: FleetJob, cleanup: Callable[[], None] | None = None) -> JobHandle:
        async def run() -> dict[str, CarResult]:
            try:
                return await job.run()
            finally:
                if cleanup is not None:
                    cleanup()

        return JobHandle(job, self.loop.submit(run()), cleanup)

    def _recorded(self, kind: str, work: CarWork, detail: dict[str, Any]) -> CarWork:
        """Wrap per-car work so each car's attempt is a car_job row and its reachability updates the list."""
        registry, writer = self.reach.registry, self.reach.writer

        async def run(car: str, progress: Progress, cancel: threading.Event) -> str:
            job_id = None
            if registry is not None:
                with contextlib.suppress(Exception):
                    job_id = await writer.call(registry.start_job, car, kind, detail)
            try:
                result = await work(car, progress, cancel)
            except CarError as exc:
                if isinstance(exc, CarUnreachable):
                    self._mark(car, False)
                status = "cancelled" if isinstance(exc, JobCancelled) else "failed"
                await self._record_end(job_id, status, str(exc))
                raise
            except BaseException:  # the task itself was cancelled: no more awaiting here
                if registry is not None and job_id is not None:
                    writer.write(registry.finish_job, job_id, "cancelled", "")
                raise
            await self._record_end(job_id, "done", result)
            return result

        return run

    async def _record_end(self, job_id: str | None, status: str, log_text: str) -> None:
        """Recorded before the job's result is given: whoever reads the registry next sees it."""
        registry = self.reach.registry
        if registry is not None and job_id is not None:
            with contextlib.suppress(Exception):
                await self.reach.writer.call(registry.finish_job, job_id, status, log_text)

    def _mark(self, car: str, ok: bool, **details: Any) -> None:
        cars = self.reach.cars
        state = cars.get(car)
        if ok:
            cars.seen(state.hostname if state else car, **details)
        elif state is not None:
            cars.lost(state.key)


__all__ = ["CarJobs", "JobHandle"]
