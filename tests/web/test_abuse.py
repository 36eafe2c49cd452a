"""The LAN server under abuse, with real concurrent clients on loopback.

A hostile visitor on the venue Wi-Fi opens idle connections by the thousand, takes every live stream,
floods the upload desk with junk, races wrong codes, drips a form a byte at a time, posts from another
site or reads the API through DNS rebinding. Each test is the attack itself; the other clients of the test
come from a second loopback address (127.0.0.2), as a second phone would.
"""

from __future__ import annotations

import asyncio
import contextlib
import resource
import select
import socket
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from web_venue import CODE, Venue, make_venue

from drem_desktop.models.sample import write_sample_model
from drem_desktop.web.guard import ConnectionLimits
from drem_desktop.web.server import WebConfig, WebServer
from drem_desktop.web.upload import UploadLimits

OTHER = "127.0.0.2"  # another device: Linux routes all of 127.0.0.0/8 to loopback


@pytest.fixture
def serve(tmp_path: Path) -> Iterator[Any]:
    """``serve(config)``: a real venue's server on the app's service loop, on a free port."""
    started: list[tuple[Venue, WebServer]] = []

    def start(config: WebConfig | None = None, limits: UploadLimits | None = None) -> tuple[Venue, int]:
        venue = make_venue(tmp_path / f"data{len(started)}", limits)
        config = config or WebConfig(host="0.0.0.0", port=0)
        if limits is not None:
            config = replace(config, upload=limits)
        venue.server = WebServer(venue.server.source, venue.library, config)
        loop = venue.app.service_loop.start()
        port = loop.submit(venue.server.start()).result(10)
        started.append((venue, venue.server))
        return venue, port

    yield start
    for venue, server in started:
        venue.app.service_loop.submit(server.stop()).result(10)
        venue.app.close()


def connect(port: int, source: str = "127.0.0.1") -> socket.socket:
    s = socket.create_connection(("127.0.0.1", port), timeout=5, source_address=(source, 0))
    s.settimeout(5)
    return s


def closed_by_server(s: socket.socket, within: float) -> bool:
    s.settimeout(within)
    try:
        return s.recv(1) == b""
    except TimeoutError:
        return False
    except ConnectionResetError:
        return True


def get(port: int, path: str, source: str = OTHER, host: str | None = None) -> tuple[int, bytes]:
    s = connect(port, source)
    try:
        head = f"GET {path} HTTP/1.1\r\nHost: {host or f'127.0.0.1:{port}'}\r\nConnection: close\r\n\r\n"
        s.sendall(head.encode())
        data = b""
        while chunk := s.recv(65536):
            data += chunk
        return int(data.split(b" ", 2)[1]), data
    finally:
        s.close()


def test_idle_connections_are_capped_per_address_and_timed_out(serve: Any) -> None:
    limits = ConnectionLimits(per_address=20, header_timeout_s=1.0, idle_timeout_s=1.0)
    venue, port = serve(WebConfig(host="0.0.0.0", port=0, connections=limits))
    guard = venue.server.guard
    idle = [connect(port) for _ in range(20)]
    extra = [connect(port) for _ in range(200)]  # past the cap: closed at once, no descriptor kept
    try:
        assert all(closed_by_server(s, 2.0) for s in extra)
        status, body = get(port, "/api/events")  # another phone is served meanwhile
        assert status == 200 and b"Spring Cup" in body
        started = time.monotonic()
        assert all(closed_by_server(s, 5.0) for s in idle)  # sent nothing: dropped after the header timeout
        assert time.monotonic() - started < 4.0
        deadline = time.monotonic() + 5
        while guard.open_connections and time.monotonic() < deadline:  # the server has let them go
            time.sleep(0.01)
        again = [connect(port) for _ in range(20)]  # the address may connect again afterwards
        deadline = time.monotonic() + 5
        while guard.open_connections < 20 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert guard.open_connections == 20
        readable, _w, _x = select.select(again, [], [], 0.2)  # none closed at once (the timeout is 1 s)
        assert readable == []
        for s in again:
            s.close()
    finally:
        for s in idle + extra:
            s.close()


def test_a_slow_request_head_is_dropped(serve: Any) -> None:
    limits = ConnectionLimits(header_timeout_s=1.0, idle_timeout_s=5.0)
    _venue, port = serve(WebConfig(host="0.0.0.0", port=0, connections=limits))
    s = connect(port)
    try:
        started = time.monotonic()
        dropped = False
        for byte in b"GET /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: yes\r\n":
            try:
                s.sendall(bytes([byte]))
            except OSError:
                dropped = True
                break
            if closed_by_server(s, 0.2):
                dropped = True
                break
        assert dropped and time.monotonic() - started < 3.0
    finally:
        s.close()


def test_the_open_file_limit_is_raised_at_start(tmp_path: Path) -> None:
    """A child that starts with the common soft limit of 1024 ends with what the hard limit allows."""
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    script = textwrap.dedent(
        f"""
        import resource
        resource.setrlimit(resource.RLIMIT_NOFILE, (1024, {hard}))
        from drem_desktop.app import App
        from drem_desktop.web.app_source import AppSource
        from drem_desktop.web.server import WebConfig, WebServer
        app = App({str(tmp_path / "data")!r}, backup_at_start=False)
        server = WebServer(AppSource(app), None, WebConfig(host="127.0.0.1", port=0))
        print(resource.getrlimit(resource.RLIMIT_NOFILE)[0], server.guard.total)
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    soft, total = (int(x) for x in done.stdout.split())
    assert soft == min(65_536, hard), done.stderr[-2000:]
    assert total == soft - 256  # connections beyond that are refused, never an EMFILE for a page


def test_accept_errors_are_logged_once_a_minute_not_once_each(tmp_path: Path) -> None:
    """A child process with few file descriptors and no total cap, so accept() really fails (EMFILE)."""
    script = textwrap.dedent(
        f"""
        import resource, socket, sys, time
        resource.setrlimit(resource.RLIMIT_NOFILE, (120, 120))
        from drem_desktop.app import App
        from drem_desktop.web.app_source import AppSource
        from drem_desktop.web.guard import ConnectionLimits
        from drem_desktop.web.server import WebConfig, WebServer
        app = App({str(tmp_path / "data")!r}, backup_at_start=False)
        limits = ConnectionLimits(per_address=100_000, total=100_000, header_timeout_s=60, idle_timeout_s=60)
        server = WebServer(AppSource(app), None, WebConfig(host="127.0.0.1", port=0, connections=limits))
        port = app.service_loop.start().submit(server.start()).result(10)
        held = []
        for _ in range(200):
            try:
                held.append(socket.create_connection(("127.0.0.1", port), timeout=2))
            except OSError:
                break
        time.sleep(4.0)  # asyncio retries accept every second
        print("held", len(held), flush=True)
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert "held" in done.stdout, done.stderr[-2000:]
    accept_lines = [line for line in done.stderr.splitlines() if "cannot accept connections" in line]
    assert len(accept_lines) == 1, done.stderr[-3000:]
    assert "socket.accept() out of system resource" not in done.stderr
    assert len(done.stderr) < 5_000


async def _sse(session: aiohttp.ClientSession, url: str) -> aiohttp.ClientResponse:
    response = await session.get(url)
    if response.status == 200:
        await response.content.readline()  # the stream is open
    return response


def _session(source: str) -> aiohttp.ClientSession:
    return aiohttp.ClientSession(connector=aiohttp.TCPConnector(local_addr=(source, 0), limit=0))


def test_one_address_cannot_take_every_live_stream(serve: Any) -> None:
    venue, port = serve(WebConfig(host="0.0.0.0", port=0, streams_per_address=8))
    url = f"http://127.0.0.1:{port}/live/{venue.event_id}?track=1&format=fastest"

    async def attack() -> tuple[list[int], int]:
        async with _session("127.0.0.1") as greedy, _session(OTHER) as phone:
            streams = [await _sse(greedy, url) for _ in range(12)]
            mine = await _sse(phone, url)
            statuses = [r.status for r in streams]
            for r in [*streams, mine]:
                r.close()
            return statuses, mine.status

    statuses, other = asyncio.run(attack())
    assert statuses == [200] * 8 + [429] * 4
    assert other == 200


def test_a_closed_page_gives_its_device_its_place_back_within_seconds(serve: Any) -> None:
    """A phone that reloads the board closes its stream: the server sees the connection go (not only at
    its next write, up to a heartbeat later), so the device's eight places are free again for the reloads."""
    venue, port = serve(WebConfig(host="0.0.0.0", port=0, streams_per_address=8))
    url = f"http://127.0.0.1:{port}/live/{venue.event_id}?track=1&format=fastest"
    hub = venue.server.hub

    async def reload_all() -> tuple[list[int], bool, list[int]]:
        async with _session("127.0.0.1") as phone:
            first = [await _sse(phone, url) for _ in range(8)]
            statuses = [r.status for r in first]
            for r in first:
                r.close()
            deadline = time.monotonic() + 10  # well within the 15 s heartbeat: the tick notices
            while hub.viewer_count and time.monotonic() < deadline:
                await asyncio.sleep(0.05)
            freed = hub.viewer_count == 0
            again = [await _sse(phone, url) for _ in range(8)]
            statuses_again = [r.status for r in again]
            for r in again:
                r.close()
            return statuses, freed, statuses_again

    statuses, freed, again = asyncio.run(reload_all())
    assert statuses == [200] * 8
    assert freed
    assert again == [200] * 8


async def _token(session: aiohttp.ClientSession, base: str) -> str:
    async with session.get(f"{base}/upload/token") as r:
        return str((await r.json())["token"])


async def _upload(
    session: aiohttp.ClientSession,
    base: str,
    files: list[tuple[str, bytes]],
    code: str = CODE,
    later: bool = False,
    headers: dict[str, str] | None = None,
) -> tuple[int, dict[str, Any]]:
    form = aiohttp.FormData()
    form.add_field("form_token", await _token(session, base))
    form.add_field("username", "alice")
    form.add_field("code", code)
    for name, data in files:
        form.add_field("file", data, filename=name, content_type="application/gzip")
    url = f"{base}/upload" + ("?verdict=later" if later else "")
    async with session.post(url, data=form, headers={"Accept": "application/json", **(headers or {})}) as r:
        return r.status, await r.json()


def test_junk_uploads_from_one_device_do_not_lock_out_the_others(serve: Any, tmp_path: Path) -> None:
    venue, port = serve()
    base = f"http://127.0.0.1:{port}"
    junk = [(f"junk{i}.tar.gz", b"not an archive at all") for i in range(10)]
    model = write_sample_model(tmp_path / "real.tar.gz").read_bytes()

    async def attack() -> tuple[list[int], int, dict[str, Any]]:
        async with _session("127.0.0.1") as attacker, _session(OTHER) as racer:
            statuses = []
            for _ in range(11):
                status, body = await _upload(attacker, base, junk, later=True)
                statuses.append(status)
                for r in body.get("results", []):  # wait for the verdicts: the checks are over
                    while not (await (await attacker.get(f"{base}/upload/verdict/{r['token']}")).json())[
                        "done"
                    ]:
                        await asyncio.sleep(0.05)
            status, body = await _upload(racer, base, [("real.tar.gz", model)])
            return statuses, status, body

    statuses, status, body = asyncio.run(attack())
    assert statuses == [200] * 11
    assert status == 200 and body["results"][0]["accepted"], body
    assert [m.name for m in venue.library.models(venue.racers["alice"])] == ["real"]


def test_concurrent_wrong_codes_get_exactly_the_allowed_guesses(serve: Any) -> None:
    _venue, port = serve(limits=UploadLimits(wrong_codes_per_window=10, uploads_per_window=100))
    base = f"http://127.0.0.1:{port}"

    async def guess_all() -> list[int]:
        async with _session("127.0.0.1") as session:
            tokens = [await _token(session, base) for _ in range(40)]

            async def guess(i: int) -> int:
                form = aiohttp.FormData()
                form.add_field("form_token", tokens[i])
                form.add_field("username", "alice")
                form.add_field("code", f"GUESS-{i}")
                form.add_field("file", b"x", filename="m.tar.gz")
                async with session.post(
                    f"{base}/upload", data=form, headers={"Accept": "application/json"}
                ) as r:
                    return r.status

            return list(await asyncio.gather(*(guess(i) for i in range(40))))

    statuses = asyncio.run(guess_all())
    assert statuses.count(403) == 10, statuses
    assert statuses.count(429) == 30, statuses


def _raw_post(port: int, parts: Iterator[bytes], boundary: str = "dr1p") -> tuple[int, bytes, int, float]:
    """POST a multipart body given piece by piece; returns (status, answer, bytes sent, seconds until the
    server answered)."""
    s = connect(port)
    sent = 0
    started = time.monotonic()
    try:
        s.sendall(
            (
                f"POST /upload HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: application/json\r\n"
                f"Content-Type: multipart/form-data; boundary={boundary}\r\n"
                "Transfer-Encoding: chunked\r\n\r\n"
            ).encode()
        )
        for piece in parts:
            try:
                s.sendall(b"%x\r\n%s\r\n" % (len(piece), piece))
            except OSError:
                break
            sent += len(piece)
            s.setblocking(False)
            try:
                if s.recv(1, socket.MSG_PEEK):
                    break  # the server answered already
            except BlockingIOError:
                pass
            finally:
                s.setblocking(True)
        answered = time.monotonic() - started
        s.settimeout(15)
        data = b""
        with contextlib.suppress(OSError):
            while b"\r\n\r\n" not in data and (chunk := s.recv(65536)):
                data += chunk
            head, _sep, body = data.partition(b"\r\n\r\n")
            length = int(
                next(h for h in head.split(b"\r\n") if h.lower().startswith(b"content-length:")).split(b":")[
                    1
                ]
            )
            while len(body) < length and (chunk := s.recv(65536)):
                body += chunk
            data = head + b"\r\n\r\n" + body
        return int(data.split(b" ", 2)[1]), data, sent, answered
    finally:
        s.close()


def _field(name: str, boundary: str = "dr1p") -> bytes:
    return f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()


def test_every_form_part_is_capped_and_timed(serve: Any) -> None:
    limits = UploadLimits(field_timeout_s=1.0, min_rate_bytes_s=2048, grace_s=1.0, idle_s=5.0)
    venue, port = serve(limits=limits)
    token = venue.server.desk.tokens.issue()  # not needed for the refusals; a real page would carry one

    def huge_unknown_part() -> Iterator[bytes]:  # 1 GB under a name the form does not have
        yield _field("comment")
        for _ in range(1024):
            yield bytes(1 << 20)

    status, body, sent, _s = _raw_post(port, huge_unknown_part())
    assert status == 400 and b"too long" in body
    assert sent < 64 * 1024 * 1024  # refused after a few bytes, not read to its end

    def drip_field() -> Iterator[bytes]:  # a byte every half second
        yield _field("username")
        for _ in range(60):
            time.sleep(0.5)
            yield b"a"

    status, body, _sent, seconds = _raw_post(port, drip_field())
    assert status == 408 and seconds < 5, (status, seconds)

    def drip_file() -> Iterator[bytes]:  # a real start, then 100 bytes every 0.2 s (500 B/s)
        for name, value in (("form_token", token), ("username", "alice"), ("code", CODE)):
            yield _field(name) + value.encode() + b"\r\n"
        yield b'--dr1p\r\nContent-Disposition: form-data; name="file"; filename="m.tar.gz"\r\n\r\n'
        for _ in range(200):
            time.sleep(0.2)
            yield b"\x1f\x8b" + bytes(98)

    status, body, _sent, seconds = _raw_post(port, drip_file())
    assert status == 408 and seconds < 8, (status, seconds)
    assert list(venue.library.staging.glob("*")) == []


def test_dns_rebinding_cannot_read_the_api(serve: Any) -> None:
    venue, port = serve(WebConfig(host="0.0.0.0", port=0, host_names=("drem.lan",)))
    status, body = get(port, "/api/events", host=f"attacker.example:{port}")
    assert status == 421 and b"Spring Cup" not in body
    for host in (f"127.0.0.1:{port}", f"[::1]:{port}", f"drem.lan:{port}", f"localhost:{port}"):
        assert get(port, "/api/events", host=host)[0] == 200, host
    assert get(port, f"/leaderboard/{venue.event_id}", host="evil.example")[0] == 421


def test_an_upload_must_come_from_our_page(serve: Any, tmp_path: Path) -> None:
    venue, port = serve()
    base = f"http://127.0.0.1:{port}"
    model = write_sample_model(tmp_path / "m.tar.gz").read_bytes()

    async def attempts() -> list[tuple[int, str]]:
        out = []
        async with _session(OTHER) as session:
            for headers, with_token in (
                ({"Origin": "http://attacker.example"}, True),  # a cross-site form post
                ({"Sec-Fetch-Site": "cross-site"}, True),
                ({"Origin": "null", "Sec-Fetch-Site": "cross-site"}, True),  # another site with no referrer
                ({}, False),  # no token: not from the page
            ):
                form = aiohttp.FormData()
                if with_token:
                    form.add_field("form_token", await _token(session, base))
                form.add_field("username", "alice")
                form.add_field("code", CODE)
                form.add_field("file", model, filename="m.tar.gz")
                async with session.post(
                    f"{base}/upload", data=form, headers={"Accept": "application/json", **headers}
                ) as r:
                    out.append((r.status, (await r.json())["error"]))
            # What Chrome sends from our own page, which asks for no referrer: Origin null, same-origin.
            own_page = {"Origin": "null", "Sec-Fetch-Site": "same-origin"}
            status, _body = await _upload(session, base, [("m.tar.gz", model)], headers=own_page)
            out.append((status, ""))
        return out

    results = asyncio.run(attempts())
    assert [s for s, _e in results] == [403, 403, 403, 403, 200]
    assert "another site" in results[0][1] and "upload page" in results[3][1]
    assert len(venue.library.models(venue.racers["alice"])) == 1
