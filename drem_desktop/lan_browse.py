"""Browsing the venue LAN by DNS-SD (AsyncZeroconf, IPv4): each service found is resolved (address, port,
TXT properties) and handed over; each one that leaves is told. Cars (``_drem-car._tcp``, workstations)
and other DREM laptops (``_drem-sync._tcp``) are found this way; what a found service means is up to the
caller. Runs on the service loop, between ``start`` and ``stop``.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from zeroconf import InterfaceChoice, IPVersion, ServiceStateChange, Zeroconf
from zeroconf.asyncio import AsyncServiceBrowser, AsyncServiceInfo, AsyncZeroconf

RESOLVE_MS = 3000


@dataclass(frozen=True)
class FoundService:
    service_type: str
    name: str  # the DNS-SD instance name
    server: str  # the host name it gives ("" if none)
    port: int  # 0 if none
    addresses: list[str]  # IPv4, as text
    properties: dict[str, str] = field(default_factory=dict)  # TXT records, decoded


Found = Callable[[FoundService], Awaitable[None]]


class LanBrowser:
    def __init__(
        self,
        service_types: list[str],
        on_found: Found,
        on_removed: Callable[[str], None] | None = None,
        interfaces: InterfaceChoice | list[str] = InterfaceChoice.All,
    ) -> None:
        """``on_removed`` gets the instance name of a service that left."""
        self.service_types = service_types
        self.on_found = on_found
        self.on_removed = on_removed
        self.interfaces = interfaces
        self._zc: AsyncZeroconf | None = None
        self._browser: AsyncServiceBrowser | None = None
        self._published: AsyncServiceInfo | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    @property
    def zeroconf(self) -> Zeroconf:
        assert self._zc is not None, "start() first"
        return self._zc.zeroconf

    async def start(self, publish: AsyncServiceInfo | None = None) -> None:
        """Browse; ``publish`` is a service of our own announced first (and withdrawn at ``stop``)."""
        self._zc = AsyncZeroconf(interfaces=self.interfaces, ip_version=IPVersion.V4Only)
        if publish is not None:
            await self._zc.async_register_service(publish, allow_name_change=True)
            self._published = publish
        self._browser = AsyncServiceBrowser(self._zc.zeroconf, self.service_types, handlers=[self._on_change])

    async def stop(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        if self._browser is not None:
            await self._browser.async_cancel()
            self._browser = None
        if self._zc is not None:
            if self._published is not None:
                with contextlib.suppress(Exception):
                    await self._zc.async_unregister_service(self._published)
                self._published = None
            await self._zc.async_close()
            self._zc = None

    def _on_change(
        self, zeroconf: Zeroconf, service_type: str, name: str, state_change: ServiceStateChange
    ) -> None:
        if state_change is ServiceStateChange.Removed:
            if self.on_removed is not None:
                self.on_removed(name)
            return
        task = asyncio.ensure_future(self._resolve(service_type, name))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _resolve(self, service_type: str, name: str) -> None:
        assert self._zc is not None
        info = AsyncServiceInfo(service_type, name)
        if not await info.async_request(self._zc.zeroconf, RESOLVE_MS):
            return
        properties = {
            k.decode(errors="replace"): (v or b"").decode(errors="replace")
            for k, v in (info.properties or {}).items()
        }
        await self.on_found(
            FoundService(
                service_type,
                name,
                info.server or "",
                int(info.port or 0),
                info.parsed_addresses(IPVersion.V4Only),
                properties,
            )
        )


__all__ = ["FoundService", "LanBrowser"]
