"""The racer upload: the one thing a LAN visitor may change, and only with the event's upload code.

The body is streamed straight into the library's staging folder in fixed-size chunks, so the server's
memory does not grow with the file; a declared size over the cap is answered 413 before any byte is
read, an undeclared one is cut off at the cap. The username and the code come first in the form, so a
wrong code is refused before the file is read. Each address gets a small budget of uploads and of wrong
codes per window, which stops floods and code guessing; a wrong-code attempt is reserved before the code
is looked up, so concurrent guesses cannot slip past the budget. Every part of the form is capped in size
and time (a field in seconds, a file by an idle timeout and a minimum average rate), and only checks still
running count against the laptop's checking capacity, per address as well as in all.

The form carries a token the upload page put there (``FormTokens``): a page on another site cannot read
it, so it cannot make a visitor's browser upload in their name.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import logging
import secrets
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from aiohttp import BodyPartReader, MultipartReader, web

from drem_desktop.disk_space import is_disk_full
from drem_desktop.i18n import _
from drem_desktop.models.library import ModelIntake, ModelLibrary
from drem_desktop.web.source import LiveSource

log = logging.getLogger(__name__)

CHUNK = 256 * 1024
FIELD_LIMIT = 200  # bytes of a username, code or token field
MULTIPART_OVERHEAD = 64 * 1024
MAX_PENDING_CHECKS = 100  # archives being checked at once, all devices together
MAX_PENDING_PER_ADDRESS = 10  # ... and from one device
MAX_PARTS = 32  # parts of one form (fields and files)
CHECK_KEPT_S = 900.0  # a verdict stays available this long after the upload
TOKEN_FIELD = "form_token"
TOKEN_HEADER = "X-Upload-Token"
TOKEN_LIFETIME_S = 24 * 3600.0


class FormTokens:
    """Tokens the upload page carries: ``<issued>.<HMAC>`` with a secret of this server's run."""

    def __init__(self, lifetime_s: float = TOKEN_LIFETIME_S) -> None:
        self._secret = secrets.token_bytes(32)
        self.lifetime_s = lifetime_s

    def _mac(self, issued: str) -> str:
        return hmac.new(self._secret, issued.encode(), hashlib.sha256).hexdigest()[:32]

    def issue(self) -> str:
        issued = str(int(time.time()))
        return f"{issued}.{self._mac(issued)}"

    def valid(self, token: str) -> bool:
        issued, _dot, mac = token.partition(".")
        if not issued.isdigit() or not hmac.compare_digest(mac, self._mac(issued)):
            return False
        return 0 <= time.time() - int(issued) <= self.lifetime_s


@dataclass(frozen=True, slots=True)
class UploadLimits:
    max_file_bytes: int = 400 * 1024 * 1024
    max_files_per_request: int = 10
    uploads_per_window: int = 30
    wrong_codes_per_window: int = 10
    window_s: float = 600.0
    field_timeout_s: float = 10.0  # a text field is a few bytes: it arrives at once or not at all
    idle_s: float = 60.0  # nothing at all arrived for this long: the sender is gone
    min_rate_bytes_s: float = 2048.0  # after grace_s a file must average this (a 3G phone does 50 kB/s)
    grace_s: float = 30.0


class RateLimit:
    """A sliding-window count per client address (in memory; it resets when the app restarts)."""

    def __init__(self, allowed: int, window_s: float) -> None:
        self.allowed = allowed
        self.window_s = window_s
        self._hits: dict[str, deque[float]] = {}

    def _recent(self, address: str) -> deque[float]:
        hits = self._hits.setdefault(address, deque())
        cutoff = time.monotonic() - self.window_s
        while hits and hits[0] < cutoff:
            hits.popleft()
        return hits

    def exhausted(self, address: str) -> bool:
        return len(self._recent(address)) >= self.allowed

    def hit(self, address: str) -> float:
        """Count one now; returns its stamp (``release`` takes it back)."""
        stamp = time.monotonic()
        self._recent(address).append(stamp)
        if len(self._hits) > 10_000:  # forget idle addresses so a scan of many sources cannot grow this
            for a in [a for a, h in self._hits.items() if not h]:
                del self._hits[a]
        return stamp

    def reserve(self, address: str) -> float | None:
        """Take one attempt now if any is left (check and count in one step: no await between)."""
        if self.exhausted(address):
            return None
        return self.hit(address)

    def release(self, address: str, stamp: float) -> None:
        """Give back an attempt that turned out not to count (the code was right)."""
        hits = self._hits.get(address)
        if hits is not None:
            with contextlib.suppress(ValueError):
                hits.remove(stamp)


class UploadRefused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class UploadDesk:
    """Takes model uploads for whichever event the code belongs to."""

    def __init__(self, source: LiveSource, library: ModelLibrary | None, limits: UploadLimits) -> None:
        self.source = source
        self.library = library
        self.limits = limits
        self.uploads = RateLimit(limits.uploads_per_window, limits.window_s)
        self.wrong_codes = RateLimit(limits.wrong_codes_per_window, limits.window_s)
        self.tokens = FormTokens()
        self._checks: dict[str, tuple[float, asyncio.Task[dict[str, Any]], str]] = {}
        self._running: dict[str, int] = {}  # checks still running, by address
        self._checking = asyncio.Semaphore(2)  # big archives cost CPU: two at a time

    async def receive(self, request: web.Request, *, later: bool = False) -> tuple[str, list[dict[str, Any]]]:
        """Read the form and hand each file to the library; returns the racer and one result per file.

        ``later``: answer as soon as the bytes are on disk, each result carrying a ``token`` whose verdict
        :meth:`verdict` gives. The upload page does this so the progress bar ends when the transfer does
        and a large archive is checked while the next file is already on its way.
        """
        loop = asyncio.get_running_loop()
        address = request.remote or "?"
        if self.library is None:
            raise UploadRefused(503, _("Uploads are switched off on this laptop."))
        self._forget_old_checks()
        if self._running.get(address, 0) >= MAX_PENDING_PER_ADDRESS:
            raise UploadRefused(429, self._still_checking())
        if sum(self._running.values()) >= MAX_PENDING_CHECKS:
            raise UploadRefused(503, _("The laptop is busy checking other uploads. Try again in a minute."))
        if self.wrong_codes.exhausted(address):
            raise UploadRefused(
                429, _("Too many wrong upload codes from this device. Wait ten minutes, then try again.")
            )
        if self.uploads.exhausted(address):
            raise UploadRefused(
                429, _("Too many uploads from this device. Wait a few minutes, then try again.")
            )
        max_body = self.limits.max_file_bytes + MULTIPART_OVERHEAD
        if request.content_length is not None and request.content_length > max_body:
            raise UploadRefused(
                413,
                _("The upload is too large: at most {mb} MB at a time. Send large models one by one.").format(
                    mb=self.limits.max_file_bytes // (1024 * 1024)
                ),
            )
        if not request.content_type.startswith("multipart/"):
            raise UploadRefused(400, _("Send the upload from the upload page (a multipart form)."))
        if not self.library.room_for(request.content_length or 0):
            raise UploadRefused(507, self.library.no_room_words())
        self.uploads.hit(address)
        reader = await request.multipart()
        fields: dict[str, str] = {}
        header_token = request.headers.get(TOKEN_HEADER, "")
        results: list[dict[str, Any]] = []
        racer_id: str | None = None
        files = 0
        parts = 0
        while (part := await self._next_part(reader)) is not None:
            parts += 1
            if parts > MAX_PARTS:
                raise UploadRefused(400, _("The form has too many parts."))
            if isinstance(part, MultipartReader):
                raise UploadRefused(400, _("Nested multipart forms are not accepted."))
            if part.filename is None:
                value = await self._field(part)  # every field is capped and timed, known or not
                if part.name in ("username", "code", TOKEN_FIELD):
                    fields[part.name] = value
                continue
            if racer_id is None:
                self._check_token(fields.get(TOKEN_FIELD) or header_token)
                racer_id = await self._check(loop, address, fields)
            files += 1
            if files > self.limits.max_files_per_request:
                raise UploadRefused(
                    413,
                    _("At most {n} files per upload; send the rest in another one.").format(
                        n=self.limits.max_files_per_request
                    ),
                )
            if self._running.get(address, 0) >= MAX_PENDING_PER_ADDRESS:
                raise UploadRefused(429, self._still_checking())
            file_name, staged = await self._store_file(part)
            check = self._start_check(loop, address, staged, file_name, racer_id)
            if later:
                token = secrets.token_urlsafe(18)
                self._checks[token] = (time.monotonic(), check, address)
                results.append(
                    {
                        "file_name": file_name,
                        "token": token,
                        "checking": True,
                        "message": _("Received; checking…"),
                    }
                )
            else:
                results.append(await check)
        if racer_id is None:
            self._check_token(fields.get(TOKEN_FIELD) or header_token)
            await self._check(loop, address, fields)
            raise UploadRefused(400, _("Choose at least one model file (.tar.gz) to upload."))
        return fields.get("username", ""), results

    async def _next_part(self, reader: MultipartReader) -> Any:
        """The next part's headers; a sender that stops between parts is dropped like one within."""
        try:
            async with asyncio.timeout(self.limits.idle_s):
                return await reader.next()
        except TimeoutError:
            raise UploadRefused(
                408, _("The upload stalled (nothing arrived for a minute). Check the Wi-Fi and try again.")
            ) from None

    def _check_token(self, token: str) -> None:
        if not self.tokens.valid(token):
            raise UploadRefused(
                403,
                _(
                    "This upload did not come from this laptop's upload page, or the page is more than a "
                    "day old. Open the upload page again and send the model from there."
                ),
            )

    def _start_check(
        self, loop: asyncio.AbstractEventLoop, address: str, staged: Path, file_name: str, racer_id: str
    ) -> asyncio.Task[dict[str, Any]]:
        """Checks count against ``address`` until they finish, however they finish."""
        self._running[address] = self._running.get(address, 0) + 1

        def finished(_task: asyncio.Task[dict[str, Any]]) -> None:
            left = self._running.get(address, 1) - 1
            if left > 0:
                self._running[address] = left
            else:
                self._running.pop(address, None)

        task = loop.create_task(self._check_file(staged, file_name, racer_id))
        task.add_done_callback(finished)
        return task

    @staticmethod
    def _still_checking() -> str:
        return _("Your earlier uploads are still being checked. Wait for their verdicts, then send more.")

    def _too_big(self) -> str:
        return _("The file is too large: the limit is {mb} MB per model.").format(
            mb=self.limits.max_file_bytes // (1024 * 1024)
        )

    async def _field(self, part: BodyPartReader) -> str:
        data = b""
        try:
            async with asyncio.timeout(self.limits.field_timeout_s):
                while chunk := await part.read_chunk(FIELD_LIMIT + 1):
                    data += chunk
                    if len(data) > FIELD_LIMIT:
                        raise UploadRefused(
                            400, _("The {field} field is too long.").format(field=str(part.name)[:40])
                        )
        except TimeoutError:
            raise UploadRefused(
                408, _("A form field took too long to arrive. Check the Wi-Fi and try again.")
            ) from None
        return data.decode("utf-8", errors="replace").strip()

    async def _check(self, loop: asyncio.AbstractEventLoop, address: str, fields: dict[str, str]) -> str:
        username, code = fields.get("username", ""), fields.get("code", "")
        if not username:
            raise UploadRefused(400, _("Enter your racer username."))
        if not code:
            raise UploadRefused(400, _("Enter the upload code shown at the organizer's desk."))
        attempt = self.wrong_codes.reserve(address)  # reserved before the await: guesses cannot race past
        if attempt is None:
            raise UploadRefused(
                429, _("Too many wrong upload codes from this device. Wait ten minutes, then try again.")
            )
        event = await loop.run_in_executor(None, self.source.event_for_upload_code, code)
        if event is None:
            raise UploadRefused(
                403, _("That upload code is not right. Check the code shown at the organizer's desk.")
            )
        self.wrong_codes.release(address, attempt)
        racer_id = await loop.run_in_executor(None, self.source.racer_id, username)
        if racer_id is None:
            raise UploadRefused(
                404,
                _(
                    "No racer named “{name}” is registered. Check the spelling, or ask at the organizer's "
                    "desk to be added, then upload again."
                ).format(name=username[:100]),
            )
        return racer_id

    async def verdict(self, token: str, wait_s: float = 20.0) -> dict[str, Any] | None:
        """The verdict for an upload answered with ``later``; waits up to ``wait_s`` (a long poll).

        Returns None for an unknown token, ``{"done": False}`` while still checking.
        """
        entry = self._checks.get(token)
        if entry is None:
            return None
        task = entry[1]
        done, _pending = await asyncio.wait({task}, timeout=wait_s)
        if not done:
            return {"done": False}
        return {"done": True, "result": task.result()}

    def _forget_old_checks(self) -> None:
        """Verdicts are kept a while for the page to fetch; they take no capacity once done."""
        cutoff = time.monotonic() - CHECK_KEPT_S
        for token in [t for t, (at, task, _a) in self._checks.items() if task.done() and at < cutoff]:
            del self._checks[token]

    async def _check_file(self, staged: Path, file_name: str, racer_id: str) -> dict[str, Any]:
        assert self.library is not None
        loop = asyncio.get_running_loop()
        async with self._checking:
            try:
                intake = await loop.run_in_executor(
                    None, self.library.add_staged, staged, file_name, racer_id, "upload"
                )
            except Exception as exc:
                if not is_disk_full(exc):
                    raise
                staged.unlink(missing_ok=True)
                return {
                    "file_name": file_name,
                    "accepted": False,
                    "duplicate": False,
                    "metadata_updated": False,
                    "name": file_name,
                    "md5": None,
                    "message": self.library.no_room_words(),
                    "reasons": [self.library.no_room_words()],
                }
        return intake_json(intake)

    async def _store_file(self, part: BodyPartReader) -> tuple[str, Path]:
        """Stream one file part into staging; returns the name the racer gave and the staged path."""
        assert self.library is not None
        # Browsers (and aiohttp) percent-encode quotes and line breaks in the form's filename.
        file_name = unquote(part.filename or "model.tar.gz")[:200]
        staged = self.library.new_staging_file()
        size = 0
        loop = asyncio.get_running_loop()
        started = loop.time()
        try:
            # A sender that stops sending (phone asleep) is dropped after a while, and one that drips
            # (a byte every few seconds) once its average falls below what any phone manages.
            limits = self.limits
            async with asyncio.timeout(limits.idle_s) as idle:
                with staged.open("wb") as out:
                    while chunk := await part.read_chunk(CHUNK):
                        idle.reschedule(loop.time() + limits.idle_s)
                        size += len(chunk)
                        elapsed = loop.time() - started
                        if elapsed > limits.grace_s and size < limits.min_rate_bytes_s * elapsed:
                            raise TimeoutError
                        if size > self.limits.max_file_bytes:
                            raise UploadRefused(413, self._too_big())
                        if not self.library.room_for(len(chunk)):  # the reserve is for lap timing
                            raise UploadRefused(507, self.library.no_room_words())
                        out.write(chunk)
        except TimeoutError:
            staged.unlink(missing_ok=True)
            raise UploadRefused(
                408, _("The upload stalled (nothing arrived for a minute). Check the Wi-Fi and try again.")
            ) from None
        except OSError as exc:  # after TimeoutError, which is one too
            staged.unlink(missing_ok=True)
            if is_disk_full(exc):
                raise UploadRefused(507, self.library.no_room_words()) from None
            raise
        except BaseException:
            staged.unlink(missing_ok=True)
            raise
        return file_name, staged


def intake_json(intake: ModelIntake) -> dict[str, Any]:
    v = intake.verdict
    return {
        "file_name": v.file_name,
        "accepted": intake.accepted,
        "duplicate": intake.duplicate,
        "metadata_updated": intake.metadata_change is not None,
        "name": intake.model.name if intake.model else v.name,
        "md5": v.md5,
        "message": intake.message(),
        "reasons": list(v.reasons),
    }
