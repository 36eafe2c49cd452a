"""Laps counted by hand: a key on the timekeeper's keyboard or an on-screen button.

The crossing is stamped when ``press()`` is called, so call it first thing in the key handler; the host
monotonic clock is the only clock here (``sensor_ms`` stays ``None``).
"""

from __future__ import annotations

import itertools
import threading

from drem_desktop.timing.crossing import Crossing
from drem_desktop.timing.source import CrossingSink, EventSink, LapSource, host_now_ms


class ManualSource(LapSource):
    kind = "manual"

    def __init__(self, sink: CrossingSink, on_event: EventSink | None = None) -> None:
        super().__init__(sink, on_event, "manual")
        self._sequence = itertools.count(1)
        self._lock = threading.Lock()

    def start(self) -> None:
        self._update_status(connected=True, device="keyboard", last_error=None)

    def stop(self) -> None:
        self._update_status(connected=False)

    def press(self, sensor_id: str = "manual", host_ms: float | None = None) -> Crossing:
        """Record one trigger now (or at ``host_ms``, a monotonic stamp taken by the caller)."""
        stamp = host_now_ms() if host_ms is None else host_ms
        with self._lock:
            crossing = Crossing(
                source=self.kind, sensor_id=sensor_id, host_ms=stamp, sequence=next(self._sequence)
            )
            self._deliver(crossing)
        return crossing
