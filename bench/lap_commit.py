"""Durable lap commits one by one, exactly as race control does them for a sensor trigger:
crossing logged, lap inserted, run state saved, change log written, one fsync'd transaction (WAL,
synchronous=FULL), then the bus event. Prints per_s and the p99 of one commit.
Run from the repo root: ``.venv/bin/python bench/lap_commit.py [--laps 2000]``."""

from __future__ import annotations

import argparse
import time

from common import new_app, percentile

from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.domain.run import TriggerOutcome
from drem_desktop.timing.crossing import Crossing


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--laps", type=int, default=2000)
    laps = parser.parse_args().laps
    app = new_app()
    rc = app.race_control
    event = app.events.create("Commit Bench", "2026-11-24", RaceConfig(race_time_ms=None, min_lap_ms=0), 1)
    racer = app.racers.add("bench")
    track = event.tracks[0].track_id
    rc.prepare(event.event_id, track, racer.racer_id, event.config)
    rc.handle_crossing(track, Crossing("serial", "1", rc.now(), 0, "bench-clock", 0))
    times = []
    start_all = time.perf_counter()
    for i in range(1, laps + 1):
        start = time.perf_counter()
        outcome = rc.handle_crossing(track, Crossing("serial", "1", rc.now(), i * 10_000, "bench-clock", i))
        times.append((time.perf_counter() - start) * 1000)
        assert outcome is TriggerOutcome.LAP
    total = time.perf_counter() - start_all
    assert len(app.runs_repo.get(rc.view(track).run_id).laps) == laps  # type: ignore[union-attr]
    print(f"{laps} laps in {total:.2f} s; p50 {percentile(times, 50):.2f} ms, max {max(times):.2f} ms")
    print(f"lap_commit: per_s={laps / total:.0f} p99_ms={percentile(times, 99):.2f}")
    app.close()


if __name__ == "__main__":
    main()
