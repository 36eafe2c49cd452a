"""What a car's health poll finds out, and the small protocol pieces it needs (no service logic here).

The car reports its battery as a level 0..11 (``/api/get_battery_level`` on the console, the
``/i2c_pkg/battery_level`` ROS service over SSH); -1 or a failed service call means "unknown". Below 3
the car may stop mid-run: that is a warning.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
from dataclasses import dataclass

BATTERY_MAX = 11
BATTERY_LOW = 3  # below this the timekeeper is warned

_ROS_LEVEL = re.compile(r"BatteryLevelSrv_Response\(\s*level\s*=\s*(-?\d+)")


@dataclass(frozen=True, slots=True)
class CarHealth:
    """One car as the last poll saw it."""

    car: str  # the car's key
    hostname: str
    reachable: bool
    battery: int | None = None  # 0..11; None when the car did not say
    software_version: str | None = None
    loaded_model: str = ""  # what this laptop last loaded there (the stock console cannot tell)
    expected_model: str | None = None  # the model of the racer staged on it, when one is
    checked_at: float = 0.0  # wall time of the poll
    error: str = ""

    @property
    def battery_low(self) -> bool:
        return self.battery is not None and self.battery < BATTERY_LOW

    @property
    def model_matches(self) -> bool | None:
        """None when no racer waits for this car; else whether it has their model loaded."""
        if not self.expected_model:
            return None
        return self.loaded_model == self.expected_model


def battery_level(value: object) -> int | None:
    """0..11 from what the car answered; None for -1, junk or a failed call."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    level = int(value)
    return level if 0 <= level <= BATTERY_MAX else None


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
