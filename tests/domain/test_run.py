from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drem_desktop.domain.race_config import RaceConfig, RaceFormat
from drem_desktop.domain.run import (
    LapSource,
    MaxRunsReached,
    Run,
    RunError,
    RunState,
    Stamp,
    TriggerOutcome,
    check_max_runs,
)


def s(ms: float, clock_ms: int | None = None, clock: str | None = "dev") -> Stamp:
    return Stamp(ms, clock if clock_ms is not None else None, clock_ms)


def test_first_trigger_starts_and_sensor_clock_times_laps() -> None:
    run = Run(RaceConfig())
    assert run.trigger(s(1_000, 50_000)) is TriggerOutcome.STARTED
    # the host saw the line 40 ms late; the sensor's clock says 10.000 s exactly
    assert run.trigger(s(11_040, 60_000)) is TriggerOutcome.LAP
    assert run.laps[0].time_ms == 10_000
    assert run.laps[0].source is LapSource.SENSOR


def test_host_clock_when_the_two_ends_have_different_clocks() -> None:
    run = Run(RaceConfig())
    run.start(s(1_000))
    run.trigger(s(12_345, 99, "other"))
    assert run.laps[0].time_ms == 11_345


def test_debounce_across_sensors_keeps_the_run_unchanged() -> None:
    run = Run(RaceConfig(min_lap_ms=2_000))
    run.trigger(s(0, 0))
    assert run.trigger(s(150, 150)) is TriggerOutcome.DEBOUNCED
    assert run.laps == []
    assert run.trigger(s(9_000, 9_000)) is TriggerOutcome.LAP
    assert run.trigger(s(9_100, 9_100)) is TriggerOutcome.DEBOUNCED
    assert [lap.time_ms for lap in run.laps] == [9_000]


def test_pause_banks_time_and_trigger_resumes() -> None:
    run = Run(RaceConfig(race_time_ms=60_000))
    run.start(s(0))
    run.pause(s(4_000))
    assert run.time_left_ms(50_000) == 56_000
    assert run.trigger(s(20_000)) is TriggerOutcome.RESUMED
    run.capture_lap(s(26_000))
    assert run.laps[0].time_ms == 10_000  # 4 s before the pause + 6 s after
    assert run.time_left_ms(26_000) == 50_000


def test_resets_make_a_lap_invalid_over_the_limit() -> None:
    run = Run(RaceConfig(resets_per_lap=1))
    run.start(s(0))
    run.add_reset()
    run.capture_lap(s(10_000))
    run.add_reset()
    run.add_reset()
    run.add_reset(-1)
    run.add_reset()
    run.capture_lap(s(20_000))
    assert [(lap.resets, lap.valid) for lap in run.laps] == [(1, True), (2, False)]
    run.add_reset(-1)
    assert run.resets == 0  # never below zero


def test_dnf_records_invalid_lap_and_pauses() -> None:
    run = Run(RaceConfig())
    run.start(s(0))
    lap = run.dnf(s(7_000))
    assert (lap.time_ms, lap.valid) == (7_000, False)
    assert run.state is RunState.PAUSED
    assert run.trigger(s(30_000)) is TriggerOutcome.RESUMED


def test_expiry_lets_the_lap_in_progress_finish_then_ends() -> None:
    run = Run(RaceConfig(race_time_ms=30_000))
    run.start(s(0))
    run.capture_lap(s(20_000))
    assert run.state is RunState.RUNNING
    assert run.expired(31_000)
    run.capture_lap(s(41_000))  # the lap in progress at zero still counts
    assert run.state is RunState.OVER
    assert [lap.time_ms for lap in run.laps] == [20_000, 21_000]
    assert run.trigger(s(50_000)) is TriggerOutcome.IGNORED


def test_no_race_time_never_expires() -> None:
    run = Run(RaceConfig(race_time_ms=None))
    run.start(s(0))
    run.capture_lap(s(10_000_000))
    assert run.state is RunState.RUNNING
    assert run.time_left_ms(10**9) is None


def test_lap_count_format_ends_after_n_valid_laps() -> None:
    run = Run(RaceConfig(format=RaceFormat.LAP_COUNT, laps_to_finish=2, resets_per_lap=0, race_time_ms=None))
    run.start(s(0))
    run.capture_lap(s(10_000))
    run.add_reset()
    run.capture_lap(s(20_000))  # invalid: does not count towards the finish
    assert run.state is RunState.RUNNING
    run.capture_lap(s(30_000))
    assert run.state is RunState.OVER


def test_undo_false_finish_restores_time_and_resets() -> None:
    run = Run(RaceConfig())
    run.start(s(0))
    run.add_reset()
    run.capture_lap(s(3_000))  # a false finish: someone stepped on the strip
    run.add_reset()
    run.undo_false_finish(s(5_000))
    assert run.laps == []
    assert run.resets == 2
    run.capture_lap(s(12_000))
    assert (run.laps[0].time_ms, run.laps[0].resets) == (12_000, 2)


def test_undo_after_an_automatic_end_reopens_the_run_paused() -> None:
    run = Run(RaceConfig(format=RaceFormat.LAP_COUNT, laps_to_finish=1, race_time_ms=None))
    run.start(s(0))
    run.capture_lap(s(5_000))
    assert run.state is RunState.OVER
    run.undo_false_finish(s(5_500))
    assert run.state is RunState.PAUSED
    assert run.current_lap_ms(0) == 5_000


def test_validity_toggle_then_submit_locks_it() -> None:
    run = Run(RaceConfig())
    run.start(s(0))
    run.capture_lap(s(10_000))
    run.set_valid(0, False)
    assert not run.laps[0].valid
    run.end(s(11_000))
    run.set_valid(0, True)
    run.submit()
    with pytest.raises(RunError):
        run.set_valid(0, False)
    with pytest.raises(RunError):
        run.discard()


def test_operations_out_of_order_say_why() -> None:
    run = Run(RaceConfig())
    with pytest.raises(RunError, match="capture a lap"):
        run.capture_lap(s(0))
    with pytest.raises(RunError, match="submit"):
        run.submit()
    run.start(s(0))
    with pytest.raises(RunError, match="undo"):
        run.undo_false_finish(s(1))


def test_max_runs_needs_a_reason_to_override() -> None:
    config = RaceConfig(max_runs_per_racer=2)
    check_max_runs(config, 1, None)
    with pytest.raises(MaxRunsReached, match="2 of 2"):
        check_max_runs(config, 2, None)
    with pytest.raises(MaxRunsReached):
        check_max_runs(config, 2, "   ")
    check_max_runs(config, 2, "car broke down in run 2")
    check_max_runs(RaceConfig(max_runs_per_racer=None), 500, None)


def test_live_state_round_trip_with_clock_shift() -> None:
    run = Run(RaceConfig(race_time_ms=60_000))
    run.start(s(1_000, 500))
    run.capture_lap(s(11_000, 10_500))
    run.add_reset()
    restored = Run.restore(run.config, run.state, list(run.laps), run.live_state(), host_offset_ms=-1_000)
    assert restored.resets == 1
    assert restored.time_left_ms(20_000 - 1_000) == run.time_left_ms(20_000)
    restored.trigger(s(99, 20_500))  # same sensor clock: the lap is exact whatever the host clock did
    assert restored.laps[-1].time_ms == 10_000


ops = st.lists(
    st.tuples(
        st.sampled_from(["lap", "reset", "unreset", "undo", "pause", "resume", "dnf"]),
        st.integers(min_value=2_001, max_value=40_000),
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(ops)
def test_undo_false_finish_conserves_total_time(steps: list[tuple[str, int]]) -> None:
    """Whatever happens, laps + the lap in progress always add up to the time the car has been running."""
    run = Run(RaceConfig(race_time_ms=None, min_lap_ms=0))
    now = 0
    running_time = 0
    run.start(s(now))
    for op, dt in steps:
        if run.state is RunState.RUNNING:
            running_time += dt
        now += dt
        stamp = s(now)
        with contextlib.suppress(RunError):  # operations that don't apply now are refused, that's all
            {
                "lap": lambda st=stamp: run.capture_lap(st),
                "reset": lambda: run.add_reset(1),
                "unreset": lambda: run.add_reset(-1),
                "undo": lambda st=stamp: run.undo_false_finish(st),
                "pause": lambda st=stamp: run.pause(st),
                "resume": lambda st=stamp: run.resume(st),
                "dnf": lambda st=stamp: run.dnf(st),
            }[op]()
        total = sum(lap.time_ms for lap in run.laps) + run.current_lap_ms(now)
        assert abs(total - running_time) < 1e-6 + len(run.laps)  # laps are rounded to whole ms
        assert run.resets >= 0


def test_a_lap_key_sooner_than_the_minimum_lap_is_no_lap_until_counted_anyway() -> None:
    run = Run(RaceConfig(min_lap_ms=2_000))
    run.start(s(0))
    assert run.press_lap(s(10_000)) is TriggerOutcome.LAP
    assert run.press_lap(s(10_624)) is TriggerOutcome.DEBOUNCED  # a second tap 0.624 s later
    assert [lap.time_ms for lap in run.laps] == [10_000]
    assert run.short_press == s(10_624)
    restored = Run.restore(run.config, run.state, run.laps, run.live_state())
    assert restored.short_press == s(10_624)  # kept across a restart
    lap = run.count_short_lap()
    assert (lap.time_ms, lap.source, lap.valid) == (624, LapSource.MANUAL, True)
    assert run.current_lap_ms(s(20_624)) == 10_000  # the lap in progress began at the press
    with pytest.raises(RunError, match="no short lap"):
        run.count_short_lap()
    assert run.press_lap(s(20_700)) is TriggerOutcome.LAP


def test_a_short_lap_key_is_forgotten_at_the_next_lap_or_pause() -> None:
    run = Run(RaceConfig(min_lap_ms=2_000))
    run.start(s(0))
    run.press_lap(s(500))
    assert run.short_press is not None
    run.press_lap(s(12_000))
    assert run.short_press is None and [lap.time_ms for lap in run.laps] == [12_000]
    run.press_lap(s(12_300))
    run.pause(s(13_000))
    assert run.short_press is None
    with pytest.raises(RunError):
        run.count_short_lap()


def test_a_trigger_start_is_remembered_for_space_until_the_next_boundary() -> None:
    run = Run(RaceConfig(min_lap_ms=2_000))
    run.trigger(s(1_000, 1_000))
    assert run.started_by_sensor_within(s(1_400), 1_000) == 400
    assert run.started_by_sensor_within(s(2_100), 1_000) is None
    run.trigger(s(12_000, 12_000))  # a lap: the start is history
    assert run.started_by_sensor_within(s(12_100), 1_000) is None
    run.pause(s(13_000))
    run.trigger(s(20_000, 20_000))  # a trigger resumes a paused run
    assert run.state is RunState.RUNNING and run.started_by_sensor_within(s(20_300), 1_000) == 300


def d(host: float, clock_ms: int, drift: float | None = 0.0, *, known: bool = True) -> Stamp:
    """A sensor stamp from a source whose drift estimate is ``drift`` ppm (None: not estimated yet)."""
    return Stamp(host, "dev", clock_ms, host_known=known, drift_ppm=drift)


def test_a_sensor_time_the_laptop_contradicts_is_flagged_and_timed_by_the_laptop() -> None:
    run = Run(RaceConfig(format=RaceFormat.LAP_COUNT, laps_to_finish=1, race_time_ms=None))
    run.trigger(d(1_000, 50_000))
    # a damaged ms: the sensor says 3.000 s, the laptop saw 14.0 s
    assert run.trigger(d(15_000, 53_000)) is TriggerOutcome.LAP
    lap = run.laps[0]
    assert lap.time_ms == 14_000 and not lap.valid and lap.flag is not None
    assert "3.000 s" in lap.flag and "14.000 s" in lap.flag
    assert run.state is RunState.RUNNING  # a flagged lap does not finish a lap-count race
    run.set_valid(0, True)  # the timekeeper checked it
    assert run.laps[0].valid and run.laps[0].flag is not None


def test_clocks_within_tolerance_and_drift_agree() -> None:
    run = Run(RaceConfig())
    run.trigger(d(0, 0, 500.0))
    run.trigger(d(60_000 + 240, 60_000 + 30, 500.0))  # 240 ms late on the host, 500 ppm fast sensor
    assert run.laps[0].flag is None and run.laps[0].time_ms == 60_030 and run.laps[0].valid
    run.trigger(d(120_240 + 251 + 60, 120_060, 500.0))  # beyond 250 ms + slack: flagged
    assert run.laps[1].flag is not None


def test_no_drift_estimate_or_an_implausible_one_or_a_resent_trigger_is_not_judged() -> None:
    for stamp in (
        d(5_000, 2_000_000, None),
        d(5_000, 2_000_000, 50_000.0),
        d(5_000, 2_000_000, 0.0, known=False),
    ):
        run = Run(RaceConfig())
        run.trigger(d(0, 0, stamp.drift_ppm))
        run.trigger(stamp)
        assert run.laps[0].flag is None and run.laps[0].time_ms == 2_000_000


def test_debounce_uses_the_laptop_clock_when_the_sensor_clock_is_contradicted() -> None:
    run = Run(RaceConfig(min_lap_ms=5_000))
    run.trigger(d(0, 10_000))
    # damaged ms says 1 s (would be debounced); the laptop saw 12 s: a lap, flagged, not a lost trigger
    assert run.trigger(d(12_000, 11_000)) is TriggerOutcome.LAP
    assert run.laps[0].flag is not None and run.laps[0].time_ms == 12_000


def test_stamps_keep_whether_the_host_time_is_known() -> None:
    stamp = Stamp(1.0, "dev", 5, host_known=False)
    assert Stamp.from_dict(stamp.to_dict()) == stamp
    assert Stamp.from_dict({"host_ms": 1.0, "clock": "dev", "clock_ms": 5}) == Stamp(1.0, "dev", 5)
