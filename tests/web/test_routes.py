"""Every route through aiohttp's test server, over a real app (SQLite file, services, bus, library)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp.test_utils import TestClient
from web_venue import CODE, HOSTILE, Venue, make_venue

from drem_desktop.models.events import ModelReceived
from drem_desktop.models.sample import write_sample_model
from drem_desktop.web.upload import UploadLimits

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
async def client(venue: Venue, aiohttp_client: Any) -> TestClient:
    return await aiohttp_client(venue.server.make_app())


async def test_home_and_event_landing(venue: Venue, client: TestClient) -> None:
    r = await client.get("/")
    assert r.status == 200 and "Spring Cup" in await r.text()
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert "script-src 'self'" in r.headers["Content-Security-Policy"]
    r = await client.get(f"/event/{venue.event_id}")
    text = await r.text()
    assert r.status == 200
    assert f"/leaderboard/{venue.event_id}?track=1&amp;format=fastest" in text
    assert "track=combined" in text and "/overlay/" in text and "<svg" in text and "/upload" in text


async def test_leaderboard_page_escapes_hostile_names(venue: Venue, client: TestClient) -> None:
    await asyncio.to_thread(venue.lap, "mallory", 13_000)
    await asyncio.to_thread(venue.lap, "alice", 12_000)
    r = await client.get(f"/leaderboard/{venue.event_id}?track=1&format=fastest")
    text = await r.text()
    assert r.status == 200
    assert "<img src=x" not in text and "<script>window" not in text
    assert "&lt;img src=x onerror=" in text and "&amp;amp;" in text
    assert text.index("alice") < text.index("&lt;img")
    assert "12.000" in text and "+1.000" in text


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/leaderboard/{e}?format=slowest", 400),
        ("/leaderboard/{e}?track=x", 400),
        ("/leaderboard/{e}?track=9", 404),
        ("/leaderboard/nope", 404),
        ("/overlay/{e}?chroma=red", 400),
        ("/overlay/{e}?chroma=00ff00;x", 400),
        ("/overlay/{e}?top=many", 400),
        ("/api/events/nope", 404),
        ("/api/events/{e}/leaderboard?track=7", 404),
        ("/live/nope", 404),
        ("/no/such/page", 404),
        ("/static/", 404),
        ("/static/..%2Fserver.py", 404),
        ("/static/missing.js", 404),
        ("/resources/web/live.js", 404),
    ],
)
async def test_bad_requests_are_refused(venue: Venue, client: TestClient, path: str, status: int) -> None:
    r = await client.get(path.format(e=venue.event_id))
    assert r.status == status
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    if path.startswith("/api/"):
        assert "error" in await r.json()


async def test_read_only_everywhere_but_upload(venue: Venue, client: TestClient) -> None:
    for method, path in (
        ("POST", f"/leaderboard/{venue.event_id}"),
        ("PUT", "/upload"),
        ("DELETE", "/api/events"),
        ("POST", f"/api/events/{venue.event_id}"),
    ):
        r = await client.request(method, path)
        assert r.status == 405, (method, path)


async def test_overlay_page(venue: Venue, client: TestClient) -> None:
    r = await client.get(f"/overlay/{venue.event_id}?track=2&chroma=FF00ff&top=3")
    text = await r.text()
    assert r.status == 200
    assert 'data-chroma="FF00ff"' in text and 'data-top="3"' in text and "overlay.css" in text


async def test_static_files(client: TestClient) -> None:
    r = await client.get("/static/live.js")
    assert r.status == 200 and r.headers["Content-Type"].startswith("text/javascript")
    assert "EventSource" in await r.text()
    r = await client.get("/static/style.css")
    assert r.headers["Content-Type"].startswith("text/css")


async def test_json_api_matches_the_services(venue: Venue, client: TestClient) -> None:
    await asyncio.to_thread(venue.lap, "alice", 12_500)
    await asyncio.to_thread(venue.lap, "bob", 11_000, 2)
    events = (await (await client.get("/api/events")).json())["events"]
    assert [e["name"] for e in events] == ["Spring Cup"]
    assert [t["number"] for t in events[0]["tracks"]] == [1, 2]
    assert "upload_code" not in json.dumps(events) and CODE not in json.dumps(events)
    one = await (await client.get(f"/api/events/{venue.event_id}")).json()
    assert one["event_id"] == venue.event_id
    for track in ("1", "2", "combined"):
        for fmt in ("fastest", "average"):
            r = await client.get(f"/api/events/{venue.event_id}/leaderboard?track={track}&format={fmt}")
            body = await r.json()
            expected = [row.to_json() for row in venue.app.leaderboards.rows(venue.event_id, track, fmt)]
            assert body["rows"] == expected
    combined = await (await client.get(f"/api/events/{venue.event_id}/leaderboard?track=combined")).json()
    assert [r["username"] for r in combined["rows"]] == ["bob", "alice"]
    runs = (await (await client.get(f"/api/events/{venue.event_id}/runs")).json())["runs"]
    assert sorted((r["track_number"], r["username"], r["last_lap_ms"]) for r in runs) == [
        (1, "alice", 12_500),
        (2, "bob", 11_000),
    ]
    assert {r["last_lap_kind"] for r in runs} == {"event_best", "personal_best"}


async def _next_event(
    resp: aiohttp.ClientResponse,
    kind: str,
    until: Callable[[dict[str, Any]], bool] = lambda _d: True,
    timeout: float = 5.0,
) -> dict[str, Any]:
    """The next message of ``kind`` that satisfies ``until`` (earlier updates may still be in flight)."""

    async def read() -> dict[str, Any]:
        current = None
        while True:
            line = (await resp.content.readline()).decode()
            if line.startswith("event: "):
                current = line[7:].strip()
            elif line.startswith("data: ") and current == kind:
                data = json.loads(line[6:])
                if until(data):
                    return data

    return await asyncio.wait_for(read(), timeout)


async def test_live_stream_pushes_laps_and_runs(venue: Venue, client: TestClient) -> None:
    resp = await client.get(f"/live/{venue.event_id}?track=1&format=fastest")
    assert resp.headers["Content-Type"].startswith("text/event-stream")
    assert (await _next_event(resp, "board"))["rows"] == []
    assert (await _next_event(resp, "runs"))["runs"] == []
    await asyncio.to_thread(venue.lap, "mallory", 14_000)

    def lapped(seen: list[tuple[str, Any]]) -> bool:  # board and runs of the lap, in whichever order
        return any(k == "board" and d["rows"] for k, d in seen) and any(
            k == "runs" and d["runs"] and d["runs"][0]["laps"] == 1 for k, d in seen
        )

    seen = await _events(resp, lapped)
    board = next(d for k, d in reversed(seen) if k == "board")
    assert [(r["display_name"], r["fastest_lap_ms"]) for r in board["rows"]] == [(HOSTILE, 14_000)]
    runs = next(d for k, d in reversed(seen) if k == "runs")
    assert runs["runs"][0]["running"] and runs["runs"][0]["last_lap_ms"] == 14_000
    # a lap on the other track shows in the runs; this track's board stays as it was
    await asyncio.to_thread(venue.lap, "bob", 9_000, 2)
    runs = await _next_event(resp, "runs", lambda d: len(d["runs"]) == 2)
    assert {r["username"] for r in runs["runs"]} == {"mallory", "bob"}
    resp.close()


async def _events(
    resp: aiohttp.ClientResponse, until: Callable[[list[tuple[str, Any]]], bool]
) -> list[tuple[str, Any]]:
    """Every message in order, (kind, data), until ``until`` holds for what was read."""
    seen: list[tuple[str, Any]] = []

    async def read() -> list[tuple[str, Any]]:
        current = None
        while not until(seen):
            line = (await resp.content.readline()).decode()
            if line.startswith("event: "):
                current = line[7:].strip()
            elif line.startswith("data: "):
                seen.append((str(current), json.loads(line[6:])))
        return seen

    return await asyncio.wait_for(read(), 10.0)


async def test_a_change_that_changes_nothing_a_page_shows_sends_nothing(
    venue: Venue, client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A lap is one board and one runs message to each phone. A change that alters nothing the page
    shows (the LeaderboardChanged that follows a lap's LapRecorded, a racer saved unchanged) is no second
    wave of writes: with 5,000 phones that second wave doubled the time a lap took to reach the last."""
    from drem_desktop.web import live

    monkeypatch.setattr(live, "RUN_REFRESH_S", 600.0)  # no clock refresh in between
    resp = await client.get(f"/live/{venue.event_id}?track=1&format=fastest")

    def shown(seen: list[tuple[str, Any]]) -> list[tuple[str, int]]:
        return [
            (kind, d["rows"][0]["fastest_lap_ms"] if kind == "board" else d["runs"][0]["laps"])
            for kind, d in seen
            if (d["rows"] if kind == "board" else d["runs"])
        ]

    def has(*messages: tuple[str, int]) -> Callable[[list[tuple[str, Any]]], bool]:
        return lambda seen: all(m in shown(seen) for m in messages)

    await asyncio.to_thread(venue.lap, "mallory", 14_000)
    await _events(resp, has(("board", 14_000), ("runs", 1)))
    for _ in range(2):  # what LeaderboardChanged or an unchanged racer make the hub do
        venue.server.hub.changed(venue.event_id, "board")
    await asyncio.to_thread(venue.lap, "mallory", 13_000)
    seen = shown(await _events(resp, has(("board", 13_000), ("runs", 2))))
    assert sorted(seen) == [("board", 13_000), ("runs", 2)], seen  # nothing again for the first lap
    resp.close()


async def test_a_running_run_keeps_its_clocks_fresh_without_laps(
    venue: Venue, client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The run clocks are sent again when nothing else sent them for a while (a lap sends them anyway)."""
    from drem_desktop.web import live

    monkeypatch.setattr(live, "RUN_REFRESH_S", 0.2)
    resp = await client.get(f"/live/{venue.event_id}?track=1&format=fastest")
    await asyncio.to_thread(venue.lap, "mallory", 14_000)
    first = await _next_event(resp, "runs", lambda d: bool(d["runs"]) and d["runs"][0]["laps"] == 1)
    again = await _next_event(resp, "runs", lambda d: d["server_time"] > first["server_time"])
    assert again["runs"][0]["laps"] == 1 and again["runs"][0]["running"]
    resp.close()


async def test_server_stop_ends_open_streams(venue: Venue) -> None:
    port = await venue.server.start()
    try:
        async with aiohttp.ClientSession() as session:
            resp = await session.get(f"http://127.0.0.1:{port}/live/{venue.event_id}?track=combined")
            await _next_event(resp, "runs")
            assert venue.server.hub.viewer_count == 1
            await asyncio.wait_for(venue.server.stop(), 10)
            assert await asyncio.wait_for(resp.content.read(), 5) is not None
    finally:
        await venue.server.stop()


async def test_port_in_use_moves_to_the_next(tmp_path: Path) -> None:
    first = make_venue(tmp_path / "a")
    second = make_venue(tmp_path / "b")
    try:
        p1 = await first.server.start()
        second.server.config = type(second.server.config)(host="127.0.0.1", port=p1, port_tries=5)
        p2 = await second.server.start()
        assert p2 != p1 and p1 < p2 <= p1 + 4
        assert second.server.urls() == [f"http://127.0.0.1:{p2}/"]
    finally:
        await first.server.stop()
        await second.server.stop()
        first.app.close()
        second.app.close()


# -- upload ----------------------------------------------------------------------------------------


async def _token(client: TestClient) -> str:
    """What a program does before it uploads: ask for a form token (the page carries one)."""
    r = await client.get("/upload/token")
    answer = await r.json()
    assert r.status == 200 and answer["field"] == "form_token"
    return str(answer["token"])


async def _form(client: TestClient, username: str, code: str, *files: Path) -> aiohttp.FormData:
    form = aiohttp.FormData()
    form.add_field("form_token", await _token(client))
    form.add_field("username", username)
    form.add_field("code", code)
    for f in files:
        form.add_field("file", f.open("rb"), filename=f.name, content_type="application/gzip")
    return form


JSON = {"Accept": "application/json"}


async def test_upload_puts_the_model_in_the_library(venue: Venue, client: TestClient, tmp_path: Path) -> None:
    received: list[ModelReceived] = []
    venue.app.bus.subscribe(ModelReceived, received.append)
    model = write_sample_model(tmp_path / "Fast Lap.v3.tar.gz", seed=5)
    r = await client.post("/upload", data=await _form(client, "ALICE", "race-42 ", model), headers=JSON)
    assert r.status == 200
    [result] = (await r.json())["results"]
    assert result["accepted"] and result["name"] == "Fast_Lap" and "received and checked" in result["message"]
    [stored] = venue.library.models(venue.racers["alice"])
    assert stored.came_from == "upload" and stored.md5 == result["md5"]
    assert venue.library.path_of(stored).read_bytes() == model.read_bytes()
    assert received and received[0].model_id == stored.model_id
    r = await client.post("/upload", data=await _form(client, "alice", CODE, model), headers=JSON)
    assert (await r.json())["results"][0]["duplicate"] is True
    assert list(venue.library.staging.iterdir()) == []


async def test_upload_several_files_with_verdicts(venue: Venue, client: TestClient, tmp_path: Path) -> None:
    good = write_sample_model(tmp_path / "one.tar.gz", seed=1)
    bad = tmp_path / "evil.tar.gz"
    bad.write_bytes(b"\x1f\x8bnot really")
    r = await client.post("/upload", data=await _form(client, "bob", CODE, good, bad), headers=JSON)
    results = (await r.json())["results"]
    assert [x["accepted"] for x in results] == [True, False]
    assert "damaged" in results[1]["message"] and results[1]["reasons"]
    assert [m.name for m in venue.library.models(venue.racers["bob"])] == ["one"]


async def test_upload_without_javascript_gets_a_page(
    venue: Venue, client: TestClient, tmp_path: Path
) -> None:
    model = write_sample_model(tmp_path / "<b>x<i>.tar.gz")
    r = await client.post("/upload", data=await _form(client, "alice", CODE, model))
    text = await r.text()
    assert r.status == 200 and r.content_type == "text/html"
    assert "received and checked" in text and "<b>x" not in text


@pytest.mark.parametrize(
    ("username", "code", "status", "words"),
    [
        ("alice", "WRONG", 403, "upload code is not right"),
        ("nobody", CODE, 404, "No racer named"),
        ("", CODE, 400, "username"),
        ("alice", "", 400, "upload code"),
    ],
)
async def test_upload_refusals_before_the_file_is_read(
    venue: Venue, client: TestClient, tmp_path: Path, username: str, code: str, status: int, words: str
) -> None:
    model = write_sample_model(tmp_path / "m.tar.gz")
    r = await client.post("/upload", data=await _form(client, username, code, model), headers=JSON)
    assert r.status == status
    assert words in (await r.json())["error"]
    assert venue.library.models(every_racer=True) == []
    assert not venue.library.staging.exists() or list(venue.library.staging.iterdir()) == []


async def test_long_fields_are_refused(client: TestClient) -> None:
    form = aiohttp.FormData()
    form.add_field("username", "a" * 5000)
    form.add_field("code", CODE)
    form.add_field("file", b"x", filename="a.tar.gz")
    r = await client.post("/upload", data=form, headers=JSON)
    assert r.status == 400 and "too long" in (await r.json())["error"]


async def test_upload_page_and_non_multipart(client: TestClient) -> None:
    r = await client.get("/upload")
    text = await r.text()
    assert r.status == 200 and 'name="code"' in text and "upload.js" in text
    r = await client.post("/upload", data=b"x", headers={"Content-Type": "application/octet-stream", **JSON})
    assert r.status == 400


async def test_size_cap_answers_413(tmp_path: Path, aiohttp_client: Any) -> None:
    venue = make_venue(tmp_path / "data", UploadLimits(max_file_bytes=64 * 1024, max_files_per_request=1))
    client = await aiohttp_client(venue.server.make_app())
    big = write_sample_model(tmp_path / "big.tar.gz", pb_size=2 * 1024 * 1024)
    # declared too large: refused from the headers alone
    r = await client.post("/upload", data=await _form(client, "alice", CODE, big), headers=JSON)
    assert r.status == 413 and "too large" in (await r.json())["error"]
    form = await _form(client, "alice", CODE)
    form.add_field("file", b"x" * 70_000, filename="a.tar.gz")
    r = await client.post("/upload", data=form, headers=JSON)
    assert r.status == 413, "the body is under the request cap, the file part is over the file cap"
    assert "too large" in (await r.json())["error"]

    # no length declared (chunked): cut off at the cap while streaming
    token = await _token(client)

    async def chunked() -> Any:
        boundary = "b0undary"
        head = "".join(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'
            for k, v in (("form_token", token), ("username", "alice"), ("code", CODE))
        )
        yield (
            head + f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.tar.gz"\r\n'
            "Content-Type: application/gzip\r\n\r\n"
        ).encode()
        data = big.read_bytes()
        for i in range(0, len(data), 65536):
            yield data[i : i + 65536]
        yield f"\r\n--{boundary}--\r\n".encode()

    r = await client.post(
        "/upload",
        data=chunked(),
        headers={"Content-Type": "multipart/form-data; boundary=b0undary", **JSON},
    )
    assert r.status == 413
    assert list(venue.library.staging.iterdir()) == []
    assert venue.library.models(every_racer=True) == []
    venue.app.close()


async def test_rate_limits(tmp_path: Path, aiohttp_client: Any) -> None:
    venue = make_venue(tmp_path / "data", UploadLimits(uploads_per_window=3, wrong_codes_per_window=2))
    client = await aiohttp_client(venue.server.make_app())
    model = write_sample_model(tmp_path / "m.tar.gz")
    statuses = [
        (await client.post("/upload", data=await _form(client, "alice", "guess", model), headers=JSON)).status
        for _ in range(3)
    ]
    assert statuses == [403, 403, 429]
    other = make_venue(tmp_path / "other", UploadLimits(uploads_per_window=2))
    client2 = await aiohttp_client(other.server.make_app())
    statuses = [
        (await client2.post("/upload", data=await _form(client2, "alice", CODE, model), headers=JSON)).status
        for _ in range(3)
    ]
    assert statuses == [200, 200, 429]
    venue.app.close()
    other.app.close()


async def test_upload_with_the_verdict_later(venue: Venue, client: TestClient, tmp_path: Path) -> None:
    good = write_sample_model(tmp_path / "later.tar.gz", pb_size=1_000_000)
    bad = tmp_path / "bad.tar.gz"
    bad.write_bytes(b"nope")
    r = await client.post(
        "/upload?verdict=later", data=await _form(client, "alice", CODE, good, bad), headers=JSON
    )
    assert r.status == 200
    results = (await r.json())["results"]
    assert [x["checking"] for x in results] == [True, True]
    verdicts = []
    for x in results:
        answer = await (await client.get(f"/upload/verdict/{x['token']}")).json()
        assert answer["done"] is True
        verdicts.append(answer["result"])
    assert [v["accepted"] for v in verdicts] == [True, False]
    assert "no gzip header" in verdicts[1]["message"]
    assert [m.name for m in venue.library.models(venue.racers["alice"])] == ["later"]
    r = await client.get("/upload/verdict/not-a-token")
    assert r.status == 404 and "error" in await r.json()


async def test_upload_cut_off_mid_way_leaves_nothing(venue: Venue, tmp_path: Path) -> None:
    port = await venue.server.start()
    try:
        boundary = "cut0ff"
        token = venue.server.desk.tokens.issue()
        head = "".join(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'
            for k, v in (("form_token", token), ("username", "alice"), ("code", CODE))
        ) + (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="m.tar.gz"\r\n'
            "Content-Type: application/gzip\r\n\r\n"
        )
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(
            (
                "POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n"
                f"Content-Type: multipart/form-data; boundary={boundary}\r\nContent-Length: 5000000\r\n\r\n"
                + head
            ).encode()
            + b"\x1f\x8b"
            + bytes(1_000_000)
        )
        await writer.drain()
        deadline = asyncio.get_running_loop().time() + 5
        while not any(venue.library.staging.glob("*.part")):
            assert asyncio.get_running_loop().time() < deadline, "the upload never reached staging"
            await asyncio.sleep(0.02)
        writer.close()  # the racer's phone leaves the Wi-Fi
        while any(venue.library.staging.glob("*.part")):
            assert asyncio.get_running_loop().time() < deadline + 5, "a partial upload was left behind"
            await asyncio.sleep(0.05)
        assert venue.library.models(every_racer=True) == []
        del reader
    finally:
        await venue.server.stop()


async def test_too_many_open_pages_get_503(venue: Venue, client: TestClient) -> None:
    venue.server.hub.max_viewers = 1
    first = await client.get(f"/live/{venue.event_id}?track=1")
    await _next_event(first, "board")
    second = await client.get(f"/live/{venue.event_id}?track=1")
    assert second.status == 503 and second.headers["Retry-After"] == "30"
    first.close()


async def test_renamed_racer_shows_up_on_open_pages(venue: Venue, client: TestClient) -> None:
    await asyncio.to_thread(venue.lap, "bob", 10_000)
    resp = await client.get(f"/live/{venue.event_id}?track=combined&format=fastest")
    first = await _next_event(resp, "board")
    assert [r["display_name"] for r in first["rows"]] == ["Bob B"]
    await asyncio.to_thread(venue.app.racers.update, venue.racers["bob"], display_name="Robert")
    renamed = await _next_event(resp, "board", lambda d: d["rows"][0]["display_name"] != "Bob B")
    assert renamed["rows"][0]["display_name"] == "Robert"
    resp.close()


async def test_average_board_says_no_average_yet_for_laps_without_a_full_window(
    venue: Venue, client: TestClient
) -> None:
    await asyncio.to_thread(venue.lap, "alice", 12_000)
    await asyncio.to_thread(venue.lap, "alice", 12_500)  # two valid laps: no 3-lap window yet
    text = await (await client.get(f"/leaderboard/{venue.event_id}?track=1&format=average")).text()
    assert (
        "no 3-lap average yet" in text
        and "no valid lap" not in text.split('id="rows"')[1].split("</tbody>")[0]
    )
    fastest = await (await client.get(f"/leaderboard/{venue.event_id}?track=1&format=fastest")).text()
    assert "12.000" in fastest and "average yet" not in fastest.split('id="rows"')[1].split("</tbody>")[0]


async def test_a_slow_subscriber_holds_up_neither_the_next_lap_nor_a_viewer(
    venue: Venue, client: TestClient
) -> None:
    """A subscriber on its own lane that sleeps on a lap (a slow leaderboard, a car that does not answer;
    here until the test wakes it, so a busy machine cannot make the check pass by luck): the next lap is
    committed and another viewer's stream gets both laps while it still sleeps."""
    import threading

    from drem_desktop.events import LapRecorded

    asleep, wake = threading.Event(), threading.Event()
    woke: list[bool] = []

    def slow(_e: LapRecorded) -> None:
        asleep.set()
        wake.wait(30)
        woke.append(True)

    venue.app.bus.subscribe(LapRecorded, slow, lane=venue.app.bus.lane("slow"))
    resp = await client.get(f"/live/{venue.event_id}?track=1&format=fastest")
    await _next_event(resp, "runs")
    await asyncio.to_thread(venue.lap, "alice", 12_000)
    await asyncio.to_thread(asleep.wait, 5)
    await asyncio.to_thread(venue.lap, "alice", 11_000)  # committed while the subscriber sleeps
    laps = next(r.laps for r in venue.app.race_admin.runs(venue.event_id) if r.state == "running")
    assert [lap.time_ms for lap in sorted(laps, key=lambda lap: lap.index)] == [12_000, 11_000]
    runs = await _next_event(resp, "runs", lambda d: bool(d["runs"]) and d["runs"][0]["laps"] == 2)
    assert runs["runs"][0]["last_lap_ms"] == 11_000
    assert not woke  # all of the above happened within the first lap's sleep
    wake.set()
    resp.close()


async def test_a_new_upload_code_stops_the_old_one_at_once(
    venue: Venue, client: TestClient, tmp_path: Path
) -> None:
    model = write_sample_model(tmp_path / "m.tar.gz")
    await asyncio.to_thread(venue.app.events.set_upload_code, venue.event_id, "FINALS-7")
    r = await client.post("/upload", data=await _form(client, "alice", CODE, model), headers=JSON)
    assert r.status == 403 and "upload code is not right" in (await r.json())["error"]
    r = await client.post("/upload", data=await _form(client, "alice", "finals-7", model), headers=JSON)
    assert r.status == 200 and (await r.json())["results"][0]["accepted"]
