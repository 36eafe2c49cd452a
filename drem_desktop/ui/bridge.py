"""Bus events onto the Qt main thread: the bus calls subscribers on the publisher's thread (a sensor
reader, race control's worker), so this bridge re-emits every event a screen listens for through a
queued signal and the screens' handlers always run on the UI thread, never inside race control's lock.

It subscribes to every event type (no list to keep up to date): a new event type reaches the screens
as soon as one of them calls ``on`` for it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from drem_desktop.bus import Bus

log = logging.getLogger(__name__)


class BusBridge(QObject):
    received = Signal(object)

    def __init__(self, bus: Bus) -> None:
        super().__init__()
        self._handlers: dict[type, list[Callable[[Any], None]]] = {}
        self.received.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = [bus.subscribe_all(self._relay)]

    def _relay(self, event: object) -> None:
        """On the publisher's thread: queue the event only if a screen listens for its type."""
        handlers = self._handlers
        if any(handlers.get(t) for t in type(event).__mro__):
            self.received.emit(event)

    def on(self, event_type: type, handler: Callable[[Any], None], owner: QObject | None = None) -> None:
        """Call ``handler`` on the UI thread for each ``event_type``; dropped when ``owner`` is destroyed."""
        self._handlers.setdefault(event_type, []).append(handler)
        if owner is not None:
            owner.destroyed.connect(lambda *_a: self.off(event_type, handler))

    def off(self, event_type: type, handler: Callable[[Any], None]) -> None:
        handlers = self._handlers.get(event_type, [])
        if handler in handlers:
            handlers.remove(handler)

    def _deliver(self, event: object) -> None:
        for t in type(event).__mro__:
            for handler in list(self._handlers.get(t, ())):
                try:
                    handler(event)
                except RuntimeError as exc:
                    if "already deleted" not in str(exc):
                        log.exception("screen failed on %r", event)
                except Exception:
                    log.exception("screen failed on %r", event)

    def close(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []
