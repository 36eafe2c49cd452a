"""How fast a lap reaches every phone: 500 Server-Sent-Events clients on loopback.

The server is a real app (SQLite in a temporary folder, an event of 40 racers with laps) running the LAN
server on its service loop, in its own process. This process opens the clients, then asks the server to
record laps through race control, one every 300 ms. Latency is measured per client from just before
race control records the lap (commit included) until that client has the new leaderboard; both
processes read the same system-wide monotonic clock.

Run from the repo root: ``.venv/bin/python bench/web_fanout.py [--clients 500] [--laps 20]``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from pathlib import Path

from serverproc import rss_mb, serve_or_bench, start_server, temp_folder


# -- server process ---------------------------------------------------------------------------------
def serve(data_dir: str) -> None:
    from drem_desktop.app import App
    from drem_desktop.demo import populate
    from drem_desktop.domain.run import Stamp
    from drem_desktop.web.app_source import AppSource
    from drem_desktop.web.server import WebConfig, WebServer

    app = App(Path(data_dir), backup_at_start=False)
    event = populate(app, racers=40, runs_per_racer=2, laps_per_run=6, tracks=2, fast=True)
    racer = app.racers.add("bench_racer", display_name="Bench Racer").racer_id
    track = event.tracks[0].track_id
    server = WebServer(AppSource(app), None, WebConfig(host="127.0.0.1", port=0))
    loop = app.service_loop.start()
    port = loop.submit(server.start()).result(30)
    rc = app.race_control
    rc.prepare(event.event_id, track, racer, event.config)
    rc.start(track)
    print(json.dumps({"port": port, "event": event.event_id}), flush=True)
    lap_ms = 9_000
    for line in sys.stdin:
        if line.strip() != "lap":
            break
        view = rc.view(track)
        if view is None or view.run.lap_start is None or view.run.expired(rc.now()):
            rc.end(track)  # race time used up: the next run of the same racer
            rc.submit(track)
            rc.prepare(event.event_id, track, racer, event.config)
            view = rc.start(track)
        assert view.run.lap_start is not None
        lap_ms -= 10
        t0 = time.monotonic()
        rc.capture_lap(track, stamp=Stamp(view.run.lap_start.host_ms + lap_ms))
        t1 = time.monotonic()
        print(json.dumps({"t0": t0, "commit_ms": (t1 - t0) * 1000, "lap_ms": lap_ms}), flush=True)
    loop.submit(server.stop()).result(10)
    app.close()


# -- clients (this process) -------------------------------------------------------------------------
MARK = b'"username":"bench_racer"'


class Phone(asyncio.Protocol):
    """One SSE client on a plain socket: it sends the GET and notes when each leaderboard arrives.

    500 of them share this process's one CPU, where 500 real phones would each have their own, so the
    client does as little as it can per message (no HTTP library, a byte search for the lap count)
    to keep the bench measuring the server rather than itself.
    """

    def __init__(self, request: bytes, arrivals: dict[int, list[float]], ready: asyncio.Event) -> None:
        self.request = request
        self.arrivals = arrivals
        self.ready = ready
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        transport.write(self.request)

    def data_received(self, data: bytes) -> None:
        now = time.monotonic()
        self.buffer += data
        while (end := self.buffer.find(b"\n\n")) >= 0:
            message, self.buffer = self.buffer[:end], self.buffer[end + 2 :]
            if b"event: board" not in message:
                continue
            at = message.find(MARK)
            laps = 0
            if at >= 0:
                start = message.index(b'"valid_laps":', at) + 13
                laps = int(message[start : message.index(b",", start)])
            self.arrivals.setdefault(laps, []).append(now)
            self.ready.set()


async def run(clients: int, laps: int) -> None:
    proc = start_server(__file__, temp_folder("drem-fanout-"), bufsize=1)
    assert proc.stdin is not None and proc.stdout is not None
    hello = json.loads(proc.stdout.readline())
    rss_idle = rss_mb(proc.pid)
    arrivals: list[dict[int, list[float]]] = [{} for _ in range(clients)]
    readies = [asyncio.Event() for _ in range(clients)]
    path = f"/live/{hello['event']}?track=1&format=fastest"
    request = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n".encode()
    loop = asyncio.get_running_loop()
    started = time.monotonic()
    phones = []
    for i in range(clients):
        transport, _phone = await loop.create_connection(
            lambda i=i: Phone(request, arrivals[i], readies[i]), "127.0.0.1", hello["port"]
        )
        phones.append(transport)
    await asyncio.wait_for(asyncio.gather(*(r.wait() for r in readies)), 60)
    print(f"{clients} clients connected in {time.monotonic() - started:.2f} s")
    rss_connected = rss_mb(proc.pid)
    sent: list[dict[str, float]] = []
    for _ in range(laps):
        proc.stdin.write("lap\n")
        proc.stdin.flush()
        sent.append(json.loads(await loop.run_in_executor(None, proc.stdout.readline)))
        await asyncio.sleep(0.3)
    await asyncio.sleep(1.0)
    rss_peak = rss_mb(proc.pid, "VmHWM")
    for transport in phones:
        transport.close()
    proc.stdin.write("quit\n")
    proc.stdin.flush()
    proc.wait(30)

    latencies: list[float] = []
    missing = 0
    for n, s in enumerate(sent, start=1):
        for a in arrivals:
            times = a.get(n)
            if times:
                latencies.append((times[0] - s["t0"]) * 1000)
            else:
                missing += 1
    latencies.sort()
    p50 = statistics.median(latencies)
    p99 = latencies[int(len(latencies) * 0.99) - 1]
    commit = statistics.median(s["commit_ms"] for s in sent)
    print(f"laps: {laps}, deliveries: {len(latencies)}, missed: {missing}")
    print(
        f"latency ms: p50 {p50:.1f}, p99 {p99:.1f}, max {latencies[-1]:.1f} (lap commit median {commit:.1f})"
    )
    print(f"server RSS MB: idle {rss_idle:.1f}, {clients} clients {rss_connected:.1f}, peak {rss_peak:.1f}")
    print(f"web_fanout: clients={clients} p99_ms={p99:.1f} rss_mb={rss_peak:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=500)
    parser.add_argument("--laps", type=int, default=20)
    parser.add_argument("--serve", help=argparse.SUPPRESS)
    args = parser.parse_args()
    serve_or_bench(args.serve, serve, lambda: run(args.clients, args.laps))


if __name__ == "__main__":
    main()
