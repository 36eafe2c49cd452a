"""A small event with the awkward cases exports must get right (synthetic data)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from drem_desktop.domain.race_config import RaceConfig, Ranking
from drem_desktop.store.bulk import BulkRun, bulk_insert_runs

T0 = datetime(2026, 5, 2, 10, 0, tzinfo=UTC)


def make_event(app: Any, name: str = "Summit Cup", ranking: Ranking = Ranking.BEST_LAP) -> Any:
    config = RaceConfig(ranking=ranking, average_window=3, resets_per_lap=3)
    event = app.events.create(name, "2026-05-02", config, 2, country_code="GB", sponsor="ACME")
    t1, t2 = event.tracks
    people = {
        "zoe.k": app.racers.add(
            "zoe.k", display_name="Zoë Kraus", country_code="DE", highlight_colour="#FF0000"
        ),
        "yamada": app.racers.add("yamada", display_name="山田 太郎", country_code="JP"),
        "bob": app.racers.add("bob", display_name='Bob, "the" Builder'),
        "ann": app.racers.add("ann"),
        "idle": app.racers.add("idle"),
    }
    runs = [
        BulkRun(
            event.event_id,
            t1.track_id,
            people["zoe.k"].racer_id,
            [(9_100, 0, True), (9_050, 1, True), (9_300, 0, True)],
        ),
        BulkRun(
            event.event_id,
            t1.track_id,
            people["yamada"].racer_id,
            [(8_900, 0, True), (12_000, 5, False), (9_000, 0, True)],
        ),
        BulkRun(
            event.event_id,
            t2.track_id,
            people["bob"].racer_id,
            [(10_000, 0, True), (10_100, 0, True), (10_200, 0, True), (10_300, 0, True)],
        ),
        BulkRun(
            event.event_id, t2.track_id, people["zoe.k"].racer_id, [(8_800, 0, True)], raced_by_proxy=True
        ),
        BulkRun(event.event_id, t2.track_id, people["ann"].racer_id, [(15_000, 4, False)]),  # no valid lap
        BulkRun(event.event_id, t1.track_id, people["idle"].racer_id, []),  # a run with no laps
    ]
    for i, run in enumerate(runs):
        run.created_at = T0 + timedelta(minutes=4 * i)
    bulk_insert_runs(app.db, runs, config)
    app.leaderboards.invalidate(event.event_id)
    return app.events.get(event.event_id)
