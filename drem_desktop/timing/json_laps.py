"""Pi-timer JSON ``lap`` messages into crossings: the part the Pi timer and the serial JSON mode share.

Such a message carries the device's millisecond timestamp and, from newer timers, a lap number. A
timestamp that goes backwards means the device clock restarted (a reboot without network time): lap
times must never be taken across that, so the source starts a new clock. What a source does then
differs (which events it sends, whether it counts lap numbers afresh), so it passes that in as
``clock_went_back``; everything else happens here once.
"""

from __future__ import annotations

from collections.abc import Callable

from drem_desktop.timing.crossing import Crossing
from drem_desktop.timing.protocol import JsonLap
from drem_desktop.timing.source import LapSource, SequenceTracker


class JsonLaps:
    """One source's JSON laps: its clock (``base#epoch``), last device timestamp and lap-number tracker."""

    def __init__(
        self,
        source: LapSource,
        clock_base: Callable[[], str],
        new_tracker: Callable[[], SequenceTracker],
        clock_went_back: Callable[[], None],
    ) -> None:
        """``clock_went_back`` runs before the lap whose timestamp went back; it moves ``epoch`` on."""
        self._source = source
        self._clock_base = clock_base
        self._new_tracker = new_tracker
        self._clock_went_back = clock_went_back
        self.epoch = 0
        self.last_ts: int | None = None
        self.tracker = new_tracker()

    def clock(self) -> str:
        return f"{self._clock_base()}#{self.epoch}"

    def restart_count(self) -> None:
        """Count lap numbers afresh (a new clock, or the device restarted its count)."""
        self.tracker = self._new_tracker()

    def lap(self, msg: JsonLap, now: float) -> None:
        source = self._source
        if self.last_ts is not None and msg.timestamp < self.last_ts:
            self._clock_went_back()
        self.last_ts = msg.timestamp
        clock = self.clock()
        if source.status.clock != clock:
            source._update_status(clock=clock)
        crossing = Crossing(
            source=source.kind,
            sensor_id=msg.sensor_id,
            host_ms=now,
            sensor_ms=msg.timestamp,
            clock=clock,
            sequence=msg.lap_number,
        )
        if msg.lap_number is None:
            source._deliver(crossing)
        elif not self.tracker.offer(msg.lap_number, crossing, now):
            # The device restarted its lap count: count again from here rather than drop a trigger.
            self.restart_count()
            self.tracker.offer(msg.lap_number, crossing, now)
