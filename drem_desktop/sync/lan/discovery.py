"""DREM Desktop laptops on the LAN by DNS-SD: this one publishes ``_drem-sync._tcp`` on the LAN server's
port with its laptop id and name, and browses for the others (as cars are found)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import Callable

from zeroconf import InterfaceChoice, IPVersion, ServiceStateChange, Zeroconf
from zeroconf.asyncio import AsyncServiceBrowser, AsyncServiceInfo, AsyncZeroconf

from drem_desktop.events import LaptopSeen
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
        self._zc: AsyncZeroconf | None = None
        self._browser: AsyncServiceBrowser | None = None
        self._info: AsyncServiceInfo | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        self._zc = AsyncZeroconf(interfaces=self.interfaces, ip_version=IPVersion.V4Only)
        self._info = AsyncServiceInfo(
            SERVICE,
            _instance(self.name, self.laptop_id),
            addresses=[socket.inet_aton(a) for a in self.addresses],
            port=self.port,
            properties={"id": self.laptop_id, "name": self.name[:60], "v": "1"},
        )
        await self._zc.async_register_service(self._info, allow_name_change=True)
        self._browser = AsyncServiceBrowser(self._zc.zeroconf, [SERVICE], handlers=[self._on_change])

    async def stop(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        if self._browser is not None:
            await self._browser.async_cancel()
            self._browser = None
        if self._zc is not None:
            if self._info is not None:
                with contextlib.suppress(Exception):
                    await self._zc.async_unregister_service(self._info)
            await self._zc.async_close()
            self._zc = None

    def _on_change(
        self, zeroconf: Zeroconf, service_type: str, name: str, state_change: ServiceStateChange
    ) -> None:
        if state_change is ServiceStateChange.Removed:
            return
        task = asyncio.ensure_future(self._resolve(service_type, name))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _resolve(self, service_type: str, name: str) -> None:
        assert self._zc is not None
        info = AsyncServiceInfo(service_type, name)
        if not await info.async_request(self._zc.zeroconf, 3000):
            return
        props = {
            k.decode(errors="replace"): (v or b"").decode(errors="replace")
            for k, v in (info.properties or {}).items()
        }
        laptop = props.get("id", "")
        addresses = info.parsed_addresses(IPVersion.V4Only)
        if not is_uuid(laptop) or laptop == self.laptop_id or not addresses or not info.port:
            return
        loop = asyncio.get_running_loop()
        paired = await loop.run_in_executor(None, self.paired, laptop)
        self.on_seen(LaptopSeen(laptop, props.get("name", "")[:60], addresses[0], int(info.port), paired))
