"""UI latency: lap bus event → timekeeper lap table and leaderboard window (2,000 racers) repainted, and a
cold start of the app on a database of 100,000 laps, against a bare QApplication with one window.

- ``p99_ms``: from a lap's bus event until both the lap table and the leaderboard window have repainted.
- ``cold_start_s``: a fresh process started as the user starts it (``drem-desktop --data-dir …``) until its
  main window first paints; ``console_s`` until the timekeeper console (the first page) paints too.
  ``bare_start_s``: the same for a bare QApplication showing one window, measured in the same run
  (starts alternate); ``cold_ratio = cold_start_s / bare_start_s``. Medians.

Run from the repo root: ``.venv/bin/python bench/ui_latency.py``. Offscreen Qt; throwaway data folders.
Goals: p99 ≤ 16 ms (one frame at 60 Hz), cold start ≤ 1.0 s and cold_ratio ≤ 2.5.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication

from drem_desktop.app import App
from drem_desktop.demo import populate
from drem_desktop.domain.leaderboard import COMBINED
from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.events import LapRecorded
from drem_desktop.timing.crossing import Crossing


class PaintWatch(QObject):
    """Notes when a viewport paints while its model shows at least the wanted revision; ends the wait
    (quits ``loop``) once every watch has seen its paint."""

    def __init__(self, model: object, loop: QEventLoop, watches: list[PaintWatch]) -> None:
        super().__init__()
        self.model = model
        self.loop = loop
        self.watches = watches
        watches.append(self)
        self.want = 1 << 60
        self.painted_at: float | None = None

    def arm(self) -> None:
        self.want = self.model.revision + 1  # type: ignore[attr-defined]
        self.painted_at = None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint and self.painted_at is None and self.model.revision >= self.want  # type: ignore[attr-defined]
        ):
            self.painted_at = time.perf_counter()
            if all(w.painted_at is not None for w in self.watches):
                self.loop.quit()
        return False


def run_loop(loop: QEventLoop, ms: int) -> None:
    """The real event loop (waiting threads get the GIL as in the app), for at most ``ms``."""
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(ms)
    loop.exec()
    timer.stop()


def latency(qapp: QApplication, laps: int, racers: int) -> tuple[list[float], float]:
    from drem_desktop.ui.main import build_window

    with tempfile.TemporaryDirectory(prefix="drem-bench-ui-") as tmp:
        app = App(Path(tmp), backup_at_start=False)
        t = time.perf_counter()
        event = populate(app, racers=racers, runs_per_racer=2, laps_per_run=5, tracks=1, fast=True)
        print(f"demo event: {racers} racers, {racers * 10} laps in {time.perf_counter() - t:.1f} s")
        app.current_event_id = event.event_id
        track = event.tracks[0].track_id
        window, ctx = build_window(app)
        window.resize(1600, 960)
        window.show()
        window.start()
        console = window.page("timekeeper")
        board = window.show_leaderboard()
        board.resize(1920, 1080)
        board.set_board(COMBINED, None)
        loop = QEventLoop()
        deadline = time.monotonic() + 30
        while (
            len(board.model.rows) < racers or ctx.current.event_info is None
        ) and time.monotonic() < deadline:
            run_loop(loop, 50)
        assert len(board.model.rows) == racers, len(board.model.rows)
        racer = app.racers.list()[0]
        app.race_control.prepare(event.event_id, track, racer.racer_id, RaceConfig(race_time_ms=None))
        watches: list[PaintWatch] = []
        tk_watch = PaintWatch(console.lap_model, loop, watches)
        lb_watch = PaintWatch(board.model, loop, watches)
        console.lap_table.viewport().installEventFilter(tk_watch)
        board.table.viewport().installEventFilter(lb_watch)
        published: list[float] = []
        app.bus.subscribe(LapRecorded, lambda _e: published.append(time.perf_counter()))
        host = app.race_control.now()
        app.race_control.handle_crossing(track, Crossing("bench", "1", host, int(host), "bench"))
        samples: list[float] = []
        warmup = 5  # the first laps build the track's own boards (the timekeeper's bests): not measured
        for i in range(laps + warmup):
            host += 9_000 + (i * 37) % 4_000
            tk_watch.arm()
            lb_watch.arm()
            published.clear()
            crossing = Crossing("bench", "1", host, int(host), "bench", i + 1)
            sensor = threading.Thread(target=app.race_control.handle_crossing, args=(track, crossing))
            sensor.start()  # a sensor's reader thread, as in the field
            run_loop(loop, 5_000)  # returns as soon as both have painted the new lap
            sensor.join()
            if published and tk_watch.painted_at and lb_watch.painted_at and i >= warmup:
                samples.append((max(tk_watch.painted_at, lb_watch.painted_at) - published[0]) * 1000)
                if os.environ.get("UI_BENCH_VERBOSE") and samples[-1] > 30:
                    tk_ms = (tk_watch.painted_at - published[0]) * 1000
                    lb_ms = (lb_watch.painted_at - published[0]) * 1000
                    print(f"lap {i}: {samples[-1]:.1f} ms (timekeeper {tk_ms:.1f}, leaderboard {lb_ms:.1f})")
            tk_watch.arm()  # nothing to wait for until the next lap
            lb_watch.arm()
            run_loop(loop, 40)
        # the clocks as the timekeeper sees them: a fresh run started now, frames counted for two seconds
        app.race_control.discard(track)
        app.race_control.prepare(event.event_id, track, racer.racer_id, RaceConfig(race_time_ms=None))
        app.race_control.start(track)
        console.refresh_view()
        run_loop(loop, 300)
        fps_before, fps_t0 = console.lap_clock.paints, time.perf_counter()
        run_loop(loop, 2_000)
        fps = (console.lap_clock.paints - fps_before) / (time.perf_counter() - fps_t0)
        window.close()
        board.close()
        ctx.close()
        app.close()
        return samples, fps


# A start as the user makes it (``drem-desktop --data-dir …`` through cli.main), watched from inside: the
# QApplication is made first only to install the watch (the app's start takes the one that exists).
# Prints when the main window first paints, then when the timekeeper console (its first page) does.
CHILD = textwrap.dedent(
    """
    import os, sys, time
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    qapp = QApplication(["drem-desktop"])

    class Watch(QObject):
        \"\"\"Application-wide only until the main window paints; then on the timekeeper console alone, from
        when the window makes it: a Python filter on every event of the start would fight the app's own
        threads for the interpreter.\"\"\"

        console = None
        shown = False

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                if not self.shown and isinstance(obj, QWidget) and isinstance(obj.window(), QMainWindow):
                    self.shown = True  # the main window, or a part of it, is on screen
                    qapp.removeEventFilter(self)
                    print("shown", time.monotonic(), flush=True)
                if obj is self.console:
                    obj.removeEventFilter(self)
                    print("console", time.monotonic(), flush=True)
                    QTimer.singleShot(0, qapp.quit)
            return False

    watch = Watch()
    qapp.installEventFilter(watch)
    import drem_desktop.ui.main as screens

    make = screens.MainWindow._make

    def watched_make(window, key):
        page = make(window, key)
        if key == "timekeeper":
            watch.console = page
            page.installEventFilter(watch)
        return page

    screens.MainWindow._make = watched_make
    from drem_desktop.cli import main

    code = main(["--data-dir", sys.argv[1]])
    sys.stdout.flush()
    os._exit(code)
    """
)

# The floor: a bare QApplication with one window of the same size, watched the same way.
BARE = textwrap.dedent(
    """
    import os, time
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

    qapp = QApplication(["bare"])

    class Watch(QObject):
        def eventFilter(self, obj, event):
            painted = event.type() == QEvent.Type.Paint and isinstance(obj, QWidget)
            if painted and isinstance(obj.window(), QMainWindow):
                print("shown", time.monotonic(), flush=True)
                qapp.removeEventFilter(self)
                QTimer.singleShot(0, qapp.quit)
            return False

    watch = Watch()
    qapp.installEventFilter(watch)
    window = QMainWindow()
    window.setWindowTitle("DREM Desktop")
    window.setCentralWidget(QLabel("DREM Desktop"))
    window.resize(1440, 900)
    window.show()
    qapp.exec()
    os._exit(0)
    """
)


def start_once(script: str, data_dir: str, env: dict[str, str]) -> dict[str, float]:
    """Seconds from starting the process to each mark it prints."""
    t0 = time.monotonic()
    child = subprocess.Popen(
        [sys.executable, "-c", script, data_dir],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    out, _ = child.communicate(timeout=120)
    marks = {name: float(at) - t0 for name, at in (line.split() for line in out.splitlines() if line.strip())}
    if "shown" not in marks:
        raise SystemExit(f"the window never showed: {out!r}")
    return marks


def cold_start(racers: int, runs: int) -> tuple[list[float], list[float], list[float]]:
    """Fresh processes, alternating: the app started as the user starts it, and the bare window.

    Bytecode is compiled once (a warm-up start of each, not counted), as it is on a laptop from the second
    start on (or in the installed bundle); this machine's environment may forbid writing it next to the
    sources, so it goes to a folder of its own.
    """
    with tempfile.TemporaryDirectory(prefix="drem-bench-cold-") as tmp:
        data = str(Path(tmp) / "data")
        app = App(Path(data), backup_at_start=False)
        t = time.perf_counter()
        event = populate(app, racers=racers, runs_per_racer=10, laps_per_run=10, tracks=2, fast=True)
        app.current_event_id = event.event_id
        print(f"cold-start database: {racers} racers, {racers * 100} laps in {time.perf_counter() - t:.1f} s")
        app.close()
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": str(Path(tmp) / "pyc")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        start_once(CHILD, data, env)
        start_once(BARE, data, env)
        ours, console, bare = [], [], []
        for _ in range(runs):
            marks = start_once(CHILD, data, env)
            ours.append(marks["shown"])
            console.append(marks.get("console", float("nan")))
            bare.append(start_once(BARE, data, env)["shown"])
        return ours, console, bare


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--laps", type=int, default=300)
    parser.add_argument("--racers", type=int, default=2000, help="racers on the board of the latency part")
    parser.add_argument(
        "--cold-racers", type=int, default=1000, help="racers (100 laps each) for the cold start"
    )
    parser.add_argument("--cold-runs", type=int, default=5)
    args = parser.parse_args()
    qapp = QApplication.instance() or QApplication(["bench"])
    samples, fps = latency(qapp, args.laps, args.racers)
    samples.sort()
    if os.environ.get("UI_BENCH_VERBOSE"):
        print("slowest:", ", ".join(f"{x:.1f}" for x in samples[-10:]))
    p50 = statistics.median(samples)
    p99 = samples[min(len(samples) - 1, round(0.99 * (len(samples) - 1)))]
    print(
        f"lap → both repainted: n={len(samples)} p50={p50:.2f} ms p99={p99:.2f} ms max={samples[-1]:.2f} ms"
        f" (goal p99 ≤ 16 ms)"
    )
    print(f"timekeeper lap clock while running: {fps:.0f} frames/s (goal ≥ 30)")
    ours, console, bare = cold_start(args.cold_racers, args.cold_runs)
    cold, ready, bare_s = statistics.median(ours), statistics.median(console), statistics.median(bare)

    def runs(xs: list[float]) -> str:
        return ", ".join(f"{x:.2f}" for x in xs)

    print(f"cold start to the main window painted: median {cold:.2f} s of {runs(ours)} (goal ≤ 1.0 s)")
    print(f"  to the timekeeper console painted: median {ready:.2f} s of {runs(console)}")
    print(f"bare QApplication with one window, same run: median {bare_s:.2f} s of {runs(bare)}")
    print(
        f"ui_latency: p99_ms={p99:.1f} cold_start_s={cold:.2f} console_s={ready:.2f} "
        f"bare_start_s={bare_s:.2f} cold_ratio={cold / bare_s:.2f}"
    )
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # skip interpreter teardown (PySide6 6.12 can crash while finalizing with pyqtgraph)
