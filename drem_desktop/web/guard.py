"""What the LAN server owes a venue full of strangers: no visitor can hold it hostage with connections.

Every accepted TCP connection passes through :class:`ConnectionGuard` before aiohttp sees it:

- one address may hold at most ``per_address`` connections, the whole server at most ``total`` (kept
  below the process's open-file limit, so the server refuses politely instead of running out of file
  descriptors and failing every page);
- a connection must send a complete request head within ``header_timeout_s`` of opening (or of its last
  answer), and an idle keep-alive connection is closed after ``idle_timeout_s``: slow-drip and idle
  connections cannot pile up;
- the open-file soft limit is raised towards the hard limit at start where the OS allows it, and accept
  errors ("Too many open files") are logged at most once a minute.

A request in progress (an upload, a live leaderboard stream) is not subject to these timers: the upload
has its own per-part limits, and the stream is a page people keep open.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import web

log = logging.getLogger(__name__)

FD_SPARE = 256  # descriptors kept for the database, serial ports, uploads and the rest of the app


@dataclass(frozen=True, slots=True)
class ConnectionLimits:
    per_address: int = 64  # a phone opens a handful; a whole team behind one NAT stays well below
    total: int | None = None  # None: what the open-file limit allows, less FD_SPARE
    header_timeout_s: float = 10.0
    idle_timeout_s: float = 15.0


def raise_open_file_limit(wanted: int = 65_536) -> int:
    """Raise the soft open-file limit towards ``wanted`` (capped by the hard limit); returns the soft
    limit now in force (``wanted`` where there is no such limit, e.g. Windows)."""
    try:
        import resource
    except ImportError:
        return wanted
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
            soft = target
    return wanted if soft == resource.RLIM_INFINITY else int(soft)


class _Connection:
    __slots__ = ("address", "deadline", "handle", "in_request", "transport")

    def __init__(self, address: str, transport: asyncio.Transport) -> None:
        self.address = address
        self.transport = transport
        self.in_request = False
        self.deadline = 0.0
        self.handle: asyncio.TimerHandle | None = None


class _GuardedProtocol(asyncio.Protocol):
    """Stands between the transport and aiohttp's request handler, and tells the guard what happens."""

    def __init__(self, guard: ConnectionGuard, inner: asyncio.Protocol) -> None:
        self._guard = guard
        self._inner = inner
        self._conn: _Connection | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._conn = self._guard.admit(transport)
        if self._conn is None:
            transport.abort()
            return
        self._inner.connection_made(transport)

    def data_received(self, data: bytes) -> None:
        if self._conn is not None:
            self._inner.data_received(data)

    def eof_received(self) -> bool | None:
        return self._inner.eof_received() if self._conn is not None else None

    def connection_lost(self, exc: Exception | None) -> None:
        if self._conn is not None:
            self._guard.release(self._conn)
            self._conn = None
            self._inner.connection_lost(exc)

    def pause_writing(self) -> None:
        self._inner.pause_writing()

    def resume_writing(self) -> None:
        self._inner.resume_writing()


class ConnectionGuard:
    def __init__(self, limits: ConnectionLimits) -> None:
        self.limits = limits
        fd_limit = raise_open_file_limit()
        self.total = limits.total if limits.total is not None else max(64, fd_limit - FD_SPARE)
        self._by_address: dict[str, int] = {}
        self._by_transport: dict[asyncio.Transport, _Connection] = {}
        self.refused = 0
        self._last_refusal_log = 0.0
        self.loop: asyncio.AbstractEventLoop | None = None

    @property
    def open_connections(self) -> int:
        return len(self._by_transport)

    def factory(self, inner: Callable[[], Any]) -> Callable[[], asyncio.Protocol]:
        """The protocol factory for ``loop.create_server``, around aiohttp's own."""
        return lambda: _GuardedProtocol(self, inner())

    # -- connections ------------------------------------------------------------------------------
    def admit(self, transport: asyncio.Transport) -> _Connection | None:
        self.loop = self.loop or asyncio.get_running_loop()
        peer = transport.get_extra_info("peername")
        address = str(peer[0]) if isinstance(peer, tuple) and peer else "?"
        held = self._by_address.get(address, 0)
        if held >= self.limits.per_address or len(self._by_transport) >= self.total:
            self._refusal(address, held)
            return None
        self._by_address[address] = held + 1
        conn = _Connection(address, transport)
        self._by_transport[transport] = conn
        self._arm(conn, self.limits.header_timeout_s)
        return conn

    def release(self, conn: _Connection) -> None:
        if self._by_transport.pop(conn.transport, None) is None:
            return
        if conn.handle is not None:
            conn.handle.cancel()
        left = self._by_address.get(conn.address, 1) - 1
        if left > 0:
            self._by_address[conn.address] = left
        else:
            self._by_address.pop(conn.address, None)

    def _refusal(self, address: str, held: int) -> None:
        self.refused += 1
        now = time.monotonic()
        if now - self._last_refusal_log >= 60.0:
            self._last_refusal_log = now
            log.warning(
                "LAN server refused connections (%d so far): %s holds %d, %d open in all (limits %d, %d)",
                self.refused,
                address,
                held,
                len(self._by_transport),
                self.limits.per_address,
                self.total,
            )

    # -- timers -----------------------------------------------------------------------------------
    def _arm(self, conn: _Connection, seconds: float) -> None:
        """Close ``conn`` unless a request starts within ``seconds``; one timer handle, re-armed lazily."""
        assert self.loop is not None
        conn.deadline = self.loop.time() + seconds
        if conn.handle is None:
            conn.handle = self.loop.call_at(conn.deadline, self._expire, conn)

    def _expire(self, conn: _Connection) -> None:
        assert self.loop is not None
        conn.handle = None
        if conn.in_request or conn.transport.is_closing():
            return
        if self.loop.time() < conn.deadline:  # re-armed since: wait for the new deadline
            conn.handle = self.loop.call_at(conn.deadline, self._expire, conn)
            return
        conn.transport.close()

    def request_started(self, request: web.Request) -> None:
        conn = self._by_transport.get(request.transport)  # type: ignore[arg-type]
        if conn is not None:
            conn.in_request = True

    def request_done(self, request: web.Request) -> None:
        conn = self._by_transport.get(request.transport)  # type: ignore[arg-type]
        if conn is not None:
            conn.in_request = False
            # the next request head must come soon; an idle keep-alive connection goes after a while
            self._arm(conn, min(self.limits.header_timeout_s, self.limits.idle_timeout_s))

    @web.middleware
    async def middleware(
        self, request: web.Request, handler: Callable[[web.Request], Any]
    ) -> web.StreamResponse:
        self.request_started(request)
        try:
            return await handler(request)
        finally:
            self.request_done(request)


def quiet_accept_errors(loop: asyncio.AbstractEventLoop) -> None:
    """asyncio reports each failed accept ("Too many open files") with a traceback, once a second per
    listening socket: keep the first of each minute, drop the rest, pass everything else on."""
    previous = loop.get_exception_handler()
    state = {"last": 0.0, "dropped": 0}

    def handler(the_loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        message = str(context.get("message", ""))
        if message.startswith("socket.accept() out of system resource"):
            now = time.monotonic()
            if now - state["last"] < 60.0:
                state["dropped"] += 1
                return
            state["last"] = now
            dropped, state["dropped"] = state["dropped"], 0
            error = context.get("exception")
            log.error("LAN server cannot accept connections: %s (%d more in the last minute)", error, dropped)
            return
        if previous is not None:
            previous(the_loop, context)
        else:
            the_loop.default_exception_handler(context)

    loop.set_exception_handler(handler)
