"""What a car's health poll finds out, and the small protocol pieces it needs (no service logic here).

The car reports its battery as a level 0..11 (``/api/get_battery_level`` on the console, the
``/i2c_pkg/battery_level`` ROS service over SSH); -1 or a failed service call means "unknown". Below 3
the car may stop mid-run: that is a warning.
"""

from __future__ import annotations

import asyncio
import contextlib
import re

from drem_desktop.domain.car_health import BATTERY_LOW, BATTERY_MAX, CarHealth, battery_level

__all__ = ["BATTERY_LOW", "BATTERY_MAX", "CarHealth", "battery_from_ros", "battery_level", "port_open"]

_ROS_LEVEL = re.compile(r"BatteryLevelSrv_Response\(\s*level\s*=\s*(-?\d+)")


def battery_from_ros(output: str) -> int | None:
    """The level in ``ros2 service call /i2c_pkg/battery_level …`` output, or None."""
    match = _ROS_LEVEL.search(output)
    return battery_level(int(match.group(1))) if match else None


async def port_open(host: str, port: int, timeout: float = 3.0) -> bool:
    """Whether anything accepts a TCP connection there (the cheapest sign of life of a car)."""
    try:
        _reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), timeout)
    except (OSError, TimeoutError):
        return False
    writer.close()
    with contextlib.suppress(Exception):
        await writer.wait_closed()
    return True
