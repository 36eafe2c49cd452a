"""A top-level window meant for a venue's second monitor or projector: moved to a chosen screen and made
fullscreen there, also where there is no window manager to do it (a bare X server on a venue PC, a kiosk
session), where the window covers its screen by itself, frameless."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FULLSCREEN_CHECK_MS = 400  # a window manager has made the window fullscreen by then, if there is one


class ScreenWindow(QWidget):
    """A window of its own (no parent) that can go to any screen and cover it."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self._covering: QRect | None = None  # the screen it covers by itself (no window manager)
        self._normal_geometry: QRect | None = None

    def put_on_screen(self, index: int) -> bool:
        """Puts the window on screen ``index``, fullscreen again if it was, and keeps it shown: a window
        moved to a screen of another X display is re-created hidden, so it is shown again. False where
        there is no such screen."""
        screens = QGuiApplication.screens()
        if not 0 <= index < len(screens):
            return False
        target = screens[index]
        full = self.is_fullscreen()
        if full:
            self.leave_fullscreen()
        handle = self.windowHandle()
        if handle is not None and handle.screen() is not target:
            handle.setScreen(target)
        self.setGeometry(target.availableGeometry())
        self.show()
        self.raise_()
        if full:
            self.enter_fullscreen()
        return True

    def is_fullscreen(self) -> bool:
        return self.isFullScreen() or self._covering is not None

    def toggle_fullscreen(self) -> None:
        if self.is_fullscreen():
            self.leave_fullscreen()
        else:
            self.enter_fullscreen()

    def enter_fullscreen(self) -> None:
        """Fullscreen through the window manager; with none the window covers its screen by itself."""
        self._normal_geometry = self.geometry()
        self.showFullScreen()
        QTimer.singleShot(FULLSCREEN_CHECK_MS, self._cover_screen_if_needed)

    def _cover_screen_if_needed(self) -> None:
        screen = self.screen()
        if screen is None or not self.isFullScreen() or self.geometry() == screen.geometry():
            return
        self._covering = screen.geometry()
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.setGeometry(self._covering)
        self.show()
        self.raise_()

    def leave_fullscreen(self) -> None:
        if self._covering is not None:
            self._covering = None
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint, False)
            self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, False)
            self.showNormal()
            if self._normal_geometry is not None:
                self.setGeometry(self._normal_geometry)
        elif self.isFullScreen():
            self.showNormal()
