"""Disaster recovery with no internet: a spare laptop joins an event from a laptop that runs ``serve --pair``
over the LAN (loopback here), as an organizer types it; a wrong code gets a clear error and changes
nothing; the joined laptop's leaderboards are the source's."""

from __future__ import annotations

import json
import os
import queue
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path

from drem_desktop.app import App
from drem_desktop.domain.race_config import RaceConfig

from .conftest import fresh_folder
from .test_cli_sync import run
from .test_merge import timed_run


def test_a_spare_laptop_joins_an_event_from_a_serving_laptop(template_data_dir: Path, tmp_path: Path) -> None:
    env = dict(os.environ)
    box_folder = fresh_folder(template_data_dir, tmp_path / "box")
    spare = fresh_folder(template_data_dir, tmp_path / "spare")
    box = App(box_folder, backup_at_start=False)
    event = box.events.create("Peer Cup", "2026-11-24", RaceConfig(race_time_ms=None, min_lap_ms=0), 2)
    for i, (name, laps) in enumerate((("ann", [9_100, 8_900]), ("bob", [9_700]))):
        timed_run(box, event.event_id, event.tracks[i].track_id, box.racers.add(name).racer_id, laps)
    box.close()
    proc = subprocess.Popen(
        [
            *(sys.executable, "-m", "drem_desktop.cli", "serve", "--data-dir", str(box_folder)),
            *("--event", "Peer Cup", "--track", "1", "--port", "0", "--pair"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(x) for x in proc.stdout], daemon=True).start()  # type: ignore[union-attr]
    seen: list[str] = []

    def expect(pattern: str, timeout: float = 60.0) -> re.Match[str]:
        while True:
            try:
                line = lines.get(timeout=timeout)
            except queue.Empty:
                raise AssertionError(f"no line matching {pattern!r}; saw {seen}") from None
            seen.append(line)
            if m := re.search(pattern, line):
                return m

    try:
        found = expect(r"Pair another laptop with: drem-desktop pair [^ ]+:(\d+) (\d{6})")
        port, code = found.group(1), found.group(2)
        where = ["--peer", f"127.0.0.1:{port}", "--event", "Peer Cup"]
        wrong = run(
            spare, "join-event", *where, "--code", "000000" if code != "000000" else "111111", env=env
        )
        assert wrong.returncode == 1 and "error:" in wrong.stderr and "Traceback" not in wrong.stderr
        assert run(spare, "event", "list", env=env).stdout.count("Peer Cup") == 0  # nothing changed
        joined = run(spare, "join-event", *where, "--code", code, env=env)
        assert joined.returncode == 0, joined.stderr
        assert "Joined “Peer Cup”" in joined.stdout
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0, seen
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    for track in ("combined", "1", "2"):
        mine = run(box_folder, "leaderboard", "Peer Cup", "--track", track, "--json", env=env)
        theirs = run(spare, "leaderboard", "Peer Cup", "--track", track, "--json", env=env)
        assert mine.returncode == theirs.returncode == 0, (mine.stderr, theirs.stderr)
        assert json.loads(mine.stdout) == json.loads(theirs.stdout) and json.loads(mine.stdout)
