"""Kill a racing process with SIGKILL again and again: every lap it reported as committed must be on disk,
and each restart must reopen the run with all of them."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

KILLS = int(os.environ.get("DREM_CRASH_KILLS", "50"))
CHILD = Path(__file__).with_name("crash_child.py")


def test_sigkill_never_loses_a_committed_lap(data_dir: Path) -> None:
    rnd = random.Random(2026)
    committed: dict[tuple[str, int], int] = {}
    kills = 0
    laps_at_kill: list[int] = []
    on_disk: dict[tuple[str, int], int] = {}  # as read after the last kill, before the next start
    while kills < KILLS:
        proc = subprocess.Popen(
            [sys.executable, str(CHILD), str(data_dir)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        first = proc.stdout.readline().split()
        assert first[:1] == ["recovered"], proc.stderr.read() if proc.stderr else first
        run_id, recovered = first[1], int(first[2])
        reported_for_run = sorted(i for (r, i) in committed if r == run_id)
        # a lap may be committed in the instant between commit and print: more is fine, fewer never
        assert recovered >= len(reported_for_run), "the reopened run lacks committed laps"
        stored = sum(1 for (run, _idx) in on_disk if run == run_id)
        assert recovered == stored, "the reopened run must hold exactly the laps on disk"

        lines: list[str] = []
        reader = threading.Thread(target=lines.extend, args=(proc.stdout,), daemon=True)
        reader.start()
        time.sleep(rnd.uniform(0.02, 0.25))  # kill at a random moment, mid-commit or not
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        reader.join(5)
        kills += 1
        for line in lines:
            parts = line.split()
            if line.endswith("\n") and len(parts) == 4 and parts[0] == "committed":
                committed[(parts[1], int(parts[2]))] = int(parts[3])
        laps_at_kill.append(len(committed))

        with sqlite3.connect(data_dir / "drem.sqlite") as conn:
            on_disk = {
                (run, idx): t
                for run, idx, t in conn.execute(
                    "select run_id, lap_index, time_ms from lap where deleted = 0"
                )
            }
        missing = {k: v for k, v in committed.items() if on_disk.get(k) != v}
        assert not missing, f"after kill {kills}: committed laps missing from disk: {missing}"
    assert kills >= 50 or KILLS < 50
    assert laps_at_kill[-1] > 50, "the child should have committed plenty of laps between kills"
