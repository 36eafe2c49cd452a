"""Every bench in bench/ still runs end to end, once, at a small size (the figures are not judged here).

A bench's last line is ``name: key=number key=number …``; this checks that it is there and that every figure
is a number, so a bench broken by a change is noticed in CI rather than on the next measuring day.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).parents[2] / "bench"
HELPERS = {"common.py", "serverproc.py"}  # imported by the benches, not run

# bench file -> arguments for a small, quick run
SMOKE: dict[str, list[str]] = {
    "leaderboard.py": ["--racers", "40", "--laps", "10", "--live", "20"],
    "lap_commit.py": ["--laps", "30"],
    "timing_latency.py": ["--laps", "15"],
    "upload.py": ["--mb", "2", "--rounds", "1"],
    "ui_latency.py": ["--laps", "10", "--racers", "50", "--cold-racers", "20", "--cold-runs", "1"],
    "web_fanout.py": ["--clients", "60", "--laps", "2", "--rounds", "1", "--idle", "40"],
    "fleet_push.py": ["--cars", "2", "--mb", "2", "--rounds", "1"],
    "startup.py": ["--rounds", "1"],  # builds the bundle once per source hash, as tests/packaging does
    "export.py": ["--racers", "40", "--laps", "400"],
    "sync.py": ["--racers", "20", "--lan-laps", "5", "--bucket-laps", "3"],
    "staging.py": ["--racers", "2", "--cars", "2", "--run-seconds", "3", "--model-mb", "2"],
    "sensor_flood.py": ["--hostile", "2000", "--burst", "200"],
}
NEEDS_ROOT = {"fleet_push.py", "staging.py"}

LAST_LINE = re.compile(r"(?P<name>[a-z_]+): (?P<figures>(?:[a-z0-9_]+=-?[0-9.]+(?: |$))+)")


def figures(bench: str, args: list[str], timeout: float = 300) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(BENCH / bench), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=BENCH.parent,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    last = done.stdout.strip().splitlines()[-1]
    m = LAST_LINE.fullmatch(last)
    assert m, f"{bench}: last line is not 'name: key=number …': {last!r}"
    assert m["name"] == bench.removesuffix(".py"), last
    return {k: float(v) for k, v in (pair.split("=") for pair in m["figures"].split())}


def test_every_bench_has_a_smoke_run() -> None:
    benches = {p.name for p in BENCH.glob("*.py")} - HELPERS
    missing = sorted(benches - SMOKE.keys())
    assert not missing, f"add a small run of {', '.join(missing)} to SMOKE in {Path(__file__).name}"


BUILDS_THE_BUNDLE = "startup.py"
BUILD_S = 1800  # as tests/packaging/test_bundle.py: PyInstaller on a loaded machine


@pytest.mark.parametrize(
    "bench",
    [
        pytest.param(b, marks=pytest.mark.timeout(BUILD_S + 300)) if b == BUILDS_THE_BUNDLE else b
        for b in sorted(SMOKE)
    ],
)
def test_bench_runs_and_reports_numbers(bench: str) -> None:
    if bench in NEEDS_ROOT and os.geteuid() != 0:
        pytest.skip("needs root (fake cars run sshd in mount namespaces); CI runs as root")
    found = figures(bench, SMOKE[bench], timeout=BUILD_S if bench == BUILDS_THE_BUNDLE else 300)
    assert found
    if bench == "timing_latency.py":
        assert found["sensor_clock_error_ms"] == 0  # laps on the sensor clock are exact, whatever the load
