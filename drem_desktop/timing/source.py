"""The one interface every lap source has, and the bookkeeping they share.

A source never blocks its caller: ``start()`` returns at once and the source works on its own reader
thread (serial) or on an asyncio loop (Pi timer). Crossings go to ``sink``; status changes, sequence
gaps and clock changes go to ``on_event`` (the app publishes them on the bus). Both are called on the
source's thread, one at a time, in the order things happened.
"""

from __future__ import annotations

import logging
import threading
import time
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import Callable
from dataclasses import replace
from typing import Any, Self

from drem_desktop.i18n import _
from drem_desktop.timing.crossing import Crossing
from drem_desktop.timing.events import CrossingNotRecorded, SensorStatusChanged, SourceStatus, TimingEvent

log = logging.getLogger(__name__)

CrossingSink = Callable[[Crossing], None]
EventSink = Callable[[TimingEvent], None]


def host_now_ms() -> float:
    """The host clock every source stamps with (monotonic, never jumps)."""
    return time.monotonic() * 1000.0


class LapSource(ABC):
    kind = "source"

    def __init__(self, sink: CrossingSink, on_event: EventSink | None, port: str) -> None:
        self._sink = sink
        self._on_event = on_event
        self._status_lock = threading.Lock()
        self._status = SourceStatus(source=self.kind, port=port)

    @property
    def status(self) -> SourceStatus:
        with self._status_lock:
            return self._status

    @abstractmethod
    def start(self) -> None:
        """Begin reading; returns at once."""

    @abstractmethod
    def stop(self) -> None:
        """Stop reading and release the device; safe to call twice."""

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _update_status(self, **changes: Any) -> SourceStatus:
        with self._status_lock:
            old = self._status
            new = replace(old, **changes)
            if new == old:
                return old
            self._status = new
        self._emit(SensorStatusChanged(new))
        return new

    def _emit(self, event: TimingEvent) -> None:
        if self._on_event is None:
            return
        try:
            self._on_event(event)
        except Exception:
            log.exception("timing event handler failed on %r", event)

    def _deliver(self, crossing: Crossing) -> None:
        try:
            self._sink(crossing)
        except Exception as exc:
            # The reader must go on; the timekeeper must see that this trigger did not become a lap.
            log.exception("crossing handler failed on %r", crossing)
            error = f"{type(exc).__name__}: {exc}"
            self._update_status(
                last_error=_("A trigger could not be recorded ({error}). Capture that lap by hand.").format(
                    error=error
                )
            )
            self._emit(CrossingNotRecorded(self.kind, self.status.port, crossing, error))
        with self._status_lock:
            self._status = replace(self._status, crossings=self._status.crossings + 1)


class SequenceTracker:
    """Hands crossings on in sequence order and notices missing sequence numbers.

    After a gap it holds later crossings back for at most ``hold_ms`` while the sensor is asked to resend
    (``request_resend(first_missing)``); whatever is still missing then is reported with
    ``report_gap(first, last)`` and the held crossings go on in order. Without a gap nothing is held.
    """

    def __init__(
        self,
        deliver: Callable[[Crossing], None],
        report_gap: Callable[[int, int], None],
        request_resend: Callable[[int], None] | None = None,
        hold_ms: float = 250.0,
    ) -> None:
        self._deliver = deliver
        self._report_gap = report_gap
        self._request_resend = request_resend
        self._hold_ms = hold_ms if request_resend else 0.0
        self.expected: int | None = None
        self._announced = 0  # highest sequence the device said it has
        self._held: dict[int, Crossing] = {}
        self._deadline: float | None = None
        self._given_up: set[int] = set()  # reported missing; still welcome if they turn up

    @property
    def waiting(self) -> bool:
        return self._deadline is not None

    def announce(self, last_seq: int, now_ms: float) -> None:
        """The device says its last trigger has ``last_seq`` (boot and heartbeat lines)."""
        if self.expected is None:
            self.expected = last_seq + 1
            self._announced = last_seq
            return
        self._announced = max(self._announced, last_seq)
        if self._announced >= self.expected:
            self._start_wait(now_ms)

    def offer(self, seq: int, crossing: Crossing, now_ms: float) -> bool:
        """Returns False for a duplicate (a sequence already handed on)."""
        if self.expected is None:
            self.expected = seq
        if seq < self.expected and seq in self._given_up:
            # Reported missing, then arrived after all: hand it on late rather than drop a raw trigger;
            # race control logs it (out of order, it cannot make a lap by itself).
            self._given_up.discard(seq)
            self._deliver(crossing)
            return True
        if seq < self.expected or seq in self._held:
            return False
        self._held[seq] = crossing
        self._announced = max(self._announced, seq)
        self._drain()
        if self._held:
            self._start_wait(now_ms)
        return True

    def tick(self, now_ms: float) -> None:
        if self._deadline is not None and now_ms >= self._deadline:
            self.flush()

    def flush(self) -> None:
        """Give up waiting: report what is missing and hand on everything held."""
        self._deadline = None
        while self.expected is not None and (self._held or self._announced >= self.expected):
            target = min(self._held) if self._held else self._announced + 1
            if target > self.expected:
                self._report_gap(self.expected, target - 1)
                if target - self.expected <= 1000:
                    self._given_up.update(range(self.expected, target))
                self.expected = target
            self._drain()

    def _start_wait(self, now_ms: float) -> None:
        if self._deadline is not None:
            return
        if self._hold_ms <= 0:
            self.flush()
            return
        self._deadline = now_ms + self._hold_ms
        if self._request_resend is not None and self.expected is not None:
            self._request_resend(self.expected)

    def _drain(self) -> None:
        assert self.expected is not None
        while self.expected in self._held:
            self._deliver(self._held.pop(self.expected))
            self.expected += 1
        if not self._held and self._announced < self.expected:
            self._deadline = None


class DriftEstimate:
    """Sensor clock against host clock, as a least-squares slope over recent heartbeats.

    Needs 10 s of heartbeats before it says anything: arrival jitter of a millisecond over a shorter
    span would read as hundreds of ppm.
    """

    def __init__(self, window: int = 300, min_span_ms: float = 10_000.0) -> None:
        self._points: deque[tuple[float, float]] = deque(maxlen=window)
        self._min_span_ms = min_span_ms

    def reset(self) -> None:
        self._points.clear()

    def add(self, host_ms: float, sensor_ms: float) -> float | None:
        self._points.append((host_ms, sensor_ms))
        return self.ppm()

    def ppm(self) -> float | None:
        if len(self._points) < 3:
            return None
        h0, s0 = self._points[0]
        if self._points[-1][0] - h0 < self._min_span_ms:
            return None
        xs = [h - h0 for h, _ in self._points]
        ys = [s - s0 for _, s in self._points]
        mx = sum(xs) / len(xs)
        my = sum(ys) / len(ys)
        sxx = sum((x - mx) ** 2 for x in xs)
        if sxx == 0:
            return None
        slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx
        return round((slope - 1.0) * 1e6, 1)
