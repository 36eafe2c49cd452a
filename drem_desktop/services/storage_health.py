"""Notices the moment the database stops taking writes because the disk is full, and when it takes
them again, and tells everyone in plain words (``StorageFailing`` / ``StorageRecovered`` on the bus).

Every write goes through the database engine, so one listener there sees them all: a lap, a trigger, a
setting. The first failure gives up the data folder's ballast, which often lets timing go on at once;
while writes fail, a small probe write every few seconds notices when space was freed, so the screens do
not wait for the next lap to clear the warning.
"""

from __future__ import annotations

import logging
import threading
import time

from drem_desktop.bus import Bus
from drem_desktop.disk_space import DiskSpace, is_disk_full
from drem_desktop.events import StorageFailing, StorageRecovered
from drem_desktop.i18n import _
from drem_desktop.settings import STORAGE_PROBE
from drem_desktop.store.db import Database

log = logging.getLogger(__name__)


class StorageHealth:
    def __init__(self, db: Database, disk: DiskSpace, bus: Bus, probe_s: float = 2.0) -> None:
        self._db = db
        self._disk = disk
        self._bus = bus
        self._probe_s = probe_s
        self._lock = threading.Lock()
        self._failing = False
        self._stop = threading.Event()
        self._probe: threading.Thread | None = None
        db.watch_writes(self._write_failed, self._write_done)

    @property
    def failing(self) -> bool:
        return self._failing

    def message(self) -> str:
        free = self._disk.state().free_mb
        return _(
            "Laps are NOT being stored: the disk holding the data folder ({folder}) is full ({free:.0f} MB "
            "free). Free space now (empty the trash, delete old videos or downloads); timing resumes by "
            "itself. Until then write each lap down: the trigger log still shows every trigger."
        ).format(folder=self._disk.folder, free=free)

    def _write_failed(self, exc: BaseException) -> None:
        if not is_disk_full(exc):
            return
        with self._lock:
            if self._failing:
                return
            self._failing = True
        freed = self._disk.give_up_ballast()
        log.error("database writes fail, the disk is full (%s); %d bytes of ballast freed", exc, freed)
        self._bus.publish(StorageFailing(self.message(), self._disk.state().free_bytes))
        self._start_probe()

    def _write_done(self) -> None:
        if not self._failing:
            return
        with self._lock:
            if not self._failing:
                return
            self._failing = False
        log.warning("database writes work again")
        self._bus.publish(StorageRecovered(_("Laps are being stored again.")))

    def _start_probe(self) -> None:
        if self._probe is not None and self._probe.is_alive():
            return
        self._probe = threading.Thread(target=self._probe_until_ok, name="storage-probe", daemon=True)
        self._probe.start()

    def _probe_until_ok(self) -> None:
        while self._failing and not self._stop.wait(self._probe_s):
            try:
                self._db.set_setting(STORAGE_PROBE.key, time.time())
            except Exception:  # still full: the listener has seen it; try again later
                log.debug("storage probe failed", exc_info=True)

    def close(self) -> None:
        self._stop.set()
