"""A car's health as the last poll saw it (battery 0..11, reachable, the model loaded on it): a plain record,
so bus events and screens carry it without importing the car layer that polls."""

from __future__ import annotations

from dataclasses import dataclass

BATTERY_MAX = 11
BATTERY_LOW = 3  # below this the timekeeper is warned


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
