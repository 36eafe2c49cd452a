"""Car health polling on real parts.

- Across network namespaces this test creates: the fake console runs in the car's namespace; the monitor
  runs in the app's, on a real App with a run in progress in that car. The car's link goes down (the car
  is gone), then up again (it is back); the battery level it reports changes on the way.
- On a fake car over sshd without a console password: battery and software version come over SSH.

Only addresses inside those namespaces (10.232.8.0/24 on a veth pair that exists only there) and
loopback are used.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from drem_desktop.bus import Bus
from drem_desktop.cars.credentials import CarCredentials, FileStore
from drem_desktop.cars.health import battery_from_ros
from drem_desktop.cars.service import CarService
from drem_desktop.events import CarHealthChanged
from drem_desktop.services.car_health import CarHealthMonitor
from drem_desktop.store.cars_repo import CarRegistry
from drem_desktop.store.db import Database

from .fake_car import FakeCar
from .test_discovery import Lines as _Lines

HERE = Path(__file__).parent
CAR, APP = "10.232.8.1", "10.232.8.2"

pytestmark = pytest.mark.timeout(120)


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True)


@pytest.fixture
def link() -> Iterator[tuple[str, str, str]]:
    if os.geteuid() != 0:
        pytest.skip("network namespaces need root")
    tag = secrets.token_hex(3)
    car, app, dev = f"drem-hcar-{tag}", f"drem-happ-{tag}", f"hc{tag}"
    _ip("netns", "add", car)
    _ip("netns", "add", app)
    try:
        _ip("link", "add", dev, "type", "veth", "peer", "name", f"ha{tag}")
        _ip("link", "set", dev, "netns", car)
        _ip("link", "set", f"ha{tag}", "netns", app)
        for ns, d, addr in ((car, dev, CAR), (app, f"ha{tag}", APP)):
            _ip("-n", ns, "addr", "add", f"{addr}/24", "dev", d)
            _ip("-n", ns, "link", "set", d, "up")
            _ip("-n", ns, "link", "set", "lo", "up")
        yield car, app, dev
    finally:
        subprocess.run(["ip", "netns", "del", car], check=False)
        subprocess.run(["ip", "netns", "del", app], check=False)


class Lines(_Lines):
    """Keeps every line: a wait finds a match that arrived while waiting for something else."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        super().__init__(proc)
        self.seen: list[dict] = []

    def wait_for(self, check, timeout: float = 15.0) -> dict:  # type: ignore[no-untyped-def]
        for item in self.seen:
            if check(item):
                self.seen.remove(item)
                return item
        kept: list[dict] = []

        def keep(item: dict) -> bool:
            if check(item):
                return True
            kept.append(item)
            return False

        try:
            return super().wait_for(keep, timeout)
        finally:
            self.seen.extend(kept)


def _spawn(ns: str, script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        ["ip", "netns", "exec", ns, sys.executable, str(HERE / script), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=HERE,
    )


def _end(proc: subprocess.Popen[str]) -> None:
    if proc.stdin:
        proc.stdin.close()
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def test_a_car_that_goes_away_mid_run_and_comes_back(link: tuple[str, str, str]) -> None:
    car_ns, app_ns, dev = link
    console = _spawn(car_ns, "netns_console.py", CAR)
    monitor: subprocess.Popen[str] | None = None
    try:
        assert console.stdout is not None
        port = int(console.stdout.readline().split()[1])
        monitor = _spawn(app_ns, "netns_health.py", CAR, str(port))
        lines = Lines(monitor)
        first = lines.wait_for(
            lambda e: e["event"] == "health" and e["reachable"] and e["battery"] is not None
        )
        assert first["battery"] == 9 and not first["low"] and first["version"] == "2.1.2.7"
        assert first["online"]

        assert console.stdin is not None
        console.stdin.write("battery 2\n")
        console.stdin.flush()
        low = lines.wait_for(lambda e: e["event"] == "health" and e["battery"] == 2)
        assert low["low"] and low["reachable"]

        lines.seen.clear()
        _ip("-n", car_ns, "link", "set", dev, "down")  # the car drops off the network
        gone = lines.wait_for(lambda e: e["event"] == "health" and not e["reachable"], timeout=20)
        assert not gone["online"]
        alert = lines.wait_for(lambda e: e["event"] == "run_car_lost", timeout=20)
        assert alert["car"] == "amss-h001" and "stopped answering during the run" in alert["message"]

        lines.seen.clear()  # only what comes after the link is back
        _ip("-n", car_ns, "link", "set", dev, "up")  # and comes back
        back = lines.wait_for(lambda e: e["event"] == "health" and e["reachable"], timeout=30)
        assert back["online"] and back["battery"] == 2
        lines.wait_for(lambda e: e["event"] == "run_car_back", timeout=20)
    finally:
        if monitor is not None:
            _end(monitor)
        _end(console)


def test_battery_and_version_over_ssh_when_no_console_password(tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("fake cars need root (sshd in a mount namespace)")
    fake = FakeCar(serial="amss-h002", base=tmp_path / "car").start()
    bus = Bus()
    cars = CarService(tmp_path / "data", bus, credentials=FileStore(tmp_path / "creds.json"))
    seen: list[CarHealthChanged] = []
    bus.subscribe(CarHealthChanged, seen.append)

    class NoRuns:
        def views(self) -> list[object]:
            return []

    monitor = CarHealthMonitor(bus, cars, NoRuns(), interval_s=0.3, details_every=1, connect_timeout_s=1.0)
    try:
        state = cars.add_car(fake.serial, address="127.0.0.1", ssh_port=fake.port, https_port=fake.port)
        cars.set_credentials(state.key, CarCredentials(ssh_password="deepracer"))
        fake.set_battery(1)
        monitor.start()
        end = time.monotonic() + 30
        while not any(e.health.battery == 1 for e in seen):
            assert time.monotonic() < end, seen
            time.sleep(0.05)
        health = monitor.health(state.key)
        assert health is not None and health.reachable and health.battery_low
        assert health.software_version == "2.1.2.7"
        assert any("battery_level" in c for c in fake.calls())
        fake.set_battery(-1)  # the car does not know: shown as unknown, never as 0
        end = time.monotonic() + 30
        while monitor.health(state.key).battery is not None:  # type: ignore[union-attr]
            assert time.monotonic() < end
            time.sleep(0.05)
    finally:
        monitor.close()
        cars.close()
        fake.close()


def test_a_health_round_never_reads_sqlite_on_the_service_loop(tmp_path: Path) -> None:
    """The loop that polls the cars also serves the LAN pages: the registry is read off it."""
    bus = Bus()
    registry = CarRegistry(Database(tmp_path / "event.db"))
    where: list[str] = []
    find = registry.find

    def watched_find(key: str) -> object:
        try:
            asyncio.get_running_loop()
            where.append("loop")
        except RuntimeError:
            where.append("thread")
        return find(key)

    registry.find = watched_find  # type: ignore[method-assign]
    cars = CarService(
        tmp_path / "data", bus, registry=registry, credentials=FileStore(tmp_path / "creds.json")
    )
    listener = socket.create_server(("127.0.0.1", 0))  # the car's port answers: it is reachable
    port = listener.getsockname()[1]
    seen: list[CarHealthChanged] = []
    bus.subscribe(CarHealthChanged, seen.append)

    class NoRuns:
        def views(self) -> list[object]:
            return []

    monitor = CarHealthMonitor(bus, cars, NoRuns(), interval_s=0.2, details_every=1, connect_timeout_s=1.0)
    try:
        state = cars.add_car("amss-h003", address="127.0.0.1", ssh_port=port, https_port=port)
        monitor.start()
        end = time.monotonic() + 30
        while not any(e.health.car == state.key and e.health.reachable for e in seen):
            assert time.monotonic() < end, seen
            time.sleep(0.05)
        assert where and "loop" not in where, where
    finally:
        monitor.close()
        cars.close()
        listener.close()


def test_battery_parsing_from_the_ros_answer() -> None:
    out = "response:\ndeepracer_interfaces_pkg.srv.BatteryLevelSrv_Response(level=7)\n"
    assert battery_from_ros(out) == 7
    assert battery_from_ros(out.replace("7", "-1")) is None
    assert battery_from_ros("ros2: command not found") is None
