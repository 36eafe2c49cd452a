"""The car's HTTPS web console API (aiohttp client), for cars without SSH.

Quirks handled here (see the car's documented API):
- login needs the CSRF token of ``GET /`` and a ``Referer``; a wrong password still answers 200 ("failure");
- stock cars keep one session only: another client's login logs us out, so a 401 re-logs in once;
- the upload answer comes after at most 10 s even while the car is still installing, so success is
  confirmed through ``/api/models`` whatever the upload said; the car deletes a model's folder before it
  installs the new copy, so a re-uploaded model is absent for the whole install and the wait is for the
  new copy (any listing after the car answered, else a changed ``creation_time``), not for the name;
- the load request answers ``{"success": false, "reason": …}`` when the car refuses (the previous model
  stays loaded and ``isModelLoading`` keeps saying "loaded"): that answer is read and reported;
- after an accepted load the car's control node sets "loading" a moment later, so the status read just
  after the answer may still be the previous one ("loaded", or "error" on a fresh car): it counts only
  after "loading" was seen or once it has held for ``load_settle`` seconds;
- the certificate is self-signed: it is pinned on first use (SHA-256 of the DER certificate).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import io
import json
import logging
import re
import ssl
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiohttp

from drem_desktop.cars.errors import (
    CarAuthFailed,
    CarCommandFailed,
    CarUnreachable,
    HostKeyChanged,
    JobCancelled,
    ModelLoadRefused,
    ModelRejected,
)
from drem_desktop.cars.pins import PinStore
from drem_desktop.i18n import _

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
_CSRF = re.compile(r"<meta\s+name=[\"']csrf-token[\"']\s+content=[\"']([^\"']+)[\"']", re.I)


def _insecure_context() -> ssl.SSLContext:
    """Cars use a self-signed certificate; trust comes from the pinned fingerprint instead."""
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


async def fetch_certificate(host: str, port: int = 443, timeout: float = 5.0) -> bytes:
    """The DER certificate the server presents (no verification: we pin it instead)."""
    _reader, writer = await asyncio.wait_for(
        asyncio.open_connection(host, port, ssl=_insecure_context(), server_hostname=None), timeout
    )
    try:
        ssl_object = writer.get_extra_info("ssl_object")
        der = ssl_object.getpeercert(binary_form=True) if ssl_object else None
    finally:
        writer.close()
        with contextlib.suppress(Exception):
            await writer.wait_closed()
    if not der:
        raise ssl.SSLError("no certificate")
    return bytes(der)


def certificate_fingerprint(der: bytes) -> str:
    return "sha256:" + hashlib.sha256(der).hexdigest()


class _ProgressFile(io.BufferedReader):
    """A file that reports how much aiohttp has read from it (aiohttp reads it in its executor)."""

    def __init__(self, path: Path, report: Callable[[int], None], cancel: threading.Event | None) -> None:
        super().__init__(io.FileIO(path, "rb"))
        self._report = report
        self._cancel = cancel
        self._done = 0

    def read(self, size: int | None = -1) -> bytes:
        if self._cancel is not None and self._cancel.is_set():
            raise OSError("cancelled")
        data = super().read(size)
        self._done += len(data)
        self._report(self._done)
        return data


class ConsoleClient:
    """One car's console; ``async with`` logs in lazily on first use and closes the HTTP session."""

    def __init__(
        self,
        car: str,
        host: str,
        password: str,
        pins: PinStore,
        port: int = 443,
        install_timeout: float = 180.0,
        poll_interval: float = 0.5,
        request_timeout: float = 30.0,
        load_settle: float = 1.5,
        relogin: bool = True,
    ) -> None:
        """``relogin=False``: a 401 (someone else logged in on a stock car) is reported, not fought over."""
        self.car = car
        self.relogin = relogin
        self.host = host
        self.port = port
        self._password = password
        self._pins = pins
        self.install_timeout = install_timeout
        self.poll_interval = poll_interval
        self.load_settle = load_settle
        self._timeout = aiohttp.ClientTimeout(total=None, sock_connect=10, sock_read=request_timeout)
        self._session: aiohttp.ClientSession | None = None
        self._csrf: str | None = None
        self._fingerprint: bytes | None = None
        self.base = f"https://{host}:{port}" if port != 443 else f"https://{host}"

    def __repr__(self) -> str:
        return f"ConsoleClient(car={self.car!r}, host={self.host!r}, port={self.port}, password='***')"

    async def __aenter__(self) -> ConsoleClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    # ---- connection and login -----------------------------------------------------------------------
    async def _check_certificate(self) -> None:
        try:
            der = await fetch_certificate(self.host, self.port)
        except (OSError, TimeoutError, ssl.SSLError) as exc:
            raise CarUnreachable(self.car, f"HTTPS {self.host}:{self.port}: {exc}") from exc
        seen = certificate_fingerprint(der)
        pinned = self._pins.get(self.car, "tls")
        if pinned is not None and pinned != seen:
            raise HostKeyChanged(self.car, pinned, seen, what=_("web console certificate"))
        self._fingerprint = hashlib.sha256(der).digest()
        self._pending_pin = seen if pinned is None else None

    def _certificate_changed(self) -> HostKeyChanged:
        """The certificate changed in the middle of a session (the first check passed)."""
        pinned = self._pins.get(self.car, "tls") or "?"
        return HostKeyChanged(self.car, pinned, _("another certificate"), what=_("web console certificate"))

    async def _ensure_session(self) -> aiohttp.ClientSession:
        if self._session is None:
            await self._check_certificate()
            assert self._fingerprint is not None
            connector = aiohttp.TCPConnector(ssl=aiohttp.Fingerprint(self._fingerprint), limit=4)
            self._session = aiohttp.ClientSession(
                connector=connector, timeout=self._timeout, cookie_jar=aiohttp.CookieJar(unsafe=True)
            )
        return self._session

    def _headers(self) -> dict[str, str]:
        return {"X-CSRFToken": self._csrf or "", "Referer": f"{self.base}/home"}

    async def login(self) -> None:
        session = await self._ensure_session()
        session.cookie_jar.clear()
        try:
            async with session.get(f"{self.base}/") as resp:
                page = await resp.text()
            match = _CSRF.search(page)
            if not match:
                raise CarCommandFailed(
                    self.car,
                    _("show its login page"),
                    _("no CSRF token on the page: is this a DeepRacer car?"),
                )
            self._csrf = match.group(1)
            async with session.post(
                f"{self.base}/login", data={"password": self._password}, headers=self._headers()
            ) as resp:
                body = await resp.text()
                status = resp.status
        except aiohttp.ServerFingerprintMismatch as exc:
            raise self._certificate_changed() from exc
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise CarUnreachable(self.car, f"HTTPS: {exc}") from exc
        logged_in = any(c.key == "deepracer_token" for c in session.cookie_jar)
        if status != 200 or "failure" in body.lower() or not logged_in:
            raise CarAuthFailed(self.car, _("web console"))
        if self._pending_pin:
            self._pins.trust(self.car, "tls", self._pending_pin)
            self._pending_pin = None

    async def _request(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        data: Any = None,
        relogin: bool = True,
        timeout: aiohttp.ClientTimeout | None = None,
    ) -> Any:
        """One API call; re-logs in once on 401 (another client took the car's only session).

        ``data`` may be a callable building the body, so a retried upload sends a fresh one.
        """
        if self._csrf is None:
            await self.login()
        session = await self._ensure_session()
        try:
            body = data() if callable(data) else data
            async with session.request(
                method,
                f"{self.base}{path}",
                json=json_body,
                data=body,
                headers=self._headers(),
                timeout=timeout or self._timeout,
            ) as resp:
                if resp.status == 401 and relogin and self.relogin:
                    log.info("car %s: console session lost, logging in again", self.car)
                    relog = True
                else:
                    relog = False
                    if resp.status >= 400:
                        raise CarCommandFailed(
                            self.car, _("answer {path}").format(path=path), f"HTTP {resp.status}"
                        )
                    text = await resp.text()
        except aiohttp.ServerFingerprintMismatch as exc:
            raise self._certificate_changed() from exc
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise CarUnreachable(self.car, f"HTTPS {path}: {exc}") from exc
        if relog:
            await self.login()
            return await self._request(
                method, path, json_body=json_body, data=data, relogin=False, timeout=timeout
            )
        try:
            return json.loads(text)
        except ValueError:
            return text.strip()

    # ---- API ----------------------------------------------------------------------------------------
    async def models(self) -> list[dict[str, Any]]:
        answer = await self._request("GET", "/api/models")
        items = answer.get("models", answer) if isinstance(answer, dict) else answer
        return [m for m in items if isinstance(m, dict)] if isinstance(items, list) else []

    async def model_names(self) -> list[str]:
        return sorted(str(m.get("model_folder_name", "")) for m in await self.models())

    async def folder_stamps(self) -> dict[str, float] | None:
        """Each folder on the car with its ``creation_time`` (its mtime); None when the car could not say.

        The listing fails (HTTP 500) when a folder vanishes while the car lists it, as during an install.
        """
        try:
            answer = await self._request("GET", "/api/uploaded_model_list")
        except CarCommandFailed:
            return None
        if not isinstance(answer, list):
            return None
        stamps: dict[str, float] = {}
        for entry in answer:
            if isinstance(entry, dict) and isinstance(entry.get("creation_time"), int | float):
                stamps[str(entry.get("name", ""))] = float(entry["creation_time"])
        return stamps

    async def upload_model(
        self,
        archive: Path,
        folder: str,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> None:
        """Upload and confirm the car installed the new copy of ``folder``; removes it again if cancelled."""
        report = progress or (lambda done, total, stage: None)
        archive = Path(archive)
        total = archive.stat().st_size
        was_there = folder in await self.model_names()
        stamps = await self.folder_stamps() if was_there else {}
        before = None if stamps is None else stamps.get(folder)
        report(0, total, _("sending"))
        answer: Any = None
        sent_all = False
        try:
            opened: list[_ProgressFile] = []

            def form() -> aiohttp.FormData:
                f = _ProgressFile(archive, lambda n: report(n, total, _("sending")), cancel)
                opened.append(f)
                body = aiohttp.FormData()
                body.add_field("file", f, filename=f"{folder}.tar.gz", content_type="application/gzip")
                return body

            try:
                answer = await self._request(
                    "PUT",
                    "/api/uploadModels",
                    data=form,
                    timeout=aiohttp.ClientTimeout(total=None, sock_connect=10, sock_read=60),
                )
            finally:
                for f in opened:
                    f.close()
            sent_all = True
        except (CarUnreachable, CarCommandFailed) as exc:
            if cancel is not None and cancel.is_set():
                raise JobCancelled(self.car) from exc
            # The car may still be installing what it received: confirm below rather than guess.
            log.info("car %s: upload answer was an error (%s); confirming through /api/models", self.car, exc)
        answered = isinstance(answer, dict)
        message = str(answer.get("message") or "") if answered else ""
        if answered and answer.get("success") is False and "tar.gz" in message:
            raise ModelRejected(
                self.car, _('the car refused the file ("{message}").').format(message=message)
            )
        if answered and answer.get("success") is False:
            log.info("car %s: upload said %r; waiting for the install to finish", self.car, message)
        report(total, total, _("installing"))
        try:
            await self._wait_for_new_copy(
                folder,
                cancel,
                answered=answered,
                finished=answered and answer.get("success") is True,
                before=before if was_there else None,
                stamp_unknown=was_there and stamps is None,
            )
        except (asyncio.CancelledError, JobCancelled):
            if not was_there and sent_all:
                with contextlib.suppress(Exception):
                    await asyncio.shield(self.delete_models([folder]))
            raise
        report(total, total, _("installed"))

    async def _wait_for_new_copy(
        self,
        folder: str,
        cancel: threading.Event | None,
        *,
        answered: bool,
        finished: bool,
        before: float | None,
        stamp_unknown: bool,
    ) -> None:
        """Wait until the car lists the copy just sent, not the one it had.

        The car deletes the folder before it installs, so once it has answered the upload, any listing is
        the new copy. Without an answer (the connection dropped) the folder's ``creation_time`` must have
        changed. ``finished``: the car said its install ran to the end, so an absent folder is a failure.
        """
        deadline = time.monotonic() + self.install_timeout
        checks_after_finish = 0
        while True:
            if cancel is not None and cancel.is_set():
                raise JobCancelled(self.car)
            if folder in await self.model_names():
                if answered or (before is None and not stamp_unknown):
                    return
                stamps = await self.folder_stamps()
                seen = None if stamps is None else stamps.get(folder)
                if seen is not None and seen != before:
                    return
            elif finished:
                checks_after_finish += 1
                if checks_after_finish >= 2:
                    raise ModelRejected(
                        self.car,
                        _(
                            "the car received {folder} and finished installing, but does not list it: "
                            "it could not install the archive, or will not offer it (it needs exactly one "
                            ".pb and a model_metadata.json it accepts). Check the model, or push it over SSH."
                        ).format(folder=folder),
                    )
            if time.monotonic() > deadline:
                raise ModelRejected(
                    self.car,
                    _(
                        "the car did not list the new copy of {folder} within {s:.0f} s of the upload; check "
                        "its free space, or push over SSH."
                    ).format(folder=folder, s=self.install_timeout),
                )
            await asyncio.sleep(self.poll_interval)

    async def _command(self, path: str, body: dict[str, Any], action: str) -> None:
        """A vehicle-control call whose ``{"success": false, "reason": …}`` answer is a failure."""
        answer = await self._request("PUT", path, json_body=body)
        if isinstance(answer, dict) and answer.get("success") is False:
            raise CarCommandFailed(self.car, action, str(answer.get("reason") or ""))

    async def load_model(self, folder: str) -> None:
        """Stop the car, switch to autonomous mode, load ``folder`` and wait until the car has loaded it.

        The stock console never names the loaded model; what confirms ``folder`` is the car accepting the
        load of that name and its load status then reaching "loaded" for this request.
        """
        await self._command("/api/start_stop", {"start_stop": "stop"}, _("stop"))
        await self._command("/api/drive_mode", {"drive_mode": "auto"}, _("switch to autonomous mode"))
        answer = await self._request("PUT", f"/api/models/{folder}/model", json_body={})
        if not isinstance(answer, dict) or answer.get("success") is not True:
            reason = answer.get("reason") if isinstance(answer, dict) else answer
            raise ModelLoadRefused(self.car, folder, str(reason or ""))
        accepted = time.monotonic()
        deadline = accepted + self.install_timeout
        seen_loading = False
        while True:
            answer = await self._request("GET", "/api/isModelLoading")
            state = answer.get("isModelLoading", "") if isinstance(answer, dict) else str(answer)
            settled = seen_loading or time.monotonic() - accepted >= self.load_settle
            if state == "loading":
                seen_loading = True
            elif state == "loaded" and settled:
                return
            elif state == "error" and settled:
                raise ModelRejected(
                    self.car,
                    _(
                        "the car accepted {folder} but could not load it (its load status went to "
                        "error): the model may be damaged. Restart the car's software (Cars → Restart) "
                        "and load again, or choose another model."
                    ).format(folder=folder),
                )
            if time.monotonic() > deadline:
                raise CarCommandFailed(
                    self.car,
                    _("load the model"),
                    _("still loading after {s:.0f} s").format(s=self.install_timeout),
                )
            await asyncio.sleep(self.poll_interval)

    async def delete_models(self, folders: list[str]) -> None:
        await self._request("PUT", "/api/deleteModels", json_body={"filenames": folders})

    async def stop(self) -> None:
        await self._request("PUT", "/api/start_stop", json_body={"start_stop": "stop"})

    async def battery(self) -> int | None:
        """0..11, or None when the car answers -1 or its battery service did not respond."""
        answer = await self._request("GET", "/api/get_battery_level")
        if not isinstance(answer, dict) or answer.get("success") is False:
            return None
        level = answer.get("battery_level")
        return int(level) if isinstance(level, int | float) and 0 <= level <= 11 else None

    async def device_info(self) -> dict[str, Any]:
        answer = await self._request("GET", "/api/get_device_info")
        return answer if isinstance(answer, dict) else {}

    async def sensor_status(self) -> dict[str, str]:
        answer = await self._request("GET", "/api/get_sensor_status")
        if not isinstance(answer, dict):
            return {}
        return {k: str(v) for k, v in answer.items() if k not in ("success", "reason")}
