"""Child process for the crash test: races laps as fast as it can and says which ones are committed.

It prints ``recovered RUN N`` at start (the run race control reopened and its lap count) and
``committed RUN INDEX TIME`` after each lap that race control has returned from (i.e. committed).
"""

from __future__ import annotations

import sys
from pathlib import Path

from drem_desktop.app import App
from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.domain.run import TriggerOutcome
from drem_desktop.timing.crossing import Crossing


def main(data_dir: str) -> None:
    app = App(Path(data_dir), backup_at_start=False)
    rc = app.race_control
    events = app.events.list()
    if events:
        event = events[0]
        racer = app.racers.by_username("crashy")
    else:
        event = app.events.create("Crash Cup", "2026-11-24", RaceConfig(race_time_ms=None, min_lap_ms=0), 1)
        racer = app.racers.add("crashy")
    track = event.tracks[0].track_id
    view = rc.view(track)
    if view is None:
        view = rc.prepare(event.event_id, track, racer.racer_id, event.config)
    print(f"recovered {view.run_id} {len(view.run.laps)}", flush=True)
    sensor_ms = 0
    clock = f"child-{id(app)}"
    while True:
        sensor_ms += 1_000
        outcome = rc.handle_crossing(track, Crossing("simulator", "1", rc.now(), sensor_ms, clock))
        if outcome is TriggerOutcome.LAP:
            lap = rc.view(track).run.laps[-1]  # type: ignore[union-attr]
            print(f"committed {view.run_id} {lap.index} {lap.time_ms}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
