"""The console API client against a real HTTPS server on loopback that behaves like a car's console."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from drem_desktop.cars.console import ConsoleClient
from drem_desktop.cars.errors import CarAuthFailed, CarUnreachable, HostKeyChanged, JobCancelled
from drem_desktop.cars.pins import MemoryPinStore

from .conftest import make_archive
from .fake_console import FakeConsole


@pytest.fixture
async def console(tmp_path: Path):
    fake = await FakeConsole(tmp_path / "console", upload_wait=0.2, install_time=0.0).start()
    yield fake
    await fake.stop()


def client(fake: FakeConsole, pins: MemoryPinStore, password: str = "console-pw") -> ConsoleClient:
    return ConsoleClient(
        "amss-c001", "127.0.0.1", password, pins, port=fake.port, poll_interval=0.05, install_timeout=5
    )


async def test_upload_then_load(console: FakeConsole, tmp_path: Path) -> None:
    pins = MemoryPinStore()
    archive = make_archive(tmp_path / "Speedy.tar.gz")
    stages: list[str] = []
    async with client(console, pins) as car:
        await car.upload_model(archive, "Speedy", progress=lambda d, t, s: stages.append(s))
        await car.load_model("Speedy")
        assert await car.battery() == 9
        assert (await car.device_info())["software_version"] == "2.1.2.7"
        assert (await car.sensor_status())["camera_status"] == "connected"
    assert console.uploads["Speedy"] == archive.read_bytes()
    assert console.loaded == "Speedy"
    assert stages[-1] == "installed"
    assert console.calls.index("PUT /api/start_stop") < console.calls.index("PUT /api/models/Speedy/model")
    assert pins.get(
        "amss-c001",
        "tls",
    ).startswith("sha256:")


async def test_upload_reported_as_failed_after_timeout_is_confirmed(tmp_path: Path) -> None:
    fake = await FakeConsole(tmp_path / "c", upload_wait=0.1, install_time=0.5).start()
    try:
        async with client(fake, MemoryPinStore()) as car:
            await car.upload_model(make_archive(tmp_path / "slow.tar.gz"), "slow")
            assert await car.model_names() == ["slow"]
    finally:
        await fake.stop()


async def test_single_session_quirk_relogs_in(console: FakeConsole) -> None:
    async with client(console, MemoryPinStore()) as car:
        assert await car.model_names() == []
        console.take_session()  # someone opened the console in a browser
        assert await car.battery() == 9
    assert console.calls.count("POST /login") == 2


async def test_wrong_console_password(console: FakeConsole) -> None:
    async with client(console, MemoryPinStore(), password="nope") as car:
        with pytest.raises(CarAuthFailed, match="web console"):
            await car.model_names()


async def test_changed_certificate_is_refused(tmp_path: Path) -> None:
    pins = MemoryPinStore()
    fake = await FakeConsole(tmp_path / "a").start()
    port = fake.port
    async with client(fake, pins) as car:
        await car.model_names()
    await fake.stop()
    other = await FakeConsole(tmp_path / "b").start(port=port)  # re-flashed car: new certificate
    try:
        async with client(other, pins) as car:
            with pytest.raises(HostKeyChanged, match="certificate"):
                await car.model_names()
        assert "POST /login" not in other.calls  # the password never went to it
    finally:
        await other.stop()


async def test_cancelled_upload_leaves_car_as_it_was(console: FakeConsole, tmp_path: Path) -> None:
    cancel = threading.Event()
    cancel.set()
    async with client(console, MemoryPinStore()) as car:
        with pytest.raises(JobCancelled):
            await car.upload_model(make_archive(tmp_path / "c.tar.gz"), "c", cancel=cancel)
        assert await car.model_names() == []


async def test_console_gone(tmp_path: Path) -> None:
    from .fake_car import free_port

    async with ConsoleClient("amss-x", "127.0.0.1", "pw", MemoryPinStore(), port=free_port()) as car:
        with pytest.raises(CarUnreachable, match="did not answer"):
            await car.model_names()
