"""The console API client against a real HTTPS server on loopback that behaves like a car's console."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from drem_desktop.cars.console import ConsoleClient
from drem_desktop.cars.errors import CarAuthFailed, CarError, CarUnreachable, HostKeyChanged, JobCancelled
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


def _metadata(**fields: object) -> bytes:
    import json

    data: dict[str, object] = {
        "action_space": [{"steering_angle": 0, "speed": 1}],
        "sensor": ["FRONT_FACING_CAMERA"],
    }
    data.update(fields)
    return json.dumps({k: v for k, v in data.items() if v is not None}).encode()


def _model(tmp_path: Path, name: str, pb: bytes = b"graph" * 50, **fields: object) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    return make_archive(
        tmp_path / f"{name}.tar.gz", pb=pb, metadata=False, extra={"model_metadata.json": _metadata(**fields)}
    )


@pytest.mark.parametrize(
    ("fields", "car_says", "plain"),
    [
        ({"sensor": ["LIDAR", "FRONT_FACING_CAMERA"]}, "Check the connections for the LiDAR sensor", "LiDAR"),
        (
            {"sensor": ["STEREO_CAMERAS", "LIDAR"]},
            "Check the connections for the LiDAR, Stereo camera sensors",
            "LiDAR and Stereo camera",
        ),
        ({"action_space_type": "hybrid"}, "The action space type value is incorrect", "model_metadata.json"),
        # The car checks the training algorithm before it looks at the sensors.
        ({"training_algorithm": "dqn", "sensor": ["LIDAR"]}, "The training algorithm value is incorrect", ""),
        ({"action_space": None}, "No action space value found in model_metadata.json", ""),
    ],
)
async def test_a_refused_load_is_reported_with_the_cars_reason(
    console: FakeConsole, tmp_path: Path, fields: dict[str, object], car_says: str, plain: str
) -> None:
    """The car refuses before loading anything and keeps its previous model; we must say so, not 'loaded'."""
    async with client(console, MemoryPinStore()) as car:
        await car.upload_model(_model(tmp_path, "Speedy"), "Speedy")
        await car.load_model("Speedy")
        await car.upload_model(_model(tmp_path, "Lidar", **fields), "Lidar")
        with pytest.raises(CarError) as refused:
            await car.load_model("Lidar")
    message = str(refused.value)
    assert message.startswith("Car amss-c001 refused to load Lidar: ")
    assert car_says in message and plain in message
    assert console.load_answers[-1]["success"] is False
    assert console.loaded == "Speedy" and console.loading == "loaded"


async def test_a_model_with_a_sensor_the_car_lacks_is_refused(console: FakeConsole) -> None:
    """Pushed over SSH (the console itself never lists such a model), the load route still refuses it."""
    folder = console.artifacts / "Sim"
    folder.mkdir()
    (folder / "model.pb").write_bytes(b"graph")
    (folder / "model_metadata.json").write_bytes(_metadata(sensor=["DISCRETIZED_SECTOR_LIDAR"]))
    (folder / "checksum.txt").write_text("abc\n")
    async with client(console, MemoryPinStore()) as car:
        with pytest.raises(CarError, match="refused to load Sim: the model was trained with a sensor") as e:
            await car.load_model("Sim")
    assert "trained model must match" in str(e.value)


async def test_loading_a_model_the_car_has_not_installed_is_refused(console: FakeConsole) -> None:
    async with client(console, MemoryPinStore()) as car:
        with pytest.raises(CarError, match="refused to load Ghost: the model is not ready on the car"):
            await car.load_model("Ghost")
    assert console.load_answers == [{"success": False, "reason": "Model optimization failed!"}]


async def test_a_load_that_fails_after_the_car_accepted_it_is_not_reported_as_loaded(
    tmp_path: Path,
) -> None:
    """The status read just after an accepted load is still the previous model's "loaded"."""
    fake = await FakeConsole(tmp_path / "c", install_time=0.05, load_start_delay=0.3).start()
    try:
        async with client(fake, MemoryPinStore()) as car:
            await car.upload_model(_model(tmp_path, "Speedy"), "Speedy")
            await car.load_model("Speedy")
            await car.upload_model(_model(tmp_path, "Broken", pb=b"not a graph"), "Broken")
            fake.load_fails.add("Broken")
            with pytest.raises(CarError, match="accepted Broken but could not load it"):
                await car.load_model("Broken")
        assert fake.loaded is None and fake.loading == "error"
    finally:
        await fake.stop()


async def test_the_first_load_on_a_fresh_car_waits_past_its_initial_error_status(tmp_path: Path) -> None:
    """A car that has loaded nothing since boot says "error" until the load it accepted starts."""
    fake = await FakeConsole(tmp_path / "c", install_time=0.05, load_start_delay=0.3).start()
    try:
        async with client(fake, MemoryPinStore()) as car:
            await car.upload_model(_model(tmp_path, "Speedy"), "Speedy")
            assert fake.loading == "error"
            await car.load_model("Speedy")
        assert fake.loaded == "Speedy"
    finally:
        await fake.stop()


async def test_reuploading_a_model_to_a_slow_car_waits_for_the_new_copy(tmp_path: Path) -> None:
    """The car deletes the old folder before installing: /api/models lacks it for the whole install."""
    import hashlib

    fake = await FakeConsole(tmp_path / "c", upload_wait=0.1, install_time=0.8).start()
    try:
        async with client(fake, MemoryPinStore()) as car:
            await car.upload_model(_model(tmp_path / "v1", "Speedy", pb=b"first" * 99), "Speedy")
            new = _model(tmp_path, "Speedy", pb=b"second" * 99)
            await car.upload_model(new, "Speedy")
            assert await car.model_names() == ["Speedy"]
            await car.load_model("Speedy")
        assert fake.installed_md5("Speedy") == hashlib.md5(b"second" * 99).hexdigest()
        assert fake.loaded == "Speedy"
    finally:
        await fake.stop()


async def test_an_archive_the_car_cannot_install_is_reported(console: FakeConsole, tmp_path: Path) -> None:
    """The car answers success once its install ran, even when it skipped the archive (two .pb files)."""
    archive = make_archive(tmp_path / "twice.tar.gz", extra={"other.pb": b"x"})
    async with client(console, MemoryPinStore()) as car:
        with pytest.raises(CarError, match="finished installing, but does not list it"):
            await car.upload_model(archive, "twice")
        assert await car.model_names() == []
