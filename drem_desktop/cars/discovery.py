"""Find cars on the venue LAN by DNS-SD (AsyncZeroconf) and resolve ``<hostname>.local``.

Cars we prepared publish ``_drem-car._tcp`` (with their serial in a TXT record): taken at once. Stock cars
running avahi may publish ``_workstation._tcp``; so does any Linux laptop, so those are only taken after
``verify`` (normally the HTTPS fingerprint probe) says the address is a car.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import sys
from collections.abc import Awaitable, Callable

from zeroconf import AddressResolver, InterfaceChoice, IPVersion

from drem_desktop.cars.roster import CarState, LiveCarList
from drem_desktop.lan_browse import FoundService, LanBrowser

log = logging.getLogger(__name__)

DREM_CAR = "_drem-car._tcp.local."
WORKSTATION = "_workstation._tcp.local."
SERVICE_TYPES = (DREM_CAR, WORKSTATION)

Verify = Callable[[str], Awaitable[bool]]


class CarDiscovery:
    """Runs on the service loop; feeds the live car list until ``stop``."""

    def __init__(
        self,
        cars: LiveCarList,
        service_types: tuple[str, ...] = SERVICE_TYPES,
        verify: Verify | None = None,
        interfaces: InterfaceChoice | list[str] = InterfaceChoice.All,
    ) -> None:
        self.cars = cars
        self.service_types = service_types
        self.verify = verify
        self.interfaces = interfaces
        self._browser = LanBrowser(list(service_types), self._found, self._removed, interfaces)
        self._names: dict[str, str] = {}  # DNS-SD instance name -> car key

    async def start(self) -> None:
        await self._browser.start()

    async def stop(self) -> None:
        await self._browser.stop()

    def _removed(self, name: str) -> None:
        key = self._names.pop(name, None)
        if key is not None:
            self.cars.lost(key)

    async def _found(self, found: FoundService) -> None:
        if not found.addresses or not found.server:
            return
        address = found.addresses[0]
        props = found.properties
        if found.service_type != DREM_CAR and (self.verify is None or not await self.verify(address)):
            return
        hostname = found.server.rstrip(".").removesuffix(".local")
        ssh_port = int(props["ssh"]) if props.get("ssh", "").isdigit() else None
        state = self.cars.seen(
            hostname,
            address=address,
            serial=props.get("serial") or None,
            found_by="mdns",
            ssh_port=ssh_port,
            https_port=(found.port or None) if found.service_type == DREM_CAR else None,
        )
        self._names[found.name] = state.key

    async def resolve(self, hostname: str, timeout_ms: int = 3000) -> str | None:
        """The IPv4 address of ``<hostname>.local`` by mDNS, or None."""
        zeroconf = self._browser.zeroconf
        host = hostname.rstrip(".")
        if not host.endswith(".local"):
            host += ".local"
        resolver = AddressResolver(host + ".")
        if await resolver.async_request(zeroconf, timeout_ms):
            addresses = resolver.parsed_addresses(IPVersion.V4Only)
            return addresses[0] if addresses else None
        return None


async def _main(seconds: float) -> None:
    """``python -m drem_desktop.cars.discovery [seconds] [hostname…]``: list cars as JSON lines."""
    cars = LiveCarList()
    found: list[CarState] = []
    cars.subscribe(lambda state, presence: found.append(state))
    discovery = CarDiscovery(cars)
    await discovery.start()
    try:
        await asyncio.sleep(seconds)
        for host in sys.argv[2:]:
            print(json.dumps({"resolved": host, "address": await discovery.resolve(host)}), flush=True)
    finally:
        await discovery.stop()
    for car in cars.cars():
        print(
            json.dumps(
                {
                    "hostname": car.hostname,
                    "address": car.address,
                    "serial": car.serial,
                    "online": car.online,
                    "found_by": car.found_by,
                }
            ),
            flush=True,
        )


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_main(float(sys.argv[1]) if len(sys.argv) > 1 else 5.0))
