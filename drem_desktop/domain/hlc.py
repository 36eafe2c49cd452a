"""Hybrid logical clock stamps: the order of changes across laptops whose wall clocks disagree.

A stamp is ``WWWWWWWWWWWWW.CCCCC.<laptop id>`` (wall milliseconds, a counter, the laptop): plain string
comparison is the clock order. A change made after seeing another always gets the larger stamp, however
wrong this laptop's wall clock is (docs/sync.md, section 2).
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

WALL_DIGITS = 13
COUNTER_DIGITS = 5
MAX_COUNTER = 10**COUNTER_DIGITS - 1
STAMP = re.compile(r"^(\d{13})\.(\d{5})\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$")


class StampError(ValueError):
    """Text that is not a clock stamp."""


@dataclass(frozen=True, slots=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    laptop: str

    def __str__(self) -> str:
        return f"{self.wall_ms:0{WALL_DIGITS}d}.{self.counter:0{COUNTER_DIGITS}d}.{self.laptop}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        m = STAMP.match(text) if isinstance(text, str) else None
        if m is None:
            raise StampError(f"“{str(text)[:80]}” is not a clock stamp")
        return cls(int(m.group(1)), int(m.group(2)), m.group(3))


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """One laptop's clock. Thread-safe; ``now`` for a local change, ``receive`` before applying others'."""

    def __init__(self, laptop: str, physical_ms: Callable[[], int] = wall_clock_ms) -> None:
        self.laptop = laptop
        self._physical = physical_ms
        self._lock = threading.Lock()
        self._wall = 0
        self._counter = -1
        self._max_received = ""

    def start_from(self, stamp: str | None) -> None:
        """Continue after the largest stamp already in the log (the clock survives restarts)."""
        if not stamp:
            return
        try:
            self.receive(stamp)
        except StampError:  # a stamp of no laptop id (rows from before sync): its wall time is enough
            wall, _sep, rest = stamp.partition(".")
            counter = rest.split(".", 1)[0]
            if wall.isdigit() and counter.isdigit():
                with self._lock:
                    self._wall, self._counter = max((self._wall, self._counter), (int(wall), int(counter)))

    def now(self) -> str:
        with self._lock:
            physical = self._physical()
            if physical > self._wall:
                self._wall, self._counter = physical, 0
            else:
                self._bump()
            return str(Stamp(self._wall, self._counter, self.laptop))

    def receive(self, stamp: str) -> None:
        """Move past a stamp seen in another laptop's change (or in our own log at start)."""
        seen = Stamp.parse(stamp)
        with self._lock:
            if stamp > self._max_received:
                self._max_received = stamp
            if (seen.wall_ms, seen.counter) > (self._wall, self._counter):
                self._wall, self._counter = seen.wall_ms, seen.counter

    def position(self) -> tuple[int, int]:
        """Where the clock stands (wall, counter): it moves with every stamp issued or received."""
        with self._lock:
            return (self._wall, self._counter)

    def _bump(self) -> None:
        if self._counter >= MAX_COUNTER:
            self._wall, self._counter = self._wall + 1, 0
        else:
            self._counter += 1
