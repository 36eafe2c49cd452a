"""What lap sources tell the rest of the app besides crossings (the app publishes these on the bus).

Past-tense dataclasses, like every bus event. A source hands them to its ``on_event`` callback on its
own thread (a serial reader thread or the asyncio loop); the app forwards them to the bus.
"""

from __future__ import annotations

from dataclasses import dataclass

from drem_desktop.timing.crossing import Crossing


@dataclass(frozen=True, slots=True)
class SourceStatus:
    """A lap source's health as the timekeeper sees it.

    ``last_heartbeat_ms`` is host monotonic milliseconds of the last sign of life (heartbeat line,
    frame or pong). ``clock_drift_ppm`` compares the sensor clock with the host clock (positive: the
    sensor runs fast); ``None`` until enough heartbeats were seen.
    """

    source: str  # "serial" | "pi-timer" | "manual"
    port: str  # device path, "ws://host:port", "manual"; "auto" while searching
    connected: bool = False
    device: str | None = None
    firmware: str | None = None
    sensors: int | None = None
    mode: str | None = None
    clock: str | None = None
    checksum: str | None = None  # "crc16", or "xor" from firmware 1.0 (it misses two-bit errors)
    last_heartbeat_ms: float | None = None
    clock_drift_ppm: float | None = None
    last_error: str | None = None
    rejected_lines: int = 0
    crossings: int = 0


@dataclass(frozen=True, slots=True)
class SensorStatusChanged:
    status: SourceStatus


@dataclass(frozen=True, slots=True)
class SequenceGapDetected:
    """Triggers the sensor numbered but that never arrived (even after asking the sensor to resend).

    The timekeeper must look at the run: a lap may be missing between the crossings around the gap.
    """

    source: str
    port: str
    clock: str | None
    first_missing: int
    last_missing: int
    while_away: bool = False  # sent while the app was closed, restarting or unplugged, and not resendable

    @property
    def count(self) -> int:
        return self.last_missing - self.first_missing + 1


@dataclass(frozen=True, slots=True)
class SequenceJumpDetected:
    """A trigger numbered far beyond the last one (no sensor skips that many): logged, but not trusted.

    Usually a damaged or foreign line; the count only moves there if the sensor confirms it.
    """

    source: str
    port: str
    clock: str | None
    last_good: int
    jumped_to: int


@dataclass(frozen=True, slots=True)
class SensorClockChanged:
    """The device clock behind ``sensor_ms`` changed (the sensor rebooted, or a new device appeared).

    Lap times are never computed across two clocks.
    """

    source: str
    port: str
    old_clock: str | None
    new_clock: str


@dataclass(frozen=True, slots=True)
class SensorLineRejected:
    """A line that looked like a sensor message but failed the strict checks (e.g. a corrupted trigger)."""

    source: str
    port: str
    line: str
    reason: str


@dataclass(frozen=True, slots=True)
class CrossingNotRecorded:
    """A trigger reached the app but handling it failed (e.g. the disk is full): the timekeeper must
    capture that lap by hand. The crossing is kept here so it can be shown with its times."""

    source: str
    port: str
    crossing: Crossing
    error: str


TimingEvent = (
    SensorStatusChanged
    | SequenceGapDetected
    | SequenceJumpDetected
    | SensorClockChanged
    | SensorLineRejected
    | CrossingNotRecorded
)
