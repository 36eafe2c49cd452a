"""The DREM Raspberry Pi timer organizers already own, over its WebSocket (``ws://HOST:8080``).

JSON ``lap`` frames carry the Pi's own millisecond timestamp, so lap times are differences of Pi
timestamps and network delay cancels out. Older timers send a plain text frame per trigger; those are
stamped by this host when the frame arrives. The client reconnects by itself, forever, until stopped.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import threading
from concurrent.futures import Future
from typing import Any
from urllib.parse import urlsplit

import aiohttp

from drem_desktop.i18n import _
from drem_desktop.timing.crossing import Crossing
from drem_desktop.timing.events import SensorClockChanged, SequenceGapDetected
from drem_desktop.timing.json_laps import JsonLaps
from drem_desktop.timing.protocol import JsonLap, Rejection, parse_json_frame
from drem_desktop.timing.source import CrossingSink, EventSink, LapSource, SequenceTracker, host_now_ms

log = logging.getLogger(__name__)


class PiTimerSource(LapSource):
    kind = "pi-timer"

    def __init__(
        self,
        url: str,
        sink: CrossingSink,
        on_event: EventSink | None = None,
        *,
        loop: asyncio.AbstractEventLoop | None = None,
        retry_s: float = 0.5,
        max_retry_s: float = 3.0,
        ping_s: float = 5.0,
    ) -> None:
        """``loop``: the app's service loop; without one the source runs its own loop on a thread."""
        parts = urlsplit(url)
        if parts.scheme not in ("ws", "wss") or not parts.hostname:
            raise ValueError(
                _("Not a Pi timer address: {url}. Use ws://HOST:8080 (the timer's IP or name).").format(
                    url=url
                )
            )
        super().__init__(sink, on_event, url)
        self._url = url
        self._loop = loop
        self._own_loop = loop is None
        self._thread: threading.Thread | None = None
        self._future: Future[None] | None = None
        self._task: asyncio.Task[None] | None = None
        self._retry_s = retry_s
        self._max_retry_s = max_retry_s
        self._ping_s = ping_s
        self._clock_base = f"pi-timer:{parts.hostname}:{parts.port or (443 if parts.scheme == 'wss' else 80)}"
        self._text_count = 0
        self._laps = JsonLaps(self, lambda: self._clock_base, self._new_tracker, self._new_epoch)
        self._update_status(mode="pi-timer")

    # -- life cycle ---------------------------------------------------------------------------------

    def start(self) -> None:
        if self._future is not None:
            return
        if self._loop is None:
            self._loop = asyncio.new_event_loop()
            self._thread = threading.Thread(target=self._loop.run_forever, name="pi-timer", daemon=True)
            self._thread.start()
        self._future = asyncio.run_coroutine_threadsafe(self.run(), self._loop)

    def stop(self) -> None:
        """Stop from any thread; on the loop's own thread prefer ``await aclose()``."""
        future, self._future = self._future, None
        loop = self._loop
        if future is not None:
            future.cancel()  # a run that has not begun never will
        if future is not None and loop is not None:
            on_loop = self._thread is threading.current_thread() or _running_loop() is loop
            if on_loop:
                if self._task is not None:
                    self._task.cancel()
            elif not loop.is_closed():
                with contextlib.suppress(Exception):
                    asyncio.run_coroutine_threadsafe(self._cancel_run(), loop).result(timeout=5)
        self._stop_own_loop()
        self._update_status(connected=False)

    async def aclose(self) -> None:
        """Stop from a coroutine on the source's loop, waiting until the connection is closed."""
        future, self._future = self._future, None
        if future is not None:
            future.cancel()
        await self._cancel_run()
        self._update_status(connected=False)

    async def _cancel_run(self) -> None:
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def _stop_own_loop(self) -> None:
        if self._own_loop and self._loop is not None and self._thread is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            if self._thread is not threading.current_thread():
                self._thread.join(timeout=5)
                self._loop.close()
            self._thread = None
            self._loop = None

    async def run(self) -> None:
        """Connect, read, reconnect; runs until cancelled. Usable directly from a coroutine."""
        self._task = asyncio.current_task()
        delay = self._retry_s
        # connect timeouts only: the WebSocket itself lives as long as the timer is there
        timeout = aiohttp.ClientTimeout(total=None, connect=5.0, sock_connect=5.0)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            while True:
                try:
                    async with session.ws_connect(
                        self._url,
                        heartbeat=self._ping_s,
                        autoping=True,
                        timeout=aiohttp.ClientWSTimeout(ws_close=2.0),
                    ) as ws:
                        delay = self._retry_s
                        self._update_status(connected=True, last_error=None, last_heartbeat_ms=host_now_ms())
                        await self._read(ws)
                    error = _("The Pi timer at {url} closed the connection; reconnecting.").format(
                        url=self._url
                    )
                except asyncio.CancelledError:
                    self._update_status(connected=False)
                    raise
                except (aiohttp.ClientError, OSError, TimeoutError) as exc:
                    error = _(
                        "Cannot reach the Pi timer at {url} ({error}). Check that it is on and on this "
                        "network; retrying."
                    ).format(url=self._url, error=exc or type(exc).__name__)
                self._update_status(connected=False, last_error=error)
                await asyncio.sleep(delay)
                delay = min(delay * 2, self._max_retry_s)

    async def _read(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        async for msg in ws:
            now = host_now_ms()
            if msg.type is aiohttp.WSMsgType.TEXT:
                self.handle_frame(msg.data, now)
            elif msg.type is aiohttp.WSMsgType.BINARY:
                try:
                    self.handle_frame(msg.data.decode("utf-8"), now)
                except UnicodeDecodeError:
                    self._update_status(last_error=_("The Pi timer sent a binary frame; ignored."))
            elif msg.type is aiohttp.WSMsgType.ERROR:
                raise aiohttp.ClientError(str(ws.exception()))

    # -- frames -------------------------------------------------------------------------------------

    def handle_frame(self, text: str, now: float) -> None:
        """One text frame: a JSON event from a current timer, or any other text (an older timer's trigger)."""
        self._update_status(last_heartbeat_ms=now)
        stripped = text.strip()
        if not stripped:
            return
        try:
            data = json.loads(stripped) if stripped.startswith("{") else None
        except (ValueError, RecursionError):
            data = None
        if isinstance(data, dict):
            if data.get("event") != "lap":
                self._handle_info(data)
                return
            msg = parse_json_frame(stripped)
            if isinstance(msg, JsonLap):
                self._laps.lap(msg, now)
                return
            # A lap event without a usable timestamp is still one trigger: the host clock times it.
            reason = msg.reason if isinstance(msg, Rejection) else "?"
            self._update_status(
                last_error=_(
                    "The Pi timer sent a lap without a usable timestamp ({reason}); timed by this "
                    "computer instead."
                ).format(reason=reason)
            )
        self._text_count += 1
        self._deliver(Crossing(source=self.kind, sensor_id="1", host_ms=now, sequence=None))

    def _handle_info(self, data: dict[str, Any]) -> None:
        if data.get("event") != "connected":
            return
        raw = data.get("serverInfo")
        info: dict[str, Any] = raw if isinstance(raw, dict) else {}
        name = info.get("name") or info.get("hostname") or info.get("device") or "DREM Pi timer"
        version = info.get("version") or info.get("firmware")
        ts = data.get("timestamp")
        if (
            isinstance(ts, int)
            and not isinstance(ts, bool)
            and self._laps.last_ts is not None
            and ts < self._laps.last_ts
        ):
            self._new_epoch()  # the Pi's clock went back (reboot without network time)
        self._update_status(
            device=str(name)[:64], firmware=str(version)[:32] if version else None, clock=self._clock()
        )

    def _new_epoch(self) -> None:
        """The Pi's clock went back: a new clock, announced before its first lap, and lap numbers
        counted afresh (the status shows the new clock with the next lap or ``connected`` message)."""
        old = self._laps.clock()
        self._laps.epoch += 1
        self._laps.restart_count()
        self._emit(SensorClockChanged(self.kind, self._url, old, self._laps.clock()))

    def _clock(self) -> str:
        return self._laps.clock()

    def _new_tracker(self) -> SequenceTracker:
        def report_gap(first: int, last: int) -> None:
            self._emit(SequenceGapDetected(self.kind, self._url, self._clock(), first, last))
            self._update_status(
                last_error=_(
                    "{count} lap message(s) from the Pi timer never arrived (lap numbers {first}–{last}). "
                    "Check the run for a missing lap."
                ).format(count=last - first + 1, first=first, last=last)
            )

        return SequenceTracker(self._deliver, report_gap, None)


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None
