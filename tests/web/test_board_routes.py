"""Leaderboard features through aiohttp's test server over a real app: bundled flags, page options, the
landing page's links, and the race-summary figures."""

from __future__ import annotations

from typing import Any

import pytest
from aiohttp.test_utils import TestClient
from web_venue import Venue

from drem_desktop.domain.run import Stamp

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
async def client(venue: Venue, aiohttp_client: Any) -> TestClient:
    return await aiohttp_client(venue.server.make_app())


async def test_flags_options_and_landing(venue: Venue, client: TestClient) -> None:
    r = await client.get("/flags/gb.png")
    assert r.status == 200 and r.headers["Content-Type"] == "image/png"
    assert (await r.read())[:8] == b"\x89PNG\r\n\x1a\n"
    for bad in ("/flags/zz.png", "/flags/..%2Fstyle.png", "/flags/gbr.png"):
        assert (await client.get(bad)).status == 404
    r = await client.get(f"/leaderboard/{venue.event_id}?scroll=sideways")
    assert r.status == 400 and "scroll must be page, smooth or off" in await r.text()
    r = await client.get(f"/leaderboard/{venue.event_id}?qr=1&lang=sv")
    text = await r.text()
    assert r.status == 200 and '<html lang="sv">' in text and "<svg" in text and 'data-scroll="page"' in text
    r = await client.get(f"/leaderboard/{venue.event_id}?lang=%3Cscript%3E")
    assert '<html lang="en">' in await r.text()  # not a language: ignored
    r = await client.get(f"/event/{venue.event_id}")
    text = await r.text()
    assert "/tablet?track=1" in text and "/tablet?track=2" in text and text.count("<svg") == 1
    assert "?scroll=page|smooth|off" in text


def test_race_summary_figures(venue: Venue) -> None:
    app, rc = venue.app, venue.app.race_control
    config = app.events.get(venue.event_id).config
    track = venue.track_ids[0]
    venue.lap("alice", 12_000)
    venue.lap("bob", 11_000)
    rc.submit(track)
    assert app.race_summaries.wait_idle()
    bob = app.race_summaries.latest(track)
    assert bob is not None and bob["rank"] == 1 and bob["new_on_board"] and bob["rank_before"] is None
    # alice again: two valid laps and an invalid one (DNF), she goes from 2nd to 1st
    rc.prepare(venue.event_id, track, venue.racers["alice"], config)
    rc.start(track)
    t = rc.view(track).run.lap_start.host_ms  # type: ignore[union-attr]
    rc.capture_lap(track, stamp=Stamp(t + 10_500))
    rc.capture_lap(track, stamp=Stamp(t + 10_500 + 11_500))
    rc.dnf(track)
    rc.submit(track)
    assert app.race_summaries.wait_idle()
    s = app.race_summaries.latest(track)
    assert s is not None and s["racer_id"] == venue.racers["alice"]
    assert s["fastest_ms"] == 10_500 and s["average_ms"] == 11_000
    assert s["laps"] == 3 and s["valid_laps"] == 2 and abs(s["completion"] - 2 / 3) < 1e-9
    assert (s["rank_before"], s["rank"], s["rank_gained"]) == (2, 1, 1)
    assert app.race_summaries.latest(track, max_age_s=-1) is None  # shown for a while only
