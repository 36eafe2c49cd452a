"""The embedded LAN server: live leaderboards, the stream overlay, read-only JSON and the racer upload.

Everything is read-only except ``POST /upload``, which needs the event's upload code. There is no
admin action over the LAN, no directory listing (static files are served from a fixed list), and every
name a person typed is escaped (HTML in ``pages.py``, ``textContent`` in the scripts).

The pages are public by design (anyone on the venue network may watch), but the server defends itself:
connection limits and timeouts (``guard.py``), a ``Host`` check against DNS rebinding (a page on another
site cannot make a browser read this API under its own name), and for the upload an ``Origin`` check and a
per-page form token, so another site cannot upload in a visitor's name.

Runs on the app's service loop: ``await server.start()`` there, ``await server.stop()`` at exit.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import io
import ipaddress
import logging
import re
import socket
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import segno
from aiohttp import web

from drem_desktop.domain.leaderboard import DEFAULT_TRACK
from drem_desktop.flags import flag_path
from drem_desktop.i18n import _, best_language, current_language, request_language, supported
from drem_desktop.models.library import ModelLibrary
from drem_desktop.settings import LAN_PORT
from drem_desktop.web import pages
from drem_desktop.web.guard import ConnectionGuard, ConnectionLimits, quiet_accept_errors
from drem_desktop.web.live import LiveHub, board_key
from drem_desktop.web.net import lan_addresses
from drem_desktop.web.source import COMBINED, FORMATS, LiveSource, NotFoundError
from drem_desktop.web.tablet import TabletDesk
from drem_desktop.web.upload import UploadDesk, UploadLimits, UploadRefused

log = logging.getLogger(__name__)

ASSETS = Path(__file__).resolve().parent.parent / "resources" / "web"
STATIC_TYPES = {".css": "text/css", ".js": "text/javascript", ".svg": "image/svg+xml", ".png": "image/png"}
LANGUAGE_COOKIE = "drem_lang"
HEX_COLOUR = re.compile(r"^[0-9a-fA-F]{6}$")
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "connect-src 'self'; form-action 'self'; base-uri 'none'"
    ),
}


@dataclass(frozen=True, slots=True)
class WebConfig:
    host: str = "0.0.0.0"  # every interface: phones on the venue Wi-Fi reach it
    port: int = LAN_PORT.default
    port_tries: int = 20  # taken: use the next free one
    upload: UploadLimits = field(default_factory=UploadLimits)
    connections: ConnectionLimits = field(default_factory=ConnectionLimits)
    streams_per_address: int = 8  # live leaderboards one device may keep open
    host_names: tuple[str, ...] = ()  # names besides IP addresses and this laptop's own that reach it


class WebServer:
    def __init__(
        self,
        source: LiveSource,
        library: ModelLibrary | None = None,
        config: WebConfig | None = None,
        extensions: tuple[Callable[[web.Application], None], ...] = (),
        tablet: TabletDesk | None = None,
    ) -> None:
        """``extensions`` add their own routes (LAN sync: sealed, for paired laptops only); ``tablet``: the
        PIN-guarded tablet timekeeper (the app's server has it; benchmarks do not)."""
        self.extensions = extensions
        self.source = source
        self.tablet = tablet
        self.config = config or WebConfig()
        self.library = library
        self.guard = ConnectionGuard(self.config.connections)
        self.hub = LiveHub(source, streams_per_address=self.config.streams_per_address)
        self.desk = UploadDesk(source, library, self.config.upload)
        self._names = allowed_host_names(self.config.host_names)
        self.port: int | None = None
        self._runner: web.AppRunner | None = None
        self._unwatch: Callable[[], None] | None = None
        self._static = (
            {p.name: p for p in ASSETS.iterdir() if p.is_file() and p.suffix in STATIC_TYPES}
            if ASSETS.is_dir()
            else {}
        )

    # -- life cycle -------------------------------------------------------------------------------
    def make_app(self) -> web.Application:
        app = web.Application(
            middlewares=[self.guard.middleware, self._host_check, self._language, self._not_found_pages],
            client_max_size=1024 * 1024,
        )
        app.on_response_prepare.append(_security_headers)
        app.router.add_get("/", self.home)
        app.router.add_get("/event/{event_id}", self.event_page)
        app.router.add_get("/leaderboard/{event_id}", self.leaderboard)
        app.router.add_get("/overlay/{event_id}", self.overlay)
        app.router.add_get("/live/{event_id}", self.live)
        app.router.add_get("/upload", self.upload_page)
        app.router.add_post("/upload", self.upload)
        app.router.add_get("/upload/verdict/{token}", self.upload_verdict)
        app.router.add_get("/upload/token", self.upload_token)
        app.router.add_get("/api/events", self.api_events)
        app.router.add_get("/api/events/{event_id}", self.api_event)
        app.router.add_get("/api/events/{event_id}/leaderboard", self.api_leaderboard)
        app.router.add_get("/api/events/{event_id}/runs", self.api_runs)
        app.router.add_get("/static/{name}", self.static)
        app.router.add_get("/flags/{code}.png", self.flag)
        if self.tablet is not None:
            self.tablet.add_routes(app)
        app.on_startup.append(self._on_startup)
        app.on_shutdown.append(self._on_shutdown)
        for extend in self.extensions:
            extend(app)
        return app

    async def _on_startup(self, _app: web.Application) -> None:
        self._unwatch = self.hub.start()
        if self.library is not None:
            await asyncio.get_running_loop().run_in_executor(None, self.library.clear_staging)

    async def _on_shutdown(self, _app: web.Application) -> None:
        if self._unwatch is not None:
            self._unwatch()
            self._unwatch = None
        await self.hub.close()

    async def start(self) -> int:
        """Listen on the configured port or the next free one; returns the port."""
        runner = web.AppRunner(
            self.make_app(),
            handle_signals=False,
            shutdown_timeout=2.0,
            keepalive_timeout=self.config.connections.idle_timeout_s,
        )
        await runner.setup()
        quiet_accept_errors(asyncio.get_running_loop())
        last_error: OSError | None = None
        for port in range(self.config.port, self.config.port + max(1, self.config.port_tries)):
            site = _GuardedSite(runner, self.config.host, port, self.guard)
            try:
                await site.start()
            except OSError as exc:
                if exc.errno not in (errno.EADDRINUSE, errno.EACCES):
                    await runner.cleanup()
                    raise
                last_error = exc
                continue
            self._runner = runner
            self.port = int(runner.addresses[0][1]) if port == 0 else port  # 0: the system picked one
            log.info("LAN pages on port %d", self.port)
            return self.port
        await runner.cleanup()
        raise OSError(
            errno.EADDRINUSE,
            _("Ports {first} to {last} are all in use: choose another port for the LAN pages.").format(
                first=self.config.port, last=self.config.port + self.config.port_tries - 1
            ),
        ) from last_error

    async def stop(self) -> None:
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()
            self.port = None

    def urls(self) -> list[str]:
        """Where phones reach the pages (for the app's screen and its QR codes)."""
        if self.port is None:
            return []
        if self.config.host not in ("0.0.0.0", "", "::"):
            return [f"http://{self.config.host}:{self.port}/"]
        return [f"http://{a}:{self.port}/" for a in lan_addresses()]

    def qr_svg(self, url: str) -> str:
        return pages.qr_svg(url)

    def qr_png(self, url: str, scale: int = 8) -> bytes:
        """PNG bytes of the QR code, for ``QPixmap.loadFromData`` on the app's screen."""
        buffer = io.BytesIO()
        segno.make(url, error="m").save(buffer, kind="png", scale=scale, border=2)
        return buffer.getvalue()

    # -- plumbing ---------------------------------------------------------------------------------
    @web.middleware
    async def _language(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        """Each viewer reads the pages in their language: ``?lang=`` (remembered in a cookie), else the
        browser's Accept-Language, else the organizer's."""
        asked = request.query.get("lang") or request.cookies.get(LANGUAGE_COOKIE)
        with request_language(best_language(request.headers.get("Accept-Language"), asked)) as language:
            response = await handler(request)
            if not response.prepared:  # a live stream has sent its headers already
                response.headers["Content-Language"] = language
                response.headers["Vary"] = "Accept-Language, Cookie"
                if supported(request.query.get("lang")):
                    response.set_cookie(LANGUAGE_COOKIE, language, max_age=30 * 86400, samesite="Lax")
            return response

    @web.middleware
    async def _not_found_pages(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        try:
            response = await handler(request)
        except NotFoundError as exc:
            response = self._not_found(request, str(exc))
        except web.HTTPException as exc:
            if exc.status == 404:
                response = self._not_found(request, _("There is no page at this address."))
            else:
                raise
        return response

    @web.middleware
    async def _host_check(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        """Only names that are this laptop's reach the pages: a DNS-rebinding page on another site asks
        under its own name and is refused. An upload must come from a page of ours (``Origin``); the tablet's
        state changes check their origin themselves (web/tablet.py)."""
        host = request.host
        if not host_is_ours(host, self._names):
            message = _(
                "This laptop's pages answer only under its own address or name (for example "
                "http://{ip}:{port}/): open them that way, as the QR code on the organizer's screen does."
            ).format(ip=(lan_addresses() or ["127.0.0.1"])[0], port=self.port or self.config.port)
            return web.Response(text=message, status=421)
        if request.method == "POST" and request.path.startswith("/upload") and not origin_matches(request):
            message = _(
                "This upload came from a page of another site. Open this laptop's upload page and send "
                "the model from there."
            )
            if "application/json" in request.headers.get("Accept", ""):
                return web.json_response({"error": message, "results": []}, status=403)
            return _html(pages.upload_result(403, message, []), status=403)
        return await handler(request)

    def _not_found(self, request: web.Request, message: str) -> web.Response:
        if request.path.startswith("/api/"):
            return web.json_response({"error": message}, status=404)
        return web.Response(text=pages.not_found(message), status=404, content_type="text/html")

    async def _call(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Sources may block (SQLite); keep them off the loop."""
        return await asyncio.get_running_loop().run_in_executor(None, fn, *args)

    def _board_query(self, request: web.Request, default_format: str) -> tuple[str, str]:
        track = request.query.get("track", DEFAULT_TRACK)
        fmt = request.query.get("format", default_format)
        if fmt not in FORMATS:
            raise web.HTTPBadRequest(text=_("format must be fastest or average."))
        if track != COMBINED and not track.isdigit():
            raise web.HTTPBadRequest(text=_("track must be a track number or combined."))
        return track, fmt

    async def _event(self, request: web.Request) -> Any:
        return await self._call(self.source.event, request.match_info["event_id"])

    async def _rows(self, event_id: str, track: str, fmt: str) -> list[dict[str, Any]]:
        try:
            return await self._call(self.source.rows, event_id, track, fmt)
        except ValueError as exc:
            raise NotFoundError(str(exc)) from None

    def _page_url(self, request: web.Request, path: str) -> str:
        """For QR codes: the laptop's LAN address when known, else the one the browser used."""
        urls = self.urls()
        return urls[0].rstrip("/") + path if urls else f"http://{request.host}{path}"

    # -- pages ------------------------------------------------------------------------------------
    async def home(self, _request: web.Request) -> web.Response:
        events = await self._call(self.source.events)
        return _html(pages.home(events))

    async def event_page(self, request: web.Request) -> web.Response:
        event = await self._event(request)
        return _html(pages.event_landing(event, self._page_url(request, f"/event/{event.event_id}")))

    async def leaderboard(self, request: web.Request) -> web.Response:
        event = await self._event(request)
        track, fmt = self._board_query(request, event.ranking)
        scroll = request.query.get("scroll", "page")
        if scroll not in pages.SCROLL_MODES:
            raise web.HTTPBadRequest(text=_("scroll must be page, smooth or off."))
        qr = request.query.get("qr", "0").lower() in ("1", "true", "yes", "on")
        options = pages.BoardOptions(
            scroll=scroll,
            qr=qr,
            lang=current_language(),
            qr_url=self._page_url(request, f"/event/{event.event_id}") if qr else "",
        )
        rows = await self._rows(event.event_id, track, fmt)
        return _html(pages.leaderboard(event, track, fmt, rows, options))

    async def flag(self, request: web.Request) -> web.FileResponse:
        path = flag_path(request.match_info["code"])
        if path is None:
            raise web.HTTPNotFound()
        return web.FileResponse(path, headers={"Content-Type": "image/png", "Cache-Control": "max-age=86400"})

    async def overlay(self, request: web.Request) -> web.Response:
        event = await self._event(request)
        track, _fmt = self._board_query(request, event.ranking)
        await self._rows(event.event_id, track, event.ranking)  # unknown track: 404 now, not in OBS later
        chroma = request.query.get("chroma", "00ff00")
        if not HEX_COLOUR.match(chroma):
            raise web.HTTPBadRequest(text=_("chroma must be a colour as six hex digits, e.g. 00ff00."))
        try:
            top = max(1, min(20, int(request.query.get("top", "5"))))
        except ValueError:
            raise web.HTTPBadRequest(text=_("top must be a number.")) from None
        return _html(pages.overlay(event, track, chroma, top))

    async def live(self, request: web.Request) -> web.StreamResponse:
        event = await self._event(request)
        track, fmt = self._board_query(request, event.ranking)
        await self._rows(event.event_id, track, fmt)
        return await self.hub.stream(request, board_key(event.event_id, track, fmt))

    async def static(self, request: web.Request) -> web.FileResponse:
        path = self._static.get(request.match_info["name"])
        if path is None:
            raise web.HTTPNotFound()
        return web.FileResponse(
            path, headers={"Content-Type": STATIC_TYPES[path.suffix], "Cache-Control": "max-age=3600"}
        )

    # -- upload -----------------------------------------------------------------------------------
    async def upload_page(self, _request: web.Request) -> web.Response:
        events = await self._call(self.source.events)
        open_for_uploads = self.library is not None and any(e.accepts_uploads for e in events)
        return _html(
            pages.upload_form(
                self.config.upload.max_file_bytes // (1024 * 1024),
                open_for_uploads,
                token=self.desk.tokens.issue(),
            )
        )

    async def upload_token(self, _request: web.Request) -> web.Response:
        """A form token for programs that upload without the page (another site cannot read it: no CORS,
        and the Host check keeps DNS rebinding out)."""
        return web.json_response({"token": self.desk.tokens.issue(), "field": "form_token"})

    async def upload(self, request: web.Request) -> web.Response:
        wants_json = "application/json" in request.headers.get("Accept", "")
        try:
            later = request.query.get("verdict") == "later"
            username, results = await self.desk.receive(request, later=later)
        except UploadRefused as exc:
            if wants_json:
                return web.json_response({"error": exc.message, "results": []}, status=exc.status)
            return _html(pages.upload_result(exc.status, exc.message, []), status=exc.status)
        log.info("upload by %r: %s", username, [r["message"] for r in results])
        if wants_json:
            return web.json_response({"results": results})
        return _html(pages.upload_result(200, None, results))

    async def upload_verdict(self, request: web.Request) -> web.Response:
        answer = await self.desk.verdict(request.match_info["token"])
        if answer is None:
            return web.json_response(
                {"error": _("No upload with this token (or it is too old).")}, status=404
            )
        return web.json_response(answer)

    # -- JSON -------------------------------------------------------------------------------------
    async def api_events(self, _request: web.Request) -> web.Response:
        events = await self._call(self.source.events)
        return web.json_response({"events": [e.to_json() for e in events]})

    async def api_event(self, request: web.Request) -> web.Response:
        event = await self._event(request)
        return web.json_response(event.to_json())

    async def api_leaderboard(self, request: web.Request) -> web.Response:
        event = await self._event(request)
        track, fmt = self._board_query(request, event.ranking)
        rows = await self._rows(event.event_id, track, fmt)
        return web.json_response({"event_id": event.event_id, "track": track, "format": fmt, "rows": rows})

    async def api_runs(self, request: web.Request) -> web.Response:
        event = await self._event(request)
        runs = await self._call(self.source.current_runs, event.event_id)
        return web.json_response({"event_id": event.event_id, "runs": [r.to_json() for r in runs]})


class _GuardedSite(web.TCPSite):
    """A TCP site whose connections pass the :class:`ConnectionGuard` before aiohttp handles them."""

    def __init__(self, runner: web.AppRunner, host: str, port: int, guard: ConnectionGuard) -> None:
        super().__init__(runner, host, port, reuse_address=True)
        self._guard = guard

    async def start(self) -> None:
        await web.BaseSite.start(self)
        server = self._runner.server
        assert server is not None
        self._server = await asyncio.get_running_loop().create_server(
            self._guard.factory(server),
            self._host,
            self._port,
            backlog=self._backlog,
            reuse_address=self._reuse_address,
            reuse_port=self._reuse_port,
        )


def allowed_host_names(extra: tuple[str, ...] = ()) -> frozenset[str]:
    """This laptop's names (lower case, no port) besides its IP addresses, which are always fine."""
    names = {"localhost"}
    with contextlib.suppress(OSError):
        hostname = socket.gethostname().lower()
        names |= {hostname, hostname.split(".")[0], hostname.split(".")[0] + ".local"}
        names.add(socket.getfqdn().lower())
    names |= {n.strip().lower().rstrip(".") for n in extra if n.strip()}
    return frozenset(names)


def host_is_ours(host: str, names: frozenset[str]) -> bool:
    """Whether a ``Host`` header names this laptop: an IP literal (a rebinding page cannot send one for
    its own origin) or one of ``names``."""
    host = host.strip().lower()
    if host.startswith("["):  # [v6]:port
        literal = host[1:].partition("]")[0]
    else:
        literal = host.rpartition(":")[0] if host.count(":") == 1 else host
    try:
        ipaddress.ip_address(literal)
        return True
    except ValueError:
        return literal.rstrip(".") in names


def origin_matches(request: web.Request) -> bool:
    """A browser's POST names the page it came from: it must be one of ours (same host and port). A
    cross-site fetch says so in ``Sec-Fetch-Site`` too. Programs that send neither are let through to the
    form-token check."""
    if request.headers.get("Sec-Fetch-Site", "").lower() == "cross-site":
        return False
    origin = request.headers.get("Origin")
    if origin is None or origin == "null":
        # Our pages send no referrer, so a browser's form post from them says ``Origin: null``; a cross-site
        # one still says so in Sec-Fetch-Site (above), and the form token is checked after this.
        return True
    return origin.lower() in (f"http://{request.host}".lower(), f"https://{request.host}".lower())


async def _security_headers(_request: web.Request, response: web.StreamResponse) -> None:
    """On every answer, errors and event streams included."""
    response.headers.update(SECURITY_HEADERS)


def _html(text: str, status: int = 200) -> web.Response:
    return web.Response(text=text, status=status, content_type="text/html", charset="utf-8")


async def serve_forever(server: WebServer) -> None:
    """For ``drem-desktop serve``: run until cancelled, then stop cleanly."""
    await server.start()
    try:
        await asyncio.Event().wait()
    finally:
        with contextlib.suppress(Exception):
            await server.stop()
