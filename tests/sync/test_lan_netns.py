"""Two app instances in two network namespaces this test creates find each other by mDNS, pair with a
code, sync both ways; a third, unpaired, on the same network gets nothing.

Only addresses inside these namespaces are used (10.233.9.0/24 on a bridge that exists only there).
"""

from __future__ import annotations

import json
import os
import queue
import secrets
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import fresh_folder

HERE = Path(__file__).parent


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True)


@pytest.fixture
def network() -> Iterator[list[str]]:
    if os.geteuid() != 0:
        pytest.skip("network namespaces need root")
    tag = secrets.token_hex(3)
    hub = f"drem-hub-{tag}"
    names = [f"drem-l{i}-{tag}" for i in range(3)]
    made: list[str] = []
    try:
        for ns in (hub, *names):
            _ip("netns", "add", ns)
            made.append(ns)
        _ip("-n", hub, "link", "add", "br0", "type", "bridge")
        _ip("-n", hub, "link", "set", "br0", "type", "bridge", "mcast_snooping", "0")
        _ip("-n", hub, "link", "set", "br0", "up")
        for i, ns in enumerate(names):
            inside, outside = f"vl{i}{tag}", f"vh{i}{tag}"
            _ip("link", "add", inside, "type", "veth", "peer", "name", outside)
            _ip("link", "set", inside, "netns", ns)
            _ip("link", "set", outside, "netns", hub)
            _ip("-n", hub, "link", "set", outside, "master", "br0", "up")
            _ip("-n", ns, "addr", "add", f"10.233.9.{i + 1}/24", "dev", inside)
            _ip("-n", ns, "link", "set", inside, "up", "multicast", "on")
            _ip("-n", ns, "link", "set", "lo", "up")
        yield names
    finally:
        for ns in made:
            subprocess.run(["ip", "netns", "del", ns], check=False)


class Laptop:
    def __init__(self, ns: str, folder: Path, name: str) -> None:
        self.proc = subprocess.Popen(
            ["ip", "netns", "exec", ns, sys.executable, str(HERE / "netns_laptop.py"), str(folder), name],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(HERE.parent.parent), "DREM_SYNC_MDNS": "1"},
        )
        self.q: queue.Queue[dict[str, Any]] = queue.Queue()
        self.seen: dict[str, dict[str, Any]] = {}
        threading.Thread(target=self._read, daemon=True).start()
        ready = self.wait(lambda e: "ready" in e, 60)
        self.laptop_id, self.port = ready["ready"], ready["port"]

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.startswith("{"):
                item = json.loads(line)
                if "seen" in item:
                    self.seen[item["seen"]] = item
                self.q.put(item)

    def send(self, **cmd: Any) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(cmd) + "\n")
        self.proc.stdin.flush()

    def wait(self, check: Callable[[dict[str, Any]], bool], timeout: float = 30) -> dict[str, Any]:
        while True:
            try:
                item = self.q.get(timeout=timeout)
            except queue.Empty:
                raise AssertionError("timed out waiting for the laptop") from None
            if "error" in item:
                raise AssertionError(f"laptop failed: {item}")
            if check(item):
                return item

    def ask(self, timeout: float = 30, **cmd: Any) -> dict[str, Any]:
        key = {
            "event": "event",
            "code": "code",
            "pair": "paired",
            "lap": "lapped",
            "board": "board",
            "peers": "peers",
            "probe": "probe",
        }[cmd["cmd"]]
        self.send(**cmd)
        return self.wait(lambda e: key in e, timeout)

    def board_until(self, event_id: str, check: Callable[[Any], bool], timeout: float = 30) -> Any:
        import time

        deadline = time.monotonic() + timeout
        while True:
            board = self.ask(cmd="board", event=event_id)["board"]
            if board is not None and check(board):
                return board
            if time.monotonic() > deadline:
                raise AssertionError(f"board never satisfied the check: {board}")
            time.sleep(0.2)

    def close(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def test_two_laptops_pair_by_mdns_and_sync_and_a_stranger_gets_nothing(
    network: list[str], template_data_dir: Path, tmp_path: Path
) -> None:
    names = ["track-1", "track-2", "stranger"]
    laptops: list[Laptop] = []
    try:
        for ns, name in zip(network, names, strict=True):
            laptops.append(Laptop(ns, fresh_folder(template_data_dir, tmp_path / name), name))
        one, two, stranger = laptops
        # each finds the others on the LAN by mDNS
        import time

        deadline = time.monotonic() + 30
        while not (
            two.laptop_id in one.seen and one.laptop_id in two.seen and one.laptop_id in stranger.seen
        ):
            assert time.monotonic() < deadline, f"mDNS: {one.seen} {two.seen}"
            time.sleep(0.1)
        seen_one = two.seen[one.laptop_id]
        assert seen_one["name"] == "track-1" and seen_one["address"] == "10.233.9.1"
        event_id = one.ask(cmd="event", name="Netns Cup")["event"]
        code = one.ask(cmd="code")["code"]
        assert (
            two.ask(cmd="pair", address=seen_one["address"], port=seen_one["port"], code=code)["paired"]
            == one.laptop_id
        )
        # a lap on track 2's laptop appears on track 1's combined leaderboard, and back
        two.board_until(event_id, lambda b: b == [])  # the event arrived
        two.ask(cmd="lap", event=event_id, track=2, racer="bob", ms=[9_400])
        one.board_until(event_id, lambda b: any(r["fastest_lap_ms"] == 9_400 for r in b), timeout=10)
        one.ask(cmd="lap", event=event_id, track=1, racer="ann", ms=[8_800])
        final = one.board_until(event_id, lambda b: len(b) == 2)
        two.board_until(event_id, lambda b: b == final, timeout=10)
        # the stranger sees the others but gets nothing from them and changes nothing
        probe = stranger.ask(cmd="probe", address="10.233.9.1", port=one.port)
        assert probe["probe"] == 403 and "Netns" not in probe["body"] and "ann" not in probe["body"]
        assert stranger.ask(cmd="board", event=event_id)["events"] == []
        assert one.ask(cmd="peers")["peers"] == [two.laptop_id]
        assert one.ask(cmd="board", event=event_id)["board"] == final
    finally:
        for laptop in laptops:
            laptop.close()
        shutil.rmtree(tmp_path, ignore_errors=True)
