"""Start-up time of the packaged app against `make run`, on the same machine in the same run.

Each round starts, in turn: the one-folder bundle (packaging/build.py --cache, built first if needed), the
app as `make run` starts it (`make -s run`: the stamp check, then .venv/bin/drem-desktop), and the floor of
the same work (a bare Python that imports Qt and shows an empty window). Every start is offscreen, on a
fresh copy of a data folder holding one event, and counts until the window is up: the app's "start" backup
is written from the first turn of the event loop after the window is shown; the floor writes a file at the
same point. Prints each median, the bundle and folder sizes, then `startup: …` with the ratios.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOOR = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.resize(1440, 900)
w.show()
QTimer.singleShot(0, lambda: Path(sys.argv[1]).write_text("up"))
app.exec()
"""


def timed_start(command: list[str], up: Callable[[], bool], env: dict[str, str], cwd: Path) -> float:
    started = time.monotonic()
    proc = subprocess.Popen(
        command,
        env=env,
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        while not up():
            if proc.poll() is not None:
                raise SystemExit(f"{command[0]} exited ({proc.returncode}) before its window was up")
            if time.monotonic() - started > 120:
                raise SystemExit(f"{command[0]}: no window after 120 s")
            time.sleep(0.005)
        return time.monotonic() - started
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(30)


def backup_written(data: Path) -> Callable[[], bool]:
    return lambda: (data / "backups").is_dir() and any((data / "backups").glob("*-start.sqlite"))


def size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 1_048_576


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    venv_program = ROOT / ".venv" / "bin" / "drem-desktop"
    if not venv_program.exists():
        raise SystemExit("run `make run` (or `make test`) once first: it creates .venv")
    build = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--cache"],
        capture_output=True,
        text=True,
        check=True,
    )
    bundle = Path(build.stdout.strip().splitlines()[-1])
    work = Path(tempfile.mkdtemp(prefix="drem-startup-"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    try:
        template = work / "template"
        subprocess.run(
            [str(venv_program), "event", "add", "Startup Cup", "--data-dir", str(template)],
            env=env,
            check=True,
            capture_output=True,
        )
        times: dict[str, list[float]] = {"bundle": [], "make run": [], "floor": []}
        for n in range(args.rounds):
            for kind in times:
                data = work / f"{kind.replace(' ', '-')}-{n}"
                shutil.copytree(template, data)
                if kind == "bundle":
                    cmd, up, cwd = [str(bundle), "--data-dir", str(data)], backup_written(data), work
                elif kind == "make run":
                    cmd, up, cwd = ["make", "-s", "run"], backup_written(data), ROOT
                else:
                    flag = data / "up"
                    cmd, up, cwd = (
                        [str(ROOT / ".venv" / "bin" / "python"), "-c", FLOOR, str(flag)],
                        flag.exists,
                        work,
                    )
                times[kind].append(timed_start(cmd, up, {**env, "DREM_DATA_DIR": str(data)}, cwd))
        med = {k: statistics.median(v) for k, v in times.items()}
        for kind, values in times.items():
            print(f"{kind:9} median {med[kind]:.2f} s  (runs: {' '.join(f'{v:.2f}' for v in values)})")
        archive = sorted((ROOT / "dist").glob("drem-desktop-*.tar.gz"))
        packed = f"{archive[-1].stat().st_size / 1_048_576:.0f} MB" if archive else "not built (make package)"
        built = (bundle.parents[1] / "build-seconds").read_text().strip()
        print(f"bundle folder {size_mb(bundle.parent):.0f} MB (built in {built} s), tarball {packed}")
        b, m, f = med["bundle"], med["make run"], med["floor"]
        print(
            f"startup: bundle_s={b:.2f} make_run_s={m:.2f} floor_s={f:.2f} "
            f"bundle_vs_make_run={b / m:.2f} bundle_vs_floor={b / f:.2f}"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
