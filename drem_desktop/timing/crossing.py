"""What every lap source reports: one trigger of a timing line."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Crossing:
    """A trigger as the source saw it, before race control decides what it means.

    ``sensor_ms`` is the sensor's own millisecond clock where the device has one; two crossings'
    ``sensor_ms`` are comparable only when their ``clock`` names the same device clock. ``host_ms`` is
    ``time.monotonic() * 1000`` taken when the line or frame arrived (or the key was pressed); for a
    trigger the sensor resent later, the moment it happened, mapped from the sensor clock where the
    source knows how the two clocks relate.
    """

    source: str  # "serial" | "pi-timer" | "manual" | "simulator"
    sensor_id: str  # which strip or beam (e.g. "1", "gpio17")
    host_ms: float
    sensor_ms: int | None = None
    clock: str | None = None  # identity of the device clock behind sensor_ms
    sequence: int | None = None
    resent: bool = False  # the sensor printed it again on request: it happened before it arrived
    host_ms_known: bool = True  # False: resent before the host could map its sensor time (host_ms = arrival)
    clock_drift_ppm: float | None = None  # the source's estimate of sensor against host clock, if any
