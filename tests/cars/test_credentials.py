"""Car secrets: never shown in clear, kept in the keyring or a 0600 file; colours; the live list."""

from __future__ import annotations

import logging
import stat
from pathlib import Path
from typing import Any

import pytest

from drem_desktop.cars.credentials import CarCredentials, FileStore, KeyringStore, open_credential_store
from drem_desktop.cars.roster import LiveCarList
from drem_desktop.cars.tail_light import parse_colour, to_pwm


def test_secrets_are_masked_everywhere(caplog: pytest.LogCaptureFixture) -> None:
    creds = CarCredentials(console_password="c0ns0le", ssh_password="s3cret", ssh_key="-----BEGIN KEY")
    caplog.set_level(logging.DEBUG)
    logging.getLogger("test").info("creds %s %r", creds, creds)
    text = f"{creds} {creds!r} {[creds]} {caplog.text}"
    for secret in ("c0ns0le", "s3cret", "BEGIN KEY"):
        assert secret not in text
    assert "'***'" in repr(creds)


def test_file_store_is_private_and_round_trips(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "data" / "car-credentials.json")
    creds = CarCredentials(console_password="pw", ssh_password="deepracer")
    store.set("amss-1", creds)
    assert store.get("amss-1") == creds
    assert stat.S_IMODE((tmp_path / "data" / "car-credentials.json").stat().st_mode) == 0o600
    store.delete("amss-1")
    assert store.get("amss-1") is None


def test_without_a_working_keyring_the_file_store_is_used(tmp_path: Path) -> None:
    # CI and headless Linux have no secret service: keyring's "fail" backend is what is detected here.
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        store = open_credential_store(tmp_path)
    finally:
        keyring.set_keyring(previous)
    assert store.kind == "file"


def test_keyring_store_uses_the_backend_it_is_given(memory_keyring: Any) -> None:
    backend = memory_keyring
    store = KeyringStore(backend)
    store.set("amss-2", CarCredentials(ssh_password="x"))
    assert store.get("amss-2") == CarCredentials(ssh_password="x")
    store.delete("amss-2")
    assert store.get("amss-2") is None and backend.items == {}


def test_colours_map_to_the_cars_pwm_scale() -> None:
    assert to_pwm("white") == (9999825, 9999825, 9999825)
    assert to_pwm("#1e90ff") == to_pwm("sky blue") == (30 * 39215, 144 * 39215, 255 * 39215)
    for bad in ("ultraviolet", "#12345", (0, 0, 256)):
        with pytest.raises(ValueError):
            parse_colour(bad)  # type: ignore[arg-type]


def test_live_list_keys_by_serial_and_tracks_presence() -> None:
    now = [1000.0]
    cars = LiveCarList(clock=lambda: now[0])
    changes: list[tuple[str, bool, bool]] = []
    cars.subscribe(lambda state, presence: changes.append((state.key, state.online, presence)))
    cars.seen("10.0.0.5", address="10.0.0.5", found_by="probe")
    cars.seen("amss-blue.local", address="10.0.0.5", serial="AMSS-77")  # now it told us who it is
    assert [c.key for c in cars.cars()] == ["amss-77"]
    assert cars.get("amss-blue").serial == "AMSS-77"
    now[0] += 120
    assert [c.key for c in cars.expire(60)] == ["amss-77"]
    assert changes[-1] == ("amss-77", False, True)
    assert cars.get("amss-77").online is False


def test_payload_cache_builds_once_and_trims_unused(tmp_path: Path) -> None:
    from drem_desktop.cars.payloads import PayloadCache

    from .conftest import make_archive

    cache = PayloadCache(tmp_path / "cache", max_items=1)
    a = make_archive(tmp_path / "a.tar.gz")
    b = make_archive(tmp_path / "b.tar.gz")
    first = cache.acquire(a)
    assert cache.acquire(a) is first  # the second car reuses the checked payload
    other = cache.acquire(b)
    assert len(cache) == 2  # both in use: nothing trimmed
    for model in (first, first, other):
        cache.release(model)
    assert len(cache) == 1 and not first.payload.exists() and other.payload.exists()
    cache.clear()
    assert not other.payload.exists()
