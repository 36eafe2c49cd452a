"""An event's race configuration, and the checks that keep nonsense out of it."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any

from drem_desktop.i18n import _


class RaceFormat(StrEnum):
    TIME_TRIAL = "time_trial"  # race for a fixed time, every lap counts
    LAP_COUNT = "lap_count"  # finals: the run ends after N valid laps


class Ranking(StrEnum):
    BEST_LAP = "fastest"
    BEST_AVERAGE = "average"


class RaceConfigError(ValueError):
    """The configuration cannot be used; ``problems`` lists every reason in plain words."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(" ".join(problems))  # each problem is a sentence of its own
        self.problems = problems


@dataclass(frozen=True, slots=True)
class RaceConfig:
    """What the timekeeper's rules are for every run of an event.

    ``None`` means unlimited for ``resets_per_lap`` and ``max_runs_per_racer``, and "never expires by
    itself" for ``race_time_ms``.
    """

    format: RaceFormat = RaceFormat.TIME_TRIAL
    race_time_ms: int | None = 180_000
    laps_to_finish: int | None = None
    ranking: Ranking = Ranking.BEST_LAP
    average_window: int = 3
    resets_per_lap: int | None = None
    max_runs_per_racer: int | None = None
    min_lap_ms: int = 2_000

    def problems(self) -> list[str]:
        p: list[str] = []
        if self.race_time_ms is not None and not 1_000 <= self.race_time_ms <= 24 * 3_600_000:
            p.append(_("Race time must be between 1 second and 24 hours (or unset for no limit)."))
        if self.format is RaceFormat.LAP_COUNT:
            if self.laps_to_finish is None or not 1 <= self.laps_to_finish <= 1_000:
                p.append(_("A lap-count race needs the number of laps to finish (1 to 1000)."))
        elif self.laps_to_finish is not None:
            p.append(_("Laps to finish only applies to the lap-count format."))
        if not 3 <= self.average_window <= 7:
            p.append(_("The average window must be 3 to 7 consecutive laps."))
        if self.resets_per_lap is not None and not 0 <= self.resets_per_lap <= 1_000:
            p.append(_("Resets allowed per lap must be 0 or more (or unlimited)."))
        if self.max_runs_per_racer is not None and not 1 <= self.max_runs_per_racer <= 1_000:
            p.append(_("Max runs per racer must be at least 1 (or unlimited)."))
        if not 0 <= self.min_lap_ms <= 600_000:
            p.append(_("Minimum lap time must be between 0 and 600 seconds."))
        return p

    def validated(self) -> RaceConfig:
        problems = self.problems()
        if problems:
            raise RaceConfigError(problems)
        return self

    def lap_is_valid(self, resets: int) -> bool:
        return self.resets_per_lap is None or resets <= self.resets_per_lap

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["format"] = self.format.value
        d["ranking"] = self.ranking.value
        return d

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RaceConfig:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        try:
            if "format" in known:
                known["format"] = RaceFormat(known["format"])
            if "ranking" in known:
                known["ranking"] = Ranking(known["ranking"])
            for key in ("race_time_ms", "laps_to_finish", "resets_per_lap", "max_runs_per_racer"):
                if known.get(key) is not None:
                    known[key] = int(known[key])
            for key in ("average_window", "min_lap_ms"):
                if key in known:
                    known[key] = int(known[key])
        except (ValueError, TypeError) as exc:
            raise RaceConfigError([_("Unreadable race configuration: {error}").format(error=exc)]) from exc
        return cls(**known).validated()
