"""The composition root: builds the store, the bus and the services once. The window, the headless
``serve`` command and the CLI all start from here; nothing else wires things together."""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from drem_desktop.bus import Bus
from drem_desktop.cars.service import CarService
from drem_desktop.disk_space import DiskSpace, is_disk_full
from drem_desktop.domain.errors import StoreError
from drem_desktop.events import EventChanged
from drem_desktop.i18n import _
from drem_desktop.models.library import ModelLibrary
from drem_desktop.paths import DataPaths, default_data_dir
from drem_desktop.service_loop import ServiceLoop
from drem_desktop.services.backups import Backups
from drem_desktop.services.callouts import Callouts
from drem_desktop.services.car_health import CarHealthMonitor
from drem_desktop.services.car_lights import RunTailLights
from drem_desktop.services.exports import AppResultsSource, Exports
from drem_desktop.services.leaderboards import LeaderboardService
from drem_desktop.services.race_admin import RaceAdmin
from drem_desktop.services.race_control import RaceControl
from drem_desktop.services.race_summaries import RaceSummaries
from drem_desktop.services.registry import EventService, RacerService
from drem_desktop.services.run_logs import RunLogs
from drem_desktop.services.run_queue import RunQueue
from drem_desktop.services.speech import Speaker
from drem_desktop.services.staging import CarStaging
from drem_desktop.services.storage_health import StorageHealth
from drem_desktop.services.tablet_access import TabletAccess
from drem_desktop.services.track_sensors import TrackSensors
from drem_desktop.settings import (
    CURRENT_EVENT,
    DISK_BALLAST_MB,
    DISK_RESERVE_MB,
    LAN_PORT,
    RESULTS_LOGO,
    STAGING_ENABLED,
    Settings,
)
from drem_desktop.store.backup import BackupError
from drem_desktop.store.cars_repo import CarRegistry
from drem_desktop.store.db import Database
from drem_desktop.store.events_repo import EventRepository
from drem_desktop.store.models_repo import ModelRepository
from drem_desktop.store.queue_repo import QueueRepository
from drem_desktop.store.racers_repo import RacerRepository
from drem_desktop.store.runs_repo import RunRepository
from drem_desktop.sync.service import SyncService
from drem_desktop.web.app_source import AppSource

if TYPE_CHECKING:  # aiohttp loads with the first LAN start, not at import (tests/test_start_imports.py)
    from drem_desktop.web.server import WebServer
    from drem_desktop.web.tablet import TabletDesk

log = logging.getLogger(__name__)

CLOSE_DEADLINE_S = 5.0  # all of App.close
CLOSE_STEP_MIN_S = 0.1  # what a part gets once the deadline has passed
CLOSE_SLOW_STEP_S = 1.0  # a part that takes this long is logged


class DataFolderFull(StoreError):
    """The database cannot even be opened: the disk holding the data folder has no room at all."""


class App:
    def __init__(
        self,
        data_dir: Path | None = None,
        *,
        backup_at_start: bool = True,
        physical_ms: Callable[[], int] | None = None,
    ) -> None:
        """``physical_ms`` replaces the wall clock the sync clock reads (tests of laptops whose clocks
        are off)."""
        self.paths = DataPaths(Path(data_dir) if data_dir else default_data_dir())
        self.paths.root.mkdir(parents=True, exist_ok=True)
        self.bus = Bus()
        self.start_warnings: list[str] = []  # said loudly by the window and by serve
        self.disk = DiskSpace(self.paths.root)
        self.db = self._open_database(physical_ms)
        self.settings = Settings(self.db.get_setting, self.db.set_setting)
        try:
            self.settings.upgrade()
        except Exception as exc:  # a full disk: the upgrade runs again at the next start
            if not is_disk_full(exc):
                raise
            log.error("settings upgrade postponed: the disk is full (%s)", exc)
        self.disk.reserve_bytes = max(0, self.settings.get(DISK_RESERVE_MB)) * 1024 * 1024
        self.disk.ballast_bytes = max(0, self.settings.get(DISK_BALLAST_MB)) * 1024 * 1024
        self.storage = StorageHealth(self.db, self.disk, self.bus)
        self.backups = Backups(self.paths.database, self.paths.backups, self.bus)
        self.runs_repo = RunRepository(self.db)
        self.events = EventService(EventRepository(self.db), self.bus)
        self.racers = RacerService(RacerRepository(self.db), self.bus)
        self.leaderboards = LeaderboardService(
            self.events.repo, self.racers.repo, self.runs_repo, self.bus, after_cold_build=gc.freeze
        )
        self.race_control = RaceControl(
            self.runs_repo, self.bus, on_submitted=lambda run_id: self.backups.soon("submitted")
        )
        self.race_admin = RaceAdmin(self.runs_repo, self.bus)
        self.service_loop = ServiceLoop()  # started by whoever needs network services (window, serve)
        self.sensors = TrackSensors(
            self.race_control, self.bus, self.service_loop, self.db.get_setting, self.db.set_setting
        )
        self.models = ModelLibrary(self.paths.root, ModelRepository(self.db), self.bus, space=self.disk)
        self.lan: WebServer | None = None
        self.cars = CarService(
            self.paths.root, self.bus, loop=self.service_loop, registry=CarRegistry(self.db)
        )
        self.tail_lights = RunTailLights(self.bus, self.cars, self.racers)
        self.exports = Exports(
            AppResultsSource(self.events.repo, self.racers.repo, self.runs_repo, self.leaderboards),
            self.db,
            self.paths.root,
            logo=self.results_logo,
            on_restored=self._restored,
        )
        self.queue = RunQueue(QueueRepository(self.db), self.bus, self.race_control, self.events, self.racers)
        self.staging = CarStaging(
            self.bus,
            self.queue,
            self.cars,
            self.events,
            self.racers,
            self.models,
            self.race_control,
            enabled=lambda: self.settings.get(STAGING_ENABLED),
        )
        self.run_logs = RunLogs(
            self.paths.root, self.bus, self.cars, self.runs_repo, self.db.get_setting, self.db.set_setting
        )
        self.callouts = Callouts(
            self.bus,
            Speaker(),  # its thread and the OS voice start with the first line said
            self.race_control,
            self.leaderboards,
            self.events,
            self.racers,
            self.queue,
            self.db.get_setting,
            self.db.set_setting,
        )
        self.race_summaries = RaceSummaries(self.bus, self.leaderboards, self.events, self.runs_repo)
        self.tablet_access = TabletAccess(self.db.get_setting, self.db.set_setting)
        self.car_health = CarHealthMonitor(
            self.bus, self.cars, self.race_control, expected_model=self.staging.expected_model
        )
        self.sync = SyncService(self.db, self.bus, self.service_loop, self.paths.root)
        if backup_at_start:
            try:
                self.backups.now("start")
            except BackupError as exc:
                self._warn(str(exc))
        state = self.disk.state()
        if state.low:
            self._warn(
                _(
                    "Only {free:.0f} MB free on the disk holding the data folder ({folder}). Racers' uploads "
                    "are paused so lap timing keeps its room; free some space."
                ).format(free=state.free_mb, folder=self.paths.root)
            )

    def keep_disk_ballast(self) -> None:
        """Set the disk ballast aside (on a worker: it writes ``disk_ballast_mb``). The window and ``serve``
        call this; quick CLI commands and tests do not need it."""
        threading.Thread(target=self.disk.keep_ballast, name="disk-ballast", daemon=True).start()

    def _open_database(self, physical_ms: Callable[[], int] | None = None) -> Database:
        """Opens the database; on a full disk, gives up the ballast first and says so."""
        if self.disk.state().full and (freed := self.disk.give_up_ballast()):
            self._warn(self._full_words(freed))

        def open_it() -> Database:
            if physical_ms:
                return Database(self.paths.database, physical_ms=physical_ms)
            return Database(self.paths.database)

        try:
            return open_it()
        except Exception as exc:
            if not is_disk_full(exc):
                raise
            if freed := self.disk.give_up_ballast():
                self._warn(self._full_words(freed))
                try:
                    return open_it()
                except Exception as again:
                    if not is_disk_full(again):
                        raise
            raise DataFolderFull(
                _(
                    "The disk holding the data folder ({folder}) is full: the database cannot be opened. "
                    "Free some space (empty the trash, delete old videos or downloads), then start again."
                ).format(folder=self.paths.root)
            ) from exc

    def _full_words(self, freed: int) -> str:
        return _(
            "The disk holding the data folder ({folder}) was full: the app gave up the {mb} MB it keeps in "
            "reserve so timing can go on. Free some space now."
        ).format(folder=self.paths.root, mb=freed // (1024 * 1024))

    def _warn(self, text: str) -> None:
        log.error("%s", text)
        self.start_warnings.append(text)

    # -- settings the screens share ---------------------------------------------------------------
    @property
    def current_event_id(self) -> str | None:
        return self.settings.get(CURRENT_EVENT)

    @current_event_id.setter
    def current_event_id(self, event_id: str | None) -> None:
        self.settings.set(CURRENT_EVENT, event_id)

    def _restored(self, event_id: str) -> None:
        self.leaderboards.invalidate()
        self.bus.publish(EventChanged(event_id))

    @property
    def results_logo_setting(self) -> str:
        """The image printed on results and certificates (Settings → Printed results); empty for none."""
        return self.settings.get(RESULTS_LOGO)

    def results_logo(self) -> Path | None:
        path = self.results_logo_setting
        return Path(path) if path and Path(path).is_file() else None

    # -- network services (the window and ``serve``; the CLI's quick commands never start them) -------
    @property
    def lan_port_setting(self) -> int:
        return self.settings.get(LAN_PORT)

    def lan_source(self) -> AppSource:
        """What the LAN pages read: events, racers, leaderboards and runs through the services."""
        return AppSource(self)

    def lan_tablet(self) -> TabletDesk:
        """The tablet timekeeper's pages (behind the PIN set in Settings) over race control and the queue."""
        from drem_desktop.web.app_control import AppControl
        from drem_desktop.web.tablet import TabletDesk

        return TabletDesk(AppControl(self), self.tablet_access)

    def start_lan(
        self, port: int | None = None, *, host: str = "0.0.0.0", timeout_s: float = 10.0
    ) -> WebServer:
        """Starts the LAN pages (leaderboard, overlay, upload, JSON) on ``port`` (0: any free one) or the
        configured port or the next free one.

        Blocks until the server listens (so a caller can show the addresses and their QR codes at once);
        raises OSError with a plain message when no port in the range is free. From the Qt UI thread, call
        it from a worker.
        """
        if self.lan is None:
            from drem_desktop.web.server import WebConfig, WebServer

            config = WebConfig(host=host, port=self.lan_port_setting if port is None else port)
            server = WebServer(
                self.lan_source(),
                self.models,
                config,
                extensions=(self.sync.lan.add_routes,),  # LAN sync: sealed, for paired laptops only
                tablet=self.lan_tablet(),
            )
            self.service_loop.start().submit(server.start()).result(timeout_s)
            self.lan = server
            self._start_sync_discovery(server)
        return self.lan

    def start_car_health(self) -> None:
        """Poll every known car (reachable, battery, version); the window and ``serve`` start it."""
        self.car_health.start()

    @property
    def sync_mdns(self) -> bool:
        """Announce LAN sync by mDNS (the ``sync.mdns`` setting; DREM_SYNC_MDNS=0 turns it off, as the
        test suite does so that no test multicasts on the machine's own network)."""
        if os.environ.get("DREM_SYNC_MDNS", "1") == "0":
            return False
        return bool(self.db.get_setting("sync.mdns", True))

    def _start_sync_discovery(self, server: WebServer) -> None:
        """Other laptops find this one's sync on the LAN server's port (no multicast: pair by address)."""
        from drem_desktop.web.net import lan_addresses

        if server.port is None or not self.sync_mdns:
            return
        host = server.config.host
        addresses = lan_addresses() if host in ("0.0.0.0", "", "::") else [host]
        try:
            self.sync.start_discovery(server.port, addresses)
        except Exception as exc:
            log.warning("LAN sync is not announced by mDNS (%s); pair laptops by address", exc)

    def stop_lan(self, timeout_s: float = 5.0) -> None:
        """Closes every page's stream and the listening socket (within ``timeout_s`` overall)."""
        if self.lan is not None:
            end = time.monotonic() + timeout_s
            self.sync.stop_discovery(timeout_s)
            server, self.lan = self.lan, None
            with contextlib.suppress(Exception):
                self.service_loop.submit(server.stop()).result(max(0.0, end - time.monotonic()))

    def close(self, deadline_s: float = CLOSE_DEADLINE_S) -> None:
        """Stops every part within one deadline for all of them (``serve`` exits on SIGTERM in seconds,
        also on a busy machine). Laps are committed as they happen, so nothing acknowledged waits for
        this; a part still busy at the deadline (a bucket request, a car) is left behind, and what it
        did not finish is retried at the next start. Parts that take long are logged by name."""
        closing = _Closing(deadline_s)
        closing.step("sync", self.sync.stop)
        closing.step("storage watch", lambda _t: self.storage.close())
        closing.step("LAN server", self.stop_lan)
        closing.step("lap sources", self.sensors.stop_all)
        closing.step("car health", self.car_health.close)
        closing.step("race summaries", self.race_summaries.close)
        closing.step("call-outs", self.callouts.close)
        closing.step("run logs", self.run_logs.close)
        closing.step("car staging", self.staging.close)
        closing.step("run queue", self.queue.close)
        closing.step("cars", self.cars.close)
        closing.step("service loop", self.service_loop.stop)
        closing.step("backups", lambda _t: self.backups.close())  # a backup being written is finished
        closing.step("bus", self.bus.close)
        closing.step("database", self.db.close)
        closing.done()


class _Closing:
    """App.close's clock: each part gets what is left of one deadline (never less than a moment, so
    the quick ones still close cleanly after a slow one), and a part that takes long is logged by name:
    a slow shutdown says where it waited."""

    def __init__(self, deadline_s: float) -> None:
        self._began = time.monotonic()
        self._end = self._began + deadline_s

    def step(self, name: str, close: Callable[[float], object]) -> None:
        began = time.monotonic()
        try:
            close(max(CLOSE_STEP_MIN_S, self._end - began))
        except Exception:
            log.exception("closing: %s failed", name)
        took = time.monotonic() - began
        if took >= CLOSE_SLOW_STEP_S:
            late = " (deadline reached: the rest is left behind)" if time.monotonic() >= self._end else ""
            log.warning("closing: %s took %.1f s%s", name, took, late)

    def done(self) -> None:
        log.info("closed in %.1f s", time.monotonic() - self._began)
