"""Child of the two-screen test: the leaderboard window on a real X server (Xvfb) with no window manager.

Prints one JSON line per step: after moving to the second screen (key 2), after F11, after F11 again."""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from drem_desktop.app import App
from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.ui.main import build_window


def main() -> None:
    qapp = QApplication(["board-on-x"])

    def until(cond: Callable[[], bool], seconds: float = 10.0) -> bool:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            qapp.processEvents()
            if cond():
                return True
            time.sleep(0.01)
        return cond()

    def say(step: str, board: object) -> None:
        b = board  # type: ignore[assignment]
        print(
            json.dumps(
                {
                    "step": step,
                    "visible": b.isVisible(),
                    "screen": QGuiApplication.screens().index(b.screen()),
                    "geometry": list(b.geometry().getRect()),
                    "screen_geometry": list(b.screen().geometry().getRect()),
                }
            ),
            flush=True,
        )

    with tempfile.TemporaryDirectory() as tmp:
        app = App(Path(tmp), backup_at_start=False)
        event = app.events.create("Two Screens Cup", "2026-11-24", RaceConfig(), 1)
        app.current_event_id = event.event_id
        window, ctx = build_window(app)
        window.show()
        window.start()
        board = window.show_leaderboard()
        until(lambda: board.isVisible())
        print(json.dumps({"screens": len(QGuiApplication.screens())}), flush=True)
        board.move_to_screen(1)  # key 2
        until(lambda: board.isVisible() and board.screen() is QGuiApplication.screens()[1])
        say("moved", board)
        board.resize(700, 500)
        until(lambda: board.width() == 700)
        board.toggle_fullscreen()  # F11
        until(lambda: board.isVisible() and board.geometry() == board.screen().geometry())
        say("fullscreen", board)
        board.toggle_fullscreen()
        until(lambda: board.geometry() != board.screen().geometry())
        say("normal", board)
        board.close()
        window.close()
        ctx.close()
        app.close()


if __name__ == "__main__":
    sys.exit(main())
