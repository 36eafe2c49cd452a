"""The tail light follows the run on a real fake car (sshd): racer's colour at the start, white at the end."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from drem_desktop.app import App
from drem_desktop.cars.credentials import CarCredentials
from drem_desktop.cars.events import CarJobFinished
from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.timing.crossing import Crossing

from .fake_car import FakeCar

MARIGOLD = "{red: 9999825, green: 5097950, blue: 0}"
WHITE = "{red: 9999825, green: 9999825, blue: 9999825}"


@pytest.fixture
def fake_car(tmp_path: Path) -> Iterator[FakeCar]:
    if os.geteuid() != 0:
        pytest.skip("fake cars need root (sshd in a mount namespace)")
    car = FakeCar(serial="amss-lite", base=tmp_path / "car").start()
    yield car
    car.close()


def led_calls(car: FakeCar) -> list[str]:
    return [c for c in car.calls() if "set_led_state" in c and not c.startswith("sudo")]


def wait_for_led(car: FakeCar, colour: str, count: int = 1, timeout: float = 30.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if sum(colour in c for c in led_calls(car)) >= count:
            return True
        time.sleep(0.05)
    return False


def test_tail_light_follows_the_run(data_dir: Path, fake_car: FakeCar) -> None:
    app = App(data_dir, backup_at_start=False)
    try:
        state = app.cars.add_car(fake_car.serial, address="127.0.0.1", ssh_port=fake_car.port)
        app.cars.set_credentials(state.key, CarCredentials(ssh_password="deepracer"))
        app.cars.set_layout(state.key, etc=str(fake_car.base / "etc"))
        event = app.events.create("Lights Cup", "2026-11-24", RaceConfig(), 1)
        racer = app.racers.add("ann", highlight_colour="marigold")
        track = event.tracks[0].track_id
        rc = app.race_control
        rc.prepare(event.event_id, track, racer.racer_id, event.config)
        rc.set_car(track, state.key)
        assert led_calls(fake_car) == []  # nothing happens before the run starts
        finished: list[CarJobFinished] = []
        app.bus.subscribe(CarJobFinished, finished.append)
        rc.handle_crossing(track, Crossing("serial", "1", rc.now(), 0, "c"))
        assert wait_for_led(fake_car, MARIGOLD), finished
        rc.submit(track)
        assert wait_for_led(fake_car, WHITE)
        assert app.race_admin.runs(event.event_id)[0].car_name == state.key
    finally:
        app.close()
