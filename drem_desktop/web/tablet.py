"""The tablet timekeeper on the LAN server: the console's operations with big touch targets.

Guarded by the operator PIN set on the laptop (``services/tablet_access``): ``/tablet`` shows the PIN
form until a session exists; every state change is a POST carrying the session's CSRF token in the
``X-CSRF-Token`` header and is refused when it comes from another origin. The login form itself is
protected by a double-submit token (cookie and field). Refused requests change nothing.

The page follows the run live over an event stream (``/tablet/live``): the state is computed once per
change and sent to every tablet on that track. Operations go through race control, which serializes them
with the laptop's keys, so both screens show the same run.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import secrets
from collections.abc import Callable
from typing import Any, Protocol

from aiohttp import web

from drem_desktop.i18n import _
from drem_desktop.services.tablet_access import PinRefused, TabletAccess
from drem_desktop.web import tablet_pages

log = logging.getLogger(__name__)

SESSION_COOKIE = "drem_tablet"
LOGIN_COOKIE = "drem_tablet_login"
HEARTBEAT_S = 5.0
NO_STORE = {"Cache-Control": "no-store"}


class TabletControl(Protocol):
    """What the tablet may read and do (``web/app_control.py`` over the real app). May block."""

    def laptop_name(self) -> str: ...
    def state(self, track_number: int) -> dict[str, Any]: ...
    def operate(self, track_number: int, op: str, index: int | None = None) -> str: ...
    def watch(self, on_change: Callable[[str], None]) -> Callable[[], None]: ...


class TabletDesk:
    def __init__(self, control: TabletControl, access: TabletAccess) -> None:
        self.control = control
        self.access = access
        self._viewers: dict[int, set[asyncio.Queue[bytes]]] = {}
        self._dirty: set[str] = set()
        self._flush: asyncio.Task[None] | None = None
        self._beat: asyncio.Task[None] | None = None
        self._unwatch: Callable[[], None] | None = None
        self.loop: asyncio.AbstractEventLoop | None = None

    # -- wiring -----------------------------------------------------------------------------------
    def add_routes(self, app: web.Application) -> None:
        app.router.add_get("/tablet", self.page)
        app.router.add_post("/tablet/login", self.login)
        app.router.add_post("/tablet/logout", self.logout)
        app.router.add_get("/tablet/api/state", self.api_state)
        app.router.add_post("/tablet/api/op", self.api_op)
        app.router.add_get("/tablet/live", self.live)
        app.on_startup.append(self._start)
        app.on_shutdown.append(self._stop)

    async def _start(self, _app: web.Application) -> None:
        self.loop = asyncio.get_running_loop()
        loop = self.loop

        def changed(track_id: str) -> None:  # any thread
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self._changed, track_id)

        self._unwatch = self.control.watch(changed)
        self._beat = loop.create_task(self._heartbeat())

    async def _stop(self, _app: web.Application) -> None:
        if self._unwatch is not None:
            self._unwatch()
            self._unwatch = None
        for task in (self._beat, self._flush):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
        for viewers in self._viewers.values():
            for q in viewers:
                q.put_nowait(b"")

    # -- helpers ----------------------------------------------------------------------------------
    async def _call(self, fn: Callable[..., Any], *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(None, fn, *args)

    def _session(self, request: web.Request) -> Any:
        return self.access.session(request.cookies.get(SESSION_COOKIE))

    @staticmethod
    def _same_origin(request: web.Request) -> bool:
        """A state change must come from this server's own page (a browser always says where from).

        Our pages send no referrer, so a form post says ``Origin: null``; Sec-Fetch-Site still tells.
        """
        origin = request.headers.get("Origin")
        if origin not in (None, "null") and origin != f"{request.scheme}://{request.host}":
            return False
        site = request.headers.get("Sec-Fetch-Site")
        return site in (None, "same-origin", "none")

    @staticmethod
    def _track(request: web.Request) -> int:
        value = request.query.get("track", "1")
        if not value.isdigit():
            raise web.HTTPBadRequest(text=_("track must be a track number."))
        return int(value)

    def _refuse(self, status: int, message: str) -> web.Response:
        return web.json_response({"error": message}, status=status, headers=NO_STORE)

    # -- pages ------------------------------------------------------------------------------------
    async def page(self, request: web.Request) -> web.Response:
        track = self._track(request)
        session = self._session(request)
        if session is None:
            return self._login_page(track, None, 200)
        try:
            state = await self._call(self.control.state, track)
        except LookupError as exc:
            return _html(tablet_pages.problem(str(exc)), 404)
        return _html(tablet_pages.console(state, session.csrf), 200)

    def _login_page(self, track: int, message: str | None, status: int) -> web.Response:
        token = secrets.token_urlsafe(24)
        laptop = self.control.laptop_name()
        resp = _html(tablet_pages.login(laptop, track, token, message, self.access.has_pin), status)
        resp.set_cookie(LOGIN_COOKIE, token, httponly=True, samesite="Strict", path="/tablet", max_age=900)
        return resp

    async def login(self, request: web.Request) -> web.Response:
        form = await request.post()
        track_text = str(form.get("track", "1"))
        track = int(track_text) if track_text.isdigit() else 1
        sent, kept = str(form.get("login_token", "")), request.cookies.get(LOGIN_COOKIE, "")
        if not self._same_origin(request) or not kept or not hmac.compare_digest(sent, kept):
            return self._login_page(track, _("The form expired: type the PIN again."), 403)
        client = request.remote or "?"
        try:
            token, _session = await self._call(self.access.login, str(form.get("pin", "")), client)
        except PinRefused as exc:
            status = 429 if exc.retry_after_s else 401
            log.info("tablet login refused for %s: %s", client, exc)
            return self._login_page(track, str(exc), status)
        log.info("tablet session opened for %s", client)
        resp = web.HTTPSeeOther(f"/tablet?track={track}")
        resp.set_cookie(
            SESSION_COOKIE,
            token,
            httponly=True,
            samesite="Strict",
            path="/tablet",
            max_age=int(self.access.lifetime_s),
        )
        resp.del_cookie(LOGIN_COOKIE, path="/tablet")
        raise resp

    async def logout(self, request: web.Request) -> web.Response:
        session = self._session(request)
        if session is None or not self._same_origin(request):
            return self._refuse(401, _("Not logged in."))
        if not self.access.csrf_ok(session, request.headers.get("X-CSRF-Token")):
            return self._refuse(403, _("This request did not come from the tablet page; nothing changed."))
        self.access.logout(request.cookies.get(SESSION_COOKIE))
        resp = web.json_response({"ok": True}, headers=NO_STORE)
        resp.del_cookie(SESSION_COOKIE, path="/tablet")
        return resp

    # -- JSON -------------------------------------------------------------------------------------
    async def api_state(self, request: web.Request) -> web.Response:
        if self._session(request) is None:
            return self._refuse(401, _("Log in with the PIN first."))
        try:
            state = await self._call(self.control.state, self._track(request))
        except LookupError as exc:
            return self._refuse(404, str(exc))
        return web.json_response(state, headers=NO_STORE)

    async def api_op(self, request: web.Request) -> web.Response:
        session = self._session(request)
        if session is None:
            return self._refuse(401, _("Log in with the PIN first."))
        if not self._same_origin(request) or not self.access.csrf_ok(
            session, request.headers.get("X-CSRF-Token")
        ):
            return self._refuse(403, _("This request did not come from the tablet page; nothing changed."))
        try:
            body = await request.json()
        except (ValueError, UnicodeDecodeError):
            return self._refuse(400, _("The request is not JSON."))
        if not isinstance(body, dict):
            return self._refuse(400, _("The request is not a JSON object."))
        op, track, index = body.get("op"), body.get("track"), body.get("index")
        if not isinstance(op, str) or not isinstance(track, int) or isinstance(track, bool):
            return self._refuse(400, _("Say which operation on which track."))
        if index is not None and (not isinstance(index, int) or isinstance(index, bool)):
            return self._refuse(400, _("The lap index must be a number."))
        try:
            notice = await self._call(self.control.operate, track, op, index)
        except LookupError as exc:
            return self._refuse(404, str(exc))
        except Exception as exc:  # OperationRefused and the like: the reason, as the console shows it
            if type(exc).__name__ != "OperationRefused":
                log.exception("tablet operation %s failed", op)
            return self._refuse(409, str(exc))
        log.info("tablet %s: %s on track %s", session.client, op, track)
        state = await self._call(self.control.state, track)
        return web.json_response({**state, "notice": notice or ""}, headers=NO_STORE)

    # -- live -------------------------------------------------------------------------------------
    async def live(self, request: web.Request) -> web.StreamResponse:
        token = request.cookies.get(SESSION_COOKIE)
        if self.access.session(token) is None:
            return self._refuse(401, _("Log in with the PIN first."))
        track = self._track(request)
        state = await self._call(self.control.state, track)
        response = web.StreamResponse(
            headers={
                "Content-Type": "text/event-stream; charset=utf-8",
                **NO_STORE,
                "X-Accel-Buffering": "no",
            }
        )
        await response.prepare(request)
        queue: asyncio.Queue[bytes] = asyncio.Queue(maxsize=8)
        self._viewers.setdefault(track, set()).add(queue)
        try:
            await response.write(b"retry: 2000\n\n" + _sse("state", state))
            while True:
                chunk = await queue.get()
                if not chunk:
                    break
                if chunk == b"beat" and not self._still_valid(token):
                    await response.write(_sse("expired", {}))
                    break
                await response.write(b": beat\n\n" if chunk == b"beat" else chunk)
        except (ConnectionResetError, asyncio.CancelledError):
            pass
        finally:
            viewers = self._viewers.get(track)
            if viewers is not None:
                viewers.discard(queue)
                if not viewers:
                    del self._viewers[track]
        return response

    def _still_valid(self, token: str | None) -> bool:
        return self.access.peek(token)

    def _changed(self, track_id: str) -> None:
        self._dirty.add(track_id)
        if (self._flush is None or self._flush.done()) and self.loop is not None:
            self._flush = self.loop.create_task(self._send_states())

    async def _send_states(self) -> None:
        await asyncio.sleep(0.02)  # a burst of events (lap, board, staging) becomes one update
        self._dirty.clear()
        for track in list(self._viewers):
            try:
                state = await self._call(self.control.state, track)
            except Exception:
                log.exception("tablet state of track %s failed", track)
                continue
            message = _sse("state", state)
            for q in list(self._viewers.get(track, ())):
                _offer(q, message)

    async def _heartbeat(self) -> None:
        """Every few seconds: the clocks resynchronize and an expired session is told to log in again."""
        while True:
            await asyncio.sleep(HEARTBEAT_S)
            for viewers in list(self._viewers.values()):
                for q in list(viewers):
                    _offer(q, b"beat")
            if self._viewers:
                self._changed("")


def _offer(q: asyncio.Queue[bytes], message: bytes) -> None:
    """A slow tablet only ever holds the newest few messages."""
    while q.full():
        with contextlib.suppress(asyncio.QueueEmpty):
            q.get_nowait()
    q.put_nowait(message)


def _sse(kind: str, payload: dict[str, Any]) -> bytes:
    return f"event: {kind}\ndata: {json.dumps(payload, separators=(',', ':'))}\n\n".encode()


def _html(text: str, status: int) -> web.Response:
    return web.Response(text=text, status=status, content_type="text/html", charset="utf-8", headers=NO_STORE)
