"""Real widgets on a real data folder: each test gets its own SQLite file, App and main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from drem_desktop.app import App
from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.domain.records import EventInfo
from drem_desktop.ui.context import ScreenContext
from drem_desktop.ui.main import MainWindow

from .helpers import open_window, settle


@pytest.fixture(autouse=True)
def _patient_waits(qtbot: object, monkeypatch: pytest.MonkeyPatch) -> None:
    """Waits give up after 15 s instead of 5: CI shares two cores with other real-part tests, and a
    wait only takes that long when something is really stuck."""
    original = qtbot.waitUntil  # type: ignore[attr-defined]

    def wait_until(callback: object, *, timeout: int = 15_000) -> None:
        original(callback, timeout=max(timeout, 15_000))

    monkeypatch.setattr(qtbot, "waitUntil", wait_until)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def app(data_dir: Path) -> Iterator[App]:
    a = App(data_dir, backup_at_start=False)
    yield a
    a.close()


@pytest.fixture
def event(app: App) -> EventInfo:
    config = RaceConfig(race_time_ms=180_000, resets_per_lap=1, max_runs_per_racer=2, min_lap_ms=2_000)
    info = app.events.create("Test Cup", "2026-11-24", config, 2, country_code="GB")
    for name, colour in (("comet", "violet"), ("speedy", "red"), ("apex", "blue")):
        app.racers.add(name, display_name=name.title(), highlight_colour=colour, country_code="SE")
    app.current_event_id = info.event_id
    return info


@pytest.fixture
def window(qtbot: object, app: App, event: EventInfo) -> Iterator[tuple[MainWindow, ScreenContext]]:
    window, ctx = open_window(qtbot, app)
    qtbot.waitUntil(lambda: ctx.current.event_info is not None)  # type: ignore[attr-defined]
    settle(qtbot, ctx)
    yield window, ctx
    if window.leaderboard is not None:
        window.leaderboard.close()
    window.close()
    ctx.close()
