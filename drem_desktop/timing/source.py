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


JUMP_LIMIT = 256
"""A sensor numbers every trigger, and its queue and resend ring hold 16 and 32: a step of more than this
in one line is a jump (a damaged or foreign line), reported but not trusted until the sensor confirms it."""

_DELIVERED_KEPT = 100_000


class SequenceTracker:
    """Hands crossings on in sequence order and notices missing sequence numbers.

    Every crossing that arrives is handed on exactly once, whatever its number: the only crossing dropped
    is one whose number was already handed on (a resend overlapping what arrived). After a gap it holds
    later crossings back for at most ``hold_ms`` while the sensor is asked to resend
    (``request_resend(first_missing)``); whatever is still missing then is reported with
    ``report_gap(first, last)`` and the held crossings go on in order. Without a gap nothing is held.

    A number far beyond the expected one (more than :data:`JUMP_LIMIT`) is reported with
    ``report_jump(last_good, seq)`` and handed on at once, but the count does not move there until the
    sensor confirms it (the next trigger follows it, or two announcements agree): one damaged line can no
    longer make the real triggers after it look like duplicates.
    """

    def __init__(
        self,
        deliver: Callable[[Crossing], None],
        report_gap: Callable[[int, int], None],
        request_resend: Callable[[int], None] | None = None,
        hold_ms: float = 250.0,
        report_jump: Callable[[int, int], None] | None = None,
    ) -> None:
        self._deliver_to = deliver
        self._report_gap = report_gap
        self._request_resend = request_resend
        self._report_jump = report_jump
        self._hold_ms = hold_ms if request_resend else 0.0
        self.expected: int | None = None
        self._announced = 0  # highest sequence the device said it has (trusted)
        self._held: dict[int, Crossing] = {}
        self._deadline: float | None = None
        self._delivered: set[int] = set()
        self._jumped_to: int | None = None  # an unconfirmed jump (a lap line)
        self._announced_jump: int | None = None  # an unconfirmed jump (a heartbeat or boot line)
        self.away_until: int | None = None  # gaps up to here were missed while nobody listened

    @property
    def waiting(self) -> bool:
        return self._deadline is not None

    def resume_after(self, last_seq: int) -> None:
        """An earlier session stored every trigger up to ``last_seq`` of this clock: count on from there,
        so what the sensor sent while nobody listened is asked for again (or reported as missed)."""
        if self.expected is None:
            self.expected = last_seq + 1
            self._announced = last_seq

    def announce(self, last_seq: int, now_ms: float) -> None:
        """The device says its last trigger has ``last_seq`` (boot and heartbeat lines)."""
        if self.expected is None:
            self.expected = last_seq + 1
            self._announced = last_seq
            return
        if last_seq > max(self._announced, self.expected - 1) + JUMP_LIMIT:
            previous = self._announced_jump
            confirmed = previous is not None and 0 <= last_seq - previous <= JUMP_LIMIT
            self._announced_jump = last_seq
            if not confirmed:
                return
        self._announced_jump = None
        if self._jumped_to is not None and last_seq >= self._jumped_to:
            self._confirm_jump()
        self._announced = max(self._announced, last_seq)
        if self._announced >= self.expected:
            self._start_wait(now_ms)

    def offer(self, seq: int, crossing: Crossing, now_ms: float) -> bool:
        """Returns False only for a duplicate (a sequence already handed on)."""
        if seq in self._delivered or seq in self._held:
            return False
        if self.expected is None:
            self.expected = seq
        if seq < self.expected:
            # Reported missing (or from before a jump), then arrived after all: hand it on late rather than
            # drop a raw trigger; race control logs it.
            self._hand_on(crossing, seq)
            return True
        if self._jumped_to is not None and seq == self._jumped_to + 1:
            self._confirm_jump()
        elif seq > max(self._announced, self.expected - 1) + JUMP_LIMIT:
            if self._report_jump is not None:
                self._report_jump(self.expected - 1, seq)
            self._jumped_to = seq
            self._hand_on(crossing, seq)
            return True
        self._held[seq] = crossing
        self._announced = max(self._announced, seq)
        self._drain()
        if self._held:
            self._start_wait(now_ms)
        return True

    def _confirm_jump(self) -> None:
        """The sensor really is at the jumped-to number: what lies between is a gap like any other."""
        assert self._jumped_to is not None and self.expected is not None
        target, self._jumped_to = self._jumped_to, None
        if target >= self.expected:
            self._announced = max(self._announced, target)
            self.flush()

    def tick(self, now_ms: float) -> None:
        if self._deadline is not None and now_ms >= self._deadline:
            self.flush()

    def flush(self) -> None:
        """Give up waiting: report what is missing and hand on everything held."""
        self._deadline = None
        while self.expected is not None and (self._held or self._announced >= self.expected):
            target = min(self._held) if self._held else self._announced + 1
            if target > self.expected:
                first = self.expected
                while first in self._delivered:  # handed on out of order after a jump
                    first += 1
                last = target - 1
                while last >= first and last in self._delivered:
                    last -= 1
                if last >= first:
                    self._report_gap(first, last)
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

    def _hand_on(self, crossing: Crossing, seq: int) -> None:
        self._delivered.add(seq)
        if len(self._delivered) > 2 * _DELIVERED_KEPT and self.expected is not None:
            floor = self.expected - _DELIVERED_KEPT
            self._delivered = {s for s in self._delivered if s >= floor}
        self._deliver_to(crossing)

    def _drain(self) -> None:
        assert self.expected is not None
        while self.expected in self._held or self.expected in self._delivered:
            if self.expected in self._held:
                self._hand_on(self._held.pop(self.expected), self.expected)
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
