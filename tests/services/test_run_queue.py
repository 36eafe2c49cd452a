"""The run queue on a real database: order, reorder, add by name, N takes the next, any pick leaves it."""

from __future__ import annotations

import pytest

from drem_desktop.domain.errors import Duplicate, NotFound
from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.events import QueueChanged
from drem_desktop.services.run_queue import QueueEmpty


def names(app, track_id: str) -> list[str]:
    return [app.racers.get(e.racer_id).username for e in app.queue.entries(track_id)]


def test_queue_order_reorder_and_take_next(app) -> None:
    event = app.events.create("Queue Cup", "2026-11-24", RaceConfig(), 2)
    t1, t2 = (t.track_id for t in event.tracks)
    for name in ("ann", "bob", "cat"):
        app.racers.add(name)
    app.racers.add("dan", display_name="Daniel D")
    seen: list[QueueChanged] = []
    app.bus.subscribe(QueueChanged, seen.append)

    for name in ("ann", "bob", "cat"):
        app.queue.add_by_name(t1, name)
    app.queue.add_by_name(t1, "daniel d")  # by display name, any case
    assert names(app, t1) == ["ann", "bob", "cat", "dan"]
    assert names(app, t2) == []
    assert len(seen) == 4 and {e.track_id for e in seen} == {t1}

    with pytest.raises(Duplicate):
        app.queue.add_by_name(t1, "ANN")
    with pytest.raises(NotFound, match="No racer called zed"):
        app.queue.add_by_name(t1, "zed")
    assert names(app, t1) == ["ann", "bob", "cat", "dan"]  # refusals change nothing

    cat = app.queue.entries(t1)[2]
    app.queue.move(cat.entry_id, 0)  # drag cat to the top
    assert names(app, t1) == ["cat", "ann", "bob", "dan"]
    app.queue.move(cat.entry_id, 99)
    assert names(app, t1) == ["ann", "bob", "dan", "cat"]
    assert [e.position for e in app.queue.entries(t1)] == [0, 1, 2, 3]

    view = app.queue.take_next(t1)
    assert app.racers.get(view.racer_id).username == "ann"
    assert view.car_name == ""  # nothing staged: no car named
    assert names(app, t1) == ["bob", "dan", "cat"]
    # the track is busy: N again is refused and bob stays on deck
    with pytest.raises(Exception, match="already has a run"):
        app.queue.take_next(t1)
    assert names(app, t1) == ["bob", "dan", "cat"]

    # picking a queued racer by hand on the track takes them off that track's queue too
    app.race_control.submit(t1)
    dan = app.racers.by_username("dan")
    app.race_control.prepare(event.event_id, t1, dan.racer_id, event.config)
    assert app.queue.wait_idle()
    assert names(app, t1) == ["bob", "cat"]

    app.queue.remove(app.queue.entries(t1)[1].entry_id)
    assert names(app, t1) == ["bob"]
    with pytest.raises(QueueEmpty):
        app.queue.take_next(t2)


def test_queue_survives_a_restart(data_dir) -> None:
    from drem_desktop.app import App

    app = App(data_dir, backup_at_start=False)
    try:
        event = app.events.create("Queue Cup", "2026-11-24", RaceConfig(), 1)
        track = event.tracks[0].track_id
        for name in ("ann", "bob"):
            app.queue.add(track, app.racers.add(name).racer_id)
    finally:
        app.close()
    again = App(data_dir, backup_at_start=False)
    try:
        assert names(again, track) == ["ann", "bob"]
    finally:
        again.close()
