"""Race-day parts of the screens on real widgets over a real app: the leaderboard window at 1080p (15
whole rows, flags, gap to the next place, the race summary and up next), battery bars in Cars, the
call-out, tablet and car settings, and the run's car logs in Races."""

from __future__ import annotations

from PySide6.QtCore import Qt

from drem_desktop.cars.health import CarHealth
from drem_desktop.cars.roster import CarState
from drem_desktop.events import CarHealthChanged
from drem_desktop.services.speech import Speaker
from drem_desktop.ui.cars.page import CarTableModel
from drem_desktop.ui.leaderboard.window import LeaderboardWindow

from .helpers import settle
from .test_screens import drive_run


def test_leaderboard_window_at_1080p(qtbot, window, app, event):  # type: ignore[no-untyped-def]
    main, ctx = window
    track = event.tracks[0].track_id
    for i in range(20):
        name = f"rider{i:02d}"
        app.racers.add(
            name, display_name=f"Rider with a rather long name {i}", country_code="SE" if i % 2 else "GB"
        )
        drive_run(app, event, track, name, [10_000 + 37 * i])
    board: LeaderboardWindow = main.show_leaderboard()
    board.resize(1920, 1080)
    qtbot.waitExposed(board)
    qtbot.waitUntil(lambda: len(board.model.rows) == 20)
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: board.rows_shown() >= 15)
    row_h = board.table.verticalHeader().defaultSectionSize()
    assert board.table.viewport().height() % row_h == 0  # whole rows only: no row cut at the bottom
    assert board.model.index(1, 5).data() == "+0.037"  # to the next place
    assert board.model.index(1, 4).data() == "+0.037"  # to the leader
    assert board.model.index(3, 4).data() == "+0.111" and board.model.index(3, 5).data() == "+0.037"
    assert board.delegate.flag("SE") is not None and not board.delegate.flag("SE").isNull()
    assert board.delegate.flag("ZZ") is None
    image = board.grab().toImage()
    assert image.width() == 1920
    # the last run's summary shows under the board; with a racer queued and none on track after it, up next
    qtbot.waitUntil(
        lambda: (
            "rider19" in board.race_day.text() or "Rider with a rather long name 19" in board.race_day.text()
        )
    )
    assert "valid" in board.race_day.text() and "new on the board" in board.race_day.text()
    board.close()


def test_battery_bars_and_loaded_model_in_cars(qtbot, window, app, event):  # type: ignore[no-untyped-def]
    model = CarTableModel()
    model.set_cars(
        [CarState("amss-b1", battery=2, online=True), CarState("amss-b2", battery=10, online=True)]
    )
    battery = model.BATTERY
    assert model.index(0, battery).data() == "2/11"
    assert "Battery low" in model.index(0, battery).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, battery).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.index(0, battery).data(Qt.ItemDataRole.UserRole) == 2
    model.set_health(CarHealth("amss-b1", "amss-b1", True, 2, loaded_model="ann-1", expected_model="bob-2"))
    assert model.index(0, model.LOADED).data() == "ann-1 (queued racer's: bob-2)"
    model.set_health(CarHealth("amss-b2", "amss-b2", True, 10, loaded_model="cat-1", expected_model="cat-1"))
    assert model.index(1, model.LOADED).data() == "cat-1 ✓"

    main, ctx = window
    page = main.show_page("cars")
    state = app.cars.add_car("amss-b3", address="127.0.0.1")
    app.bus.publish(CarHealthChanged(CarHealth(state.key, "amss-b3", True, 1, loaded_model="x")))
    qtbot.waitUntil(lambda: page.model.health.get(state.key) is not None)
    settle(qtbot, ctx)


class Recorder:
    def __init__(self) -> None:
        self.said: list[str] = []

    def configure(self, rate: int | None, voice: str | None) -> None:
        pass

    def speak(self, text: str) -> None:
        self.said.append(text)


def test_race_day_settings(qtbot, window, app, event):  # type: ignore[no-untyped-def]
    main, ctx = window
    voice = Recorder()
    app.callouts.speaker.close()
    app.callouts.speaker = Speaker(lambda: voice)
    page = main.show_page("settings")
    rd = page.race_day
    qtbot.waitUntil(lambda: rd.pin_state.text() != "")
    assert "No PIN" in rd.pin_state.text()

    rd.callouts_on.setChecked(True)
    rd.templates["reset"].setText("reset {name}")  # not a field of this call-out: refused, nothing saved
    rd.save_callouts()
    qtbot.waitUntil(lambda: "not a field" in rd.callout_message.text())
    assert not app.callouts.settings.enabled
    rd.templates["reset"].setText("reset {resets} {of_allowed}")
    rd.kind_on["lap"].setChecked(False)
    rd.save_callouts()
    qtbot.waitUntil(lambda: app.callouts.settings.enabled)
    assert app.callouts.settings.templates["reset"] == "reset {resets} {of_allowed}"
    assert app.callouts.settings.on["lap"] is False
    rd.test_voice()
    qtbot.waitUntil(lambda: "Sample line said" in rd.callout_message.text())
    assert voice.said == ["This is the call-out voice. Lap 3, 12.35."]

    rd.pin.setText("12")
    rd.set_pin()
    qtbot.waitUntil(lambda: "4 to 12 digits" in rd.pin_message.text())
    assert not app.tablet_access.has_pin
    rd.pin.setText("2468")
    rd.set_pin()
    qtbot.waitUntil(lambda: app.tablet_access.has_pin)
    qtbot.waitUntil(lambda: rd.pin.text() == "" and "A PIN is set" in rd.pin_state.text())

    rd.logs.setChecked(True)
    qtbot.waitUntil(lambda: app.run_logs.automatic)
    rd.staging.setChecked(False)
    qtbot.waitUntil(lambda: app.db.get_setting("staging_enabled") is False)
    settle(qtbot, ctx)


def test_car_logs_listed_beside_the_run(qtbot, window, app, event):  # type: ignore[no-untyped-def]
    main, ctx = window
    track = event.tracks[0].track_id
    drive_run(app, event, track, "apex", [10_800])
    run = app.race_admin.runs(event.event_id)[0]
    folder = app.run_logs.folder(event.event_id)
    folder.mkdir(parents=True)
    (folder / f"{run.run_id}-amss-l1.tar.gz").write_bytes(b"x" * 2_000_000)
    page = main.show_page("races")
    qtbot.waitUntil(lambda: page.run_model.rowCount() == 1)
    page.runs.selectRow(0)
    qtbot.waitUntil(
        lambda: page.run_logs.files.count() == 1 and "amss-l1" in page.run_logs.files.item(0).text()
    )
    assert "2.0 MB" in page.run_logs.files.item(0).text()
    assert not page.run_logs.fetch.isEnabled()  # this run named no car
    settle(qtbot, ctx)
