"""``drem-desktop simulate-sensor`` as a person runs it: a separate process printing where to connect."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

from drem_desktop.timing.pi_timer import PiTimerSource
from drem_desktop.timing.simulator import build_parser, main

from .conftest import Collector, wait_for


def simulator(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "drem_desktop.devtools.simulator", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_serial_simulator_prints_its_terminal_and_sends_laps(
    link: Path, collector: Collector, start_source
) -> None:
    args = ["--link", str(link), "--mean-lap", "0.2", "--jitter", "0.05", "--laps", "6", "--seed", "3"]
    args += ["--double", "0.5", "--garbage", "0.5", "--drop", "0.3", "--drift-ppm", "80"]
    proc = simulator(*args)
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first.startswith("Simulated lap sensor on /dev/pts/"), first
        pty = first.rsplit(" ", 1)[1].strip()
        assert wait_for(lambda: link.is_symlink())
        assert str(link.resolve()) == pty
        source = start_source(str(link), collector.crossing, collector.event)
        out, err = proc.communicate(timeout=20)
        assert proc.returncode == 0, err
        assert out.count("lap ") == 6
        # every trigger the board numbered reached us: lines lost on the wire came back on request
        assert wait_for(lambda: len(collector.crossings) >= 6)
        seqs = collector.sequences()
        assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))
        assert source.status.rejected_lines >= 0
    finally:
        proc.kill()
        proc.wait()


def test_pi_timer_simulator_serves_the_websocket_protocol(collector: Collector) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = simulator("--pi-timer", str(port), "--mean-lap", "0.5", "--jitter", "0", "--laps", "4")
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == f"Simulated Pi timer at ws://127.0.0.1:{port}"
        source = PiTimerSource(f"ws://127.0.0.1:{port}", collector.crossing, collector.event, retry_s=0.05)
        source.start()
        try:
            assert wait_for(lambda: len(collector.crossings) >= 2, timeout=5)
            assert source.status.device == "drem-sim-timer"
            a, b = collector.crossings[:2]
            assert a.clock == b.clock and b.sensor_ms - a.sensor_ms >= 450  # type: ignore[operator]
        finally:
            source.stop()
        proc.communicate(timeout=10)
    finally:
        proc.kill()
        proc.wait()


def test_unplug_every_needs_a_link(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--unplug-every", "5"]) == 2
    assert "--link" in capsys.readouterr().err
    assert build_parser().parse_args([]).mean_lap == 12.0


def test_unplugging_simulator_keeps_every_lap(link: Path, collector: Collector, start_source) -> None:
    args = ["--link", str(link), "--mean-lap", "0.3", "--jitter", "0", "--laps", "8"]
    proc = simulator(*args, "--unplug-every", "0.7", "--unplug-for", "0.4")
    try:
        assert proc.stdout is not None
        proc.stdout.readline()
        source = start_source(str(link), collector.crossing, collector.event)
        out, err = proc.communicate(timeout=20)
        assert proc.returncode == 0, err
        assert "cable out" in out
        assert wait_for(lambda: len(collector.crossings) == 8, timeout=3), (collector.sequences(), out)
        assert collector.sequences() == list(range(1, 9))
        assert source.status.connected is False  # the simulator is gone at the end
    finally:
        proc.kill()
        proc.wait()
