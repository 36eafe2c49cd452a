"""Shared set-up for benchmarks: a throw-away data folder with a big event."""

from __future__ import annotations

import random
import statistics
import tempfile
from pathlib import Path

from drem_desktop.app import App
from drem_desktop.domain.race_config import RaceConfig, Ranking
from drem_desktop.domain.records import EventInfo
from drem_desktop.store.bulk import BulkRun, bulk_insert_runs


def big_event(
    app: App,
    racers: int,
    laps_per_racer_per_track: int,
    tracks: int = 2,
    laps_per_run: int = 10,
    seed: int = 1,
) -> EventInfo:
    rnd = random.Random(seed)
    config = RaceConfig(resets_per_lap=3, ranking=Ranking.BEST_LAP)
    event = app.events.create("Benchmark Grand Prix", "2026-11-24", config, tracks)
    from drem_desktop.store.bulk import bulk_insert_racers
    from drem_desktop.store.schema import new_id

    rows = [
        {"id": new_id(), "username": f"racer{i:05d}", "display_name": f"Racer {i}", "country_code": "GB"}
        for i in range(racers)
    ]
    bulk_insert_racers(app.db, rows)  # logged like any write, so the event can sync
    runs = []
    for row in rows:
        skill = rnd.uniform(7_000, 15_000)
        for track in event.tracks:
            for _ in range(laps_per_racer_per_track // laps_per_run):
                laps = []
                for _ in range(laps_per_run):
                    resets = rnd.choice((0, 0, 0, 1, 4))
                    laps.append((int(skill + rnd.gauss(0, 500)), resets, resets <= 3))
                runs.append(BulkRun(event.event_id, track.track_id, row["id"], laps))
    bulk_insert_runs(app.db, runs, config)
    return event


def new_app() -> App:
    return App(Path(tempfile.mkdtemp(prefix="drem-bench-")), backup_at_start=False)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def median(values: list[float]) -> float:
    return statistics.median(values)
