"""The merge across laptops (docs/sync.md, sections 3 and 4), through the wire format, in process."""

from __future__ import annotations

import json
from collections.abc import Callable

from sqlalchemy import select, text

from drem_desktop.app import App
from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.store.schema import Base
from drem_desktop.timing.crossing import Crossing

from .exchange import pull, sync_all

Laptops = Callable[..., App]


def timed_run(app: App, event_id: str, track_id: str, racer_id: str, laps_ms: list[int]) -> str:
    """A run timed by sensor crossings and submitted; returns its id."""
    rc = app.race_control
    rc.prepare(event_id, track_id, racer_id, app.events.get(event_id).config)
    at = 0
    rc.handle_crossing(track_id, Crossing("serial", "1", rc.now(), at, "clk", 0))
    for i, lap in enumerate(laps_ms, start=1):
        at += lap
        rc.handle_crossing(track_id, Crossing("serial", "1", rc.now(), at, "clk", i))
    view = rc.view(track_id)
    assert view is not None
    rc.end(track_id)
    rc.submit(track_id)
    return view.run_id


def board(app: App, event_id: str, track: str = "combined") -> str:
    return json.dumps([r.to_json() for r in app.leaderboards.rows(event_id, track, "fastest")], default=str)


def rows(app: App, table: str) -> list[tuple[object, ...]]:
    """Every row of a table, JSON columns decoded (key order in the text is not the row)."""
    model = Base.metadata.tables[table]
    with app.db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(model).order_by(model.c.id))]


def changes(app: App) -> list[tuple[object, ...]]:
    log = Base.metadata.tables["change_log"]
    with app.db.engine.connect() as conn:
        return [
            tuple(r)
            for r in conn.execute(
                select(
                    log.c.hlc,
                    log.c.origin,
                    log.c.seq,
                    log.c.table_name,
                    log.c.row_id,
                    log.c.op,
                    log.c.at,
                    log.c.payload,
                    log.c.event_id,
                ).order_by(log.c.hlc)
            )
        ]


def test_laps_of_another_laptop_arrive_once_and_the_boards_agree(laptops: Laptops) -> None:
    a, b = laptops("a"), laptops("b")
    assert a.db.laptop_id != b.db.laptop_id
    event = a.events.create("Sync Cup", "2026-11-24", RaceConfig(race_time_ms=None, min_lap_ms=0), 2)
    ann = a.racers.add("ann")
    timed_run(a, event.event_id, event.tracks[0].track_id, ann.racer_id, [9_000, 8_500, 10_100])
    first = pull(b, a)
    assert first.changes > 0 and first.pending == 0
    assert board(b, event.event_id) == board(a, event.event_id)
    assert "8500" in board(b, event.event_id)
    # idempotence: a second pull, and a pull the other way, change nothing
    before = (rows(b, "lap"), changes(b))
    assert not pull(b, a).anything
    assert not pull(a, b).anything
    assert (rows(b, "lap"), changes(b)) == before
    for table in ("event", "track", "racer", "run", "lap"):
        assert rows(a, table) == rows(b, table), table
    assert changes(a) == changes(b)


def test_a_later_edit_wins_even_from_a_laptop_whose_clock_is_slow(laptops: Laptops) -> None:
    a, b = laptops("a"), laptops("b", skew_ms=-10 * 60_000)  # b is ten minutes behind
    event = a.events.create("Skew Cup", "2026-11-24", RaceConfig(race_time_ms=None, min_lap_ms=0), 1)
    ann = a.racers.add("ann")
    run_id = timed_run(a, event.event_id, event.tracks[0].track_id, ann.racer_id, [9_000, 9_500])
    lap = a.runs_repo.get(run_id).laps[0]
    a.race_admin.edit_lap(run_id, lap.lap_id, time_ms=9_100)
    pull(b, a)
    b.race_admin.edit_lap(run_id, lap.lap_id, time_ms=9_200)  # made after seeing a's edit
    pull(a, b)
    assert a.runs_repo.get(run_id).laps[0].time_ms == b.runs_repo.get(run_id).laps[0].time_ms == 9_200
    assert rows(a, "lap") == rows(b, "lap")


def test_concurrent_edits_of_one_lap_converge_and_both_stay_in_the_history(laptops: Laptops) -> None:
    a, b = laptops("a"), laptops("b", skew_ms=5 * 60_000)  # b's clock is five minutes ahead
    event = a.events.create("Clash Cup", "2026-11-24", RaceConfig(race_time_ms=None, min_lap_ms=0), 1)
    ann = a.racers.add("ann")
    run_id = timed_run(a, event.event_id, event.tracks[0].track_id, ann.racer_id, [9_000])
    lap_id = a.runs_repo.get(run_id).laps[0].lap_id
    pull(b, a)
    a.race_admin.edit_lap(run_id, lap_id, time_ms=9_300)  # neither has seen the other's edit
    b.race_admin.edit_lap(run_id, lap_id, time_ms=9_700, valid=False)
    sync_all(a, b)
    la, lb = a.runs_repo.get(run_id), b.runs_repo.get(run_id)
    assert la == lb
    # b's stamp is larger (its clock is ahead): its value holds everywhere, per field
    with a.db.engine.connect() as conn:
        time_ms, valid = conn.execute(
            text("SELECT time_ms, valid FROM lap WHERE id = :i"), {"i": lap_id}
        ).one()
    assert (time_ms, bool(valid)) == (9_700, False)
    history = a.runs_repo.history(lap_id)  # the change log's rows, with the conflict marks
    assert [h["payload"].get("changes", {}).get("time_ms") for h in history[-2:]] == [9_300, 9_700]
    assert {h["origin"] for h in history[-2:]} == {a.db.laptop_id, b.db.laptop_id}
    assert a.runs_repo.history(lap_id) == b.runs_repo.history(lap_id)
    # both versions are marked as made apart, and which one holds
    marks = {h["payload"]["changes"]["time_ms"]: h.get("conflict") for h in history[-2:]}
    assert marks[9_700] == [{"column": "time_ms", "other_laptop": a.db.laptop_id, "holds": True}]
    assert marks[9_300] == [{"column": "time_ms", "other_laptop": b.db.laptop_id, "holds": False}]
    # Races → History says it in words, on either laptop
    shown = "\n".join(e.text() for e in a.race_admin.history(lap_id))
    assert "time 9.000 s → 9.300 s" in shown and "time 9.000 s → 9.700 s" in shown
    assert "the other value holds" in shown and "this value holds" in shown


def test_a_delete_and_a_later_restore_resolve_alike_everywhere(laptops: Laptops) -> None:
    a, b, c = laptops("a"), laptops("b"), laptops("c")
    event = a.events.create("Undo Cup", "2026-11-24", RaceConfig(race_time_ms=None, min_lap_ms=0), 1)
    ann = a.racers.add("ann")
    run_id = timed_run(a, event.event_id, event.tracks[0].track_id, ann.racer_id, [9_000, 8_000])
    sync_all(a, b, c)
    lap_id = a.runs_repo.get(run_id).laps[1].lap_id
    b.race_admin.delete_lap(run_id, lap_id)
    pull(c, b)
    c.race_admin.delete_lap(run_id, lap_id, deleted=False)  # restored after seeing the delete
    pull(a, c)  # a hears of the restore first, then of the delete: order does not matter
    pull(a, b)
    sync_all(a, b, c)
    for app in (a, b, c):
        assert [lap.time_ms for lap in app.runs_repo.get(run_id).laps] == [9_000, 8_000]
        assert "8000" in board(app, event.event_id)


def test_the_same_username_registered_on_two_laptops_becomes_one_racer_with_both_runs(
    laptops: Laptops,
) -> None:
    a, b = laptops("a"), laptops("b")
    event = a.events.create("Twin Cup", "2026-11-24", RaceConfig(race_time_ms=None, min_lap_ms=0), 2)
    pull(b, a)
    t1, t2 = event.tracks[0].track_id, event.tracks[1].track_id
    ann_a = a.racers.add("Ann", display_name="Ann A")
    ann_b = b.racers.add("ann", display_name="Ann B")  # registered apart, same name without case
    timed_run(a, event.event_id, t1, ann_a.racer_id, [9_000])
    timed_run(b, event.event_id, t2, ann_b.racer_id, [8_000])
    sync_all(a, b)
    for app in (a, b):
        assert [r.username.lower() for r in app.racers.list()] == ["ann"]
        rows_ = app.leaderboards.rows(event.event_id, "combined", "fastest")
        assert len(rows_) == 1 and rows_[0].runs == 2 and rows_[0].fastest_lap_ms == 8_000
    assert rows(a, "racer") == rows(b, "racer")
    assert rows(a, "run") == rows(b, "run")
    assert board(a, event.event_id) == board(b, event.event_id)
    # renaming the merged racer renames it as a whole: still one racer, everywhere
    kept = a.racers.list()[0]
    a.racers.update(kept.racer_id, username="Annie")
    sync_all(a, b)
    assert [r.username for r in b.racers.list()] == ["Annie"]
    assert b.leaderboards.rows(event.event_id, "combined", "fastest")[0].runs == 2
    assert rows(a, "racer") == rows(b, "racer") and rows(a, "run") == rows(b, "run")


def test_a_lap_that_arrives_before_its_run_waits_and_then_lands(laptops: Laptops) -> None:
    from drem_desktop.sync import feed

    a, b = laptops("a"), laptops("b")
    event = a.events.create("Order Cup", "2026-11-24", RaceConfig(race_time_ms=None, min_lap_ms=0), 1)
    ann = a.racers.add("ann")
    run_id = timed_run(a, event.event_id, event.tracks[0].track_id, ann.racer_id, [9_000, 9_100])
    answer = feed.offer(a.db.replica, {})
    laps = [c for c in answer.changes if c.table == "lap"]
    rest = [c for c in answer.changes if c.table != "lap"]
    early = b.db.replica.apply(laps)  # the laps first: their run is not there yet
    assert early.pending == 2 and rows(b, "lap") == []
    late = b.db.replica.apply(rest, answer.cursors)
    assert late.pending == 0
    assert [lap.time_ms for lap in b.runs_repo.get(run_id).laps] == [9_000, 9_100]


def test_a_local_write_after_a_later_remote_change_is_worked_out_again(laptops: Laptops) -> None:
    """The race the changelog hook guards: a local stamp older than a remote change already committed."""
    a, b = laptops("a"), laptops("b", skew_ms=60 * 60_000)  # b an hour ahead
    event = a.events.create("Race Cup", "2026-11-24", RaceConfig(race_time_ms=None, min_lap_ms=0), 1)
    ann = a.racers.add("ann")
    run_id = timed_run(a, event.event_id, event.tracks[0].track_id, ann.racer_id, [9_000])
    lap_id = a.runs_repo.get(run_id).laps[0].lap_id
    pull(b, a)
    b.race_admin.edit_lap(run_id, lap_id, resets=2)
    from sqlalchemy import event as sa_event

    from drem_desktop.store.schema import Lap

    done: list[bool] = []

    def meanwhile(_session: object, _ctx: object, _instances: object) -> None:
        # runs after the changelog hook stamped a's change and before a writes it: b's later change
        # is received and committed in between, as another thread's apply would
        if not done:
            done.append(True)
            assert pull(a, b).changes == 1

    sa_event.listen(a.db.sessions, "before_flush", meanwhile)
    with a.db.sessions.begin() as session:
        lap = session.get(Lap, lap_id)
        assert lap is not None
        lap.resets = 1  # the same column as b's change, stamped before it
        lap.time_ms = 9_050
    sa_event.remove(a.db.sessions, "before_flush", meanwhile)
    assert done
    with a.db.engine.connect() as conn:
        resets, time_ms = conn.execute(
            text("SELECT resets, time_ms FROM lap WHERE id = :i"), {"i": lap_id}
        ).one()
    assert (resets, time_ms) == (2, 9_050)  # b's later resets hold, a's own time too (per field)
    sync_all(a, b)
    assert rows(a, "lap") == rows(b, "lap")
