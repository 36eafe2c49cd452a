"""The timekeeper's car card on real parts: race control on the test's SQLite file, the real car service,
and for the load a fake car (OpenSSH's sshd on loopback, tests/cars/fake_car.py) with the fake web console
(tests/cars/fake_console.py) that answers the "load this model" call. Keys are pressed as a timekeeper
would."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from cars.fake_car import FakeCar, free_port
from cars.fake_console import FakeConsole
from PySide6.QtCore import Qt

from drem_desktop.app import App
from drem_desktop.cars.credentials import CarCredentials, FileStore
from drem_desktop.cars.service import CarService
from drem_desktop.domain.model_records import ModelRecord
from drem_desktop.domain.run import RunState
from drem_desktop.models.archive import inspect_archive
from drem_desktop.models.sample import write_sample_model
from drem_desktop.ui.timekeeper.console import TimekeeperConsole

from .helpers import open_window, press, settle

K = Qt.Key


def put_on_track(qtbot, console: TimekeeperConsole, name: str) -> None:  # type: ignore[no-untyped-def]
    console.setFocus()
    qtbot.waitUntil(lambda: console.picker.model.rowCount() > 0)
    press(qtbot, console, K.Key_N)
    qtbot.keyClicks(console.picker.search, name)
    press(qtbot, console, K.Key_Return)
    qtbot.waitUntil(lambda: console.view is not None and console.view.state is RunState.READY)
    qtbot.waitUntil(console.hasFocus)


def name_car(qtbot, console: TimekeeperConsole, typed: str) -> None:  # type: ignore[no-untyped-def]
    """C jumps to the car field; the typed name is applied with Enter."""
    press(qtbot, console, K.Key_C)
    assert console.car_panel.car.lineEdit().hasFocus()
    qtbot.keyClicks(console.car_panel.car.lineEdit(), typed)
    press(qtbot, console, K.Key_Return)


def file_credentials(app: App, folder: Path) -> None:
    """The app's car service with passwords in a file instead of the OS keyring (a headless CI machine has
    none, and a developer's keyring must not collect test cars)."""
    registry = app.cars.registry
    app.cars.close()
    app.cars = CarService(
        folder,
        app.bus,
        credentials=FileStore(folder / "creds.json"),
        loop=app.service_loop,
        registry=registry,
    )


def racer_model(app: App, username: str, folder: Path, seed: int = 0, size: int = 0) -> ModelRecord:
    racer = app.racers.by_username(username)
    intake = app.models.import_file(
        write_sample_model(folder / "speedy-v3.tar.gz", seed=seed, pb_size=size), racer.racer_id
    )
    assert intake.model is not None, intake.message()
    return intake.model


def test_naming_the_car_is_kept_with_the_run_across_a_restart(qtbot, data_dir, app, event):  # type: ignore[no-untyped-def]
    track = event.tracks[0].track_id
    main, ctx = open_window(qtbot, app)
    console: TimekeeperConsole = main.page("timekeeper")
    panel = console.car_panel
    put_on_track(qtbot, console, "speedy")
    assert panel.car.isEnabled() and panel.car.currentText() == ""
    press(qtbot, console, K.Key_C)
    qtbot.keyClicks(panel.car.lineEdit(), "oops")
    press(qtbot, console, K.Key_Escape)  # leaves the field without naming anything
    assert console.hasFocus()
    settle(qtbot, ctx)
    assert app.race_control.view(track).car_name == ""

    # A car not found on the network yet is named as the car service keys it. Typing "AMSS" presses M
    # and C: while the field has the focus they type, they do not load a model or jump.
    name_car(qtbot, console, "AMSS-1234.local")
    qtbot.waitUntil(lambda: app.race_control.view(track).car_name == "amss-1234")
    qtbot.waitUntil(lambda: console.view is not None and console.view.car_name == "amss-1234")
    assert not panel.loading
    assert panel.car.currentText() == "amss-1234"
    assert "not found on the network yet" in panel.car_state.text()
    assert "amss-1234 drives this run" in panel.message.text()
    assert console.hasFocus()  # back to the console's keys
    press(qtbot, console, K.Key_Space)  # and they work: the run starts
    qtbot.waitUntil(lambda: console.view.state is RunState.RUNNING)
    assert not panel.load_button.isEnabled()  # never swap the model of a car that is racing
    main.close()
    ctx.close()
    app.close()

    again = App(data_dir, backup_at_start=False)
    try:
        main, ctx = open_window(qtbot, again)
        console = main.page("timekeeper")
        qtbot.waitUntil(lambda: console.view is not None and console.view.state is RunState.RUNNING)
        assert console.car_panel.car.currentText() == "amss-1234"
        races = main.show_page("races")
        qtbot.waitUntil(lambda: races.run_model.rowCount() == 1)
        assert races.run_model.index(0, races.run_model.HEADERS.index("Car")).data() == "amss-1234"
        settle(qtbot, ctx)
        main.close()
        ctx.close()
    finally:
        again.close()


@pytest.fixture
def fake_car(tmp_path: Path) -> Iterator[FakeCar]:
    if os.geteuid() != 0:
        pytest.skip("fake cars need root (sshd in a mount namespace)")
    car = FakeCar(serial="amss-ui01", base=tmp_path / "car").start()
    yield car
    car.close()


def test_load_puts_the_racers_model_on_the_car_and_selects_it(qtbot, window, app, event, fake_car, tmp_path):  # type: ignore[no-untyped-def]
    main, _ctx = window
    file_credentials(app, tmp_path / "cars")
    web = app.cars.loop.submit(
        FakeConsole(tmp_path / "console", models_dir=fake_car.artifacts, load_time=0.05).start()
    ).result(10)
    try:
        state = app.cars.add_car(
            fake_car.serial, address="127.0.0.1", ssh_port=fake_car.port, https_port=web.port
        )
        app.cars.set_credentials(
            state.key, CarCredentials(ssh_password="deepracer", console_password="console-pw")
        )
        app.cars.set_layout(state.key, etc=str(fake_car.base / "etc"))
        racer_model(app, "speedy", tmp_path, seed=1)
        newest = racer_model(app, "speedy", tmp_path, seed=2)  # a second upload: the newest is the default
        assert newest.name == "speedy-v3-2"

        console: TimekeeperConsole = main.page("timekeeper")
        panel = console.car_panel
        put_on_track(qtbot, console, "speedy")
        qtbot.waitUntil(lambda: panel.model.count() == 2)
        assert panel.chosen_model() == newest
        qtbot.waitUntil(lambda: panel.car.findText(state.key) >= 0)  # the live car list

        # M with no car named says what to do, and starts nothing
        press(qtbot, console, K.Key_M)
        assert "Name the car first" in panel.message.text() and not panel.loading

        name_car(qtbot, console, state.key)
        qtbot.waitUntil(lambda: console.view.car_name == state.key)
        shown: list[int] = []
        panel.progress.valueChanged.connect(shown.append)
        press(qtbot, console, K.Key_M)
        assert panel.loading  # started: one line of progress with Cancel, no second push
        assert panel.job_row.isVisible() and not panel.load_button.isEnabled()
        qtbot.waitUntil(lambda: not panel.loading, timeout=60_000)
        assert "installed over SSH and loaded" in panel.message.text(), panel.message.text()
        assert panel.message.property("kind") == "ok"
        assert not panel.job_row.isVisible() and panel.load_button.isEnabled()
        assert 1000 in shown, shown  # the copy's progress was shown up to 100 %
        assert fake_car.models() == [newest.name]  # on the car: the checked, installed folder
        assert web.loaded == newest.name  # and selected there through the car's console
        qtbot.waitUntil(lambda: app.models.rows.get(newest.model_id).status == "on_car")  # the library knows
    finally:
        app.cars.loop.submit(web.stop()).result(10)
        app.cars.close()


def test_a_refused_archive_shows_the_validators_reason(qtbot, window, app, event, tmp_path):  # type: ignore[no-untyped-def]
    """The library file was damaged after it was checked: the car service checks it again before any car
    is contacted (the car here listens nowhere) and the card says why in the validator's words."""
    main, _ctx = window
    file_credentials(app, tmp_path / "cars")
    try:
        state = app.cars.add_car("amss-ref", address="127.0.0.1", ssh_port=free_port())
        app.cars.set_credentials(state.key, CarCredentials(ssh_password="deepracer"))
        model = racer_model(app, "comet", tmp_path)
        damaged = app.models.path_of(model)
        damaged.write_bytes(b"not a tar archive at all")
        reasons = inspect_archive(damaged, damaged.name).reasons
        assert reasons

        console: TimekeeperConsole = main.page("timekeeper")
        panel = console.car_panel
        put_on_track(qtbot, console, "comet")
        qtbot.waitUntil(lambda: panel.chosen_model() == model)
        name_car(qtbot, console, "amss-ref")
        press(qtbot, console, K.Key_M)
        qtbot.waitUntil(
            lambda: not panel.loading and panel.message.property("kind") == "error", timeout=30_000
        )
        text = panel.message.text()
        assert "cannot be loaded onto car amss-ref" in text and reasons[0] in text, text
    finally:
        app.cars.close()


def test_cancel_stops_the_load_and_says_the_car_kept_what_it_had(
    qtbot, window, app, event, fake_car, tmp_path
):  # type: ignore[no-untyped-def]
    """Cancel pressed while the model (30 MB) is still being checked or copied: the load ends cancelled,
    in words, and the car has no model (no half-copied folder)."""
    main, _ctx = window
    file_credentials(app, tmp_path / "cars")
    try:
        state = app.cars.add_car(fake_car.serial, address="127.0.0.1", ssh_port=fake_car.port)
        app.cars.set_credentials(state.key, CarCredentials(ssh_password="deepracer", console_password="pw"))
        app.cars.set_layout(state.key, etc=str(fake_car.base / "etc"))
        racer_model(app, "apex", tmp_path, size=30_000_000)
        console: TimekeeperConsole = main.page("timekeeper")
        panel = console.car_panel
        put_on_track(qtbot, console, "apex")
        qtbot.waitUntil(lambda: panel.chosen_model() is not None)
        name_car(qtbot, console, state.key)
        press(qtbot, console, K.Key_M)
        qtbot.waitUntil(lambda: panel.job is not None and panel.cancel_button.isEnabled())
        panel.cancel_button.click()
        qtbot.waitUntil(lambda: not panel.loading, timeout=60_000)
        assert f"Cancelled on car {state.key}" in panel.message.text(), panel.message.text()
        assert panel.message.property("kind") == "warning"
        assert fake_car.models() == []
        assert panel.load_button.isEnabled()  # and it can be loaded again
    finally:
        app.cars.close()
