"""Helpers the UI tests share: wait for background work, open the main window, press keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from drem_desktop.app import App
from drem_desktop.ui.context import ScreenContext
from drem_desktop.ui.main import MainWindow, build_window


def settle(qtbot: object, ctx: ScreenContext, timeout: int = 5000) -> None:
    """Waits until every background call has delivered its result on the UI thread."""
    qtbot.waitUntil(lambda: ctx.background.pending == 0, timeout=timeout)  # type: ignore[attr-defined]
    QApplication.processEvents()


def open_window(qtbot: object, app: App) -> tuple[MainWindow, ScreenContext]:
    window, ctx = build_window(app)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    window.start()
    window.activateWindow()
    qtbot.waitExposed(window)  # type: ignore[attr-defined]
    settle(qtbot, ctx)
    return window, ctx


def press(
    qtbot: object,
    widget: QWidget,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """A real key press delivered to the focused widget (shortcuts resolve as they would for a person)."""
    target = QApplication.focusWidget() or widget
    qtbot.keyClick(target, key, modifier)  # type: ignore[attr-defined]
