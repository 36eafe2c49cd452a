"""mDNS discovery between two network namespaces this test creates (car side advertises, app side finds).

Only addresses inside those namespaces are used (10.231.7.0/24 on a veth pair that exists only there).
"""

from __future__ import annotations

import json
import os
import queue
import secrets
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).parent


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True)


@pytest.fixture
def namespaces() -> Iterator[tuple[str, str]]:
    if os.geteuid() != 0:
        pytest.skip("network namespaces need root")
    tag = secrets.token_hex(3)
    car, app = f"drem-car-{tag}", f"drem-app-{tag}"
    _ip("netns", "add", car)
    _ip("netns", "add", app)
    try:
        _ip("link", "add", f"vc{tag}", "type", "veth", "peer", "name", f"va{tag}")
        _ip("link", "set", f"vc{tag}", "netns", car)
        _ip("link", "set", f"va{tag}", "netns", app)
        for ns, dev, addr in ((car, f"vc{tag}", "10.231.7.1/24"), (app, f"va{tag}", "10.231.7.2/24")):
            _ip("-n", ns, "addr", "add", addr, "dev", dev)
            _ip("-n", ns, "link", "set", dev, "up", "multicast", "on")
            _ip("-n", ns, "link", "set", "lo", "up")
        yield car, app
    finally:
        subprocess.run(["ip", "netns", "del", car], check=False)
        subprocess.run(["ip", "netns", "del", app], check=False)


class Lines:
    """Reads a child's stdout lines on a thread so the test can wait with a timeout."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self.proc = proc
        self.q: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.q.put(line.strip())

    def wait_for(self, check, timeout: float = 15.0) -> dict:
        while True:
            try:
                line = self.q.get(timeout=timeout)
            except queue.Empty:
                raise AssertionError("timed out waiting for discovery output") from None
            if line.startswith("{"):
                item = json.loads(line)
                if check(item):
                    return item


def _spawn(ns: str, script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        ["ip", "netns", "exec", ns, sys.executable, str(HERE / script), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def _end(proc: subprocess.Popen[str]) -> None:
    if proc.stdin:
        proc.stdin.close()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def test_car_found_resolved_and_lost_across_namespaces(namespaces: tuple[str, str]) -> None:
    car_ns, app_ns = namespaces
    app = _spawn(app_ns, "netns_discover.py", "amss-n001")
    advertiser = _spawn(car_ns, "netns_advertise.py", "amss-n001", "10.231.7.1", "AMSS-N001")
    try:
        assert advertiser.stdout is not None and advertiser.stdout.readline().strip() == "ready"
        lines = Lines(app)
        seen = lines.wait_for(lambda e: e["event"] == "seen")
        assert seen == {
            "event": "seen",
            "hostname": "amss-n001",
            "address": "10.231.7.1",
            "serial": "AMSS-N001",
            "key": "amss-n001",
        }
        resolved = lines.wait_for(lambda e: e["event"] == "resolved")
        assert resolved["address"] == "10.231.7.1"
        # The laptop's _workstation record was checked (nothing answers HTTPS there) and not taken.
        verified = lines.wait_for(lambda e: e["event"] == "verified")
        assert verified == {"event": "verified", "address": "10.231.7.1", "car": False}
        _end(advertiser)  # the car goes away: zeroconf sends its goodbye
        later: list[dict] = []
        lost = lines.wait_for(lambda e: later.append(e) or e["event"] == "lost")
        assert lost["key"] == "amss-n001"
        assert not [e for e in later if e.get("hostname") == "organizer-laptop"]
    finally:
        _end(advertiser)
        _end(app)
