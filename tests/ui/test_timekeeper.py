"""The timekeeper console driven the way a timekeeper drives it: real key presses on real widgets, with
race control's sensor entry point standing in for the lap sensor (the same call the timing sources make)."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from drem_desktop.domain.leaderboard import COMBINED
from drem_desktop.domain.run import RunState
from drem_desktop.timing.crossing import Crossing
from drem_desktop.ui.timekeeper.console import TimekeeperConsole

from .helpers import open_window, press, settle

K = Qt.Key


def state_of(console: TimekeeperConsole) -> RunState | None:
    return console.view.state if console.view else None


def sensor(app, track_id: str, host_ms: float, sequence: int) -> str:  # type: ignore[no-untyped-def]
    """One trigger from a sensor's reader thread (not the UI thread), as a real source delivers it."""
    result: list[str] = []
    t = threading.Thread(
        target=lambda: result.append(
            app.race_control.handle_crossing(
                track_id, Crossing("simulator", "1", host_ms, int(host_ms), "sim-clock", sequence)
            ).value
        )
    )
    t.start()
    t.join()
    return result[0]


def test_a_whole_run_by_keys(qtbot, window, app, event):  # type: ignore[no-untyped-def]
    main, ctx = window
    console: TimekeeperConsole = main.page("timekeeper")
    track = event.tracks[0].track_id
    console.setFocus()
    qtbot.waitUntil(lambda: console.picker.model.rowCount() == 3)

    # pick the racer: N jumps to the search, type, Enter puts them on track
    press(qtbot, console, K.Key_N)
    assert console.picker.search.hasFocus()
    qtbot.keyClicks(console.picker.search, "com")
    press(qtbot, console, K.Key_Return)
    qtbot.waitUntil(lambda: state_of(console) is RunState.READY)
    qtbot.waitUntil(lambda: console.board.racer_name.text() == "Comet")
    assert console.hasFocus()

    # Space starts; two resets make the first lap invalid (one allowed)
    press(qtbot, console, K.Key_Space)
    qtbot.waitUntil(lambda: state_of(console) is RunState.RUNNING)
    assert console.board._frame.isActive()
    press(qtbot, console, K.Key_R)
    press(qtbot, console, K.Key_R)
    qtbot.waitUntil(lambda: console.board.resets_value.text() == "2")
    press(qtbot, console, K.Key_R, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: console.board.resets_value.text() == "1")
    press(qtbot, console, K.Key_R)
    # a lap key sooner than the minimum lap time (2 s) is no lap; once the lap is long enough, L counts
    press(qtbot, console, K.Key_L)
    qtbot.waitUntil(lambda: console.short_lap.isVisible())
    assert console.lap_model.rowCount() == 0
    assert (
        "after the lap began: not counted (the minimum lap time is 2.000 s)" in console.short_lap.label.text()
    )
    lap_start = console.view.run.lap_start.host_ms
    qtbot.waitUntil(lambda: app.race_control.now() - lap_start > 2_050)
    press(qtbot, console, K.Key_L)
    qtbot.waitUntil(lambda: console.lap_model.rowCount() == 1)
    qtbot.waitUntil(lambda: not console.short_lap.isVisible())  # the operation's own view takes it away
    lap1 = console.lap_model.rows[0]
    assert (lap1.resets, lap1.valid) == (2, False)
    qtbot.waitUntil(lambda: console.board.resets_value.text() == "0")  # redrawn after the lap row

    # the clocks move by themselves, computed from the run's state (the frame rate is measured in
    # bench/ui_latency.py; here only that they keep repainting with no input at all)
    before = console.board.lap_clock.paints, console.board.time_left.paints
    qtbot.waitUntil(lambda: console.board.lap_clock.paints - before[0] >= 15)
    qtbot.waitUntil(lambda: console.board.time_left.paints - before[1] >= 3)
    assert console.board.lap_clock.text() != "–"

    # the simulated sensor adds a lap from its own thread; a second trigger right after is debounced
    now = app.race_control.now()
    assert sensor(app, track, now + 9_000, 1) == "lap"
    assert sensor(app, track, now + 9_400, 2) == "debounced"
    qtbot.waitUntil(lambda: console.lap_model.rowCount() == 2)
    qtbot.waitUntil(lambda: console.sensors.crossings.count() >= 2)
    qtbot.waitUntil(lambda: "DEBOUNCED" in console.sensors.crossings.item(0).text())
    qtbot.waitUntil(
        lambda: (
            "0.400 s after the lap began was treated as the same car (debounced)" in console.op_message.text()
        )
    )
    assert console.lap_model.rows[1].time_ms >= 9_000
    # the log measures from the trigger that began the lap: the lap's own time, not from the last trigger
    lap_ms = console.lap_model.rows[1].time_ms
    assert f"+{lap_ms / 1000:.3f} s" in console.sensors.crossings.item(1).text()

    # V toggles the selected (else the last) lap's validity, and back
    press(qtbot, console, K.Key_V)
    qtbot.waitUntil(lambda: console.lap_model.rows[1].valid is False)
    press(qtbot, console, K.Key_V)
    qtbot.waitUntil(lambda: console.lap_model.rows[1].valid is True)

    # DNF records the lap in progress as invalid and pauses
    press(qtbot, console, K.Key_D)
    qtbot.waitUntil(lambda: state_of(console) is RunState.PAUSED)
    qtbot.waitUntil(lambda: console.lap_model.rowCount() == 3)
    assert console.lap_model.rows[2].valid is False

    # Backspace (undo false finish) merges it back into the running lap
    press(qtbot, console, K.Key_Backspace)
    qtbot.waitUntil(lambda: console.lap_model.rowCount() == 2)

    # Space resumes; Enter at once is too soon for a lap, and A counts it anyway
    press(qtbot, console, K.Key_Space)
    qtbot.waitUntil(lambda: state_of(console) is RunState.RUNNING)
    press(qtbot, console, K.Key_Return)
    qtbot.waitUntil(lambda: console.short_lap.isVisible())
    assert console.lap_model.rowCount() == 2
    qtbot.waitUntil(
        lambda: console.sensors.crossings.item(0).text().split()[1:4] == ["keyboard", "lap", "DEBOUNCED"]
    )
    press(qtbot, console, K.Key_A)
    qtbot.waitUntil(lambda: console.lap_model.rowCount() == 3)
    qtbot.waitUntil(lambda: not console.short_lap.isVisible())

    # E asks first; Esc keeps racing; E E ends the run
    press(qtbot, console, K.Key_E)
    assert console.confirm.isVisible()
    press(qtbot, console, K.Key_Escape)
    assert not console.confirm.isVisible()
    settle(qtbot, ctx)
    assert state_of(console) is RunState.RUNNING
    press(qtbot, console, K.Key_E)
    press(qtbot, console, K.Key_E)
    qtbot.waitUntil(lambda: state_of(console) is RunState.OVER)
    assert not console.board._frame.isActive()

    # S submits: the console is free for the next racer and the leaderboard has the run
    press(qtbot, console, K.Key_S)
    qtbot.waitUntil(lambda: console.view is None)
    qtbot.waitUntil(lambda: console.board.racer_name.text() == "No racer on track")
    rows = app.leaderboards.rows(event.event_id, COMBINED, "fastest")
    assert [r.username for r in rows] == ["comet"]
    assert rows[0].valid_laps == 2 and rows[0].invalid_laps == 1
    qtbot.waitUntil(lambda: console.picker.model.runs_text(rows[0].racer_id) == "1 / 2")


def test_max_runs_override_is_asked_and_recorded(qtbot, window, app, event):  # type: ignore[no-untyped-def]
    main, ctx = window
    console: TimekeeperConsole = main.page("timekeeper")
    track = event.tracks[0].track_id
    racer = app.racers.by_username("speedy")
    for _ in range(2):
        app.race_control.prepare(event.event_id, track, racer.racer_id, event.config)
        app.race_control.submit(track)
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: console.picker.model.runs_text(racer.racer_id) == "2 / 2")
    console.setFocus()
    press(qtbot, console, K.Key_N)
    qtbot.keyClicks(console.picker.search, "speedy")
    press(qtbot, console, K.Key_Return)
    qtbot.waitUntil(lambda: console.picker.override.isVisible())
    assert "2 of 2" in console.picker.override.label.text()
    assert console.view is None
    assert console.picker.override_reason.hasFocus()
    qtbot.keyClicks(console.picker.override_reason, "sensor failed in run 2")
    press(qtbot, console, K.Key_Return)
    qtbot.waitUntil(lambda: state_of(console) is RunState.READY)
    assert not console.picker.override.isVisible()
    runs = app.race_admin.runs(event.event_id, track)
    assert runs[-1].max_runs_override == "sensor failed in run 2"


def test_keys_type_into_the_search_box_instead_of_operating(qtbot, window, app, event):  # type: ignore[no-untyped-def]
    main, ctx = window
    console: TimekeeperConsole = main.page("timekeeper")
    console.setFocus()
    press(qtbot, console, K.Key_N)
    qtbot.keyClicks(console.picker.search, "s r e")
    assert console.picker.search.text() == "s r e"
    settle(qtbot, ctx)
    assert console.view is None
    assert not console.confirm.isVisible()
    press(qtbot, console, K.Key_Escape)
    assert console.hasFocus()


def test_restart_mid_run_restores_the_run(qtbot, data_dir, app, event):  # type: ignore[no-untyped-def]
    track = event.tracks[0].track_id
    racer = app.racers.by_username("apex")
    rc = app.race_control
    rc.prepare(event.event_id, track, racer.racer_id, event.config)
    now = rc.now()
    for i, at in enumerate((now - 40_000, now - 28_000, now - 15_000)):
        rc.handle_crossing(track, Crossing("simulator", "1", at, int(at), "sim", i))
    rc.add_reset(track)
    left_before = rc.view(track).time_left_ms()
    app.close()  # the laptop's app stops mid-run (not ended, not submitted)

    from drem_desktop.app import App

    again = App(data_dir, backup_at_start=False)
    try:
        main, ctx = open_window(qtbot, again)
        console: TimekeeperConsole = main.page("timekeeper")
        qtbot.waitUntil(lambda: state_of(console) is RunState.RUNNING)
        assert console.board.racer_name.text() == "Apex"
        assert [lap.time_ms for lap in console.lap_model.rows] == [12_000, 13_000]
        assert console.board.resets_value.text() == "1"
        assert console.board._frame.isActive()
        # the trigger log is read back from the stored triggers (newest first), not only kept in memory
        log = console.sensors.crossings
        qtbot.waitUntil(lambda: log.count() == 3)
        lines = [log.item(i).text().split() for i in range(3)]
        # stored triggers show the local time of day they were logged (a few seconds ago)
        recent = {(datetime.now() - timedelta(seconds=s)).strftime("%H:%M:%S") for s in range(120)}
        assert all(line[0] in recent for line in lines), lines
        assert [line[3] for line in lines] == ["#2", "#1", "#0"]
        assert [line[4] for line in lines] == ["LAP", "LAP", "STARTED"]
        assert lines[0][5:] == ["+13.000", "s"] and lines[1][5:] == ["+12.000", "s"]
        left = console.view.time_left_ms()
        assert left is not None and left <= left_before
        assert 180_000 - 40_000 - 5_000 < left < 180_000 - 40_000 + 1_000
        console.setFocus()
        press(qtbot, console, K.Key_L)
        qtbot.waitUntil(lambda: console.lap_model.rowCount() == 3)
        main.close()
        ctx.close()
    finally:
        again.close()


def test_discard_and_submit_while_running_ask_first(qtbot, window, app, event):  # type: ignore[no-untyped-def]
    main, ctx = window
    console: TimekeeperConsole = main.page("timekeeper")
    track = event.tracks[0].track_id
    racer = app.racers.by_username("comet")
    app.race_control.prepare(event.event_id, track, racer.racer_id, event.config)
    console.refresh_view()
    qtbot.waitUntil(lambda: state_of(console) is RunState.READY)
    console.setFocus()
    press(qtbot, console, K.Key_Space)
    qtbot.waitUntil(lambda: state_of(console) is RunState.RUNNING)
    press(qtbot, console, K.Key_L)  # too soon after the start to be a lap: A counts it anyway
    press(qtbot, console, K.Key_A)
    qtbot.waitUntil(lambda: console.lap_model.rowCount() == 1)

    # X asks; any other operation key cancels the question and does its own job
    press(qtbot, console, K.Key_X)
    assert console.confirm.isVisible() and "Discard this run?" in console.confirm.label.text()
    press(qtbot, console, K.Key_R)
    assert not console.confirm.isVisible()
    qtbot.waitUntil(lambda: console.board.resets_value.text() == "1")

    # S on a running run asks too (it would end the lap in progress); S again ends and submits
    press(qtbot, console, K.Key_S)
    assert console.confirm.isVisible() and "still going" in console.confirm.label.text()
    press(qtbot, console, K.Key_S)
    qtbot.waitUntil(lambda: console.view is None)
    assert app.race_admin.runs(event.event_id, track)[-1].state == "submitted"

    # a second run discarded with X X leaves the leaderboard as it was
    app.race_control.prepare(event.event_id, track, racer.racer_id, event.config)
    console.refresh_view()
    qtbot.waitUntil(lambda: state_of(console) is RunState.READY)
    press(qtbot, console, K.Key_Space)
    press(qtbot, console, K.Key_L)
    press(qtbot, console, K.Key_A)
    qtbot.waitUntil(lambda: console.lap_model.rowCount() == 1)
    press(qtbot, console, K.Key_X)
    press(qtbot, console, K.Key_X)
    qtbot.waitUntil(lambda: console.view is None)
    settle(qtbot, ctx)
    rows = app.leaderboards.rows(event.event_id, track, "fastest")
    assert rows[0].runs == 1 and rows[0].valid_laps == 1


def test_keys_work_while_the_leaderboard_window_has_the_focus(qtbot, window, app, event):  # type: ignore[no-untyped-def]
    """The timekeeper clicked the projector window: the console's keys still time the run from there, the
    board keeps its own keys, N goes back to the console to type a name, and typing there still types."""
    main, _ctx = window
    console: TimekeeperConsole = main.page("timekeeper")
    board = main.show_leaderboard()
    qtbot.waitExposed(board)
    board.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is board)

    press(qtbot, board, K.Key_N)  # naming the next racer means typing: the console comes forward
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main and console.picker.search.hasFocus())
    qtbot.keyClicks(console.picker.search, "apex")
    assert console.picker.search.text() == "apex"  # letters type in the console, they do not operate
    press(qtbot, console, K.Key_Return)
    qtbot.waitUntil(lambda: state_of(console) is RunState.READY)

    board.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is board)
    press(qtbot, board, K.Key_Space)
    qtbot.waitUntil(lambda: state_of(console) is RunState.RUNNING)
    press(qtbot, board, K.Key_R)
    qtbot.waitUntil(lambda: console.board.resets_value.text() == "1")
    press(qtbot, board, K.Key_L)  # too soon for a lap; A counts it, from the board as well
    press(qtbot, board, K.Key_A)
    # the lap table and the resets counter redraw on their own: wait for both (the lap clears the resets)
    qtbot.waitUntil(lambda: console.lap_model.rowCount() == 1 and console.board.resets_value.text() == "0")
    track_before = board.track
    press(qtbot, board, K.Key_T)  # the board's own key: next board, not a timekeeper operation
    qtbot.waitUntil(lambda: board.track != track_before)
    assert console.lap_model.rowCount() == 1 and console.board.resets_value.text() == "0"

    press(qtbot, board, K.Key_E)  # ending asks first, and the same key answers from the board too
    qtbot.waitUntil(lambda: console.confirm.isVisible())
    assert state_of(console) is RunState.RUNNING
    press(qtbot, board, K.Key_E)
    qtbot.waitUntil(lambda: state_of(console) is RunState.OVER)


def test_a_key_press_redraws_from_what_the_operation_returned(qtbot, window, app, event):  # type: ignore[no-untyped-def]
    """The operation's own RunView (and its change) redraws the console: the bus events it caused are
    recognised as its own and read nothing again; a change from elsewhere still does."""
    main, ctx = window
    console: TimekeeperConsole = main.page("timekeeper")
    track = event.tracks[0].track_id
    racer = app.racers.by_username("comet")
    app.race_control.prepare(event.event_id, track, racer.racer_id, event.config)
    app.race_control.start(track)
    qtbot.waitUntil(lambda: state_of(console) is RunState.RUNNING)
    settle(qtbot, ctx)
    reads: list[str] = []
    original = app.race_control.view

    def counted(track_id: str):  # type: ignore[no-untyped-def]
        reads.append(track_id)
        return original(track_id)

    app.race_control.view = counted
    try:
        console.setFocus()
        press(qtbot, console, K.Key_R)
        qtbot.waitUntil(lambda: console.board.resets_value.text() == "1")
        settle(qtbot, ctx)
        assert reads == []  # nothing read again for our own key press
        app.race_control.add_reset(track)  # the same run changed from elsewhere (another screen, a script)
        qtbot.waitUntil(lambda: console.board.resets_value.text() == "2")
        assert reads  # that one is read
    finally:
        app.race_control.view = original


def test_space_just_after_the_sensor_started_the_run_keeps_it_running(qtbot, window, app, event):  # type: ignore[no-untyped-def]
    main, _ctx = window
    console: TimekeeperConsole = main.page("timekeeper")
    track = event.tracks[0].track_id
    racer = app.racers.by_username("speedy")
    app.race_control.prepare(event.event_id, track, racer.racer_id, event.config)
    qtbot.waitUntil(lambda: state_of(console) is RunState.READY)
    console.setFocus()
    assert sensor(app, track, app.race_control.now(), 1) == "started"
    press(qtbot, console, K.Key_Space)  # the timekeeper meant to start it too
    qtbot.waitUntil(lambda: "so Space did not pause it" in console.op_message.text())
    assert state_of(console) is RunState.RUNNING
    assert "Press Space again to pause" in console.op_message.text()
    press(qtbot, console, K.Key_Space)
    qtbot.waitUntil(lambda: state_of(console) is RunState.PAUSED)


def test_submit_says_the_rank_and_discard_clears_the_stale_message(qtbot, window, app, event):  # type: ignore[no-untyped-def]
    main, ctx = window
    console: TimekeeperConsole = main.page("timekeeper")
    track = event.tracks[0].track_id
    drive = app.racers.by_username
    app.race_control.prepare(event.event_id, track, drive("apex").racer_id, event.config)
    qtbot.waitUntil(lambda: state_of(console) is RunState.READY)
    console.setFocus()

    # picking while a run is on the track is refused in red ...
    press(qtbot, console, K.Key_N)
    qtbot.keyClicks(console.picker.search, "comet")
    press(qtbot, console, K.Key_Return)
    qtbot.waitUntil(lambda: "Track already has a run in progress" in console.picker.message.text())
    press(qtbot, console, K.Key_Escape)
    # ... and discarding that run takes the stale message away and says what happened
    press(qtbot, console, K.Key_X)
    press(qtbot, console, K.Key_X)
    qtbot.waitUntil(lambda: console.view is None)
    qtbot.waitUntil(lambda: "Discarded" in console.op_message.text())
    assert console.picker.message.text() == ""

    # a submitted run says where it put the racer
    app.race_control.prepare(event.event_id, track, drive("comet").racer_id, event.config)
    qtbot.waitUntil(lambda: state_of(console) is RunState.READY)
    now = app.race_control.now()
    assert sensor(app, track, now - 11_402, 1) == "started"
    assert sensor(app, track, now, 2) == "lap"
    qtbot.waitUntil(lambda: console.lap_model.rowCount() == 1)
    press(qtbot, console, K.Key_S)
    press(qtbot, console, K.Key_S)
    qtbot.waitUntil(lambda: "Submitted" in console.op_message.text())
    assert console.op_message.text() == "Submitted: rank 1 of 1, best 11.402"
    settle(qtbot, ctx)


def test_nothing_on_the_console_is_cut_off(qtbot, window, app, event):  # type: ignore[no-untyped-def]
    """Laps of minutes, the proxy box, the no-model line and the override reason are readable whole; the
    End question leaves the clocks their size."""
    from PySide6.QtGui import QFontMetrics

    main, ctx = window
    main.resize(1280, 800)
    console: TimekeeperConsole = main.page("timekeeper")
    track = event.tracks[0].track_id
    apex = app.racers.by_username("apex")
    app.race_control.prepare(event.event_id, track, apex.racer_id, event.config)
    now = app.race_control.now()
    assert sensor(app, track, now - 70_000, 1) == "started"
    assert sensor(app, track, now - 2_877, 2) == "lap"  # 1:07.123
    qtbot.waitUntil(lambda: console.lap_model.rowCount() == 1)
    settle(qtbot, ctx)

    table = console.lap_table
    assert console.lap_model.index(0, 1).data() == "1:07.123"
    time_font = console.lap_model.index(0, 1).data(Qt.ItemDataRole.FontRole)
    assert table.columnWidth(1) >= QFontMetrics(time_font).horizontalAdvance("1:07.123") + 8
    head = QFontMetrics(table.horizontalHeader().font())
    for col, title in enumerate(console.lap_model.HEADERS):
        assert table.columnWidth(col) >= head.horizontalAdvance(title) + 8, title
    box = console.picker.proxy_box
    assert box.width() >= box.sizeHint().width()
    combo = console.car_panel.model
    qtbot.waitUntil(lambda: combo.count() > 0)
    assert combo.fontMetrics().horizontalAdvance(combo.currentText()) + 30 <= combo.width()

    clock = console.board.time_left.height()
    console.setFocus()
    press(qtbot, console, K.Key_E)
    assert console.confirm.isVisible()
    QApplication.processEvents()
    assert console.board.time_left.height() == clock  # the question lies over the car card instead
    assert console.confirm.geometry() == console.car_panel.geometry()
    press(qtbot, console, K.Key_Escape)

    # a racer out of runs: the reason field for the extra run gets the card's width
    app.race_control.discard(track)
    qtbot.waitUntil(lambda: console.view is None)
    app.race_control.prepare(event.event_id, track, apex.racer_id, event.config)
    app.race_control.submit(track)
    app.race_control.prepare(event.event_id, track, apex.racer_id, event.config)
    app.race_control.submit(track)
    qtbot.waitUntil(lambda: console.picker.model.runs_text(apex.racer_id) == "2 / 2")
    press(qtbot, console, K.Key_N)
    qtbot.keyClicks(console.picker.search, "apex")
    press(qtbot, console, K.Key_Return)
    qtbot.waitUntil(lambda: console.picker.override.isVisible())
    assert console.picker.override_reason.width() >= 0.8 * console.picker.override.width()
