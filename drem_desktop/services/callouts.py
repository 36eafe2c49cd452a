"""What the voice announces, and when: lap times, resets, a new personal best, a new leader, time left,
the run's result and rank, and who is next on deck. Each kind is switched on or off in Settings and has an
editable template with named fields ("reset {resets}{of_allowed}").

Bus subscribers only hand the event to a worker thread, which reads the leaderboard and composes the line
for the speaker's queue: a lap commit never waits for a call-out. Call-outs are off until switched on.
"""

from __future__ import annotations

import logging
import string
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from drem_desktop.bus import Bus
from drem_desktop.domain.lap_kind import is_new_personal_best
from drem_desktop.domain.ranking import TIME, VALID
from drem_desktop.events import LapRecorded, RunChanged, RunStateChanged
from drem_desktop.i18n import _
from drem_desktop.services.speech import Speaker, spoken_seconds
from drem_desktop.services.worker import Worker
from drem_desktop.settings import CALLOUTS

if TYPE_CHECKING:
    from drem_desktop.services.leaderboards import LeaderboardService
    from drem_desktop.services.race_control import RaceControl
    from drem_desktop.services.registry import EventService, RacerService
    from drem_desktop.services.run_queue import RunQueue

log = logging.getLogger(__name__)

TIME_LEFT_MARKS_S = (60, 30)


@dataclass(frozen=True, slots=True)
class CalloutKind:
    key: str
    title: str
    default: str
    fields: tuple[str, ...]
    max_age_s: float


def kinds() -> tuple[CalloutKind, ...]:
    """Every kind of call-out, in the order Settings lists them (titles translated when asked)."""
    return (
        CalloutKind(
            "lap", _("Lap time"), _("Lap {lap}, {time}{validity}"), ("name", "lap", "time", "validity"), 6
        ),
        CalloutKind(
            "reset", _("Reset count"), _("reset {resets}{of_allowed}"), ("resets", "allowed", "of_allowed"), 4
        ),
        CalloutKind(
            "personal_best",
            _("New personal best"),
            _("Personal best for {name}, {time}"),
            ("name", "time"),
            8,
        ),
        CalloutKind("new_leader", _("New leader"), _("{name} takes the lead, {time}"), ("name", "time"), 8),
        CalloutKind("time_left", _("Time left"), _("{left} left"), ("left", "name"), 5),
        CalloutKind(
            "run_over",
            _("Run over"),
            _("Run over for {name}. Best lap {best}. {rank}"),
            ("name", "best", "rank"),
            15,
        ),
        CalloutKind("on_deck", _("Next racer on deck"), _("Next on deck, {name}"), ("name",), 20),
    )


def kind(key: str) -> CalloutKind:
    return next(k for k in kinds() if k.key == key)


def check_template(key: str, template: str) -> str:
    """The template cleaned, or ValueError saying which field is unknown or which brace is wrong."""
    allowed = set(kind(key).fields)
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise ValueError(
            _("The template has a stray brace ({error}); write fields like {{name}}.").format(error=exc)
        ) from None
    for _text, name, _spec, _conv in parsed:
        if name is not None and name not in allowed:
            raise ValueError(
                _("{{{field}}} is not a field of this call-out; use {fields}.").format(
                    field=name, fields=", ".join("{" + f + "}" for f in sorted(allowed))
                )
            )
    return template.strip()


@dataclass(frozen=True)
class CalloutSettings:
    enabled: bool = False
    rate: int | None = None  # words per minute; None = the voice's own
    voice: str | None = None
    on: dict[str, bool] = field(default_factory=dict)
    templates: dict[str, str] = field(default_factory=dict)

    def is_on(self, key: str) -> bool:
        return self.enabled and self.on.get(key, True)

    def template(self, key: str) -> str:
        return self.templates.get(key) or kind(key).default

    def to_json(self) -> dict[str, Any]:
        return {
            "enabled": self.enabled,
            "rate": self.rate,
            "voice": self.voice,
            "on": dict(self.on),
            "templates": dict(self.templates),
        }

    @classmethod
    def from_json(cls, data: Any) -> CalloutSettings:
        if not isinstance(data, dict):
            return cls()
        return cls(
            enabled=bool(data.get("enabled", False)),
            rate=int(data["rate"]) if isinstance(data.get("rate"), int) else None,
            voice=str(data["voice"]) if data.get("voice") else None,
            on={str(k): bool(v) for k, v in (data.get("on") or {}).items()},
            templates={str(k): str(v) for k, v in (data.get("templates") or {}).items()},
        )


class _Fields(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def render(template: str, fields: dict[str, str], fallback: str) -> str:
    try:
        return template.format_map(_Fields(fields))
    except (ValueError, IndexError, KeyError):  # a template saved by an older version: the default
        return fallback.format_map(_Fields(fields))


def time_left_words(seconds: int) -> str:
    if seconds == 60:
        return _("one minute")
    if seconds % 60 == 0:
        return _("{n} minutes").format(n=seconds // 60)
    return _("{n} seconds").format(n=seconds)


class Callouts:
    def __init__(
        self,
        bus: Bus,
        speaker: Speaker,
        race_control: RaceControl,
        leaderboards: LeaderboardService,
        events: EventService,
        racers: RacerService,
        queue: RunQueue,
        get_setting: Callable[[str, Any], Any],
        set_setting: Callable[[str, Any], None],
        *,
        tick_s: float = 0.25,
    ) -> None:
        self.speaker = speaker
        self._race_control = race_control
        self._leaderboards = leaderboards
        self._events = events
        self._racers = racers
        self._queue = queue
        self._get_setting = get_setting
        self._set_setting = set_setting
        self._settings = CalloutSettings.from_json(CALLOUTS.parse(get_setting(CALLOUTS.key, None)))
        speaker.configure(self._settings.rate, self._settings.voice)
        self._worker = Worker("callouts")
        self._lock = threading.Lock()
        self._leader: dict[str, str | None] = {}  # track -> racer id leading before the latest lap
        self._marks: dict[str, set[int]] = {}  # run id -> time-left marks already said
        self._stop = threading.Event()
        self._tick_s = tick_s
        self._ticker = threading.Thread(target=self._tick, name="callouts-clock", daemon=True)
        self._ticker.start()
        self._unsubscribe = [
            bus.subscribe(LapRecorded, lambda e: self._later(self._on_lap, e)),
            bus.subscribe(RunChanged, lambda e: self._later(self._on_run_changed, e)),
            bus.subscribe(RunStateChanged, lambda e: self._later(self._on_state, e)),
        ]

    def close(self, timeout: float = 5.0) -> None:
        end = time.monotonic() + timeout
        for u in self._unsubscribe:
            u()
        self._stop.set()
        self._worker.close(timeout)
        self.speaker.close(max(0.0, end - time.monotonic()))

    # -- settings ---------------------------------------------------------------------------------
    @property
    def settings(self) -> CalloutSettings:
        return self._settings

    def save(self, settings: CalloutSettings) -> CalloutSettings:
        """Checks every template (ValueError names the first bad one), then stores and applies them."""
        for key, template in settings.templates.items():
            try:
                check_template(key, template)
            except ValueError as exc:
                raise ValueError(f"{kind(key).title}: {exc}") from None
        self._settings = settings
        self._set_setting(CALLOUTS.key, settings.to_json())
        self.speaker.configure(settings.rate, settings.voice)
        return settings

    def set_enabled(self, on: bool) -> CalloutSettings:
        return self.save(replace(self._settings, enabled=on))

    def test_voice(self, timeout: float = 30.0) -> None:
        """The Settings button: says a sample line now, whether call-outs are on or not, and returns once it
        was said; OSError says why not (no voice, no audio player, the player failed)."""
        self.speaker.say_and_wait(_("This is the call-out voice. Lap 3, 12.35."), timeout)

    def wait_idle(self, timeout: float = 10.0) -> bool:
        return self._worker.wait_idle(timeout)

    # -- composing (worker thread) ----------------------------------------------------------------
    def _later(self, fn: Callable[[Any], None], event: Any) -> None:
        if self._settings.enabled:
            self._worker.submit(fn, event)

    def _say(self, key: str, fields: dict[str, str], speech_key: str) -> None:
        if not self._settings.is_on(key):
            return
        k = kind(key)
        text = render(self._settings.template(key), fields, k.default)
        self.speaker.say(text, key=speech_key, max_age_s=k.max_age_s)

    def _name(self, racer_id: str) -> str:
        try:
            name: str = self._racers.get(racer_id).shown_name
            return name
        except Exception:
            return _("the racer")

    def _ranking(self, event_id: str) -> str:
        return str(self._events.get(event_id).config.ranking.value)

    def _rows(self, event_id: str, track_id: str) -> list[Any]:
        return list(self._leaderboards.rows(event_id, track_id, self._ranking(event_id)))

    def _remember_standing(self, event_id: str, track_id: str, racer_id: str) -> None:
        rows = self._rows(event_id, track_id)
        ranked = [r for r in rows if r.rank]
        with self._lock:
            self._leader[track_id] = ranked[0].racer_id if ranked else None

    def _on_state(self, e: RunStateChanged) -> None:
        if e.state in ("ready", "running") and e.previous in ("", "ready"):
            self._remember_standing(e.event_id, e.track_id, e.racer_id)
        if e.state == "over":
            self._run_over(e)
        if e.state in ("submitted", "discarded"):
            with self._lock:
                self._marks.pop(e.run_id, None)

    def _on_lap(self, e: LapRecorded) -> None:
        lap = e.lap
        self._say(
            "lap",
            {
                "name": self._name(e.racer_id),
                "lap": str(lap.index + 1),
                "time": spoken_seconds(lap.time_ms / 1000),
                "validity": "" if lap.valid else ", " + _("invalid"),
            },
            f"lap:{e.track_id}",
        )
        if not lap.valid:
            return
        with self._lock:
            known = e.track_id in self._leader
            before_leader = self._leader.get(e.track_id)
        if not known:  # a run we did not see start (the app restarted mid-run): learn, say nothing more
            self._remember_standing(e.event_id, e.track_id, e.racer_id)
            return
        rows = self._rows(e.event_id, e.track_id)
        ranked = [r for r in rows if r.rank]
        leader = ranked[0].racer_id if ranked else None
        time = spoken_seconds(lap.time_ms / 1000)
        if leader == e.racer_id and before_leader not in (None, e.racer_id):
            self._say("new_leader", {"name": self._name(e.racer_id), "time": time}, f"best:{e.track_id}")
        elif self._personal_best(e):
            self._say("personal_best", {"name": self._name(e.racer_id), "time": time}, f"best:{e.track_id}")
        with self._lock:
            self._leader[e.track_id] = leader

    def _personal_best(self, e: LapRecorded) -> bool:
        """By the one lap-colour rule (domain.lap_kind), judged as the timekeeper's table and the pages
        judge it: over the racer's laps of the whole event, this run's in the order driven."""
        before, _event_best = self._leaderboards.lap_bests(e.event_id, e.racer_id, e.run_id)
        view = self._race_control.view(e.track_id)
        earlier = view.run.laps[: e.lap.index] if view is not None and view.run_id == e.run_id else []
        laps = [(lap.time_ms, lap.valid) for lap in earlier] + [(e.lap.time_ms, e.lap.valid)]
        return is_new_personal_best(laps, before)

    def _on_run_changed(self, e: RunChanged) -> None:
        """On the worker like the others: reading the run takes race control's lock, which the publishing
        thread must never wait for."""
        if e.what == "resets" and self._settings.is_on("reset"):
            view = self._race_control.view(e.track_id)
            if view is None or view.run_id != e.run_id or view.run.resets == 0:
                return  # a reset taken back to zero is not announced
            allowed = view.run.config.resets_per_lap
            self.speaker.say(
                render(
                    self._settings.template("reset"),
                    {
                        "resets": str(view.run.resets),
                        "allowed": str(allowed) if allowed is not None else _("unlimited"),
                        "of_allowed": "" if allowed is None else " " + _("of {n}").format(n=allowed),
                    },
                    kind("reset").default,
                ),
                key=f"reset:{e.track_id}",
                max_age_s=kind("reset").max_age_s,
            )

    def _run_over(self, e: RunStateChanged) -> None:
        rows = self._rows(e.event_id, e.track_id)
        mine = next((r for r in rows if r.racer_id == e.racer_id), None)
        best = mine.fastest_lap_ms if mine is not None else None
        laps = [
            lap
            for run in self._leaderboards.runs_of(e.event_id, e.racer_id, e.track_id)
            if run.run_id == e.run_id
            for lap in run.laps
        ]
        run_best = min((lap[TIME] for lap in laps if lap[VALID]), default=None) if laps else best
        rank = mine.rank if mine is not None else None
        self._say(
            "run_over",
            {
                "name": self._name(e.racer_id),
                "best": spoken_seconds(run_best / 1000) if run_best else _("no valid lap"),
                "rank": _("Rank {n}.").format(n=rank) if rank else "",
            },
            f"over:{e.track_id}",
        )
        nxt = self._queue.next_entry(e.track_id)
        if nxt is not None:
            self._say("on_deck", {"name": self._name(nxt.racer_id)}, f"deck:{e.track_id}")

    # -- the time-left clock ----------------------------------------------------------------------
    def _tick(self) -> None:
        while not self._stop.wait(self._tick_s):
            if not self._settings.is_on("time_left"):
                continue
            try:
                for view in self._race_control.views():
                    if view.state.value != "running":
                        continue
                    left = view.time_left_ms()
                    if left is None:
                        continue
                    for mark in TIME_LEFT_MARKS_S:
                        self._maybe_mark(view, mark, left)
            except Exception:
                log.exception("time-left call-out failed")

    def _maybe_mark(self, view: Any, mark: int, left_ms: float) -> None:
        if not (mark * 1000 - 5000 < left_ms <= mark * 1000):  # said once, up to 5 s late on a busy laptop
            return
        with self._lock:
            said = self._marks.setdefault(view.run_id, set())
            if mark in said:
                return
            said.add(mark)
        self._say(
            "time_left",
            {"left": time_left_words(mark), "name": self._name(view.racer_id)},
            f"time:{view.track_id}",
        )
