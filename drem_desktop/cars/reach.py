"""How to reach a car: where it is (the live list, the registry, mDNS), the credentials that open it, and the
SSH and console clients made from both. The fleet jobs and the health polls reach cars only through here.

Also the registry's writer: one thread of its own for the registry's reads and writes, so neither the
asyncio loop (it also serves the LAN pages) nor a screen's thread ever waits on SQLite.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from drem_desktop.cars.credentials import CarCredentials, CredentialStore, open_credential_store
from drem_desktop.cars.errors import CarCommandFailed, CarError, CarNeedsCredentials
from drem_desktop.cars.pins import PinStore
from drem_desktop.cars.roster import LiveCarList
from drem_desktop.cars.rows import CarRows
from drem_desktop.i18n import _
from drem_desktop.service_loop import ServiceLoop

if TYPE_CHECKING:  # the network libraries (aiohttp, paramiko, zeroconf) load on the first car contact
    from drem_desktop.cars.console import ConsoleClient
    from drem_desktop.cars.discovery import CarDiscovery
    from drem_desktop.cars.ssh import SshCar, SshTuning

log = logging.getLogger(__name__)
T = TypeVar("T")


class RegistryWriter:
    """The registry's calls, in order, on one thread of their own."""

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="car-registry")

    def write(self, fn: Callable[..., Any], *args: Any) -> None:
        """Fire and forget: a failed write is logged, never raised at whoever published the change."""

        def run() -> None:
            try:
                fn(*args)
            except Exception:
                log.exception("car registry: %s failed", getattr(fn, "__name__", fn))

        with contextlib.suppress(RuntimeError):  # closing: the writer takes no more work
            self._pool.submit(run)

    async def call(self, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.wrap_future(self._pool.submit(fn, *args))

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)


class CarReach:
    def __init__(
        self,
        data_dir: Path,
        cars: LiveCarList,
        pins: PinStore,
        registry: CarRows | None,
        writer: RegistryWriter,
        loop: ServiceLoop,
        credentials: CredentialStore | None = None,
        tuning: SshTuning | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.cars = cars
        self.pins = pins
        self.registry = registry
        self.writer = writer
        self._loop = loop
        self._credentials = credentials
        self.tuning = tuning  # None: SshCar's defaults
        self.discovery: CarDiscovery | None = None  # while discovery runs: resolves <hostname>.local
        self.layouts: dict[str, tuple[str | None, str]] = {}
        self._health_consoles: dict[str, ConsoleClient] = {}  # kept logged in between health polls

    @property
    def credentials(self) -> CredentialStore:
        """Opened on first use: probing the OS keyring may ask the user to unlock it."""
        if self._credentials is None:
            self._credentials = open_credential_store(self.data_dir)
        return self._credentials

    def creds(self, car: str) -> CarCredentials:
        creds = self.credentials.get(car)
        if creds is None:
            # Saved before the car told its serial: they sit under its host name.
            state = self.cars.get(car)
            if state is not None and state.hostname != car:
                creds = self.credentials.get(state.hostname.lower())
        if creds is None:
            raise CarNeedsCredentials(car)
        return creds

    def uses_ssh(self, car: str) -> bool:
        return self.creds(car).has_ssh

    def require_ssh(self, car: str, action: str) -> None:
        """Fails ``action`` in words when the car has no SSH credentials (the console cannot do it)."""
        if not self.uses_ssh(car):
            raise CarCommandFailed(
                car,
                action,
                _(
                    "this needs SSH: enable SSH on the car's console and save its SSH password in "
                    "Cars → {car}."
                ).format(car=car),
            )

    async def host(self, car: str) -> tuple[str, int, int]:
        """Address and ports: last seen address, else the registry's, else ``<hostname>.local`` by mDNS."""
        state = self.cars.get(car)
        if state is not None and state.address:
            return state.address, state.ssh_port, state.https_port
        if self.registry is not None:
            record = await self.writer.call(self.registry.find, car)
            if record is not None and record.address:
                return record.address, 22, 443
        hostname = state.hostname if state is not None else car
        if "." in hostname and not hostname.endswith(".local"):
            return hostname, 22, 443
        if self.discovery is not None:
            address = await self.discovery.resolve(hostname.removesuffix(".local"))
            if address:
                self.cars.seen(hostname, address=address)
                return address, 22, 443
        return hostname.removesuffix(".local") + ".local", 22, 443  # the OS resolver may know it

    async def ssh(self, car: str) -> SshCar:
        from drem_desktop.cars.ssh import DEFAULT_ROOT, CarTarget, SshCar

        host, ssh_port, _https = await self.host(car)
        root, etc = self.layouts.get(car, (None, "/etc"))
        return SshCar(
            CarTarget(car, host, ssh_port, root=root or DEFAULT_ROOT, etc=etc),
            self.creds(car),
            self.pins,
            self.tuning,
        )

    async def console(self, car: str) -> ConsoleClient:
        creds = self.creds(car)
        if not creds.console_password:
            raise CarCommandFailed(
                car,
                _("be reached"),
                _(
                    "it has no SSH credentials and no web console password saved; add one in Cars → {car}."
                ).format(car=car),
            )
        host, _ssh_port, https_port = await self.host(car)
        from drem_desktop.cars.console import ConsoleClient

        return ConsoleClient(car, host, creds.console_password, self.pins, port=https_port)

    async def blocking(self, fn: Callable[[], T]) -> T:
        """``fn`` on the service loop's bounded executor (paramiko, archive checks)."""
        return await asyncio.get_running_loop().run_in_executor(self._loop.start().executor, fn)

    async def over_ssh(self, car: str, fn: Callable[[SshCar], T]) -> T:
        """Connect, do ``fn``, always close; the blocking part runs in the executor."""
        ssh = await self.ssh(car)

        def run() -> T:
            with ssh:
                return fn(ssh)

        return await self.blocking(run)

    # ---- health (the car health service polls through these, on the service loop) ---------------------
    async def health_details(self, car: str) -> dict[str, Any]:
        """Battery (0..11 or None) and software version, from the web console when its password is saved
        (one session kept between polls, never re-taken from someone else on a stock car), else over SSH.
        Raises CarError like any car call."""
        creds = self.creds(car)
        if creds.console_password:
            from drem_desktop.cars.console import ConsoleClient  # aiohttp is loaded on first use

            host, _ssh, https_port = await self.host(car)
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
            return dict(await self.over_ssh(car, lambda s: s.read_health()))
        raise CarNeedsCredentials(car)

    @property
    def health_sessions_open(self) -> bool:
        return bool(self._health_consoles)

    async def close_health_sessions(self) -> None:
        consoles, self._health_consoles = list(self._health_consoles.values()), {}
        for console in consoles:
            with contextlib.suppress(Exception):
                await console.close()


__all__ = ["CarReach", "RegistryWriter"]
