"""The Pi timer client against WebSocket servers on 127.0.0.1 that send exactly the frames of the
cloud manager's timer: ``connected`` on connect, ``lap`` per trigger, or plain text from older timers."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import AsyncIterator, Callable

import pytest
from aiohttp import web

from drem_desktop.timing.events import SensorClockChanged, SequenceGapDetected
from drem_desktop.timing.pi_timer import PiTimerSource
from drem_desktop.timing.simulator import PiTimerSimulator

from .conftest import Collector, wait_for


async def until(predicate: Callable[[], bool], timeout: float = 3.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        await asyncio.sleep(0.005)
    return predicate()


class ScriptedTimer:
    """A bare WebSocket server that sends the frames a test gives it, verbatim."""

    def __init__(self) -> None:
        self.clients: list[web.WebSocketResponse] = []
        self.runner: web.AppRunner | None = None
        self.port = 0
        self.on_connect: list[str] = []

    async def start(self, port: int = 0) -> str:
        app = web.Application()
        app.router.add_get("/", self.handle)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", port)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return f"ws://127.0.0.1:{self.port}"

    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        for frame in self.on_connect:
            await ws.send_str(frame)
        self.clients.append(ws)
        async for _msg in ws:
            pass
        return ws

    async def send(self, frame: str) -> None:
        for ws in self.clients:
            if not ws.closed:
                await ws.send_str(frame)

    async def stop(self) -> None:
        for ws in self.clients:
            await ws.close()
        if self.runner:
            await self.runner.cleanup()


@pytest.fixture
async def scripted() -> AsyncIterator[ScriptedTimer]:
    server = ScriptedTimer()
    yield server
    await server.stop()


@contextlib.asynccontextmanager
async def reading(scripted: ScriptedTimer, collector: Collector) -> AsyncIterator[PiTimerSource]:
    """Start the scripted timer and a source on this loop reading it; close the source at the end."""
    url = await scripted.start()
    source = PiTimerSource(url, collector.crossing, collector.event, loop=asyncio.get_running_loop())
    source.start()
    try:
        yield source
    finally:
        await source.aclose()


CONNECTED = '{"event":"connected","timestamp":1718000000000,"serverInfo":{"version":"2.1","name":"timer-1"}}'


async def test_json_frames_become_crossings_on_the_pi_clock(
    scripted: ScriptedTimer, collector: Collector
) -> None:
    scripted.on_connect = [CONNECTED]
    async with reading(scripted, collector) as source:
        assert await until(lambda: source.status.connected and source.status.device == "timer-1")
        assert source.status.firmware == "2.1"
        await scripted.send(
            '{"event":"lap","timestamp":1718000012345,"gpio":17,"lapNumber":1,"sensorLapCount":1}'
        )
        await scripted.send(
            '{"event":"lap","timestamp":1718000024690,"gpio":27,"lapNumber":2,"sensorLapCount":1}'
        )
        await scripted.send('{"event":"somethingElse","timestamp":1718000024999}')
        assert await until(lambda: len(collector.crossings) == 2)
        a, b = collector.crossings
        assert (a.source, a.sensor_id, a.sensor_ms, a.sequence) == ("pi-timer", "gpio17", 1718000012345, 1)
        assert (b.sensor_id, b.sensor_ms, b.sequence) == ("gpio27", 1718000024690, 2)
        assert a.clock == b.clock == f"pi-timer:127.0.0.1:{scripted.port}#0"
        assert b.sensor_ms - a.sensor_ms == 12345  # the lap time is a difference of Pi timestamps


async def test_plain_text_frames_are_host_stamped_triggers(
    scripted: ScriptedTimer, collector: Collector
) -> None:
    async with reading(scripted, collector) as source:
        assert await until(lambda: source.status.connected and scripted.clients)
        sent = time.monotonic() * 1000
        await scripted.send("lap")
        await scripted.send("   ")
        await scripted.send("LAP 2")
        assert await until(lambda: len(collector.crossings) == 2)
        for c in collector.crossings:
            assert c.sensor_ms is None and c.clock is None
            assert 0 <= c.host_ms - sent < 250


async def test_reconnects_by_itself_and_reports_laps_missed_meanwhile(collector: Collector) -> None:
    timer = PiTimerSimulator()
    url = await timer.start()
    source = PiTimerSource(
        url, collector.crossing, collector.event, loop=asyncio.get_running_loop(), retry_s=0.05
    )
    source.start()
    try:
        assert await until(lambda: source.status.connected and timer.clients)
        first = await timer.lap(17)
        assert await until(lambda: len(collector.crossings) == 1)
        await timer.drop_clients()
        assert await until(lambda: not source.status.connected, timeout=1)
        await timer.lap(17)  # nobody listening: this one is lost for good
        assert await until(lambda: source.status.connected and bool(timer.clients), timeout=2)
        assert timer.connections == 2
        third = await timer.lap(27)
        assert await until(lambda: len(collector.crossings) == 2)
        assert [c.sequence for c in collector.crossings] == [1, 3]
        assert collector.crossings[1].sensor_ms == third.sensor_ms
        assert collector.crossings[0].sensor_ms == first.sensor_ms
        gaps = collector.of(SequenceGapDetected)
        assert [(g.first_missing, g.last_missing) for g in gaps] == [(2, 2)]
        assert "never arrived" in (source.status.last_error or "")
    finally:
        await source.aclose()
        await timer.stop()


async def test_a_timer_that_goes_away_and_comes_back(collector: Collector) -> None:
    timer = PiTimerSimulator()
    url = await timer.start()
    port = timer.port
    source = PiTimerSource(
        url,
        collector.crossing,
        collector.event,
        loop=asyncio.get_running_loop(),
        retry_s=0.05,
        max_retry_s=0.2,
    )
    source.start()
    try:
        assert await until(lambda: source.status.connected)
        await timer.stop()
        assert await until(lambda: not source.status.connected, timeout=1)
        await asyncio.sleep(0.3)
        assert "Cannot reach the Pi timer" in (source.status.last_error or "")
        restarted = PiTimerSimulator(port=port)  # a rebooted Pi: its lap count starts again
        await restarted.start()
        try:
            assert await until(lambda: source.status.connected and bool(restarted.clients), timeout=2)
            await restarted.lap(17)
            assert await until(lambda: len(collector.crossings) == 1)
            assert collector.crossings[0].sequence == 1
        finally:
            await restarted.stop()
    finally:
        await source.aclose()


async def test_a_pi_clock_that_went_back_is_a_new_clock(
    scripted: ScriptedTimer, collector: Collector
) -> None:
    async with reading(scripted, collector) as source:
        assert await until(lambda: bool(scripted.clients))
        await scripted.send(json.dumps({"event": "lap", "timestamp": 5000, "gpio": 17, "lapNumber": 7}))
        await scripted.send(json.dumps({"event": "lap", "timestamp": 1000, "gpio": 17, "lapNumber": 1}))
        await scripted.send('{"event":"lap","timestamp":null}')  # unusable, yet still a trigger
        await scripted.send('{"type":"status","uptime":12}')  # not a lap
        await scripted.send("[1, 2]")  # not an object: text from an older timer, a trigger
        assert await until(lambda: len(collector.crossings) == 4)
        assert "without a usable timestamp" in (source.status.last_error or "")
        a, b, c, d = collector.crossings
        assert a.clock != b.clock and c.clock is None and d.clock is None
        assert [e.new_clock for e in collector.of(SensorClockChanged)] == [b.clock]
        assert not collector.of(SequenceGapDetected)


def test_runs_on_its_own_thread_without_blocking_the_caller(collector: Collector) -> None:
    loop = asyncio.new_event_loop()
    timer = PiTimerSimulator()
    url = loop.run_until_complete(timer.start())
    import threading

    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    source = PiTimerSource(url, collector.crossing, collector.event)
    t0 = time.monotonic()
    source.start()
    assert time.monotonic() - t0 < 0.1
    try:
        assert wait_for(lambda: source.status.connected and bool(timer.clients))
        asyncio.run_coroutine_threadsafe(timer.lap(17), loop).result(2)
        assert wait_for(lambda: len(collector.crossings) == 1)
    finally:
        source.stop()
        asyncio.run_coroutine_threadsafe(timer.stop(), loop).result(5)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)
        loop.close()
    assert not source.status.connected


def test_rejects_addresses_that_are_not_websockets() -> None:
    with pytest.raises(ValueError, match="ws://HOST:8080"):
        PiTimerSource("http://10.0.0.5:8080", lambda c: None)
