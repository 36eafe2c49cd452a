"""This laptop on the venue LAN: its sync routes on the LAN server, pairing, and a pull from each paired
peer that waits for news (long poll), so changes flow both ways within a second (docs/sync.md, 7).

Everything here runs on the app's service loop; SQLite and checking big answers go to its executor. A
request that is not sealed by a paired laptop gets an empty 403 and changes nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Callable
from typing import Any

import aiohttp
from aiohttp import web

from drem_desktop.bus import Bus
from drem_desktop.events import LaptopSeen, PeerStatusChanged, SyncTransferProgressed
from drem_desktop.i18n import _
from drem_desktop.store.db import Database
from drem_desktop.store.peers_repo import PeerRecord, PeerRepository
from drem_desktop.sync import feed
from drem_desktop.sync.announce import announce
from drem_desktop.sync.errors import PairingError
from drem_desktop.sync.lan import sealing
from drem_desktop.sync.secrets import SecretStore
from drem_desktop.sync.segment import SegmentRefused, decode_offer, encode_offer
from drem_desktop.sync.validate import is_uuid

log = logging.getLogger(__name__)

PAIRING_S = 300.0
PAIRING_TRIES = 3
LONG_POLL_S = 20.0
MAX_REQUEST = 1024 * 1024
MODEL_CHUNK = 4 * 1024 * 1024
RETRY_FIRST_S = 0.5  # a peer that vanished is asked again soon: on a LAN, asking costs nothing
RETRY_MAX_S = 5.0


class PeerRefused(Exception):
    """The peer answered 403: it does not know this laptop (any more)."""


class _Pairing:
    def __init__(self, code: str) -> None:
        self.code = code
        self.expires = time.monotonic() + PAIRING_S
        self.tries = PAIRING_TRIES
        self.sessions: dict[str, sealing.Shower] = {}
        self.done: str | None = None  # the laptop paired with this code

    @property
    def open(self) -> bool:
        return self.done is None and self.tries > 0 and time.monotonic() < self.expires


class LanSync:
    def __init__(self, db: Database, bus: Bus, secrets: SecretStore, name: str) -> None:
        self.db = db
        self.bus = bus
        self.secrets = secrets
        self.name = name  # how the other laptops list this one
        self.me = db.laptop_id
        self.replica = db.replica
        self.peers = PeerRepository(db)
        self._pairing: _Pairing | None = None
        self._replay = sealing.ReplayGuard()
        self._news: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._followers: dict[str, asyncio.Task[None]] = {}
        self._session: aiohttp.ClientSession | None = None
        self._unwatch: Callable[[], None] | None = None
        self.status: dict[str, PeerStatusChanged] = {}
        self.seen: dict[str, LaptopSeen] = {}
        self.discovery: Any = None  # lan.discovery.SyncDiscovery, started with the LAN server
        self._moves: set[asyncio.Task[None]] = set()

    # -- secrets ------------------------------------------------------------------------------------
    def _secret(self, laptop_id: str) -> bytes | None:
        if not is_uuid(laptop_id) or self.peers.get(laptop_id) is None:
            return None
        text = self.secrets.get(f"peer:{laptop_id}")
        return bytes.fromhex(text) if text else None

    def forget(self, laptop_id: str) -> None:
        """Unpair: its requests are refused from now on and it is no longer followed."""
        self.peers.forget(laptop_id)
        self.secrets.delete(f"peer:{laptop_id}")
        task = self._followers.pop(laptop_id, None)
        if task is not None and self._loop is not None:
            self._loop.call_soon_threadsafe(task.cancel)

    # -- life cycle (on the service loop) -------------------------------------------------------------
    def add_routes(self, app: web.Application) -> None:
        app.router.add_get("/sync/v1/hello", self._hello)
        app.router.add_post("/sync/v1/pair/start", self._pair_start)
        app.router.add_post("/sync/v1/pair/finish", self._pair_finish)
        app.router.add_post("/sync/v1/changes", self._changes)
        app.router.add_post("/sync/v1/model", self._model)
        app.on_startup.append(self._on_startup)
        app.on_shutdown.append(self._on_shutdown)

    async def _on_startup(self, _app: web.Application) -> None:
        self._loop = asyncio.get_running_loop()
        self._news = asyncio.Event()
        self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=None, sock_connect=5))
        self._unwatch = self.db.on_changes(self._changed_elsewhere_thread)
        for peer in await self._loop.run_in_executor(None, self.peers.list):
            self.follow(peer)

    async def _on_shutdown(self, _app: web.Application) -> None:
        if self._unwatch is not None:
            self._unwatch()
            self._unwatch = None
        for task in list(self._followers.values()):
            task.cancel()
        for task in list(self._followers.values()):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._followers.clear()
        if self._session is not None:
            await self._session.close()
            self._session = None

    def _changed_elsewhere_thread(self) -> None:
        """A commit logged changes (any thread): wake the long polls waiting on this laptop."""
        loop = self._loop
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self._news_arrived)

    def _news_arrived(self) -> None:
        if self._news is not None:
            self._news.set()
            self._news = asyncio.Event()

    # -- the server side ------------------------------------------------------------------------------
    async def _hello(self, _request: web.Request) -> web.Response:
        return web.json_response({"laptop": self.me, "name": self.name, "v": 1})

    def offer_pairing(self) -> str:
        """A new 6-digit code to show on this screen (valid 5 minutes, 3 tries)."""
        code = sealing.new_code()
        self._pairing = _Pairing(code)
        return code

    def pairing_done(self) -> str | None:
        """The laptop id paired with the current code, once it is."""
        return self._pairing.done if self._pairing is not None else None

    async def _json(self, request: web.Request) -> dict[str, Any]:
        body = await request.content.read(64 * 1024 + 1)
        if len(body) > 64 * 1024:
            raise web.HTTPRequestEntityTooLarge(max_size=64 * 1024, actual_size=len(body))
        try:
            data = json.loads(body)
        except ValueError:
            raise web.HTTPBadRequest(text="not JSON") from None
        if not isinstance(data, dict) or not is_uuid(data.get("laptop")):
            raise web.HTTPBadRequest(text="no laptop")
        return data

    async def _pair_start(self, request: web.Request) -> web.Response:
        pairing = self._pairing
        if pairing is None or not pairing.open:
            raise web.HTTPForbidden(text=_("This laptop is not showing a pairing code."))
        data = await self._json(request)
        pairing.tries -= 1  # every start is a try: a guesser gets three
        shower = sealing.Shower(self.me, data["laptop"], pairing.code)
        try:
            confirm = shower.answer(bytes.fromhex(str(data.get("msg", ""))))
        except (ValueError, PairingError):
            raise web.HTTPBadRequest(text="not a pairing message") from None
        pairing.sessions[data["laptop"]] = shower
        return web.json_response(
            {"laptop": self.me, "name": self.name, "msg": shower.message.hex(), "confirm": confirm.hex()}
        )

    async def _pair_finish(self, request: web.Request) -> web.Response:
        pairing = self._pairing
        data = await self._json(request)
        shower = pairing.sessions.pop(data["laptop"], None) if pairing is not None and pairing.open else None
        if shower is None:
            raise web.HTTPForbidden(text=_("This laptop is not showing a pairing code."))
        try:
            secret = shower.finish(bytes.fromhex(str(data.get("confirm", ""))))
        except (ValueError, PairingError):
            raise web.HTTPForbidden(text=_("The code did not match.")) from None
        name = str(data.get("name", ""))[:100] or _("laptop")
        assert self._loop is not None
        peer = await self._loop.run_in_executor(
            None,
            self._remember,
            data["laptop"],
            name,
            request.remote or "",
            int(data.get("port", 0) or 0),
            secret,
        )
        if pairing is not None:
            pairing.done = peer.laptop_id
        self.follow(peer)
        return web.json_response({"ok": True})

    def _remember(self, laptop_id: str, name: str, address: str, port: int, secret: bytes) -> PeerRecord:
        self.secrets.set(f"peer:{laptop_id}", secret.hex())
        return self.peers.paired(laptop_id, name, address, port)

    async def _opened(self, request: web.Request, purpose: str) -> tuple[str, bytes, bytes, dict[str, Any]]:
        """(sender, secret, request nonce, request) of a sealed request, or an empty 403."""
        sender = request.headers.get("X-Drem-Laptop", "")
        assert self._loop is not None
        secret = await self._loop.run_in_executor(None, self._secret, sender)
        body = await request.content.read(MAX_REQUEST + 1)
        if secret is None or len(body) > MAX_REQUEST:
            raise web.HTTPForbidden()
        try:
            plain = sealing.open_sealed(secret, sender, self.me, purpose, body)
            data = json.loads(plain)
        except (sealing.SealError, ValueError):
            raise web.HTTPForbidden() from None
        if not isinstance(data, dict) or not self._replay.first_time(sealing.nonce_of(body)):
            raise web.HTTPForbidden()
        return sender, secret, body[: sealing.NONCE], data

    async def _changes(self, request: web.Request) -> web.Response:
        sender, secret, nonce, data = await self._opened(request, "changes")
        have = _have(data.get("have"))
        wait = min(LONG_POLL_S, max(0.0, float(data.get("wait", 0) or 0)))
        assert self._loop is not None
        deadline = time.monotonic() + wait
        while True:
            news = self._news
            if await self._loop.run_in_executor(None, feed.wants, self.replica, have):
                break
            left = deadline - time.monotonic()
            if left <= 0 or news is None:
                break
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(news.wait(), left)
        answer = await self._loop.run_in_executor(None, feed.offer, self.replica, have)
        blob = await self._loop.run_in_executor(None, encode_offer, answer)
        sealed = sealing.seal(secret, self.me, sender, "changes answer " + nonce.hex(), blob)
        return web.Response(body=sealed, content_type="application/octet-stream")

    async def _model(self, request: web.Request) -> web.Response:
        sender, secret, nonce, data = await self._opened(request, "model")
        md5, offset = str(data.get("md5", "")), int(data.get("offset", 0) or 0)
        assert self._loop is not None
        path = await self._loop.run_in_executor(None, self._model_path, md5)
        if path is None:
            raise web.HTTPNotFound()
        chunk = await self._loop.run_in_executor(None, _read_chunk, path, offset)
        head = json.dumps({"size": path.stat().st_size, "offset": offset}).encode() + b"\n"
        sealed = sealing.seal(secret, self.me, sender, "model answer " + nonce.hex(), head + chunk)
        return web.Response(body=sealed, content_type="application/octet-stream")

    def _model_path(self, md5: str) -> Any:
        from pathlib import Path

        with self.db.engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT file_path FROM rl_model WHERE md5 = ? AND deleted = 0 AND file_path != ''", (md5,)
            ).all()
        root = Path(self.db.path).parent
        for (rel,) in rows:
            path = (root / rel).resolve()
            if path.is_file() and root.resolve() in path.parents:
                return path
        return None

    # -- the client side: pairing -------------------------------------------------------------------
    async def pair_with(self, address: str, port: int, code: str, my_port: int = 0) -> PeerRecord:
        """Pair with the laptop at address:port that shows ``code``; raises PairingError in words."""
        code = "".join(c for c in code if c.isdigit())
        if len(code) != sealing.CODE_DIGITS:
            raise PairingError(_("The code has 6 digits, as shown on the other laptop."))
        base = f"http://{address}:{port}/sync/v1"
        timeout = aiohttp.ClientTimeout(total=15)
        try:
            async with aiohttp.ClientSession(timeout=timeout) as http:
                async with http.get(f"{base}/hello") as r:
                    hello = await r.json()
                them = str(hello.get("laptop", ""))
                if not is_uuid(them) or them == self.me:
                    raise PairingError(_("That address is not another DREM Desktop laptop."))
                joiner = sealing.Joiner(self.me, them, code)
                async with http.post(
                    f"{base}/pair/start",
                    json={"laptop": self.me, "name": self.name, "msg": joiner.message.hex()},
                ) as r:
                    if r.status == 403:
                        raise PairingError(
                            _(
                                "That laptop is not showing a pairing code (or its code expired): "
                                "show a new one."
                            )
                        )
                    started = await r.json()
                try:
                    secret, confirm = joiner.finish(
                        bytes.fromhex(started["msg"]), bytes.fromhex(started["confirm"])
                    )
                except (KeyError, ValueError, PairingError):
                    raise PairingError(
                        _("The code does not match: check the 6 digits on the other laptop's screen.")
                    ) from None
                async with http.post(
                    f"{base}/pair/finish",
                    json={"laptop": self.me, "name": self.name, "confirm": confirm.hex(), "port": my_port},
                ) as r:
                    if r.status != 200:
                        raise PairingError(_("The other laptop did not accept the pairing."))
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            raise PairingError(
                _("Cannot reach {address}:{port} ({error}).").format(address=address, port=port, error=exc)
            ) from None
        name = str(started.get("name", ""))[:100] or address
        loop = asyncio.get_running_loop()
        peer = await loop.run_in_executor(None, self._remember, them, name, address, port, secret)
        self.follow(peer)
        return peer

    # -- the client side: following a peer ----------------------------------------------------------
    def follow(self, peer: PeerRecord) -> None:
        """Keep pulling from this peer (call on the service loop)."""
        task = self._followers.get(peer.laptop_id)
        if task is None or task.done():
            self._followers[peer.laptop_id] = asyncio.ensure_future(self._follow(peer.laptop_id))

    def _say(self, peer: PeerRecord, state: str, message: str) -> None:
        status = PeerStatusChanged(peer.laptop_id, peer.name, state, message)
        if self.status.get(peer.laptop_id) != status:
            self.status[peer.laptop_id] = status
            self.bus.publish(status)

    async def _request(self, peer: PeerRecord, purpose: str, data: dict[str, Any], timeout: float) -> bytes:
        loop = asyncio.get_running_loop()
        secret = await loop.run_in_executor(None, self._secret, peer.laptop_id)
        if secret is None:
            raise PeerRefused()
        if not peer.address or not peer.port:
            raise OSError(_("address not known yet"))
        body = sealing.seal(secret, self.me, peer.laptop_id, purpose, json.dumps(data).encode())
        assert self._session is not None
        async with self._session.post(
            f"http://{peer.address}:{peer.port}/sync/v1/{purpose}",
            data=body,
            headers={"X-Drem-Laptop": self.me, "Content-Type": "application/octet-stream"},
            timeout=aiohttp.ClientTimeout(total=timeout, sock_connect=5),
        ) as r:
            if r.status == 403:
                raise PeerRefused()
            r.raise_for_status()
            sealed = await r.read()
        try:
            return sealing.open_sealed(
                secret, peer.laptop_id, self.me, f"{purpose} answer {sealing.nonce_of(body)}", sealed
            )
        except sealing.SealError:
            raise PeerRefused() from None

    async def pull_once(self, peer: PeerRecord, wait: float = 0.0) -> tuple[int, bool]:
        """One pull from the peer: (changes applied, whether it holds more)."""
        loop = asyncio.get_running_loop()
        have = await loop.run_in_executor(None, self.replica.frontiers)
        blob = await self._request(peer, "changes", {"have": have, "wait": wait}, timeout=wait + 30)
        answer = await loop.run_in_executor(
            None, decode_offer, _("laptop {name}").format(name=peer.name), blob
        )
        applied = await loop.run_in_executor(None, feed.accept, self.replica, answer)
        announce(self.bus, applied)
        return applied.changes, answer.more

    async def pull_models(self, peer: PeerRecord, cancelled: Callable[[], bool] | None = None) -> int:
        """Fetch from the peer the model files this laptop lacks, in sealed 4 MiB chunks, resuming a
        partial file; each is checked like any hand-in and must have its fingerprint. Returns how many."""
        from pathlib import Path

        from drem_desktop.sync.model_check import check_model_file

        loop = asyncio.get_running_loop()
        root = Path(self.db.path).parent

        def missing() -> list[tuple[str, str, str]]:
            with self.db.engine.connect() as conn:
                rows = conn.exec_driver_sql(
                    "SELECT md5, file_path, name FROM rl_model WHERE deleted = 0 AND file_path != ''"
                ).all()
            return [(m, p, n) for m, p, n in rows if not (root / p).is_file()]

        fetched = 0
        for md5, rel, name in await loop.run_in_executor(None, missing):
            part = root / "sync" / "downloads" / f"{md5}.lan.part"
            part.parent.mkdir(parents=True, exist_ok=True)
            done = part.stat().st_size if part.exists() else 0
            total = -1
            while total < 0 or done < total:
                if cancelled and cancelled():
                    return fetched
                try:
                    answer = await self._request(peer, "model", {"md5": md5, "offset": done}, timeout=120)
                except aiohttp.ClientResponseError as exc:
                    if exc.status == 404:
                        break  # the peer does not have it either
                    raise
                head, _sep, chunk = answer.partition(b"\n")
                total = int(json.loads(head)["size"])
                await loop.run_in_executor(None, _append, part, chunk)
                done += len(chunk)
                self.bus.publish(SyncTransferProgressed("down", name, done, total, finished=done >= total))
                if not chunk and done < total:
                    break
            if total >= 0 and done >= total:
                if await loop.run_in_executor(None, check_model_file, part) == md5:
                    target = root / rel
                    target.parent.mkdir(parents=True, exist_ok=True)
                    await loop.run_in_executor(None, part.replace, target)
                    fetched += 1
                else:
                    part.unlink(missing_ok=True)
                    self.bus.publish(
                        SyncTransferProgressed(
                            "down", name, done, total, True, _("not the model its fingerprint says; not kept")
                        )
                    )
        return fetched

    async def _follow(self, laptop_id: str) -> None:
        loop = asyncio.get_running_loop()
        backoff = RETRY_FIRST_S
        wait = 0.0
        refusals = 0
        while True:
            peer = await loop.run_in_executor(None, self.peers.get, laptop_id)
            if peer is None:
                return
            try:
                _n, more = await self.pull_once(peer, wait)
                await loop.run_in_executor(None, self.peers.synced, laptop_id)
                self._say(peer, "synced", _("In step with {name}.").format(name=peer.name))
                backoff, refusals = RETRY_FIRST_S, 0
                wait = 0.0 if more else LONG_POLL_S
            except asyncio.CancelledError:
                raise
            except PeerRefused:
                refusals += 1
                if refusals < 3:  # just paired: the other side may still be saving the secret
                    await asyncio.sleep(1.0)
                    continue
                self._say(
                    peer,
                    "refused",
                    _("{name} no longer accepts this laptop: pair the two again in Settings → Sync.").format(
                        name=peer.name
                    ),
                )
                await asyncio.sleep(30)
            except SegmentRefused as exc:
                self._say(
                    peer,
                    "refused",
                    _("Changes from {name} were refused: {reason}").format(name=peer.name, reason=exc.reason),
                )
                await asyncio.sleep(30)
            except (aiohttp.ClientError, TimeoutError, OSError) as exc:
                self._say(
                    peer,
                    "offline",
                    _("{name} is not reachable ({error}); trying again.").format(
                        name=peer.name, error=exc or type(exc).__name__
                    ),
                )
                await asyncio.sleep(backoff)
                backoff = min(RETRY_MAX_S, backoff * 2)
                wait = 0.0
            except Exception:
                log.exception("LAN sync with %s failed", laptop_id)
                await asyncio.sleep(backoff)
                backoff = min(RETRY_MAX_S, backoff * 2)

    def laptop_seen(self, seen: LaptopSeen) -> None:
        """mDNS found a laptop (call on the service loop): remember where a paired one is now."""
        self.seen[seen.laptop_id] = seen
        self.bus.publish(seen)
        if seen.paired:
            loop = asyncio.get_running_loop()

            async def moved() -> None:
                before = await loop.run_in_executor(None, self.peers.get, seen.laptop_id)
                if before is None or (before.address, before.port) == (seen.address, seen.port):
                    if before is not None:
                        self.follow(before)
                    return
                await loop.run_in_executor(
                    None, self.peers.seen_at, seen.laptop_id, seen.address, seen.port, seen.name
                )
                task = self._followers.pop(seen.laptop_id, None)
                if task is not None:
                    task.cancel()  # it may be waiting on the old address
                peer = await loop.run_in_executor(None, self.peers.get, seen.laptop_id)
                if peer is not None:
                    self.follow(peer)

            task = asyncio.ensure_future(moved())
            self._moves.add(task)
            task.add_done_callback(self._moves.discard)


def _have(value: Any) -> feed.Have:
    out: feed.Have = {}
    if not isinstance(value, dict) or len(value) > 10_000:
        return out
    for event_id, origins in value.items():
        if is_uuid(event_id) and isinstance(origins, dict):
            out[event_id] = {
                o: int(n)
                for o, n in origins.items()
                if is_uuid(o) and isinstance(n, int) and not isinstance(n, bool)
            }
    return out


def _read_chunk(path: Any, offset: int) -> bytes:
    with open(path, "rb") as f:
        f.seek(max(0, offset))
        return f.read(MODEL_CHUNK)


def _append(path: Any, chunk: bytes) -> None:
    with open(path, "ab") as f:
        f.write(chunk)
        f.flush()
        import os

        os.fsync(f.fileno())
