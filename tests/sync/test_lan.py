"""LAN sync on loopback: pairing by code, sealed requests, changes both ways within a second, an unpaired
laptop refused, a peer vanishing mid-transfer. (Across network namespaces with mDNS: test_lan_netns.py.)"""

from __future__ import annotations

import json
import os
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from drem_desktop.app import App
from drem_desktop.domain.errors import NotFound
from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.events import LeaderboardChanged
from drem_desktop.sync.lan import sealing

from .faultproxy import FaultProxy
from .test_merge import rows, timed_run

Laptops = Callable[..., App]


def wait_for(check: Callable[[], Any], timeout: float = 20.0, what: str = "condition") -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


class Venue:
    """Laptops with their LAN servers on loopback (no mDNS here)."""

    def __init__(self, laptops: Laptops) -> None:
        self.laptops = laptops
        self.servers: list[tuple[App, Any]] = []

    def laptop(self, name: str) -> tuple[App, int]:
        app = self.laptops(name)
        server = app.start_lan(0, host="127.0.0.1")
        self.servers.append((app, server))
        assert server.port
        return app, server.port

    def close(self) -> None:
        for app, _server in self.servers:
            app.stop_lan()


@pytest.fixture
def venue(laptops: Laptops) -> Iterator[Venue]:
    v = Venue(laptops)
    yield v
    v.close()


def board(app: App, event_id: str) -> str:
    try:
        rows_ = app.leaderboards.rows(event_id, "combined", "fastest")
    except NotFound:
        return "no such event (yet)"
    return json.dumps([r.to_json() for r in rows_], default=str)


def paired(venue: Venue) -> tuple[App, int, App, int, str]:
    a, port_a = venue.laptop("a")
    b, port_b = venue.laptop("b")
    event = a.events.create("LAN Cup", "2026-11-24", RaceConfig(race_time_ms=None, min_lap_ms=0), 2)
    code = a.sync.offer_pairing()
    peer = b.sync.pair("127.0.0.1", port_a, code, my_port=port_b)
    assert peer.laptop_id == a.db.laptop_id
    wait_for(lambda: a.sync.lan.pairing_done() == b.db.laptop_id, what="pairing done on a")
    wait_for(lambda: b.events.list(), what="the event on b")
    return a, port_a, b, port_b, event.event_id


def test_paired_laptops_sync_both_ways(venue: Venue) -> None:
    a, port_a, b, _port_b, event_id = paired(venue)
    assert [p.laptop_id for p in a.sync.peers()] == [b.db.laptop_id]
    assert [p.laptop_id for p in b.sync.peers()] == [a.db.laptop_id]
    tracks = a.events.get(event_id).tracks
    bob = b.racers.add("bob")
    seen: list[LeaderboardChanged] = []
    a.bus.subscribe(LeaderboardChanged, seen.append)
    timed_run(b, event_id, tracks[1].track_id, bob.racer_id, [9_400])  # a lap on track 2's laptop...
    wait_for(lambda: "9400" in board(a, event_id), timeout=10, what="b's lap on a's board")
    assert any(e.event_id == event_id for e in seen)  # ...is on track 1's combined board, announced
    # (how fast: bench/sync.py, lan_p99_ms)
    # and on a's LAN page
    with urllib.request.urlopen(
        f"http://127.0.0.1:{port_a}/api/events/{event_id}/leaderboard?track=combined"
    ) as r:
        assert "bob" in r.read().decode()
    ann = a.racers.add("ann")
    timed_run(a, event_id, tracks[0].track_id, ann.racer_id, [8_800])
    wait_for(lambda: "8800" in board(b, event_id), timeout=10, what="a's lap on b")
    wait_for(lambda: board(a, event_id) == board(b, event_id), what="equal boards")
    for table in ("event", "track", "racer", "run", "lap"):
        wait_for(lambda t=table: rows(a, t) == rows(b, t), what=table)


NOTHING = b"403: Forbidden"  # aiohttp's bare refusal: not a byte of the event


def _post(port: int, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}", data=body, headers=headers, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def test_an_unpaired_laptop_gets_nothing_and_changes_nothing(venue: Venue, laptops: Laptops) -> None:
    a, port_a, b, _port_b, _event_id = paired(venue)
    stranger = laptops("stranger")
    before = (rows(a, "racer"), rows(a, "lap"))
    me = stranger.db.laptop_id
    fake_secret = os.urandom(32)
    sealed = sealing.seal(fake_secret, me, a.db.laptop_id, "changes", json.dumps({"have": {}}).encode())
    for sender in (me, b.db.laptop_id):  # its own id, or pretending to be the paired laptop
        status, body = _post(port_a, "/sync/v1/changes", sealed, {"X-Drem-Laptop": sender})
        assert (status, body) == (403, NOTHING)
    status, body = _post(port_a, "/sync/v1/changes", b"{}", {})
    assert (status, body) == (403, NOTHING)
    status, _body = _post(port_a, "/sync/v1/model", sealed, {"X-Drem-Laptop": me})
    assert status == 403
    # no pairing code is showing: pairing is refused too
    with pytest.raises(sealing.PairingError, match="not showing a pairing code"):
        stranger.sync.loop.start().submit(stranger.sync.lan.pair_with("127.0.0.1", port_a, "123456")).result(
            20
        )
    assert (rows(a, "racer"), rows(a, "lap")) == before
    assert [p.laptop_id for p in a.sync.peers()] == [b.db.laptop_id]
    assert b.events.list() and not stranger.events.list()


def test_a_wrong_code_fails_and_three_tries_end_the_code(venue: Venue, laptops: Laptops) -> None:
    a, port_a = venue.laptop("a")
    guesser = laptops("guesser")
    code = a.sync.offer_pairing()
    wrong = f"{(int(code) + 1) % 1_000_000:06d}"
    submit = guesser.sync.loop.start().submit
    for _try in range(3):
        with pytest.raises(sealing.PairingError, match="does not match"):
            submit(guesser.sync.lan.pair_with("127.0.0.1", port_a, wrong)).result(20)
    with pytest.raises(sealing.PairingError, match="not showing a pairing code"):
        submit(guesser.sync.lan.pair_with("127.0.0.1", port_a, code)).result(20)  # even the right one now
    assert a.sync.peers() == [] and guesser.sync.peers() == []


def test_a_peer_vanishing_mid_transfer_then_back(venue: Venue) -> None:
    a, port_a = venue.laptop("a")
    b, port_b = venue.laptop("b")
    proxy = FaultProxy(port_a)  # b reaches a through a line the test can cut
    try:
        event = a.events.create("Vanish Cup", "2026-11-24", RaceConfig(race_time_ms=None, min_lap_ms=0), 1)
        racers = [a.racers.add(f"r{i:02d}") for i in range(30)]
        for r in racers:
            timed_run(a, event.event_id, event.tracks[0].track_id, r.racer_id, [9_000, 9_100])
        # every answer is cut halfway, or the line drops, for a while
        proxy.fail("truncate", times=3, path="/sync/v1/changes")
        proxy.fail("drop", times=3, path="/sync/v1/changes")
        b.sync.pair("127.0.0.1", proxy.port, a.sync.offer_pairing(), my_port=port_b)
        wait_for(lambda: proxy.injected >= 6, timeout=60, what="the faults")
        wait_for(lambda: b.sync.lan.status.get(a.db.laptop_id, None) is not None, what="a status")
        wait_for(lambda: board(b, event.event_id) == board(a, event.event_id), timeout=90, what="convergence")
        assert len(b.leaderboards.rows(event.event_id, "combined", "fastest")) == 30
        assert rows(a, "lap") == rows(b, "lap")
        # and a vanishes altogether: b says so, and catches up once it is back
        proxy.down = True
        proxy.fail("drop", times=1000, path="/sync/v1/changes")
        timed_run(a, event.event_id, event.tracks[0].track_id, racers[0].racer_id, [7_300])
        wait_for(
            lambda: getattr(b.sync.lan.status.get(a.db.laptop_id), "state", "") == "offline",
            timeout=60,
            what="offline status",
        )
        proxy.clear()
        wait_for(lambda: "7300" in board(b, event.event_id), timeout=60, what="catching up")
    finally:
        proxy.close()


def test_models_come_from_a_paired_laptop_checked(venue: Venue, tmp_path: Any) -> None:
    from drem_desktop.models.sample import write_sample_model

    a, _port_a, b, _port_b, _event_id = paired(venue)
    ann = a.racers.add("ann")
    sample = write_sample_model(tmp_path / "lan-model.tar.gz", pb_size=9 * 1024 * 1024)  # three chunks
    model = a.models.import_file(sample, ann.racer_id).model
    assert model is not None
    wait_for(lambda: b.models.models(every_racer=True), what="the model's row on b")
    peer = b.sync.lan.peers.get(a.db.laptop_id)
    assert peer is not None
    fetched = b.sync.loop.submit(b.sync.lan.pull_models(peer)).result(120)
    assert fetched == 1
    got = b.paths.root / b.models.models(every_racer=True)[0].file_path
    assert got.read_bytes() == sample.read_bytes()
    assert b.sync.loop.submit(b.sync.lan.pull_models(peer)).result(60) == 0  # nothing left to fetch
