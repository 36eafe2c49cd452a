"""Leaderboard build and update times on a big event: 2,000 racers × 50 laps on each of two tracks.

full_ms: the whole leaderboard of one track (100,000 laps) built from the database, rows in rank order
(median of 5 cold builds); full_combined_ms: the same over both tracks (200,000 laps).
incremental_ms: p99 over 500 new laps of the time from the lap's bus event to fresh rows of both the
track's and the combined leaderboard.
"""

from __future__ import annotations

import time

from common import big_event, median, new_app, percentile

from drem_desktop.domain.records import LapRecord
from drem_desktop.events import LapRecorded


def main() -> None:
    app = new_app()
    t0 = time.perf_counter()
    event = big_event(app, racers=2_000, laps_per_racer_per_track=50)
    print(f"built event: {time.perf_counter() - t0:.1f} s")
    lb = app.leaderboards

    def cold(track: str) -> float:
        lb.invalidate(event.event_id)
        start = time.perf_counter()
        rows = lb.rows(event.event_id, track, "fastest")
        elapsed = (time.perf_counter() - start) * 1000
        assert len(rows) == 2_000
        return elapsed

    full = median([cold("1") for _ in range(5)])
    full_combined = median([cold("combined") for _ in range(5)])
    print(f"full build, one track: {full:.1f} ms; combined: {full_combined:.1f} ms")

    lb.rows(event.event_id, "1", "fastest")
    lb.rows(event.event_id, "combined", "fastest")
    track = event.tracks[0]
    racers = [r.racer_id for r in app.racers.list()[:500]]
    times = []
    for i, racer_id in enumerate(racers):
        lap = LapRecord("", f"live-run-{i}", 0, 6_000 + i, 0, True, "sensor")
        start = time.perf_counter()
        app.bus.publish(
            LapRecorded(f"live-run-{i}", event.event_id, track.track_id, racer_id, lap, f"z{i}", False, 0)
        )
        lb.rows(event.event_id, "1", "fastest")
        lb.rows(event.event_id, "combined", "fastest")
        times.append((time.perf_counter() - start) * 1000)
    top = lb.rows(event.event_id, "1", "fastest")[0]
    assert top.fastest_lap_ms == min(6_000, top.fastest_lap_ms), top
    incremental = percentile(times, 99)
    print(f"incremental update p50 {percentile(times, 50):.2f} ms, p99 {incremental:.2f} ms")
    figures = f"full_ms={full:.1f} full_combined_ms={full_combined:.1f} incremental_ms={incremental:.2f}"
    print(f"leaderboard: {figures}")
    app.close()


if __name__ == "__main__":
    main()
