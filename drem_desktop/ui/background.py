"""The one way screens call services: off the UI thread, with the result or error delivered back on it.

Race operations (start, lap, reset, …) share one serial lane so they reach race control in the order the
timekeeper pressed the keys; everything else (lists, imports, backups, leaderboards) uses a small pool.
Errors a person can act on (RunError, StoreError, CarError, sync's BucketError and PairingError,
ValueError, OSError) arrive as their plain message; anything else is a programming error: logged with its
traceback and reported in a sentence that names the log file.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from drem_desktop.cars.errors import CarError
from drem_desktop.domain.errors import StoreError
from drem_desktop.domain.run import RunError
from drem_desktop.sync.errors import BucketError, PairingError
from drem_desktop.ui.i18n import tr

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[str], None]

# Errors whose message is written for a person (services raise them on bad input, refused changes, cars
# and disks that say no). Not LookupError: a KeyError is a bug, not something to tell the timekeeper.
EXPECTED_ERRORS: tuple[type[BaseException], ...] = (
    RunError,
    StoreError,
    CarError,
    BucketError,  # the bucket said no, or cannot be reached: the message says what to do
    PairingError,  # a wrong or expired pairing code
    ValueError,
    OSError,
)


def message_of(exc: BaseException, log_path: Path | None = None) -> str:
    if isinstance(exc, EXPECTED_ERRORS):
        return str(exc) or exc.__class__.__name__
    where = tr("see the log at {path}").format(path=log_path) if log_path else tr("see the log")
    return tr("Something went wrong ({error}); {where}.").format(error=exc.__class__.__name__, where=where)


@dataclass(frozen=True, slots=True)
class _Result:
    callback: Callable[[Any], None] | None
    value: Any
    is_error: bool


class Background(QObject):
    """Runs callables on worker threads; ``done``/``failed`` run later on the thread that owns this object."""

    # One wrapper object per result: the callback travels with its value, so one signal serves every call.
    _finished = Signal(object)
    failed = Signal(str)  # errors nobody asked to handle: the main window shows them
    _call = Signal(object)  # progress reports from workers: (callback, value)

    def __init__(self, pool_threads: int = 4, log_path: Path | None = None) -> None:
        """``log_path``: the log file a programming error's message points to."""
        super().__init__()
        self.log_path = log_path
        self._serial = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ui-race")
        self._pool = ThreadPoolExecutor(max_workers=pool_threads, thread_name_prefix="ui-work")
        self._pending = 0
        self._closed = False
        self._lock = threading.Lock()
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._call.connect(self._run_call, Qt.ConnectionType.QueuedConnection)

    @property
    def pending(self) -> int:
        with self._lock:
            return self._pending

    def race(
        self,
        fn: Callable[..., Any],
        *args: Any,
        done: Done | None = None,
        failed: Failed | None = None,
        **kwargs: Any,
    ) -> Future[Any]:
        """A race-control call, in key-press order."""
        return self._submit(self._serial, fn, args, kwargs, done, failed)

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        done: Done | None = None,
        failed: Failed | None = None,
        **kwargs: Any,
    ) -> Future[Any]:
        return self._submit(self._pool, fn, args, kwargs, done, failed)

    def _submit(
        self,
        executor: ThreadPoolExecutor,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        done: Done | None,
        failed: Failed | None,
    ) -> Future[Any]:
        with self._lock:
            if self._closed:  # the window is closing: a late result may not start new work
                cancelled: Future[Any] = Future()
                cancelled.cancel()
                return cancelled
            self._pending += 1

        def work() -> Any:
            try:
                value = fn(*args, **kwargs)
            except Exception as exc:
                if not isinstance(exc, EXPECTED_ERRORS):
                    log.exception("background call %r failed", fn)
                self._finished.emit(_Result(failed, message_of(exc, self.log_path), True))
                raise
            self._finished.emit(_Result(done, value, False))
            return value

        return executor.submit(work)

    def _deliver(self, result: _Result) -> None:
        callback, value, is_error = result.callback, result.value, result.is_error
        with self._lock:
            self._pending -= 1
        if callback is None:
            if is_error:
                self.failed.emit(value)
            return
        try:
            callback(value)
        except RuntimeError as exc:  # the screen that asked was closed meanwhile
            if "already deleted" not in str(exc):
                raise
            log.debug("result for a closed screen dropped: %s", exc)

    def on_ui(self, callback: Callable[[Any], None], value: Any) -> None:
        """From a worker: call ``callback(value)`` later on the UI thread (progress reports)."""
        self._call.emit((callback, value))

    def _run_call(self, item: tuple[Callable[[Any], None], Any]) -> None:
        callback, value = item
        try:
            callback(value)
        except RuntimeError as exc:  # the screen was closed meanwhile
            if "already deleted" not in str(exc):
                raise

    def shutdown(self) -> None:
        with self._lock:
            self._closed = True
        self._serial.shutdown(wait=True)
        self._pool.shutdown(wait=True, cancel_futures=True)
