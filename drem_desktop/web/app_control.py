"""What the tablet timekeeper may do, over the real app: the console's operations through race control
(which serializes them with the laptop's keys), the track's queue, and the state both screens show.

Every method may block (SQLite, race control's lock): the web layer calls them from its executor.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from typing import Any, Protocol

from drem_desktop.bus import Bus
from drem_desktop.domain.errors import NotFound
from drem_desktop.domain.run import RunError
from drem_desktop.events import (
    LapRecorded,
    QueueChanged,
    RunCarBack,
    RunCarLost,
    RunChanged,
    RunStateChanged,
    StagingChanged,
)
from drem_desktop.i18n import _
from drem_desktop.services.leaderboards import LeaderboardService
from drem_desktop.services.race_control import RaceControl
from drem_desktop.services.registry import EventService, RacerService
from drem_desktop.services.run_queue import RunQueue
from drem_desktop.services.staging import CarStaging
from drem_desktop.settings import LAPTOP_NAME, Settings

OPERATIONS = (
    "start_pause",
    "lap",
    "reset_plus",
    "reset_minus",
    "dnf",
    "undo",
    "valid",
    "end",
    "submit",
    "next",
    "count_short",
)


class OperationRefused(Exception):
    """The operation does not apply now; ``str()`` says why (shown on the tablet as it is)."""


class ControlServices(Protocol):
    """What the tablet works through (the App holds it; web/ never imports the app)."""

    bus: Bus
    settings: Settings
    race_control: RaceControl
    events: EventService
    racers: RacerService
    queue: RunQueue
    staging: CarStaging
    leaderboards: LeaderboardService

    @property
    def current_event_id(self) -> str | None: ...


class AppControl:
    def __init__(self, app: ControlServices) -> None:
        self.app = app
        self._alerts: dict[str, str] = {}  # track id -> car alert text
        self._lock = threading.Lock()
        app.bus.subscribe(RunCarLost, self._car_lost)
        app.bus.subscribe(RunCarBack, self._car_back)
        app.bus.subscribe(RunStateChanged, self._state_changed)

    # -- who and where ----------------------------------------------------------------------------
    def laptop_name(self) -> str:
        return self.app.settings.get(LAPTOP_NAME) or socket.gethostname()

    def event(self) -> tuple[str, str, list[tuple[int, str, str]]] | None:
        """The current event: id, name and its tracks (number, label, id); None when there is none."""
        event_id = self.app.current_event_id
        if not event_id:
            events = self.app.events.list()
            if not events:
                return None
            event_id = events[0].event_id
        try:
            info = self.app.events.get(event_id)
        except NotFound:
            return None
        return info.event_id, info.name, [(t.number, t.label, t.track_id) for t in info.tracks]

    def track_id(self, number: int) -> str:
        found = self.event()
        if found is None:
            raise NotFound(_("There is no event on this laptop yet."))
        for n, _label, track_id in found[2]:
            if n == number:
                return track_id
        raise NotFound(_("The event has no track {n}.").format(n=number))

    # -- the state both screens show --------------------------------------------------------------
    def state(self, track_number: int) -> dict[str, Any]:
        found = self.event()
        if found is None:
            raise NotFound(_("There is no event on this laptop yet."))
        event_id, event_name, tracks = found
        track = next((t for t in tracks if t[0] == track_number), None)
        if track is None:
            raise NotFound(_("The event has no track {n}.").format(n=track_number))
        _n, label, track_id = track
        rc = self.app.race_control
        view = rc.view(track_id)
        run: dict[str, Any] | None = None
        if view is not None:
            now = rc.now()
            r = view.run
            run = {
                "run_id": view.run_id,
                "racer": self._name(view.racer_id),
                "state": view.state.value,
                "running": view.state.value == "running",
                "time_left_ms": view.time_left_ms(now),
                "race_time_ms": r.config.race_time_ms,
                "current_lap_ms": view.current_lap_ms(now),
                "resets": r.resets,
                "resets_allowed": r.config.resets_per_lap,
                "laps_to_finish": r.config.laps_to_finish,
                "car": view.car_name,
                "short_lap": _short_lap(r),
                "laps": [
                    {"index": lap.index, "time_ms": lap.time_ms, "resets": lap.resets, "valid": lap.valid}
                    for lap in r.laps
                ],
            }
        staging = {s.entry_id: s for s in self.app.staging.status(track_id)}
        queue = []
        for entry in self.app.queue.entries(track_id):
            stage = staging.get(entry.entry_id)
            queue.append(
                {
                    "entry_id": entry.entry_id,
                    "name": self._name(entry.racer_id),
                    "car": stage.car if stage else "",
                    "staging": stage.state if stage else "",
                    "message": stage.message if stage else "",
                }
            )
        with self._lock:
            alert = self._alerts.get(track_id, "")
        return {
            "laptop": self.laptop_name(),
            "event": {"id": event_id, "name": event_name},
            "track": {"number": track_number, "label": label, "id": track_id},
            "tracks": [{"number": n, "label": lbl} for n, lbl, _t in tracks],
            "run": run,
            "queue": queue,
            "alert": alert,
        }

    def _name(self, racer_id: str) -> str:
        try:
            return self.app.racers.get(racer_id).shown_name
        except NotFound:
            return racer_id

    # -- operations -------------------------------------------------------------------------------
    def operate(self, track_number: int, op: str, index: int | None = None) -> str:
        """One console operation on the track; OperationRefused (in words) when it does not apply.

        Returns what race control made of it when that was not the obvious thing (a lap tap sooner than
        the minimum lap time is no lap; a start/pause just after a trigger started the run does not
        pause), else an empty string."""
        if op not in OPERATIONS:
            raise OperationRefused(_("Unknown operation {op}.").format(op=op))
        track_id = self.track_id(track_number)
        rc = self.app.race_control
        try:
            if op == "next":
                self.app.queue.take_next(track_id)
                return ""
            if op == "start_pause":
                if rc.toggle_pause(track_id).notice:  # a trigger started the run just before the tap
                    return _(
                        "The sensor started the run just before your tap, so the tap did not pause it. "
                        "Tap Start / pause again to pause."
                    )
                return ""
            if op == "lap":
                return _short_lap_words(rc.capture_lap(track_id))
            if op == "count_short":
                rc.count_short_lap(track_id)
            elif op == "reset_plus":
                rc.add_reset(track_id, 1)
            elif op == "reset_minus":
                rc.add_reset(track_id, -1)
            elif op == "dnf":
                rc.dnf(track_id)
            elif op == "undo":
                rc.undo_false_finish(track_id)
            elif op == "valid":
                view = rc.view(track_id)
                laps = view.run.laps if view is not None else []
                i = len(laps) - 1 if index is None else index
                if not 0 <= i < len(laps):
                    raise OperationRefused(_("There is no such lap to change."))
                rc.set_valid(track_id, i, not laps[i].valid)
            elif op == "end":
                rc.end(track_id)
            elif op == "submit":
                run = rc.submit(track_id)  # the submit says where it put the racer, as on the console
                return self.app.leaderboards.standing_text(run.event_id, run.track_id, run.racer_id)
        except RunError as exc:
            raise OperationRefused(str(exc)) from None
        return ""

    # -- following changes ------------------------------------------------------------------------
    def watch(self, on_change: Callable[[str], None]) -> Callable[[], None]:
        """``on_change(track_id)`` on any thread whenever what a tablet shows may have changed."""
        bus = self.app.bus
        unsubscribes = [
            bus.subscribe(LapRecorded, lambda e: on_change(e.track_id)),
            bus.subscribe(RunChanged, lambda e: on_change(e.track_id)),
            bus.subscribe(RunStateChanged, lambda e: on_change(e.track_id)),
            bus.subscribe(QueueChanged, lambda e: on_change(e.track_id)),
            bus.subscribe(StagingChanged, lambda e: on_change(e.track_id)),
            bus.subscribe(RunCarLost, lambda e: on_change(e.track_id)),
            bus.subscribe(RunCarBack, lambda e: on_change(e.track_id)),
        ]

        def unsubscribe() -> None:
            for u in unsubscribes:
                u()

        return unsubscribe

    def _car_lost(self, e: RunCarLost) -> None:
        with self._lock:
            self._alerts[e.track_id] = e.message

    def _car_back(self, e: RunCarBack) -> None:
        with self._lock:
            self._alerts.pop(e.track_id, None)

    def _state_changed(self, e: RunStateChanged) -> None:
        if e.state in ("submitted", "discarded"):
            with self._lock:
                self._alerts.pop(e.track_id, None)


def _short_lap(run: Any) -> dict[str, float] | None:
    """The lap tap or key that came sooner than the minimum lap time and can still be counted anyway."""
    press = run.short_press
    if press is None or run.last_boundary is None or run.state.value != "running":
        return None
    return {"after_ms": press.since(run.last_boundary), "minimum_ms": run.config.min_lap_ms}


def _short_lap_words(view: Any) -> str:
    short = _short_lap(view.run) if view is not None else None
    if short is None:
        return ""
    return _(
        "Lap {after:.3f} s after the lap began: shorter than the event's minimum lap time ({minimum:.3f} s), "
        "so it is not a lap. Tap Count it anyway if the car did go round."
    ).format(after=short["after_ms"] / 1000, minimum=short["minimum_ms"] / 1000)
