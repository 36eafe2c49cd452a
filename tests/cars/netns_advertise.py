"""Run inside the car's network namespace: publish a car's DNS-SD record until stdin closes."""

from __future__ import annotations

import socket
import sys

from zeroconf import InterfaceChoice, IPVersion, ServiceInfo, Zeroconf

hostname, address, serial = sys.argv[1], sys.argv[2], sys.argv[3]
zc = Zeroconf(interfaces=InterfaceChoice.All, ip_version=IPVersion.V4Only)
info = ServiceInfo(
    "_drem-car._tcp.local.",
    f"{hostname}._drem-car._tcp.local.",
    addresses=[socket.inet_aton(address)],
    port=443,
    server=f"{hostname}.local.",
    properties={"serial": serial, "ssh": "22"},
)
# A Linux laptop on the same LAN also publishes _workstation._tcp; it is not a car (nothing on 443).
laptop = ServiceInfo(
    "_workstation._tcp.local.",
    "organizer-laptop [00:11:22:33:44:55]._workstation._tcp.local.",
    addresses=[socket.inet_aton(address)],
    port=9,
    server="organizer-laptop.local.",
)
zc.register_service(info)
zc.register_service(laptop)
print("ready", flush=True)
sys.stdin.read()
zc.unregister_service(info)
zc.unregister_service(laptop)
zc.close()
