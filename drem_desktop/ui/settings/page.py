"""Settings: where the data lives, which lap source times each track, the LAN server, the leaderboard's
QR address and footer, the console theme, and backups (list and back up now).

Lap sources belong to the track sensors service (``app.sensors``): it remembers each track's spec and
reopens it at the next start, so this screen only shows that spec, hands a new one over (off the UI thread:
opening a port can block) and shows each track's live status, keyed by track.
"""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from drem_desktop.events import BackupFailed, BackupWritten
from drem_desktop.i18n import LANGUAGES
from drem_desktop.services.track_sensors import TrackTimingEvent
from drem_desktop.settings import LAN_PORT
from drem_desktop.timing.events import SensorStatusChanged, SourceStatus
from drem_desktop.ui.context import ScreenContext
from drem_desktop.ui.i18n import N_, tr
from drem_desktop.ui.settings.race_day import RaceDaySettings
from drem_desktop.ui.theme import apply_console_theme, qapp
from drem_desktop.ui.widgets import Message, card
from drem_desktop.web.net import lan_addresses

# The specs ``app.sensors.attach`` understands: manual, auto, a serial port (optionally ?mode=json or
# ?mode=lines), or ws://HOST:PORT.
SOURCE_CHOICES = (
    ("manual", N_("Keyboard only")),
    ("auto", N_("USB sensor (find it)")),
    ("port", N_("USB sensor on port…")),
    ("ws", N_("DREM Pi timer at…")),
)
DETAIL_HINTS = {
    "port": N_("/dev/ttyACM0, COM3, or /dev/ttyUSB0?mode=json (or ?mode=lines)"),
    "ws": "ws://192.168.1.30:8080",
}


def choice_of(spec: str | None) -> tuple[str, str]:
    """A remembered spec → (choice, detail) for the form."""
    spec = (spec or "manual").strip()
    if spec in ("manual", "auto"):
        return spec, ""
    if spec.startswith(("ws://", "wss://")):
        return "ws", spec
    return "port", spec


def spec_of(choice: str, detail: str) -> str:
    detail = detail.strip()
    if choice in ("manual", "auto"):
        return choice
    if not detail:
        raise ValueError(
            tr("Type the serial port (e.g. /dev/ttyACM0 or COM3), or choose another lap source.")
            if choice == "port"
            else tr("Type the timer address, or choose another lap source.")
        )
    if choice == "ws" and not detail.startswith(("ws://", "wss://")):
        detail = "ws://" + detail
    return detail


def status_text(status: SourceStatus | None) -> str:
    """One track's lap source in a few words (the timekeeper shows the full line)."""
    if status is None or status.source == "manual":
        return tr("Keyboard only")
    if status.connected:
        return tr("● Connected: {device} on {port}").format(
            device=status.device or status.source, port=status.port
        )
    if status.port == "auto":
        return tr("○ Searching the USB ports for a sensor…")
    return tr("○ Not connected ({port})").format(port=status.port) + (
        f": {status.last_error}" if status.last_error else ""
    )


def show_status(label: QLabel, status: SourceStatus | None) -> None:
    """Green when the source is connected, red when it failed, muted while keyboard only or searching."""
    label.setText(status_text(status))
    if status is None or status.source == "manual" or status.port == "auto":
        colour = ""
    else:
        colour = "#1a7f37" if status.connected else "#cf222e"
    label.setStyleSheet(f"color: {colour};" if colour else "")


class SettingsPage(QWidget):
    def __init__(self, ctx: ScreenContext, window: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self.ctx = ctx
        self.sensor_edits: dict[str, tuple[QComboBox, QLineEdit]] = {}
        self.sensor_status: dict[str, QLabel] = {}  # by track id: a source's port may change (auto)
        self._build()
        ctx.bridge.on(BackupWritten, lambda _e: self.reload_backups(), self)
        ctx.bridge.on(BackupFailed, lambda e: self.backup_message.error(e.error), self)
        ctx.bridge.on(TrackTimingEvent, self._on_timing, self)
        ctx.current.changed.connect(self._tracks)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 14, 14, 14)
        outer.setSpacing(12)
        row = QHBoxLayout()
        row.setSpacing(12)

        # data folder
        self.data_dir = QLineEdit(str(self.ctx.app.paths.root))
        self.data_dir.setReadOnly(True)
        open_dir = QPushButton(tr("Open folder"))
        open_dir.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.app.paths.root)))
        )
        note = QLabel(
            tr(
                "To use another folder, start the app with  drem-desktop --data-dir PATH  "
                "(or set DREM_DATA_DIR). Each folder is a separate database with its own backups."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("Muted")
        dw = QWidget()
        dl = QVBoxLayout(dw)
        dl.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        line.addWidget(self.data_dir, 1)
        line.addWidget(open_dir)
        dl.addLayout(line)
        dl.addWidget(note)
        self.theme = QComboBox()
        self.theme.addItem(tr("Light"), "light")
        self.theme.addItem(tr("Dark"), "dark")
        self.theme.activated.connect(self._theme)
        self.language = QComboBox()
        self.language.addItem(tr("The system's language"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.activated.connect(self._language)
        self.language_note = Message()
        tf = QFormLayout()
        tf.addRow(tr("Console theme"), self.theme)
        tf.addRow(tr("Language"), self.language)
        dl.addLayout(tf)
        dl.addWidget(self.language_note)
        left = QVBoxLayout()
        left.addWidget(card(dw, title=tr("Data folder")))

        # sensors per track
        self.sensor_form = QFormLayout()
        sw = QWidget()
        sl = QVBoxLayout(sw)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addLayout(self.sensor_form)
        self.sensor_message = Message()
        save_sensors = QPushButton(tr("Use these lap sources"))
        save_sensors.clicked.connect(self._save_sensors)
        self.save_sensors_button = save_sensors
        hint = QLabel(
            tr(
                "The timekeeper's keys always work as well. The choice is remembered per track and reopened "
                "at every start."
            )
        )
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        sl.addWidget(hint)
        sl.addWidget(self.sensor_message)
        sl.addWidget(save_sensors)
        left.addWidget(card(sw, title=tr("Sensors per track")))
        left.addStretch(1)
        row.addLayout(left, 1)

        # LAN server and leaderboard
        self.port = QSpinBox()
        self.port.setRange(1024, 65535)
        self.url = QLineEdit()
        self.url.setPlaceholderText(tr("http://192.168.1.20:8080/leaderboard"))
        self.footer = QLineEdit()
        self.footer.setPlaceholderText(tr("e.g. Join the next race at the DeepRacer booth"))
        self.laptop_name = QLineEdit()
        self.laptop_name.setPlaceholderText(socket.gethostname())
        self.laptop_name.setToolTip(tr("How Races → History names the changes made on this laptop"))
        self.addresses = QLabel("")
        self.addresses.setObjectName("Muted")
        self.addresses.setWordWrap(True)
        lan = QFormLayout()
        lan.addRow(tr("LAN server port"), self.port)
        lan.addRow(tr("Leaderboard address (QR code)"), self.url)
        lan.addRow(tr("Leaderboard footer"), self.footer)
        lan.addRow(tr("This laptop"), self.addresses)
        lan.addRow(tr("This laptop's name"), self.laptop_name)
        self.lan_message = Message()
        save_lan = QPushButton(tr("Save"))
        save_lan.setObjectName("Primary")
        save_lan.clicked.connect(self._save_lan)
        suggest = QPushButton(tr("Use this laptop's address"))
        suggest.clicked.connect(self._suggest_url)
        lw = QWidget()
        ll = QVBoxLayout(lw)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(lan)
        buttons = QHBoxLayout()
        buttons.addWidget(suggest)
        buttons.addStretch(1)
        buttons.addWidget(save_lan)
        ll.addLayout(buttons)
        ll.addWidget(self.lan_message)
        right = QVBoxLayout()
        right.addWidget(card(lw, title=tr("LAN server and leaderboard")))

        # backups
        self.backups = QListWidget()
        self.backup_now = QPushButton(tr("Back up now"))
        self.backup_now.clicked.connect(self._backup_now)
        open_backups = QPushButton(tr("Open backups folder"))
        open_backups.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.app.paths.backups)))
        )
        self.backup_message = Message()
        bw = QWidget()
        bl = QVBoxLayout(bw)
        bl.setContentsMargins(0, 0, 0, 0)
        note2 = QLabel(tr("A backup is written when the app starts and after every submitted run."))
        note2.setObjectName("Muted")
        bl.addWidget(note2)
        bl.addWidget(self.backups, 1)
        bb = QHBoxLayout()
        bb.addWidget(self.backup_now)
        bb.addWidget(open_backups)
        bb.addStretch(1)
        bl.addLayout(bb)
        bl.addWidget(self.backup_message)
        right.addWidget(card(bw, title=tr("Backups")), 1)
        right.addWidget(self._results_logo_card())
        row.addLayout(right, 1)
        self.race_day = RaceDaySettings(self.ctx)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.race_day)
        row.addWidget(scroll, 1)
        general = QWidget()
        general.setLayout(row)
        from drem_desktop.ui.settings.sync_panel import SyncPanel

        self.sync_panel = SyncPanel(self.ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(general, tr("General"))
        self.tabs.addTab(self.sync_panel, tr("Sync"))
        outer.addWidget(self.tabs, 1)

    def show_sync(self) -> None:
        """Settings → Sync (the top bar's sync chip opens it)."""
        self.tabs.setCurrentWidget(self.sync_panel)

    def _results_logo_card(self) -> QWidget:
        """The logo printed on the organiser's summary, the podium and the certificates."""
        from PySide6.QtWidgets import QFileDialog

        w = QWidget()
        box = QHBoxLayout(w)
        box.setContentsMargins(0, 0, 0, 0)
        self.logo = QLineEdit(self.ctx.setting("results_logo") or "")
        self.logo.setPlaceholderText(tr("no logo (a PNG or JPEG file)"))
        self.logo.editingFinished.connect(
            lambda: self.ctx.save_setting("results_logo", self.logo.text().strip())
        )

        def choose() -> None:
            path, _filter = QFileDialog.getOpenFileName(
                self, tr("Logo for printed results"), "", tr("Images (*.png *.jpg *.jpeg)")
            )
            if path:
                self.logo.setText(path)
                self.ctx.save_setting("results_logo", path)

        def no_logo() -> None:
            self.logo.clear()
            self.ctx.save_setting("results_logo", "")

        pick = QPushButton(tr("Choose…"))
        pick.clicked.connect(choose)
        clear = QPushButton(tr("No logo"))
        clear.clicked.connect(no_logo)
        box.addWidget(self.logo, 1)
        box.addWidget(pick)
        box.addWidget(clear)
        return card(w, title=tr("Logo on printed results"))

    # -- loading ------------------------------------------------------------------------------------
    def start(self) -> None:
        s = self.ctx
        self.port.setValue(int(s.setting(LAN_PORT.key)))
        self.url.setText(s.setting("leaderboard_url") or "")
        self.footer.setText(s.setting("leaderboard_footer") or "")
        self.laptop_name.setText(s.setting("laptop_name") or "")
        self.theme.setCurrentIndex(max(0, self.theme.findData(s.setting("ui_theme"))))
        self.language.setCurrentIndex(max(0, self.language.findData(s.setting("language") or "")))
        self.ctx.background.run(
            lan_addresses, done=lambda a: self.addresses.setText(", ".join(a) or tr("no network"))
        )
        self._tracks()
        self.reload_backups()
        self.race_day.start()
        self.sync_panel.start()

    def _tracks(self) -> None:
        event = self.ctx.current.event_info
        sensors = self.ctx.app.sensors
        tracks = list(event.tracks) if event else []

        def load() -> tuple[dict[str, str | None], dict[str, SourceStatus | None]]:
            ids = [t.track_id for t in tracks]
            return {t: sensors.remembered(t) for t in ids}, {t: sensors.status(t) for t in ids}

        self.ctx.background.run(
            load, done=lambda r: self._show_tracks(tracks, *r), failed=self.sensor_message.error
        )

    def _show_tracks(
        self, tracks: list[Any], specs: dict[str, str | None], statuses: dict[str, SourceStatus | None]
    ) -> None:
        while self.sensor_form.rowCount():
            self.sensor_form.removeRow(0)
        self.sensor_edits = {}
        self.sensor_status = {}
        for t in tracks:
            combo = QComboBox()
            for value, label in SOURCE_CHOICES:
                combo.addItem(tr(label), value)
            detail = QLineEdit()
            kind, text = choice_of(specs.get(t.track_id))
            combo.setCurrentIndex(max(0, combo.findData(kind)))
            detail.setText(text)
            self._detail_for(combo, detail)
            combo.currentIndexChanged.connect(lambda _i, c=combo, d=detail: self._detail_for(c, d))
            status = QLabel()
            status.setObjectName("Muted")
            status.setWordWrap(True)
            show_status(status, statuses.get(t.track_id))
            w = QWidget()
            v = QVBoxLayout(w)
            v.setContentsMargins(0, 0, 0, 0)
            v.setSpacing(2)
            h = QHBoxLayout()
            h.addWidget(combo, 1)
            h.addWidget(detail, 1)
            v.addLayout(h)
            v.addWidget(status)
            self.sensor_form.addRow(t.label, w)
            self.sensor_edits[t.track_id] = (combo, detail)
            self.sensor_status[t.track_id] = status
        if not self.sensor_edits:
            self.sensor_form.addRow(QLabel(tr("Create an event first: each track gets a lap source here.")))

    @staticmethod
    def _detail_for(combo: QComboBox, detail: QLineEdit) -> None:
        kind = combo.currentData()
        detail.setEnabled(kind in DETAIL_HINTS)
        detail.setPlaceholderText(tr(DETAIL_HINTS.get(kind, "")))

    def _on_timing(self, e: TrackTimingEvent) -> None:
        """Shows the track's status as the service has it now: a late "not connected" from a source that was
        just closed (the track went to keys) must not overwrite "Keyboard only"."""
        if e.track_id in self.sensor_status and isinstance(e.event, SensorStatusChanged):
            self.reload_statuses()

    def reload_statuses(self) -> None:
        sensors = self.ctx.app.sensors
        tracks = list(self.sensor_status)

        def load() -> dict[str, SourceStatus | None]:
            return {t: sensors.status(t) for t in tracks}

        def shown(statuses: dict[str, SourceStatus | None]) -> None:
            for track_id, st in statuses.items():
                label = self.sensor_status.get(track_id)
                if label is not None:
                    show_status(label, st)

        self.ctx.background.run(load, done=shown)

    def reload_backups(self) -> None:
        def load() -> list[str]:
            items = []
            for p in self.ctx.app.backups.list():
                size = p.stat().st_size if p.exists() else 0
                items.append(f"{p.name}    {size / 1_048_576:.1f} MB")
            return items

        self.ctx.background.run(load, done=self._backups_listed, failed=self.backup_message.error)

    def _backups_listed(self, items: list[str]) -> None:
        self.backups.clear()
        self.backups.addItems(items or [tr("No backups yet.")])

    # -- saving -------------------------------------------------------------------------------------
    def sensor_specs(self) -> dict[str, str]:
        """The lap source chosen for each track; raises ValueError naming what is missing."""
        return {
            track_id: spec_of(combo.currentData(), detail.text())
            for track_id, (combo, detail) in self.sensor_edits.items()
        }

    def _save_sensors(self) -> None:
        sensors = self.ctx.app.sensors
        try:
            specs = self.sensor_specs()
        except ValueError as exc:
            self.sensor_message.error(str(exc))
            return
        event = self.ctx.current.event_info
        labels = {t.track_id: t.label for t in (event.tracks if event else ())}

        def apply() -> list[str]:
            """On a worker: opening a serial port or a timer's address can block."""
            problems = []
            for track_id, spec in specs.items():
                try:
                    if spec == "manual":
                        sensors.detach(track_id)
                    elif spec != sensors.remembered(track_id) or sensors.status(track_id) is None:
                        sensors.attach(track_id, spec)
                except (ValueError, OSError) as exc:  # SourceSpecError is a ValueError
                    problems.append(f"{labels.get(track_id, track_id)}: {exc}")
            return problems

        self.sensor_message.show_message(tr("Opening lap sources…"), "warning", 0)
        self.ctx.background.run(apply, done=self._sensors_applied, failed=self.sensor_message.error)

    def _sensors_applied(self, problems: list[str]) -> None:
        self.reload_statuses()
        if problems:
            self.sensor_message.error("\n".join(problems))
        else:
            self.sensor_message.ok(tr("Lap sources are running; the app reopens them at the next start."))

    def _save_lan(self) -> None:
        url = self.url.text().strip()
        if url and not url.startswith(("http://", "https://")):
            self.lan_message.error(tr("The leaderboard address must start with http:// or https://."))
            return
        self.ctx.save_setting("lan_port", self.port.value())
        self.ctx.save_setting("leaderboard_url", url)
        self.ctx.save_setting("leaderboard_footer", self.footer.text().strip())
        self.ctx.save_setting("laptop_name", self.laptop_name.text().strip()[:60])
        self.lan_message.ok(
            tr(
                "Saved. The leaderboard window shows the QR code and footer now; a new port "
                "is used from the next start."
            )
        )
        self.ctx.current.changed.emit()

    def _suggest_url(self) -> None:
        addresses = lan_addresses()
        if not addresses:
            self.lan_message.error(
                tr("This laptop has no network address: connect to the venue network first.")
            )
            return
        self.url.setText(
            tr("http://{value}:{value2}/leaderboard").format(value=addresses[0], value2=self.port.value())
        )

    def _backup_now(self) -> None:
        self.backup_now.setEnabled(False)
        self.backup_message.show_message(tr("Writing a backup…"), "warning", 0)

        def done(path: Path) -> None:
            self.backup_now.setEnabled(True)
            self.backup_message.ok(tr("Backup written: {name}").format(name=path.name))

        def failed(message: str) -> None:
            self.backup_now.setEnabled(True)
            self.backup_message.error(message)

        self.ctx.background.run(self.ctx.app.backups.now, "manual", done=done, failed=failed)

    def _language(self, _index: int) -> None:
        code = self.language.currentData() or ""
        self.ctx.save_setting("language", code)
        self.language_note.ok(
            tr("{language} from the next start (the LAN pages follow each viewer's browser).").format(
                language=self.language.currentText()
            )
        )

    def _theme(self, _index: int) -> None:
        name = self.theme.currentData()
        apply_console_theme(qapp(), name)
        self.ctx.save_setting("ui_theme", name)
