"""The on-deck list and the car alert on the timekeeper console, with real widgets over a real app: names
typed and added with Enter, a drag (Qt's row move) reorders the queue, Delete removes, N takes the
first racer onto the track; staging progress shows per racer; a car lost mid-run raises the alert."""

from __future__ import annotations

import threading

from PySide6.QtCore import QModelIndex, Qt

from drem_desktop.domain.run import RunState
from drem_desktop.events import RunCarBack, RunCarLost, StagingChanged
from drem_desktop.ui.timekeeper.console import TimekeeperConsole

from .helpers import press, settle

K = Qt.Key


def deck_names(app, track: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [app.racers.get(e.racer_id).username for e in app.queue.entries(track)]


def test_on_deck_add_reorder_remove_and_n(qtbot, window, app, event):  # type: ignore[no-untyped-def]
    main, ctx = window
    console: TimekeeperConsole = main.page("timekeeper")
    deck = console.on_deck
    track = event.tracks[0].track_id
    for name in ("Speedy", "apex", "comet"):
        deck.add.setFocus()
        qtbot.keyClicks(deck.add, name)
        press(qtbot, console, K.Key_Return)
        qtbot.waitUntil(lambda n=name: n.lower() in deck_names(app, track))
        qtbot.waitUntil(lambda: deck.add.text() == "")  # the field empties once the racer is on deck
    qtbot.waitUntil(lambda: deck.list.count() == 3)
    assert deck.list.item(0).text().startswith("1. Speedy")
    assert deck.add.text() == ""
    deck.add.setFocus()
    qtbot.keyClicks(deck.add, "nobody")
    press(qtbot, console, K.Key_Return)
    qtbot.waitUntil(lambda: "No racer called nobody" in deck.message.text())

    # a drag moves comet to the top (what Qt does on an internal drop)
    deck.list.model().moveRow(QModelIndex(), 2, QModelIndex(), 0)
    qtbot.waitUntil(lambda: deck_names(app, track) == ["comet", "speedy", "apex"])
    qtbot.waitUntil(lambda: deck.list.item(0).text().startswith("1. Comet"))

    # staging progress shows on the racer's line
    entry = app.queue.entries(track)[1]
    app.bus.publish(
        StagingChanged(
            event.event_id, track, entry.entry_id, entry.racer_id, "amss-1", "speedy-v3", "loading", 63, 100
        )
    )
    qtbot.waitUntil(lambda: "loading 63 % onto amss-1" in deck.list.item(1).text())

    deck.list.setCurrentRow(2)
    deck.list.setFocus()
    press(qtbot, console, K.Key_Delete)
    qtbot.waitUntil(lambda: deck_names(app, track) == ["comet", "speedy"])

    console.setFocus()
    press(qtbot, console, K.Key_N)  # N: the first on deck goes on track
    qtbot.waitUntil(lambda: console.view is not None and console.view.state is RunState.READY)
    assert app.racers.get(console.view.racer_id).username == "comet"
    qtbot.waitUntil(lambda: deck.list.count() == 1)
    press(qtbot, console, K.Key_N)  # the track is busy: N finds a racer instead
    assert console.picker.search.hasFocus()
    settle(qtbot, ctx)


def test_a_car_lost_mid_run_raises_the_alert(qtbot, window, app, event):  # type: ignore[no-untyped-def]
    main, _ctx = window
    console: TimekeeperConsole = main.page("timekeeper")
    track = event.tracks[0].track_id
    racer = app.racers.by_username("apex")
    view = app.race_control.prepare(event.event_id, track, racer.racer_id, event.config, car_name="amss-9")
    qtbot.waitUntil(lambda: console.view is not None)
    assert not console.car_alert.isVisible()
    lost = RunCarLost(
        event.event_id, track, view.run_id, "amss-9", "Car amss-9 stopped answering during the run"
    )
    threading.Thread(target=app.bus.publish, args=(lost,)).start()  # car health publishes off the UI thread
    qtbot.waitUntil(console.car_alert.isVisible)
    assert "amss-9 stopped answering" in console.car_alert.label.text()
    app.bus.publish(RunCarBack(event.event_id, track, view.run_id, "amss-9"))
    qtbot.waitUntil(lambda: "answers again" in console.car_alert.label.text())
    app.race_control.submit(track)
    qtbot.waitUntil(lambda: not console.car_alert.isVisible())


def test_the_tracks_fleet_is_chosen_under_on_deck(qtbot, window, app, event):  # type: ignore[no-untyped-def]
    main, ctx = window
    console: TimekeeperConsole = main.page("timekeeper")
    fleet = app.cars.registry.add_fleet("Red cars")
    console.on_deck.reload()
    qtbot.waitUntil(lambda: console.on_deck.fleet.findData(fleet.fleet_id) >= 0)
    console.on_deck.fleet.setCurrentIndex(console.on_deck.fleet.findData(fleet.fleet_id))
    console.on_deck.fleet.activated.emit(console.on_deck.fleet.currentIndex())
    track = event.tracks[0].track_id
    qtbot.waitUntil(lambda: app.events.track(track).fleet_id == fleet.fleet_id)
    settle(qtbot, ctx)
