"""The secret stores cars and sync share: the OS keyring under each area's own service name, else a 0600
file."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail

from drem_desktop.keychain import FileSecrets, open_secrets


@pytest.fixture
def os_keyring(memory_keyring: Any) -> Iterator[Any]:
    previous = keyring.get_keyring()
    keyring.set_keyring(memory_keyring)
    yield memory_keyring
    keyring.set_keyring(previous)


def test_the_file_stays_private_even_over_a_leftover_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "data" / "secrets.json"
    path.parent.mkdir()
    path.with_suffix(".tmp").write_text("{}")
    path.with_suffix(".tmp").chmod(0o644)  # left by a crash, with the umask's mode
    store = FileSecrets(path)
    store.set("peer-1", "s3cret")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert FileSecrets(path).get("peer-1") == "s3cret"
    store.delete("peer-1")
    assert store.get("peer-1") is None


def test_each_area_keeps_its_secrets_under_its_own_service(tmp_path: Path, os_keyring: Any) -> None:
    cars = open_secrets("drem-desktop-cars", tmp_path / "cars.json")
    sync = open_secrets("drem-desktop-sync", tmp_path / "sync.json")
    assert cars.kind == sync.kind == "keyring"
    cars.set("amss-1", "car-pw")
    sync.set("amss-1", "pairing")
    assert (cars.get("amss-1"), sync.get("amss-1")) == ("car-pw", "pairing")
    assert os_keyring.items == {
        ("drem-desktop-cars", "amss-1"): "car-pw",
        ("drem-desktop-sync", "amss-1"): "pairing",
    }
    assert not (tmp_path / "cars.json").exists()  # the probe left nothing behind either
    cars.delete("amss-1")
    cars.delete("amss-1")  # already gone: not an error
    assert list(os_keyring.items) == [("drem-desktop-sync", "amss-1")]


def test_without_a_working_keyring_secrets_go_to_the_file(tmp_path: Path) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        store = open_secrets("drem-desktop-sync", tmp_path / "sync.json")
    finally:
        keyring.set_keyring(previous)
    assert store.kind == "file"
    store.set("bucket", "key")
    assert stat.S_IMODE((tmp_path / "sync.json").stat().st_mode) == 0o600
    assert (
        open_secrets("drem-desktop-sync", tmp_path / "sync.json", prefer_keyring=False).get("bucket") == "key"
    )
