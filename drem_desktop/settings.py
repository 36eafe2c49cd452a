"""Every setting, declared once with its type and default (Picard's way): the window, ``serve``, the CLI
and the services read them through :class:`Settings`, so a default is written in one place only.

Values live in the store's key-value table (``Database.get_setting``/``set_setting``); a value that is
missing or of the wrong type reads as the default.

When a release changes how a setting is stored (a new type, a renamed key, a split value), it registers an
upgrade under the next version number with ``@upgrade(N)``; ``Settings.upgrade()`` runs, in order and once
per data folder, every upgrade newer than the version the folder records (``settings_version``), writing
that version after each one, so an upgrade cut short by a crash runs again at the next start.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

T = TypeVar("T")
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Setting(Generic[T]):
    key: str
    default: T
    doc: str
    kinds: tuple[type, ...] = ()  # accepted stored types (default: the default's type)

    def parse(self, raw: Any) -> T:
        if raw is None:
            return self.default
        kinds = self.kinds or (type(self.default),)
        if isinstance(raw, bool) and bool not in kinds:
            return self.default
        if isinstance(raw, kinds):
            return cast(T, raw)
        return self.default


CURRENT_EVENT: Setting[str | None] = Setting("current_event_id", None, "the event the app opens on", (str,))
CURRENT_TRACK: Setting[str | None] = Setting("current_track_id", None, "the timekeeper's track", (str,))
LAN_PORT: Setting[int] = Setting("lan_port", 8080, "the LAN pages' port (the next free one if taken)")
UI_THEME: Setting[str] = Setting("ui_theme", "light", "the console theme: light or dark")
LANGUAGE: Setting[str] = Setting("language", "", "a code of i18n.LANGUAGES; empty: the system's")
LEADERBOARD_URL: Setting[str] = Setting("leaderboard_url", "", "the address the leaderboard's QR code shows")
LEADERBOARD_FOOTER: Setting[str] = Setting("leaderboard_footer", "", "a footer for every leaderboard")
LEADERBOARD_SCREEN: Setting[int] = Setting("leaderboard_screen", 1, "the monitor the leaderboard opens on")
EXPORT_FOLDER: Setting[str] = Setting("export_folder", "", "the folder Event → Export… last saved into")
STAGING_ENABLED: Setting[bool] = Setting("staging_enabled", True, "stage queued racers' models on spare cars")
LAPTOP_NAME: Setting[str] = Setting(
    "laptop_name", "", "this laptop's name on the tablet page and in Races → History (empty: the host's)"
)
LAPTOP_NAMES: Setting[dict[str, Any] | None] = Setting(
    "laptop_names",
    None,
    "other laptops' names by laptop id, as each gave it when paired (Races → History names them so)",
    (dict,),
)
RESULTS_LOGO: Setting[str] = Setting("results_logo", "", "an image file printed on results and certificates")
CALLOUTS: Setting[dict[str, Any] | None] = Setting(
    "callouts",
    None,
    "the call-outs: on, rate, each kind on or off, templates (CalloutSettings)",
    (dict,),
)
DISK_RESERVE_MB: Setting[int] = Setting(
    "disk_reserve_mb", 200, "free space (MB) uploads must leave for timing; below it they get 507"
)
DISK_BALLAST_MB: Setting[int] = Setting(
    "disk_ballast_mb", 32, "the data folder's reserve file (MB), given up when the disk fills (0: none)"
)
STORAGE_PROBE: Setting[float] = Setting(
    "storage_probe", 0.0, "written while the disk is full, to notice when it takes writes again (a time)"
)
FETCH_RUN_LOGS: Setting[bool] = Setting("fetch_run_logs", False, "fetch the car's logs when a run ends")
TABLET_PIN: Setting[dict[str, Any] | None] = Setting(
    "tablet_pin",
    None,
    "the tablet PIN's salted scrypt hash (TabletAccess); None: no tablet",
    (dict,),
)
SYNC_BUCKET: Setting[dict[str, Any] | None] = Setting(
    "sync.bucket",
    None,
    "the cloud bucket: bucket, prefix, region, endpoint URL, profile (BucketSettings); None: no bucket",
    (dict,),
)
SYNC_POLL_S: Setting[float] = Setting(
    "sync.poll_s", 10.0, "seconds between full syncs with the bucket", (int, float)
)
SYNC_PUSHED: Setting[int] = Setting(
    "sync.bucket_pushed", 0, "this laptop's change number the bucket holds up to"
)
SYNC_NAME: Setting[str] = Setting("sync.name", "", "how other laptops list this one (empty: the host name)")
SYNC_MDNS: Setting[bool] = Setting("sync.mdns", True, "announce and find LAN sync by mDNS")
SYNC_JOINED: Setting[list[str] | None] = Setting(
    "sync.joined", None, "events joined from the bucket or a peer, held before any of them arrives", (list,)
)

ALL: tuple[Setting[Any], ...] = (
    CURRENT_EVENT,
    CURRENT_TRACK,
    LAN_PORT,
    UI_THEME,
    LANGUAGE,
    LEADERBOARD_URL,
    LEADERBOARD_FOOTER,
    LEADERBOARD_SCREEN,
    EXPORT_FOLDER,
    RESULTS_LOGO,
    STAGING_ENABLED,
    LAPTOP_NAME,
    LAPTOP_NAMES,
    CALLOUTS,
    FETCH_RUN_LOGS,
    TABLET_PIN,
    SYNC_BUCKET,
    SYNC_POLL_S,
    SYNC_PUSHED,
    SYNC_NAME,
    SYNC_MDNS,
    SYNC_JOINED,
    DISK_RESERVE_MB,
    DISK_BALLAST_MB,
    STORAGE_PROBE,
)
BY_KEY: dict[str, Setting[Any]] = {s.key: s for s in ALL}
SENSOR_PREFIX = "sensor:"  # sensor:<track id> -> the track's lap source (services.track_sensors)


VERSION_KEY = "settings_version"  # the last upgrade this data folder has had

Read = Callable[[str], Any]
Write = Callable[[str, Any], None]
Upgrade = Callable[[Read, Write], None]
UPGRADES: dict[int, Upgrade] = {}


def upgrade(version: int) -> Callable[[Upgrade], Upgrade]:
    """Registers an upgrade of the stored settings as ``version`` (1, 2, …; each number once)."""

    def register(fn: Upgrade) -> Upgrade:
        if version < 1 or version in UPGRADES:
            raise ValueError(f"settings upgrade {version} is taken or not a version")
        UPGRADES[version] = fn
        return fn

    return register


def latest_version() -> int:
    return max(UPGRADES, default=0)


@upgrade(1)
def _numbers_stored_as_text(get: Read, put: Write) -> None:
    """Early versions stored the LAN port and the leaderboard's monitor as text ("8080"): as numbers now."""
    for key in (LAN_PORT.key, LEADERBOARD_SCREEN.key):
        raw = get(key)
        if isinstance(raw, str) and raw.strip().isdigit():
            put(key, int(raw))


class Settings:
    """Typed reads and writes; each may touch the disk (call off the UI thread)."""

    def __init__(self, get: Callable[[str], Any], put: Callable[[str, Any], None]) -> None:
        self._get = get
        self._put = put

    def get(self, setting: Setting[T]) -> T:
        return setting.parse(self._get(setting.key))

    def set(self, setting: Setting[T], value: T) -> None:
        self._put(setting.key, value)

    def version(self) -> int:
        raw = self._get(VERSION_KEY)
        return raw if isinstance(raw, int) and not isinstance(raw, bool) else 0

    def upgrade(self) -> list[int]:
        """Brings the stored settings up to this release: the upgrades run (in order), by version. A folder
        written by a newer release is left as it is (its values may mean what this one cannot know)."""
        stored = self.version()
        if stored > latest_version():
            log.warning(
                "settings are at version %d, newer than this release (%d): left as they are",
                stored,
                latest_version(),
            )
            return []
        done = []
        for version in sorted(v for v in UPGRADES if v > stored):
            UPGRADES[version](self._get, self._put)
            self._put(VERSION_KEY, version)
            done.append(version)
        return done
