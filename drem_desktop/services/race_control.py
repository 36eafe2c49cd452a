"""Race control: the only writer of live runs. Every change is committed, then published.

One lock serializes all operations, whichever thread they come from (keys on the UI thread, sensor reader
threads, the Pi-timer client). An operation works on a copy of the run; the copy replaces the live run only
after the database commit succeeded, so a failed write (full disk, locked file) changes nothing.
"""

from __future__ import annotations

import collections
import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from drem_desktop.bus import Bus
from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.domain.records import CrossingRecord, LapRecord
from drem_desktop.domain.run import (
    Lap,
    Run,
    RunError,
    RunState,
    Stamp,
    TriggerOutcome,
    check_max_runs,
)
from drem_desktop.events import CrossingLogged, LapRecorded, RunChanged, RunStateChanged
from drem_desktop.i18n import _
from drem_desktop.store.runs_repo import RunRepository, run_order
from drem_desktop.timing.crossing import Crossing

# Space this soon after a sensor trigger started (or resumed) the run is the timekeeper starting the same
# run by hand: it must not pause it.
SPACE_AFTER_SENSOR_START_MS = 1_000.0
KEYBOARD = "keyboard"  # the crossing log's source for a lap key that made no lap

log = logging.getLogger(__name__)


def monotonic_ms() -> float:
    return time.monotonic() * 1000.0


def wall_minus_monotonic_ms() -> float:
    return time.time() * 1000.0 - monotonic_ms()


def _trigger_at(stamp: Stamp) -> Callable[[Run], TriggerOutcome]:
    return lambda run: run.trigger(stamp)


class CrossingsNotStored(Exception):
    """Triggers that reached race control but not the disk (e.g. it is full); ``crossings`` in order."""

    def __init__(self, crossings: list[Crossing], cause: BaseException) -> None:
        super().__init__(f"{len(crossings)} trigger(s) not stored: {type(cause).__name__}: {cause}")
        self.crossings = crossings
        self.cause = cause


@dataclass(frozen=True, slots=True)
class _Pending:
    """A trigger that changed nothing, waiting to share the next commit."""

    row: CrossingRecord
    crossing: Crossing
    outcome: TriggerOutcome


@dataclass(slots=True)
class ActiveRun:
    run_id: str
    event_id: str
    track_id: str
    racer_id: str
    order: str
    raced_by_proxy: bool
    run: Run
    car_name: str = ""

    def view(self, change: RunChange | None = None) -> RunView:
        return RunView(
            self.run_id,
            self.event_id,
            self.track_id,
            self.racer_id,
            self.raced_by_proxy,
            self.run.copy(),
            self.car_name,
            change,
        )


@dataclass(frozen=True, slots=True)
class RunChange:
    """What one operation changed (Anki's OpChanges), so a screen redraws that and reads nothing again."""

    initiator: str = ""  # who asked (``RaceControl.initiated_by``); "" for sensors
    laps: tuple[int, ...] = ()  # indexes of laps added, changed or removed
    state: bool = False  # the run's state moved
    boards: bool = False  # the leaderboards move too (a lap came, went or changed validity; run ended)


@dataclass(frozen=True, slots=True)
class RunView:
    """A consistent copy of a live run for screens: clocks are computed from it, not accumulated."""

    run_id: str
    event_id: str
    track_id: str
    racer_id: str
    raced_by_proxy: bool
    run: Run
    car_name: str = ""
    change: RunChange | None = None  # set on what an operation returns
    notice: str = ""  # what race control made of the operation when it did not do the obvious thing

    @property
    def state(self) -> RunState:
        return self.run.state

    def time_left_ms(self, now_ms: float | None = None) -> float | None:
        return self.run.time_left_ms(monotonic_ms() if now_ms is None else now_ms)

    def current_lap_ms(self, now_ms: float | None = None) -> float:
        return self.run.current_lap_ms(monotonic_ms() if now_ms is None else now_ms)


class RaceControl:
    def __init__(
        self,
        runs: RunRepository,
        bus: Bus,
        *,
        clock: Callable[[], float] = monotonic_ms,
        on_submitted: Callable[[str], object] | None = None,
    ) -> None:
        self._runs = runs
        self._bus = bus
        self._clock = clock
        self._on_submitted = on_submitted
        self._lock = threading.RLock()
        self._depth = 0  # nesting of _changing() on the thread that holds the lock
        self._outbox: collections.deque[object] = collections.deque()  # committed, not yet published
        self._publishing = threading.Lock()
        self._initiator = threading.local()  # who the current thread's operations are for
        self._active: dict[str, ActiveRun] = {}
        self._pending: dict[str, list[_Pending]] = {}  # by track: triggers that changed nothing, unwritten
        self.recover()

    # -- publishing: after the lock, in commit order ------------------------------------------------
    @contextlib.contextmanager
    def _changing(self) -> Iterator[None]:
        """Holds the race lock for a change; its events are published once the lock is released, so no
        subscriber runs inside it (the next lap's commit never waits for a leaderboard or a car)."""
        with self._lock:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
                outermost = self._depth == 0
        if outermost:
            self._flush()

    @contextlib.contextmanager
    def initiated_by(self, initiator: str) -> Iterator[None]:
        """Operations on this thread within the block carry ``initiator`` in their events and their
        RunChange, so the screen that asked can tell its own changes from everyone else's."""
        previous = getattr(self._initiator, "value", "")
        self._initiator.value = initiator
        try:
            yield
        finally:
            self._initiator.value = previous

    @property
    def _by(self) -> str:
        by: str = getattr(self._initiator, "value", "")
        return by

    def _emit(self, event: object) -> None:
        self._outbox.append(event)  # under the race lock: the outbox is in commit order

    def _flush(self) -> None:
        """Publishes what is committed, oldest first. Two threads never publish at once (order is kept);
        inline subscribers only hop threads, so the wait here is microseconds."""
        with self._publishing:
            while True:
                try:
                    event = self._outbox.popleft()
                except IndexError:
                    return
                self._bus.publish(event)

    # -- start-up ---------------------------------------------------------------------------------
    def recover(self) -> list[str]:
        """Reopens every run that was live when the last process stopped (even by SIGKILL)."""
        offset_now = wall_minus_monotonic_ms()
        with self._lock:
            for row in self._runs.live_runs():
                saved = row.live_state.get("wall_minus_monotonic_ms")
                shift = float(saved) - offset_now if saved is not None else 0.0
                run = Run.restore(row.config, row.state, row.laps, row.live_state, shift)
                self._active[row.track_id] = ActiveRun(
                    row.run_id,
                    row.event_id,
                    row.track_id,
                    row.racer_id,
                    run_order(row.created_at, row.run_id),
                    row.raced_by_proxy,
                    run,
                    row.car_name,
                )
            return [a.run_id for a in self._active.values()]

    # -- reading ----------------------------------------------------------------------------------
    def view(self, track_id: str) -> RunView | None:
        with self._lock:
            a = self._active.get(track_id)
            if a is None:
                return None
            return a.view()

    def views(self) -> list[RunView]:
        with self._lock:
            return [v for t in list(self._active) if (v := self.view(t)) is not None]

    def now(self) -> float:
        return self._clock()

    def crossings(self, track_id: str, limit: int = 200) -> list[CrossingRecord]:
        """The track's most recent raw triggers, newest first (kept across restarts)."""
        return self._runs.crossings(track_id, limit)

    def runs_done(self, event_id: str, racer_id: str) -> int:
        """Runs that count against the event's max runs per racer (submitted, not deleted)."""
        return self._runs.runs_done(event_id, racer_id)

    def runs_done_by_racer(self, event_id: str) -> dict[str, int]:
        """``runs_done`` of every racer of the event (racers with none are absent)."""
        return self._runs.runs_done_by_racer(event_id)

    # -- creating a run ---------------------------------------------------------------------------
    def prepare(
        self,
        event_id: str,
        track_id: str,
        racer_id: str,
        config: RaceConfig,
        *,
        raced_by_proxy: bool = False,
        car_name: str = "",
        override_reason: str | None = None,
    ) -> RunView:
        """Puts a racer on the track, ready to start; enforces max runs unless a reason is given."""
        with self._changing():
            current = self._active.get(track_id)
            if current is not None:
                raise RunError(
                    _("Track already has a run in progress: end or discard it before picking the next racer.")
                )
            try:  # triggers that came before this racer are logged (and heard of) before the racer is
                self._flush_pending(track_id)
            except Exception:  # kept waiting; a full disk fails the create below in words
                log.warning("triggers of track %s not written before a new run", track_id, exc_info=True)
            done = self._runs.runs_done(event_id, racer_id)
            check_max_runs(config, done, override_reason)
            needs_override = config.max_runs_per_racer is not None and done >= config.max_runs_per_racer
            record = self._runs.create(
                event_id,
                track_id,
                racer_id,
                config,
                raced_by_proxy=raced_by_proxy,
                car_name=car_name,
                max_runs_override=(override_reason or "").strip() if needs_override else "",
            )
            active = ActiveRun(
                record.run_id,
                event_id,
                track_id,
                racer_id,
                run_order(record.created_at, record.run_id),
                raced_by_proxy,
                Run(config),
                car_name,
            )
            self._active[track_id] = active
            self._publish_state(active, RunState.READY, "")
            return active.view()

    # -- operations -------------------------------------------------------------------------------
    def _stamp(self) -> Stamp:
        return Stamp(self._clock())

    def _get(self, track_id: str) -> ActiveRun:
        a = self._active.get(track_id)
        if a is None:
            raise RunError(_("No racer is on this track: pick the next racer first."))
        return a

    def _apply(
        self,
        track_id: str,
        op: Callable[[Run], Any],
        *,
        crossing: Crossing | None = None,
        stamp: Stamp | None = None,
    ) -> tuple[ActiveRun, Any, RunChange]:
        """Runs ``op`` on a copy, commits what it changed, then swaps the copy in and publishes."""
        a = self._get(track_id)
        before = a.run
        work = before.copy()
        result = op(work)
        new_lap: Lap | None = None
        removed: int | None = None
        changed: Lap | None = None
        if len(work.laps) > len(before.laps):
            new_lap = work.laps[-1]
        elif len(work.laps) < len(before.laps):
            removed = len(before.laps) - 1
        else:
            for old, new in zip(before.laps, work.laps, strict=True):
                if old.valid != new.valid:
                    changed = new
        live = work.live_state()
        live["wall_minus_monotonic_ms"] = wall_minus_monotonic_ms()
        row = None
        if crossing is not None:
            since = _since_lap_start(before, crossing, result, new_lap)
            row = self._crossing_row(track_id, a.run_id, crossing, result, since)
        earlier = self._pending.get(track_id, [])  # triggers before this one, waiting for a commit
        self._runs.save(
            a.run_id,
            work,
            live,
            new_lap=new_lap,
            removed_lap=removed,
            changed_lap=changed,
            crossing=row,
            earlier_crossings=[p.row for p in earlier],
        )
        self._pending.pop(track_id, None)
        for p in earlier:  # they came first: their log lines come first too
            self._publish_crossing(p.row)
        a.run = work
        self._after_commit(a, before, work, new_lap, removed, changed, stamp)
        if row is not None:  # logged with the lap it made (or did not)
            self._publish_crossing(row)
        laps = tuple(
            i
            for i in (new_lap.index if new_lap else None, removed, changed.index if changed else None)
            if i is not None
        )
        ended = work.state in (RunState.SUBMITTED, RunState.DISCARDED)
        change = RunChange(self._by, laps, before.state is not work.state, bool(laps) or ended)
        return a, result, change

    def _after_commit(
        self,
        a: ActiveRun,
        before: Run,
        work: Run,
        new_lap: Lap | None,
        removed: int | None,
        changed: Lap | None,
        stamp: Stamp | None,
    ) -> None:
        if new_lap is not None:
            self._emit(
                LapRecorded(
                    a.run_id,
                    a.event_id,
                    a.track_id,
                    a.racer_id,
                    LapRecord(
                        "",
                        a.run_id,
                        new_lap.index,
                        new_lap.time_ms,
                        new_lap.resets,
                        new_lap.valid,
                        new_lap.source.value,
                        flag=new_lap.flag or "",
                    ),
                    a.order,
                    a.raced_by_proxy,
                    stamp.host_ms if stamp else self._clock(),
                    self._by,
                )
            )
        elif removed is not None or changed is not None or before.resets != work.resets:
            what = "undo" if removed is not None else ("validity" if changed is not None else "resets")
            self._emit(RunChanged(a.run_id, a.event_id, a.track_id, a.racer_id, what, self._by))
        if before.state is not work.state:
            self._publish_state(a, work.state, before.state.value)
            if work.state in (RunState.SUBMITTED, RunState.DISCARDED):
                self._active.pop(a.track_id, None)
                if work.state is RunState.SUBMITTED and self._on_submitted is not None:
                    self._on_submitted(a.run_id)

    def _publish_state(self, a: ActiveRun, state: RunState, previous: str) -> None:
        self._emit(
            RunStateChanged(
                a.run_id, a.event_id, a.track_id, a.racer_id, state.value, previous, a.car_name, self._by
            )
        )

    def set_car(self, track_id: str, car_name: str) -> RunView:
        """Names the car the racer on the track drives (before or during the run)."""
        with self._changing():
            a = self._get(track_id)
            if not a.run.is_live:
                raise RunError(_("This run is over: the car can no longer be changed."))
            self._runs.set_car(a.run_id, car_name.strip())
            a.car_name = car_name.strip()
            self._emit(RunChanged(a.run_id, a.event_id, a.track_id, a.racer_id, "car", self._by))
            return a.view()

    def start(self, track_id: str) -> RunView:
        return self._op(track_id, lambda r: r.start(self._stamp()))

    def pause(self, track_id: str) -> RunView:
        return self._op(track_id, lambda r: r.pause(self._stamp()))

    def resume(self, track_id: str) -> RunView:
        return self._op(track_id, lambda r: r.resume(self._stamp()))

    def toggle_pause(self, track_id: str, *, stamp: Stamp | None = None) -> RunView:
        """Space: start, pause or resume. Space just after a sensor trigger started the run does not
        pause it (the timekeeper meant to start it too); the view's notice says so, and the next Space
        pauses."""
        s = stamp or self._stamp()
        with self._changing():
            a = self._get(track_id)
            state = a.run.state
            if state is RunState.READY:
                return self.start(track_id)
            if state is RunState.PAUSED:
                return self.resume(track_id)
            since = a.run.started_by_sensor_within(s, SPACE_AFTER_SENSOR_START_MS)
            if since is not None:
                a.run.sensor_start = None  # not stored: only the next Space is meant
                how = _("started") if not a.run.laps and a.run.race_elapsed_ms == 0 else _("resumed")
                notice = _(
                    "The sensor {how} the run {s:.1f} s before Space, so Space did not pause it. "
                    "Press Space again to pause."
                ).format(how=how, s=since / 1000)
                return replace(a.view(RunChange(self._by)), notice=notice)
            return self.pause(track_id)

    def capture_lap(self, track_id: str, *, stamp: Stamp | None = None) -> RunView:
        """The lap key. Sooner than the minimum lap time after the lap began, it makes no lap (as a
        sensor trigger that close would not): the press is logged and kept, the view's notice says so,
        and ``count_short_lap`` counts it anyway."""
        s = stamp or self._stamp()
        with self._changing():
            a = self._get(track_id)
            key = None
            if a.run.state is RunState.RUNNING and a.run.too_soon(s):
                key = Crossing(KEYBOARD, "lap", s.host_ms)
            a, outcome, change = self._apply(track_id, lambda r: r.press_lap(s), crossing=key, stamp=s)
            view = a.view(change)
            if outcome is TriggerOutcome.DEBOUNCED:
                short = a.run.since_boundary(s) or 0.0
                view = replace(
                    view,
                    notice=_(
                        "Lap key {short:.3f} s after the lap began: shorter than the event's minimum lap "
                        "time ({minimum:.3f} s), so it is not a lap. Press A to count it anyway."
                    ).format(short=short / 1000, minimum=a.run.config.min_lap_ms / 1000),
                )
            return view

    def count_short_lap(self, track_id: str) -> RunView:
        """Counts the last too-short lap key as a lap after all (the timekeeper saw a real lap)."""
        return self._op(track_id, lambda r: r.count_short_lap())

    def add_reset(self, track_id: str, delta: int = 1) -> RunView:
        return self._op(track_id, lambda r: r.add_reset(delta))

    def dnf(self, track_id: str) -> RunView:
        s = self._stamp()
        return self._op(track_id, lambda r: r.dnf(s), stamp=s)

    def undo_false_finish(self, track_id: str) -> RunView:
        return self._op(track_id, lambda r: r.undo_false_finish(self._stamp()))

    def set_valid(self, track_id: str, index: int, valid: bool) -> RunView:
        return self._op(track_id, lambda r: r.set_valid(index, valid))

    def end(self, track_id: str) -> RunView:
        return self._op(track_id, lambda r: r.end(self._stamp()))

    def submit(self, track_id: str) -> RunView:
        """Ends the run if it is still going, then submits it to the leaderboard."""
        with self._changing():
            if self._get(track_id).run.state in (RunState.READY, RunState.RUNNING, RunState.PAUSED):
                self.end(track_id)
            return self._op(track_id, lambda r: r.submit())

    def discard(self, track_id: str) -> RunView:
        return self._op(track_id, lambda r: r.discard())

    def _op(self, track_id: str, op: Callable[[Run], Any], stamp: Stamp | None = None) -> RunView:
        with self._changing():
            a, _result, change = self._apply(track_id, op, stamp=stamp)
            return a.view(change)

    # -- sensors ----------------------------------------------------------------------------------
    def last_sequence(self, clock: str) -> int | None:
        """The last trigger number stored for a sensor clock (sources ask the sensor for what follows)."""
        return self._runs.last_sequence(clock)

    def handle_crossing(self, track_id: str, crossing: Crossing) -> TriggerOutcome:
        """A trigger from any lap source. Always logged; makes a lap unless debounced or no run is live.

        A failed write raises the storage error itself and changes nothing."""
        try:
            return self.handle_crossings(track_id, [crossing])[0]
        except CrossingsNotStored as exc:
            raise exc.cause from None

    def handle_crossings(
        self, track_id: str, crossings: list[Crossing], *, hold: bool = False
    ) -> list[TriggerOutcome]:
        """Triggers in arrival order, each logged. A trigger that changes the run (start, resume, lap) is
        its own commit, made before anything is published; triggers that change nothing (debounced, no
        run live) wait to share the next commit: a burst of bouncing triggers costs a few fsyncs, not one
        each. They are written at the end of the call, or with ``hold`` when :meth:`flush_crossings` is
        called (a dispatcher does that once the sensor goes quiet for a moment).

        Raises :class:`CrossingsNotStored` with every trigger that did not reach the disk.
        """
        outcomes: list[TriggerOutcome] = []
        with self._changing():
            reached = 0
            try:
                for reached, crossing in enumerate(crossings):  # noqa: B007 (read in except)
                    stamp = Stamp(
                        crossing.host_ms,
                        crossing.clock,
                        crossing.sensor_ms,
                        host_known=crossing.host_ms_known,
                        drift_ppm=crossing.clock_drift_ppm,
                    )
                    a = self._active.get(track_id)
                    if a is None or a.run.state not in (RunState.READY, RunState.RUNNING, RunState.PAUSED):
                        outcome = TriggerOutcome.IGNORED
                    else:
                        outcome = a.run.copy().trigger(stamp)  # decide on a copy; _apply does it for real
                    if outcome in (TriggerOutcome.IGNORED, TriggerOutcome.DEBOUNCED):
                        since = _since_lap_start(a.run, crossing, outcome, None) if a else None
                        row = self._crossing_row(track_id, a.run_id if a else None, crossing, outcome, since)
                        self._pending.setdefault(track_id, []).append(_Pending(row, crossing, outcome))
                    else:
                        self._apply(track_id, _trigger_at(stamp), crossing=crossing, stamp=stamp)
                    outcomes.append(outcome)
                reached = len(crossings)
                if not hold:
                    self._flush_pending(track_id)
            except Exception as exc:  # everything since the last commit is lost, in order
                lost = [p.crossing for p in self._pending.pop(track_id, [])] + crossings[reached:]
                raise CrossingsNotStored(lost, exc) from exc
        return outcomes

    def flush_crossings(self, track_id: str) -> None:
        """Write the track's waiting triggers now; raises :class:`CrossingsNotStored` on failure."""
        with self._changing():
            try:
                self._flush_pending(track_id)
            except Exception as exc:
                raise CrossingsNotStored([p.crossing for p in self._pending.pop(track_id, [])], exc) from exc

    def _flush_pending(self, track_id: str) -> None:
        waiting = self._pending.get(track_id)
        if not waiting:
            return
        self._runs.log_crossings([p.row for p in waiting])
        self._pending.pop(track_id, None)
        for p in waiting:
            self._publish_crossing(p.row)

    def _crossing_row(
        self,
        track_id: str,
        run_id: str | None,
        c: Crossing,
        outcome: TriggerOutcome,
        since_lap_start_ms: float | None = None,
    ) -> CrossingRecord:
        return CrossingRecord(
            track_id,
            run_id,
            c.source,
            c.sensor_id,
            c.sequence,
            c.sensor_ms,
            c.clock,
            c.host_ms,
            outcome.value,
            since_lap_start_ms=since_lap_start_ms,
        )

    def _publish_crossing(self, row: CrossingRecord) -> None:
        self._emit(
            CrossingLogged(
                row.track_id,
                row.run_id,
                row.sensor_id,
                row.source,
                row.sequence,
                row.outcome,
                row.since_lap_start_ms,
            )
        )


def _since_lap_start(before: Run, c: Crossing, outcome: Any, lap: Lap | None) -> float | None:
    """What the trigger log shows beside a trigger: a lap's own time (as the lap table), else how long
    after the start of the lap in progress it came (why it was debounced); nothing for a start or a
    resume, whose gap to the trigger before is a pause or a racer change, not a lap."""
    if outcome is TriggerOutcome.LAP and lap is not None:
        return float(lap.time_ms)
    if outcome is TriggerOutcome.DEBOUNCED:
        return before.since_boundary(Stamp(c.host_ms, c.clock, c.sensor_ms))
    return None
