"""The cars area's one public face: what screens and the CLI call (no paramiko or aiohttp past here).

Every method returns at once. Work runs on the service loop (asyncio for discovery and the console API,
its bounded executor for paramiko); results come back as :class:`FleetJob` objects (with a
``concurrent.futures.Future``) and as bus events (:mod:`drem_desktop.cars.events`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from drem_desktop.bus import Bus
from drem_desktop.cars.archive import PreparedModel
from drem_desktop.cars.credentials import CarCredentials, CredentialStore, open_credential_store
from drem_desktop.cars.errors import (
    BadArchive,
    CarCommandFailed,
    CarError,
    CarNeedsCredentials,
    CarUnreachable,
    JobCancelled,
    ModelRejected,
)
from drem_desktop.cars.events import CarLost, CarSeen, FleetsChanged
from drem_desktop.cars.fleet import CarResult, CarWork, FleetJob, Progress
from drem_desktop.cars.payloads import PayloadCache
from drem_desktop.cars.pins import JsonPinStore, PinKind, PinStore, RegistryPins
from drem_desktop.cars.roster import CarState, LiveCarList
from drem_desktop.cars.rows import CarRows
from drem_desktop.cars.tail_light import parse_colour
from drem_desktop.domain.car_records import CarRecord, FleetRecord
from drem_desktop.i18n import _
from drem_desktop.models.archive import sanitize_model_name
from drem_desktop.service_loop import ServiceLoop

if TYPE_CHECKING:  # the network libraries (aiohttp, paramiko, zeroconf) load on the first car contact
    from drem_desktop.cars.console import ConsoleClient
    from drem_desktop.cars.discovery import CarDiscovery
    from drem_desktop.cars.ssh import SshCar, SshTuning

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class JobHandle:
    """What a screen keeps: the job (results, cancel, retry) and a future that ends with it."""

    job: FleetJob
    future: Future[dict[str, CarResult]]
    cleanup: Callable[[], None] | None = None

    def cancel(self) -> None:
        self.job.cancel()


class CarService:
    def __init__(
        self,
        data_dir: Path,
        bus: Bus,
        credentials: CredentialStore | None = None,
        loop: ServiceLoop | None = None,
        pins: PinStore | None = None,
        registry: CarRows | None = None,
        max_parallel: int = 4,
        tuning: SshTuning | None = None,
    ) -> None:
        """``registry`` keeps cars, fleets, jobs and pins (optional: the service works without a store)."""
        self.data_dir = Path(data_dir)
        self.bus = bus
        self._credentials = credentials
        self.registry = registry
        if pins is None and registry is not None:
            pins = RegistryPins(registry)  # pins travel with the event database
        self.pins: PinStore = pins or JsonPinStore(self.data_dir / "car-pins.json")
        self.max_parallel = max_parallel
        self.tuning = tuning  # None: SshCar's defaults
        self._own_loop = loop is None
        self._loop = loop or ServiceLoop(max_blocking_workers=max(4, max_parallel))
        self.cars = LiveCarList()
        if registry is not None:
            for record in registry.list():
                self.cars.remembered(
                    CarState(
                        hostname=record.hostname or record.key,
                        address=record.address or None,
                        serial=record.chassis_serial or None,
                        software_version=(record.versions or {}).get("software"),
                        last_seen=record.last_seen.timestamp() if record.last_seen else 0.0,
                    )
                )
        self.cars.subscribe(self._on_car_changed)
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="car-registry")
        self._discovery: CarDiscovery | None = None
        self._layouts: dict[str, tuple[str | None, str]] = {}
        self._health_consoles: dict[str, ConsoleClient] = {}  # kept logged in between health polls
        self.cache_dir = self.data_dir / "cache" / "car-payloads"
        self.payloads = PayloadCache(self.cache_dir)

    @property
    def loop(self) -> ServiceLoop:
        """The service loop, started on first use (a CLI command that never talks to a car starts none)."""
        return self._loop.start()

    @property
    def credentials(self) -> CredentialStore:
        """Opened on first use: probing the OS keyring may ask the user to unlock it."""
        if self._credentials is None:
            self._credentials = open_credential_store(self.data_dir)
        return self._credentials

    # ---- the live list, the registry and the bus ----------------------------------------------------
    def _on_car_changed(self, state: CarState, presence: bool) -> None:
        self.bus.publish(CarSeen(state) if state.online else CarLost(state))
        if self.registry is not None and state.online:
            self._write(self._remember, state)  # never on the caller's thread, nor on the loop

    def _remember(self, state: CarState) -> None:
        if self.registry is None:
            return
        try:
            self.registry.remember(
                state.key,
                hostname=state.hostname,
                serial=state.serial,
                address=state.address,
                versions={"software": state.software_version} if state.software_version else None,
                previous_key=state.hostname.lower(),
            )
        except Exception:
            log.exception("could not record car %s", state.key)

    def add_car(
        self, hostname: str, address: str | None = None, ssh_port: int = 22, https_port: int = 443
    ) -> CarState:
        """A car the operator names by hand (host name or address); it shows up until proven gone."""
        hostname = hostname.strip()
        if not hostname:
            raise ValueError(_("Name the car by its host name (e.g. amss-1234) or its address."))
        return self.cars.seen(
            hostname, address=address, ssh_port=ssh_port, https_port=https_port, found_by="manual"
        )

    # ---- fleets (the registry: each call may block on disk, so screens call them from a worker) ------
    def fleet_cars(self, fleet_id: str) -> list[str]:
        """Keys of the cars registered in a fleet (for "select the whole fleet")."""
        if self.registry is None:
            return []
        return [c.key for c in self.registry.list(fleet_id=fleet_id)]

    def fleets(self) -> list[FleetRecord]:
        return self.registry.fleets() if self.registry is not None else []

    def registered_cars(self) -> list[CarRecord]:
        """Every car the registry knows (with its fleet), online or not."""
        return self.registry.list() if self.registry is not None else []

    def add_fleet(self, name: str) -> FleetRecord:
        fleet = self._rows().add_fleet(name)
        self.bus.publish(FleetsChanged())
        return fleet

    def rename_fleet(self, fleet_id: str, name: str) -> FleetRecord:
        """Refuses an empty name and one another fleet has (in any case)."""
        fleet = self._rows().rename_fleet(fleet_id, name)
        self.bus.publish(FleetsChanged())
        return fleet

    def remove_fleet(self, fleet_id: str) -> None:
        """The fleet goes; its cars stay registered (pins, jobs, credentials), in no fleet."""
        self._rows().remove_fleet(fleet_id)
        self.bus.publish(FleetsChanged())

    def assign(self, cars: list[str], fleet_id: str | None) -> int:
        """Move cars into a fleet (or out of theirs with ``None``); a car added a moment ago by hand is
        registered first. Returns how many moved."""
        rows = self._rows()
        for car in cars:
            if rows.find(car) is None:
                rows.remember(car, seen=False)
            rows.assign(car, fleet_id)
        self.bus.publish(FleetsChanged())
        return len(cars)

    def _rows(self) -> CarRows:
        if self.registry is None:
            raise ValueError(_("Fleets are kept in the event database, and this car service has none."))
        return self.registry

    def set_layout(self, car: str, root: str | None = None, etc: str = "/etc") -> None:
        """Where a car keeps its DeepRacer tree (None: the standard one) and /etc (only for non-standard or
        test cars)."""
        self._layouts[car] = (root, etc)

    def start_discovery(self, verify_workstations: bool = True) -> Future[None]:
        async def start() -> None:
            if self._discovery is None:
                from drem_desktop.cars.discovery import CarDiscovery

                verify = self._is_car if verify_workstations else None
                self._discovery = CarDiscovery(self.cars, verify=verify)
                await self._discovery.start()

        return self.loop.submit(start())

    def stop_discovery(self) -> Future[None]:
        async def stop() -> None:
            if self._discovery is not None:
                await self._discovery.stop()
                self._discovery = None

        return self.loop.submit(stop())

    @staticmethod
    async def _is_car(address: str) -> bool:
        from drem_desktop.cars.probe import probe_address

        result = await probe_address(address)
        return result is not None and result.is_car

    def probe(self, subnet: str, port: int = 443) -> Future[list[CarState]]:
        """Probe the subnet the operator names; found cars join the live list (named by address)."""

        async def run() -> list[CarState]:
            from drem_desktop.cars.probe import probe_subnet

            found = await probe_subnet(subnet, port=port)
            return [
                self.cars.seen(r.address, address=r.address, https_port=r.port, found_by="probe")
                for r in found
            ]

        return self.loop.submit(run())

    # ---- credentials and trust ----------------------------------------------------------------------
    def set_credentials(self, car: str, credentials: CarCredentials) -> None:
        self.credentials.set(car, credentials)
        if self.registry is not None:
            self.registry.set_credentials_ref(car, f"{self.credentials.kind}:{car}")

    def has_credentials(self, car: str) -> bool:
        return self.credentials.get(car) is not None

    def can_load(self, car: str) -> bool:
        """Whether a pushed model can also be selected on the car (that needs its console password)."""
        try:
            return bool(self._creds(car).console_password)
        except CarError:
            return False

    def forget_credentials(self, car: str) -> None:
        self.credentials.delete(car)

    def trust_new_key(self, car: str, kind: PinKind | None = None) -> None:
        """The operator's explicit "trust the new key": the next connection pins what the car shows."""
        kinds: tuple[PinKind, ...] = ("ssh", "tls") if kind is None else (kind,)
        for k in kinds:
            self.pins.forget(car, k)

    # ---- how to reach a car ---------------------------------------------------------------------------
    def _creds(self, car: str) -> CarCredentials:
        creds = self.credentials.get(car)
        if creds is None:
            # Saved before the car told its serial: they sit under its host name.
            state = self.cars.get(car)
            if state is not None and state.hostname != car:
                creds = self.credentials.get(state.hostname.lower())
        if creds is None:
            raise CarNeedsCredentials(car)
        return creds

    async def _host(self, car: str) -> tuple[str, int, int]:
        """Address and ports: last seen address, else the registry's, else ``<hostname>.local`` by mDNS."""
        state = self.cars.get(car)
        if state is not None and state.address:
            return state.address, state.ssh_port, state.https_port
        if self.registry is not None:
            record = await self._on_writer(self.registry.find, car)
            if record is not None and record.address:
                return record.address, 22, 443
        hostname = state.hostname if state is not None else car
        if "." in hostname and not hostname.endswith(".local"):
            return hostname, 22, 443
        if self._discovery is not None:
            address = await self._discovery.resolve(hostname.removesuffix(".local"))
            if address:
                self.cars.seen(hostname, address=address)
                return address, 22, 443
        return hostname.removesuffix(".local") + ".local", 22, 443  # the OS resolver may know it

    async def _ssh(self, car: str) -> SshCar:
        from drem_desktop.cars.ssh import DEFAULT_ROOT, CarTarget, SshCar

        host, ssh_port, _https = await self._host(car)
        root, etc = self._layouts.get(car, (None, "/etc"))
        return SshCar(
            CarTarget(car, host, ssh_port, root=root or DEFAULT_ROOT, etc=etc),
            self._creds(car),
            self.pins,
            self.tuning,
        )

    async def _console(self, car: str) -> ConsoleClient:
        creds = self._creds(car)
        if not creds.console_password:
            raise CarCommandFailed(
                car,
                _("be reached"),
                _(
                    "it has no SSH credentials and no web console password saved; add one in Cars → {car}."
                ).format(car=car),
            )
        host, _ssh_port, https_port = await self._host(car)
        from drem_desktop.cars.console import ConsoleClient

        return ConsoleClient(car, host, creds.console_password, self.pins, port=https_port)

    # ---- health (the car health service polls through these, on the service loop) ---------------------
    async def where(self, car: str) -> tuple[str, int, int]:
        """Address, SSH port and HTTPS port the car is reached at now."""
        return await self._host(car)

    async def health_details(self, car: str) -> dict[str, Any]:
        """Battery (0..11 or None) and software version, from the web console when its password is saved
        (one session kept between polls, never re-taken from someone else on a stock car), else over SSH.
        Raises CarError like any car call."""
        creds = self._creds(car)
        if creds.console_password:
            from drem_desktop.cars.console import ConsoleClient  # aiohttp is loaded on first use

            host, _ssh, https_port = await self._host(car)
            console = self._health_consoles.get(car)
            if console is None or (console.host, console.port) != (host, https_port):
                if console is not None:
                    await console.close()
                console = ConsoleClient(
                    car,
                    host,
                    creds.console_password,
                    self.pins,
                    port=https_port,
                    relogin=False,
                    request_timeout=10.0,
                )
                self._health_consoles[car] = console
            try:
                battery = await console.battery()
                info = await console.device_info()
            except CarError:
                self._health_consoles.pop(car, None)
                await console.close()
                raise
            version = info.get("software_version") if info.get("success", True) else None
            return {"battery": battery, "software_version": version or None}
        if creds.has_ssh:
            ssh = await self._ssh(car)
            return dict(await self._blocking(lambda: _with(ssh, lambda s: s.read_health())))
        raise CarNeedsCredentials(car)

    async def close_health_sessions(self) -> None:
        consoles, self._health_consoles = list(self._health_consoles.values()), {}
        for console in consoles:
            with contextlib.suppress(Exception):
                await console.close()

    def _uses_ssh(self, car: str) -> bool:
        return self._creds(car).has_ssh

    async def _blocking(self, fn: Callable[[], Any]) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self.loop.executor, fn)

    def _mark(self, car: str, ok: bool, **details: Any) -> None:
        state = self.cars.get(car)
        if ok:
            self.cars.seen(state.hostname if state else car, **details)
        elif state is not None:
            self.cars.lost(state.key)

    # ---- running jobs -----------------------------------------------------------------------------------
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

    def retry(self, handle: JobHandle) -> JobHandle:
        """Run the same action again on the cars that failed or were cancelled."""
        return self._launch(handle.job.retry(), handle.cleanup)

    def _recorded(self, kind: str, work: CarWork, detail: dict[str, Any]) -> CarWork:
        """Wrap per-car work so each car's attempt is a car_job row and its reachability updates the list."""

        async def run(car: str, progress: Progress, cancel: threading.Event) -> str:
            job_id = None
            if self.registry is not None:
                with contextlib.suppress(Exception):
                    job_id = await self._on_writer(self.registry.start_job, car, kind, detail)
            try:
                result = await work(car, progress, cancel)
            except CarError as exc:
                if isinstance(exc, CarUnreachable):
                    self._mark(car, False)
                status = "cancelled" if isinstance(exc, JobCancelled) else "failed"
                await self._record_end(job_id, status, str(exc))
                raise
            except BaseException:  # the task itself was cancelled: no more awaiting here
                if self.registry is not None and job_id is not None:
                    self._write(self.registry.finish_job, job_id, "cancelled", "")
                raise
            await self._record_end(job_id, "done", result)
            return result

        return run

    async def _record_end(self, job_id: str | None, status: str, log_text: str) -> None:
        """Recorded before the job's result is given: whoever reads the registry next sees it."""
        if self.registry is not None and job_id is not None:
            with contextlib.suppress(Exception):
                await self._on_writer(self.registry.finish_job, job_id, status, log_text)

    # ---- the registry's writes: one thread of their own, in order, never on the asyncio loop (it also
    # serves the LAN pages) nor on a screen's thread ---------------------------------------------------
    def _write(self, fn: Callable[..., Any], *args: Any) -> None:
        def run() -> None:
            try:
                fn(*args)
            except Exception:
                log.exception("car registry: %s failed", getattr(fn, "__name__", fn))

        with contextlib.suppress(RuntimeError):  # closing: the writer takes no more work
            self._writer.submit(run)

    async def _on_writer(self, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.wrap_future(self._writer.submit(fn, *args))

    # ---- fleet operations -------------------------------------------------------------------------------
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

        async def work(car: str, progress: Progress, cancel: threading.Event) -> str:
            archive = Path(assignments[car])
            folder = sanitize_model_name(name or archive.name)
            use_console = not self._uses_ssh(car)
            how = "SSH"
            if not use_console:
                progress(0, 0, _("checking the model"))
                model = await self._prepared(car, archive, name, for_console=False)
                try:
                    ssh = await self._ssh(car)
                    await self._blocking(lambda: _with(ssh, lambda s: s.push_model(model, progress, cancel)))
                except CarUnreachable:
                    # SSH switched off on the car (or port 22 blocked): the console can still take it.
                    if not self._creds(car).console_password:
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
                    async with await self._console(car) as console:
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
            return await self._blocking(lambda: self.payloads.acquire(archive, name, for_console=for_console))
        except BadArchive as exc:  # the refusal's reasons, not "unexpected error"
            raise ModelRejected(car, str(exc)) from exc

    async def _load(self, car: str, folder: str) -> None:
        creds = self._creds(car)
        if not creds.console_password:
            raise CarCommandFailed(
                car,
                _("load the model"),
                _(
                    "the model is on the car, but loading it needs the car's web console password; "
                    "save it in Cars → {car} or select the model on the car."
                ).format(car=car),
            )
        async with await self._console(car) as console:
            await console.load_model(folder)
        if self.registry is not None:
            with contextlib.suppress(Exception):
                await self._on_writer(self.registry.set_loaded_model, car, folder)

    def delete_all_models(self, cars: list[str], logs_too: bool = False) -> JobHandle:
        async def work(car: str, progress: Progress, cancel: threading.Event) -> str:
            if self._uses_ssh(car):
                ssh = await self._ssh(car)
                await self._blocking(lambda: _with(ssh, lambda s: s.delete_all_models(logs_too)))
            else:
                async with await self._console(car) as console:
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
        async def work(car: str, progress: Progress, cancel: threading.Event) -> str:
            if self._uses_ssh(car):
                ssh = await self._ssh(car)
                await self._blocking(lambda: _with(ssh, lambda s: s.stop_car()))
            else:
                async with await self._console(car) as console:
                    await console.stop()
            return _("stopped")

        return self._start(_("stop"), cars, work, "stop")

    def set_tail_light(self, cars: list[str], colour: str | tuple[int, int, int]) -> JobHandle:
        """The racer's highlight colour when their run starts; ``"white"`` when it ends (idle)."""
        rgb = parse_colour(colour)  # bad input fails here, before any car is touched
        return self._ssh_job(
            _("set the tail light"), cars, "led", lambda s: s.set_tail_light(rgb), _("tail light set")
        )

    def loaded_model(self, car: str) -> str:
        """The model folder DREM last loaded on the car ("" if none; the stock console never says).
        Reads the registry: call it from a worker, or await :meth:`loaded_model_off_loop` on the loop."""
        record = self.registry.find(car) if self.registry is not None else None
        return record.loaded_model if record is not None else ""

    async def loaded_model_off_loop(self, car: str) -> str:
        """:meth:`loaded_model` for code on the service loop: the read runs on the registry's writer
        thread, so the loop that serves the LAN pages never waits on SQLite."""
        if self.registry is None:
            return ""
        record = await self._on_writer(self.registry.find, car)
        return record.loaded_model if record is not None else ""

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
        action = _("fetch logs")

        async def work(car: str, progress: Progress, cancel: threading.Event) -> str:
            if not self._uses_ssh(car):
                raise CarCommandFailed(
                    car,
                    action,
                    _(
                        "this needs SSH: enable SSH on the car's console and save its SSH password in "
                        "Cars → {car}."
                    ).format(car=car),
                )
            ssh = await self._ssh(car)
            folder = sanitize_model_name(model_name) if model_name else ""
            count = await self._blocking(
                lambda: _with(ssh, lambda s: s.fetch_logs(folder, since_epoch, dest, progress, cancel))
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

        async def work(car: str, progress: Progress, cancel: threading.Event) -> str:
            creds = self._creds(car)
            details: dict[str, Any] = {}
            if creds.has_ssh:
                ssh = await self._ssh(car)
                status = await self._blocking(lambda: _with(ssh, lambda s: s.read_status()))
                details.update(
                    serial=status.get("serial") or None,
                    software_version=status.get("software_version"),
                    models=tuple(status.get("models", ())),
                )
                if status.get("hostname"):
                    details["new_hostname"] = status["hostname"]
            if creds.console_password:
                async with await self._console(car) as console:
                    details["battery"] = await console.battery()
                    info = await console.device_info()
                    details["software_version"] = info.get("software_version") or details.get(
                        "software_version"
                    )
                    details["sensors"] = await console.sensor_status()
                    details["models"] = tuple(await console.model_names())
            hostname = details.pop("new_hostname", None)
            state = self.cars.get(car)
            self.cars.seen(
                hostname or (state.hostname if state else car),
                address=state.address if state else None,
                **details,
            )
            battery = details.get("battery")
            return _("battery {battery}, {n} model(s)").format(
                battery=f"{battery}/11" if battery is not None else "?", n=len(details.get("models", ()))
            )

        return self._start(_("read status"), cars, work, "status")

    def _ssh_job(
        self, action: str, cars: list[str], kind: str, fn: Callable[[SshCar], Any], done_text: str | None
    ) -> JobHandle:
        async def work(car: str, progress: Progress, cancel: threading.Event) -> str:
            if not self._uses_ssh(car):
                raise CarCommandFailed(
                    car,
                    action,
                    _(
                        "this needs SSH: enable SSH on the car's console and save its SSH password in "
                        "Cars → {car}."
                    ).format(car=car),
                )
            ssh = await self._ssh(car)
            result = await self._blocking(lambda: _with(ssh, fn))
            return done_text if done_text is not None else str(result)

        return self._start(action, cars, work, kind)

    def close(self, timeout: float = 5.0) -> None:
        """Stop discovery, end the service loop if this service owns it, drop prepared payloads."""
        if self._discovery is not None:
            with contextlib.suppress(Exception):
                self.stop_discovery().result(timeout)
        if self._health_consoles and self._loop.running:
            with contextlib.suppress(Exception):
                self._loop.submit(self.close_health_sessions()).result(timeout)
        if self._own_loop:
            self._loop.stop()
        self._writer.shutdown(wait=True)
        self.payloads.clear()


def _with(ssh: SshCar, fn: Callable[[SshCar], Any]) -> Any:
    """Connect, do ``fn``, always close (runs in the executor)."""
    with ssh:
        return fn(ssh)


__all__ = ["CarService", "JobHandle"]
