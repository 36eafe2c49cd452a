"""Shared pieces of the timing tests: a simulated sensor on a real pseudo-terminal, and collectors."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from drem_desktop.timing.crossing import Crossing
from drem_desktop.timing.events import SensorStatusChanged, TimingEvent
from drem_desktop.timing.serial_source import SerialSource
from drem_desktop.timing.simulator import SimulatedSensor


def wait_for(predicate: Callable[[], bool], timeout: float = 3.0, interval: float = 0.005) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return predicate()


class Collector:
    """What a source handed on, kept in arrival order (sources call from their own thread)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.crossings: list[Crossing] = []
        self.events: list[TimingEvent] = []

    def crossing(self, c: Crossing) -> None:
        with self._lock:
            self.crossings.append(c)

    def event(self, e: TimingEvent) -> None:
        with self._lock:
            self.events.append(e)

    def of(self, kind: type) -> list:
        with self._lock:
            return [e for e in self.events if isinstance(e, kind)]

    def statuses(self) -> list:
        return [e.status for e in self.of(SensorStatusChanged)]

    def sequences(self) -> list[int | None]:
        with self._lock:
            return [c.sequence for c in self.crossings]


@pytest.fixture
def collector() -> Collector:
    return Collector()


@pytest.fixture
def link(tmp_path: Path) -> Path:
    return tmp_path / "ttyDREM0"


@pytest.fixture
def sensor(link: Path) -> Iterator[SimulatedSensor]:
    sim = SimulatedSensor(link, heartbeat_s=0.25, seed=7)
    sim.plug()
    yield sim
    sim.close()


@pytest.fixture
def start_source() -> Iterator[Callable[..., SerialSource]]:
    started: list[SerialSource] = []

    def start(*args: object, **kwargs: object) -> SerialSource:
        source = SerialSource(*args, **kwargs)  # type: ignore[arg-type]
        source.start()
        started.append(source)
        return source

    yield start
    for source in started:
        source.stop()
