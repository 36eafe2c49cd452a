"""One lap-colour rule (domain.lap_kind) and the three displays that show it: the timekeeper's lap table,
the commentator's chart and the LAN pages' last lap give the same answer for the same lap."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from drem_desktop.domain.lap_kind import LapKind, is_new_personal_best, lap_kinds
from drem_desktop.domain.run import Lap, LapSource
from drem_desktop.ui.commentator.panel import classify
from drem_desktop.ui.timekeeper.lap_table import LapTableModel
from drem_desktop.web.app_source import PAGE_KINDS, last_lap_kind

lap_times = st.integers(min_value=5_000, max_value=60_000)
laps_strategy = st.lists(st.tuples(lap_times, st.booleans()), max_size=12)
best = st.none() | lap_times


def test_the_rule_on_a_run() -> None:
    laps = [(12_000, True), (11_000, True), (11_500, True), (9_000, False), (10_000, True), (10_000, True)]
    assert lap_kinds(laps, racer_best_before=11_200, event_best=10_500) == [
        LapKind.VALID,  # slower than their best before
        LapKind.PERSONAL_BEST,  # beats it
        LapKind.VALID,
        LapKind.INVALID,  # fast, but invalid: neither
        LapKind.EVENT_BEST,  # the event's fastest now
        LapKind.EVENT_BEST,  # a tie is "at or under"
    ]
    assert lap_kinds([(20_000, True)], None, None) == [LapKind.EVENT_BEST]  # the first valid lap of all


@settings(max_examples=150, deadline=None)
@given(laps=laps_strategy, event_best=best, earlier=st.lists(st.tuples(lap_times, st.booleans()), max_size=5))
def test_the_three_displays_agree(
    laps: list[tuple[int, bool]], event_best: int | None, earlier: list[tuple[int, bool]]
) -> None:
    """``event_best``: another racer's fastest lap; ``earlier``: this racer's previous run."""
    # the racer's earlier run sets their best before this one
    previous = [t for t, valid in earlier if valid]
    racer_before = min(previous) if previous else None
    everything = [t for t, valid in [*earlier, *laps] if valid] + ([event_best] if event_best else [])
    record = min(everything) if everything else None
    rule = lap_kinds(laps, racer_before, record)

    table = LapTableModel()
    table.set_laps([Lap(i, t, 0, v, LapSource.SENSOR) for i, (t, v) in enumerate(laps)])
    table.set_bests(racer_before, record)
    assert [table.kind(lap) for lap in table.rows] == [k.value for k in rule]

    chart = classify([tuple((t, 0, v) for t, v in earlier), tuple((t, 0, v) for t, v in laps)], record)
    assert [bar.kind for bar in chart][len(earlier) :] == [k.value for k in rule]

    for n in range(1, len(laps) + 1):  # the pages show the last lap as the run goes on
        shown = lap_kinds(laps[:n], racer_before, record)[-1]
        assert last_lap_kind(laps[:n], racer_before, record) == PAGE_KINDS.get(shown, "")


@settings(max_examples=150, deadline=None)
@given(laps=laps_strategy.filter(bool), event_best=best, racer_before=best)
def test_the_voice_calls_a_personal_best_only_on_a_lap_coloured_one(
    laps: list[tuple[int, bool]], event_best: int | None, racer_before: int | None
) -> None:
    """The call-outs' "new personal best" (services.callouts) follows the same rule as the colours."""
    record = min([t for t, v in laps if v] + [b for b in (event_best, racer_before) if b], default=None)
    kind = lap_kinds(laps, racer_before, record)[-1]
    said = is_new_personal_best(laps, racer_before)
    if said:
        assert kind in (LapKind.PERSONAL_BEST, LapKind.EVENT_BEST)
    earlier = [t for t, v in laps[:-1] if v] + ([racer_before] if racer_before is not None else [])
    if kind is LapKind.PERSONAL_BEST and earlier:
        assert said  # a coloured improvement is never left unsaid
    if not earlier or not laps[-1][1]:
        assert not said  # the first valid lap is no news; an invalid one never a best


def test_the_voice_rule_on_a_run() -> None:
    assert not is_new_personal_best([(12_000, True)], None)  # first lap: their best by default
    assert is_new_personal_best([(12_000, True), (11_500, True)], None)
    assert not is_new_personal_best([(12_000, True), (12_000, True)], None)  # a tie is no new best
    assert is_new_personal_best([(11_000, True)], 11_500)  # beats their earlier run on any track
    assert not is_new_personal_best([(11_000, True), (9_000, False)], 11_500)
