from __future__ import annotations

import itertools
import sqlite3
from pathlib import Path

import pytest

from drem_desktop.app import App
from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.domain.run import MaxRunsReached, RunError, RunState, Stamp, TriggerOutcome
from drem_desktop.events import CrossingLogged, LapRecorded, LeaderboardChanged, RunStateChanged
from drem_desktop.timing.crossing import Crossing


def crossing(app: App, sensor_ms: int, seq: int = 0) -> Crossing:
    return Crossing("serial", "1", app.race_control.now(), sensor_ms, "dev-1", seq)


@pytest.fixture
def event(app: App):  # type: ignore[no-untyped-def]
    e = app.events.create("Test Cup", "2026-11-24", RaceConfig(resets_per_lap=2, max_runs_per_racer=1), 2)
    return e


def test_a_lap_is_on_disk_before_anyone_hears_of_it(app: App, event, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    racer = app.racers.add("ann")
    track = event.tracks[0].track_id
    seen: list[int] = []

    def check_disk(e: LapRecorded) -> None:
        # a separate connection, as another process would see it
        with sqlite3.connect(data_dir / "drem.sqlite") as conn:
            seen.append(conn.execute("select count(*) from lap where run_id=?", (e.run_id,)).fetchone()[0])

    app.bus.subscribe(LapRecorded, check_disk)
    app.race_control.prepare(event.event_id, track, racer.racer_id, event.config)
    app.race_control.handle_crossing(track, crossing(app, 0))
    app.race_control.handle_crossing(track, crossing(app, 10_000, 1))
    app.race_control.handle_crossing(track, crossing(app, 21_000, 2))
    assert seen == [1, 2]


def test_every_trigger_is_logged_even_debounced(app: App, event) -> None:  # type: ignore[no-untyped-def]
    racer = app.racers.add("ann")
    track = event.tracks[0].track_id
    outcomes: list[str] = []
    app.bus.subscribe(CrossingLogged, lambda e: outcomes.append(e.outcome))
    app.race_control.handle_crossing(track, crossing(app, 0))  # nobody on track yet
    app.race_control.prepare(event.event_id, track, racer.racer_id, event.config)
    for ms in (1_000, 1_100, 12_000):
        app.race_control.handle_crossing(track, crossing(app, ms))
    assert outcomes == ["ignored", "started", "debounced", "lap"]
    assert [c.outcome for c in app.runs_repo.crossings(track)] == ["lap", "debounced", "started", "ignored"]


def test_full_run_through_the_leaderboard(app: App, event) -> None:  # type: ignore[no-untyped-def]
    ann, bob = app.racers.add("ann"), app.racers.add("bob")
    track = event.tracks[0].track_id
    changes: list[LeaderboardChanged] = []
    app.bus.subscribe(LeaderboardChanged, changes.append)
    rc = app.race_control
    rc.prepare(event.event_id, track, ann.racer_id, event.config)
    rc.start(track)
    rc.handle_crossing(track, crossing(app, 0))  # first trigger right after a manual start: debounced
    rc.capture_lap(track, stamp=Stamp(rc.now() + 12_000))
    rc.add_reset(track)
    rc.add_reset(track)
    rc.add_reset(track)
    view = rc.dnf(track)
    assert view.state is RunState.PAUSED and not view.run.laps[-1].valid
    rc.undo_false_finish(track)
    rc.submit(track)
    assert rc.view(track) is None
    rc.prepare(event.event_id, track, bob.racer_id, event.config)
    rc.handle_crossing(track, crossing(app, 50_000))
    rc.handle_crossing(track, crossing(app, 59_000))
    rows = app.leaderboards.rows(event.event_id, "1", "fastest")
    assert rows[0].username == "bob"
    assert any(c.racer_id == bob.racer_id for c in changes)
    combined = app.leaderboards.rows(event.event_id, "combined", "fastest")
    assert {r.username for r in combined} == {"ann", "bob"}


def test_max_runs_enforced_and_override_recorded(app: App, event) -> None:  # type: ignore[no-untyped-def]
    ann = app.racers.add("ann")
    track = event.tracks[0].track_id
    rc = app.race_control
    rc.prepare(event.event_id, track, ann.racer_id, event.config)
    rc.submit(track)
    with pytest.raises(MaxRunsReached):
        rc.prepare(event.event_id, track, ann.racer_id, event.config)
    view = rc.prepare(event.event_id, track, ann.racer_id, event.config, override_reason="car failed")
    assert app.runs_repo.get(view.run_id).max_runs_override == "car failed"


def test_one_run_per_track(app: App, event) -> None:  # type: ignore[no-untyped-def]
    ann, bob = app.racers.add("ann"), app.racers.add("bob")
    rc = app.race_control
    rc.prepare(event.event_id, event.tracks[0].track_id, ann.racer_id, event.config)
    with pytest.raises(RunError, match="in progress"):
        rc.prepare(event.event_id, event.tracks[0].track_id, bob.racer_id, event.config)
    rc.prepare(
        event.event_id, event.tracks[1].track_id, bob.racer_id, event.config
    )  # the other track is free


def test_a_failed_write_changes_nothing(app: App, event, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    ann = app.racers.add("ann")
    track = event.tracks[0].track_id
    rc = app.race_control
    rc.prepare(event.event_id, track, ann.racer_id, event.config)
    rc.handle_crossing(track, crossing(app, 0))
    published: list[object] = []
    app.bus.subscribe(LapRecorded, published.append)

    def disk_full(*_a: object, **_k: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(app.runs_repo, "save", disk_full)  # the one place a real full disk can't be staged
    with pytest.raises(sqlite3.OperationalError):
        rc.handle_crossing(track, crossing(app, 10_000))
    assert rc.view(track).run.laps == []  # type: ignore[union-attr]
    assert published == []
    monkeypatch.undo()
    assert rc.handle_crossing(track, crossing(app, 10_500)) is TriggerOutcome.LAP
    assert rc.view(track).run.laps[0].time_ms == 10_500  # type: ignore[union-attr]


def test_restart_mid_run_reopens_it_intact(data_dir: Path) -> None:
    app = App(data_dir, backup_at_start=False)
    e = app.events.create("Cup", "2026-11-24", RaceConfig(race_time_ms=600_000), 1)
    ann = app.racers.add("ann")
    track = e.tracks[0].track_id
    app.race_control.prepare(e.event_id, track, ann.racer_id, e.config)
    app.race_control.handle_crossing(track, Crossing("serial", "1", app.race_control.now(), 1_000, "dev"))
    app.race_control.handle_crossing(track, Crossing("serial", "1", app.race_control.now(), 11_000, "dev"))
    app.race_control.add_reset(track)
    before = app.race_control.view(track)
    app.close()  # as good as a crash: nothing is flushed at close that was not already committed

    again = App(data_dir, backup_at_start=False)
    view = again.race_control.view(track)
    assert view is not None and view.run_id == before.run_id  # type: ignore[union-attr]
    assert view.state is RunState.RUNNING
    assert [lap.time_ms for lap in view.run.laps] == [10_000]
    assert view.run.resets == 1
    assert 0 < view.time_left_ms() <= 600_000  # type: ignore[operator]
    # the sensor kept its clock: the next lap is exact
    again.race_control.handle_crossing(
        track, Crossing("serial", "1", again.race_control.now(), 20_500, "dev")
    )
    assert again.race_control.view(track).run.laps[-1].time_ms == 9_500  # type: ignore[union-attr]
    again.race_control.discard(track)
    assert again.race_control.view(track) is None
    again.close()


def test_race_admin_edits_are_traceable_and_move_the_leaderboard(app: App, event) -> None:  # type: ignore[no-untyped-def]
    ann, bob = app.racers.add("ann"), app.racers.add("bob")
    track = event.tracks[0].track_id
    rc = app.race_control
    for racer, lap_ms in ((ann, 9_000), (bob, 10_000)):
        rc.prepare(event.event_id, track, racer.racer_id, event.config, override_reason="test")
        rc.handle_crossing(track, crossing(app, 100_000))
        rc.handle_crossing(track, crossing(app, 100_000 + lap_ms))
        rc.submit(track)
    assert app.leaderboards.rows(event.event_id, "1", "fastest")[0].username == "ann"
    ann_run = next(r for r in app.race_admin.runs(event.event_id) if r.racer_id == ann.racer_id)
    lap = ann_run.laps[0]
    app.race_admin.edit_lap(ann_run.run_id, lap.lap_id, time_ms=11_000)
    assert app.leaderboards.rows(event.event_id, "1", "fastest")[0].username == "bob"
    history = app.race_admin.history(lap.lap_id)
    change = next(c for c in history[-1].changes if c.field == "time")
    assert (change.before, change.after) == ("9.000 s", "11.000 s")
    app.race_admin.delete_run(ann_run.run_id)
    assert [r.username for r in app.leaderboards.rows(event.event_id, "1", "fastest")] == ["bob"]
    app.race_admin.delete_run(ann_run.run_id, deleted=False)
    assert len(app.leaderboards.rows(event.event_id, "1", "fastest")) == 2


def test_state_changes_are_published(app: App, event) -> None:  # type: ignore[no-untyped-def]
    ann = app.racers.add("ann")
    track = event.tracks[0].track_id
    states: list[str] = []
    app.bus.subscribe(RunStateChanged, lambda e: states.append(e.state))
    rc = app.race_control
    rc.prepare(event.event_id, track, ann.racer_id, event.config)
    rc.toggle_pause(track)
    rc.toggle_pause(track)
    rc.toggle_pause(track)
    rc.end(track)
    rc.discard(track)
    assert states == ["ready", "running", "paused", "running", "over", "discarded"]


def test_a_submitted_run_is_backed_up(data_dir: Path) -> None:
    app = App(data_dir, backup_at_start=True)
    try:
        e = app.events.create("Backup Cup", "2026-11-24", RaceConfig(), 1)
        ann = app.racers.add("ann")
        track = e.tracks[0].track_id
        app.race_control.prepare(e.event_id, track, ann.racer_id, e.config)
        app.race_control.handle_crossing(track, crossing(app, 0))
        app.race_control.handle_crossing(track, crossing(app, 10_000))
        app.race_control.submit(track)
        app.backups.close()  # waits for the backup written after the submit
        names = [p.name for p in app.backups.list()]
        assert any(n.endswith("-start.sqlite") for n in names)
        submitted = [p for p in app.backups.list() if p.name.endswith("-submitted.sqlite")]
        assert submitted, names
        with sqlite3.connect(submitted[0]) as conn:
            assert conn.execute("select count(*) from lap").fetchone()[0] == 1
    finally:
        app.close()


@pytest.mark.parametrize("laps_in_live_run", [0, 2])
def test_runs_done_and_the_board_count_the_same_after_a_restart_mid_run(
    data_dir: Path, laps_in_live_run: int
) -> None:
    """The app killed mid-run: the run still on the track is not one more run done after the restart."""
    from drem_desktop.ui.timekeeper.racer_picker import runs_done

    def counts(app: App, event_id: str, racer_id: str) -> tuple[int, int, list[int]]:
        boards = [r.runs for r in app.leaderboards.rows(event_id, "combined", "fastest")]
        return (
            runs_done(app, event_id).get(racer_id, 0),
            app.race_control.runs_done(event_id, racer_id),
            boards,
        )

    app = App(data_dir, backup_at_start=False)
    e = app.events.create("Cup", "2026-11-24", RaceConfig(max_runs_per_racer=2, min_lap_ms=0), 1)
    ann = app.racers.add("ann")
    track = e.tracks[0].track_id
    rc = app.race_control
    rc.prepare(e.event_id, track, ann.racer_id, e.config)
    for ms in (1_000, 11_000):
        rc.handle_crossing(track, Crossing("serial", "1", rc.now(), ms, "dev"))
    rc.submit(track)
    app.leaderboards.rows(e.event_id, "combined", "fastest")  # the board is warm before the next run
    rc.prepare(e.event_id, track, ann.racer_id, e.config)
    rc.handle_crossing(track, Crossing("serial", "1", rc.now(), 20_000, "dev"))  # started, then laps
    for i in range(laps_in_live_run):
        rc.handle_crossing(track, Crossing("serial", "1", rc.now(), 30_000 + 10_000 * i, "dev"))
    before = counts(app, e.event_id, ann.racer_id)
    app.close()  # as good as a kill: everything was committed

    again = App(data_dir, backup_at_start=False)
    after = counts(again, e.event_id, ann.racer_id)
    assert before[:2] == after[:2] == (1, 1)
    assert before[2] == after[2] == [1 if laps_in_live_run == 0 else 2]
    again.close()


def test_a_run_submitted_without_a_lap_counts_on_the_warm_board_as_after_a_restart(data_dir: Path) -> None:
    app = App(data_dir, backup_at_start=False)
    e = app.events.create("Cup", "2026-11-24", RaceConfig(), 1)
    ann = app.racers.add("ann")
    track = e.tracks[0].track_id
    app.leaderboards.rows(e.event_id, "combined", "fastest")
    app.race_control.prepare(e.event_id, track, ann.racer_id, e.config)
    app.race_control.submit(track)
    warm = [(r.racer_id, r.runs) for r in app.leaderboards.rows(e.event_id, "combined", "fastest")]
    app.close()
    again = App(data_dir, backup_at_start=False)
    cold = [(r.racer_id, r.runs) for r in again.leaderboards.rows(e.event_id, "combined", "fastest")]
    again.close()
    assert warm == cold == [(ann.racer_id, 1)]


def test_the_race_lock_is_free_while_subscribers_run(app: App, event, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """Events are published after race control lets go of its lock: while a subscriber on track 1's
    publishing thread is still busy, track 2's next lap is committed (and on disk)."""
    import threading

    ann, bob = app.racers.add("ann"), app.racers.add("bob")
    one, two = (t.track_id for t in event.tracks)
    for racer, track in ((ann, one), (bob, two)):
        app.race_control.prepare(event.event_id, track, racer.racer_id, event.config)
        app.race_control.handle_crossing(track, crossing(app, 0))
    busy, done = threading.Event(), threading.Event()

    def slow(e: LapRecorded) -> None:
        if e.track_id == one:
            busy.set()
            done.wait(30)

    app.bus.subscribe(LapRecorded, slow)  # inline, on the publisher's thread (which it should not be)
    first = threading.Thread(target=app.race_control.handle_crossing, args=(one, crossing(app, 10_000, 1)))
    first.start()
    second: threading.Thread | None = None
    try:
        assert busy.wait(10)
        second = threading.Thread(
            target=app.race_control.handle_crossing, args=(two, crossing(app, 9_000, 1))
        )
        second.start()
        with sqlite3.connect(data_dir / "drem.sqlite") as conn:
            run_two = app.race_control.view(two)
            assert run_two is not None
            count = "select count(*) from lap where run_id=?"
            deadline = 200
            while conn.execute(count, (run_two.run_id,)).fetchone()[0] != 1 and deadline:
                threading.Event().wait(0.05)
                deadline -= 1
            assert conn.execute(count, (run_two.run_id,)).fetchone()[0] == 1  # committed meanwhile
        assert not done.is_set()
    finally:
        done.set()
        first.join(10)
        if second is not None:
            second.join(10)


def test_operations_say_what_changed_and_who_asked(app: App, event) -> None:  # type: ignore[no-untyped-def]
    racer = app.racers.add("ann")
    track = event.tracks[0].track_id
    rc = app.race_control
    seen: list[object] = []
    app.bus.subscribe(LapRecorded, seen.append)
    rc.prepare(event.event_id, track, racer.racer_id, event.config)
    with rc.initiated_by("console-1"):
        started = rc.start(track)
        reset = rc.add_reset(track)
        lap = rc.capture_lap(track, stamp=Stamp(rc.now() + 9_000))
    sensor_lap = rc.capture_lap(track, stamp=Stamp(rc.now() + 19_000))
    assert started.change is not None and started.change.state and not started.change.boards
    assert reset.change is not None and reset.change.laps == () and not reset.change.boards
    assert lap.change is not None and (lap.change.laps, lap.change.boards) == ((0,), True)
    assert lap.change.initiator == "console-1" and sensor_lap.change is not None
    assert sensor_lap.change.initiator == ""  # outside the block: nobody's in particular
    assert [e.initiator for e in seen if isinstance(e, LapRecorded)] == ["console-1", ""]


def _on_track(app: App, event, username: str = "kim"):  # type: ignore[no-untyped-def]
    racer = app.racers.add(username)
    track = event.tracks[0].track_id
    app.race_control.prepare(event.event_id, track, racer.racer_id, event.config)
    return track


def test_two_lap_keys_0_6_s_apart_make_no_event_best(app: App, event) -> None:  # type: ignore[no-untyped-def]
    """A key lap shorter than the minimum lap time is treated like a sensor trigger that close."""
    rc = app.race_control
    track = _on_track(app, event)
    logged: list[CrossingLogged] = []
    app.bus.subscribe(CrossingLogged, logged.append)
    t0 = rc.now()
    rc.toggle_pause(track, stamp=Stamp(t0))
    rc.capture_lap(track, stamp=Stamp(t0 + 10_000))
    view = rc.capture_lap(track, stamp=Stamp(t0 + 10_624))
    assert [lap.time_ms for lap in view.run.laps] == [10_000]
    assert "0.624 s after the lap began" in view.notice and "Press A to count it anyway" in view.notice
    assert "minimum lap time (2.000 s)" in view.notice
    stored = rc.crossings(track)[0]
    assert (stored.source, stored.outcome, stored.since_lap_start_ms) == ("keyboard", "debounced", 624)
    assert (logged[-1].source, logged[-1].outcome) == ("keyboard", "debounced")
    best = app.leaderboards.rows(event.event_id, track, "fastest")[0].fastest_lap_ms
    assert best == 10_000  # the double tap is not the event's best lap

    counted = rc.count_short_lap(track)  # the timekeeper saw a real lap: one key counts it
    assert [lap.time_ms for lap in counted.run.laps] == [10_000, 624]
    with pytest.raises(RunError, match="no short lap"):
        rc.count_short_lap(track)


def test_space_just_after_a_trigger_start_does_not_pause(app: App, event) -> None:  # type: ignore[no-untyped-def]
    rc = app.race_control
    track = _on_track(app, event)
    t0 = rc.now()
    rc.handle_crossing(track, Crossing("serial", "1", t0, 5_000, "dev-1"))
    view = rc.toggle_pause(track, stamp=Stamp(t0 + 400))
    assert view.state is RunState.RUNNING
    assert "The sensor started the run 0.4 s before Space, so Space did not pause it" in view.notice
    assert rc.toggle_pause(track, stamp=Stamp(t0 + 700)).state is RunState.PAUSED  # the next Space pauses
    # a trigger resumes a paused run, and the same grace applies
    rc.handle_crossing(track, Crossing("serial", "1", t0 + 8_000, 13_000, "dev-1"))
    view = rc.toggle_pause(track, stamp=Stamp(t0 + 8_300))
    assert view.state is RunState.RUNNING and "resumed the run 0.3 s" in view.notice
    # later than a second, Space pauses at once
    rc.toggle_pause(track, stamp=Stamp(t0 + 8_400))
    rc.handle_crossing(track, Crossing("serial", "1", t0 + 20_000, 25_000, "dev-1"))
    assert rc.toggle_pause(track, stamp=Stamp(t0 + 21_500)).state is RunState.PAUSED


def test_the_trigger_log_measures_from_the_trigger_that_began_the_lap(data_dir: Path) -> None:
    """A debounced trigger is not a reference; a start has no gap; a lap's figure is the lap table's."""
    app = App(data_dir, backup_at_start=False)
    e = app.events.create("Log Cup", "2026-11-24", RaceConfig(min_lap_ms=2_000), 1)
    track = _on_track(app, e)
    rc = app.race_control
    logged: list[CrossingLogged] = []
    app.bus.subscribe(CrossingLogged, logged.append)
    t = rc.now() - 200_000
    for host_late, sensor_ms in ((0, 100_000), (40, 100_158), (25, 105_422), (0, 106_000)):
        rc.handle_crossing(
            track, Crossing("serial", "1", t + sensor_ms - 100_000 + host_late, sensor_ms, "dev-1")
        )
    laps = rc.view(track).run.laps  # type: ignore[union-attr]
    assert [lap.time_ms for lap in laps] == [5_422]
    expected = [("started", None), ("debounced", 158.0), ("lap", 5_422.0), ("debounced", 578.0)]
    assert [(c.outcome, c.since_lap_start_ms) for c in logged] == expected
    app.close()
    again = App(data_dir, backup_at_start=False)  # the stored log says the same after a restart
    assert [
        (c.outcome, c.since_lap_start_ms) for c in reversed(again.race_control.crossings(track))
    ] == expected
    again.close()


def test_history_says_what_changed_by_which_laptop_and_folds_clock_saves(app: App, event) -> None:  # type: ignore[no-untyped-def]
    rc = app.race_control
    track = _on_track(app, event, "lea")
    t = rc.now() - 60_000
    for i, ms in enumerate((0, 10_000, 20_500, 31_000)):
        rc.handle_crossing(track, Crossing("serial", "1", t + ms, ms, "dev-1", i))
    rc.add_reset(track)
    run_id = rc.view(track).run_id  # type: ignore[union-attr]
    rc.submit(track)
    app.db.set_setting("laptop_name", "Timing desk")
    entries = app.race_admin.history(run_id)
    texts = [e.text().split("  ", 1)[1] for e in entries]
    assert texts[0] == "created: state ready  — Timing desk"
    assert "changed: state ready → running  — Timing desk" in texts
    assert texts[-1] == "changed: state over → submitted  — Timing desk"
    saves = [e for e in entries if e.what == "saved"]
    assert saves and sum(e.folded for e in saves) >= 4  # every lap and the reset saved the clocks
    assert all(a.what != "saved" or b.what != "saved" for a, b in itertools.pairwise(entries))
    assert len(entries) <= 6  # not one line per save

    lap = app.race_admin.runs(event.event_id, track)[0].laps[0]
    app.race_admin.edit_lap(run_id, lap.lap_id, resets=2)
    app.race_admin.edit_lap(run_id, lap.lap_id, resets=2)  # the same again: nothing to record
    [created, changed] = [e.text().split("  ", 1)[1] for e in app.race_admin.history(lap.lap_id)]
    assert created == "created: time 10.000 s, resets 0, valid yes, source sensor  — Timing desk"
    assert changed == "changed: resets 0 → 2  — Timing desk"
    # another laptop: by the name it gave when paired, else by its short id
    assert app.db.laptop_name("63b33254-0000") == "laptop 63b33254"
    app.db.set_setting("laptop_names", {"63b33254-0000": "Registration desk"})
    assert app.db.laptop_name("63b33254-0000") == "Registration desk"


def test_another_laptops_changes_are_named_when_it_is_known() -> None:
    from datetime import UTC, datetime

    from drem_desktop.domain.history import summarize

    rows = [
        {
            "op": "update",
            "at": datetime(2026, 5, 1, tzinfo=UTC),
            "origin": "63b33254-aaaa",
            "table": "lap",
            "payload": {"changes": {"valid": False}, "before": {"valid": True}},
        },
        {
            "op": "update",
            "at": None,
            "origin": "ffff0000-bbbb",
            "table": "lap",
            "payload": {"changes": {"deleted": True}, "before": {"deleted": False}},
        },
    ]
    names = {"63b33254-aaaa": "Registration desk"}
    entries = summarize(rows, lambda i: names.get(i, f"laptop {i[:8]}"))
    assert [(e.what, e.who) for e in entries] == [
        ("changed", "Registration desk"),
        ("deleted", "laptop ffff0000"),
    ]
    assert entries[0].text().endswith("changed: valid yes → no  — Registration desk")


def test_an_edit_made_on_two_laptops_at_once_says_which_value_holds() -> None:
    from drem_desktop.domain.history import summarize

    rows = [  # as the store marks them once two laptops' edits of one lap meet (sync)
        {
            "op": "update",
            "at": None,
            "origin": "aaaa1111-0000",
            "table": "lap",
            "payload": {"changes": {"time_ms": 9_900}, "before": {"time_ms": 10_800}},
            "conflict": [{"column": "time_ms", "other_laptop": "bbbb2222-0000", "holds": False}],
        },
        {
            "op": "update",
            "at": None,
            "origin": "bbbb2222-0000",
            "table": "lap",
            "payload": {"changes": {"time_ms": 10_100}, "before": {"time_ms": 10_800}},
            "conflict": [{"column": "time_ms", "other_laptop": "aaaa1111-0000", "holds": True}],
        },
        {"op": "update", "at": None, "origin": "bbbb2222-0000", "table": "lap", "payload": {"changes": {}}},
    ]
    names = {"aaaa1111-0000": "Timing desk", "bbbb2222-0000": "Registration desk"}
    entries = summarize(rows, names.__getitem__)
    assert [line.strip() for line in entries[0].text().split("  ", 1)[1].splitlines()] == [
        "changed: time 10.800 s → 9.900 s  — Timing desk",
        "⚠ time was also changed on Registration desk at the same time: the other value holds",
    ]
    assert entries[1].conflicts == (
        "time was also changed on Timing desk at the same time: this value holds",
    )
    assert len(entries) == 3 and entries[2].what == "saved"  # a later save never folds a conflict away
