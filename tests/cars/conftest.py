"""Fixtures for the cars tests: fake cars (real sshd), model archives, credentials, pins."""

from __future__ import annotations

import io
import json
import os
import tarfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from drem_desktop.cars.credentials import CarCredentials
from drem_desktop.cars.pins import MemoryPinStore
from drem_desktop.cars.ssh import CarTarget

from .fake_car import FakeCar

needs_root = pytest.mark.skipif(os.geteuid() != 0, reason="fake cars need root (sshd in a mount namespace)")


def make_archive(
    path: Path,
    pb: bytes = b"frozen-graph" * 100,
    extra: dict[str, bytes] | None = None,
    pb_name: str = "agent/model.pb",
    metadata: bool = True,
) -> Path:
    """A model .tar.gz like the DeepRacer console exports."""
    members: dict[str, bytes] = {}
    if pb_name:
        members[pb_name] = pb
    if metadata:
        members["model_metadata.json"] = json.dumps(
            {"action_space": [{"steering_angle": 0, "speed": 1}], "sensor": ["FRONT_FACING_CAMERA"]}
        ).encode()
    members.update(extra or {})
    with tarfile.open(path, "w:gz") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


@pytest.fixture
def car(tmp_path: Path) -> Iterator[FakeCar]:
    if os.geteuid() != 0:
        pytest.skip("fake cars need root (sshd in a mount namespace)")
    fake = FakeCar(serial="amss-t001", base=tmp_path / "car")
    fake.start()
    try:
        yield fake
    finally:
        fake.close()


@pytest.fixture
def target(car: FakeCar) -> CarTarget:
    return CarTarget(name="amss-t001", host="127.0.0.1", port=car.port, etc=str(car.base / "etc"))


@pytest.fixture
def creds() -> CarCredentials:
    return CarCredentials(ssh_user="deepracer", ssh_password="deepracer", console_password="console-pw")


@pytest.fixture
def pins() -> MemoryPinStore:
    return MemoryPinStore()
