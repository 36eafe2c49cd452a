"""``drem-desktop serve`` as a track-side box: a real process timing a simulated sensor on a pty and
serving the LAN JSON, stopped by SIGTERM."""

from __future__ import annotations

import json
import queue
import re
import signal
import subprocess
import sys
import threading
import urllib.request
from pathlib import Path

from drem_desktop.app import App
from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.timing.simulator import SimulatedSensor


def test_serve_times_a_track_and_serves_the_leaderboard(data_dir: Path, tmp_path: Path) -> None:
    app = App(data_dir, backup_at_start=False)
    event = app.events.create("Serve Cup", "2026-11-24", RaceConfig(min_lap_ms=1_000), 1)
    app.close()
    with SimulatedSensor(tmp_path / "ttySIM", heartbeat_s=None, seed=2) as sensor:
        sensor.plug()
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "drem_desktop.cli",
                "serve",
                "--data-dir",
                str(data_dir),
                "--event",
                "Serve Cup",
                "--track",
                "1",
                "--sensor",
                sensor.path,
                "--racer",
                "ann",
                "--port",
                "0",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=lambda: [lines.put(x) for x in proc.stdout], daemon=True).start()  # type: ignore[union-attr]

        def expect(pattern: str, timeout: float = 20.0) -> re.Match[str]:
            seen = []
            while True:
                try:
                    line = lines.get(timeout=timeout)
                except queue.Empty:
                    raise AssertionError(f"no line matching {pattern!r}; saw {seen}") from None
                seen.append(line)
                if m := re.search(pattern, line):
                    return m

        try:
            expect(r"sensor .*: connected")
            port = int(expect(r"LAN pages: http://[^:]+:(\d+)/").group(1))
            expect(r"Timing “Serve Cup” track 1")
            sensor.trigger(at_ms=5_000)
            expect(r"run running")
            sensor.trigger(at_ms=17_345)
            expect(r"lap 1: 12\.345 s, 0 reset\(s\)")
            with urllib.request.urlopen(
                f"http://127.0.0.1:{port}/api/events/{event.event_id}/leaderboard?track=1&format=fastest",
                timeout=10,
            ) as response:
                rows = json.load(response)
            rows = rows["rows"] if isinstance(rows, dict) else rows
            assert rows[0]["username"] == "ann" and rows[0]["fastest_lap_ms"] == 12_345
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(timeout=20) == 0
        finally:
            if proc.poll() is None:
                proc.kill()
    again = App(data_dir, backup_at_start=False)
    view = again.race_control.view(event.tracks[0].track_id)
    assert view is not None and [lap.time_ms for lap in view.run.laps] == [12_345]  # reopened, nothing lost
    again.close()
