from __future__ import annotations

import pytest

from drem_desktop.domain.race_config import RaceConfig, RaceConfigError, RaceFormat, Ranking


def test_defaults_are_valid() -> None:
    assert RaceConfig().validated() == RaceConfig()


@pytest.mark.parametrize(
    ("changes", "fragment"),
    [
        ({"average_window": 2}, "average window"),
        ({"average_window": 8}, "average window"),
        ({"format": RaceFormat.LAP_COUNT}, "number of laps"),
        ({"laps_to_finish": 5}, "only applies"),
        ({"race_time_ms": 10}, "Race time"),
        ({"resets_per_lap": -1}, "Resets"),
        ({"max_runs_per_racer": 0}, "Max runs"),
        ({"min_lap_ms": -5}, "Minimum lap"),
    ],
)
def test_nonsense_is_refused_with_a_reason(changes: dict[str, object], fragment: str) -> None:
    with pytest.raises(RaceConfigError) as err:
        RaceConfig(**changes).validated()  # type: ignore[arg-type]
    assert fragment in str(err.value)


def test_every_problem_is_listed_at_once() -> None:
    problems = RaceConfig(average_window=1, max_runs_per_racer=0).problems()
    assert len(problems) == 2


def test_round_trip_through_dict() -> None:
    config = RaceConfig(
        format=RaceFormat.LAP_COUNT,
        laps_to_finish=5,
        ranking=Ranking.BEST_AVERAGE,
        average_window=5,
        resets_per_lap=3,
        max_runs_per_racer=2,
        race_time_ms=None,
    )
    assert RaceConfig.from_dict(config.to_dict()) == config


def test_from_dict_refuses_garbage() -> None:
    with pytest.raises(RaceConfigError):
        RaceConfig.from_dict({"format": "drag race"})


def test_validity_by_resets() -> None:
    assert RaceConfig(resets_per_lap=None).lap_is_valid(99)
    assert RaceConfig(resets_per_lap=2).lap_is_valid(2)
    assert not RaceConfig(resets_per_lap=2).lap_is_valid(3)
