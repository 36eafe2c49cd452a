"""Leaderboard build and update times on a big event: 2,000 racers × 50 laps on each of two tracks.

full_ms: the whole leaderboard of one track (100,000 laps) built from the database, rows in rank order;
full_combined_ms: the same over both tracks (200,000 laps). read_ms / read_combined_ms, the floor of that
work measured in the same run, interleaved with the builds: the same lap rows read from the same SQLite
file into tuples and nothing else (each lap's time, resets, validity and run, over the board's runs, as
the build reads them), with the collector paused as the build pauses it. full_ratio = full_ms / read_ms.
Medians of 7 rounds.
incremental_ms: p99 over 500 new laps (each a new leader, so up to 2,000 racers move down a place) of the
time from the lap's bus event to fresh rows of both the track's and the combined leaderboard.
read_all_ms: p99 of then reading every row of both boards (what a reader that shows all 2,000 racers
pays on its own thread: the rows are made when read, not by the board).

Run from the repo root: ``.venv/bin/python bench/leaderboard.py [--racers 2000] [--laps 50]``.
Goals: full_ms ≤ 150, full_combined_ms ≤ 250, incremental_ms ≤ 2, full_ratio ≤ 2.
"""

from __future__ import annotations

import argparse
import gc
import time

from common import big_event, median, new_app, percentile

from drem_desktop.app import App
from drem_desktop.domain.records import LapRecord
from drem_desktop.events import LapRecorded

ROUNDS = 7


def read_laps(app: App, event_id: str, track_id: str | None) -> float:
    """Milliseconds to read the board's lap rows into tuples: the floor of a cold build."""
    where = "r.event_id = ? AND r.deleted = 0 AND r.state != 'discarded' AND l.deleted = 0"
    params = [event_id]
    if track_id is not None:
        where += " AND r.track_id = ?"
        params.append(track_id)
    with app.db.engine.connect() as conn:
        cur = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        gc.disable()
        start = time.perf_counter()
        rows = cur.execute(
            "SELECT l.time_ms, l.resets, l.valid, r.rowid FROM run r JOIN lap l ON l.run_id = r.id "
            f"WHERE {where} ORDER BY r.track_id, r.rowid, l.lap_index",
            params,
        ).fetchall()
        elapsed = (time.perf_counter() - start) * 1000
        gc.enable()
        cur.close()
    assert rows
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--racers", type=int, default=2_000)
    parser.add_argument("--laps", type=int, default=50, help="laps per racer per track")
    parser.add_argument("--live", type=int, default=500, help="new laps for the incremental figure")
    args = parser.parse_args()
    app = new_app()
    t0 = time.perf_counter()
    event = big_event(app, racers=args.racers, laps_per_racer_per_track=args.laps)
    print(
        f"built event: {args.racers} racers, {2 * args.racers * args.laps} laps "
        f"in {time.perf_counter() - t0:.1f} s"
    )
    lb = app.leaderboards
    track = event.tracks[0]

    def cold(board: str) -> float:
        lb.invalidate(event.event_id)
        start = time.perf_counter()
        rows = lb.rows(event.event_id, board, "fastest")
        elapsed = (time.perf_counter() - start) * 1000
        assert len(rows) == args.racers
        return elapsed

    cold("1")  # the first build also warms the page cache the reads below find warm
    full, read, full_combined, read_combined = [], [], [], []
    for _ in range(ROUNDS):
        read.append(read_laps(app, event.event_id, track.track_id))
        full.append(cold("1"))
        read_combined.append(read_laps(app, event.event_id, None))
        full_combined.append(cold("combined"))
    full_ms, read_ms = median(full), median(read)
    combined_ms, read_combined_ms = median(full_combined), median(read_combined)
    print(f"full build, one track: {full_ms:.1f} ms (reading its laps: {read_ms:.1f} ms)")
    print(f"full build, combined: {combined_ms:.1f} ms (reading its laps: {read_combined_ms:.1f} ms)")

    lb.rows(event.event_id, "1", "fastest")
    lb.rows(event.event_id, "combined", "fastest")
    racers = [r.racer_id for r in app.racers.list()[: args.live]]
    times, read_all = [], []
    for i, racer_id in enumerate(racers):
        lap = LapRecord("", f"live-run-{i}", 0, 6_000 + i, 0, True, "sensor")
        start = time.perf_counter()
        app.bus.publish(
            LapRecorded(f"live-run-{i}", event.event_id, track.track_id, racer_id, lap, f"z{i}", False, 0)
        )
        track_rows = lb.rows(event.event_id, "1", "fastest")
        combined_rows = lb.rows(event.event_id, "combined", "fastest")
        fresh = time.perf_counter()
        times.append((fresh - start) * 1000)
        assert len(list(track_rows)) == len(list(combined_rows)) == args.racers
        read_all.append((time.perf_counter() - fresh) * 1000)
    top = lb.rows(event.event_id, "1", "fastest")[0]
    assert top.fastest_lap_ms is not None and top.fastest_lap_ms <= 6_000, top  # the live laps lead
    incremental = percentile(times, 99)
    print(f"incremental update p50 {percentile(times, 50):.2f} ms, p99 {incremental:.2f} ms")
    print(f"then reading every row of both boards: p99 {percentile(read_all, 99):.2f} ms")
    print(
        f"leaderboard: full_ms={full_ms:.1f} full_combined_ms={combined_ms:.1f} "
        f"incremental_ms={incremental:.2f} read_all_ms={percentile(read_all, 99):.2f} "
        f"read_ms={read_ms:.1f} read_combined_ms={read_combined_ms:.1f} "
        f"full_ratio={full_ms / read_ms:.2f} combined_ratio={combined_ms / read_combined_ms:.2f}"
    )
    app.close()


if __name__ == "__main__":
    main()
