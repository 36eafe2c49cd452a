"""The run state machine: every operation a timekeeper performs on one racer's run.

Times are plain numbers handed in by the caller, so the rules are testable without clocks. A ``Stamp``
carries the host's monotonic milliseconds and, where the lap source has one, the sensor's own clock: lap
durations use the sensor clock whenever both ends of a lap were stamped by the same device clock, so network
and USB delays cancel out.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from drem_desktop.domain.race_config import RaceConfig, RaceFormat
from drem_desktop.i18n import _


class RunState(StrEnum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    OVER = "over"
    SUBMITTED = "submitted"
    DISCARDED = "discarded"


LIVE_STATES = frozenset({RunState.READY, RunState.RUNNING, RunState.PAUSED, RunState.OVER})


class LapSource(StrEnum):
    SENSOR = "sensor"
    MANUAL = "manual"
    EDIT = "edit"


class TriggerOutcome(StrEnum):
    STARTED = "started"
    RESUMED = "resumed"
    LAP = "lap"
    DEBOUNCED = "debounced"
    IGNORED = "ignored"


class RunError(Exception):
    """The operation does not apply to the run as it is now (message in plain words)."""


CLOCK_TOLERANCE_MS = 250.0
"""How far the host's stamp of a trigger may trail the moment it happened (USB, a busy laptop)."""
PLAUSIBLE_DRIFT_PPM = 10_000.0
"""An Arduino's ceramic resonator is within 0.5 %: a drift estimate beyond 1 % means the two clocks are
not known to track each other (a simulator, a clock being set), so they cannot be held to agree."""
DRIFT_SLACK_PPM = 1_000.0
"""What the drift estimate itself may be off by."""


@dataclass(frozen=True, slots=True)
class Stamp:
    host_ms: float
    clock: str | None = None
    clock_ms: int | None = None
    host_known: bool = True  # False: a resent trigger whose moment on the host clock is unknown
    drift_ppm: float | None = None  # the source's estimate of its clock against the host's

    def shares_clock(self, earlier: Stamp) -> bool:
        return (
            self.clock is not None
            and self.clock == earlier.clock
            and self.clock_ms is not None
            and earlier.clock_ms is not None
        )

    def since(self, earlier: Stamp) -> float:
        """Milliseconds from ``earlier`` to this stamp, by the sensor clock when both share one."""
        if self.shares_clock(earlier):
            assert self.clock_ms is not None and earlier.clock_ms is not None
            return float(self.clock_ms - earlier.clock_ms)
        return self.host_ms - earlier.host_ms

    def checked_since(self, earlier: Stamp) -> tuple[float, str | None]:
        """Like :meth:`since`, but a sensor-clock time the host clock contradicts is not trusted: then it
        is the host's time, with the reason the lap must be checked by the timekeeper."""
        sensor = self.since(earlier)
        if not self.shares_clock(earlier) or not (self.host_known and earlier.host_known):
            return sensor, None
        host = self.host_ms - earlier.host_ms
        problem = clock_disagreement(sensor, host, self.drift_ppm)
        return (host, problem) if problem else (sensor, None)

    def shifted(self, host_offset_ms: float) -> Stamp:
        return replace(self, host_ms=self.host_ms + host_offset_ms)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"host_ms": self.host_ms, "clock": self.clock, "clock_ms": self.clock_ms}
        if not self.host_known:
            d["host_known"] = False
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Stamp | None:
        if d is None:
            return None
        return cls(float(d["host_ms"]), d.get("clock"), d.get("clock_ms"), bool(d.get("host_known", True)))


def clock_disagreement(sensor_ms: float, host_ms: float, drift_ppm: float | None) -> str | None:
    """Why a time by the sensor's clock cannot be right given the host's, or None when they agree.

    Judged only when the source's drift estimate says the clocks track each other (it exists and is
    plausible); then they must agree within :data:`CLOCK_TOLERANCE_MS` plus what the drift explains. A
    corrupted ``ms`` value or a sensor clock that jumped does not.
    """
    if drift_ppm is None or abs(drift_ppm) > PLAUSIBLE_DRIFT_PPM:
        return None
    expected = host_ms * (1.0 + drift_ppm / 1e6)
    if abs(sensor_ms - expected) <= CLOCK_TOLERANCE_MS + abs(host_ms) * DRIFT_SLACK_PPM / 1e6:
        return None
    return _(
        "The sensor's clock gave {sensor:.3f} s but the laptop's clock {host:.3f} s; the lap has the "
        "laptop's time and does not count until you check it (mark it valid, or fix it)."
    ).format(sensor=sensor_ms / 1000, host=host_ms / 1000)


@dataclass(frozen=True, slots=True)
class Lap:
    """A recorded lap; never changed in place (a change makes a new Lap), so runs copy cheaply."""

    index: int
    time_ms: int
    resets: int
    valid: bool
    source: LapSource = LapSource.MANUAL
    end_clock_ms: int | None = None
    flag: str | None = None  # why the timekeeper must check this lap (e.g. the two clocks disagree)


class MaxRunsReached(RunError):
    """The racer has used every run the event allows; an override with a reason lifts it."""


def check_max_runs(config: RaceConfig, runs_done: int, override_reason: str | None) -> None:
    if config.max_runs_per_racer is None or runs_done < config.max_runs_per_racer:
        return
    if override_reason and override_reason.strip():
        return
    raise MaxRunsReached(
        _("This racer has done {done} of {allowed} allowed runs. Give a reason to override.").format(
            done=runs_done, allowed=config.max_runs_per_racer
        )
    )


@dataclass(slots=True)
class Run:
    """One racer's run on one track, from ready to submitted or discarded."""

    config: RaceConfig
    state: RunState = RunState.READY
    laps: list[Lap] = field(default_factory=list)
    resets: int = 0  # resets during the lap in progress
    race_elapsed_ms: float = 0.0  # race clock banked before ``running_since``
    running_since: Stamp | None = None
    lap_start: Stamp | None = None
    lap_carry_ms: float = 0.0  # lap-in-progress time banked before ``lap_start`` (pauses, undo)
    last_boundary: Stamp | None = None  # last start/resume/lap: debounce reference
    # A lap key pressed sooner than the minimum lap time after the last boundary: not a lap, kept so the
    # timekeeper can count it anyway (``count_short_lap``) until the next boundary.
    short_press: Stamp | None = None
    # When a sensor trigger started or resumed the run (cleared by the next boundary): a Space pressed
    # just after it is the timekeeper starting the same run, not a pause.
    sensor_start: Stamp | None = None

    # -- clocks -----------------------------------------------------------------------------------
    def elapsed_ms(self, now_host_ms: float) -> float:
        if self.running_since is None:
            return self.race_elapsed_ms
        return self.race_elapsed_ms + max(0.0, now_host_ms - self.running_since.host_ms)

    def time_left_ms(self, now_host_ms: float) -> float | None:
        if self.config.race_time_ms is None:
            return None
        return max(0.0, self.config.race_time_ms - self.elapsed_ms(now_host_ms))

    def expired(self, now_host_ms: float) -> bool:
        left = self.time_left_ms(now_host_ms)
        return left is not None and left <= 0

    def current_lap_ms(self, now: Stamp | float) -> float:
        if self.lap_start is None:
            return self.lap_carry_ms
        if not isinstance(now, Stamp):
            return self.lap_carry_ms + max(0.0, now - self.lap_start.host_ms)
        return self.lap_carry_ms + max(0.0, now.since(self.lap_start))

    def _checked_lap_ms(self, now: Stamp) -> tuple[float, str | None]:
        """The lap in progress at ``now`` and, when the clocks disagree about it, why it needs a check."""
        if self.lap_start is None:
            return self.lap_carry_ms, None
        elapsed, problem = now.checked_since(self.lap_start)
        return self.lap_carry_ms + max(0.0, elapsed), problem

    def copy(self) -> Run:
        """An independent copy: laps are immutable, so copying the list is enough."""
        clone = replace(self)
        clone.laps = list(self.laps)
        return clone

    @property
    def valid_laps(self) -> int:
        return sum(1 for lap in self.laps if lap.valid)

    @property
    def is_live(self) -> bool:
        return self.state in LIVE_STATES

    # -- operations -------------------------------------------------------------------------------
    def _require(self, *states: RunState, action: str) -> None:
        if self.state not in states:
            raise RunError(
                _("Cannot {action} while the run is {state}.").format(
                    action=action, state=_(self.state.value)
                )
            )

    def start(self, now: Stamp) -> None:
        self._require(RunState.READY, action=_("start"))
        self.state = RunState.RUNNING
        self.running_since = now
        self._boundary(now)

    def pause(self, now: Stamp) -> None:
        self._require(RunState.RUNNING, action=_("pause"))
        self._stop_clocks(now)
        self.state = RunState.PAUSED

    def resume(self, now: Stamp) -> None:
        self._require(RunState.PAUSED, action=_("resume"))
        self.state = RunState.RUNNING
        self.running_since = now
        self._boundary(now)

    def _boundary(self, now: Stamp) -> None:
        """A new lap begins at ``now`` (start, resume, lap): what was pending about the last one goes."""
        self.lap_start = now
        self.last_boundary = now
        self.short_press = None
        self.sensor_start = None

    def trigger(self, now: Stamp) -> TriggerOutcome:
        """A sensor trigger: starts a ready run, resumes a paused one, else a lap (unless debounced)."""
        if self.state is RunState.READY:
            self.start(now)
            self.sensor_start = now
            return TriggerOutcome.STARTED
        if self.state is RunState.PAUSED:
            self.resume(now)
            self.sensor_start = now
            return TriggerOutcome.RESUMED
        if self.state is not RunState.RUNNING:
            return TriggerOutcome.IGNORED
        if self.too_soon(now):
            return TriggerOutcome.DEBOUNCED
        self.capture_lap(now, LapSource.SENSOR)
        return TriggerOutcome.LAP

    def since_boundary(self, now: Stamp) -> float | None:
        """Milliseconds from the start of the lap in progress (the trigger or key that began it)."""
        # checked: a sensor-clock reading the laptop's clock contradicts cannot swallow a lap as debounced
        return None if self.last_boundary is None else now.checked_since(self.last_boundary)[0]

    def too_soon(self, now: Stamp) -> bool:
        """Closer to the last boundary than the event's minimum lap time: the same car, not a lap."""
        since = self.since_boundary(now)
        return since is not None and since < self.config.min_lap_ms

    def press_lap(self, now: Stamp) -> TriggerOutcome:
        """The lap key: a lap, unless it comes sooner than the minimum lap time (as a sensor trigger that
        close would): then no lap, but the press is kept to be counted anyway (``count_short_lap``)."""
        self._require(RunState.RUNNING, action=_("capture a lap"))
        if self.too_soon(now):
            self.short_press = now
            return TriggerOutcome.DEBOUNCED
        self.capture_lap(now, LapSource.MANUAL)
        return TriggerOutcome.LAP

    def count_short_lap(self) -> Lap:
        """The timekeeper counts the last too-short lap key anyway, as a lap that ended when pressed."""
        self._require(RunState.RUNNING, action=_("count a short lap"))
        if self.short_press is None:
            raise RunError(_("There is no short lap to count: it was already counted or a newer lap began."))
        return self.capture_lap(self.short_press, LapSource.MANUAL)

    def started_by_sensor_within(self, now: Stamp, window_ms: float) -> float | None:
        """Milliseconds since a sensor trigger started or resumed the run, if that is under ``window_ms``."""
        if self.state is not RunState.RUNNING or self.sensor_start is None:
            return None
        since = now.host_ms - self.sensor_start.host_ms
        return since if 0 <= since < window_ms else None

    def capture_lap(
        self, now: Stamp, source: LapSource = LapSource.MANUAL, *, force_invalid: bool = False
    ) -> Lap:
        self._require(RunState.RUNNING, action=_("capture a lap"))
        time_ms, flag = self._checked_lap_ms(now)
        lap = Lap(
            index=len(self.laps),
            time_ms=round(time_ms),
            resets=self.resets,
            valid=not force_invalid and flag is None and self.config.lap_is_valid(self.resets),
            source=source,
            end_clock_ms=now.clock_ms,
            flag=flag,
        )
        self.laps.append(lap)
        self.resets = 0
        self.lap_carry_ms = 0.0
        self._boundary(now)
        if self._finished(now):
            self._stop_clocks(now)
            self.lap_carry_ms = 0.0
            self.state = RunState.OVER
        return lap

    def _finished(self, now: Stamp) -> bool:
        target = self.config.laps_to_finish
        if self.config.format is RaceFormat.LAP_COUNT and target is not None and self.valid_laps >= target:
            return True
        return self.expired(now.host_ms)

    def add_reset(self, delta: int = 1) -> None:
        self._require(RunState.RUNNING, RunState.PAUSED, action=_("count a reset"))
        self.resets = max(0, self.resets + delta)

    def dnf(self, now: Stamp) -> Lap:
        """Records the lap in progress as invalid and pauses (or ends, once time is up)."""
        self._require(RunState.RUNNING, RunState.PAUSED, action=_("record a DNF"))
        if self.state is RunState.PAUSED:
            self.resume(now)
        lap = self.capture_lap(now, LapSource.MANUAL, force_invalid=True)
        if self.state is RunState.RUNNING:
            if self.expired(now.host_ms):
                self._stop_clocks(now)
                self.state = RunState.OVER
            else:
                self.pause(now)
            self.lap_carry_ms = 0.0
        return lap

    def undo_false_finish(self, now: Stamp) -> Lap:
        """Merges the last lap back into the lap in progress; the run's total time is unchanged."""
        self._require(RunState.RUNNING, RunState.PAUSED, RunState.OVER, action=_("undo the last lap"))
        if not self.laps:
            raise RunError(_("There is no lap to undo."))
        lap = self.laps.pop()
        self.lap_carry_ms += lap.time_ms
        self.resets += lap.resets
        self.short_press = None
        if self.state is RunState.OVER:
            self.state = RunState.PAUSED
        return lap

    def set_valid(self, index: int, valid: bool) -> Lap:
        self._require(*LIVE_STATES, action=_("change a lap's validity"))
        if not 0 <= index < len(self.laps):
            raise RunError(_("There is no lap {n}.").format(n=index + 1))
        self.laps[index] = replace(self.laps[index], valid=valid)
        return self.laps[index]

    def end(self, now: Stamp) -> None:
        self._require(RunState.READY, RunState.RUNNING, RunState.PAUSED, action=_("end the run"))
        if self.state is RunState.RUNNING:
            self._stop_clocks(now)
        self.lap_carry_ms = 0.0
        self.resets = 0
        self.state = RunState.OVER

    def submit(self) -> None:
        self._require(RunState.OVER, action=_("submit"))
        self.state = RunState.SUBMITTED

    def discard(self) -> None:
        self._require(*LIVE_STATES, action=_("discard"))
        self.state = RunState.DISCARDED

    def _stop_clocks(self, now: Stamp) -> None:
        if self.running_since is not None:
            self.race_elapsed_ms = self.elapsed_ms(now.host_ms)
        if self.lap_start is not None:
            self.lap_carry_ms = self.current_lap_ms(now)
        self.running_since = None
        self.lap_start = None
        self.short_press = None
        self.sensor_start = None

    # -- persistence of the live part (laps are stored as rows) -----------------------------------
    def live_state(self) -> dict[str, Any]:
        return {
            "resets": self.resets,
            "race_elapsed_ms": self.race_elapsed_ms,
            "running_since": self.running_since.to_dict() if self.running_since else None,
            "lap_start": self.lap_start.to_dict() if self.lap_start else None,
            "lap_carry_ms": self.lap_carry_ms,
            "last_boundary": self.last_boundary.to_dict() if self.last_boundary else None,
            "short_press": self.short_press.to_dict() if self.short_press else None,
        }

    @classmethod
    def restore(
        cls,
        config: RaceConfig,
        state: RunState,
        laps: list[Lap],
        live: dict[str, Any] | None,
        host_offset_ms: float = 0.0,
    ) -> Run:
        """Rebuilds a run from its stored rows; ``host_offset_ms`` maps the old process's monotonic
        clock onto this one's (derived from wall time at save and now)."""
        live = live or {}

        def stamp(key: str) -> Stamp | None:
            s = Stamp.from_dict(live.get(key))
            return s.shifted(host_offset_ms) if s else None

        return cls(
            config=config,
            state=state,
            laps=sorted(laps, key=lambda lap: lap.index),
            resets=int(live.get("resets", 0)),
            race_elapsed_ms=float(live.get("race_elapsed_ms", 0.0)),
            running_since=stamp("running_since"),
            lap_start=stamp("lap_start"),
            lap_carry_ms=float(live.get("lap_carry_ms", 0.0)),
            last_boundary=stamp("last_boundary"),
            short_press=stamp("short_press"),
        )
