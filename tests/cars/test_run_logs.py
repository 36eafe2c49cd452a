"""Run logs from a fake car over sshd: when the run ends, the racer's ROS bag folders recorded since the
run started come into the event's folder, with progress, even though the car's clock is three hours off
(a venue with no internet has no time server); the event's archive carries them."""

from __future__ import annotations

import os
import tarfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from drem_desktop.app import App
from drem_desktop.cars.credentials import CarCredentials
from drem_desktop.cars.events import CarJobProgressed
from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.events import RunLogsFetched

from .fake_car import FakeCar

OFFSET_S = -3 * 3600  # the car believes it is three hours earlier


@pytest.fixture
def fake_car(tmp_path: Path) -> Iterator[FakeCar]:
    if os.geteuid() != 0:
        pytest.skip("fake cars need root (sshd in a mount namespace)")
    car = FakeCar(serial="amss-log1", base=tmp_path / "car")
    date = car.base / "bin" / "date"
    date.write_text(
        f'#!/bin/sh\nif [ "$1" = "+%s" ]; then echo $(( $(/bin/date +%s) + ({OFFSET_S}) )); '
        'else exec /bin/date "$@"; fi\n'
    )
    date.chmod(0o755)
    car.start()
    yield car
    car.close()


def bag(car: FakeCar, name: str, age_s: float, size: int) -> None:
    """A bag folder as the car writes it, stamped by the car's (wrong) clock."""
    folder = car.logs / name
    folder.mkdir()
    (folder / "bag_0.db3").write_bytes(os.urandom(size))
    (folder / "metadata.yaml").write_text("rosbag2_bagfile_information: {}\n")
    stamp = time.time() + OFFSET_S - age_s
    for p in (folder / "bag_0.db3", folder / "metadata.yaml", folder):
        os.utime(p, (stamp, stamp))


def test_the_runs_logs_arrive_when_it_ends(data_dir: Path, fake_car: FakeCar, tmp_path: Path) -> None:
    app = App(data_dir, backup_at_start=False)
    try:
        state = app.cars.add_car(fake_car.serial, address="127.0.0.1", ssh_port=fake_car.port)
        app.cars.set_credentials(state.key, CarCredentials(ssh_password="deepracer"))
        app.cars.set_layout(state.key, etc=str(fake_car.base / "etc"))
        app.cars.registry.set_loaded_model(state.key, "ann-fast")
        app.run_logs.automatic = True
        event = app.events.create("Logs Cup", "2026-11-24", RaceConfig(), 1)
        racer = app.racers.add("ann")
        track = event.tracks[0].track_id
        rc = app.race_control
        rc.prepare(event.event_id, track, racer.racer_id, event.config, car_name=state.key)
        bag(fake_car, "ann-fast-before", age_s=600, size=1000)  # an earlier run: not this one's
        rc.start(track)
        time.sleep(1.2)  # the car records while the racer drives
        bag(fake_car, "ann-fast-20261124-101500", age_s=0, size=3_000_000)
        bag(fake_car, "bob-slow-20261124-101500", age_s=0, size=1000)  # another model's bag
        progress: list[CarJobProgressed] = []
        fetched: list[RunLogsFetched] = []
        app.bus.subscribe(CarJobProgressed, progress.append)
        app.bus.subscribe(RunLogsFetched, fetched.append)
        view = rc.end(track)
        end = time.monotonic() + 60
        while not fetched:
            assert time.monotonic() < end, "no logs fetched"
            time.sleep(0.05)
        [result] = fetched
        assert result.ok, result.message
        [logs] = app.run_logs.logs_for(event.event_id, view.run_id)
        assert str(logs.path) == result.path and logs.car == state.key
        assert logs.path.parent == data_dir / "logs" / event.event_id
        with tarfile.open(logs.path) as tar:
            assert sorted(tar.getnames()) == [
                "ann-fast-20261124-101500",
                "ann-fast-20261124-101500/bag_0.db3",
                "ann-fast-20261124-101500/metadata.yaml",
            ]
        fetching = [p for p in progress if p.stage == "fetching logs" and p.total > 0]
        assert fetching and fetching[-1].total >= 3_000_000
        last = [p for p in progress if p.action == "fetch logs"][-1]
        assert last.done == last.total and last.stage == "logs fetched"
        assert any("/logging_pkg/stop_logging" in c for c in fake_car.calls())
        assert not list((data_dir / "logs" / event.event_id).glob("*.part"))
        # the folder is the one the event's archive packs: the logs travel with the event
        archive = app.exports.archive(event.event_id, tmp_path / "logs-cup.dremz")
        with zipfile.ZipFile(archive) as z:
            member = f"logs/{event.event_id}/{view.run_id}-{state.key}.tar.gz"
            assert z.read(member) == logs.path.read_bytes()
    finally:
        app.close()
