"""The run queue: racers on deck per track, and taking the next one onto the track (the N key).

Changes are committed, then ``QueueChanged`` is published. Putting a racer on the track by any means (the
queue, the picker, the tablet) takes them off that track's queue; when their car was staged (loaded with
their model while the previous racer drove), taking them from the queue names that car for the run.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from drem_desktop.bus import Bus
from drem_desktop.domain.errors import NotFound
from drem_desktop.domain.records import QueueEntryRecord, RacerRecord
from drem_desktop.domain.run import RunError
from drem_desktop.events import QueueChanged, RunStateChanged
from drem_desktop.i18n import _
from drem_desktop.services.race_control import RaceControl, RunView
from drem_desktop.services.registry import EventService, RacerService
from drem_desktop.services.worker import Worker
from drem_desktop.store.queue_repo import QueueRepository

log = logging.getLogger(__name__)

StagedCar = Callable[[str], str | None]
"""entry id → the car staged (ready) for that queued racer, if any."""


class QueueEmpty(RunError):
    """N with nobody on deck: the timekeeper picks a racer from the list instead."""


class RunQueue:
    def __init__(
        self,
        repo: QueueRepository,
        bus: Bus,
        race_control: RaceControl,
        events: EventService,
        racers: RacerService,
    ) -> None:
        self.repo = repo
        self._bus = bus
        self._race_control = race_control
        self._events = events
        self._racers = racers
        self.staged_car: StagedCar = lambda _entry_id: None
        self._worker = Worker("run-queue")
        bus.subscribe(RunStateChanged, self._on_run_state)

    def close(self, timeout: float = 5.0) -> None:
        self._worker.close(timeout)

    # -- reading ----------------------------------------------------------------------------------
    def entries(self, track_id: str) -> list[QueueEntryRecord]:
        return self.repo.list(track_id)

    def next_entry(self, track_id: str) -> QueueEntryRecord | None:
        entries = self.repo.list(track_id)
        return entries[0] if entries else None

    # -- changing ---------------------------------------------------------------------------------
    def _changed(self, entry: QueueEntryRecord) -> None:
        self._bus.publish(QueueChanged(entry.event_id, entry.track_id))

    def add(
        self, track_id: str, racer_id: str, model_id: str | None = None, position: int | None = None
    ) -> QueueEntryRecord:
        entry = self.repo.add(track_id, racer_id, model_id, position)
        self._changed(entry)
        return entry

    def find_racer(self, name: str) -> RacerRecord:
        """A racer by username, else by display name (both ignoring case); NotFound in plain words."""
        text = name.strip()
        if not text:
            raise NotFound(_("Type the racer's username or name."))
        try:
            return self._racers.by_username(text)
        except NotFound:
            pass
        folded = text.casefold()
        matches = [r for r in self._racers.list(text) if r.display_name.strip().casefold() == folded]
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise NotFound(
                _("Several racers are called {name}: add them by username ({names}).").format(
                    name=text, names=", ".join(r.username for r in matches)
                )
            )
        raise NotFound(
            _("No racer called {name}: register them in Racers, or check the spelling.").format(name=text)
        )

    def add_by_name(self, track_id: str, name: str, position: int | None = None) -> QueueEntryRecord:
        return self.add(track_id, self.find_racer(name).racer_id, position=position)

    def move(self, entry_id: str, position: int) -> list[QueueEntryRecord]:
        order = self.repo.move(entry_id, position)
        if order:
            self._changed(order[0])
        return order

    def set_model(self, entry_id: str, model_id: str | None) -> QueueEntryRecord:
        entry = self.repo.set_model(entry_id, model_id)
        self._changed(entry)
        return entry

    def remove(self, entry_id: str) -> QueueEntryRecord:
        entry = self.repo.remove(entry_id)
        self._changed(entry)
        return entry

    def take_next(
        self, track_id: str, *, raced_by_proxy: bool = False, override_reason: str | None = None
    ) -> RunView:
        """Puts the next racer on deck on the track, in the staged car when one is ready.

        Raises QueueEmpty, or the race control error (track busy, max runs reached) with the racer left
        on deck.
        """
        entry = self.next_entry(track_id)
        if entry is None:
            raise QueueEmpty(_("Nobody is on deck for this track: add racers to the queue, or pick one."))
        config = self._events.get(entry.event_id).config
        car = self.staged_car(entry.entry_id) or ""
        view = self._race_control.prepare(
            entry.event_id,
            track_id,
            entry.racer_id,
            config,
            raced_by_proxy=raced_by_proxy,
            car_name=car,
            override_reason=override_reason,
        )
        self._leave_queue(entry.entry_id, view.run_id)
        return view

    def _leave_queue(self, entry_id: str, run_id: str) -> None:
        try:
            entry = self.repo.mark_on_track(entry_id, run_id)
        except NotFound:
            return  # already taken off (the subscriber below got there first)
        self._changed(entry)

    def _on_run_state(self, e: RunStateChanged) -> None:
        """A racer put on the track any other way leaves that track's queue (off the publisher's thread)."""
        if e.state == "ready" and e.previous == "":
            self._worker.submit(self._racer_on_track, e.track_id, e.racer_id, e.run_id)

    def _racer_on_track(self, track_id: str, racer_id: str, run_id: str) -> None:
        for entry in self.repo.list(track_id):
            if entry.racer_id == racer_id:
                self._leave_queue(entry.entry_id, run_id)

    def wait_idle(self, timeout: float = 10.0) -> bool:
        return self._worker.wait_idle(timeout)
