"""DREM Desktop laptops on the LAN by DNS-SD: this one publishes ``_drem-sync._tcp`` on the LAN server's
port with its laptop id and name, and browses for the others (as cars are found)."""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import Callable

from zeroconf import InterfaceChoice
from zeroconf.asyncio import AsyncServiceInfo

from drem_desktop.events import LaptopSeen
from drem_desktop.lan_browse import FoundService, LanBrowser
from drem_desktop.sync.validate import is_uuid

log = logging.getLogger(__name__)

SERVICE = "_drem-sync._tcp.local."


def _instance(name: str, laptop_id: str) -> str:
    safe = "".join(c for c in name if c.isalnum() or c in " -_")[:40].strip() or "laptop"
    return f"{safe} {laptop_id[:8]}.{SERVICE}"


class SyncDiscovery:
    def __init__(
        self,
        laptop_id: str,
        name: str,
        port: int,
        addresses: list[str],
        on_seen: Callable[[LaptopSeen], None],
        paired: Callable[[str], bool],
        interfaces: InterfaceChoice | list[str] = InterfaceChoice.All,
    ) -> None:
        self.laptop_id = laptop_id
        self.name = name
        self.port = port
        self.addresses = addresses
        self.on_seen = on_seen
        self.paired = paired
        self.interfaces = interfaces
        self._browser = LanBrowser([SERVICE], self._found, interfaces=interfaces)

    async def start(self) -> None:
        info = AsyncServiceInfo(
            SERVICE,
            _instance(self.name, self.laptop_id),
            addresses=[socket.inet_aton(a) for a in self.addresses],
            port=self.port,
            properties={"id": self.laptop_id, "name": self.name[:60], "v": "1"},
        )
        await self._browser.start(publish=info)

    async def stop(self) -> None:
        await self._browser.stop()

    async def _found(self, found: FoundService) -> None:
        laptop = found.properties.get("id", "")
        if not is_uuid(laptop) or laptop == self.laptop_id or not found.addresses or not found.port:
            return
        loop = asyncio.get_running_loop()
        paired = await loop.run_in_executor(None, self.paired, laptop)
        name = found.properties.get("name", "")[:60]
        self.on_seen(LaptopSeen(laptop, name, found.addresses[0], found.port, paired))
