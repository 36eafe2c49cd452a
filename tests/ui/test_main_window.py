"""The real start shows the window before the app is open (the database opens on a worker): until the
screens are attached its buttons are off and its keys do nothing, then everything works as usual."""

from __future__ import annotations

from PySide6.QtCore import Qt

from drem_desktop.app import App
from drem_desktop.domain.records import EventInfo
from drem_desktop.ui.context import ScreenContext
from drem_desktop.ui.main import MainWindow


def test_the_frame_shows_before_the_app_and_takes_the_screens_when_attached(
    qtbot,
    app: App,
    event: EventInfo,  # type: ignore[no-untyped-def]
) -> None:
    window = MainWindow(network=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.attached
    assert not any(b.isEnabled() for b in window._nav_buttons.values())
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # the Event screen's key
    qtbot.keyClick(
        window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.pages == {} and window.leaderboard is None  # nothing to show yet, and nothing broke

    ctx = ScreenContext.create(app)
    try:
        window.attach(ctx)
        window.start()
        qtbot.waitUntil(lambda: "timekeeper" in window.pages and ctx.current.event_info is not None)
        assert all(b.isEnabled() for b in window._nav_buttons.values())
        assert window.event_label.text() == "Test Cup"
        qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.pages.get("event"))
    finally:
        window.close()
        ctx.close()
