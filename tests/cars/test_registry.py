"""The car registry over a real SQLite file (migrated by Alembic, as the app opens it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from drem_desktop.cars.pins import RegistryPins
from drem_desktop.domain.errors import Duplicate, NotFound
from drem_desktop.store.cars_repo import CarRegistry
from drem_desktop.store.db import Database


@pytest.fixture
def registry(tmp_path: Path):
    db = Database(tmp_path / "event.db")
    yield CarRegistry(db)
    db.close()


def test_car_first_known_by_hostname_is_rekeyed_by_serial(registry: CarRegistry) -> None:
    registry.remember("amss-blue", hostname="amss-blue", address="10.0.0.7")
    car = registry.remember(
        "amss-1234",
        hostname="amss-blue",
        serial="AMSS-1234",
        address="10.0.0.9",
        versions={"core": "2.1.2.7"},
        previous_key="amss-blue",
    )
    assert [c.key for c in registry.list()] == ["amss-1234"]
    assert car.address == "10.0.0.9" and car.chassis_serial == "AMSS-1234"
    assert car.versions == {"core": "2.1.2.7"}
    assert car.last_seen is not None


def test_fleets_and_assignment(registry: CarRegistry) -> None:
    red = registry.add_fleet("Red track")
    with pytest.raises(Duplicate):
        registry.add_fleet("red TRACK")
    registry.remember("amss-1", hostname="amss-1")
    registry.remember("amss-2", hostname="amss-2")
    registry.assign("amss-1", red.fleet_id)
    assert [c.key for c in registry.list(fleet_id=red.fleet_id)] == ["amss-1"]
    registry.remove_fleet(red.fleet_id)
    assert registry.fleets() == []
    assert registry.get("amss-1").fleet_id is None
    with pytest.raises(NotFound):
        registry.assign("amss-2", red.fleet_id)


def test_a_fleet_is_renamed_to_a_name_no_other_fleet_has(registry: CarRegistry) -> None:
    red = registry.add_fleet("Red track")
    blue = registry.add_fleet("Blue track")
    with pytest.raises(Duplicate, match="Blue track"):
        registry.rename_fleet(red.fleet_id, "BLUE track")
    with pytest.raises(ValueError, match="needs a name"):
        registry.rename_fleet(red.fleet_id, "  ")
    assert registry.rename_fleet(red.fleet_id, "RED TRACK").name == "RED TRACK"  # its own name, new case
    assert registry.rename_fleet(red.fleet_id, " Booth A ") == type(red)(red.fleet_id, "Booth A")
    assert [f.name for f in registry.fleets()] == ["Blue track", "Booth A"]
    registry.remove_fleet(blue.fleet_id)  # a removed fleet's name is free again
    assert registry.rename_fleet(red.fleet_id, "Blue track").name == "Blue track"
    with pytest.raises(NotFound):
        registry.rename_fleet(blue.fleet_id, "Green")


def test_pins_and_jobs_and_loaded_model(registry: CarRegistry) -> None:
    pins = RegistryPins(registry)
    assert pins.get("amss-9", "ssh") is None
    pins.trust("amss-9", "ssh", "ssh-ed25519 SHA256:abc")
    pins.trust("amss-9", "tls", "sha256:def")
    assert pins.get("amss-9", "ssh") == "ssh-ed25519 SHA256:abc"
    pins.forget("amss-9", "ssh")
    assert pins.get("amss-9", "ssh") is None and pins.get("amss-9", "tls") == "sha256:def"
    job = registry.start_job("amss-9", "push", {"model": "Speedy"})
    registry.finish_job(job, "failed", "Car amss-9 did not answer.")
    (record,) = registry.jobs("amss-9")
    assert (record.kind, record.status, record.detail) == ("push", "failed", {"model": "Speedy"})
    assert registry.set_loaded_model("amss-9", "Speedy").loaded_model == "Speedy"


def test_two_threads_adding_the_same_car_do_not_clash(registry: CarRegistry) -> None:
    import threading

    errors: list[Exception] = []

    def add() -> None:
        try:
            for i in range(20):
                registry.remember(f"amss-r{i}", hostname=f"amss-r{i}")
                registry.set_credentials_ref(f"amss-r{i}", f"file:amss-r{i}")
        except Exception as exc:  # collected for the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=add) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(registry.list()) == 20
