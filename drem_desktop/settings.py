"""Every setting, declared once with its type and default (Picard's way): the window, ``serve``, the CLI
and the services read them through :class:`Settings`, so a default is written in one place only.

Values live in the store's key-value table (``Database.get_setting``/``set_setting``); a value that is
missing or of the wrong type reads as the default.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

T = TypeVar("T")


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
        if int in kinds and isinstance(raw, str) and raw.strip().isdigit():  # an old text value
            return cast(T, int(raw))
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
RESULTS_LOGO: Setting[str] = Setting("results_logo", "", "an image file printed on results and certificates")

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
)
BY_KEY: dict[str, Setting[Any]] = {s.key: s for s in ALL}
SENSOR_PREFIX = "sensor:"  # sensor:<track id> -> the track's lap source (services.track_sensors)


class Settings:
    """Typed reads and writes; each may touch the disk (call off the UI thread)."""

    def __init__(self, get: Callable[[str], Any], put: Callable[[str, Any], None]) -> None:
        self._get = get
        self._put = put

    def get(self, setting: Setting[T]) -> T:
        return setting.parse(self._get(setting.key))

    def set(self, setting: Setting[T], value: T) -> None:
        self._put(setting.key, value)

    def read_all(self) -> dict[str, Any]:
        return {s.key: self.get(s) for s in ALL}
