"""First run, driven like a new organizer would: an empty data folder, the setup (event, racers typed as
CSV, the simulator as lap source, the LAN pages), then a run timed from the simulator's laps."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from drem_desktop.app import App
from drem_desktop.domain.run import RunState
from drem_desktop.services.practice_timer import PracticeTimer
from drem_desktop.ui.first_run.wizard import FirstRunWizard
from drem_desktop.ui.main import build_window
from drem_desktop.ui.timekeeper.console import TimekeeperConsole

from .helpers import settle


def test_first_run_from_an_empty_folder_to_a_timed_run(qtbot, app: App):  # type: ignore[no-untyped-def]
    assert app.events.list() == []
    window, ctx = build_window(app)
    qtbot.addWidget(window)
    window.offer_first_run = True
    window.show()
    window.start()
    try:
        qtbot.waitUntil(lambda: window.first_run is not None and window.first_run.isVisible())
        setup: FirstRunWizard = window.first_run
        assert setup.currentPage() is setup.event_step
        assert setup.event_step.join.isVisible()  # the sync service is there: join one instead (tested there)

        setup.next()  # no name yet: refused, nothing created
        qtbot.waitUntil(lambda: setup.event_step.message.isVisible())
        assert "name" in setup.event_step.message.text() and app.events.list() == []
        setup.event_step.name.setText("First Cup")
        setup.next()
        qtbot.waitUntil(lambda: setup.currentPage() is setup.racers_step)
        (event,) = app.events.list()
        assert event.name == "First Cup" and app.current_event_id == event.event_id
        track = event.tracks[0]

        setup.racers_step.text.setPlainText("username,display name,country\nann, Ann Arbor, SE\nbad name\n")
        setup.next()
        qtbot.waitUntil(lambda: setup.currentPage() is setup.sources_step)
        assert [r.username for r in app.racers.list()] == ["ann"]

        combo, _address = setup.sources_step.rows[track.track_id]
        assert combo.currentData() == "simulator"  # the default for a first run: no hardware needed
        timer = PracticeTimer(app.service_loop, mean_lap_s=None)  # the test fires the laps itself
        setup.practice[track.track_id] = timer
        setup.next()
        qtbot.waitUntil(lambda: setup.currentPage() is setup.ready_step)
        summary = setup.ready_step.text.text()
        assert "1 racer(s) registered" in summary and "bad name" in summary
        assert event.upload_code in summary and f"/leaderboard/{event.event_id}" in summary
        assert app.sensors.source(track.track_id) is not None
        assert app.sensors.remembered(track.track_id) is None  # the simulator is not kept for next time

        setup.button(QWizard.WizardButton.FinishButton).click()
        console: TimekeeperConsole = window.page("timekeeper")  # type: ignore[assignment]
        qtbot.waitUntil(lambda: window.stack.currentWidget() is console and not setup.isVisible())
        qtbot.waitUntil(lambda: "Connected" in console.sensors.label.text(), timeout=10_000)
        qtbot.keyClicks(console.picker.search, "ann")
        console.picker.pick()  # what Enter in the search field does
        qtbot.waitUntil(lambda: console.view is not None and console.view.state is RunState.READY)

        timer.lap_now()  # the car crosses the line: the run starts
        qtbot.waitUntil(lambda: console.view is not None and console.view.state is RunState.RUNNING)
        qtbot.wait(2_200)  # a lap must last longer than the event's minimum lap time (2 s)
        timer.lap_now()
        qtbot.waitUntil(lambda: console.lap_model.rowCount() == 1)
        lap = console.lap_model.rows[0]
        assert lap.source.value == "sensor" and 2_000 <= lap.time_ms < 10_000
    finally:
        settle(qtbot, ctx)
        window.close()
        ctx.close()
