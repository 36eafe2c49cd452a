"""What every screen is built with: the app's services, the bus bridge, the background helper, and the
current event and track (always visible in the top bar, shared by the timekeeper, leaderboard and admin)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from drem_desktop import settings
from drem_desktop.app import App
from drem_desktop.domain.records import EventInfo, TrackInfo
from drem_desktop.logs import log_file
from drem_desktop.ui.background import Background
from drem_desktop.ui.bridge import BusBridge

# The settings the screens read (declared, with their defaults, in drem_desktop.settings).
UI_SETTINGS: dict[str, Any] = {s.key: s.default for s in settings.ALL if s is not settings.CURRENT_EVENT}


class Current(QObject):
    """The event and track the timekeeper works on; changes are saved in the background."""

    changed = Signal()
    network_changed = Signal()  # the LAN server started or stopped (addresses for QR codes)

    def __init__(self) -> None:
        super().__init__()
        # Not ``event``: that would shadow QObject.event() and the first event Qt sends crashes the app.
        self.event_info: EventInfo | None = None
        self.track_id: str | None = None

    @property
    def event_id(self) -> str | None:
        return self.event_info.event_id if self.event_info else None

    @property
    def track(self) -> TrackInfo | None:
        if self.event_info is None:
            return None
        return next((t for t in self.event_info.tracks if t.track_id == self.track_id), None)

    def set(self, event: EventInfo | None, track_id: str | None = None) -> None:
        if event is not None and not any(t.track_id == track_id for t in event.tracks):
            track_id = event.tracks[0].track_id if event.tracks else None
        if event == self.event_info and track_id == self.track_id:
            return
        self.event_info = event
        self.track_id = track_id if event else None
        self.changed.emit()


@dataclass
class ScreenContext:
    app: App
    bridge: BusBridge
    background: Background
    current: Current
    settings: dict[str, Any] = field(default_factory=lambda: dict(UI_SETTINGS))
    lan_urls: list[str] = field(default_factory=list)  # the LAN server's base addresses once it listens

    def setting(self, key: str) -> Any:
        return self.settings.get(key, UI_SETTINGS.get(key))  # loaded, else the declared default

    def save_setting(self, key: str, value: Any) -> None:
        self.settings[key] = value
        self.background.run(self.app.settings.set, settings.BY_KEY[key], value)

    @classmethod
    def create(cls, app: App) -> ScreenContext:
        return cls(app, BusBridge(app.bus), Background(log_path=log_file(app.paths.logs)), Current())

    def load_settings(self) -> dict[str, Any]:
        """Reads every UI setting (call off the UI thread)."""
        return {key: self.app.settings.get(settings.BY_KEY[key]) for key in UI_SETTINGS}

    def close(self) -> None:
        self.bridge.close()
        self.background.shutdown()
