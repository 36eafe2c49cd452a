"""An in-process publish/subscribe bus for typed events.

Publishers never wait on subscribers: each subscriber is called on the publisher's thread, and a
subscriber that needs another thread (Qt's main thread, the asyncio loop) hops there itself (queued
signal, ``loop.call_soon_threadsafe``). A subscriber that raises is logged and does not stop delivery.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

log = logging.getLogger(__name__)

E = TypeVar("E")
Handler = Callable[[Any], None]


class Bus:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._handlers: dict[type, tuple[Handler, ...]] = {}
        self._catch_all: tuple[Handler, ...] = ()

    def subscribe(self, event_type: type[E], handler: Callable[[E], None]) -> Callable[[], None]:
        """Call ``handler`` for every published ``event_type`` (or subclass); returns an unsubscribe."""
        with self._lock:
            self._handlers[event_type] = (*self._handlers.get(event_type, ()), handler)

        def unsubscribe() -> None:
            with self._lock:
                self._handlers[event_type] = tuple(
                    h for h in self._handlers.get(event_type, ()) if h is not handler
                )

        return unsubscribe

    def subscribe_all(self, handler: Handler) -> Callable[[], None]:
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
