"""The server started the way the window and ``serve`` start it (``App.start_lan``): on the service loop
thread, real port."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

from web_venue import make_venue


def test_start_and_stop_on_the_service_loop(tmp_path: Path) -> None:
    venue = make_venue(tmp_path / "data")
    server = venue.app.start_lan(0, host="127.0.0.1")
    try:
        assert server.port and server.urls() == [f"http://127.0.0.1:{server.port}/"]
        assert server.qr_svg(server.urls()[0]).startswith("<svg")
        assert server.qr_png(server.urls()[0]).startswith(b"\x89PNG")
        venue.lap("alice", 12_345)  # published on this thread, delivered through the loop
        with urllib.request.urlopen(f"{server.urls()[0]}api/events/{venue.event_id}/leaderboard") as r:
            rows = json.load(r)["rows"]
        assert [(x["username"], x["fastest_lap_ms"]) for x in rows] == [("alice", 12_345)]
    finally:
        venue.app.stop_lan()
        venue.app.close()
    assert server.port is None


def test_lan_addresses_are_ipv4_and_never_empty() -> None:
    import ipaddress

    from drem_desktop.web.net import lan_addresses

    found = lan_addresses()
    assert found
    for a in found:
        assert ipaddress.ip_address(a).version == 4
