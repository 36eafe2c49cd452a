"""``drem-desktop serve`` keeps syncing: a real serve process with a bucket set (a moto server on loopback,
credentials from the AWS chain) pushes what its laptop timed before it started and takes in a lap timed on
another laptop, while it runs; and it stops within seconds of SIGTERM, even with a bucket request that
never gets an answer."""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

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


class Serve:
    """A real ``serve`` process on ``folder``'s event "Serve Sync Cup", and what it has said so far."""

    def __init__(self, folder: Path, env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            [
                *(sys.executable, "-m", "drem_desktop.cli", "serve", "--data-dir", str(folder)),
                *("--event", "Serve Sync Cup", "--track", "1", "--no-web"),
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
        )
        self._lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        stdout = self.proc.stdout
        assert stdout is not None
        self._reader = threading.Thread(target=lambda: [self._lines.put(x) for x in stdout], daemon=True)
        self._reader.start()

    def said(self, pattern: str) -> bool:
        while not self._lines.empty():
            self.seen.append(self._lines.get())
        return any(pattern in line for line in self.seen)

    def output(self) -> str:
        self.said("")
        return "".join(self.seen)

    def exit_code(self, within_s: float) -> int:
        """The exit code, or the test fails with what serve said and where each of its threads was."""
        try:
            return self.proc.wait(timeout=within_s)
        except subprocess.TimeoutExpired:
            self.proc.send_signal(signal.SIGUSR1)  # serve dumps its threads' stacks
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(timeout=2)
            self.kill()
            self._reader.join(timeout=5)  # until the pipe closes: the dump's last lines are read
            pytest.fail(f"serve still running {within_s} s after SIGTERM:\n{self.output()}")

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


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
    serve = Serve(folder, env)
    said = serve.said
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
        serve.proc.send_signal(signal.SIGTERM)
        assert serve.exit_code(within_s=30) == 0, serve.output()
    finally:
        serve.kill()
    reopened = App(folder, backup_at_start=False)
    try:
        assert board(reopened, eid) == board(other, eid) and "8800" in board(reopened, eid)
    finally:
        reopened.close()


STOPS_WITHIN_S = 15.0  # App.close has 5 s for all of it; without the bound this was two minutes


def test_serve_stops_within_seconds_of_sigterm_while_a_bucket_request_hangs(
    template_data_dir: Path, tmp_path: Path
) -> None:
    """The bucket takes serve's request and never answers (botocore would wait 30 s, three times over):
    serve still exits cleanly within seconds of SIGTERM, says how long closing took, and the laps it
    held are all there at the next start (the unfinished push is simply retried then)."""
    folder = fresh_folder(template_data_dir, tmp_path / "box")
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        silent.settimeout(60)
        box = App(folder, backup_at_start=False)
        config = RaceConfig(race_time_ms=None, min_lap_ms=0)
        event = box.events.create("Serve Sync Cup", "2026-11-24", config, 1)
        eid, track = event.event_id, event.tracks[0].track_id
        timed_run(box, eid, track, box.racers.add("ann").racer_id, [9_100, 9_400])
        endpoint = f"http://127.0.0.1:{silent.getsockname()[1]}"
        box.sync.set_bucket(BucketSettings("silent", prefix="box", region="us-east-1", endpoint_url=endpoint))
        box_board = board(box, eid)
        box.close()
        env = {**os.environ, "AWS_ACCESS_KEY_ID": "key", "AWS_SECRET_ACCESS_KEY": "secret"}
        serve = Serve(folder, env)
        try:
            request, _ = silent.accept()
            with request:
                assert request.recv(65536).split(b" ")[0] in (b"GET", b"HEAD", b"PUT", b"POST")  # in flight
                wait_for(lambda: serve.said("Ctrl+C stops"), timeout=60, what="serve taking signals")
                serve.proc.send_signal(signal.SIGTERM)
                try:
                    code = serve.proc.wait(timeout=STOPS_WITHIN_S)
                except subprocess.TimeoutExpired:
                    raise AssertionError(
                        f"serve still running {STOPS_WITHIN_S} s after SIGTERM:\n{serve.output()}"
                    ) from None
        finally:
            serve.kill()
    assert code == 0, serve.output()
    wait_for(lambda: serve.said("closed in"), timeout=10, what="serve saying how long closing took")
    reopened = App(folder, backup_at_start=False)
    try:
        assert board(reopened, eid) == box_board and "9100" in box_board
    finally:
        reopened.close()
