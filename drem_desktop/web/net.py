"""The laptop's own LAN addresses, for the URLs and QR codes the organizer shows on screen.

Read from the interfaces themselves (no packet is sent anywhere): on Linux through the SIOCGIFADDR
ioctl per interface, elsewhere through the host name's addresses.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import struct
import sys

SIOCGIFADDR = 0x8915


def _linux_addresses() -> list[str]:
    import fcntl

    found = []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        for _index, name in socket.if_nameindex():
            with contextlib.suppress(OSError):
                packed = fcntl.ioctl(s.fileno(), SIOCGIFADDR, struct.pack("256s", name[:15].encode()))
                found.append(socket.inet_ntoa(packed[20:24]))
    return found


def lan_addresses() -> list[str]:
    """IPv4 addresses other machines can reach, private ranges first; loopback only when alone."""
    addresses: list[str] = []
    with contextlib.suppress(OSError):
        if sys.platform.startswith("linux"):
            addresses = _linux_addresses()
    if not addresses:
        with contextlib.suppress(OSError):
            addresses = [
                str(info[4][0]) for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
            ]
    unique = list(dict.fromkeys(addresses))
    lan = [a for a in unique if not ipaddress.ip_address(a).is_loopback and not a.startswith("169.254.")]
    lan.sort(key=lambda a: (not ipaddress.ip_address(a).is_private, a))
    return lan or ["127.0.0.1"]
