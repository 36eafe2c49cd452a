"""The sync service: keeps this laptop's event in step with the bucket (and the LAN peers, ``lan``).

Runs on the app's service loop; every blocking step (boto3, SQLite) goes to its executor, so timing and
the UI never wait. Offline is normal: changes stay in the log and the service tries again with growing
pauses, and at once when a change is made (docs/sync.md, section 6). What it is doing is published on the
bus as ``SyncStatusChanged`` (the top bar's chip), model transfers as ``SyncTransferProgressed``.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any

from drem_desktop.bus import Bus
from drem_desktop.events import SyncStatusChanged, SyncTransferProgressed
from drem_desktop.i18n import _
from drem_desktop.service_loop import ServiceLoop
from drem_desktop.store.db import Database
from drem_desktop.store.replica import ORDER
from drem_desktop.sync.announce import announce
from drem_desktop.sync.config import BucketSettings, Credentials
from drem_desktop.sync.errors import BucketError
from drem_desktop.sync.model_check import check_model_file
from drem_desktop.sync.secrets import SecretStore, open_secrets

if TYPE_CHECKING:  # boto3, aiohttp and cryptography load on first use, not when the app starts
    from drem_desktop.sync.bucket import Bucket
    from drem_desktop.sync.bucket_sync import Report
    from drem_desktop.sync.lan.node import LanSync

log = logging.getLogger(__name__)

BUCKET_SETTING = "sync.bucket"
POLL_SETTING = "sync.poll_s"
PUSHED_SETTING = "sync.bucket_pushed"  # own change number the bucket holds up to
NAME_SETTING = "sync.name"
DEFAULT_POLL_S = 10.0
BACKOFF_FIRST_S = 2.0
BACKOFF_MAX_S = 300.0
DEBOUNCE_S = 0.1
MODELS_EVERY_S = 60.0  # model files are looked for at most this often (each is a request per model)
THOROUGH_EVERY_S = 30.0  # the bucket's segments are listed whole and damaged copies rewritten this often


class SyncService:
    def __init__(self, db: Database, bus: Bus, loop: ServiceLoop, data_dir: Path) -> None:
        self.db = db
        self.bus = bus
        self.loop = loop
        self.data_dir = data_dir
        self.replica = db.replica
        self._secrets: SecretStore | None = None
        self._lan: LanSync | None = None
        self._discovery: Any = None
        # how far the bucket holds each (event, origin), as last seen: quick pushes need no listing
        self._coverage: dict[tuple[str, str], int] = {}
        self._coverage_for: BucketSettings | None = None
        self._task: asyncio.Task[None] | None = None
        self._wake: asyncio.Event | None = None
        self._cancel_transfer = threading.Event()
        self._stopping = threading.Event()  # closing: a bucket run left behind makes no further request
        self._status = SyncStatusChanged(
            "off", 0, _("Sync is off: set a bucket or pair a laptop in Settings → Sync.")
        )
        self._unwatch: Callable[[], None] | None = None
        self._lock = threading.Lock()  # one bucket run at a time (the loop and sync --once)

    # -- settings -----------------------------------------------------------------------------------
    @property
    def secrets(self) -> SecretStore:
        if self._secrets is None:
            self._secrets = open_secrets(self.data_dir)
        return self._secrets

    def bucket_settings(self) -> BucketSettings | None:
        data = self.db.get_setting(BUCKET_SETTING)
        if not data or not data.get("bucket"):
            return None
        return BucketSettings(
            **{k: str(v) for k, v in data.items() if k in BucketSettings.__dataclass_fields__}
        )

    def set_bucket(self, settings: BucketSettings | None) -> None:
        self.db.set_setting(BUCKET_SETTING, settings.to_json() if settings else None)
        self.db.set_setting(PUSHED_SETTING, 0)
        self.wake()

    @property
    def lan(self) -> LanSync:
        """The LAN side (its routes, pairing, the peers it follows), made on first use."""
        if self._lan is None:
            from drem_desktop.sync.lan.node import LanSync

            self._lan = LanSync(self.db, self.bus, _LazySecrets(self), self.laptop_name)
        return self._lan

    def peer_statuses(self) -> dict[str, Any]:
        """The paired laptops' states as last published (empty before the LAN side started)."""
        return dict(self._lan.status) if self._lan is not None else {}

    @property
    def laptop_name(self) -> str:
        """How other laptops list this one (Settings → Sync; the host name until one is set)."""
        import socket

        return str(self.db.get_setting(NAME_SETTING) or socket.gethostname() or "laptop")[:60]

    @property
    def poll_s(self) -> float:
        return float(self.db.get_setting(POLL_SETTING, DEFAULT_POLL_S) or DEFAULT_POLL_S)

    def set_poll_s(self, seconds: float) -> None:
        """Seconds between full syncs with the bucket (Settings → Sync)."""
        self.db.set_setting(POLL_SETTING, float(seconds))
        self.wake()

    def set_laptop_name(self, name: str) -> None:
        """How other laptops list this one; the LAN side announces it from now on."""
        name = name.strip()[:60]
        if not name:
            return
        self.db.set_setting(NAME_SETTING, name)
        if self._lan is not None:
            self._lan.name = name

    def credentials(self, settings: BucketSettings) -> Credentials | None:
        """Saved credentials for this bucket, or None for the standard AWS chain."""
        text = self.secrets.get(f"bucket:{settings.bucket}")
        if not text:
            return None
        data = json.loads(text)
        return Credentials(
            data["access_key_id"], data["secret_access_key"], data.get("session_token") or None
        )

    def save_credentials(self, settings: BucketSettings, credentials: Credentials | None) -> None:
        name = f"bucket:{settings.bucket}"
        if credentials is None:
            self.secrets.delete(name)
        else:
            self.secrets.set(
                name,
                json.dumps(
                    {
                        "access_key_id": credentials.access_key_id,
                        "secret_access_key": credentials.secret_access_key,
                        "session_token": credentials.session_token or "",
                    }
                ),
            )
        self.wake()

    def bucket(
        self, settings: BucketSettings | None = None, credentials: Credentials | None = None
    ) -> Bucket:
        settings = settings or self.bucket_settings()
        if settings is None:
            raise BucketError("missing", _("No bucket is set: add one in Settings → Sync."))
        from drem_desktop.sync.bucket import Bucket

        return Bucket(settings, credentials or self.credentials(settings), stopped=self._stopping.is_set)

    # -- what is waiting ----------------------------------------------------------------------------
    def waiting(self) -> int:
        """This laptop's changes the bucket does not hold yet."""
        pushed = int(self.db.get_setting(PUSHED_SETTING, 0) or 0)
        names = ",".join(f"'{t}'" for t in ORDER)
        with self.db.engine.connect() as conn:
            return int(
                conn.exec_driver_sql(
                    "SELECT count(*) FROM change_log WHERE origin = ? AND seq > ? "
                    f"AND table_name IN ({names})",
                    (self.db.laptop_id, pushed),
                ).scalar_one()
            )

    @property
    def status(self) -> SyncStatusChanged:
        return self._status

    def _say(self, state: str, message: str, refused: tuple[str, ...] = ()) -> None:
        status = SyncStatusChanged(state, self.waiting() if state != "off" else 0, message, refused)
        if status != self._status:
            self._status = status
            self.bus.publish(status)

    # -- one run (blocking: the executor, or the CLI) -----------------------------------------------
    def sync_once(
        self,
        bucket: Bucket | None = None,
        *,
        models: bool = True,
        event_ids: list[str] | None = None,
        push_only: bool = False,
        check: bool = True,
        thorough: bool | None = None,
        pull_first: bool = False,
    ) -> tuple[Report, list[str]]:
        """Push, then pull, then models; returns what was done and what still differs (empty: agreed).
        ``push_only``: only this laptop's news goes up (the loop's quick push after a change).
        ``thorough`` (default: unless ``push_only``): the push lists the bucket whole and rewrites damaged
        copies. ``pull_first``: others' news comes in before this laptop's goes up (the loop's beat: a lap
        from another laptop is not held up behind this laptop's push)."""
        with self._lock:
            given = bucket is not None
            bucket = bucket or self.bucket()
            if given or self._coverage_for != bucket.settings:
                self._coverage, self._coverage_for = {}, bucket.settings
            from drem_desktop.sync.bucket_sync import BucketSync, Report

            thorough = not push_only if thorough is None else thorough
            engine = BucketSync(self.replica, bucket, self.data_dir, self._coverage, thorough=thorough)
            report = Report()
            if pull_first and not push_only:
                pulled = engine.pull(event_ids)
                report.merge(pulled)
                announce(self.bus, pulled.applied)
            own = self.replica.own_seq()
            report.merge(engine.push(event_ids))
            self.db.set_setting(PUSHED_SETTING, own)
            if push_only:
                return report, []
            if not pull_first:
                pulled = engine.pull(event_ids)
                report.merge(pulled)
                announce(self.bus, pulled.applied)
            if models:
                self._cancel_transfer.clear()
                report.merge(engine.push_models(self._progress("up"), self._cancel_transfer.is_set))
                report.merge(
                    engine.pull_models(check_model_file, self._progress("down"), self._cancel_transfer.is_set)
                )
            return report, engine.agrees(event_ids) if check else []

    def join(self, key: str, bucket: Bucket | None = None) -> tuple[str, Report]:
        """Joins an event held in the bucket (by id or exact name): pulls all of it and its models."""
        with self._lock:
            bucket = bucket or self.bucket()
            from drem_desktop.sync.bucket_sync import BucketSync

            engine = BucketSync(self.replica, bucket, self.data_dir)
            event_id = engine.find_event(key)
            self.replica.join(event_id)
            report = engine.pull([event_id])
            announce(self.bus, report.applied)
            self._cancel_transfer.clear()
            report.merge(
                engine.pull_models(check_model_file, self._progress("down"), self._cancel_transfer.is_set)
            )
            return event_id, report

    def cancel_transfers(self) -> None:
        self._cancel_transfer.set()

    def _progress(self, direction: str) -> Callable[[str, int, int], None]:
        last = [0.0]

        def report(name: str, done: int, total: int) -> None:
            now = time.monotonic()
            if done >= total or now - last[0] > 0.2:
                last[0] = now
                self.bus.publish(SyncTransferProgressed(direction, name, done, total, finished=done >= total))

        return report

    # -- the background loop ------------------------------------------------------------------------
    def start(self) -> None:
        """Keep syncing with the bucket in the background (the window and ``serve``)."""
        self._stopping.clear()
        self.loop.start()
        self.loop.call_soon(self._start_on_loop)
        if self._unwatch is None:
            self._unwatch = self.db.on_changes(self.wake)

    def _start_on_loop(self) -> None:
        if self._task is None or self._task.done():
            self._wake = asyncio.Event()
            self._task = asyncio.ensure_future(self._run())

    def wake(self) -> None:
        """Something changed here (or the settings did): sync soon."""
        if self._wake is not None:
            with contextlib.suppress(RuntimeError):
                self.loop.call_soon(self._wake.set)

    # -- the LAN ------------------------------------------------------------------------------------
    def start_discovery(self, port: int, addresses: list[str], interfaces: Any = None) -> None:
        """Publish this laptop and look for the others (after the LAN server listens on ``port``)."""
        from zeroconf import InterfaceChoice

        from drem_desktop.sync.lan.discovery import SyncDiscovery

        async def start() -> None:
            if self._discovery is not None:
                return
            discovery = SyncDiscovery(
                self.db.laptop_id,
                self.laptop_name,
                port,
                addresses,
                self.lan.laptop_seen,
                lambda laptop: self.lan.peers.get(laptop) is not None,
                interfaces or InterfaceChoice.All,
            )
            await discovery.start()
            self._discovery = discovery

        self.loop.start().submit(start()).result(15)

    def stop_discovery(self, timeout: float = 5.0) -> None:
        discovery, self._discovery = self._discovery, None
        if discovery is not None:
            with contextlib.suppress(Exception):
                self.loop.submit(discovery.stop()).result(timeout)

    def offer_pairing(self) -> str:
        return self.lan.offer_pairing()

    def pair(self, address: str, port: int, code: str, my_port: int = 0, timeout: float = 30) -> Any:
        """Pair with the laptop at address:port showing ``code`` (blocking: not on the UI thread)."""
        return self.loop.start().submit(self.lan.pair_with(address, port, code, my_port)).result(timeout)

    def peers(self) -> list[Any]:
        return self.lan.peers.list()

    def forget_peer(self, laptop_id: str) -> None:
        self.lan.forget(laptop_id)

    def stop(self, timeout: float = 5.0) -> None:
        """Stops the background loop within ``timeout`` overall. A bucket call in flight is not waited
        for: its run makes no further request and is left behind (what it did not finish, an unpushed
        change or an unapplied segment, is still in the change log or the bucket, and goes next time)."""
        end = time.monotonic() + timeout
        self._stopping.set()
        self.stop_discovery(timeout)
        if self._unwatch is not None:
            self._unwatch()
            self._unwatch = None
        self._cancel_transfer.set()
        task = self._task
        if task is not None:
            future: Future[None] = self.loop.submit(_cancel(task))
            with contextlib.suppress(Exception):
                future.result(max(0.0, end - time.monotonic()))
            self._task = None

    async def _run(self) -> None:
        """A full sync (push, pull, and now and then models) every poll interval, on a fixed beat; a
        change made here is pushed on its own at once (after a short debounce), so it is in the bucket
        without waiting for the next beat."""
        assert self._wake is not None
        backoff = BACKOFF_FIRST_S
        next_full = 0.0
        next_models = 0.0
        next_thorough = 0.0
        running = asyncio.get_running_loop()
        while True:
            left = next_full - time.monotonic()
            if left > 0:
                woken = False
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), timeout=None if left == float("inf") else left)
                    woken = True
                if woken:
                    await asyncio.sleep(DEBOUNCE_S)  # a burst of changes goes in one push
            self._wake.clear()
            settings = self.bucket_settings()
            if settings is None:
                self._say("off", _("No bucket set: changes stay on this laptop (and its paired laptops)."))
                next_full = float("inf")  # until the settings change (they wake the loop)
                continue
            started = time.monotonic()
            full = started >= next_full
            models = full and started >= next_models
            thorough = full and started >= next_thorough
            if full:
                self._say("syncing", _("Syncing with {url}…").format(url=settings.url))
            try:
                report, differences = await running.run_in_executor(
                    None,
                    functools.partial(
                        self.sync_once,
                        models=models,
                        push_only=not full,
                        check=False,
                        thorough=thorough,
                        pull_first=True,
                    ),
                )
            except BucketError as exc:
                state = "offline" if exc.kind in ("offline", "throttled", "server") else "error"
                self._say(state, str(exc))
                next_full = time.monotonic() + backoff
                backoff = min(BACKOFF_MAX_S, backoff * 2)
                continue
            except Exception as exc:
                log.exception("bucket sync failed")
                self._say("error", _("Sync failed: {error}").format(error=exc))
                next_full = time.monotonic() + backoff
                backoff = min(BACKOFF_MAX_S, backoff * 2)
                continue
            backoff = BACKOFF_FIRST_S
            if full:
                next_full = started + self.poll_s
                if models:
                    next_models = started + MODELS_EVERY_S
                if thorough:
                    next_thorough = started + THOROUGH_EVERY_S
            refused = tuple(report.refused)
            if refused:
                self._say(
                    "error",
                    _("{n} segment(s) in the bucket were refused (damaged or not valid): {first}").format(
                        n=len(refused), first=refused[0]
                    ),
                    refused,
                )
            elif differences or self.waiting():
                self._say("waiting", _("{n} change(s) waiting to go to the bucket.").format(n=self.waiting()))
            else:
                self._say("synced", _("Synced with {url}.").format(url=settings.url))


async def _cancel(task: asyncio.Task[Any]) -> None:
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await task


class _LazySecrets:
    """The service's secret store, opened on first use (probing the OS keyring takes a moment)."""

    kind = "lazy"

    def __init__(self, service: SyncService) -> None:
        self._service = service

    def get(self, name: str) -> str | None:
        return self._service.secrets.get(name)

    def set(self, name: str, secret: str) -> None:
        self._service.secrets.set(name, secret)

    def delete(self, name: str) -> None:
        self._service.secrets.delete(name)
