"""Empty screens say what to do next: the timekeeper's picker registers a name nobody has, the Cars screen
says how cars are found."""

from __future__ import annotations

from drem_desktop.domain.run import RunState
from drem_desktop.ui.cars.page import CarsPage
from drem_desktop.ui.timekeeper.console import TimekeeperConsole

from .helpers import settle


def test_a_name_nobody_has_is_registered_by_enter_and_put_on_track(qtbot, window, app, event):  # type: ignore[no-untyped-def]
    main, ctx = window
    console: TimekeeperConsole = main.show_page("timekeeper")
    settle(qtbot, ctx)
    picker = console.picker
    qtbot.waitUntil(lambda: picker.proxy.rowCount() == 3)
    assert picker.empty_hint.isHidden()
    qtbot.keyClicks(picker.search, "Nova Star")
    qtbot.waitUntil(lambda: picker.empty_hint.isVisible())
    assert "Press Enter to register Nova Star" in picker.empty_hint.text()
    picker.search.returnPressed.emit()
    qtbot.waitUntil(lambda: console.view is not None and console.view.state is RunState.READY)
    racer = app.racers.by_username("Nova-Star")
    assert racer.display_name == "Nova Star" and console.view.racer_id == racer.racer_id

    picker.search.setText("bad\u202ename")  # a bidi override: the field rules refuse it, in words
    picker.search.returnPressed.emit()
    qtbot.waitUntil(lambda: picker.message.isVisible())
    assert "bad" in picker.message.text() and len(app.racers.list()) == 4


def test_no_cars_says_how_cars_are_found(qtbot, window):  # type: ignore[no-untyped-def]
    main, ctx = window
    page: CarsPage = main.show_page("cars")
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: page.no_cars.isVisible())
    assert "mDNS" in page.no_cars.text() and "add a car by its name or address" in page.no_cars.text()
