"""The race-summary footer's rank before the run is the rank the racer had before it, even when the
summaries' worker gets to the run late (a busy laptop): real race control, real SQLite, real boards."""

from __future__ import annotations

import threading
from pathlib import Path

from drem_desktop.app import App
from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.domain.run import Stamp


def _run(app: App, event_id: str, track: str, racer_id: str, lap_ms: int) -> None:
    rc = app.race_control
    rc.prepare(event_id, track, racer_id, app.events.get(event_id).config)
    rc.start(track)
    view = rc.view(track)
    assert view is not None and view.run.lap_start is not None
    t = view.run.lap_start.host_ms
    for _ in range(3):
        t += lap_ms
        rc.capture_lap(track, stamp=Stamp(t))
    rc.submit(track)


def test_rank_before_is_read_without_the_run_even_when_the_worker_is_late(tmp_path: Path) -> None:
    app = App(tmp_path / "data", backup_at_start=False)
    try:
        event = app.events.create("Summary Cup", "2026-11-24", RaceConfig(min_lap_ms=1_000), 1)
        track = event.tracks[0].track_id
        ann, bob = app.racers.add("ann"), app.racers.add("bob")
        _run(app, event.event_id, track, ann.racer_id, 12_000)
        assert app.race_summaries.wait_idle()

        def late(racer_id: str, lap_ms: int) -> dict[str, object]:
            gate = threading.Event()
            app.race_summaries._worker.submit(gate.wait, 10.0)  # the worker is busy elsewhere
            _run(app, event.event_id, track, racer_id, lap_ms)  # the whole run happens meanwhile
            gate.set()
            assert app.race_summaries.wait_idle()
            summary = app.race_summaries.latest(track)
            assert summary is not None and summary["racer_id"] == racer_id
            return summary

        first = late(bob.racer_id, 10_000)  # bob is new and goes straight to the top
        assert (first["rank_before"], first["rank"], first["new_on_board"]) == (None, 1, True)
        again = late(ann.racer_id, 9_000)  # ann was second; her faster run takes first place back
        assert (again["rank_before"], again["rank"], again["rank_gained"]) == (2, 1, 1)
        assert again["new_on_board"] is False
    finally:
        app.close()
