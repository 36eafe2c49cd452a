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
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert proc.stdin is not None

        def type_in(command: str) -> None:
            proc.stdin.write(command + "\n")  # type: ignore[union-attr]
            proc.stdin.flush()  # type: ignore[union-attr]

        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=lambda: [lines.put(x) for x in proc.stdout], daemon=True).start()  # type: ignore[union-attr]

        said: list[str] = []

        def expect(pattern: str, timeout: float = 20.0) -> re.Match[str]:
            seen = []
            while True:
                try:
                    line = lines.get(timeout=timeout)
                except queue.Empty:
                    raise AssertionError(f"no line matching {pattern!r}; saw {seen}") from None
                seen.append(line)
                said.append(line)
                if m := re.search(pattern, line):
                    return m

        try:
            expect(r"sensor .*: connected")
            port = int(expect(r"LAN pages: http://[^:]+:(\d+)/event/").group(1))
            expect(rf"leaderboard: http://[^:]+:{port}/leaderboard/{event.event_id}\?track=1$")
            expect(rf"overlay: +http://[^:]+:{port}/overlay/{event.event_id}\?track=1$")
            expect(rf"upload: +http://[^:]+:{port}/upload  \(upload code: {event.upload_code}\)$")
            expect(r"Timing “Serve Cup” track 1")
            expect(r"Commands: next USERNAME")
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

            # the next racer without a restart: typed commands on the box's console
            type_in("next bob")
            expect(r"Track 1 has a run in progress \(running\): type end, submit or discard first\.")
            type_in("submit")
            expect(r"run submitted")
            expect(r"Submitted: rank 1 of 1, best 12\.345$")  # where the submit put the racer
            sensor.trigger(at_ms=30_000)
            assert "type next USERNAME" in expect(r"trigger ignored: no racer on the track").string
            sensor.trigger(at_ms=45_000)  # says nothing: why was said once
            type_in("status")
            expect(r"Track 1: no racer on the track")
            type_in("next bob")
            expect(r"bob is on the track: the first trigger starts the run\.")
            sensor.trigger(at_ms=60_000)
            expect(r"run running")  # the same reader thread handled the trigger at 45 s before this one
            assert sum("trigger ignored" in line for line in said) == 1, said
            sensor.trigger(at_ms=71_000)
            expect(r"lap 1: 11\.000 s")
            type_in("status")
            expect(r"Track 1: bob, running, 1 lap\(s\)\.")
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(timeout=20) == 0
        finally:
            if proc.poll() is None:
                proc.kill()
    again = App(data_dir, backup_at_start=False)
    view = again.race_control.view(event.tracks[0].track_id)
    assert view is not None and [lap.time_ms for lap in view.run.laps] == [11_000]  # reopened, nothing lost
    assert [r.fastest_lap_ms for r in again.leaderboards.rows(event.event_id, "1", "fastest")] == [
        11_000,
        12_345,
    ]
    again.close()


def test_serve_commands_answer_in_words(data_dir: Path) -> None:
    import io

    from drem_desktop.headless_commands import TrackCommands

    app = App(data_dir, backup_at_start=False)
    event = app.events.create("Box Cup", "2026-11-24", RaceConfig(min_lap_ms=1_000), 1)
    said: list[str] = []
    stop = threading.Event()
    commands = TrackCommands(app, event, event.tracks[0].track_id, said.append, stop)
    commands.read(
        io.StringIO(
            "next\nnext bo b\nnext kim\nend\nstatus\nfly\ndiscard\nstatus\n"
            "deck ann\ndeck lee\ndeck ann\nstatus\nnext\nstatus\nnext\nquit\n"
        )
    ).join(10)
    view = app.race_control.view(event.tracks[0].track_id)
    on_track = app.racers.get(view.racer_id).username if view is not None else None
    left = [app.racers.get(e.racer_id).username for e in app.queue.entries(event.tracks[0].track_id)]
    app.close()
    assert said[0] == (
        "Nobody is on deck for track 1: next USERNAME puts a racer on, deck USERNAME queues one."
    )
    assert said[1].startswith("Not done: Username “bo b” may use only letters")
    assert said[2] == "kim is on the track: the first trigger starts the run."
    assert said[3] == "Track 1: kim, over, 0 lap(s)."
    assert said[4].startswith("Unknown command “fly”. Commands: next USERNAME")
    assert said[5] == "Track 1: no racer on the track (next USERNAME puts one on)."
    # the queue: deck adds at the end (once), next without a name takes the first on deck
    assert said[6] == "ann is on deck for track 1 (number 1)."
    assert said[7] == "lee is on deck for track 1 (number 2)."
    assert said[8] == "Not done: ann is already on deck for this track."
    assert said[9] == "Track 1: no racer on the track (next USERNAME puts one on). On deck: ann, lee."
    assert said[10] == "ann is on the track: the first trigger starts the run."
    assert said[11] == "Track 1: ann, ready, 0 lap(s). On deck: lee."
    assert said[12].startswith("Track 1 has a run in progress (ready)")
    assert on_track == "ann"
    assert left == ["lee"]
    assert stop.is_set()
