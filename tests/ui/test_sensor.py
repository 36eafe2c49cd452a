"""A lap sensor on a real pseudo-terminal (the timing area's simulator), chosen in Settings and timing the
run in the timekeeper console: status, sensor-clock laps, debounce and a sequence gap all reach the screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from drem_desktop.domain.run import RunState
from drem_desktop.timing.simulator import SimulatedSensor
from drem_desktop.ui.settings.page import SettingsPage
from drem_desktop.ui.timekeeper.console import TimekeeperConsole

from .helpers import press, settle


def test_sensor_chosen_in_settings_times_the_run(qtbot, window, app, event, tmp_path: Path):  # type: ignore[no-untyped-def]
    main, ctx = window
    sim = SimulatedSensor(tmp_path / "ttyDREM", ring=1, heartbeat_s=0.2, seed=3)
    sim.plug()
    try:
        settings: SettingsPage = main.show_page("settings")
        settle(qtbot, ctx)
        qtbot.waitUntil(lambda: len(getattr(settings, "sensor_edits", {})) == 2)
        combo, detail = settings.sensor_edits[event.tracks[0].track_id]
        combo.setCurrentIndex(combo.findData("port"))
        settings.save_sensors_button.click()
        assert "Type the serial port" in settings.sensor_message.text()  # nothing typed yet
        detail.setText(sim.path)
        settings.save_sensors_button.click()
        qtbot.waitUntil(lambda: "running" in settings.sensor_message.text(), timeout=10_000)
        assert app.sensors.remembered(event.tracks[0].track_id) == sim.path

        console: TimekeeperConsole = main.show_page("timekeeper")
        qtbot.waitUntil(lambda: "Connected" in console.sensors.label.text(), timeout=10_000)
        console.setFocus()
        press(qtbot, console, Qt.Key.Key_N)
        qtbot.keyClicks(console.picker.search, "apex")
        press(qtbot, console, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: console.view is not None and console.view.state is RunState.READY)

        sim.trigger(at_ms=100_000)  # the car crosses the line: the first trigger starts the run
        qtbot.waitUntil(
            lambda: console.view is not None and console.view.state is RunState.RUNNING, timeout=10_000
        )
        sim.trigger(at_ms=112_345)
        qtbot.waitUntil(lambda: console.lap_model.rowCount() == 1, timeout=10_000)
        assert console.lap_model.rows[0].time_ms == 12_345  # timed by the sensor's clock
        assert console.lap_model.rows[0].source.value == "sensor"

        sim.trigger(at_ms=112_900)  # the same car on the second strip: debounced, shown, no lap
        log = console.sensors.crossings
        qtbot.waitUntil(
            lambda: any("DEBOUNCED" in log.item(i).text() for i in range(log.count())),
            timeout=10_000,
        )
        assert console.lap_model.rowCount() == 1

        sim.trigger(at_ms=124_000, lose=True)  # a trigger that never arrives (and cannot be resent)
        sim.trigger(at_ms=136_000)
        qtbot.waitUntil(lambda: console.sensors.gap_banner.isVisible(), timeout=10_000)
        assert "never arrived" in console.sensors.gap_banner.label.text()
        qtbot.waitUntil(lambda: console.lap_model.rowCount() == 2, timeout=10_000)
    finally:
        app.sensors.stop_all()
        sim.close()


def test_each_track_has_its_own_lap_source_and_status_row(qtbot, window, app, event, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Two simulated sensors on two real pseudo-terminals, one per track: Settings hands each spec to the
    track sensors service, shows each track's status on its own row, and a bad spec changes nothing."""
    main, ctx = window
    one, two = (t.track_id for t in event.tracks)
    sims = [SimulatedSensor(tmp_path / f"tty{n}", ring=1, heartbeat_s=0.2, seed=n) for n in (1, 2)]
    for sim in sims:
        sim.plug()
    try:
        settings: SettingsPage = main.show_page("settings")
        qtbot.waitUntil(lambda: len(settings.sensor_edits) == 2)
        qtbot.waitUntil(lambda: settings.sensor_status[one].text() == "Keyboard only")
        for track, sim in zip((one, two), sims, strict=True):
            combo, detail = settings.sensor_edits[track]
            combo.setCurrentIndex(combo.findData("port"))
            detail.setText(sim.path)
        settings.save_sensors_button.click()
        assert "Opening" in settings.sensor_message.text()  # the ports open on a worker, not here
        qtbot.waitUntil(lambda: "running" in settings.sensor_message.text(), timeout=10_000)
        for track, sim in zip((one, two), sims, strict=True):
            assert app.sensors.remembered(track) == sim.path
            qtbot.waitUntil(
                lambda t=track, p=sim.path: (
                    "Connected" in settings.sensor_status[t].text() and p in settings.sensor_status[t].text()
                ),
                timeout=10_000,
            )

        # a line mode the sensor service does not know: refused with the track named, nothing changes
        combo, detail = settings.sensor_edits[two]
        detail.setText(sims[1].path + "?mode=bogus")
        settings.save_sensors_button.click()
        qtbot.waitUntil(lambda: "Unknown line mode" in settings.sensor_message.text(), timeout=10_000)
        assert settings.sensor_message.text().startswith(event.tracks[1].label)
        assert app.sensors.remembered(two) == sims[1].path
        assert app.sensors.status(two) is not None and app.sensors.status(two).connected

        # keyboard only: the source is closed and forgotten, the row says so
        combo.setCurrentIndex(combo.findData("manual"))
        settings.save_sensors_button.click()
        qtbot.waitUntil(lambda: "running" in settings.sensor_message.text(), timeout=10_000)
        assert app.sensors.remembered(two) is None
        # the row is refreshed on a worker after the message: wait for it, not for the message
        qtbot.waitUntil(lambda: settings.sensor_status[two].text() == "Keyboard only", timeout=10_000)
        assert "Connected" in settings.sensor_status[one].text()

        # the console shows the current track's source, found by track (not by source and port)
        console: TimekeeperConsole = main.show_page("timekeeper")
        qtbot.waitUntil(lambda: sims[0].path in console.sensors.label.text(), timeout=10_000)
        ctx.current.set(ctx.current.event_info, two)
        qtbot.waitUntil(lambda: "Keyboard only" in console.sensors.label.text(), timeout=10_000)
    finally:
        app.sensors.stop_all()
        for sim in sims:
            sim.close()
