"""Tells the rest of the app what an apply changed: the same bus events a local change publishes."""

from __future__ import annotations

from drem_desktop.bus import Bus
from drem_desktop.events import EventChanged, RacerChanged, RunChanged, SyncApplied
from drem_desktop.store.replica import Applied

FINE_GRAINED_RUNS = 200  # more runs than this: rebuild the leaderboards once instead


def announce(bus: Bus, applied: Applied) -> None:
    if not applied.anything:
        return
    bulk = applied.regrouped or len(applied.runs) > FINE_GRAINED_RUNS
    events = {e for e, _t, _r in applied.runs.values() if e} | applied.events
    for event_id in sorted(applied.events):
        bus.publish(EventChanged(event_id))
    if not bulk:
        for racer_id in sorted(applied.racers):
            bus.publish(RacerChanged(racer_id))
        for run_id, (event_id, track_id, racer_id) in sorted(applied.runs.items()):
            bus.publish(RunChanged(run_id, event_id, track_id, racer_id, "synced"))
    bus.publish(
        SyncApplied(
            events=() if applied.regrouped else tuple(sorted(events)),
            changes=applied.changes,
            runs=len(applied.runs),
            bulk=bulk,
        )
    )
