"""Lap sources bound to tracks: every crossing goes to race control for that track.

A source's reader thread only stamps, parses and queues: a per-track dispatcher thread hands crossings to
race control in order, so a slow commit (fsync on a busy disk) never delays the stamping of the next line.
The choice of source is remembered per track (``sensor:<track id>`` setting) and reopened at the next
start. Source events (status, sequence gaps, clock changes) are published on the bus wrapped with the
track, so the timekeeper sees which track's sensor needs attention.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from drem_desktop.bus import Bus
from drem_desktop.service_loop import ServiceLoop
from drem_desktop.services.race_control import CrossingsNotStored, RaceControl
from drem_desktop.settings import SENSOR_PREFIX
from drem_desktop.timing.crossing import Crossing
from drem_desktop.timing.events import CrossingNotRecorded, SourceStatus, TimingEvent
from drem_desktop.timing.source import LapSource
from drem_desktop.timing.spec import open_source

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class TrackTimingEvent:
    """A lap source's event (status, gap, clock change, crossing not recorded) on one track."""

    track_id: str
    event: TimingEvent


def setting_key(track_id: str) -> str:
    return f"{SENSOR_PREFIX}{track_id}"


class CrossingDispatcher:
    """One thread per track that feeds race control in arrival order; a failed commit is reported.

    What queued up while race control was busy goes on as one batch. Triggers that change nothing (a
    bouncing strip, nobody on track) are held by race control until the sensor has been quiet for
    ``quiet_s``, then written in one commit; a lap is always its own commit at once.
    """

    def __init__(
        self, track_id: str, race_control: RaceControl, bus: Bus, batch: int = 1000, quiet_s: float = 0.05
    ) -> None:
        self._track_id = track_id
        self._race_control = race_control
        self._bus = bus
        self._batch = batch
        self._quiet_s = quiet_s
        self._holding = False
        self._queue: queue.SimpleQueue[Crossing | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name=f"crossings-{track_id[:8]}", daemon=True)
        self._thread.start()

    def put(self, crossing: Crossing) -> None:
        self._queue.put(crossing)

    def _run(self) -> None:
        stopping = False
        while not stopping:
            try:
                first = self._queue.get(timeout=self._quiet_s if self._holding else None)
            except queue.Empty:
                self._flush()
                continue
            if first is None:
                break
            batch = [first]
            while len(batch) < self._batch:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    stopping = True
                    break
                batch.append(more)
            self._hand_on(batch)
        self._flush()

    def _hand_on(self, batch: list[Crossing]) -> None:
        try:
            self._race_control.handle_crossings(self._track_id, batch, hold=True)
            self._holding = True
        except CrossingsNotStored as exc:
            self._holding = False
            self._not_recorded(exc.crossings, exc.cause)
        except Exception as exc:
            self._holding = False
            self._not_recorded(batch, exc)

    def _flush(self) -> None:
        self._holding = False
        try:
            self._race_control.flush_crossings(self._track_id)
        except CrossingsNotStored as exc:
            self._not_recorded(exc.crossings, exc.cause)

    def _not_recorded(self, crossings: list[Crossing], exc: BaseException) -> None:
        """The timekeeper must see that these triggers are not laps."""
        log.error("%d crossing(s) on track %s not recorded: %s", len(crossings), self._track_id, exc)
        for crossing in crossings:
            self._bus.publish(
                TrackTimingEvent(
                    self._track_id,
                    CrossingNotRecorded(crossing.source, "", crossing, f"{type(exc).__name__}: {exc}"),
                )
            )

    def close(self, timeout: float = 5.0) -> None:
        """Delivers what is queued, then stops."""
        self._queue.put(None)
        if self._thread is not threading.current_thread():
            self._thread.join(timeout)


class TrackSensors:
    def __init__(
        self,
        race_control: RaceControl,
        bus: Bus,
        service_loop: ServiceLoop,
        get_setting: Callable[[str], Any],
        set_setting: Callable[[str, Any], None],
    ) -> None:
        self._race_control = race_control
        self._bus = bus
        self._loop = service_loop
        self._get = get_setting
        self._set = set_setting
        self._lock = threading.Lock()
        self._sources: dict[str, LapSource] = {}
        self._dispatchers: dict[str, CrossingDispatcher] = {}

    def remembered(self, track_id: str) -> str | None:
        value = self._get(setting_key(track_id))
        return str(value) if value else None

    def attach(self, track_id: str, spec: str, *, remember: bool = True) -> LapSource:
        """Opens the source ``spec`` names for the track (replacing its current one) and starts it.

        A bad spec raises ``SourceSpecError`` and leaves the track as it was.
        """
        loop = self._loop.start().loop if spec.strip().startswith(("ws://", "wss://")) else None
        dispatcher = self._dispatcher(track_id)
        source = open_source(
            spec,
            dispatcher.put,
            lambda event: self._bus.publish(TrackTimingEvent(track_id, event)),
            loop=loop,
            last_sequence=self._race_control.last_sequence,
        )
        with self._lock:
            old = self._sources.pop(track_id, None)
        if old is not None:
            old.stop()
        source.start()
        with self._lock:
            self._sources[track_id] = source
        if remember:
            self._set(setting_key(track_id), spec.strip())
        return source

    def _dispatcher(self, track_id: str) -> CrossingDispatcher:
        with self._lock:
            dispatcher = self._dispatchers.get(track_id)
            if dispatcher is None:
                dispatcher = self._dispatchers[track_id] = CrossingDispatcher(
                    track_id, self._race_control, self._bus
                )
            return dispatcher

    def detach(self, track_id: str, *, forget: bool = True) -> None:
        with self._lock:
            source = self._sources.pop(track_id, None)
        if source is not None:
            source.stop()
        if forget:
            self._set(setting_key(track_id), None)

    def source(self, track_id: str) -> LapSource | None:
        with self._lock:
            return self._sources.get(track_id)

    def status(self, track_id: str) -> SourceStatus | None:
        source = self.source(track_id)
        return source.status if source is not None else None

    def reopen(self, track_ids: list[str]) -> list[str]:
        """Starts the remembered source of each track; returns the tracks whose source failed to open."""
        failed = []
        for track_id in track_ids:
            spec = self.remembered(track_id)
            if not spec or self.source(track_id) is not None:
                continue
            try:
                self.attach(track_id, spec, remember=False)
            except (ValueError, OSError) as exc:
                log.warning("could not reopen sensor %s for track %s: %s", spec, track_id, exc)
                failed.append(track_id)
        return failed

    def stop_all(self, timeout: float = 5.0) -> None:
        """Stops every source, then lets each track's queued crossings reach race control (all within
        ``timeout``, apart from a source's own stop)."""
        end = time.monotonic() + timeout
        with self._lock:
            sources, self._sources = list(self._sources.values()), {}
            dispatchers, self._dispatchers = list(self._dispatchers.values()), {}
        for source in sources:
            source.stop()
        for dispatcher in dispatchers:
            dispatcher.close(max(0.0, end - time.monotonic()))
