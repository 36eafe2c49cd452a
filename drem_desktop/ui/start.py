"""Starting the desktop app: name and icon for the OS, one window per data folder, then the window.

The start backup is taken once the window is up: a start that fails (no display, a database that will
not open, a second start on a folder already open) leaves the backups as they were."""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from drem_desktop import version
from drem_desktop.i18n import _
from drem_desktop.logs import log_to_file
from drem_desktop.paths import DataPaths, default_data_dir
from drem_desktop.ui.single_instance import SingleInstance

log = logging.getLogger(__name__)

APP_NAME = "DREM Desktop"
DESKTOP_FILE = "drem-desktop"  # packaging/linux/drem-desktop.desktop: Wayland and docks match the icon by it
WINDOWS_APP_ID = "DREM.DREMDesktop"
ICON = Path(__file__).resolve().parent.parent / "resources" / "icons" / "drem-desktop.png"


def identify(qapp: QApplication) -> None:
    """The app's name and icon in the taskbar, the dock and the window switcher."""
    qapp.setApplicationName(APP_NAME)
    qapp.setOrganizationName("DREM")
    qapp.setApplicationVersion(version())
    qapp.setDesktopFileName(DESKTOP_FILE)
    qapp.setWindowIcon(QIcon(str(ICON)))
    if sys.platform == "win32":  # group the taskbar button under our icon, not python.exe's
        import ctypes

        windll = ctypes.windll  # type: ignore[attr-defined]  # Windows only; mypy checks as on this OS
        windll.shell32.SetCurrentProcessExplicitAppUserModelID(WINDOWS_APP_ID)


def bring_forward(window: QWidget) -> None:
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
    log.info("a second start on this data folder: window brought forward")


def quit_on_signals(qapp: QApplication) -> QTimer:
    """SIGTERM (logout, `kill`) and Ctrl+C close the window like the close button: runs end up on disk, the
    lock is released. Python runs signal handlers only between bytecodes, so a timer wakes it."""
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda _sig, _frame: qapp.quit())
    timer = QTimer(qapp)
    timer.timeout.connect(lambda: None)
    timer.start(200)
    return timer


def start_window(data_dir: Path | None, argv: list[str]) -> int:
    logging.basicConfig(
        level=os.environ.get("DREM_LOG", "WARNING").upper(), format="%(levelname)s %(name)s: %(message)s"
    )
    qapp = QApplication.instance() or QApplication(argv)
    assert isinstance(qapp, QApplication)
    identify(qapp)
    quit_on_signals(qapp)
    folder = Path(data_dir) if data_dir else default_data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    log_to_file(DataPaths(folder).logs)  # "something went wrong, see the log at …" names this file
    instance = SingleInstance(folder)
    if not instance.claim():
        if instance.bring_forward_first():
            print(
                _("DREM Desktop is already open on {folder}: its window was brought forward.").format(
                    folder=folder
                )
            )
            return 0
        print(
            _(
                "DREM Desktop is open on {folder} but does not answer. Close it (or end it in the task "
                "manager), then start again."
            ).format(folder=folder),
            file=sys.stderr,
        )
        return 1
    try:
        return _run(qapp, folder, instance)
    finally:
        instance.release()


class AppOpener(QObject):
    """Opens the app (imports, the database and its migrations, the services) on a worker thread, so the
    window paints first and stays responsive; the result arrives on the UI thread."""

    opened = Signal(object)
    failed = Signal(object)

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self.app: Any = None
        self._thread = threading.Thread(target=self._open, name="open-app", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _open(self) -> None:
        try:
            from drem_desktop.app import App

            self.app = App(self.folder, backup_at_start=False)
        except BaseException as exc:  # handed to the UI thread, which ends the start with it
            self.failed.emit(exc)
        else:
            self.opened.emit(self.app)

    def wait(self) -> Any:
        """The app, once the worker is done (None if it failed or never started)."""
        if self._thread.is_alive():
            self._thread.join()
        return self.app


def _run(qapp: QApplication, folder: Path, instance: SingleInstance) -> int:
    from drem_desktop.ui.main import MainWindow
    from drem_desktop.ui.theme import apply_console_theme

    apply_console_theme(qapp, "light")  # the saved theme follows once the settings are read
    window = MainWindow(network=True)
    window.offer_first_run = True
    instance.raise_requested.connect(lambda: bring_forward(window))
    window.show()
    opener = AppOpener(folder)
    contexts: list[Any] = []
    errors: list[BaseException] = []

    def opened(app: Any) -> None:
        from drem_desktop.ui.context import ScreenContext
        from drem_desktop.ui.main import start_language

        start_language(qapp, app)  # the language chosen in Settings, before any screen is built
        window.retranslate_frame()
        ctx = ScreenContext.create(app)
        contexts.append(ctx)
        window.attach(ctx)
        window.start()
        QTimer.singleShot(0, lambda: app.backups.soon("start"))  # the window is up: the start backup
        app.keep_disk_ballast()

    def failed(exc: BaseException) -> None:
        from drem_desktop.app import DataFolderFull

        if isinstance(exc, DataFolderFull):  # started from an icon: say it on screen, not only on stderr
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(window, APP_NAME, str(exc))
        errors.append(exc)
        qapp.exit(1)

    opener.opened.connect(opened, Qt.ConnectionType.QueuedConnection)
    opener.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    QTimer.singleShot(0, opener.start)  # once the event loop runs: the window's first paint is queued
    try:
        code = qapp.exec()
    finally:
        for ctx in contexts:
            ctx.close()
        app = opener.wait()  # closed before the window opened it: still closed properly
        if app is not None:
            app.close()
    if errors:
        raise errors[0]
    return code
