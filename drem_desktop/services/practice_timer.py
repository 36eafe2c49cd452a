"""*Try the simulator*: a simulated DREM Pi timer on loopback that sends a lap every ~12 s, so a first-time
organizer can time a run with no hardware. The track attaches to it like to a real Pi timer (the same
WebSocket frames, the same client), so what they practise is what they will use.

It runs on the service loop; nothing is remembered: after a restart the track is back on keys."""

from __future__ import annotations

import asyncio
import contextlib
import random

from drem_desktop.service_loop import ServiceLoop
from drem_desktop.timing.simulator import PiTimerSimulator

START_TIMEOUT_S = 10.0


class PracticeTimer:
    def __init__(
        self,
        loop: ServiceLoop,
        *,
        mean_lap_s: float | None = 12.0,
        jitter_s: float = 1.5,
        seed: int | None = None,
    ) -> None:
        """``mean_lap_s=None``: no laps by themselves, only ``lap_now()``."""
        self._loop = loop
        self.mean_lap_s = mean_lap_s
        self.jitter_s = jitter_s
        self._rng = random.Random(seed)
        self._timer = PiTimerSimulator("127.0.0.1", 0)
        self._laps: asyncio.Task[None] | None = None

    @property
    def url(self) -> str:
        return self._timer.url

    def start(self) -> str:
        """Blocking (call it off the UI thread): listening on a free loopback port, laps scheduled."""
        return self._loop.start().submit(self._start()).result(START_TIMEOUT_S)

    async def _start(self) -> str:
        url = await self._timer.start()
        if self.mean_lap_s is not None:
            self._laps = asyncio.get_running_loop().create_task(self._run_laps(self.mean_lap_s))
        return url

    async def _run_laps(self, mean_s: float) -> None:
        while True:
            await asyncio.sleep(max(1.0, self._rng.gauss(mean_s, self.jitter_s)))
            await self._timer.lap(17)

    def lap_now(self) -> None:
        self._loop.submit(self._timer.lap(17)).result(START_TIMEOUT_S)

    def stop(self) -> None:
        async def _stop() -> None:
            if self._laps is not None:
                self._laps.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await self._laps
            await self._timer.stop()

        with contextlib.suppress(Exception):  # the loop may already be gone at exit
            self._loop.submit(_stop()).result(START_TIMEOUT_S)
