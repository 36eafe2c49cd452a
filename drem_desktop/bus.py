"""An in-process publish/subscribe bus for typed events.

Publishers never wait on subscribers. A subscriber is called one of two ways:

- inline, on the publisher's thread, when all it does is hop to its own thread (Qt's queued signal, the
  web loop's ``call_soon_threadsafe``): that costs microseconds;
- on a :class:`Lane` (its own queue and thread) when it does real work (reads the database, rebuilds a
  leaderboard, talks to a car): the publisher only puts the event in the lane's queue.

A subscriber that raises is logged and does not stop delivery. Events reach each subscriber in the order
they were published.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

log = logging.getLogger(__name__)

E = TypeVar("E")
Handler = Callable[[Any], None]


class Lane:
    """One queue and one thread for a subscriber's slow work; events are handled in publish order."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._queue: queue.SimpleQueue[tuple[Handler, object] | None] = queue.SimpleQueue()  # None: stop
        self._idle = threading.Condition()
        self._queued = 0
        self._handled = 0
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()
        self._closed = False

    def put(self, handler: Handler, event: object) -> None:
        if self._closed:
            return
        with self._idle:
            self._queued += 1
        self._start()
        self._queue.put((handler, event))

    def _start(self) -> None:
        if self._thread is None:
            with self._start_lock:
                if self._thread is None:
                    self._thread = threading.Thread(target=self._run, name=f"bus-{self.name}", daemon=True)
                    self._thread.start()

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            handler, event = item
            try:
                handler(event)
            except Exception:
                log.exception("bus subscriber %r failed on %r", handler, event)
            finally:
                with self._idle:
                    self._handled += 1
                    self._idle.notify_all()

    def wait_idle(self, timeout: float | None = 30.0) -> bool:
        """Waits until every event queued before this call was handled (for readers who must see them).
        Never call it from the lane's own thread, nor from a publisher."""
        if threading.current_thread() is self._thread:
            return True
        with self._idle:
            target = self._queued
            return self._idle.wait_for(lambda: self._handled >= target, timeout)

    def close(self, timeout: float = 5.0) -> None:
        self._closed = True
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(timeout)


class Bus:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._handlers: dict[type, tuple[Handler, ...]] = {}
        self._catch_all: tuple[Handler, ...] = ()
        self._lanes: list[Lane] = []

    def lane(self, name: str) -> Lane:
        """A new lane for one subscriber's slow handlers (closed with the bus)."""
        lane = Lane(name)
        with self._lock:
            self._lanes.append(lane)
        return lane

    def subscribe(
        self, event_type: type[E], handler: Callable[[E], None], *, lane: Lane | None = None
    ) -> Callable[[], None]:
        """Call ``handler`` for every published ``event_type`` (or subclass); returns an unsubscribe.

        Without ``lane`` the handler runs on the publisher's thread and must only hop elsewhere."""
        deliver: Handler = handler if lane is None else (lambda event: lane.put(handler, event))
        with self._lock:
            self._handlers[event_type] = (*self._handlers.get(event_type, ()), deliver)

        def unsubscribe() -> None:
            with self._lock:
                self._handlers[event_type] = tuple(
                    h for h in self._handlers.get(event_type, ()) if h is not deliver
                )

        return unsubscribe

    def subscribe_all(self, handler: Handler) -> Callable[[], None]:
        """Every event, inline (the Qt bridge, which only re-emits through a queued signal)."""
        with self._lock:
            self._catch_all = (*self._catch_all, handler)

        def unsubscribe() -> None:
            with self._lock:
                self._catch_all = tuple(h for h in self._catch_all if h is not handler)

        return unsubscribe

    def publish(self, event: object) -> None:
        with self._lock:
            handlers = [h for t in type(event).__mro__ for h in self._handlers.get(t, ())]
            handlers.extend(self._catch_all)
        for handler in handlers:
            try:
                handler(event)
            except Exception:
                log.exception("bus subscriber %r failed on %r", handler, event)

    def close(self, timeout: float = 5.0) -> None:
        """Stops the lanes once they handled what was queued (or after ``timeout`` for all of them)."""
        end = time.monotonic() + timeout
        with self._lock:
            lanes, self._lanes = self._lanes, []
        for lane in lanes:
            lane.close(max(0.0, end - time.monotonic()))
