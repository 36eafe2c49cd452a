from __future__ import annotations

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
    assert history[-1]["payload"]["before"]["time_ms"] == 9_000
    assert history[-1]["payload"]["changes"]["time_ms"] == 11_000
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
