"""Backups at start and after each submitted run, on a worker thread so race control never waits."""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from drem_desktop.bus import Bus
from drem_desktop.events import BackupFailed, BackupWritten
from drem_desktop.i18n import _
from drem_desktop.store.backup import KEEP, BackupError, clear_partials, list_backups, write_backup

log = logging.getLogger(__name__)


class Backups:
    def __init__(self, db_path: Path, folder: Path, bus: Bus, keep: int = KEEP) -> None:
        self.db_path = db_path
        self.folder = folder
        self.keep = keep
        self._bus = bus
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="backup")
        self._lock = threading.Lock()
        self._suspended = 0
        clear_partials(folder)

    @contextlib.contextmanager
    def suspended(self) -> Iterator[None]:
        """No automatic backups inside (demo data): they would push the organizer's real restore points
        out of the last ``keep``. ``now()`` (Back up now, the CLI's backup) still writes."""
        with self._lock:
            self._suspended += 1
        try:
            yield
        finally:
            with self._lock:
                self._suspended -= 1

    def now(self, label: str = "") -> Path:
        """Write a backup now; a failure is published as ``BackupFailed`` and raised as ``BackupError``."""
        with self._lock:
            try:
                path = write_backup(self.db_path, self.folder, self.keep, label)
            except BackupError as exc:
                message = _(
                    "Backup failed ({error}). Free some disk space or choose another data folder; "
                    "the next backup is tried after the next submitted run."
                ).format(error=exc)
                self._bus.publish(BackupFailed(message))
                log.error("backup failed: %s", exc)
                raise BackupError(message) from exc
        self._bus.publish(BackupWritten(str(path)))
        return path

    def soon(self, label: str = "") -> Future[Path | None]:
        """An automatic backup on the worker (None, at once, while suspended)."""
        with self._lock:
            if self._suspended:
                done: Future[Path | None] = Future()
                done.set_result(None)
                return done
        return self._pool.submit(self.now, label)

    def list(self) -> list[Path]:
        return list_backups(self.folder)

    def close(self) -> None:
        self._pool.shutdown(wait=True)
