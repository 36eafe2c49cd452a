"""The timekeeper console's "Sensors" card: the current track's lap source in one line, a banner when
sensor triggers never arrived, and the trigger log (every trigger and what race control made of it).

The trigger log starts from the track's recent triggers as stored (race control keeps every raw trigger,
with the wall time it was logged), so after a restart or a track switch the timekeeper still sees the
triggers that led to the run on screen, at their time of day; new ones come from the bus as they happen.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from drem_desktop.domain.records import CrossingRecord
from drem_desktop.events import CrossingLogged
from drem_desktop.services.race_control import KEYBOARD
from drem_desktop.services.track_sensors import TrackTimingEvent
from drem_desktop.timing.events import (
    CrossingNotRecorded,
    SensorClockChanged,
    SensorLineRejected,
    SensorStatusChanged,
    SequenceGapDetected,
    SequenceJumpDetected,
    SourceStatus,
)
from drem_desktop.ui.context import ScreenContext
from drem_desktop.ui.i18n import tr
from drem_desktop.ui.timekeeper.run_panel import now_ms
from drem_desktop.ui.widgets import Banner, caption, card

LOG_LENGTH = 200
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


UNSTORED = "unstored"  # the trigger log's outcome for a trigger race control could not write


def trigger_item(
    stamp: str, source: str, sensor_id: str, sequence: int | None, outcome: str, since_ms: float | None
) -> QListWidgetItem:
    """One line of the trigger log, coloured and explained when the trigger made no lap."""
    since = f"+{since_ms / 1000:.3f} s" if since_ms is not None else ""
    seq = f"#{sequence}" if sequence is not None else ""
    shown = tr("NOT STORED") if outcome == UNSTORED else outcome.upper()
    item = QListWidgetItem(f"{stamp}  {source} {sensor_id} {seq}  {shown}  {since}")
    item.setData(KEY_ROLE, (source, sensor_id, sequence, outcome))
    if outcome == "debounced" and source == KEYBOARD:
        item.setForeground(QColor("#bf8700"))
        item.setToolTip(
            tr(
                "A lap key pressed sooner than the minimum lap time after the lap began: not a lap. "
                "Press A to count it anyway (until the next lap)."
            )
        )
    elif outcome == "debounced":
        item.setForeground(QColor("#bf8700"))
        item.setToolTip(
            tr(
                "Ignored as a second trigger of the same car (within the minimum lap time). "
                "If it was a real lap, press L now or fix the lap in the table."
            )
        )
    elif outcome == "ignored":
        item.setForeground(QColor("#8b949e"))
        item.setToolTip(tr("No run was live on this track."))
    return item


def time_of_day(at: datetime | None) -> str:
    """The laptop's local time of day a stored trigger was logged (stored in UTC; a trigger stored
    before the time was kept says "earlier")."""
    if at is None:
        return "earlier "
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone().strftime("%H:%M:%S")


def stored_items(rows: list[CrossingRecord]) -> list[QListWidgetItem]:
    """Stored triggers (newest first) as log lines, in the same form as the live ones."""
    items = []
    for row in rows:
        stamp = time_of_day(row.at)
        items.append(
            trigger_item(stamp, row.source, row.sensor_id, row.sequence, row.outcome, row.since_lap_start_ms)
        )
    return items


class SensorPanel(QWidget):
    """Follows the current track's lap source; says what to do when a trigger needs the timekeeper."""

    warning = Signal(str, float)  # text for the console's message line, seconds to show it

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._live_since_load = 0  # bus triggers shown since the stored log was asked for
        self._load_token = 0
        self._last_unstored: tuple[str | None, int] | None = None
        self.label = QLabel(tr("Keyboard only: no sensor on this track"))
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.gap_banner = Banner("error")
        self.gap_banner.add_button(tr("Checked"), self.gap_banner.hide)
        self.crossings = QListWidget()
        self.crossings.setMaximumHeight(170)
        self.crossings.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(
            card(
                self.label,
                self.gap_banner,
                caption(tr("Sensor triggers")),
                self.crossings,
                title=tr("Sensors"),
            )
        )
        ctx.bridge.on(CrossingLogged, self._on_crossing, self)
        ctx.bridge.on(TrackTimingEvent, self._on_timing, self)

    @property
    def track_id(self) -> str | None:
        return self.ctx.current.track_id

    def load(self) -> None:
        """The current track's source status and stored trigger log, both read on a worker."""
        self.crossings.clear()
        self.gap_banner.hide()
        track = self.track_id
        self._load_token += 1
        token = self._load_token
        self._live_since_load = 0
        if track is None:
            self.show_sensor(None)
            return
        self.ctx.background.run(
            self.ctx.app.sensors.status,
            track,
            done=lambda st: self.show_sensor(st) if track == self.track_id else None,
        )
        self.ctx.background.run(
            self.ctx.app.race_control.crossings,
            track,
            LOG_LENGTH,
            done=lambda rows: self._stored(token, rows),
        )

    def _stored(self, token: int, rows: list[CrossingRecord]) -> None:
        """Puts the stored triggers below the ones the bus brought meanwhile, without showing one twice
        (a trigger that arrived during the read may be in both)."""
        if token != self._load_token:
            return  # the track changed again meanwhile
        live = [self.crossings.item(i).data(KEY_ROLE) for i in range(self._live_since_load)]
        skip = 0
        for row in rows[: len(live)]:
            key = (row.source, row.sensor_id, row.sequence, row.outcome)
            if key not in live:
                break
            live.remove(key)
            skip += 1
        for item in stored_items(rows[skip:]):
            self.crossings.addItem(item)
        self._trim()

    def _trim(self) -> None:
        while self.crossings.count() > LOG_LENGTH:
            self.crossings.takeItem(self.crossings.count() - 1)

    def _on_crossing(self, e: CrossingLogged) -> None:
        if e.track_id != self.track_id:
            return
        item = trigger_item(
            time.strftime("%H:%M:%S"), e.source, e.sensor_id, e.sequence, e.outcome, e.since_lap_start_ms
        )
        self.crossings.insertItem(0, item)
        self._live_since_load += 1
        self._trim()
        if e.outcome == "debounced" and e.source != KEYBOARD:  # a short lap key says so in the console
            since = e.since_lap_start_ms
            self.warning.emit(
                tr(
                    "Sensor trigger {since} s after the lap began was treated as the same car (debounced). "
                    "If a lap was missed, press L."
                ).format(since="?" if since is None else f"{since / 1000:.3f}"),
                10,
            )

    def _on_timing(self, e: TrackTimingEvent) -> None:
        """What this track's lap source reports besides crossings."""
        if e.track_id != self.track_id:
            return
        inner = e.event
        if isinstance(inner, SensorStatusChanged):
            self.show_sensor(inner.status)
        elif isinstance(inner, SequenceGapDetected):
            self._on_gap(inner)
        elif isinstance(inner, CrossingNotRecorded):
            self._not_stored(inner)
        elif isinstance(inner, SequenceJumpDetected):
            self.warning.emit(
                tr(
                    "The sensor sent trigger #{jumped} right after #{last}: no sensor skips that many. It is "
                    "in the trigger log but not trusted; check the sensor and its cable."
                ).format(jumped=inner.jumped_to, last=inner.last_good),
                15,
            )
        elif isinstance(inner, SensorClockChanged):
            self.warning.emit(
                tr(
                    "The sensor's clock changed (it restarted, or another device answered). The lap in "
                    "progress is timed by the laptop's clock; check it before submitting."
                ),
                15,
            )
        elif isinstance(inner, SensorLineRejected):
            self.label.setToolTip(
                tr("Last unreadable line: {line!r} ({reason})").format(line=inner.line, reason=inner.reason)
            )

    def show_sensor(self, status: SourceStatus | None) -> None:
        """The track's lap source in one line: connected or not, what it is, and what went wrong."""
        if status is None or status.source == "manual":
            self.label.setText(tr("Keyboard only: no sensor on this track (choose one in Settings)."))
            return
        ok = status.connected
        colour = "#1a7f37" if ok else "#cf222e"
        what = status.device or status.source
        bits = [
            f"<span style='color:{colour}'>●</span> <b>{tr('Connected') if ok else tr('Not connected')}</b>"
        ]
        bits.append(tr("{device} on {port}").format(device=what, port=status.port))
        if status.firmware:
            bits.append(tr("firmware {version}").format(version=status.firmware))
        if status.checksum == "xor":
            bits.append(tr("old firmware (XOR checksum, misses some damaged lines): flash firmware 1.1"))
        if status.last_heartbeat_ms is not None and ok:
            bits.append(
                tr("alive {s} s ago").format(s=f"{max(0.0, now_ms() - status.last_heartbeat_ms) / 1000:.1f}")
            )
        if status.rejected_lines:
            bits.append(tr("{n} unreadable line(s)").format(n=status.rejected_lines))
        if not ok and status.last_error:
            bits.append(status.last_error)
        self.label.setText(" · ".join(bits))

    def _not_stored(self, e: CrossingNotRecorded) -> None:
        """A trigger race control could not write (a full disk): shown in red so laps can be noted by
        hand, with the gap to the previous one by the sensor's clock when there is one."""
        c = e.crossing
        since = None
        if c.sensor_ms is not None and self._last_unstored is not None and c.clock == self._last_unstored[0]:
            since = float(c.sensor_ms - self._last_unstored[1])
        if c.sensor_ms is not None:
            self._last_unstored = (c.clock, c.sensor_ms)
        item = trigger_item(time.strftime("%H:%M:%S"), c.source, c.sensor_id, c.sequence, UNSTORED, since)
        item.setForeground(QColor("#cf222e"))
        item.setToolTip(
            tr("This trigger could not be stored ({error}). Note the lap by hand.").format(error=e.error)
        )
        self.crossings.insertItem(0, item)
        self._live_since_load += 1
        self._trim()

    def _on_gap(self, e: SequenceGapDetected) -> None:
        missing = f"#{e.first_missing}" if e.count == 1 else f"#{e.first_missing}–{e.last_missing}"
        if e.while_away:
            text = tr(
                "{count} trigger(s) missed while the app was closed or not listening ({missing}, {source} "
                "{port}); the sensor could not send them again. Laps may be missing: check the lap table "
                "and add them by hand (L) before submitting."
            )
        else:
            text = tr(
                "{count} sensor trigger(s) never arrived ({missing}, {source} {port}). A lap may be "
                "missing or two laps merged: check the lap table and fix it (Undo, L) before submitting."
            )
        self.gap_banner.label.setText(
            text.format(count=e.count, missing=missing, source=e.source, port=e.port)
        )
        self.gap_banner.show()
