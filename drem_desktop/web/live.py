"""Server-Sent Events for the live pages: one computation per change, the same bytes to every viewer.

A change (a lap, a run state, an edit) marks the event's leaderboards and runs stale; the hub rebuilds
each stale view once, off the event loop, serializes it once and hands the bytes to every client that
watches it. A client that reads slowly only ever holds the newest copy of each view, so memory stays
bounded however many phones are connected.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from drem_desktop.i18n import _
from drem_desktop.web.source import COMBINED, LiveSource

log = logging.getLogger(__name__)

BoardKey = tuple[str, str, str]  # event id, track ("1", "2" or "combined"), format
HEARTBEAT_S = 15.0
RUN_REFRESH_S = 5.0
RETRY_MS = 2000


def sse(kind: str, payload: dict[str, Any]) -> bytes:
    data = json.dumps(payload, separators=(",", ":"))
    return f"event: {kind}\ndata: {data}\n\n".encode()


@dataclass(eq=False)
class Viewer:
    """One open page: its board, and the newest message of each kind not yet written to it."""

    key: BoardKey
    pending: dict[str, bytes] = field(default_factory=dict)
    wake: asyncio.Event = field(default_factory=asyncio.Event)
    closed: bool = False
    last_sent: float = 0.0  # loop time of the last write to it
    transport: asyncio.BaseTransport | None = None  # its connection: closing once the phone has gone

    def gone(self) -> bool:
        return self.transport is not None and self.transport.is_closing()

    def offer(self, kind: str, message: bytes) -> None:
        self.pending[kind] = message
        self.wake.set()


class LiveHub:
    def __init__(
        self, source: LiveSource, *, now: Callable[[], float] = time.time, streams_per_address: int = 8
    ) -> None:
        self.source = source
        self.streams_per_address = streams_per_address
        self._by_address: dict[str, int] = {}
        self._now = now
        self._viewers: dict[BoardKey, set[Viewer]] = {}
        self._boards: dict[BoardKey, bytes] = {}  # the newest serialized rows, while still current
        self._runs: dict[str, bytes] = {}
        self._live_runs: set[str] = set()  # events with a run in progress (refreshed every few seconds)
        self._runs_sent: dict[str, float] = {}  # event id -> loop time its runs were last sent to viewers
        self._dirty_boards: set[BoardKey] = set()
        self._dirty_runs: set[str] = set()
        # what viewers were last handed: a change that changes nothing they see (a lap's board is built
        # for its LapRecorded, then its LeaderboardChanged follows) is not a second wave of writes
        self._offered_boards: dict[BoardKey, bytes] = {}
        self._offered_runs: dict[str, bytes | None] = {}  # per event, the runs message without its clocks
        self._run_content: dict[str, tuple[bytes, bytes]] = {}  # per event, the newest build: with, without
        self._clock_due: set[str] = set()  # events whose run clocks are sent even when nothing else moved
        self._flush_task: asyncio.Task[None] | None = None
        self._tick_task: asyncio.Task[None] | None = None
        self._closing = False
        self.loop: asyncio.AbstractEventLoop | None = None
        self.max_viewers = viewer_limit()

    # -- life cycle -------------------------------------------------------------------------------
    def start(self) -> Callable[[], None]:
        """Begin watching the source; returns the unsubscribe (call it when the server stops)."""
        self.loop = asyncio.get_running_loop()
        self._closing = False  # the server may be started again after a stop
        self._boards.clear()
        self._runs.clear()
        self._offered_boards.clear()
        self._offered_runs.clear()
        self._tick_task = self.loop.create_task(self._tick())
        loop = self.loop

        def on_change(event_id: str | None, kind: str) -> None:  # any thread
            with contextlib.suppress(RuntimeError):  # loop already closed at shutdown
                loop.call_soon_threadsafe(self.changed, event_id, kind)

        return self.source.watch(on_change)

    async def close(self) -> None:
        self._closing = True
        for task in (self._tick_task, self._flush_task):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
        for viewers in self._viewers.values():
            for v in viewers:
                v.closed = True
                v.wake.set()

    @property
    def viewer_count(self) -> int:
        return sum(len(v) for v in self._viewers.values())

    # -- changes (on the loop) --------------------------------------------------------------------
    def changed(self, event_id: str | None, kind: str) -> None:
        for key in list(self._viewers):
            if event_id is not None and key[0] != event_id:
                continue
            if kind == "board":
                self._boards.pop(key, None)
                self._dirty_boards.add(key)
            self._runs.pop(key[0], None)
            self._dirty_runs.add(key[0])
        if kind == "board" and event_id is None:
            self._boards.clear()
        dirty = self._dirty_boards or self._dirty_runs
        if dirty and (self._flush_task is None or self._flush_task.done()) and not self._closing:
            assert self.loop is not None
            self._flush_task = self.loop.create_task(self._flush())

    async def _flush(self) -> None:
        """Rebuild every stale view once, all at the same time, then hand each viewer everything new in
        one go: one wake-up and one write per viewer per change, however many views it touched (a second
        wave of writes, or a view built while the first wave is written, doubles what a lap costs with
        thousands of phones). Changes that arrive meanwhile are picked up in the next pass."""
        while self._dirty_boards or self._dirty_runs:
            boards, self._dirty_boards = list(self._dirty_boards), set()
            runs, self._dirty_runs = list(self._dirty_runs), set()
            built = await asyncio.gather(
                *(self._board_message(key) for key in boards),
                *(self._run_message(event_id) for event_id in runs),
                return_exceptions=True,
            )
            board_messages: dict[BoardKey, bytes] = {}
            run_messages: dict[str, bytes] = {}
            for key, message in zip(boards, built[: len(boards)], strict=True):
                if isinstance(message, BaseException):
                    log.error("leaderboard update of %s failed", key, exc_info=message)
                elif self._offered_boards.get(key) != message:
                    board_messages[key] = self._offered_boards[key] = message
            clock_due, self._clock_due = self._clock_due, set()
            for event_id, message in zip(runs, built[len(boards) :], strict=True):
                if isinstance(message, BaseException):
                    log.error("run update of %s failed", event_id, exc_info=message)
                    continue
                latest = self._run_content.get(event_id)
                content = latest[1] if latest is not None and latest[0] is message else None
                if event_id in clock_due or content is None or self._offered_runs.get(event_id) != content:
                    run_messages[event_id] = message
                    self._offered_runs[event_id] = content
            now = self.loop.time() if self.loop is not None else 0.0
            for event_id in run_messages:
                self._runs_sent[event_id] = now
            for key, viewers in self._viewers.items():
                board, run = board_messages.get(key), run_messages.get(key[0])
                for v in viewers:
                    if board is not None:
                        v.pending["board"] = board
                    if run is not None:
                        v.pending["runs"] = run
                    if board is not None or run is not None:
                        v.wake.set()

    async def _tick(self) -> None:
        """Heartbeat for proxies and phones that drop idle connections; periodic run clocks.

        The clocks of a run in progress are sent again only when nothing sent them for RUN_REFRESH_S (a
        lap sends them anyway), and a viewer is pinged only when it got nothing for HEARTBEAT_S: with
        thousands of phones each of these is a wave of writes, and one that lands on a lap delays it."""
        assert self.loop is not None
        while True:
            await asyncio.sleep(min(1.0, RUN_REFRESH_S))
            now = self.loop.time()
            for event_id in list(self._live_runs):
                if now - self._runs_sent.get(event_id, 0.0) >= RUN_REFRESH_S:
                    self._clock_due.add(event_id)
                    self.changed(event_id, "run")
            for viewers in self._viewers.values():
                for v in viewers:
                    if v.gone():  # the page closed: free its place (and its device's) now, not at a write
                        v.closed = True
                        v.wake.set()
                    elif now - v.last_sent >= HEARTBEAT_S:
                        v.last_sent = now  # the ping's own write counts
                        v.offer("ping", b": ping\n\n")

    # -- building messages ------------------------------------------------------------------------
    async def _board_message(self, key: BoardKey) -> bytes:
        cached = self._boards.get(key)
        if cached is not None:
            return cached
        event_id, track, fmt = key
        assert self.loop is not None
        rows = await self.loop.run_in_executor(None, self.source.rows, event_id, track, fmt)
        message = sse("board", {"event_id": event_id, "track": track, "format": fmt, "rows": rows})
        if key not in self._dirty_boards:  # a change arrived while building: do not keep a stale copy
            self._boards[key] = message
        return message

    async def _run_message(self, event_id: str) -> bytes:
        cached = self._runs.get(event_id)
        if cached is not None:
            return cached
        assert self.loop is not None
        runs = await self.loop.run_in_executor(None, self.source.current_runs, event_id)
        if any(r.running for r in runs):
            self._live_runs.add(event_id)
        else:
            self._live_runs.discard(event_id)
        payload: dict[str, Any] = {"runs": [r.to_json() for r in runs]}
        race_day = getattr(self.source, "race_day", None)  # up next, race summaries: when the source has them
        if race_day is not None:
            payload.update(await self.loop.run_in_executor(None, race_day, event_id))
        content = _without_clocks(payload)
        message = sse("runs", {"server_time": self._now(), **payload})
        if event_id not in self._dirty_runs:
            self._runs[event_id] = message
        self._run_content[event_id] = (message, content)
        return message

    # -- one viewer -------------------------------------------------------------------------------
    async def stream(self, request: web.Request, key: BoardKey) -> web.StreamResponse:
        """Serve one EventSource until the page closes or the server stops."""
        if self.viewer_count >= self.max_viewers:
            raise web.HTTPServiceUnavailable(
                text=_("Too many open leaderboards on this laptop; try again in a minute."),
                headers={"Retry-After": "30"},
            )
        address = request.remote or "?"
        if self._by_address.get(address, 0) >= self.streams_per_address:
            raise web.HTTPTooManyRequests(
                text=_("Too many live leaderboards open on this device; close a few tabs and reload."),
                headers={"Retry-After": "30"},
            )
        self._by_address[address] = self._by_address.get(address, 0) + 1
        try:
            return await self._stream(request, key)
        finally:
            left = self._by_address.get(address, 1) - 1
            if left > 0:
                self._by_address[address] = left
            else:
                self._by_address.pop(address, None)

    async def _stream(self, request: web.Request, key: BoardKey) -> web.StreamResponse:
        response = web.StreamResponse(
            headers={
                "Content-Type": "text/event-stream; charset=utf-8",
                "Cache-Control": "no-cache, no-store",
                "X-Accel-Buffering": "no",
            }
        )
        await response.prepare(request)
        viewer = Viewer(key, transport=request.transport)
        self._viewers.setdefault(key, set()).add(viewer)
        try:
            await response.write(f"retry: {RETRY_MS}\n\n".encode())
            viewer.offer("board", await self._board_message(key))
            viewer.offer("runs", await self._run_message(key[0]))
            while not viewer.closed and not self._closing:
                await viewer.wake.wait()
                viewer.wake.clear()
                if viewer.closed:
                    break
                chunk = b"".join(viewer.pending.values())
                viewer.pending.clear()
                viewer.last_sent = self.loop.time() if self.loop is not None else 0.0
                await response.write(chunk)
        except ConnectionResetError:
            pass
        finally:
            viewers = self._viewers.get(key)
            if viewers is not None:
                viewers.discard(viewer)
                if not viewers:
                    del self._viewers[key]
                    self._boards.pop(key, None)
        return response


_CLOCKS = ("time_left_ms", "current_lap_ms")  # a run's clocks: the pages run them on from server_time


def _without_clocks(payload: dict[str, Any]) -> bytes:
    """A runs message as it would read with its clocks left out: two builds that differ only in how far
    the clocks have run tell the pages nothing new (the periodic refresh sends the clocks anyway)."""
    runs = [{k: v for k, v in r.items() if k not in _CLOCKS} for r in payload["runs"]]
    return json.dumps({**payload, "runs": runs}, separators=(",", ":")).encode()


def viewer_limit(wanted: int = 10_240, spare: int = 256) -> int:
    """Each open page holds a socket: raise the soft open-file limit towards ``wanted`` (many systems
    start at 1024) and keep ``spare`` descriptors for the database, uploads and the rest of the app."""
    try:
        import resource
    except ImportError:  # Windows: no such per-process limit to manage here
        return wanted - spare
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
            soft = target
    limit = wanted if soft == resource.RLIM_INFINITY else min(soft, wanted)
    return max(16, limit - spare)


def board_key(event_id: str, track: str, fmt: str) -> BoardKey:
    return (event_id, track or COMBINED, fmt)
