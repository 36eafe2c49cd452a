"""CarService end to end: real sshd fake cars, a real HTTPS console, a real bus, a real SQLite registry."""

from __future__ import annotations

import io
import os
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from drem_desktop.bus import Bus
from drem_desktop.cars.credentials import CarCredentials, FileStore
from drem_desktop.cars.events import CarJobFinished, CarJobProgressed, CarSeen, FleetsChanged
from drem_desktop.cars.service import CarService
from drem_desktop.domain.errors import Duplicate
from drem_desktop.store.cars_repo import CarRegistry
from drem_desktop.store.db import Database

from .conftest import make_archive
from .fake_car import FakeCar
from .fake_console import FakeConsole

GOOD = CarCredentials(ssh_password="deepracer", console_password="console-pw")


@pytest.fixture
def cars(tmp_path: Path) -> Iterator[list[FakeCar]]:
    if os.geteuid() != 0:
        pytest.skip("fake cars need root (sshd in a mount namespace)")
    fakes = [FakeCar(serial=f"amss-s{i}", base=tmp_path / f"car{i}").start() for i in range(3)]
    yield fakes
    for fake in fakes:
        fake.close()


@pytest.fixture
def service(tmp_path: Path) -> Iterator[tuple[CarService, list[object], CarRegistry]]:
    bus = Bus()
    events: list[object] = []
    bus.subscribe_all(events.append)
    db = Database(tmp_path / "event.db")
    registry = CarRegistry(db)
    svc = CarService(
        tmp_path / "data",
        bus,
        credentials=FileStore(tmp_path / "data" / "creds.json"),
        registry=registry,
        max_parallel=2,
    )
    yield svc, events, registry
    svc.close()
    db.close()


def _add(svc: CarService, car: FakeCar, creds: CarCredentials = GOOD, https_port: int = 443) -> str:
    state = svc.add_car(car.serial, address="127.0.0.1", ssh_port=car.port, https_port=https_port)
    svc.set_credentials(state.key, creds)
    svc.set_layout(state.key, etc=str(car.base / "etc"))
    return state.key


def test_fleets_are_renamed_and_removed_and_their_cars_stay_registered(service) -> None:
    svc, events, _registry = service
    booth = svc.add_fleet("Booth A")
    other = svc.add_fleet("Booth B")
    svc.add_car("amss-0001")
    assert svc.assign(["amss-0001"], booth.fleet_id) == 1
    events.clear()

    assert svc.rename_fleet(booth.fleet_id, "Main stage") == type(booth)(booth.fleet_id, "Main stage")
    assert [e for e in events if isinstance(e, FleetsChanged)] == [FleetsChanged()]
    with pytest.raises(Duplicate, match="Booth B"):
        svc.rename_fleet(booth.fleet_id, "booth b")
    assert [f.name for f in svc.fleets()] == ["Booth B", "Main stage"]

    events.clear()
    svc.remove_fleet(booth.fleet_id)
    assert [e for e in events if isinstance(e, FleetsChanged)] == [FleetsChanged()]
    assert svc.fleets() == [other]
    assert [(c.key, c.fleet_id) for c in svc.registered_cars()] == [("amss-0001", None)]
    assert svc.fleet_cars(booth.fleet_id) == []


def test_push_to_a_fleet_reports_each_car_and_retries_the_failed(service, cars, tmp_path: Path) -> None:
    svc, events, registry = service
    keys = [_add(svc, c) for c in cars[:2]]
    bad = _add(svc, cars[2], GOOD.merged(ssh_password="wrong"))
    archive = make_archive(tmp_path / "Racer One.tar.gz", pb=b"w" * 3_000_000)

    handle = svc.push_model(archive, [*keys, bad])
    results = handle.future.result(60)
    assert {k: results[k].status for k in keys} == {keys[0]: "done", keys[1]: "done"}
    assert results[bad].status == "failed"
    assert "refused the SSH password" in (results[bad].error or "")
    for car in cars[:2]:
        assert car.models() == ["Racer_One"]
    assert cars[2].models() == []
    finished = [e for e in events if isinstance(e, CarJobFinished)]
    assert sorted((e.car, e.ok) for e in finished) == sorted([(keys[0], True), (keys[1], True), (bad, False)])
    assert any(isinstance(e, CarJobProgressed) and e.stage == "sending" for e in events)
    assert any(isinstance(e, CarSeen) for e in events)
    assert len(list(svc.cache_dir.glob("*.tar"))) == 1  # checked once for all cars, kept for re-pushes

    svc.set_credentials(bad, GOOD)  # the marshal fixes the password, then retries the failed car only
    again = svc.retry(handle)
    assert again.job.cars == [bad]
    assert again.future.result(60)[bad].status == "done"
    assert cars[2].models() == ["Racer_One"]
    assert len(list(svc.cache_dir.glob("*.tar"))) == 1
    svc.close()
    assert not any(svc.cache_dir.glob("*.tar"))
    statuses = {(j.car_key, j.status) for j in registry.jobs()}
    assert (bad, "failed") in statuses and (bad, "done") in statuses
    # The next session lists the registered cars at once, offline until they answer.
    later = CarService(tmp_path / "data", Bus(), credentials=svc.credentials, registry=registry)
    try:
        assert {c.key: c.online for c in later.cars.cars()} == {k: False for k in [*keys, bad]}
        assert later.pins.get(bad, "ssh")  # pinned keys live in the registry
    finally:
        later.close()


def test_load_onto_a_car_over_ssh_then_console(service, cars, tmp_path: Path) -> None:
    svc, _events, registry = service
    car = cars[0]
    console = svc.loop.submit(
        FakeConsole(tmp_path / "console", models_dir=car.artifacts, load_time=0.05).start()
    ).result(10)
    try:
        key = _add(svc, car, https_port=console.port)
        handle = svc.push_model(make_archive(tmp_path / "speedy.tar.gz"), [key], load=True)
        result = handle.future.result(60)[key]
        assert result.status == "done", result.error
        assert console.loaded == "speedy"
        assert registry.get(key).loaded_model == "speedy"

        status = svc.read_status([key]).future.result(60)[key]
        assert status.status == "done", status.error
        state = svc.cars.get(key)
        assert state is not None
        assert (state.battery, state.software_version, state.models) == (9, "2.1.2.7", ("speedy",))
        assert state.sensors["camera_status"] == "connected"
    finally:
        svc.loop.submit(console.stop()).result(10)


def test_fleet_actions_run_the_cars_commands(service, cars, tmp_path: Path) -> None:
    svc, _events, _registry = service
    car = cars[0]
    key = _add(svc, car)
    (car.artifacts / "old").mkdir()
    (car.artifacts / "old" / "checksum.txt").write_text("abc")
    run_start = time.time() - 5
    run_dir = car.logs / "speedy-20260101-120000"
    run_dir.mkdir()
    (run_dir / "bag.db3").write_bytes(b"log")
    old_dir = car.logs / "speedy-old"
    old_dir.mkdir()
    os.utime(old_dir, (run_start - 3600, run_start - 3600))

    assert svc.set_tail_light([key], "marigold").future.result(30)[key].status == "done"
    assert svc.set_tail_light([key], "white").future.result(30)[key].status == "done"
    assert svc.stop([key]).future.result(30)[key].status == "done"
    assert svc.restart([key]).future.result(30)[key].status == "done"
    logs = svc.fetch_logs(key, "speedy", run_start, tmp_path / "logs").future.result(30)[key]
    assert logs.status == "done", logs.error
    import tarfile

    with tarfile.open(logs.detail) as tar:
        assert tar.getnames() == ["speedy-20260101-120000", "speedy-20260101-120000/bag.db3"]
    assert svc.delete_all_models([key]).future.result(30)[key].status == "done"
    assert car.models() == []
    prepared = svc.prepare(key, hostname="red-car-1").future.result(30)[key]
    assert prepared.status == "done", prepared.error

    calls = [c for c in car.calls() if not c.startswith("sudo")]
    assert (
        "ros2 service call /servo_pkg/set_led_state deepracer_interfaces_pkg/srv/SetLedCtrlSrv "
        "{red: 9999825, green: 5097950, blue: 0}" in calls
    )
    assert any("{red: 9999825, green: 9999825, blue: 9999825}" in c for c in calls)
    assert any("/ctrl_pkg/enable_state" in c and "is_active: false" in c for c in calls)
    assert "systemctl restart deepracer-core" in calls
    assert any("/logging_pkg/stop_logging" in c for c in calls)
    assert "hostnamectl set-hostname red-car-1" in calls
    service_file = (car.base / "etc" / "avahi" / "services" / "drem-car.service").read_text()
    assert "<type>_drem-car._tcp</type>" in service_file and "serial=amss-s0" in service_file
    assert "127.0.1.1 red-car-1" in (car.base / "etc" / "hosts").read_text()


def test_bad_input_and_missing_credentials_change_nothing(service, cars) -> None:
    svc, _events, _registry = service
    with pytest.raises(ValueError, match="not a colour"):
        svc.set_tail_light(["amss-s0"], "ultraviolet")
    svc.add_car(cars[0].serial, address="127.0.0.1", ssh_port=cars[0].port)
    result = svc.restart([cars[0].serial]).future.result(30)[cars[0].serial]
    assert result.status == "failed" and "No password or key is saved" in (result.error or "")
    assert cars[0].calls() == []


def test_cancel_before_start_leaves_cars_untouched(service, cars, tmp_path: Path) -> None:
    svc, _events, _registry = service
    keys = [_add(svc, c) for c in cars]
    svc.max_parallel = 1
    archive = make_archive(tmp_path / "m.tar.gz", pb=bytes(20_000_000))
    handle = svc.push_model(archive, keys)
    handle.cancel()
    results = handle.future.result(60)
    assert all(r.status == "cancelled" for r in results.values()), results
    time.sleep(0.2)
    assert all(c.models() == [] for c in cars)


def test_car_without_ssh_gets_its_model_through_the_console(service, tmp_path: Path) -> None:
    svc, _events, _registry = service
    console = svc.loop.submit(
        FakeConsole(tmp_path / "console", upload_wait=0.1, install_time=0.3, load_time=0.05).start()
    ).result(10)
    try:
        state = svc.add_car("amss-web1", address="127.0.0.1", https_port=console.port)
        svc.set_credentials(state.key, CarCredentials(console_password="console-pw"))
        handle = svc.push_model(make_archive(tmp_path / "web model.tar.gz"), [state.key], load=True)
        result = handle.future.result(60)[state.key]
        assert result.status == "done", result.error
        assert "web console" in result.detail
        assert console.loaded == "web_model"
        # Actions that need SSH say so plainly, and nothing is sent.
        restart = svc.restart([state.key]).future.result(30)[state.key]
        assert restart.status == "failed" and "this needs SSH" in (restart.error or "")
    finally:
        svc.loop.submit(console.stop()).result(10)


def test_a_load_the_car_refuses_fails_the_job_and_is_not_remembered(service, tmp_path: Path) -> None:
    import json

    svc, _events, registry = service
    console = svc.loop.submit(FakeConsole(tmp_path / "console", install_time=0.05).start()).result(10)
    try:
        state = svc.add_car("amss-web3", address="127.0.0.1", https_port=console.port)
        svc.set_credentials(state.key, CarCredentials(console_password="console-pw"))
        lidar = json.dumps({"action_space": [{"steering_angle": 0, "speed": 1}], "sensor": ["LIDAR"]})
        archive = make_archive(
            tmp_path / "lidar.tar.gz", metadata=False, extra={"model_metadata.json": lidar.encode()}
        )
        result = svc.push_model(archive, [state.key], load=True).future.result(60)[state.key]
        assert result.status == "failed"
        assert "Car amss-web3 refused to load lidar: the model drives with the LiDAR" in (result.error or "")
        assert not registry.get(state.key).loaded_model
        assert console.loaded is None
    finally:
        svc.loop.submit(console.stop()).result(10)


def test_console_only_car_gets_the_same_model_check(service, tmp_path: Path) -> None:
    """The car extracts uploads unfiltered, so the console path refuses what the SSH path refuses."""
    import io
    import tarfile

    svc, _events, _registry = service
    console = svc.loop.submit(FakeConsole(tmp_path / "console").start()).result(10)
    try:
        state = svc.add_car("amss-web2", address="127.0.0.1", https_port=console.port)
        svc.set_credentials(state.key, CarCredentials(console_password="console-pw"))
        archive = make_archive(tmp_path / "evil.tar.gz")
        with tarfile.open(archive, "w:gz") as tar:  # a valid model plus one entry that climbs out
            with tarfile.open(make_archive(tmp_path / "good.tar.gz")) as good:
                for member in good:
                    tar.addfile(member, good.extractfile(member))
            evil = tarfile.TarInfo("../../etc/cron.d/evil")
            evil.size = 1
            tar.addfile(evil, io.BytesIO(b"x"))
        result = svc.push_model(archive, [state.key], load=True).future.result(60)[state.key]
        assert result.status == "failed"
        assert "The model cannot be loaded onto car amss-web2: evil.tar.gz: refused." in (result.error or "")
        assert "climbs out of the model folder" in (result.error or "")
        assert console.uploads == {} and console.loaded is None
    finally:
        svc.loop.submit(console.stop()).result(10)


def test_console_gets_an_archive_rebuilt_from_the_checked_members(service, tmp_path: Path) -> None:
    """Never the racer's bytes: the car's console receives a fresh .tar.gz with only what the car uses."""
    import gzip
    import hashlib
    import subprocess

    svc, _events, _registry = service
    console = svc.loop.submit(FakeConsole(tmp_path / "console").start()).result(10)
    try:
        state = svc.add_car("amss-web3", address="127.0.0.1", https_port=console.port)
        svc.set_credentials(state.key, CarCredentials(console_password="console-pw"))
        pb = os.urandom(20_000)
        archive = make_archive(
            tmp_path / "racer.tar.gz", pb=pb, extra={"agent/model.bin": b"ov", "model.ckpt.index": b"c" * 999}
        )
        original = archive.read_bytes()
        result = svc.push_model(archive, [state.key]).future.result(60)[state.key]
        assert result.status == "done", result.error
        sent = console.uploads["racer"]
        assert sent != original
        listing = tmp_path / "sent.tar.gz"
        listing.write_bytes(sent)
        done = subprocess.run(["tar", "-tzf", str(listing)], capture_output=True, text=True)
        assert done.returncode == 0 and done.stderr == ""
        assert done.stdout.split() == ["agent/model.pb", "model_metadata.json", "agent/model.bin"]
        with tarfile.open(fileobj=io.BytesIO(gzip.decompress(sent))) as tar:
            graph = tar.extractfile("agent/model.pb")
            assert graph is not None and hashlib.md5(graph.read()).hexdigest() == hashlib.md5(pb).hexdigest()
    finally:
        svc.loop.submit(console.stop()).result(10)


def test_refused_archive_says_why_and_reaches_no_car(service, cars, tmp_path: Path) -> None:
    svc, _events, _registry = service
    key = _add(svc, cars[0])
    archive = make_archive(tmp_path / "two graphs.tar.gz", extra={"other.pb": b"x"})
    result = svc.push_model(archive, [key]).future.result(60)[key]
    assert result.status == "failed"
    assert f"The model cannot be loaded onto car {key}: two graphs.tar.gz: refused." in (result.error or "")
    assert "It holds 2 .pb files" in (result.error or "")
    assert cars[0].models() == []


def test_car_gone_fails_plainly_and_shows_offline(service, cars) -> None:
    from drem_desktop.cars.events import CarLost

    svc, events, _registry = service
    key = _add(svc, cars[0])
    cars[0].stop()
    result = svc.stop([key]).future.result(30)[key]
    assert result.status == "failed" and "did not answer" in (result.error or "")
    assert svc.cars.get(key).online is False
    assert any(isinstance(e, CarLost) and e.car.key == key for e in events)


def test_cancel_mid_transfer_leaves_no_half_model(service, cars, tmp_path: Path) -> None:
    svc, _events, _registry = service
    key = _add(svc, cars[0])
    handles = []

    def on_progress(event: CarJobProgressed) -> None:
        if event.stage == "sending" and event.done >= 2 << 20 and handles:
            handles[0].cancel()

    svc.bus.subscribe(CarJobProgressed, on_progress)
    handles.append(svc.push_model(make_archive(tmp_path / "big.tar.gz", pb=bytes(30_000_000)), [key]))
    result = handles[0].future.result(60)[key]
    assert result.status == "cancelled", result
    assert "keeps what it had" in (result.error or "")
    deadline = time.monotonic() + 15
    while cars[0].models() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert cars[0].models() == []


def test_push_falls_back_to_the_console_when_ssh_is_off(service, tmp_path: Path) -> None:
    from .fake_car import free_port

    svc, _events, _registry = service
    console = svc.loop.submit(FakeConsole(tmp_path / "console", upload_wait=1).start()).result(10)
    try:
        # SSH credentials are saved, but nothing listens on the car's SSH port (SSH disabled on the car).
        state = svc.add_car("amss-nossh", address="127.0.0.1", ssh_port=free_port(), https_port=console.port)
        svc.set_credentials(state.key, GOOD)
        result = svc.push_model(make_archive(tmp_path / "fallback.tar.gz"), [state.key]).future.result(60)
        assert result[state.key].status == "done", result[state.key].error
        assert "web console" in result[state.key].detail
        assert "fallback" in console.models
    finally:
        svc.loop.submit(console.stop()).result(10)
