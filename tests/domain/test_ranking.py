from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from drem_desktop.domain.leaderboard import Leaderboard, RacerInfo
from drem_desktop.domain.race_config import Ranking
from drem_desktop.domain.ranking import LapFigure, RunLaps, window_sums
from drem_desktop.domain.stats import racer_stats


def laps(*times: int, invalid: tuple[int, ...] = ()) -> tuple[LapFigure, ...]:
    return tuple(LapFigure(t, 0, i not in invalid) for i, t in enumerate(times))


def board(runs: list[RunLaps], ranking: Ranking = Ranking.BEST_LAP, window: int = 3) -> Leaderboard:
    racers = {r.racer_id: RacerInfo(r.racer_id, r.racer_id) for r in runs}
    return Leaderboard.build(ranking, window, racers, runs)


def ranks(b: Leaderboard) -> list[tuple[int | None, str]]:
    return [(row.rank, row.username) for row in b.rows()]


def test_fastest_lap_ranks_and_invalid_laps_do_not_count() -> None:
    b = board(
        [
            RunLaps("r1", "ann", "1", laps(9_000, 8_000, invalid=(1,))),
            RunLaps("r2", "bob", "2", laps(8_500)),
        ]
    )
    assert ranks(b) == [(1, "bob"), (2, "ann")]
    assert b.rows()[1].fastest_lap_ms == 9_000


def test_tie_broken_by_next_best_lap() -> None:
    b = board(
        [
            RunLaps("r1", "ann", "1", laps(8_000, 9_500)),
            RunLaps("r2", "bob", "2", laps(8_000, 9_000)),
        ]
    )
    assert ranks(b) == [(1, "bob"), (2, "ann")]


def test_racer_without_a_further_figure_ranks_behind() -> None:
    b = board(
        [
            RunLaps("r1", "ann", "1", laps(8_000)),
            RunLaps("r2", "bob", "2", laps(8_000, 20_000)),
        ]
    )
    assert ranks(b) == [(1, "bob"), (2, "ann")]


def test_still_equal_the_earlier_run_ranks_ahead() -> None:
    b = board(
        [
            RunLaps("r2", "bob", "2026-05-02T10:08", laps(8_000, 9_000)),
            RunLaps("r1", "ann", "2026-05-02T10:04", laps(9_000, 8_000)),
        ]
    )
    assert ranks(b) == [(1, "ann"), (2, "bob")]


def test_equal_in_every_respect_share_a_rank() -> None:
    b = board(
        [
            RunLaps("r1", "ann", "same", laps(8_000)),
            RunLaps("r2", "bob", "same", laps(8_000)),
            RunLaps("r3", "cat", "later", laps(9_000)),
        ]
    )
    assert [r for r, _n in ranks(b)] == [1, 1, 3]


def test_rows_handed_out_keep_their_ranks_when_a_tie_is_broken() -> None:
    """The board hands out snapshots (the LAN pages and the window read them on other threads)."""
    b = board(
        [
            RunLaps("r1", "ann", "same", laps(8_000)),
            RunLaps("r2", "bob", "same", laps(8_000)),
            RunLaps("r3", "cat", "later", laps(9_000)),
        ]
    )
    before = b.rows()
    b.add_lap("r4", "dan", "first", LapFigure(7_000, 0, True))
    b.add_lap("r3", "cat", "later", LapFigure(7_500, 0, True))
    assert [(r.rank, r.username) for r in before] == [(1, "ann"), (1, "bob"), (3, "cat")]
    assert [before.rank_at(i) for i in range(3)] == [1, 1, 3]
    assert ranks(b) == [(1, "dan"), (2, "cat"), (3, "ann"), (3, "bob")]


def test_no_valid_lap_is_listed_after_with_no_rank() -> None:
    b = board(
        [
            RunLaps("r1", "zed", "1", laps(5_000, invalid=(0,))),
            RunLaps("r2", "amy", "1", laps(6_000, invalid=(0,))),
            RunLaps("r3", "bob", "2", laps(9_000)),
        ]
    )
    assert ranks(b) == [(1, "bob"), (None, "amy"), (None, "zed")]


def test_average_windows_never_span_runs_or_invalid_laps() -> None:
    run_a = laps(10_000, 10_000, 1_000, 10_000, 10_000, invalid=(2,))
    assert window_sums(run_a, 3) == []
    run_b = laps(10_000, 10_000)
    run_c = laps(10_000)
    b = board(
        [RunLaps("a", "ann", "1", run_a), RunLaps("b", "ann", "2", run_b), RunLaps("c", "ann", "3", run_c)],
        Ranking.BEST_AVERAGE,
    )
    assert b.rows()[0].rank is None  # no window of three valid laps inside one run
    assert window_sums(laps(3, 4, 5, 6), 3) == [12, 15]


def test_average_format_ranks_by_fastest_window() -> None:
    b = board(
        [
            RunLaps("r1", "ann", "1", laps(9_000, 9_000, 9_000)),
            RunLaps("r2", "bob", "2", laps(7_000, 12_000, 12_000, 7_000)),
        ],
        Ranking.BEST_AVERAGE,
    )
    assert ranks(b) == [(1, "ann"), (2, "bob")]
    assert b.rows()[0].fastest_average_ms == 9_000


def test_combined_keeps_one_row_per_racer_with_their_best_across_tracks() -> None:
    b = board(
        [
            RunLaps("r1", "ann", "1", laps(9_000), track="t1"),
            RunLaps("r2", "ann", "2", laps(8_000), track="t2"),
            RunLaps("r3", "bob", "3", laps(8_500), track="t1"),
        ]
    )
    rows = b.rows()
    assert [(r.username, r.fastest_lap_ms, r.runs) for r in rows] == [("ann", 8_000, 2), ("bob", 8_500, 1)]


def test_incremental_update_matches_a_full_build() -> None:
    rnd = random.Random(3)
    runs = [
        RunLaps(
            f"r{i}",
            f"racer{i % 40}",
            f"{i:05d}",
            tuple(
                LapFigure(rnd.randint(7_000, 15_000), 0, rnd.random() > 0.2) for _ in range(rnd.randint(0, 8))
            ),
        )
        for i in range(120)
    ]
    b = board(runs)
    extra = LapFigure(6_500, 0, True)
    b.add_lap("r7", "racer7", "00007", extra)
    full = board(
        [r if r.run_id != "r7" else RunLaps(r.run_id, r.racer_id, r.order, (*r.laps, extra)) for r in runs]
    )
    assert b.rows() == full.rows()
    assert b.rows()[0].username == "racer7"


def test_raced_by_proxy_marks_the_row() -> None:
    b = board([RunLaps("r1", "ann", "1", laps(9_000), raced_by_proxy=True)])
    assert b.rows()[0].raced_by_proxy


figures = st.lists(
    st.tuples(st.integers(0, 6), st.lists(st.tuples(st.integers(5_000, 5_010), st.booleans()), max_size=6)),
    max_size=25,
)


@settings(max_examples=200, deadline=None)
@given(figures, st.randoms(use_true_random=False), st.sampled_from(list(Ranking)))
def test_ranking_does_not_depend_on_input_order(data: list, rnd: random.Random, ranking: Ranking) -> None:
    runs = [
        RunLaps(f"run{i}", f"racer{r}", f"{i:03d}", tuple(LapFigure(t, 0, v) for t, v in ls))
        for i, (r, ls) in enumerate(data)
    ]
    shuffled = list(runs)
    rnd.shuffle(shuffled)
    assert board(runs, ranking).rows() == board(shuffled, ranking).rows()


@settings(max_examples=200, deadline=None)
@given(figures)
def test_ranks_are_competition_ranks(data: list) -> None:
    runs = [
        RunLaps(f"run{i}", f"racer{r}", "same", tuple(LapFigure(t, 0, v) for t, v in ls))
        for i, (r, ls) in enumerate(data)
    ]
    rows = board(runs).rows()
    ranked = [row for row in rows if row.rank is not None]
    for position, row in enumerate(ranked, start=1):
        assert row.rank is not None and row.rank <= position
        if position > 1 and row.rank != ranked[position - 2].rank:
            assert row.rank == position
    assert all(row.rank is None for row in rows[len(ranked) :])


def test_racer_statistics() -> None:
    runs = [
        RunLaps(
            "a",
            "ann",
            "1",
            (
                LapFigure(10_000, 0, True),
                LapFigure(11_000, 1, True),
                LapFigure(12_000, 4, False),
                LapFigure(9_000, 0, True),
            ),
        ),
        RunLaps(
            "b", "ann", "2", (LapFigure(9_500, 0, True), LapFigure(9_600, 0, True), LapFigure(9_700, 0, True))
        ),
    ]
    st_ = racer_stats(runs, 3)
    assert (st_.valid_laps, st_.invalid_laps, st_.runs, st_.total_resets) == (6, 1, 2, 5)
    assert st_.fastest_lap_ms == 9_000
    assert st_.mean_valid_ms == (10_000 + 11_000 + 9_000 + 9_500 + 9_600 + 9_700) / 6
    assert st_.fastest_average_ms == 9_600
    assert st_.completion_ratio == 6 / 7  # exact, not rounded to 10 %
    assert st_.average_laps_per_run == 3.5
    assert st_.most_consecutive_valid == 3


board_ops = st.lists(
    st.tuples(
        st.sampled_from(["lap", "lap", "lap", "remove", "invalidate"]),
        st.integers(0, 7),  # racer
        st.integers(0, 2),  # run of that racer
        st.integers(5_000, 5_006),  # lap time: small range, so ties are common
        st.booleans(),  # valid
        st.booleans(),  # read the rows after this step
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(board_ops, st.sampled_from(list(Ranking)), st.booleans())
def test_lap_by_lap_updates_always_equal_a_full_build(ops: list, ranking: Ranking, shared: bool) -> None:
    """However laps arrive, runs vanish or laps change, the live board equals one built from scratch.

    With ``shared`` runs of different racers start at the same moment, so racers can tie in every respect
    and share a rank."""
    live = Leaderboard(ranking, 3, {})
    runs: dict[str, RunLaps] = {}
    snapshot, as_read = live.rows(), list(live.rows())
    for op, racer, run_no, time_ms, valid, look in ops:
        run_id, racer_id = f"r{racer}-{run_no}", f"racer{racer}"
        order = f"{run_no}" if shared else f"{run_no}{racer}"
        if op == "lap":
            lap = LapFigure(time_ms, 0, valid)
            live.add_lap(run_id, racer_id, order, lap)
            old = runs.get(run_id)
            runs[run_id] = RunLaps(run_id, racer_id, order, (*(old.laps if old else ()), lap))
        elif op == "remove" and run_id in runs:
            live.remove_run(run_id, racer_id)
            del runs[run_id]
        elif op == "invalidate" and run_id in runs and runs[run_id].laps:
            changed = RunLaps(
                run_id,
                racer_id,
                runs[run_id].order,
                tuple(LapFigure(lp[0], lp[1], False) for lp in runs[run_id].laps),
            )
            runs[run_id] = changed
            live.set_run(changed)
        assert list(snapshot) == as_read  # rows handed out earlier are not changed by later laps
        if look:
            assert live.rows() == Leaderboard.build(ranking, 3, {}, runs.values()).rows()
            snapshot = live.rows()
            as_read = list(snapshot)
            # a row read by its place (a tie's shared rank looked up from there) is the row iterated
            assert [snapshot[i] for i in range(len(snapshot))] == as_read
            assert snapshot[-len(as_read) :] == as_read[-len(as_read) :] and snapshot[1::2] == as_read[1::2]
    assert live.rows() == Leaderboard.build(ranking, 3, {}, runs.values()).rows()


def test_an_unranked_row_says_what_it_lacks() -> None:
    from drem_desktop.domain.leaderboard import no_figure_text
    from drem_desktop.domain.race_config import Ranking

    assert no_figure_text(Ranking.BEST_AVERAGE, 5, 2) == "no 5-lap average yet"
    assert no_figure_text(Ranking.BEST_AVERAGE, 3, 0) == "no valid lap"
    assert no_figure_text(Ranking.BEST_LAP, 3, 0) == "no valid lap"


def test_a_tie_broken_by_a_new_lap_moves_the_rank_of_the_one_left_behind() -> None:
    b = board(
        [
            RunLaps("r1", "ann", "same", laps(8_000)),
            RunLaps("r2", "bob", "same", laps(8_000)),
            RunLaps("r3", "cat", "later", laps(9_000)),
        ]
    )
    assert ranks(b) == [(1, "ann"), (1, "bob"), (3, "cat")]
    b.add_lap("r1", "ann", "same", LapFigure(9_500, 0, True))  # ann keeps her place, the tie is gone
    assert ranks(b) == [(1, "ann"), (2, "bob"), (3, "cat")]
    b.add_lap("r2", "bob", "same", LapFigure(9_500, 0, True))  # tied again
    assert ranks(b) == [(1, "ann"), (1, "bob"), (3, "cat")]


def naive_rows(runs: list[RunLaps], ranking: Ranking, window: int) -> list[tuple]:
    """The ranking rules spelled out the slow, obvious way (the board computes the same faster)."""
    by_racer: dict[str, list[RunLaps]] = {}
    for run in runs:
        by_racer.setdefault(run.racer_id, []).append(run)
    ranked, unranked = [], []
    for racer, racer_runs in by_racer.items():
        per_run = []
        for run in racer_runs:
            valid = [lap[0] for lap in run.laps if lap[2]]
            sums = [
                sum(lap[0] for lap in run.laps[i : i + window])
                for i in range(len(run.laps) - window + 1)
                if all(lap[2] for lap in run.laps[i : i + window])
            ]
            per_run.append((run, valid, sums))
        figures = sorted(f for _r, v, s in per_run for f in (v if ranking is Ranking.BEST_LAP else s))
        all_valid = [t for _r, v, _s in per_run for t in v]
        all_sums = [t for _r, _v, s in per_run for t in s]
        laps_ = [lap for run in racer_runs for lap in run.laps]
        if figures:
            first = min(
                (r for r, v, s in per_run if figures[0] in (v if ranking is Ranking.BEST_LAP else s)),
                key=lambda r: r.order,
            )
            proxy = first.raced_by_proxy
        else:
            proxy = any(r.raced_by_proxy for r in racer_runs)
        body = (
            racer,
            racer,
            racer,
            "",
            "",
            min(all_valid) if all_valid else None,
            round(min(all_sums) / window, 3) if all_sums else None,
            len(all_valid),
            len(laps_) - len(all_valid),
            len(racer_runs),
            proxy,
            sum(lap[1] for lap in laps_),
        )
        if figures:
            ranked.append(((figures[0], (*figures, float("inf")), first.order), racer, body))
        else:
            unranked.append(body)
    ranked.sort(key=lambda x: (x[0], x[1]))
    rows, prev, rank = [], None, 0
    for position, (key, _racer, body) in enumerate(ranked, start=1):
        rank = rank if key == prev else position
        prev = key
        rows.append((rank, *body))
    return rows + [(None, *b) for b in sorted(unranked, key=lambda b: b[1].casefold())]


runs_strategy = st.lists(
    st.tuples(
        st.integers(0, 5),  # racer
        st.sampled_from(["a", "b", "c"]),  # run order: equal orders make full ties possible
        st.lists(st.tuples(st.integers(5_000, 5_004), st.integers(0, 3), st.booleans()), max_size=7),
        st.booleans(),  # raced by proxy
    ),
    max_size=20,
)


@settings(max_examples=300, deadline=None)
@given(runs_strategy, st.sampled_from(list(Ranking)), st.integers(1, 3))
def test_a_built_board_follows_the_rules_spelled_out(data: list, ranking: Ranking, window: int) -> None:
    runs = [
        RunLaps(f"run{i}", f"racer{r}", order, tuple(LapFigure(t, rs, v) for t, rs, v in ls), proxy)
        for i, (r, order, ls, proxy) in enumerate(data)
    ]
    assert [(row.rank, *row.result) for row in board(runs, ranking, window).rows()] == naive_rows(
        runs, ranking, window
    )
