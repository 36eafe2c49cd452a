"""Lap sources bound to tracks: every crossing goes to race control for that track.

The choice of source is remembered per track (``sensor:<track id>`` setting) and reopened at the next
start. Source events (status, sequence gaps, clock changes) are published on the bus wrapped with the
track, so the timekeeper sees which track's sensor needs attention.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from drem_desktop.bus import Bus
from drem_desktop.service_loop import ServiceLoop
from drem_desktop.services.race_control import RaceControl
from drem_desktop.timing.crossing import Crossing
from drem_desktop.timing.events import SourceStatus, TimingEvent
from drem_desktop.timing.source import LapSource
from drem_desktop.timing.spec import open_source

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class TrackTimingEvent:
    """A lap source's event (status, gap, clock change, crossing not recorded) on one track."""

    track_id: str
    event: TimingEvent


def setting_key(track_id: str) -> str:
    return f"sensor:{track_id}"


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

    def remembered(self, track_id: str) -> str | None:
        value = self._get(setting_key(track_id))
        return str(value) if value else None

    def attach(self, track_id: str, spec: str, *, remember: bool = True) -> LapSource:
        """Opens the source ``spec`` names for the track (replacing its current one) and starts it.

        A bad spec raises ``SourceSpecError`` and leaves the track as it was.
        """
        loop = self._loop.start().loop if spec.strip().startswith(("ws://", "wss://")) else None
        source = open_source(
            spec,
            lambda crossing: self._crossing(track_id, crossing),
            lambda event: self._bus.publish(TrackTimingEvent(track_id, event)),
            loop=loop,
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

    def _crossing(self, track_id: str, crossing: Crossing) -> None:
        self._race_control.handle_crossing(track_id, crossing)

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

    def stop_all(self) -> None:
        with self._lock:
            sources, self._sources = list(self._sources.values()), {}
        for source in sources:
            source.stop()
