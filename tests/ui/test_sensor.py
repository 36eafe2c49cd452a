"""A lap sensor on a real pseudo-terminal (the timing area's simulator), chosen in Settings and timing the
run in the timekeeper console: status, sensor-clock laps, debounce and a sequence gap all reach the screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from drem_desktop.domain.run import RunState
from drem_desktop.timing.simulator import SimulatedSensor
from drem_desktop.ui.settings_page import SettingsPage
from drem_desktop.ui.timekeeper import TimekeeperConsole

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
        qtbot.waitUntil(lambda: "Connected" in console.sensor_label.text(), timeout=10_000)
        console.setFocus()
        press(qtbot, console, Qt.Key.Key_N)
        qtbot.keyClicks(console.search, "apex")
        press(qtbot, console, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: console.view is not None and console.view.state is RunState.READY)

        sim.trigger(at_ms=100_000)  # the car crosses the line: the first trigger starts the run
        qtbot.waitUntil(
            lambda: console.view is not None and console.view.state is RunState.RUNNING, timeout=10_000
        )
        sim.trigger(at_ms=112_345)
        qtbot.waitUntil(lambda: console.lap_model.rowCount() == 1, timeout=10_000)
        assert console.lap_model.laps[0].time_ms == 12_345  # timed by the sensor's clock
        assert console.lap_model.laps[0].source.value == "sensor"

        sim.trigger(at_ms=112_900)  # the same car on the second strip: debounced, shown, no lap
        qtbot.waitUntil(
            lambda: any(
                "DEBOUNCED" in console.crossings.item(i).text() for i in range(console.crossings.count())
            ),
            timeout=10_000,
        )
        assert console.lap_model.rowCount() == 1

        sim.trigger(at_ms=124_000, lose=True)  # a trigger that never arrives (and cannot be resent)
        sim.trigger(at_ms=136_000)
        qtbot.waitUntil(lambda: console.gap_banner.isVisible(), timeout=10_000)
        assert "never arrived" in console.gap_banner.label.text()
        qtbot.waitUntil(lambda: console.lap_model.rowCount() == 2, timeout=10_000)
    finally:
        app.sensors.stop_all()
        sim.close()
