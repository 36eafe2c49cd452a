"""Run inside the car's network namespace: the fake web console on ADDRESS, until stdin closes.

Prints ``port N`` once it listens; a line ``battery N`` on stdin changes what the car reports.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

from fake_console import FakeConsole


async def main(address: str) -> None:
    with tempfile.TemporaryDirectory(prefix="netns-console-") as tmp:
        console = FakeConsole(Path(tmp), host=address)
        await console.start()
        print(f"port {console.port}", flush=True)
        loop = asyncio.get_running_loop()
        while line := await loop.run_in_executor(None, sys.stdin.readline):
            word, _sep, value = line.strip().partition(" ")
            if word == "battery":
                console.battery_level = int(value)
                print(f"battery {value}", flush=True)
        await console.stop()


asyncio.run(main(sys.argv[1]))
