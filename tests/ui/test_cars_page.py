"""The Cars screen on the real car service (its own loop and bus events). No car is contacted: the one
action run here stops at the missing password, before any connection, as it would at a real event."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from drem_desktop.cars.credentials import FileStore
from drem_desktop.cars.service import CarService
from drem_desktop.ui.cars import CarsPage


def test_cars_are_listed_and_a_failed_action_says_why(qtbot, window, app, tmp_path: Path):  # type: ignore[no-untyped-def]
    main, _ctx = window
    app.cars = CarService(
        tmp_path / "cars",
        app.bus,
        credentials=FileStore(tmp_path / "cars" / "creds.json"),
        loop=app.service_loop,
    )  # as app.py will wire it
    try:
        page: CarsPage = main.show_page("cars")
        page.add_car()
        assert "Name the car" in page.message.text()

        qtbot.keyClicks(page.add_name, "amss-0001")
        qtbot.keyClick(page.add_name, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.model.rowCount() == 1)
        assert page.model.index(0, 0).data() == "amss-0001"
        assert page.ticked() == ["amss-0001"]

        page.action_buttons["Read status"].click()
        qtbot.waitUntil(
            lambda: page.jobs.rowCount() == 1 and page.jobs.rows[0]["status"] == "failed", timeout=10_000
        )
        assert "amss-0001" in page.jobs.rows[0]["result"]
        assert page.jobs.index(0, 4).data()  # the reason is shown in words

        page.retry_failed()
        qtbot.waitUntil(
            lambda: page.jobs.rowCount() == 2 and page.jobs.rows[0]["status"] == "failed", timeout=10_000
        )
        assert page.jobs.rows[0]["action"] == "read status (retry)"
    finally:
        app.cars.close()
