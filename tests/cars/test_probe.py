"""Subnet probe against real HTTPS servers on loopback: a fake car console and a look-alike that is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from drem_desktop.cars.probe import probe_address, probe_subnet, subnet_hosts

from .fake_console import FakeConsole


async def test_probe_recognises_a_car_and_ignores_other_https(tmp_path: Path) -> None:
    car = await FakeConsole(tmp_path / "car").start()
    other = await FakeConsole(tmp_path / "other", common_name="printer.local").start()
    try:
        result = await probe_address("127.0.0.1", car.port)
        assert result is not None and result.is_car
        assert result.certificate.startswith("sha256:")
        assert not (await probe_address("127.0.0.1", other.port)).is_car
        found = await probe_subnet("127.0.0.1/32", port=car.port)
        assert [r.address for r in found] == ["127.0.0.1"]
        assert await probe_subnet("127.0.0.1/32", port=other.port) == []
    finally:
        await car.stop()
        await other.stop()


def test_subnet_must_be_named_plainly_and_small() -> None:
    assert len(subnet_hosts("127.0.0.0/30")) == 2
    with pytest.raises(ValueError, match="not a subnet"):
        subnet_hosts("venue wifi")
    with pytest.raises(ValueError, match="too large"):
        subnet_hosts("127.0.0.0/16")
