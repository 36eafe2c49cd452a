"""What every lap source reports: one trigger of a timing line."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Crossing:
    """A trigger as the source saw it, before race control decides what it means.

    ``sensor_ms`` is the sensor's own millisecond clock where the device has one; two crossings'
    ``sensor_ms`` are comparable only when their ``clock`` names the same device clock. ``host_ms`` is
    ``time.monotonic() * 1000`` taken when the line or frame arrived (or the key was pressed).
    """

    source: str  # "serial" | "pi-timer" | "manual" | "simulator"
    sensor_id: str  # which strip or beam (e.g. "1", "gpio17")
    host_ms: float
    sensor_ms: int | None = None
    clock: str | None = None  # identity of the device clock behind sensor_ms
    sequence: int | None = None
