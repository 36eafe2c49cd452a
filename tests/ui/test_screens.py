"""The leaderboard window, race admin, and the inline messages for bad input, on real widgets."""

from __future__ import annotations

import itertools
import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from drem_desktop.domain.leaderboard import COMBINED
from drem_desktop.domain.race_config import Ranking
from drem_desktop.timing.crossing import Crossing
from drem_desktop.ui.event.page import EventPage
from drem_desktop.ui.leaderboard.window import LeaderboardWindow
from drem_desktop.ui.race_admin.page import RaceAdminPage
from drem_desktop.ui.racers.page import RacersPage

from .helpers import open_window, settle


def drive_run(app, event, track_id: str, username: str, laps: list[int], submit: bool = True) -> None:  # type: ignore[no-untyped-def]
    """A run timed by the simulated sensor on a reader thread, the way a real source delivers crossings."""
    racer = app.racers.by_username(username)
    app.race_control.prepare(event.event_id, track_id, racer.racer_id, event.config)
    t = app.race_control.now() - sum(laps) - 1_000

    def feed() -> None:
        nonlocal t
        app.race_control.handle_crossing(track_id, Crossing("simulator", "1", t, int(t), "sim"))
        for lap in laps:
            t += lap
            app.race_control.handle_crossing(track_id, Crossing("simulator", "1", t, int(t), "sim"))

    thread = threading.Thread(target=feed)
    thread.start()
    thread.join()
    if submit:
        app.race_control.submit(track_id)


def test_leaderboard_window_updates_after_a_lap(qtbot, window, app, event):  # type: ignore[no-untyped-def]
    main, ctx = window
    track = event.tracks[0].track_id
    drive_run(app, event, track, "speedy", [11_000, 10_500])
    board: LeaderboardWindow = main.show_leaderboard()
    qtbot.waitExposed(board)
    qtbot.waitUntil(lambda: len(board.model.rows) == 1)
    assert board.model.rows[0].username == "speedy"
    assert board.title.text() == "Test Cup"
    assert board.footer_text.isHidden()

    # a new racer's lap arrives from the sensor thread: row, highlight and footer follow
    drive_run(app, event, track, "comet", [9_800], submit=False)
    qtbot.waitUntil(lambda: len(board.model.rows) == 2)
    assert [r.username for r in board.model.rows] == ["comet", "speedy"]
    assert board.model.index(0, 3).data() == "9.800"
    assert board.model.index(1, 4).data() == "+0.700"
    qtbot.waitUntil(lambda: board.model.highlight_id == board.model.rows[0].racer_id)
    assert board.model.highlight_strength() > 0.5
    qtbot.waitUntil(lambda: board.on_track[2].text() == "Comet")
    assert board.best_lap[2].text() == "9.800"

    # per track / combined and the average format are one key away; QR and footer follow the settings
    board.set_board(event.tracks[1].track_id, Ranking.BEST_LAP)
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: board.model.rows == [])
    board.set_board(COMBINED, Ranking.BEST_AVERAGE)
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: board.model.ranking is Ranking.BEST_AVERAGE and len(board.model.rows) == 2)
    assert board.model.headerData(3, Qt.Orientation.Horizontal) == "Average"
    # both have valid laps, neither a full window of 3: that is no average yet, not "no valid lap"
    assert [board.model.index(i, 3).data() for i in range(2)] == ["no 3-lap average yet"] * 2
    ctx.settings["leaderboard_url"] = "http://127.0.0.1:8080/leaderboard"
    ctx.settings["leaderboard_footer"] = "Sign up at the booth"
    board.refresh()
    settle(qtbot, ctx)
    assert board.qr.data == "http://127.0.0.1:8080/leaderboard" and not board.qr.isHidden()
    assert board.footer_text.text() == "Sign up at the booth"
    board.toggle_fullscreen()
    assert board.isFullScreen()
    board.toggle_fullscreen()
    assert not board.isFullScreen()


def test_race_admin_edits_change_the_leaderboard(qtbot, window, app, event):  # type: ignore[no-untyped-def]
    main, ctx = window
    track = event.tracks[0].track_id
    drive_run(app, event, track, "speedy", [11_000, 10_500])
    drive_run(app, event, track, "apex", [10_800, 10_900])
    board: LeaderboardWindow = main.show_leaderboard()
    qtbot.waitUntil(lambda: [r.username for r in board.model.rows] == ["speedy", "apex"])

    page: RaceAdminPage = main.show_page("races")
    qtbot.waitUntil(lambda: page.run_model.rowCount() == 2)
    row = next(i for i, r in enumerate(page.run_model.rows) if app.racers.get(r.racer_id).username == "apex")
    page.runs.selectRow(row)
    settle(qtbot, ctx)
    assert page.lap_model.rowCount() == 2

    # edit apex's first lap down to 9.9 s (as the delegate's editor commits it): apex takes the lead
    page.lap_model.setData(page.lap_model.index(0, 1), "9.9")
    qtbot.waitUntil(lambda: [r.username for r in board.model.rows] == ["apex", "speedy"])
    assert board.model.rows[0].fastest_lap_ms == 9_900
    qtbot.waitUntil(lambda: page.lap_model.rows and page.lap_model.rows[0].time_ms == 9_900)
    assert page.lap_model.rows[0].source == "edit"

    # the change is traceable in the history beside the table
    page.laps.selectRow(0)
    qtbot.waitUntil(lambda: "Lap 1: 2 recorded change(s)" in page.history.toPlainText())
    history = page.history.toPlainText()
    here = app.db.laptop_name()
    assert f"created: time 10.800 s, resets 0, valid yes, source sensor  — {here}" in history
    assert f"changed: time 10.800 s → 9.900 s, source sensor → edit  — {here}" in history
    assert "laptop " not in history  # by name, not by id

    # the run's own history: what changed in words, the clock saves of the run in progress folded
    page.runs.selectRow(1 - row)
    settle(qtbot, ctx)
    page.runs.selectRow(row)
    qtbot.waitUntil(lambda: page.history.toPlainText().startswith("Run:"))
    lines = page.history.toPlainText().splitlines()[1:]
    assert lines[0].split("  ", 1)[1] == f"created: state ready  — {here}"
    assert any("state ready → running" in line for line in lines)
    assert any("state over → submitted" in line for line in lines)
    saves = ["save(s) of the run in progress" in line for line in lines]
    assert not any(a and b for a, b in itertools.pairwise(saves))  # folded: never two in a row
    assert all("→" in line or "created" in line or "save(s) of the run in progress" in line for line in lines)

    # nonsense in the editor is refused inline and changes nothing
    page.lap_model.setData(page.lap_model.index(1, 1), "fast")
    assert "is not a lap time" in page.message.text()

    # invalidating the lap, deleting the run and restoring it move the board each time
    page.lap_model.setData(
        page.lap_model.index(0, 3), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
    )
    qtbot.waitUntil(lambda: [r.username for r in board.model.rows] == ["speedy", "apex"])
    page.delete_run.click()
    qtbot.waitUntil(lambda: [r.username for r in board.model.rows] == ["speedy"])
    qtbot.waitUntil(lambda: page.delete_run.text() == "Restore run")
    page.delete_run.click()
    qtbot.waitUntil(lambda: [r.username for r in board.model.rows] == ["speedy", "apex"])


def test_bad_racer_input_gets_an_inline_message(qtbot, window, app, tmp_path: Path):  # type: ignore[no-untyped-def]
    main, ctx = window
    page: RacersPage = main.show_page("racers")
    settle(qtbot, ctx)
    before = len(app.racers.list())
    page.add_button.click()
    assert "needs a username" in page.message.text() and page.message.isVisible()

    qtbot.keyClicks(page.username, "Speedy")
    qtbot.keyClick(page.username, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "taken" in page.message.text())
    assert len(app.racers.list()) == before

    page.username.setText("new_racer")
    page.display_name.setText("New Racer")
    page.add_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 1)
    assert "Registered new_racer" in page.message.text()
    assert page.username.text() == ""

    # cells are edited in place; a rename onto a taken username is refused in words and changes nothing
    row = next(i for i, r in enumerate(page.model.rows) if r.username == "new_racer")
    page.model.setData(page.model.index(row, 2), "de")
    qtbot.waitUntil(lambda: app.racers.by_username("new_racer").country_code == "DE")
    qtbot.waitUntil(lambda: page.model.rows[row].country_code == "DE")
    page.model.setData(page.model.index(row, 0), "apex")
    qtbot.waitUntil(lambda: "taken" in page.import_message.text())
    assert app.racers.by_username("new_racer").username == "new_racer"
    page.model.setData(page.model.index(row, 3), "plaid")
    assert "not a highlight colour" in page.import_message.text()

    # CSV import registers the good lines and names the refused ones
    csv_file = tmp_path / "racers.csv"
    csv_file.write_text(
        "Username;Display Name;Country;Colour\nzed;Zed;DE;lime\napex;Apex again;SE;red\n;;;\n"
    )
    page.import_csv(csv_file)
    qtbot.waitUntil(lambda: page.import_button.isEnabled() and "Imported" in page.import_message.text())
    assert "Imported 1 racer(s)" in page.import_message.text()
    assert "line 3" in page.import_message.text() and "taken" in page.import_message.text()
    assert app.racers.by_username("zed").country_code == "DE"
    bad = tmp_path / "bad.csv"
    bad.write_text("name_of_person,age\nbob,3\n")
    page.import_csv(bad)
    qtbot.waitUntil(
        lambda: page.import_button.isEnabled() and "no “username” column" in page.import_message.text()
    )


def test_nonsense_race_config_gets_an_inline_message(qtbot, window, app, event):  # type: ignore[no-untyped-def]
    main, ctx = window
    page: EventPage = main.show_page("event")
    settle(qtbot, ctx)
    assert page.editing is not None and page.editing.event_id == event.event_id

    page.race_time.setText("three minutes")
    page.max_runs.setText("-1")
    page.resets.setText("-4")
    page.save_button.click()
    text = page.message.text()
    assert "Race time “three minutes” is not a time" in text
    page.race_time.setText("3:00")
    page.save_button.click()
    text = page.message.text()
    assert "not a whole number" not in text  # a negative number is a number out of range
    assert "Max runs per racer must be at least 1" in text and "Resets allowed per lap must be 0" in text
    page.resets.setText("")
    page.max_runs.setText("lots")
    page.save_button.click()
    assert "Max runs per racer “lots” is not a whole number" in page.message.text()
    page.max_runs.setText("")
    page.event_date.setText("2026-13-45")
    page.save_button.click()
    qtbot.waitUntil(lambda: "“2026-13-45” is not a date" in page.message.text())
    page.event_date.setText(event.event_date)

    page.race_time.setText("3:00")
    page.max_runs.setText("")
    page.format.setCurrentIndex(page.format.findData("lap_count"))
    page.average_window.setValue(12)
    page.save_button.click()
    assert "needs the number of laps" in page.message.text()
    assert "average window must be 3 to 7" in page.message.text()
    settle(qtbot, ctx)
    assert app.events.get(event.event_id).config == event.config  # nothing changed

    page.new_event()
    page.save_button.click()
    assert "needs a name" in page.message.text()
    page.name.setText("Test Cup")
    page.average_window.setValue(3)
    page.format.setCurrentIndex(0)
    page.save_button.click()
    qtbot.waitUntil(lambda: "already exists" in page.message.text())

    # a good change is saved and shows in the top bar
    page.name.setText("Finals")
    page.format.setCurrentIndex(page.format.findData("lap_count"))
    page.laps_to_finish.setText("5")
    page.race_time.setText("")
    page.save_button.click()
    qtbot.waitUntil(lambda: ctx.current.event_info is not None and ctx.current.event_info.name == "Finals")
    assert ctx.current.event_info.config.laps_to_finish == 5
    assert main.event_label.text() == "Finals"
    qtbot.waitUntil(lambda: "Created “Finals”" in page.message.text())
    settle(qtbot, ctx)
    page.sponsor.setText("Acme")
    page.save_button.click()  # Save changes says so, and the reload that follows keeps it on screen
    qtbot.waitUntil(lambda: app.events.get(ctx.current.event_info.event_id).sponsor == "Acme")
    settle(qtbot, ctx)
    assert page.message.text() == "Saved the changes to “Finals”."

    # the upload code is changed here too: typed, or a new random one
    old_code = page.upload_code.text()
    assert old_code == app.events.get(ctx.current.event_info.event_id).upload_code
    page.upload_code.setText("bad code")
    page.save_button.click()
    qtbot.waitUntil(lambda: "must be 4 to 20 letters" in page.message.text())
    next(b for b in page.findChildren(QPushButton) if b.text() == "New code").click()
    new_code = page.upload_code.text()
    assert new_code != old_code and "press Save" in page.message.text()
    page.save_button.click()
    qtbot.waitUntil(lambda: app.events.get(ctx.current.event_info.event_id).upload_code == new_code)


def test_race_admin_deletes_a_lap_shows_it_and_restores_it(qtbot, window, app, event):  # type: ignore[no-untyped-def]
    main, ctx = window
    track = event.tracks[0].track_id
    drive_run(app, event, track, "apex", [10_800, 9_700, 10_900])
    board: LeaderboardWindow = main.show_leaderboard()
    qtbot.waitUntil(lambda: [r.fastest_lap_ms for r in board.model.rows] == [9_700])

    page: RaceAdminPage = main.show_page("races")
    qtbot.waitUntil(lambda: page.run_model.rowCount() == 1)
    page.runs.selectRow(0)
    settle(qtbot, ctx)
    page.delete_lap.click()  # nothing selected yet
    assert "Select the lap" in page.message.text()
    page.laps.selectRow(1)
    assert page.delete_lap.text() == "Delete lap"
    page.delete_lap.click()

    # the lap stops counting, and stays listed (struck through, not editable) with a way back
    qtbot.waitUntil(lambda: [r.fastest_lap_ms for r in board.model.rows] == [10_800])
    qtbot.waitUntil(lambda: "Lap 2 deleted" in page.message.text())
    qtbot.waitUntil(lambda: page.lap_model.rowCount() == 3 and page.lap_model.rows[1].deleted)
    assert [len(r.laps) for r in app.race_admin.runs(event.event_id)] == [2]
    assert page.lap_model.index(1, 4).data() == "deleted"
    assert page.lap_model.index(1, 1).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert not page.lap_model.flags(page.lap_model.index(1, 1)) & Qt.ItemFlag.ItemIsEditable
    page.show_deleted_laps.setChecked(False)
    qtbot.waitUntil(lambda: page.lap_model.rowCount() == 2)
    page.show_deleted_laps.setChecked(True)
    qtbot.waitUntil(lambda: page.lap_model.rowCount() == 3)

    page.laps.selectRow(1)
    qtbot.waitUntil(lambda: page.delete_lap.text() == "Restore lap")
    qtbot.waitUntil(lambda: f"deleted  — {app.db.laptop_name()}" in page.history.toPlainText())  # traceable
    page.delete_lap.click()
    qtbot.waitUntil(lambda: [r.fastest_lap_ms for r in board.model.rows] == [9_700])
    qtbot.waitUntil(lambda: "Lap 2 restored" in page.message.text())
    qtbot.waitUntil(
        lambda: page.lap_model.rowCount() == 3 and not any(lap.deleted for lap in page.lap_model.rows)
    )
    assert [len(r.laps) for r in app.race_admin.runs(event.event_id)] == [3]
    page.laps.selectRow(1)
    qtbot.waitUntil(lambda: f"restored  — {app.db.laptop_name()}" in page.history.toPlainText())


def test_a_lap_deleted_before_a_restart_is_listed_and_restores(qtbot, data_dir, app, event):  # type: ignore[no-untyped-def]
    """A lap deleted in an earlier session (here: another App on the same data folder, as after a restart
    or a sync from another laptop) is listed struck through and can be restored."""
    track = event.tracks[0].track_id
    drive_run(app, event, track, "apex", [10_800, 9_700, 10_900])
    (run,) = app.race_admin.runs(event.event_id)
    app.race_admin.delete_lap(run.run_id, run.laps[1].lap_id, True)
    app.close()

    from drem_desktop.app import App

    again = App(data_dir, backup_at_start=False)
    try:
        main, ctx = open_window(qtbot, again)
        page: RaceAdminPage = main.show_page("races")
        qtbot.waitUntil(lambda: page.run_model.rowCount() == 1)
        assert (
            page.run_model.index(0, page.run_model.HEADERS.index("Laps")).data() == "2 / 2"
        )  # the deleted lap does not count
        page.runs.selectRow(0)
        qtbot.waitUntil(lambda: page.lap_model.rowCount() == 3)
        assert [lap.deleted for lap in page.lap_model.rows] == [False, True, False]
        assert page.lap_model.index(1, 4).data() == "deleted"
        page.laps.selectRow(1)
        qtbot.waitUntil(lambda: page.delete_lap.text() == "Restore lap")
        page.delete_lap.click()
        qtbot.waitUntil(lambda: "Lap 2 restored" in page.message.text())
        qtbot.waitUntil(lambda: not any(lap.deleted for lap in page.lap_model.rows))
        assert [len(r.laps) for r in again.race_admin.runs(event.event_id)] == [3]
        main.close()
        ctx.close()
    finally:
        again.close()


def test_card_titles_stay_at_the_top_of_their_card(qtbot, window, app, event):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    main, ctx = window
    main.resize(1280, 800)
    page = main.show_page("event")
    settle(qtbot, ctx)
    heading = next(
        w for w in page.findChildren(QLabel) if w.text() == "Event" and w.objectName() == "Caption"
    )
    assert heading.y() < 24 and heading.height() <= 2 * heading.sizeHint().height()


def test_board_cuts_a_long_name_before_time_left_and_pages_whole_rows(qtbot, window, app, event):  # type: ignore[no-untyped-def]
    main, _ctx = window
    track = event.tracks[0].track_id
    for i in range(40):
        app.racers.add(f"r{i:02d}", display_name=f"Racer {i:02d}")
        drive_run(app, event, track, f"r{i:02d}", [10_000 + 37 * i])
    app.racers.add("longname", display_name="Maximilian Featherstonehaugh-Worthington the Third of Pembroke")
    drive_run(app, event, track, "longname", [20_000], submit=False)
    board: LeaderboardWindow = main.show_leaderboard()
    board.resize(1280, 720)
    qtbot.waitExposed(board)
    qtbot.waitUntil(lambda: len(board.model.rows) == 41)
    label = board.on_track[2]
    qtbot.waitUntil(lambda: label.text().startswith("Maximilian"))
    assert label.text().endswith("…") and label.toolTip().endswith("of Pembroke")
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width()
    assert (
        label.mapTo(board, label.rect().topRight()).x()
        < board.time_left[0].mapTo(board, board.time_left[0].rect().topLeft()).x()
    )

    # paging: every page starts on a whole row and ends on one
    table = board.table
    qtbot.waitUntil(lambda: table.viewport().height() % table.verticalHeader().defaultSectionSize() == 0)
    row_h = table.verticalHeader().defaultSectionSize()  # the board holds whole rows exactly
    tops = []
    for _ in range(8):
        board._autoscroll_pause_until = 0.0
        board._autoscroll()
        top = table.rowAt(0)
        tops.append(top)
        assert table.rowViewportPosition(top) == 0  # the top row is whole
        cut = table.rowAt(table.viewport().height() - 1)  # a row the bottom edge cuts is not painted
        if cut >= 0 and table.rowViewportPosition(cut) + row_h > table.viewport().height():
            rect = table.visualRect(board.model.index(cut, 1))
            image = table.viewport().grab(rect).toImage()
            assert image.pixelColor(rect.width() // 2, rect.height() // 2).name() == "#0b0d12"  # background
    assert max(tops) > 0 and 0 in tops[1:]  # it paged down and came back to the top
