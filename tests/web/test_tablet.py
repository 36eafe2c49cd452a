"""The tablet timekeeper's guard through aiohttp's test server over a real app: PIN (scrypt hash), session,
CSRF, lockout, expiry. Every refused request changes nothing."""

from __future__ import annotations

import re
import threading
from dataclasses import replace
from typing import Any

import pytest
from aiohttp.test_utils import TestClient
from web_venue import Venue

from drem_desktop.services.tablet_access import SETTING, PinRefused, TabletAccess, hash_pin, pin_matches
from drem_desktop.timing.crossing import Crossing

pytestmark = pytest.mark.timeout(60)
PIN = "4821"


@pytest.fixture
async def client(venue: Venue, aiohttp_client: Any) -> TestClient:
    venue.app.tablet_access.set_pin(PIN)
    return await aiohttp_client(venue.server.make_app())


async def login(client: TestClient, pin: str = PIN, track: int = 1) -> Any:
    page = await client.get(f"/tablet?track={track}")
    token = re.search(r'name="login_token" value="([^"]+)"', await page.text())
    assert token is not None
    return await client.post(
        "/tablet/login",
        data={"pin": pin, "login_token": token.group(1), "track": str(track)},
        allow_redirects=False,
    )


async def csrf_of(client: TestClient, track: int = 1) -> str:
    page = await client.get(f"/tablet?track={track}")
    found = re.search(r'data-csrf="([^"]+)"', await page.text())
    assert found is not None
    return found.group(1)


def test_the_pin_is_kept_only_as_a_salted_scrypt_hash(venue: Venue) -> None:
    venue.app.tablet_access.set_pin("12345")
    stored = venue.app.db.get_setting(SETTING)
    assert stored["kdf"] == "scrypt" and stored["n"] >= 2**14 and "12345" not in str(stored)
    assert pin_matches("12345", stored) and not pin_matches("12346", stored)
    assert hash_pin("12345")["hash"] != stored["hash"]  # a fresh salt each time
    with pytest.raises(ValueError, match="4 to 12 digits"):
        venue.app.tablet_access.set_pin("12a4")


async def test_login_then_operate_with_the_csrf_token(venue: Venue, client: TestClient) -> None:
    r = await client.get("/tablet")
    assert r.status == 200 and "Operator PIN" in await r.text() and r.headers["Cache-Control"] == "no-store"
    r = await login(client)
    assert r.status == 303 and r.headers["Location"] == "/tablet?track=1"
    cookie = r.cookies["drem_tablet"]
    assert cookie["httponly"] and cookie["samesite"] == "Strict"
    csrf = await csrf_of(client)
    rc, track = venue.app.race_control, venue.track_ids[0]
    venue.app.queue.add(track, venue.racers["alice"])
    r = await client.post("/tablet/api/op", json={"op": "next", "track": 1}, headers={"X-CSRF-Token": csrf})
    assert r.status == 200, await r.text()
    state = await r.json()
    assert state["run"]["racer"] == "alice" and state["run"]["state"] == "ready" and state["queue"] == []
    assert state["laptop"] and state["track"]["number"] == 1 and state["event"]["name"] == "Spring Cup"
    for op in ("start_pause", "reset_plus", "reset_plus", "reset_minus", "lap"):
        r = await client.post("/tablet/api/op", json={"op": op, "track": 1}, headers={"X-CSRF-Token": csrf})
        assert r.status == 200, (op, await r.text())
    view = rc.view(track)
    assert view is not None and len(view.run.laps) == 1 and view.run.laps[0].resets == 1
    # an operation that does not apply says why, as the console would
    r = await client.post("/tablet/api/op", json={"op": "undo", "track": 2}, headers={"X-CSRF-Token": csrf})
    assert r.status == 409 and "No racer is on this track" in (await r.json())["error"]


async def test_a_lap_tap_sooner_than_the_minimum_lap_is_offered_to_count_anyway(
    venue: Venue, client: TestClient
) -> None:
    rc, track = venue.app.race_control, venue.track_ids[0]
    config = replace(venue.app.events.get(venue.event_id).config, min_lap_ms=5_000)
    rc.prepare(venue.event_id, track, venue.racers["alice"], config)
    await login(client)
    csrf = await csrf_of(client)

    async def tap(op: str) -> dict[str, Any]:
        r = await client.post("/tablet/api/op", json={"op": op, "track": 1}, headers={"X-CSRF-Token": csrf})
        assert r.status == 200, (op, await r.text())
        answer: dict[str, Any] = await r.json()
        return answer

    # a trigger starts the run; a start/pause tap just after it does not pause, and says so
    rc.handle_crossing(track, Crossing("serial", "1", rc.now(), 1_000, "dev"))
    answer = await tap("start_pause")
    assert answer["run"]["state"] == "running"
    assert answer["notice"].startswith("The sensor started the run just before your tap")
    # a lap tap at once is no lap: the tablet is told, with the offer to count it anyway
    answer = await tap("lap")
    assert answer["run"]["laps"] == [] and answer["run"]["short_lap"]["minimum_ms"] == 5_000
    assert answer["notice"].startswith("Lap ") and "not a lap. Tap Count it anyway" in answer["notice"]
    assert 0 <= answer["run"]["short_lap"]["after_ms"] < 5_000
    answer = await tap("count_short")
    assert len(answer["run"]["laps"]) == 1 and answer["run"]["short_lap"] is None and answer["notice"] == ""
    view = rc.view(track)
    assert view is not None and len(view.run.laps) == 1
    page = await client.get("/tablet?track=1")
    assert 'data-op="count_short"' in await page.text()


async def test_refused_requests_change_nothing(venue: Venue, client: TestClient, aiohttp_client: Any) -> None:
    rc, track = venue.app.race_control, venue.track_ids[0]
    rc.prepare(venue.event_id, track, venue.racers["bob"], venue.app.events.get(venue.event_id).config)
    await login(client)
    csrf = await csrf_of(client)
    attempts = [
        ({}, {"op": "start_pause", "track": 1}),  # no CSRF token
        ({"X-CSRF-Token": "forged"}, {"op": "start_pause", "track": 1}),
        ({"X-CSRF-Token": csrf, "Origin": "http://evil.example"}, {"op": "start_pause", "track": 1}),
        ({"X-CSRF-Token": csrf, "Sec-Fetch-Site": "cross-site"}, {"op": "start_pause", "track": 1}),
    ]
    for headers, body in attempts:
        r = await client.post("/tablet/api/op", json=body, headers=headers)
        assert r.status == 403, headers
    r = await client.post("/tablet/api/op", data="start", headers={"X-CSRF-Token": csrf})
    assert r.status == 400
    stranger = await aiohttp_client(venue.server.make_app())  # no session cookie at all
    r = await stranger.post(
        "/tablet/api/op", json={"op": "start_pause", "track": 1}, headers={"X-CSRF-Token": csrf}
    )
    assert r.status == 401
    assert (await stranger.get("/tablet/api/state")).status == 401
    assert (await stranger.get("/tablet/live")).status == 401
    view = rc.view(track)
    assert view is not None and view.state.value == "ready"  # nothing started


async def test_wrong_pins_lock_the_tablet_out(venue: Venue, client: TestClient) -> None:
    for n in range(4):
        r = await login(client, "0000")
        assert r.status == 401 and f"{4 - n} tries left" in await r.text()
    r = await login(client, "0000")
    assert r.status == 429 and "locked out for 300 s" in await r.text()
    r = await login(client, PIN)  # even the right PIN waits out the lockout
    assert r.status == 429 and "Too many wrong PINs" in await r.text()
    assert "drem_tablet" not in r.cookies


def test_guesses_sent_at_the_same_time_cannot_pass_the_limits() -> None:
    settings: dict[str, Any] = {}
    access = TabletAccess(lambda k, d=None: settings.get(k, d), settings.__setitem__)
    access.set_pin("24681357")
    start = threading.Barrier(40)
    refused: list[str] = []

    def guess(n: int) -> None:  # forty phones, one wrong PIN each, all at once
        start.wait()
        try:
            access.login(f"{n:08d}", f"10.0.{n}.1")
        except PinRefused as exc:
            refused.append(str(exc))

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(40)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert len(refused) == 40
    assert sum(r.startswith("Wrong PIN") for r in refused) == access.global_tries  # checked: twenty
    assert sum(r.startswith("Too many wrong PINs") for r in refused) == 40 - access.global_tries
    with pytest.raises(PinRefused, match="Too many wrong PINs"):
        access.login("24681357", "10.0.99.1")  # the laptop waits out the lockout, for everyone


def test_every_tablet_waits_longer_each_time_the_laptop_is_locked() -> None:
    settings: dict[str, Any] = {}
    now = [0.0]
    access = TabletAccess(lambda k, d=None: settings.get(k, d), settings.__setitem__, clock=lambda: now[0])
    access.set_pin("24681357")
    waits = []
    for _round in range(6):
        for n in range(access.global_tries):  # from ever new phones: only the laptop's limit holds
            with pytest.raises(PinRefused, match="Wrong PIN"):
                access.login(f"{n:08d}", f"10.{_round}.{n}.1")
        with pytest.raises(PinRefused, match="Too many wrong PINs") as refused:
            access.login("24681357", "10.0.99.1")
        assert refused.value.retry_after_s is not None
        waits.append(round(refused.value.retry_after_s))
        now[0] += refused.value.retry_after_s
    assert waits == [300, 600, 1200, 2400, 3600, 3600]  # doubling, at most an hour
    access.set_pin("97531864")  # a new PIN starts again from five minutes
    for n in range(access.global_tries):
        with pytest.raises(PinRefused):
            access.login(f"{n:08d}", f"10.9.{n}.1")
    with pytest.raises(PinRefused) as refused:
        access.login("97531864", "10.0.99.1")
    assert round(refused.value.retry_after_s or 0) == 300


async def test_a_form_from_elsewhere_cannot_log_in(client: TestClient) -> None:
    r = await client.post("/tablet/login", data={"pin": PIN, "login_token": "guess"}, allow_redirects=False)
    assert r.status == 403 and "drem_tablet" not in r.cookies


async def test_no_pin_no_tablet(venue: Venue, aiohttp_client: Any) -> None:
    venue.app.tablet_access.clear_pin()
    client = await aiohttp_client(venue.server.make_app())
    r = await client.get("/tablet")
    assert "No tablet PIN is set yet" in await r.text()
    r = await login(client, "1234")
    assert r.status == 401 and "No tablet PIN is set on the laptop" in await r.text()


def test_sessions_expire_and_a_new_pin_ends_them() -> None:
    settings: dict[str, Any] = {}
    now = [0.0]
    access = TabletAccess(
        lambda k, d=None: settings.get(k, d),
        settings.__setitem__,
        idle_s=60,
        lifetime_s=600,
        clock=lambda: now[0],
    )
    access.set_pin("2468")
    token, _s = access.login("2468", "10.0.0.5")
    now[0] = 50
    assert access.session(token) is not None  # used: the idle clock restarts
    now[0] = 100
    assert access.peek(token)  # a page left open does not count as use …
    now[0] = 115
    assert not access.peek(token) and access.session(token) is None  # … and it expires
    token, _s = access.login("2468", "10.0.0.5")
    access.set_pin("1357")
    assert access.session(token) is None
    token, _s = access.login("1357", "10.0.0.5")
    for t in range(1, 12):  # used every minute, still ends after its lifetime
        now[0] = 115 + t * 55
        alive = access.session(token) is not None
    assert not alive


def test_many_clients_guessing_lock_everyone_out() -> None:
    settings: dict[str, Any] = {}
    access = TabletAccess(lambda k, d=None: settings.get(k, d), settings.__setitem__, global_tries=6)
    access.set_pin("2468")
    from drem_desktop.services.tablet_access import PinRefused

    for n in range(6):
        with pytest.raises(PinRefused):
            access.login("0000", f"10.0.0.{n}")
    with pytest.raises(PinRefused, match="Too many wrong PINs"):
        access.login("2468", "10.0.0.99")
