"""Run inside the app's network namespace: CarDiscovery, printing each change as a JSON line.

Resolves the host names given as arguments once their car is seen; stops when stdin closes.
"""

from __future__ import annotations

import asyncio
import json
import sys

from drem_desktop.cars.discovery import CarDiscovery
from drem_desktop.cars.probe import probe_address
from drem_desktop.cars.roster import LiveCarList


async def main() -> None:
    cars = LiveCarList()
    loop = asyncio.get_running_loop()
    seen: asyncio.Queue[str] = asyncio.Queue()

    def changed(state, presence: bool) -> None:
        print(
            json.dumps(
                {
                    "event": "seen" if state.online else "lost",
                    "hostname": state.hostname,
                    "address": state.address,
                    "serial": state.serial,
                    "key": state.key,
                }
            ),
            flush=True,
        )
        if state.online:
            loop.call_soon(seen.put_nowait, state.hostname)

    cars.subscribe(changed)

    async def is_car(address: str) -> bool:
        result = await probe_address(address)
        print(
            json.dumps({"event": "verified", "address": address, "car": bool(result and result.is_car)}),
            flush=True,
        )
        return result is not None and result.is_car

    discovery = CarDiscovery(cars, verify=is_car)
    await discovery.start()
    stdin_closed = loop.run_in_executor(None, sys.stdin.read)
    wanted = set(sys.argv[1:])
    while wanted:
        host = await seen.get()
        if host in wanted:
            wanted.discard(host)
            print(
                json.dumps({"event": "resolved", "hostname": host, "address": await discovery.resolve(host)}),
                flush=True,
            )
    await stdin_closed
    await discovery.stop()


asyncio.run(main())
