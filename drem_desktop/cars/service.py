"""The cars area's one public face: what screens and the CLI call (no paramiko or aiohttp past here).

Every method returns at once. Work runs on the service loop (asyncio for discovery and the console API,
its bounded executor for paramiko); results come back as :class:`JobHandle` objects (with a
``concurrent.futures.Future``) and as bus events (:mod:`drem_desktop.cars.events`).

The service is made of three parts: the live list, the registry and the fleets (here), how to reach a car
and with which credentials (:mod:`.reach`), and the fleet jobs (:mod:`.jobs`).
"""

from __future__ import annotations

import contextlib
import logging
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any

from drem_desktop.bus import Bus
from drem_desktop.cars.credentials import CarCredentials, CredentialStore
from drem_desktop.cars.errors import CarError
from drem_desktop.cars.events import CarLost, CarSeen, FleetsChanged
from drem_desktop.cars.jobs import CarJobs, JobHandle
from drem_desktop.cars.payloads import PayloadCache
from drem_desktop.cars.pins import JsonPinStore, PinKind, PinStore, RegistryPins
from drem_desktop.cars.reach import CarReach, RegistryWriter
from drem_desktop.cars.roster import CarState, LiveCarList
from drem_desktop.cars.rows import CarRows
from drem_desktop.domain.car_records import CarRecord, FleetRecord
from drem_desktop.i18n import _
from drem_desktop.service_loop import ServiceLoop

if TYPE_CHECKING:  # the network libraries (aiohttp, paramiko, zeroconf) load on the first car contact
    from drem_desktop.cars.ssh import SshTuning

log = logging.getLogger(__name__)


class CarService(CarJobs):
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
        self.registry = registry
        if pins is None and registry is not None:
            pins = RegistryPins(registry)  # pins travel with the event database
        self.pins: PinStore = pins or JsonPinStore(self.data_dir / "car-pins.json")
        self._own_loop = loop is None
        loop = loop or ServiceLoop(max_blocking_workers=max(4, max_parallel))
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
        self._writer = RegistryWriter()
        reach = CarReach(
            self.data_dir, self.cars, self.pins, registry, self._writer, loop, credentials, tuning
        )
        self.cache_dir = self.data_dir / "cache" / "car-payloads"
        super().__init__(bus, reach, loop, PayloadCache(self.cache_dir), max_parallel)

    @property
    def credentials(self) -> CredentialStore:
        """Opened on first use: probing the OS keyring may ask the user to unlock it."""
        return self.reach.credentials

    @property
    def tuning(self) -> SshTuning | None:
        return self.reach.tuning

    # ---- the live list, the registry and the bus ----------------------------------------------------
    def _on_car_changed(self, state: CarState, presence: bool) -> None:
        self.bus.publish(CarSeen(state) if state.online else CarLost(state))
        if self.registry is not None and state.online:
            self._writer.write(self._remember, state)  # never on the caller's thread, nor on the loop

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
        self.reach.layouts[car] = (root, etc)

    def start_discovery(self, verify_workstations: bool = True) -> Future[None]:
        async def start() -> None:
            if self.reach.discovery is None:
                from drem_desktop.cars.discovery import CarDiscovery

                verify = self._is_car if verify_workstations else None
                self.reach.discovery = CarDiscovery(self.cars, verify=verify)
                await self.reach.discovery.start()

        return self.loop.submit(start())

    def stop_discovery(self) -> Future[None]:
        async def stop() -> None:
            if self.reach.discovery is not None:
                await self.reach.discovery.stop()
                self.reach.discovery = None

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
            return bool(self.reach.creds(car).console_password)
        except CarError:
            return False

    def forget_credentials(self, car: str) -> None:
        self.credentials.delete(car)

    def trust_new_key(self, car: str, kind: PinKind | None = None) -> None:
        """The operator's explicit "trust the new key": the next connection pins what the car shows."""
        kinds: tuple[PinKind, ...] = ("ssh", "tls") if kind is None else (kind,)
        for k in kinds:
            self.pins.forget(car, k)

    # ---- health (the car health service polls through these, on the service loop) ---------------------
    async def where(self, car: str) -> tuple[str, int, int]:
        """Address, SSH port and HTTPS port the car is reached at now."""
        return await self.reach.host(car)

    async def health_details(self, car: str) -> dict[str, Any]:
        """Battery and software version (see :meth:`CarReach.health_details`); raises CarError."""
        return await self.reach.health_details(car)

    async def close_health_sessions(self) -> None:
        await self.reach.close_health_sessions()

    # ---- what DREM loaded -----------------------------------------------------------------------------
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
        record = await self._writer.call(self.registry.find, car)
        return record.loaded_model if record is not None else ""

    def close(self, timeout: float = 5.0) -> None:
        """Stop discovery, end the service loop if this service owns it, drop prepared payloads."""
        if self.reach.discovery is not None:
            with contextlib.suppress(Exception):
                self.stop_discovery().result(timeout)
        if self.reach.health_sessions_open and self._loop.running:
            with contextlib.suppress(Exception):
                self._loop.submit(self.close_health_sessions()).result(timeout)
        if self._own_loop:
            self._loop.stop()
        self._writer.shutdown()
        self.payloads.clear()


__all__ = ["CarService", "JobHandle"]
