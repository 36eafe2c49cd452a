"""The top bar's sync chip: synced · N changes waiting · offline · error, and the LAN laptops in step.

It only shows what the sync service and the LAN peers published (bus events); a click opens Settings →
Sync, where the message says what to do.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from drem_desktop.events import PeerStatusChanged, SyncStatusChanged
from drem_desktop.ui.context import ScreenContext
from drem_desktop.ui.i18n import tr

COLOURS = {
    "synced": "#1e8e3e",
    "waiting": "#b06f00",
    "syncing": "#1a73e8",
    "offline": "#80868b",
    "error": "#c5221f",
}


def chip_text(bucket: SyncStatusChanged | None, peers: dict[str, PeerStatusChanged]) -> tuple[str, str, str]:
    """(text, state for the colour, tooltip) of the chip."""
    parts: list[str] = []
    state = "off"
    tips: list[str] = []
    if bucket is not None and bucket.state != "off":
        state = bucket.state
        if bucket.state == "waiting":
            parts.append(tr("{n} changes waiting").format(n=bucket.waiting))
        else:
            parts.append(
                {
                    "synced": tr("Synced"),
                    "syncing": tr("Syncing…"),
                    "offline": tr("Bucket offline"),
                    "error": tr("Sync error"),
                }.get(bucket.state, bucket.state)
            )
        tips.append(bucket.message)
    if peers:
        in_step = sum(1 for p in peers.values() if p.state == "synced")
        parts.append(tr("{n}/{total} laptops").format(n=in_step, total=len(peers)))
        tips.extend(p.message for p in peers.values())
        if any(p.state == "refused" for p in peers.values()):
            state = "error"
        elif in_step < len(peers) and state in ("off", "synced"):
            state = "offline"
        elif state == "off":
            state = "synced"
    if not parts:
        return tr("Sync off"), "off", tr("Not syncing: set a bucket or pair a laptop in Settings → Sync.")
    return " · ".join(parts), state, "\n".join(tips)


class SyncChip(QPushButton):
    def __init__(
        self, ctx: ScreenContext, open_settings: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SyncChip")
        self.setFlat(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clicked.connect(open_settings)
        self._bucket: SyncStatusChanged | None = ctx.app.sync.status
        self._peers: dict[str, PeerStatusChanged] = ctx.app.sync.peer_statuses()
        ctx.bridge.on(SyncStatusChanged, self._bucket_changed, self)
        ctx.bridge.on(PeerStatusChanged, self._peer_changed, self)
        self.refresh()

    def _bucket_changed(self, e: SyncStatusChanged) -> None:
        self._bucket = e
        self.refresh()

    def _peer_changed(self, e: PeerStatusChanged) -> None:
        self._peers[e.laptop_id] = e
        self.refresh()

    def refresh(self) -> None:
        text, state, tip = chip_text(self._bucket, self._peers)
        self.setText("● " + text)
        self.setToolTip(tip)
        self.setProperty("state", state)
        colour = COLOURS.get(state, "palette(mid)")
        self.setStyleSheet(f"QPushButton#SyncChip {{ color: {colour}; font-weight: 600; padding: 2px 8px; }}")
