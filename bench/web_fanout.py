"""How fast a lap reaches every phone: 5,000 Server-Sent-Events viewers on loopback, against the floor.

The server process runs a real app (SQLite in a temporary folder, an event of 40 racers with laps) with the
LAN server on its service loop, and beside it, on another port of the same loop, a minimal aiohttp SSE
handler: each viewer waits on its own queue and writes what it gets, and a broadcast puts one message of
the size of our leaderboard message in every queue. The viewers live in this process (a separate client
process), spread over many loopback source addresses as phones come from many addresses.

- ``p99_ms``: for each lap, from just before race control records it (commit included) until a viewer has
  the new leaderboard; the p99 over every viewer and lap. ``floor_p99_ms``: the same for the minimal
  handler, from just before its broadcast. Rounds alternate (ours, floor, ours, floor) and each lap waits
  until every viewer has the previous one, so laps never queue. ``ratio = p99_ms / floor_p99_ms``.
- ``page_idle_p99_ms``: the p99 of a page request (``GET /event/<id>``, a new connection each) while 2,000
  idle connections (connected, nothing sent) are held open; ``page_p99_ms`` the same with none held.

Both processes read the same system-wide monotonic clock. The open-file limit is raised as needed.
Run from the repo root: ``.venv/bin/python bench/web_fanout.py [--clients 5000] [--laps 10] [--idle 2000]``.
Goals: p99_ms ≤ 200 and ratio ≤ 1.5 at 5,000 viewers; page_idle_p99_ms ≤ 50.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from serverproc import rss_mb, serve_or_bench, start_server, temp_folder

MARK = b'"username":"bench_racer"'


def raise_open_files(wanted: int) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    if resource.getrlimit(resource.RLIMIT_NOFILE)[0] < wanted:
        raise SystemExit(f"needs {wanted} open files; the hard limit is {hard} (raise it with ulimit -Hn)")


def source_address(i: int) -> tuple[str, int]:
    """The i-th of many loopback addresses (127.0.0.0/8 is all loopback): 40 viewers per address."""
    n = i // 40
    return (f"127.0.{1 + n // 250}.{1 + n % 250}", 0)


# -- server process ---------------------------------------------------------------------------------
def serve(data_dir: str) -> None:
    from aiohttp import web

    from drem_desktop.app import App
    from drem_desktop.demo import populate
    from drem_desktop.domain.run import RunState, Stamp
    from drem_desktop.web.app_source import AppSource
    from drem_desktop.web.live import sse
    from drem_desktop.web.server import WebConfig, WebServer

    raise_open_files(int(sys.argv[sys.argv.index("--files") + 1]))  # passed on by start_server
    app = App(Path(data_dir), backup_at_start=False)
    event = populate(app, racers=40, runs_per_racer=2, laps_per_run=6, tracks=2, fast=True)
    racer = app.racers.add("bench_racer", display_name="Bench Racer").racer_id
    track = event.tracks[0].track_id
    # 40 viewers share each loopback address here (see source_address), where a venue's phones each have
    # their own: the per-device cap on live pages (8 by default) is raised to that, nothing else.
    server = WebServer(AppSource(app), None, WebConfig(host="0.0.0.0", port=0, streams_per_address=40))
    queues: set[asyncio.Queue[bytes]] = set()

    async def minimal(request: web.Request) -> web.StreamResponse:
        """The floor: an SSE stream that writes whatever its queue gets."""
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        queue: asyncio.Queue[bytes] = asyncio.Queue()
        queues.add(queue)
        try:
            await response.write(b"retry: 2000\n\n")
            queue.put_nowait(floor_message(0))
            while True:
                await response.write(await queue.get())
        except (ConnectionResetError, asyncio.CancelledError):
            pass
        finally:
            queues.discard(queue)
        return response

    template = b""

    def floor_message(laps: int) -> bytes:
        """A message as long as our leaderboard message, with the lap count where the client looks."""
        marker = b'event: board\ndata: {"rows":[{' + MARK + b',"valid_laps":%d,' % laps
        return marker + b"x" * max(0, len(template) - len(marker) - 4) + b"}]}\n\n"

    async def start() -> tuple[int, int]:
        port = await server.start()
        floor = web.Application()
        floor.router.add_get("/live", minimal)
        runner = web.AppRunner(floor, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "0.0.0.0", 0, backlog=4096)
        await site.start()
        return port, int(runner.addresses[0][1])

    loop = app.service_loop.start()
    port, floor_port = loop.submit(start()).result(30)
    rc = app.race_control
    rc.prepare(event.event_id, track, racer, event.config)
    rc.start(track)
    rows = AppSource(app).rows(event.event_id, "1", "fastest")
    template = sse("board", {"event_id": event.event_id, "track": "1", "format": "fastest", "rows": rows})
    print(json.dumps({"port": port, "floor": floor_port, "event": event.event_id}), flush=True)
    lap_ms = 9_000
    floor_laps = 0
    for line in sys.stdin:
        command = line.strip()
        if command == "lap":
            view = rc.view(track)
            if view is None or view.run.lap_start is None or view.run.expired(rc.now()):
                # race time used up: the next run of the same racer (a lap past the time ended it already)
                if view is not None:
                    if view.run.state is not RunState.OVER:
                        rc.end(track)
                    rc.submit(track)
                rc.prepare(event.event_id, track, racer, event.config)
                view = rc.start(track)
            assert view.run.lap_start is not None
            lap_ms -= 10
            t0 = time.monotonic()
            rc.capture_lap(track, stamp=Stamp(view.run.lap_start.host_ms + lap_ms))
            t1 = time.monotonic()
            print(json.dumps({"t0": t0, "commit_ms": (t1 - t0) * 1000}), flush=True)
        elif command == "floor":
            floor_laps += 1
            message = floor_message(floor_laps)

            def broadcast(message: bytes = message) -> None:
                for queue in queues:
                    queue.put_nowait(message)

            t0 = time.monotonic()
            loop.loop.call_soon_threadsafe(broadcast)
            print(json.dumps({"t0": t0, "laps": floor_laps}), flush=True)
        elif command == "floor-reset":
            floor_laps = 0
            print("{}", flush=True)
        else:
            break
    loop.submit(server.stop()).result(10)
    app.close()


# -- clients (this process) -------------------------------------------------------------------------
class Phone(asyncio.Protocol):
    """One SSE client on a plain socket: it sends the GET and notes when each leaderboard arrives.

    Thousands share this process's one CPU, where real phones would each have their own, so the client
    does as little as it can per message (no HTTP library, a byte search for the lap count) to keep the
    bench measuring the server rather than itself.
    """

    def __init__(self, request: bytes, crowd: Crowd) -> None:
        self.request = request
        self.crowd = crowd
        self.buffer = b""
        self.seen = -1
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
            if laps > self.seen:
                self.seen = laps
                self.crowd.arrived(laps, now)


class Crowd:
    """Viewers of one server: when each lap reached each of them."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.arrivals: dict[int, list[float]] = {}
        self.waiting: dict[int, asyncio.Event] = {}

    def arrived(self, laps: int, at: float) -> None:
        times = self.arrivals.setdefault(laps, [])
        times.append(at)
        if len(times) >= self.size and laps in self.waiting:
            self.waiting[laps].set()

    async def all_have(self, laps: int, timeout: float) -> bool:
        if len(self.arrivals.get(laps, ())) >= self.size:
            return True
        event = self.waiting.setdefault(laps, asyncio.Event())
        try:
            await asyncio.wait_for(event.wait(), timeout)
            return True
        except TimeoutError:
            return False


async def connect_all(port: int, path: str, crowd: Crowd) -> list[asyncio.Transport]:
    loop = asyncio.get_running_loop()
    request = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n".encode()
    gate = asyncio.Semaphore(200)

    async def one(i: int) -> asyncio.Transport:
        async with gate:
            transport, _ = await loop.create_connection(
                lambda: Phone(request, crowd), "127.0.0.1", port, local_addr=source_address(i)
            )
            return transport

    return list(await asyncio.gather(*(one(i) for i in range(crowd.size))))


async def viewers_round(
    proc: Any, clients: int, laps: int, port: int, path: str, command: str, first: int
) -> list[float]:
    """Connect the viewers (the board they first get shows ``first`` laps), deliver ``laps`` laps one at a
    time; the latency of every delivery in ms."""
    loop = asyncio.get_running_loop()
    crowd = Crowd(clients)
    started = time.monotonic()
    transports = await connect_all(port, path, crowd)
    if not await crowd.all_have(first, 120):
        raise SystemExit(f"{len(crowd.arrivals.get(first, ()))} of {clients} viewers got the first board")
    print(f"  {clients} viewers connected in {time.monotonic() - started:.1f} s")
    latencies: list[float] = []
    for n in range(first + 1, first + 1 + laps):
        proc.stdin.write(f"{command}\n")
        proc.stdin.flush()
        sent = json.loads(await loop.run_in_executor(None, proc.stdout.readline))
        if not await crowd.all_have(n, 60):
            raise SystemExit(f"lap {n} reached only {len(crowd.arrivals.get(n, ()))} of {clients} viewers")
        latencies += [(at - sent["t0"]) * 1000 for at in crowd.arrivals[n]]
        await asyncio.sleep(0.05)
    for transport in transports:
        transport.close()
    await asyncio.sleep(0.5)  # let the server see them go
    return latencies


async def page_p99(port: int, path: str, requests: int) -> float:
    """p99 of a page request on a new connection each time (plain HTTP/1.1, Connection: close)."""
    times = []
    request = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode()
    for _ in range(requests):
        start = time.monotonic()
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(request)
        status = await reader.readline()
        await reader.read()
        times.append((time.monotonic() - start) * 1000)
        writer.close()
        if b" 200 " not in status:
            raise SystemExit(f"{path} answered {status!r}")
    times.sort()
    return times[min(len(times) - 1, round(0.99 * (len(times) - 1)))]


async def idle_round(port: int, path: str, idle: int, requests: int) -> tuple[float, float, int]:
    """Page p99 with no idle connection, then with ``idle`` of them held open (and how many stayed)."""
    quiet = await page_p99(port, path, requests)
    loop = asyncio.get_running_loop()
    gate = asyncio.Semaphore(200)

    async def one(i: int) -> asyncio.Transport:
        async with gate:
            transport, _ = await loop.create_connection(
                asyncio.Protocol, "127.0.0.1", port, local_addr=source_address(i)
            )
            return transport

    held = list(await asyncio.gather(*(one(i) for i in range(idle))))
    busy = await page_p99(port, path, requests)
    still_open = sum(1 for t in held if not t.is_closing())
    for t in held:
        t.close()
    return quiet, busy, still_open


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


async def run(clients: int, laps: int, idle: int, rounds: int) -> None:
    files = clients + idle + 512
    raise_open_files(files)
    proc = start_server(__file__, temp_folder("drem-fanout-"), bufsize=1, extra=("--files", str(files)))
    assert proc.stdin is not None and proc.stdout is not None
    hello = json.loads(proc.stdout.readline())
    rss_idle = rss_mb(proc.pid)
    ours, floor = [], []
    for r in range(rounds):
        print(f"round {r + 1}: ours")
        live = f"/live/{hello['event']}?track=1&format=fastest"
        ours_r = await viewers_round(proc, clients, laps, hello["port"], live, "lap", r * laps)
        print(f"round {r + 1}: floor")
        proc.stdin.write("floor-reset\n")
        proc.stdin.flush()
        proc.stdout.readline()
        floor_r = await viewers_round(proc, clients, laps, hello["floor"], "/live", "floor", 0)
        print(f"  ours p99 {p99(ours_r):.1f} ms, floor p99 {p99(floor_r):.1f} ms")
        ours += ours_r
        floor += floor_r
    rss_peak = rss_mb(proc.pid, "VmHWM")
    page = f"/event/{hello['event']}"
    # the LAN server closes a connection that sends no request within 10 s: 100 requests fit in that
    quiet, busy, still_open = await idle_round(hello["port"], page, idle, 100)
    proc.stdin.write("quit\n")
    proc.stdin.flush()
    proc.wait(60)
    ours_p99, floor_p99 = p99(ours), p99(floor)
    print(
        f"{clients} viewers, {laps} laps × {rounds} rounds: ours p50 {statistics.median(ours):.1f} ms, "
        f"p99 {ours_p99:.1f} ms; floor (minimal aiohttp SSE) p50 {statistics.median(floor):.1f} ms, "
        f"p99 {floor_p99:.1f} ms"
    )
    print(f"server RSS MB: idle {rss_idle:.1f}, peak {rss_peak:.1f}")
    print(
        f"page {page}: p99 {quiet:.1f} ms alone, {busy:.1f} ms with {idle} idle connections "
        f"({still_open} of them still open at the end)"
    )
    print(
        f"web_fanout: clients={clients} p99_ms={ours_p99:.1f} floor_p99_ms={floor_p99:.1f} "
        f"ratio={ours_p99 / floor_p99:.2f} page_p99_ms={quiet:.1f} page_idle_p99_ms={busy:.1f} "
        f"rss_mb={rss_peak:.1f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=5000)
    parser.add_argument("--laps", type=int, default=10, help="laps per round")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--idle", type=int, default=2000)
    parser.add_argument("--serve", help=argparse.SUPPRESS)
    parser.add_argument("--files", help=argparse.SUPPRESS)
    args = parser.parse_args()
    serve_or_bench(args.serve, serve, lambda: run(args.clients, args.laps, args.idle, args.rounds))


if __name__ == "__main__":
    main()
