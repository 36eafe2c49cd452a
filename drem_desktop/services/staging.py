"""Pre-staged cars: while the current racer drives, the next racers' models go onto spare cars.

For each track, the spare cars are the cars of the track's fleet that answer and drive in no live run.
The first racers on deck get one spare car each, in queue order; their chosen model (or newest ready one)
is pushed and loaded there in the background through the car service, at most ``max_pushes`` at a time for
the whole laptop, and the car's tail light takes the racer's colour once it is ready. Reordering the queue
moves cars to the racers who now go first (a push for someone further back is cancelled); a car that drops
mid-push is reported and retried (on another spare car if there is one, else when it answers again).

Nothing here runs on the publisher's thread: bus events only poke one worker thread, and car work runs on
the car service's loop. Timing never waits for staging.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from drem_desktop.bus import Bus
from drem_desktop.cars.events import CarJobFinished, CarJobProgressed, CarLost, CarSeen
from drem_desktop.cars.tail_light import IDLE, parse_colour
from drem_desktop.domain.model_records import ModelRecord, ModelStatus
from drem_desktop.domain.records import QueueEntryRecord
from drem_desktop.events import EventChanged, QueueChanged, RunStateChanged, StagingChanged
from drem_desktop.i18n import _
from drem_desktop.models.events import ModelReceived, ModelStatusChanged
from drem_desktop.services.worker import Worker

if TYPE_CHECKING:
    from drem_desktop.cars.service import CarService
    from drem_desktop.models.library import ModelLibrary
    from drem_desktop.services.race_control import RaceControl
    from drem_desktop.services.registry import EventService, RacerService
    from drem_desktop.services.run_queue import RunQueue

log = logging.getLogger(__name__)

LIVE_STATES = frozenset({"ready", "running", "paused", "over"})
RETRY_DELAYS_S = (5.0, 15.0, 45.0, 120.0)
PROGRESS_EVERY_S = 0.25


def default_model(models: list[ModelRecord]) -> ModelRecord | None:
    """The racer's newest ready model (the library lists newest first), else their newest loadable one."""
    ready = [m for m in models if m.status == ModelStatus.READY]
    shown = [m for m in models if m.status != ModelStatus.RETIRED]
    found = ready or shown
    return found[0] if found else None


@dataclass
class Stage:
    """One queued racer's car, as far as staging got."""

    entry: QueueEntryRecord
    car: str = ""
    model_id: str | None = None
    model_name: str = ""
    state: str = "waiting"
    done: int = 0
    total: int = 0
    message: str = ""
    job_id: str | None = None
    handle: Any = None
    attempts: int = 0
    retry_at: float = 0.0
    last_progress: float = 0.0
    last_percent: int = -1

    def event(self) -> StagingChanged:
        e = self.entry
        return StagingChanged(
            e.event_id,
            e.track_id,
            e.entry_id,
            e.racer_id,
            self.car,
            self.model_name,
            self.state,
            self.done,
            self.total,
            self.message,
        )


class CarStaging:
    def __init__(
        self,
        bus: Bus,
        queue: RunQueue,
        cars: CarService,
        events: EventService,
        racers: RacerService,
        models: ModelLibrary,
        race_control: RaceControl,
        *,
        max_pushes: int = 2,
        enabled: Callable[[], bool] = lambda: True,
        clock: Callable[[], float] = time.monotonic,
        retry_delays_s: tuple[float, ...] = RETRY_DELAYS_S,
    ) -> None:
        """``queue`` is the RunQueue, ``cars`` the CarService, ``events`` the EventService, ``racers`` the
        RacerService, ``models`` the ModelLibrary and ``race_control`` RaceControl."""
        self._bus = bus
        self._queue = queue
        self._cars = cars
        self._events = events
        self._racers = racers
        self._models = models
        self._race_control = race_control
        self.max_pushes = max_pushes
        self._enabled = enabled
        self._clock = clock
        self.retry_delays_s = retry_delays_s
        self._lock = threading.Lock()
        self._stages: dict[str, Stage] = {}  # entry id -> stage
        self._jobs: dict[str, str] = {}  # job id -> entry id
        self._on_car: dict[str, str] = {}  # car -> model id we installed there this session
        self._tracks: set[str] = set()  # tracks with a queue seen this session
        self._timer: threading.Timer | None = None
        self._closed = False
        self._worker = Worker("car-staging")
        queue.staged_car = self.ready_car
        self._unsubscribe = [
            bus.subscribe(QueueChanged, lambda e: self.poke(e.track_id)),
            bus.subscribe(RunStateChanged, self._on_run_state),
            bus.subscribe(CarSeen, self._on_car_seen),
            bus.subscribe(CarLost, lambda e: self.poke()),
            bus.subscribe(EventChanged, lambda e: self.poke()),
            bus.subscribe(ModelReceived, lambda e: self.poke()),
            bus.subscribe(ModelStatusChanged, lambda e: self.poke()),
            bus.subscribe(CarJobProgressed, self._on_progress),
            bus.subscribe(CarJobFinished, self._on_finished),
        ]

    def close(self, timeout: float = 5.0) -> None:
        self._closed = True
        for u in self._unsubscribe:
            u()
        if self._timer is not None:
            self._timer.cancel()
        with self._lock:
            handles = [s.handle for s in self._stages.values() if s.handle is not None]
        for h in handles:
            h.cancel()
        self._worker.close(timeout)

    # -- reading ----------------------------------------------------------------------------------
    def ready_car(self, entry_id: str) -> str | None:
        """The car staged and ready for this queued racer (the run queue names it for their run)."""
        with self._lock:
            s = self._stages.get(entry_id)
            return s.car if s is not None and s.state == "ready" else None

    def status(self, track_id: str) -> list[StagingChanged]:
        """Every racer on deck for the track, in queue order, with their car's state."""
        with self._lock:
            stages = [s for s in self._stages.values() if s.entry.track_id == track_id]
            return [s.event() for s in sorted(stages, key=lambda s: s.entry.position)]

    def expected_model(self, car: str) -> str | None:
        """The model name the racer staged on ``car`` will drive (car health compares it with the car's)."""
        with self._lock:
            for s in self._stages.values():
                if s.car == car and s.model_name:
                    return s.model_name
        return None

    def wait_idle(self, timeout: float = 10.0) -> bool:
        return self._worker.wait_idle(timeout)

    # -- triggers (any thread) --------------------------------------------------------------------
    def poke(self, track_id: str | None = None) -> None:
        if track_id is not None:
            with self._lock:
                self._tracks.add(track_id)
        if not self._closed:
            self._worker.soon("reconcile", self._reconcile_all)

    def _on_run_state(self, e: RunStateChanged) -> None:
        self.poke(e.track_id)

    def _on_car_seen(self, e: CarSeen) -> None:
        """A car that failed mid-push and answers again gets its retry now."""
        key = e.car.key
        with self._lock:
            for s in self._stages.values():
                if s.state == "failed" and s.car in (key, e.car.hostname.lower()):
                    s.retry_at = 0.0
        self.poke()

    def _stage_of_job(self, job_id: str) -> Stage | None:
        entry_id = self._jobs.get(job_id)
        return self._stages.get(entry_id) if entry_id else None

    def _on_progress(self, e: CarJobProgressed) -> None:
        with self._lock:
            s = self._stage_of_job(e.job_id)
            if s is None:
                return
            s.done, s.total = e.done, e.total
            pct = f" {int(100 * e.done / e.total)} %" if e.total else ""
            s.message = _("loading{pct} onto {car} ({stage})").format(pct=pct, car=s.car, stage=e.stage)
            now = self._clock()
            percent = int(100 * e.done / e.total) if e.total else -1
            if percent == s.last_percent and now - s.last_progress < PROGRESS_EVERY_S:
                return  # at most one update per percent (or per quarter second) reaches the screens
            s.last_progress, s.last_percent = now, percent
            event = s.event()
        self._bus.publish(event)

    def _on_finished(self, e: CarJobFinished) -> None:
        with self._lock:
            s = self._stage_of_job(e.job_id)
            if s is None or s.car != e.car:
                if e.ok and e.kind == "push" and e.job_id not in self._jobs:
                    self._on_car.pop(e.car, None)  # someone loaded another model there by hand
                return
            self._jobs.pop(e.job_id, None)
            s.handle = None
            s.job_id = None
            if e.ok:
                s.state = "ready"
                s.done = s.total = max(s.total, 1)
                s.attempts = 0
                s.message = _("ready on {car}").format(car=s.car)
                if s.model_id:
                    self._on_car[s.car] = s.model_id
                colour = self._colour(s.entry.racer_id)
                car = s.car
            else:
                s.attempts += 1
                delays = self.retry_delays_s
                delay = delays[min(s.attempts - 1, len(delays) - 1)]
                s.retry_at = self._clock() + delay
                s.state = "failed"
                s.message = _("{error} Retrying in {s:.0f} s.").format(
                    error=(e.error or _("The push failed.")).strip(), s=delay
                )
                self._on_car.pop(s.car, None)
                colour = None
                car = s.car
                self._schedule(delay)
            event = s.event()
        self._bus.publish(event)
        if colour is not None:
            self._cars.set_tail_light([car], colour)
        self.poke()

    def _colour(self, racer_id: str) -> str | tuple[int, int, int]:
        try:
            return parse_colour(self._racers.get(racer_id).highlight_colour or "white")
        except Exception:
            return IDLE

    def _schedule(self, delay: float) -> None:
        """Reconcile again when a retry is due (one timer; the earliest wins)."""
        if self._closed:
            return
        if self._timer is not None:
            self._timer.cancel()
        self._timer = threading.Timer(delay + 0.05, self.poke)
        self._timer.daemon = True
        self._timer.start()

    # -- the work (worker thread) -----------------------------------------------------------------
    def _reconcile_all(self) -> None:
        with self._lock:
            tracks = set(self._tracks) | {s.entry.track_id for s in self._stages.values()}
        if not tracks:
            return
        busy = {v.car_name.strip().lower() for v in self._race_control.views() if v.car_name}
        claimed: set[str] = set()
        for track_id in sorted(tracks):
            try:
                self._reconcile(track_id, busy, claimed)
            except Exception:
                log.exception("staging for track %s failed", track_id)

    def _usable_cars(self, fleet_id: str, busy: set[str]) -> list[str]:
        online = {c.key for c in self._cars.cars.cars() if c.online}
        return [c for c in self._cars.fleet_cars(fleet_id) if c in online and c.lower() not in busy]

    def _reconcile(self, track_id: str, busy: set[str], claimed: set[str]) -> None:
        entries = self._queue.entries(track_id)
        publish: list[StagingChanged] = []
        cancel: list[Any] = []
        starts: list[Stage] = []
        try:
            track = self._events.track(track_id)
        except Exception:
            track = None
        fleet_id = track.fleet_id if track is not None else None
        usable = self._usable_cars(fleet_id, busy) if fleet_id and self._enabled() else []
        with self._lock:
            live_ids = {e.entry_id for e in entries}
            for entry_id in [i for i, s in self._stages.items() if s.entry.track_id == track_id]:
                if entry_id not in live_ids:  # left the queue (on track, removed): let its car go
                    gone = self._stages.pop(entry_id)
                    if gone.handle is not None:
                        cancel.append(gone.handle)
                        self._jobs.pop(gone.job_id or "", None)
            for entry in entries:
                s = self._stages.get(entry.entry_id)
                if s is None:
                    s = self._stages[entry.entry_id] = Stage(entry)
                    publish_new = True
                else:
                    publish_new = s.entry != entry
                    s.entry = entry
                if publish_new:
                    publish.append(s.event())
            ordered = [self._stages[e.entry_id] for e in entries]
            if not self._enabled():
                for s in ordered:
                    self._release(s, cancel, "off", _("Staging is switched off in Settings."))
                    publish.append(s.event())
            elif not fleet_id:
                for s in ordered:
                    self._release(
                        s,
                        cancel,
                        "no_fleet",
                        _("Give this track a fleet (Event → tracks) to pre-load its cars."),
                    )
                    publish.append(s.event())
            else:
                publish += self._assign(ordered, [c for c in usable if c not in claimed], cancel, starts)
                claimed.update(s.car for s in ordered if s.car)
        for handle in cancel:
            handle.cancel()
        for s in starts:
            self._start_push(s)
        for event in publish:
            self._bus.publish(event)

    def _release(self, s: Stage, cancel: list[Any], state: str, message: str) -> None:
        if s.handle is not None:
            cancel.append(s.handle)
            self._jobs.pop(s.job_id or "", None)
            s.handle = s.job_id = None
        s.car, s.state, s.message, s.done, s.total = "", state, message, 0, 0

    def _assign(
        self, ordered: list[Stage], usable: list[str], cancel: list[Any], starts: list[Stage]
    ) -> list[StagingChanged]:
        """Under the lock: the first len(usable) racers get a car each; the others wait."""
        changed: list[StagingChanged] = []
        wanted = ordered[: len(usable)]
        for s in ordered[len(usable) :]:  # further back than there are cars: no car for now
            if s.car or s.state != "waiting":
                self._release(s, cancel, "waiting", _("waiting for a spare car"))
                changed.append(s.event())
            elif not s.message:
                s.message = _("waiting for a spare car")
        for s in wanted:  # a car that left the fleet, went offline or is now driving is no longer theirs
            if s.car and s.car not in usable:
                was_failed = s.state == "failed"
                self._release(s, cancel, "waiting", _("waiting for a spare car"))
                if was_failed:
                    s.state = "failed"  # keeps its attempt count and retry time
                changed.append(s.event())
        taken = {s.car for s in wanted if s.car}
        free = [c for c in usable if c not in taken]
        now = self._clock()
        for s in wanted:
            model = self._model_for(s)
            name = model.name if model is not None else ""
            model_id = model.model_id if model is not None else None
            if model is None:
                if s.state != "no_model":
                    self._release(
                        s,
                        cancel,
                        "no_model",
                        _("no model in the library for this racer: add one on the Models page"),
                    )
                    changed.append(s.event())
                continue
            if s.car and s.model_id != model_id:  # the racer's model changed: push the new one
                self._release(s, cancel, "waiting", "")
            if not s.car:
                if s.state == "failed" and now < s.retry_at:
                    continue
                if not free:
                    continue
                pick = next((c for c in free if self._on_car.get(c) == model_id), free[0])
                free.remove(pick)
                s.car, s.model_id, s.model_name = pick, model_id, name
                s.state, s.done, s.total = "queued", 0, 0
                s.message = _("{model} will go onto {car}").format(model=name, car=pick)
                changed.append(s.event())
            if s.state in ("queued", "failed") and s.handle is None and now >= s.retry_at:
                starts.append(s)
        running = sum(1 for st in self._stages.values() if st.handle is not None or st.state == "starting")
        room = max(0, self.max_pushes - running)
        chosen = starts[:room]
        del starts[room:]
        for s in chosen:
            s.state = "starting"
        return changed

    def _model_for(self, s: Stage) -> ModelRecord | None:
        models = self._models.models(s.entry.racer_id)
        if s.entry.model_id:
            chosen: ModelRecord | None = next((m for m in models if m.model_id == s.entry.model_id), None)
            if chosen is not None:
                return chosen
        return default_model(models)

    def _start_push(self, s: Stage) -> None:
        with self._lock:
            car, model_id = s.car, s.model_id
            if not car or model_id is None:
                s.state = "queued"
                return
        if self._on_car.get(car) == model_id:  # installed and loaded there this session already
            with self._lock:
                s.state, s.done, s.total = "ready", 1, 1
                s.message = _("ready on {car}").format(car=car)
                event = s.event()
            self._bus.publish(event)
            self._cars.set_tail_light([car], self._colour(s.entry.racer_id))
            return
        job_id = uuid.uuid4().hex
        with self._lock:
            self._jobs[job_id] = s.entry.entry_id  # its first events may come before push_models returns
            s.job_id = job_id
        try:
            model = next(m for m in self._models.models(s.entry.racer_id) if m.model_id == model_id)
            path: Path = self._models.path_of(model)
            handle = self._cars.push_models({car: path}, load=self._cars.can_load(car), job_id=job_id)
        except Exception as exc:
            log.exception("staging push to %s not started", car)
            with self._lock:
                self._jobs.pop(job_id, None)
                s.job_id = None
                s.state, s.attempts = "failed", s.attempts + 1
                s.retry_at = self._clock() + self.retry_delays_s[0]
                s.message = str(exc)
                event = s.event()
            self._bus.publish(event)
            self._schedule(self.retry_delays_s[0])
            return
        with self._lock:
            if self._stages.get(s.entry.entry_id) is not s or s.car != car or s.job_id != job_id:
                self._jobs.pop(job_id, None)
                handle.cancel()  # released while starting
                return
            if s.state == "starting":  # not already finished (a very quick refusal)
                s.handle = handle
                s.state = "loading"
                s.message = _("loading onto {car}").format(car=car)
            event = replace(s.event())
        self._bus.publish(event)
