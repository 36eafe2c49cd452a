"""Demo data: a believable event to try the app, take screenshots and run benchmarks.

Runs go through race control, so the demo exercises the same path as a real race; ``fast=True`` writes
finished runs in bulk through the store instead (for benchmark-sized events). The demo's runs write no
automatic backups: the organizer's real restore points stay the last ones kept.
"""

from __future__ import annotations

import random
from datetime import date

from drem_desktop.app import App
from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.domain.records import EventInfo
from drem_desktop.store.bulk import BulkRun, bulk_insert_runs
from drem_desktop.timing.crossing import Crossing

COLOURS = ["blue", "red", "marigold", "orchid", "skyblue", "green", "violet", "lime"]
COUNTRIES = ["GB", "DE", "SE", "FR", "ES", "JP", "US", "NL", "IT", "AU"]
NAMES = [
    "speedy",
    "apex",
    "drift",
    "turbo",
    "pixel",
    "rocket",
    "nova",
    "blaze",
    "echo",
    "vortex",
    "zephyr",
    "comet",
    "falcon",
    "lynx",
    "orbit",
    "quasar",
    "raven",
    "sprint",
    "titan",
    "volt",
]


def racer_name(i: int) -> str:
    return f"{NAMES[i % len(NAMES)]}_{i // len(NAMES) + 1:03d}" if i >= len(NAMES) else NAMES[i]


def populate(
    app: App,
    racers: int = 24,
    runs_per_racer: int = 2,
    laps_per_run: int = 6,
    tracks: int = 2,
    seed: int = 7,
    name: str = "DREM Demo Cup",
    fast: bool = False,
) -> EventInfo:
    rnd = random.Random(seed)
    config = RaceConfig(race_time_ms=180_000, resets_per_lap=3, max_runs_per_racer=None, min_lap_ms=2_000)
    event = app.events.create(name, date.today().isoformat(), config, tracks, country_code="GB")
    people = []
    existing = {r.username for r in app.racers.list()}
    for i in range(racers):
        username = racer_name(i)
        if username in existing:
            people.append(app.racers.by_username(username))
            continue
        people.append(
            app.racers.add(
                username,
                display_name=username.replace("_", " ").title(),
                country_code=rnd.choice(COUNTRIES),
                highlight_colour=rnd.choice(COLOURS),
            )
        )
    if fast:
        bulk: list[BulkRun] = []
        for person in people:
            skill = rnd.uniform(8_000, 14_000)
            for r in range(runs_per_racer):
                track = event.tracks[(r + hash(person.username)) % len(event.tracks)]
                laps = []
                for _ in range(laps_per_run):
                    resets = rnd.choice([0, 0, 0, 0, 1, 2, 4])
                    laps.append((int(skill + rnd.gauss(0, 600) + resets * 900), resets, resets <= 3))
                bulk.append(BulkRun(event.event_id, track.track_id, person.racer_id, laps))
        bulk_insert_runs(app.db, bulk, config)
        app.leaderboards.invalidate(event.event_id)
        return event
    sensor_clock = 0
    with app.backups.suspended():
        for r in range(runs_per_racer):
            for n, person in enumerate(people):
                skill = rnd.uniform(8_000, 14_000)
                track = event.tracks[(r + n) % len(event.tracks)]
                app.race_control.prepare(event.event_id, track.track_id, person.racer_id, config)
                sensor_clock = _drive(app, track.track_id, rnd, skill, laps_per_run, sensor_clock + 60_000)
    return event


def _drive(app: App, track_id: str, rnd: random.Random, skill: float, laps: int, sensor_ms: int) -> int:
    """One run through race control, timed by a simulated sensor clock."""
    rc = app.race_control
    rc.handle_crossing(track_id, Crossing("simulator", "1", rc.now(), sensor_ms, "demo-clock"))
    for _ in range(laps):
        resets = rnd.choice([0, 0, 0, 0, 1, 2, 4])
        for _r in range(resets):
            rc.add_reset(track_id)
        sensor_ms += int(skill + rnd.gauss(0, 600) + resets * 900)
        rc.handle_crossing(track_id, Crossing("simulator", "1", rc.now(), sensor_ms, "demo-clock"))
    rc.submit(track_id)
    return sensor_ms
