"""Find cars that DNS-SD does not announce: probe addresses for the car's HTTPS fingerprint.

A DeepRacer console is recognised by three things together: a TLS certificate whose subject is
CN=deepracer.io, a login page carrying ``<meta name="csrf-token">``, and HTTP 401 on ``/api/*`` without
a session. Only the subnet the operator names is probed, never more than a /22 at a time.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import ssl
from dataclasses import dataclass

import aiohttp
from cryptography import x509
from cryptography.x509.oid import NameOID

from drem_desktop.cars.console import _CSRF, certificate_fingerprint, fetch_certificate
from drem_desktop.i18n import _

log = logging.getLogger(__name__)

CAR_COMMON_NAME = "deepracer.io"
MAX_HOSTS = 1024


@dataclass(frozen=True)
class ProbeResult:
    address: str
    port: int
    common_name: str
    certificate: str
    """SHA-256 fingerprint of the certificate, the same form the pins use."""
    login_page: bool
    api_locked: bool

    @property
    def is_car(self) -> bool:
        return self.common_name == CAR_COMMON_NAME and self.login_page and self.api_locked


def _common_name(der: bytes) -> str:
    try:
        cert = x509.load_der_x509_certificate(der)
        names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        return str(names[0].value) if names else ""
    except ValueError:
        return ""


async def probe_address(address: str, port: int = 443, timeout: float = 3.0) -> ProbeResult | None:
    """Fingerprint one address; None when nothing answers TLS there."""
    try:
        der = await fetch_certificate(address, port, timeout)
    except (OSError, TimeoutError, ssl.SSLError):
        return None
    common_name = _common_name(der)
    login_page = api_locked = False
    if common_name == CAR_COMMON_NAME:
        host = f"[{address}]" if ":" in address else address
        base = f"https://{host}:{port}"
        client_timeout = aiohttp.ClientTimeout(total=timeout)
        with contextlib.suppress(aiohttp.ClientError, TimeoutError, UnicodeDecodeError):
            async with aiohttp.ClientSession(
                timeout=client_timeout, connector=aiohttp.TCPConnector(ssl=False)
            ) as session:
                async with session.get(f"{base}/") as resp:
                    login_page = bool(_CSRF.search(await resp.text()))
                async with session.get(f"{base}/api/get_battery_level") as resp:
                    api_locked = resp.status == 401
    return ProbeResult(address, port, common_name, certificate_fingerprint(der), login_page, api_locked)


async def _port_open(address: str, port: int, timeout: float) -> bool:
    try:
        _reader, writer = await asyncio.wait_for(asyncio.open_connection(address, port), timeout)
    except (OSError, TimeoutError):
        return False
    writer.close()
    with contextlib.suppress(Exception):
        await writer.wait_closed()
    return True


def subnet_hosts(subnet: str) -> list[str]:
    """Addresses to probe in ``subnet`` (e.g. ``192.168.1.0/24``); ValueError with a plain reason."""
    try:
        network = ipaddress.ip_network(subnet.strip(), strict=False)
    except ValueError as exc:
        raise ValueError(
            _("{subnet!r} is not a subnet; write it like 192.168.1.0/24.").format(subnet=subnet)
        ) from exc
    if network.num_addresses > MAX_HOSTS + 2:
        raise ValueError(
            _("{subnet} is too large to probe ({n} addresses); name a /22 or smaller.").format(
                subnet=subnet, n=network.num_addresses
            )
        )
    hosts = list(network.hosts()) if network.num_addresses > 2 else list(network)
    return [str(h) for h in hosts]


async def probe_subnet(
    subnet: str, port: int = 443, concurrency: int = 64, connect_timeout: float = 0.7
) -> list[ProbeResult]:
    """Probe every host of ``subnet`` on ``port``; returns the cars found, in address order."""
    hosts = subnet_hosts(subnet)
    gate = asyncio.Semaphore(concurrency)

    async def one(address: str) -> ProbeResult | None:
        async with gate:
            if not await _port_open(address, port, connect_timeout):
                return None
            return await probe_address(address, port)

    results = await asyncio.gather(*(one(h) for h in hosts))
    found = [r for r in results if r is not None and r.is_car]
    log.info("probe of %s found %d car(s)", subnet, len(found))
    return found
