"""The live car list: every car seen on the LAN, what we know of it, and whether it still answers.

Plain dataclasses, no I/O: discovery, probes and status reads feed it; screens subscribe to changes.
Cars are keyed by chassis serial when known, else by hostname, never by address (DHCP moves them).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CarState:
    hostname: str
    address: str | None = None
    serial: str | None = None
    battery: int | None = None
    software_version: str | None = None
    sensors: dict[str, str] = field(default_factory=dict)
    models: tuple[str, ...] = ()
    last_seen: float = 0.0
    online: bool = False
    found_by: str = ""
    ssh_port: int = 22
    https_port: int = 443

    @property
    def key(self) -> str:
        """Stable identity: serial if known, else the lower-cased hostname without ``.local``."""
        return car_key(self.serial, self.hostname)


def car_key(serial: str | None, hostname: str) -> str:
    if serial:
        return serial.strip().lower()
    host = hostname.strip().lower().rstrip(".")
    return host.removesuffix(".local")


Listener = Callable[[CarState, bool], None]
"""Called with the new state and whether it is a change of online/offline (appeared or lost)."""


class LiveCarList:
    """Thread-safe list of cars; listeners run on the caller's thread and must hop threads themselves."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._cars: dict[str, CarState] = {}
        self._lock = threading.Lock()
        self._listeners: tuple[Listener, ...] = ()
        self._clock = clock

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        with self._lock:
            self._listeners = (*self._listeners, listener)

        def unsubscribe() -> None:
            with self._lock:
                self._listeners = tuple(x for x in self._listeners if x is not listener)

        return unsubscribe

    def cars(self) -> list[CarState]:
        with self._lock:
            return sorted(self._cars.values(), key=lambda c: c.hostname)

    def get(self, key: str) -> CarState | None:
        with self._lock:
            return self._cars.get(key) or next(
                (c for c in self._cars.values() if car_key(None, c.hostname) == key), None
            )

    def seen(self, hostname: str, **details: Any) -> CarState:
        """Record that a car answered; merges details (None values keep what we knew)."""
        hostname = hostname.strip().rstrip(".").removesuffix(".local")
        now = self._clock()
        updates = {k: v for k, v in details.items() if v is not None}
        with self._lock:
            serial = updates.get("serial")
            host_key = car_key(None, hostname)
            old = self._cars.get(car_key(serial, hostname)) if isinstance(serial, str) else None
            if old is None:
                # A car first known by hostname keeps its entry when it later tells its serial.
                old = next((c for c in self._cars.values() if car_key(None, c.hostname) == host_key), None)
            address = updates.get("address")
            if old is None and address:
                # A car found by probing is named by its address until it tells its real name.
                old = next(
                    (c for c in self._cars.values() if c.address == address and c.hostname == address), None
                )
            if old is not None:
                self._cars.pop(old.key, None)
            base = old or CarState(hostname=hostname)
            new = replace(
                base,
                **updates,
                hostname=hostname,
                last_seen=now,
                online=True,
            )
            self._cars[new.key] = new
            changed_presence = old is None or not old.online
            listeners = self._listeners
        if new != old:
            self._notify(listeners, new, changed_presence)
        return new

    def remembered(self, state: CarState) -> None:
        """Show a registered car (offline until it answers); does nothing if it is already listed."""
        with self._lock:
            if state.key not in self._cars:
                self._cars[state.key] = replace(state, online=False)

    def lost(self, key: str) -> CarState | None:
        with self._lock:
            old = self._cars.get(key)
            if old is None or not old.online:
                return old
            new = replace(old, online=False)
            self._cars[key] = new
            listeners = self._listeners
        self._notify(listeners, new, True)
        return new

    def expire(self, max_age_s: float) -> list[CarState]:
        """Mark cars silent for longer than ``max_age_s`` offline; returns those that changed."""
        cutoff = self._clock() - max_age_s
        stale = [c.key for c in self.cars() if c.online and c.last_seen < cutoff]
        return [s for k in stale if (s := self.lost(k)) is not None]

    @staticmethod
    def _notify(listeners: tuple[Listener, ...], state: CarState, presence: bool) -> None:
        for listener in listeners:
            try:
                listener(state, presence)
            except Exception:
                log.exception("car list listener failed")
