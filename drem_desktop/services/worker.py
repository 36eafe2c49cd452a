"""One background thread that runs follow-up work in order, so a bus subscriber returns at once.

Subscribers are called on the publisher's thread (race control's, a sensor's); anything that reads or
writes the database, or talks to a car, is handed to a worker instead. ``soon(key, fn)`` coalesces: work
already waiting under the same key runs once.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

_STOP = object()


class Worker:
    def __init__(self, name: str) -> None:
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._waiting: set[object] = set()
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._pending = 0
        self._closed = False
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def submit(self, fn: Callable[..., Any], *args: Any) -> None:
        with self._lock:
            if self._closed:
                return
            self._pending += 1
        self._queue.put((None, fn, args))

    def soon(self, key: object, fn: Callable[..., Any], *args: Any) -> None:
        """Run ``fn`` once for every burst of calls with the same ``key`` that arrive before it runs."""
        with self._lock:
            if self._closed or key in self._waiting:
                return
            self._waiting.add(key)
            self._pending += 1
        self._queue.put((key, fn, args))

    def _run(self) -> None:
        while (item := self._queue.get()) is not _STOP:
            key, fn, args = item
            if key is not None:
                with self._lock:
                    self._waiting.discard(key)
            try:
                fn(*args)
            except Exception:
                log.exception("background work %r failed", fn)
            finally:
                with self._lock:
                    self._pending -= 1
                    self._idle.notify_all()

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """For tests and shutdown: True once everything submitted so far has run."""
        with self._lock:
            return self._idle.wait_for(lambda: self._pending == 0, timeout)

    def close(self, timeout: float = 5.0) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
        self._queue.put(_STOP)
        if self._thread is not threading.current_thread():
            self._thread.join(timeout)
