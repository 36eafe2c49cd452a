"""The Cars screen on the real car service (its own loop and bus events) and its registry (the test's
SQLite file). No car is contacted: the one action run here stops at the missing password, before any
connection, as it would at a real event."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from drem_desktop.cars.credentials import FileStore
from drem_desktop.cars.service import CarService
from drem_desktop.ui.cars.fleets_bar import ALL_CARS, NO_FLEET
from drem_desktop.ui.cars.page import CarsPage


def file_credentials(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The app's car service with its registry, but passwords in a file instead of the OS keyring (which a
    headless CI machine does not have)."""
    registry = app.cars.registry
    app.cars.close()
    app.cars = CarService(
        tmp_path / "cars",
        app.bus,
        credentials=FileStore(tmp_path / "cars" / "creds.json"),
        loop=app.service_loop,
        registry=registry,
    )


def test_cars_are_listed_and_a_failed_action_says_why(qtbot, window, app, tmp_path: Path):  # type: ignore[no-untyped-def]
    main, _ctx = window
    file_credentials(app, tmp_path)
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


def add(qtbot, page: CarsPage, name: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(page.add_name, name)
    qtbot.keyClick(page.add_name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(c.hostname == name for c in page.model.rows))


def test_fleets_are_created_assigned_and_filter_the_list(qtbot, window, app, tmp_path: Path):  # type: ignore[no-untyped-def]
    main, _ctx = window
    file_credentials(app, tmp_path)
    try:
        page: CarsPage = main.show_page("cars")
        add(qtbot, page, "amss-0001")
        add(qtbot, page, "amss-0002")

        page.fleets.create_fleet()  # no name typed
        assert "name for the new fleet" in page.message.text()
        qtbot.keyClicks(page.fleets.new_fleet, "Booth A")
        qtbot.keyClick(page.fleets.new_fleet, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.fleets.fleet_filter.findText("Booth A") >= 0)
        booth = page.fleets.fleet_filter.itemData(page.fleets.fleet_filter.findText("Booth A"))
        qtbot.keyClicks(page.fleets.new_fleet, "booth a")  # the same name again is refused in words
        page.fleets.create_fleet()
        qtbot.waitUntil(lambda: "already a fleet" in page.message.text())
        page.fleets.new_fleet.clear()

        page.model.ticked = {"amss-0001"}
        page.fleets.assign_to.setCurrentIndex(page.fleets.assign_to.findData(booth))
        page.fleets.assign_ticked()
        qtbot.waitUntil(lambda: page.model.fleet_of.get("amss-0001") == booth)
        qtbot.waitUntil(lambda: "Moved 1 car(s) into Booth A" in page.message.text())
        assert [c.key for c in app.cars.registry.list(fleet_id=booth)] == ["amss-0001"]
        row = next(i for i, c in enumerate(page.model.rows) if c.key == "amss-0001")
        assert page.model.index(row, 1).data() == "Booth A"

        page.model.ticked = {"amss-0001", "amss-0002"}
        page.fleets.fleet_filter.setCurrentIndex(page.fleets.fleet_filter.findData(booth))
        page.fleets.fleet_filter.activated.emit(page.fleets.fleet_filter.currentIndex())
        assert page.shown.rowCount() == 1
        assert page.ticked() == ["amss-0001"]  # the hidden, ticked car gets no action
        page.fleets.fleet_filter.setCurrentIndex(page.fleets.fleet_filter.findData(NO_FLEET))
        page.fleets.fleet_filter.activated.emit(page.fleets.fleet_filter.currentIndex())
        assert page.shown.shown_keys() == ["amss-0002"]

        page.model.ticked = set()
        page.fleets.tick_shown()
        assert page.model.ticked == {"amss-0002"}
    finally:
        app.cars.close()


def show(page: CarsPage, fleet: str) -> None:
    """Choose in the "Show" filter as a person does (activated is what a click emits)."""
    bar = page.fleets
    bar.fleet_filter.setCurrentIndex(bar.fleet_filter.findData(fleet))
    bar.fleet_filter.activated.emit(bar.fleet_filter.currentIndex())


def test_the_shown_fleet_is_renamed_and_removed_and_its_cars_stay(qtbot, window, app, tmp_path: Path):  # type: ignore[no-untyped-def]
    main, _ctx = window
    file_credentials(app, tmp_path)
    try:
        page: CarsPage = main.show_page("cars")
        bar = page.fleets
        add(qtbot, page, "amss-0001")
        add(qtbot, page, "amss-0002")
        booth = app.cars.add_fleet("Booth A").fleet_id  # FleetsChanged reaches the screen
        app.cars.add_fleet("Booth B")
        app.cars.assign(["amss-0001", "amss-0002"], booth)
        qtbot.waitUntil(lambda: bar.fleet_filter.findData(booth) >= 0 and len(page.model.fleet_of) == 2)
        assert not bar.rename_button.isEnabled() and not bar.remove_button.isEnabled()  # All cars
        show(page, NO_FLEET)
        qtbot.waitUntil(lambda: bar.fleet_filter.currentData() == NO_FLEET)
        assert not bar.rename_button.isEnabled() and not bar.remove_button.isEnabled()

        show(page, booth)
        qtbot.waitUntil(lambda: bar.rename_button.isEnabled() and bar.remove_button.isEnabled())
        bar.rename_button.click()
        qtbot.waitUntil(lambda: bar.rename_dialog.isVisible())
        assert bar.rename_dialog.textValue() == "Booth A"
        bar.rename_dialog.setTextValue("  ")
        bar.rename_dialog.accept()
        qtbot.waitUntil(lambda: "needs a name" in page.message.text())
        bar.rename_button.click()
        qtbot.waitUntil(lambda: bar.rename_dialog.isVisible())
        bar.rename_dialog.setTextValue("booth b")
        bar.rename_dialog.accept()
        qtbot.waitUntil(lambda: "already a fleet called “Booth B”" in page.message.text())
        assert [f.name for f in app.cars.fleets()] == ["Booth A", "Booth B"]
        bar.rename_button.click()
        qtbot.waitUntil(lambda: bar.rename_dialog.isVisible())
        bar.rename_dialog.setTextValue("Main stage")
        bar.rename_dialog.accept()
        qtbot.waitUntil(lambda: bar.fleet_filter.currentText() == "Main stage")
        qtbot.waitUntil(lambda: "Booth A is now called Main stage" in page.message.text())
        assert bar.fleet_filter.currentData() == booth and page.shown.rowCount() == 2  # still shown
        row = next(i for i, c in enumerate(page.model.rows) if c.key == "amss-0001")
        qtbot.waitUntil(lambda: page.model.index(row, 1).data() == "Main stage")

        bar.remove_button.click()  # asked first, naming the fleet and its cars; Cancel keeps it
        qtbot.waitUntil(lambda: bar.confirm_remove.isVisible())
        assert "Main stage" in bar.confirm_remove.text() and "2 car(s)" in bar.confirm_remove.text()
        bar.confirm_remove.button(bar.confirm_remove.StandardButton.Cancel).click()
        qtbot.waitUntil(lambda: not bar.confirm_remove.isVisible())
        assert [f.name for f in app.cars.fleets()] == ["Booth B", "Main stage"]

        bar.remove_button.click()
        qtbot.waitUntil(lambda: bar.confirm_remove.isVisible())
        bar.confirm_remove_yes.click()
        qtbot.waitUntil(lambda: bar.fleet_filter.findData(booth) < 0)
        qtbot.waitUntil(lambda: "Fleet Main stage removed" in page.message.text())
        assert bar.fleet_filter.currentData() == ALL_CARS and not bar.remove_button.isEnabled()
        assert [f.name for f in app.cars.fleets()] == ["Booth B"]
        assert sorted((c.key, c.fleet_id) for c in app.cars.registered_cars()) == [
            ("amss-0001", None),
            ("amss-0002", None),
        ]
        show(page, NO_FLEET)
        qtbot.waitUntil(lambda: page.shown.shown_keys() == ["amss-0001", "amss-0002"])
    finally:
        app.cars.close()


def test_the_controls_the_messages_promise(qtbot, window, app, tmp_path: Path):  # type: ignore[no-untyped-def]
    """ "Trust the new key in Cars → …", "save it in Cars → …", and a run's logs: each has its button."""
    from drem_desktop.cars.credentials import CarCredentials

    main, _ctx = window
    file_credentials(app, tmp_path)
    try:
        page: CarsPage = main.show_page("cars")
        add(qtbot, page, "amss-0003")
        app.cars.pins.trust("amss-0003", "ssh", "SHA256:old-car")
        app.cars.set_credentials("amss-0003", CarCredentials(ssh_password="pw"))
        page.model.ticked = {"amss-0003"}

        page.action_buttons["Trust new key"].click()
        qtbot.waitUntil(lambda: app.cars.pins.get("amss-0003", "ssh") is None)
        qtbot.waitUntil(lambda: "trusts the key" in page.message.text())

        page.action_buttons["Forget password"].click()
        qtbot.waitUntil(lambda: not app.cars.has_credentials("amss-0003"))
        qtbot.waitUntil(lambda: "forgotten" in page.message.text())

        page.action_buttons["Fetch last run's logs"].click()  # DREM never loaded a model on it
        qtbot.waitUntil(lambda: "has not loaded a model onto amss-0003" in page.message.text())
    finally:
        app.cars.close()
