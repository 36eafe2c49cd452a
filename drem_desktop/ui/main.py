"""The main window: the timekeeper's home all day. A sidebar for the screens, a top bar that always shows
the current event and track, and the leaderboard window for the projector one click (Ctrl+Shift+L) away.

The timekeeper often clicks the projector window (to move it, or go fullscreen) and then keeps timing: the
console's keys therefore work in the leaderboard window too (the board has no text entry, and its own keys
F11, Esc, T, F and 1–9 are none of the console's)."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from drem_desktop.domain.records import EventInfo
from drem_desktop.events import (
    BackupFailed,
    BackupWritten,
    EventChanged,
    StorageFailing,
    StorageRecovered,
)
from drem_desktop.settings import LANGUAGE
from drem_desktop.ui.i18n import N_, install_language, tr
from drem_desktop.ui.theme import apply_console_theme, qapp
from drem_desktop.ui.widgets import Banner, shortcut

if TYPE_CHECKING:  # the window can paint before the app (and SQLAlchemy) is loaded
    from drem_desktop.app import App
    from drem_desktop.ui.context import ScreenContext
    from drem_desktop.ui.event.export_dialog import ExportDialog
    from drem_desktop.ui.first_run.wizard import FirstRunWizard
    from drem_desktop.ui.leaderboard.window import LeaderboardWindow
    from drem_desktop.ui.timekeeper.console import TimekeeperConsole

log = logging.getLogger(__name__)

PAGES: tuple[tuple[str, str, str], ...] = (
    ("timekeeper", N_("Timekeeper"), "Ctrl+1"),
    ("event", N_("Event"), "Ctrl+2"),
    ("racers", N_("Racers"), "Ctrl+3"),
    ("races", N_("Races"), "Ctrl+4"),
    ("commentator", N_("Commentator"), "Ctrl+5"),
    ("models", N_("Models"), "Ctrl+6"),
    ("cars", N_("Cars"), "Ctrl+7"),
    ("settings", N_("Settings"), "Ctrl+8"),
)


class StartWarnings(Banner):
    """What went wrong at start (a failed backup, a nearly full disk), until the timekeeper dismisses it."""

    def __init__(self) -> None:
        super().__init__("warning")
        self._texts: list[str] = []
        self.add_button(tr("Understood"), self._dismiss)
        self.hide()

    def show_message(self, text: str) -> None:
        self._texts.append(text)
        self.label.setText("\n".join(self._texts))
        self.show()

    def _dismiss(self) -> None:
        self._texts.clear()
        self.hide()


class MainWindow(QMainWindow):
    """Made with its screen context, or without one (the real start): then it paints its frame at once
    while the app opens the database on a worker, and ``attach`` gives it the context when that is done."""

    ctx: ScreenContext

    def __init__(self, ctx: ScreenContext | None = None, network: bool = False) -> None:
        super().__init__()
        self.network = network  # start the LAN server and the tracks' lap sources (the real app)
        self.resize(1440, 900)
        self.pages: dict[str, QWidget] = {}
        self.leaderboard: LeaderboardWindow | None = None  # made on first use
        self.offer_first_run = False  # the real app sets it: a data folder with no event opens the setup
        self.first_run: FirstRunWizard | None = None  # while it is open
        self.attached = False
        self._build()
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: ScreenContext) -> None:
        """The services the screens work with; until then the window shows its frame and takes no keys."""
        self.ctx = ctx
        self.attached = True
        for button in self._nav_buttons.values():
            button.setEnabled(True)
        self.board_button.setEnabled(True)
        self._export_action.setEnabled(True)
        from drem_desktop.ui.sync.chip import SyncChip

        self.sync_chip = SyncChip(ctx, self.show_sync)
        self._top_bar.insertWidget(self._top_bar.indexOf(self.board_button), self.sync_chip)
        ctx.current.changed.connect(self._current_changed)
        ctx.background.failed.connect(lambda m: self.statusBar().showMessage(m, 10_000))
        ctx.bridge.on(EventChanged, self._event_changed, self)
        ctx.bridge.on(
            BackupWritten,
            lambda e: self.statusBar().showMessage(tr("Backup written: {path}").format(path=e.path), 5000),
            self,
        )
        ctx.bridge.on(BackupFailed, lambda e: self.warnings.show_message(e.error), self)
        ctx.bridge.on(StorageFailing, lambda e: self._storage_banner(e.message), self)
        ctx.bridge.on(StorageRecovered, lambda e: self._storage_recovered(e.message), self)
        for warning in ctx.app.start_warnings:
            self.warnings.show_message(warning)

    def _storage_banner(self, message: str) -> None:
        self.storage_banner.label.setText(message)
        self.storage_banner.show()

    def _storage_recovered(self, message: str) -> None:
        self.storage_banner.hide()
        self.statusBar().showMessage(message, 15_000)

    # -- layout -------------------------------------------------------------------------------------
    def _build(self) -> None:
        root = QWidget()
        outer = QVBoxLayout(root)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        top = QFrame()
        top.setObjectName("TopBar")
        tl = QHBoxLayout(top)
        tl.setContentsMargins(16, 8, 16, 8)
        brand = QLabel(tr("DREM"))
        brand.setStyleSheet(
            "font-weight: 900; font-size: 15pt; letter-spacing: 2px; color: palette(highlight);"
        )
        tl.addWidget(brand)
        tl.addSpacing(16)
        self.event_label = QLabel(tr("No event"))
        self.event_label.setObjectName("EventName")
        tl.addWidget(self.event_label)
        tl.addSpacing(12)
        self.track_combo = QComboBox()
        self.track_combo.setMinimumWidth(140)
        self.track_combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.track_combo.activated.connect(self._track_picked)
        tl.addWidget(self.track_combo)
        self.config_label = QLabel("")
        self.config_label.setObjectName("Muted")
        tl.addWidget(self.config_label)
        tl.addStretch(1)
        self._top_bar = tl  # the sync chip joins it on attach
        self.board_button = QPushButton()
        self.board_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.board_button.clicked.connect(self.show_leaderboard)
        self.board_button.setEnabled(False)  # until attach
        tl.addWidget(self.board_button)
        outer.addWidget(top)
        # Above every page: the disk is full and laps are not stored (cleared when writes work again),
        # and what went wrong at start (a failed backup, little free space).
        self.storage_banner = Banner("error")
        self.storage_banner.hide()
        outer.addWidget(self.storage_banner)
        self.warnings = StartWarnings()
        outer.addWidget(self.warnings)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        side = QFrame()
        side.setObjectName("Sidebar")
        side.setFixedWidth(190)
        sl = QVBoxLayout(side)
        sl.setContentsMargins(10, 14, 10, 14)
        sl.setSpacing(4)
        self.nav = QButtonGroup(self)
        self.nav.setExclusive(True)
        self.stack = QStackedWidget()
        self._nav_buttons: dict[str, QPushButton] = {}
        for key, _title, keys in PAGES:
            b = QPushButton()
            b.setEnabled(False)  # until attach
            b.setCheckable(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.clicked.connect(lambda _c=False, k=key: self.show_page(k))
            self.nav.addButton(b)
            self._nav_buttons[key] = b
            sl.addWidget(b)
            shortcut(keys, self, functools.partial(self._go, key))
            placeholder = QWidget()
            self.stack.addWidget(placeholder)
        sl.addStretch(1)
        self._hint = QLabel()
        self._hint.setObjectName("Muted")
        sl.addWidget(self._hint)
        body.addWidget(side)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(root)
        shortcut("Ctrl+Shift+L", self, functools.partial(self._go, "leaderboard"))
        self._event_menu = self.menuBar().addMenu("")
        export = self._export_action = self._event_menu.addAction("")
        export.setShortcut(QKeySequence("Ctrl+E"))
        export.triggered.connect(self.export_results)
        export.setEnabled(False)  # until attach
        self.retranslate_frame()

    def retranslate_frame(self) -> None:
        """The frame's texts in the language now installed: the frame paints before the settings (and the
        language chosen there) are read; the screens are built later and translate themselves."""
        self.setWindowTitle(tr("DREM Desktop"))
        self.board_button.setText(tr("Leaderboard window  Ctrl+Shift+L"))
        for key, title, keys in PAGES:
            self._nav_buttons[key].setText(tr(title))
            self._nav_buttons[key].setToolTip(tr("{screen} ({keys})").format(screen=tr(title), keys=keys))
        self._hint.setText(tr("Keys: see the labels on\nthe timekeeper buttons"))
        self._event_menu.setTitle(tr("&Event"))
        self._export_action.setText(tr("&Export…"))
        if not self.attached:
            self.event_label.setText(tr("No event"))

    def export_results(self) -> ExportDialog | None:
        """Event → Export…: results of the current event as CSV, PDF, the cloud bundle or an archive."""
        if not self.attached:  # the database is still opening
            return None
        from drem_desktop.ui.event.export_dialog import open_export

        dialog = open_export(self.ctx, self)
        if dialog is None:
            self.statusBar().showMessage(tr("Choose or create an event first, then export it."), 8000)
        return dialog

    def _go(self, key: str) -> None:
        """A screen's shortcut: ignored while the database is still opening (nothing to show yet)."""
        if not self.attached:
            return
        if key == "leaderboard":
            self.show_leaderboard()
        else:
            self.show_page(key)

    # -- pages (built when first shown, so the window appears at once) --------------------------------
    def page(self, key: str) -> QWidget:
        if key not in self.pages:
            w = self._make(key)
            i = [p[0] for p in PAGES].index(key)
            old = self.stack.widget(i)
            self.stack.insertWidget(i, w)
            if old is not None:  # the placeholder
                self.stack.removeWidget(old)
                old.deleteLater()
            self.pages[key] = w
            start: Callable[[], None] | None = getattr(w, "start", None)
            if start is not None:
                start()
        return self.pages[key]

    def _make(self, key: str) -> QWidget:
        ctx = self.ctx
        if key == "timekeeper":
            from drem_desktop.ui.timekeeper.console import TimekeeperConsole

            return TimekeeperConsole(ctx)
        if key == "event":
            from drem_desktop.ui.event.page import EventPage

            return EventPage(ctx)
        if key == "racers":
            from drem_desktop.ui.racers.page import RacersPage

            return RacersPage(ctx)
        if key == "races":
            from drem_desktop.ui.race_admin.page import RaceAdminPage

            return RaceAdminPage(ctx)
        if key == "cars":
            from drem_desktop.ui.cars.page import CarsPage

            return CarsPage(ctx)
        if key == "models":
            from drem_desktop.ui.models.page import ModelsPage

            return ModelsPage(ctx)
        if key == "commentator":
            from drem_desktop.ui.commentator.panel import CommentatorPanel

            return CommentatorPanel(ctx)
        from drem_desktop.ui.settings.page import SettingsPage

        return SettingsPage(ctx, self)

    def show_page(self, key: str) -> QWidget:
        w = self.page(key)
        self.stack.setCurrentWidget(w)
        self._nav_buttons[key].setChecked(True)
        if key == "timekeeper":
            w.setFocus()
        return w

    def show_sync(self) -> None:
        settings = self.show_page("settings")
        show = getattr(settings, "show_sync", None)
        if show is not None:
            show()

    def show_leaderboard(self) -> LeaderboardWindow:
        from drem_desktop.ui.leaderboard.window import LeaderboardWindow

        if self.leaderboard is None:
            self.leaderboard = LeaderboardWindow(self.ctx)
            self.leaderboard.resize(1280, 720)
            self._timekeeper_keys_in(self.leaderboard)
            self.leaderboard.start()
            screen = int(self.ctx.setting("leaderboard_screen") or 1)
            self.leaderboard.show()
            if screen > 1:
                self.leaderboard.move_to_screen(screen - 1)
        else:
            self.leaderboard.show()
            self.leaderboard.raise_()
        return self.leaderboard

    def _timekeeper_keys_in(self, other: QWidget) -> None:
        """The console's operation keys, active while ``other`` (the leaderboard window) has the focus."""
        from drem_desktop.ui.timekeeper.console import EXTRA_KEYS, OPERATIONS

        for op in OPERATIONS:
            for key in op.keys + (EXTRA_KEYS["enter_alt"] if op.name == "lap" else ()):
                sc = shortcut(key, other, functools.partial(self._operate, op.name))
                sc.setContext(Qt.ShortcutContext.WindowShortcut)
        for key in EXTRA_KEYS["pick"]:  # naming the next racer means typing: back to the console
            shortcut(key, other, self._pick_next)
        for key in EXTRA_KEYS["count_short"]:
            shortcut(key, other, self._count_short_lap)

    def timekeeper(self) -> TimekeeperConsole:
        from drem_desktop.ui.timekeeper.console import TimekeeperConsole

        console = self.page("timekeeper")
        assert isinstance(console, TimekeeperConsole)
        return console

    def _count_short_lap(self) -> None:
        self.timekeeper().count_short_lap()

    def _operate(self, name: str) -> None:
        self.timekeeper().operate(name)

    def _pick_next(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        self.show_page("timekeeper")
        self.timekeeper().focus_search()

    # -- current event and track ----------------------------------------------------------------------
    def start(self) -> None:
        """Loads settings and the current event off the UI thread; the window is already visible (its
        frame paints first, the timekeeper console is built right after)."""
        QTimer.singleShot(0, self._first_page)
        app = self.ctx.app
        ctx = self.ctx

        def load() -> tuple[dict, EventInfo | None]:
            settings = ctx.load_settings()
            event_id = app.current_event_id
            event = None
            if event_id:
                try:
                    event = app.events.get(event_id)
                except LookupError:
                    event = None
                except Exception:  # a deleted event must not stop the app from opening
                    log.warning("current event %s could not be loaded", event_id)
            if event is None:
                events = app.events.list()
                event = events[0] if events else None
            return settings, event

        self.ctx.background.run(load, done=self._loaded)

    def _first_page(self) -> None:
        if self.stack.currentWidget() not in self.pages.values():
            self.show_page("timekeeper")

    def _loaded(self, data: tuple[dict, EventInfo | None]) -> None:
        settings, event = data
        self.ctx.settings.update(settings)
        if settings.get("ui_theme") and settings["ui_theme"] != "light":
            apply_console_theme(qapp(), settings["ui_theme"])
        self.ctx.current.set(event, settings.get("current_track_id"))
        if self.ctx.current.event_info is None:
            self.statusBar().showMessage(tr("No event yet: create one on the Event page (Ctrl+2)."))
            if self.offer_first_run:
                self.open_first_run()
        if self.network:
            self.start_network()

    def open_first_run(self) -> FirstRunWizard:
        from drem_desktop.ui.first_run.wizard import FirstRunWizard

        if self.first_run is None:
            self.first_run = FirstRunWizard(self.ctx, self)
            self.first_run.finished_setup.connect(self._first_run_done)
            self.first_run.join_requested.connect(self._join_from_setup)
        self.first_run.show()
        self.first_run.raise_()
        return self.first_run

    def _join_from_setup(self) -> None:
        """The setup's *Join an event*: Settings → Sync, where a bucket or a paired laptop brings it."""
        if self.first_run is not None:
            self.first_run.hide()
        self.show_sync()
        panel = getattr(self.page("settings"), "sync_panel", None)
        if panel is not None:
            panel.explain_joining()

    def _first_run_done(self, event: EventInfo | None) -> None:
        if event is not None:
            self.ctx.current.set(event, event.tracks[0].track_id if event.tracks else None)
        self.raise_()
        self.activateWindow()
        self.show_page("timekeeper")

    def start_network(self) -> None:
        """Reopens each track's remembered lap source and starts the LAN pages, off the UI thread."""
        app = self.ctx.app
        event = self.ctx.current.event_info
        tracks = [t.track_id for t in event.tracks] if event else []

        def sensors() -> list[str]:
            return app.sensors.reopen(tracks)

        def lan() -> list[str]:
            return app.start_lan().urls()

        self.ctx.background.run(sensors, done=self._sensors_reopened)
        self.ctx.background.run(lan, done=self._lan_started, failed=self._lan_failed)
        app.sync.start()  # the bucket, when one is set (LAN peers are followed by the LAN server)
        self.ctx.background.run(app.start_car_health)  # every known car's battery and reachability

    def _sensors_reopened(self, failed: list[str]) -> None:
        if failed:
            event = self.ctx.current.event_info
            names = [t.label for t in (event.tracks if event else ()) if t.track_id in failed]
            self.statusBar().showMessage(
                tr(
                    "Lap source of {value} could not be opened: check the cable or choose another in "
                    "Settings. Keys still work."
                ).format(value=", ".join(names)),
                30_000,
            )

    def _lan_started(self, urls: list[str]) -> None:
        self.ctx.lan_urls = list(urls)
        self.ctx.current.network_changed.emit()
        if urls:
            self.statusBar().showMessage(
                tr("Live pages for phones and the stream at {value}").format(value=urls[0]), 15_000
            )

    def _lan_failed(self, message: str) -> None:
        self.statusBar().showMessage(
            tr("The LAN pages did not start: {message}").format(message=message), 30_000
        )

    def _event_changed(self, e: EventChanged) -> None:
        if e.event_id == self.ctx.current.event_id:
            self.ctx.background.run(
                self.ctx.app.events.get,
                e.event_id,
                done=lambda info: self.ctx.current.set(info, self.ctx.current.track_id),
            )

    def _current_changed(self) -> None:
        cur = self.ctx.current
        event = cur.event_info
        self.event_label.setText(event.name if event else tr("No event"))
        self.track_combo.clear()
        if event:
            for t in event.tracks:
                self.track_combo.addItem(t.label, t.track_id)
            self.track_combo.setCurrentIndex(max(0, self.track_combo.findData(cur.track_id)))
            c = event.config
            bits = [
                tr("lap count")
                if c.format.value == "lap_count"
                else (
                    tr("no time limit")
                    if c.race_time_ms is None
                    else tr("{time} race").format(
                        time=f"{c.race_time_ms // 60000}:{c.race_time_ms // 1000 % 60:02d}"
                    )
                ),
                tr("fastest lap")
                if c.ranking.value == "fastest"
                else tr("best {n}-lap average").format(n=c.average_window),
                tr("{n} resets/lap").format(n="∞" if c.resets_per_lap is None else c.resets_per_lap),
                tr("{n} runs/racer").format(n="∞" if c.max_runs_per_racer is None else c.max_runs_per_racer),
            ]
            self.config_label.setText("  ·  ".join(bits))
        else:
            self.config_label.setText("")
        self.track_combo.setEnabled(bool(event and len(event.tracks) > 1))

    def _track_picked(self, index: int) -> None:
        track_id = self.track_combo.itemData(index)
        self.ctx.current.set(self.ctx.current.event_info, track_id)
        self.ctx.save_setting("current_track_id", track_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.leaderboard is not None:
            self.leaderboard.close()
        if self.first_run is not None:
            self.first_run.stop_practice()
        super().closeEvent(event)


def build_window(app: App, theme: str = "light", network: bool = False) -> tuple[MainWindow, ScreenContext]:
    """The main window on an existing QApplication (tests and screenshots use this too; ``network``
    starts the LAN server and the lap sources, as the real app does)."""
    from drem_desktop.ui.context import ScreenContext

    apply_console_theme(qapp(), theme)
    ctx = ScreenContext.create(app)
    window = MainWindow(ctx, network)
    window._nav_buttons["timekeeper"].setChecked(True)
    return window, ctx


def start_language(qapp: QCoreApplication, app: App) -> str:
    """The language chosen in Settings (else the system's), before any screen: screens translate their
    text when they are built."""
    return install_language(qapp, app.settings.get(LANGUAGE))
