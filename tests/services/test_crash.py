"""Kill a racing process with SIGKILL again and again: every lap it reported as committed must be on disk,
and each restart must reopen the run with all of them.

Each kill costs a child start (the whole app: imports, the database, the services), seconds on a loaded
machine; so CI kills 20 times (50 here by hand, DREM_CRASH_KILLS to choose), and a kill waits for the
child's first committed lap, so every kill lands in the racing loop (mid-commit or between commits), never
in a start-up that the load made slow."""

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

import pytest

KILLS = int(os.environ.get("DREM_CRASH_KILLS", "20" if os.environ.get("CI") else "50"))
FIRST_LAP_S = 60.0  # a child that commits no lap in this long is broken, not slow
CHILD = Path(__file__).with_name("crash_child.py")


class Reader(threading.Thread):
    """The child's lines as they come; ``racing`` is set at its first committed lap."""

    def __init__(self, stream: object) -> None:
        super().__init__(daemon=True)
        self.stream = stream
        self.lines: list[str] = []
        self.racing = threading.Event()

    def run(self) -> None:
        for line in self.stream:  # type: ignore[attr-defined]
            self.lines.append(line)
            if line.startswith("committed "):
                self.racing.set()


@pytest.mark.timeout(600)  # KILLS child starts; the suite's 300 s is for tests that do one thing
def test_sigkill_never_loses_a_committed_lap(data_dir: Path) -> None:
    rnd = random.Random(2026)
    committed: dict[tuple[str, int], int] = {}
    kills = 0
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

        reader = Reader(proc.stdout)
        reader.start()
        if not reader.racing.wait(FIRST_LAP_S):
            proc.kill()
            proc.wait()
            errors = proc.stderr.read() if proc.stderr else ""
            raise AssertionError(f"the child committed no lap in {FIRST_LAP_S:.0f} s: {errors[-2000:]}")
        time.sleep(rnd.uniform(0.0, 0.25))  # kill at a random moment, mid-commit or not
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        reader.join(5)
        kills += 1
        for line in reader.lines:
            parts = line.split()
            if line.endswith("\n") and len(parts) == 4 and parts[0] == "committed":
                committed[(parts[1], int(parts[2]))] = int(parts[3])

        with sqlite3.connect(data_dir / "drem.sqlite") as conn:
            on_disk = {
                (run, idx): t
                for run, idx, t in conn.execute(
                    "select run_id, lap_index, time_ms from lap where deleted = 0"
                )
            }
        missing = {k: v for k, v in committed.items() if on_disk.get(k) != v}
        assert not missing, f"after kill {kills}: committed laps missing from disk: {missing}"
    # every kill came after a reported lap: fewer parsed here would mean the check above read nothing
    assert len(committed) >= KILLS
