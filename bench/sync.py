"""Sync: an event of 100,000 laps through a real S3 endpoint (moto server on loopback), and one new lap
from laptop A to laptop B's leaderboard over the LAN and through the bucket.

- push_s: laptop A pushes the whole event (segments written, checked); pull_s: a fresh laptop joins it
  (segments fetched, checked whole, applied). Their floors: one PUT / one GET of the same bytes as one
  object, and restoring the database file itself (copy); ratios are ours over the floor.
- bytes_ratio: bytes pushed over the size of A's SQLite file after VACUUM (goal ≤ 0.5).
- lan_p99_ms: p99 over 200 laps of the time from the lap's trigger on A to B's leaderboard showing it,
  A and B paired over loopback (goal ≤ 500 ms); its floor, the same lap reaching A's own leaderboard.
- bucket_p99_ms: the same through the bucket, with B polling every POLL_S (goal ≤ poll + 500 ms).
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from common import big_event, percentile

from drem_desktop.app import App
from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.events import LeaderboardChanged
from drem_desktop.sync.bucket import Bucket, BucketSettings, Credentials
from drem_desktop.timing.crossing import Crossing


def arguments() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--racers", type=int, default=2000, help="× 25 laps × 2 tracks (2,000: 100,000 laps)")
    p.add_argument("--lan-laps", type=int, default=200)
    p.add_argument("--bucket-laps", type=int, default=200)
    p.add_argument("--poll", type=float, default=1.0, help="the bucket poll interval, seconds")
    return p.parse_args()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_moto() -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(300):
        try:
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            break
        except OSError:
            time.sleep(0.05)
    return proc, f"http://127.0.0.1:{port}"


def laptop(root: Path, name: str) -> App:
    folder = root / name
    app = App(folder, backup_at_start=False)
    return app


def wait_until(check, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise RuntimeError("timed out")
        time.sleep(0.002)


class BoardWatch:
    """When B's leaderboard first shows a lap of a given time (from its LeaderboardChanged events)."""

    def __init__(self, app: App, event_id: str) -> None:
        self.app = app
        self.event_id = event_id
        self.seen: dict[int, float] = {}
        self.want: set[int] = set()
        self._lock = threading.Lock()
        app.bus.subscribe(LeaderboardChanged, self._changed)

    def _changed(self, _e: LeaderboardChanged) -> None:
        with self._lock:
            if not self.want:
                return
            want = set(self.want)
        now = time.perf_counter()
        for row in self.app.leaderboards.rows(self.event_id, "combined", "fastest"):
            if row.fastest_lap_ms in want:
                with self._lock:
                    self.seen.setdefault(row.fastest_lap_ms, now)
                    self.want.discard(row.fastest_lap_ms)


def one_lap(app: App, event_id: str, track_id: str, racer_id: str, lap_ms: int) -> float:
    """A one-lap run by sensor on A; returns the moment its finishing trigger arrived."""
    rc = app.race_control
    rc.prepare(event_id, track_id, racer_id, app.events.get(event_id).config)
    at = rc.now()
    rc.handle_crossing(track_id, Crossing("serial", "1", at, 0, "clk", 0))
    crossed = time.perf_counter()  # the sensor's trigger: race control commits the lap, then publishes
    rc.handle_crossing(track_id, Crossing("serial", "1", at + lap_ms, lap_ms, "clk", 1))
    rc.submit(track_id)
    return crossed


def latency(a: App, b_watch: BoardWatch, event_id: str, laps: int, base_ms: int) -> list[float]:
    track = a.events.get(event_id).tracks[0].track_id
    times = []
    for i in range(laps):
        racer = a.racers.add(f"lat{base_ms}-{i}")
        lap_ms = base_ms - i  # each lap a new fastest: the board must change
        with b_watch._lock:
            b_watch.want.add(lap_ms)
        committed = one_lap(a, event_id, track, racer.racer_id, lap_ms)
        wait_until(lambda ms=lap_ms: ms in b_watch.seen, timeout=60)
        times.append((b_watch.seen[lap_ms] - committed) * 1000)
    return times


def main() -> None:
    args = arguments()
    RACERS, LAN_LAPS, BUCKET_LAPS, POLL_S = args.racers, args.lan_laps, args.bucket_laps, args.poll
    root = Path(tempfile.mkdtemp(prefix="drem-bench-sync-"))
    moto, url = start_moto()
    os.environ.setdefault("AWS_ACCESS_KEY_ID", "bench")
    os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "bench")
    try:
        settings = BucketSettings("drem-bench", prefix="bench", region="us-east-1", endpoint_url=url)
        bucket = Bucket(settings, Credentials("bench", "bench"))
        bucket._client.create_bucket(Bucket="drem-bench")
        a = laptop(root, "a")
        t0 = time.perf_counter()
        event = big_event(a, racers=RACERS, laps_per_racer_per_track=25, tracks=2, laps_per_run=5)
        laps = sum(len(r.laps) for r in a.runs_repo.list(event.event_id))
        print(f"built event: {laps} laps in {time.perf_counter() - t0:.1f} s")

        start = time.perf_counter()
        report, differences = a.sync.sync_once(bucket, models=False)
        push_s = time.perf_counter() - start
        assert not differences, differences
        pushed = report.pushed_bytes
        vacuumed = root / "vacuumed.sqlite"
        with sqlite3.connect(a.db.path) as conn:
            conn.execute(f"VACUUM INTO '{vacuumed}'")
        db_bytes = vacuumed.stat().st_size
        print(f"push: {report.pushed_segments} segments, {pushed / 1e6:.1f} MB in {push_s:.2f} s")
        print(f"SQLite after VACUUM: {db_bytes / 1e6:.1f} MB; bytes_ratio {pushed / db_bytes:.3f}")

        blob = os.urandom(pushed)
        start = time.perf_counter()
        bucket.put("bench/floor.bin", blob)
        put_floor_s = time.perf_counter() - start
        start = time.perf_counter()
        assert len(bucket.get("bench/floor.bin", limit=len(blob) + 1)) == len(blob)
        get_floor_s = time.perf_counter() - start
        start = time.perf_counter()
        shutil.copyfile(vacuumed, root / "restored.sqlite")
        copy_floor_s = time.perf_counter() - start

        fresh = laptop(root, "fresh")
        start = time.perf_counter()
        fresh.sync.join(event.event_id, bucket)
        pull_s = time.perf_counter() - start
        got = sum(len(r.laps) for r in fresh.runs_repo.list(event.event_id))
        assert got == laps, (got, laps)
        rows_a = a.leaderboards.rows(event.event_id, "combined", "fastest")
        assert [r.to_json() for r in rows_a] == [
            r.to_json() for r in fresh.leaderboards.rows(event.event_id, "combined", "fastest")
        ]
        print(
            f"pull: {got} laps in {pull_s:.2f} s; floors: one PUT {put_floor_s:.2f} s, one GET "
            f"{get_floor_s:.2f} s, file copy {copy_floor_s:.3f} s"
        )
        print(
            f"push ratio vs one PUT {push_s / put_floor_s:.1f}; pull ratio vs one GET "
            f"{pull_s / get_floor_s:.1f}, vs GET + file copy {pull_s / (get_floor_s + copy_floor_s):.1f}"
        )
        fresh.close()
        a.close()

        # -- one lap, A to B: over the LAN and through the bucket (a small event) --------------------
        la, lb = laptop(root, "lan-a"), laptop(root, "lan-b")
        sa = la.start_lan(0, host="127.0.0.1")
        sb = lb.start_lan(0, host="127.0.0.1")
        small = la.events.create("Latency Cup", "2026-11-24", RaceConfig(race_time_ms=None, min_lap_ms=0), 1)
        lb.sync.pair("127.0.0.1", sa.port or 0, la.sync.offer_pairing(), my_port=sb.port or 0)
        wait_until(lambda: bool(lb.events.list()))
        watch_b = BoardWatch(lb, small.event_id)
        watch_a = BoardWatch(la, small.event_id)
        lan = latency(la, watch_b, small.event_id, LAN_LAPS, 60_000)
        # the floor: the same laps reaching A's own leaderboard (commit, bus, board)
        local = latency(la, watch_a, small.event_id, min(LAN_LAPS, 100), 40_000)
        lan_p99, local_p99 = percentile(lan, 99), percentile(local, 99)
        print(
            f"LAN: lap on A to B's board p50 {percentile(lan, 50):.1f} ms, p99 {lan_p99:.1f} ms "
            f"over {len(lan)} laps; floor (A's own board) p99 {local_p99:.2f} ms"
        )
        la.stop_lan()
        lb.stop_lan()
        la.close()
        lb.close()

        ba, bb = laptop(root, "bucket-a"), laptop(root, "bucket-b")
        for app in (ba, bb):
            app.db.set_setting("sync.poll_s", POLL_S)
            app.sync.set_bucket(settings)
            app.sync.save_credentials(settings, Credentials("bench", "bench"))
        tiny = ba.events.create(
            "Bucket Latency Cup", "2026-11-24", RaceConfig(race_time_ms=None, min_lap_ms=0), 1
        )
        ba.sync.sync_once(models=False)
        bb.sync.join(tiny.event_id)
        watch = BoardWatch(bb, tiny.event_id)
        ba.sync.start()
        bb.sync.start()
        over_bucket = latency(ba, watch, tiny.event_id, BUCKET_LAPS, 50_000)
        bucket_p99 = percentile(over_bucket, 99)
        print(
            f"bucket: lap on A to B's board p50 {percentile(over_bucket, 50):.0f} ms, "
            f"p99 {bucket_p99:.0f} ms over {len(over_bucket)} laps, B polling every {POLL_S:.1f} s "
            f"(goal ≤ {POLL_S * 1000 + 500:.0f} ms)"
        )
        ba.close()
        bb.close()
        print(
            f"sync: laps={laps} push_s={push_s:.2f} pull_s={pull_s:.2f} bytes_ratio={pushed / db_bytes:.3f} "
            f"lan_p99_ms={lan_p99:.1f} bucket_p99_ms={bucket_p99:.0f} poll_ms={POLL_S * 1000:.0f} "
            f"push_ratio={push_s / put_floor_s:.1f} pull_ratio={pull_s / (get_floor_s + copy_floor_s):.1f} "
            f"lan_ratio={lan_p99 / max(local_p99, 0.01):.1f}"
        )
    finally:
        moto.terminate()
        moto.wait()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
