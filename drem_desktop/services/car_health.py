"""Car health, always current: every known car (found by mDNS, probed, added by hand or remembered from
the registry) is polled at a modest rate on the service loop.

Each round checks that the car answers (a TCP connection to its console, else its SSH port); every few
rounds, and whenever a car comes back, it also reads the battery (0..11) and the car software version.
The live car list follows (a car that stays silent twice in a row goes offline, one that answers comes
online), so every way of finding a car now changes state, not only mDNS. A car named in a live run that
stops answering raises ``RunCarLost`` for the timekeeper; ``RunCarBack`` when it answers again.

At most ``concurrency`` cars are checked at once, and a round never waits on anything timing needs.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from drem_desktop.bus import Bus
from drem_desktop.cars.errors import CarError, CarNeedsCredentials
from drem_desktop.cars.events import CarLost
from drem_desktop.cars.health import CarHealth, port_open
from drem_desktop.cars.roster import CarState
from drem_desktop.events import CarHealthChanged, RunCarBack, RunCarLost
from drem_desktop.i18n import _

if TYPE_CHECKING:
    from drem_desktop.cars.service import CarService
    from drem_desktop.services.race_control import RaceControl

log = logging.getLogger(__name__)

LIVE = frozenset({"ready", "running", "paused"})
NAME_RECHECK_S = 60.0


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


class CarHealthMonitor:
    def __init__(
        self,
        bus: Bus,
        cars: CarService,
        race_control: RaceControl,
        *,
        expected_model: Callable[[str], str | None] = lambda _car: None,
        interval_s: float = 10.0,
        details_every: int = 3,
        misses_to_lose: int = 2,
        connect_timeout_s: float = 3.0,
        concurrency: int = 4,
        clock: Callable[[], float] = time.time,
    ) -> None:
        """``cars`` is the CarService, ``race_control`` RaceControl (for which car drives a live run)."""
        self._bus = bus
        self._cars = cars
        self._race_control = race_control
        self._expected_model = expected_model
        self.interval_s = interval_s
        self.details_every = max(1, details_every)
        self.misses_to_lose = max(1, misses_to_lose)
        self.connect_timeout_s = connect_timeout_s
        self.concurrency = concurrency
        self._clock = clock
        self._health: dict[str, CarHealth] = {}
        self._misses: dict[str, int] = {}
        self._rounds: dict[str, int] = {}
        self._name_checks: dict[str, float] = {}  # car -> when its name may be looked up again
        self._alerted: dict[str, tuple[str, str, str]] = {}  # car -> (event, track, run) alerted for
        self._alert_lock = threading.Lock()  # CarLost may come from any thread
        self._task: asyncio.Task[None] | None = None
        self._wake: asyncio.Event | None = None
        self._unsubscribe = bus.subscribe(CarLost, self._on_car_lost)

    # -- life cycle -------------------------------------------------------------------------------
    def start(self) -> None:
        """Begin polling on the car service's loop (idempotent)."""

        async def begin() -> None:
            if self._task is None or self._task.done():
                self._wake = asyncio.Event()
                self._task = asyncio.create_task(self._run())

        self._cars.loop.submit(begin()).result(10)

    def stop(self, timeout: float = 10.0) -> None:
        async def end() -> None:
            if self._task is not None:
                self._task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await self._task
                self._task = None

        if self._task is not None and self._cars.loop.running:
            with contextlib.suppress(Exception):
                self._cars.loop.submit(end()).result(timeout)

    def close(self, timeout: float = 10.0) -> None:
        self._unsubscribe()
        self.stop(timeout)

    # -- reading ----------------------------------------------------------------------------------
    def health(self, car: str) -> CarHealth | None:
        return self._health.get(car)

    def all(self) -> list[CarHealth]:
        return sorted(self._health.values(), key=lambda h: h.hostname)

    # -- the loop ---------------------------------------------------------------------------------
    async def _run(self) -> None:
        assert self._wake is not None
        while True:
            try:
                await self._round()
            except Exception:
                log.exception("car health round failed")
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.interval_s)

    async def _round(self) -> None:
        gate = asyncio.Semaphore(self.concurrency)
        cars = self._cars.cars.cars()

        async def one(state: CarState) -> None:
            async with gate:
                await self._check(state)

        await asyncio.gather(*(one(c) for c in cars))

    async def _reachable(self, state: CarState) -> tuple[bool, str]:
        try:
            host, ssh_port, https_port = await self._cars.where(state.key)
        except Exception as exc:  # a name that does not resolve is a car that is not there
            return False, str(exc)
        if not _is_address(host):
            # A name only: looking it up blocks a worker thread (several seconds for an absent .local
            # name), and those threads also serve the pages and the pushes. Such cars are tried once a
            # minute; a car with an address (mDNS, probe, registry) every round.
            now = self._clock()
            if now < self._name_checks.get(state.key, 0.0):
                previous = self._health.get(state.key)
                return (previous.reachable if previous else False), _("not looked up again yet")
            self._name_checks[state.key] = now + NAME_RECHECK_S
        ports = [https_port]
        if ssh_port not in ports:
            ports.append(ssh_port)
        for port in ports:
            if await port_open(host, port, self.connect_timeout_s):
                return True, ""
        return False, _("no answer at {host}").format(host=host)

    async def _check(self, state: CarState) -> None:
        key = state.key
        reachable, why = await self._reachable(state)
        previous = self._health.get(key)
        rounds = self._rounds.get(key, 0)
        self._rounds[key] = rounds + 1
        if not reachable:
            misses = self._misses.get(key, 0) + 1
            self._misses[key] = misses
            if misses < self.misses_to_lose and previous is not None and previous.reachable:
                return  # one missed answer on busy Wi-Fi is not a car gone
            health = replace(
                previous or CarHealth(key, state.hostname, False),
                reachable=False,
                checked_at=self._clock(),
                error=why,
            )
            if state.online:
                self._cars.cars.lost(key)
            self._publish(health, previous)
            self._alert_if_racing(key, health)
            return
        self._misses[key] = 0
        came_back = previous is None or not previous.reachable
        details: dict[str, Any] = {}
        error = ""
        if came_back or rounds % self.details_every == 0:
            try:
                details = await self._cars.health_details(key)
            except CarNeedsCredentials:
                error = _("no password saved: battery unknown")
            except CarError as exc:
                error = str(exc)
        base = previous or CarHealth(key, state.hostname, True)
        loaded_model = await self._loaded_model(key)
        health = replace(
            base,
            hostname=state.hostname,
            reachable=True,
            battery=details.get("battery", base.battery) if details else base.battery,
            software_version=details.get("software_version") or base.software_version,
            loaded_model=loaded_model,
            expected_model=self._expected_model(key),
            checked_at=self._clock(),
            error=error,
        )
        updates: dict[str, Any] = {}
        if health.battery is not None:
            updates["battery"] = health.battery
        if health.software_version:
            updates["software_version"] = health.software_version
        current = self._cars.cars.get(key)
        if current is None or not current.online or any(getattr(current, k) != v for k, v in updates.items()):
            self._cars.cars.seen(state.hostname, address=state.address, **updates)
        self._publish(health, previous)
        self._back_if_alerted(key)

    async def _loaded_model(self, key: str) -> str:
        """Off the loop (the registry's thread): the loop also serves the LAN pages."""
        try:
            return await self._cars.loaded_model_off_loop(key)
        except Exception:
            log.debug("car %s: loaded model not read", key, exc_info=True)
            return ""

    def _publish(self, health: CarHealth, previous: CarHealth | None) -> None:
        self._health[health.car] = health
        if previous is None or replace(previous, checked_at=0.0) != replace(health, checked_at=0.0):
            self._bus.publish(CarHealthChanged(health))

    # -- a car gone mid-run -----------------------------------------------------------------------
    def _live_run_of(self, car: str) -> tuple[str, str, str] | None:
        for view in self._race_control.views():
            if view.car_name and view.car_name.strip().lower() == car.lower() and view.state.value in LIVE:
                return view.event_id, view.track_id, view.run_id
        return None

    def _alert_if_racing(self, car: str, health: CarHealth) -> None:
        run = self._live_run_of(car)
        with self._alert_lock:
            if run is None or self._alerted.get(car) == run:
                return
            self._alerted[car] = run
        event_id, track_id, run_id = run
        message = _(
            "Car {car} stopped answering during the run ({why}). Check the car: it may be off the "
            "network, out of battery or switched off."
        ).format(car=health.hostname or car, why=health.error or _("no answer"))
        self._bus.publish(RunCarLost(event_id, track_id, run_id, car, message))

    def _back_if_alerted(self, car: str) -> None:
        with self._alert_lock:
            run = self._alerted.pop(car, None)
        if run is not None:
            self._bus.publish(RunCarBack(*run, car))

    def _on_car_lost(self, e: CarLost) -> None:
        """mDNS said goodbye (or a push found the car gone): alert at once, do not wait for the next round."""
        key = e.car.key
        previous = self._health.get(key)
        health = replace(
            previous or CarHealth(key, e.car.hostname, False),
            reachable=False,
            checked_at=self._clock(),
            error=previous.error if previous is not None and not previous.reachable else _("went away"),
        )
        self._alert_if_racing(key, health)
