"""``drem-desktop serve`` keeps syncing: a real serve process with a bucket set (a moto server on loopback,
credentials from the AWS chain) pushes what its laptop timed before it started and takes in a lap timed on
another laptop, while it runs."""

from __future__ import annotations

import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

from drem_desktop.app import App
from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.sync.bucket import BucketSettings

from .conftest import fresh_folder
from .test_bucket import Laptops, board, bucket_for, service
from .test_lan import wait_for
from .test_merge import timed_run


def _laps_of(folder: Path, time_ms: int) -> int:
    """Read the serving laptop's database from outside, as another program would (WAL: no waiting)."""
    with sqlite3.connect(f"file:{folder / 'drem.sqlite'}?mode=ro", uri=True, timeout=10) as conn:
        return int(conn.execute("SELECT count(*) FROM lap WHERE time_ms = ?", (time_ms,)).fetchone()[0])


def test_serve_pushes_its_laps_and_takes_in_another_laptops(
    template_data_dir: Path, tmp_path: Path, laptops: Laptops, moto: Any, s3_bucket: str
) -> None:
    folder = fresh_folder(template_data_dir, tmp_path / "box")
    box = App(folder, backup_at_start=False)
    event = box.events.create("Serve Sync Cup", "2026-11-24", RaceConfig(race_time_ms=None, min_lap_ms=0), 1)
    eid, track = event.event_id, event.tracks[0].track_id
    timed_run(box, eid, track, box.racers.add("ann").racer_id, [9_100, 9_400])  # timed before serve starts
    box.db.set_setting("sync.poll_s", 1.0)
    box.sync.set_bucket(BucketSettings(s3_bucket, prefix="box", region="us-east-1", endpoint_url=moto.url))
    box_board = board(box, eid)
    box.close()
    env = {
        **os.environ,
        "AWS_ACCESS_KEY_ID": moto.keys.access_key_id,  # nothing saved in the app: the standard AWS chain
        "AWS_SECRET_ACCESS_KEY": moto.keys.secret_access_key,
        "AWS_DEFAULT_REGION": "us-east-1",
    }
    proc = subprocess.Popen(
        [
            *(sys.executable, "-m", "drem_desktop.cli", "serve", "--data-dir", str(folder)),
            *("--event", "Serve Sync Cup", "--track", "1", "--no-web"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    lines: queue.Queue[str] = queue.Queue()
    seen: list[str] = []
    threading.Thread(target=lambda: [lines.put(x) for x in proc.stdout], daemon=True).start()  # type: ignore[union-attr]

    def said(pattern: str) -> bool:
        while not lines.empty():
            seen.append(lines.get())
        return any(pattern in line for line in seen)

    try:
        bucket = bucket_for(moto, s3_bucket, prefix="box")
        s3 = moto.s3()

        def pushed() -> bool:
            listed = s3.list_objects_v2(Bucket=s3_bucket, Prefix=f"box/events/{eid}/changes/")
            return bool(listed.get("Contents"))

        wait_for(pushed, timeout=60, what="serve pushing the laps it held")
        wait_for(lambda: said("sync: Synced with"), timeout=60, what="serve saying it is synced")
        other = laptops("other")
        service(other).join(eid, bucket)
        assert board(other, eid) == box_board and "9100" in box_board
        timed_run(
            other, eid, other.events.get(eid).tracks[0].track_id, other.racers.add("bo").racer_id, [8_800]
        )
        assert service(other).sync_once(bucket, models=False)[1] == []
        wait_for(
            lambda: _laps_of(folder, 8_800) == 1, timeout=60, what="serve taking in the other laptop's lap"
        )
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0, seen
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    reopened = App(folder, backup_at_start=False)
    try:
        assert board(reopened, eid) == board(other, eid) and "8800" in board(reopened, eid)
    finally:
        reopened.close()
