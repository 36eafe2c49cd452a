"""One laptop inside a network namespace for the LAN test: the app's LAN server and sync with mDNS on
the namespace's own interface, driven by JSON lines on stdin, reporting JSON lines on stdout."""

from __future__ import annotations

import json
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

from drem_desktop.app import App
from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.events import LaptopSeen
from drem_desktop.timing.crossing import Crossing

out_lock = threading.Lock()


def say(**data: object) -> None:
    with out_lock:
        print(json.dumps(data, default=str), flush=True)


def main() -> None:
    folder, name = Path(sys.argv[1]), sys.argv[2]
    app = App(folder, backup_at_start=False)
    app.db.set_setting("sync.name", name)
    app.sync.lan.name = name
    app.bus.subscribe(
        LaptopSeen, lambda e: say(seen=e.laptop_id, name=e.name, address=e.address, port=e.port)
    )
    lan = app.start_lan(0)
    say(ready=app.db.laptop_id, port=lan.port)
    try:
        for line in sys.stdin:
            cmd = json.loads(line)
            try:
                handle(app, lan.port or 0, cmd)
            except Exception as exc:
                say(error=f"{type(exc).__name__}: {exc}", cmd=cmd.get("cmd"))
    finally:
        app.close()


def handle(app: App, port: int, cmd: dict[str, object]) -> None:
    kind = cmd["cmd"]
    if kind == "event":
        e = app.events.create(str(cmd["name"]), "2026-11-24", RaceConfig(race_time_ms=None, min_lap_ms=0), 3)
        say(event=e.event_id)
    elif kind == "code":
        say(code=app.sync.offer_pairing())
    elif kind == "pair":
        peer = app.sync.pair(str(cmd["address"]), int(cmd["port"]), str(cmd["code"]), my_port=port)  # type: ignore[call-overload]
        say(paired=peer.laptop_id)
    elif kind == "lap":
        event = app.events.get(str(cmd["event"]))
        track = event.tracks[int(cmd["track"]) - 1].track_id  # type: ignore[call-overload]
        racer = app.racers.add(str(cmd["racer"]))
        rc = app.race_control
        rc.prepare(event.event_id, track, racer.racer_id, event.config)
        at, clock = rc.now(), 0
        rc.handle_crossing(track, Crossing("serial", "1", at, 0, "clk", 0))
        for i, ms in enumerate(cmd["ms"], start=1):  # type: ignore[arg-type]
            clock += int(ms)
            rc.handle_crossing(track, Crossing("serial", "1", at + clock, clock, "clk", i))
        rc.submit(track)
        say(lapped=racer.racer_id, at=time.time())
    elif kind == "board":
        try:
            rows = [r.to_json() for r in app.leaderboards.rows(str(cmd["event"]), "combined", "fastest")]
        except Exception:
            rows = None
        say(board=rows, events=[e.event_id for e in app.events.list()])
    elif kind == "peers":
        say(peers=[p.laptop_id for p in app.sync.peers()])
    elif kind == "probe":
        # a stranger on the venue network asks for changes without being paired
        url = f"http://{cmd['address']}:{cmd['port']}/sync/v1/changes"
        request = urllib.request.Request(
            url, data=b"\x00" * 64, headers={"X-Drem-Laptop": app.db.laptop_id}, method="POST"
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as r:
                say(probe=r.status, body=len(r.read()))
        except urllib.error.HTTPError as e:
            say(probe=e.code, body=e.read().decode(errors="replace"))


if __name__ == "__main__":
    main()
