"""Starting the window for real: one instance per data folder (two processes), and the start backup is
written only by a start that got its window up."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from .helpers import clean_env, run_cli


def _wait_for(
    condition: Callable[[], bool], what: str, proc: subprocess.Popen[str], timeout: float = 60
) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if proc.poll() is not None:
            raise AssertionError(f"the app exited ({proc.returncode}) before {what}: {proc.communicate()}")
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def _start_backups(data: Path) -> list[Path]:
    return sorted((data / "backups").glob("*-start.sqlite")) if (data / "backups").exists() else []


def _open_window(data: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "drem_desktop.cli", "--data-dir", str(data)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
    )


def test_a_second_start_on_the_same_folder_raises_the_first_and_exits_0(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = clean_env(QT_QPA_PLATFORM="offscreen", DREM_LOG="INFO")
    first = _open_window(data, env)
    try:
        _wait_for(lambda: len(_start_backups(data)) == 1, "the first window's start backup", first)
        second = run_cli(["--data-dir", str(data)], env)
        assert second.returncode == 0, second.stderr
        assert "already open" in second.stdout
        assert len(_start_backups(data)) == 1  # the second start did not open the database
        assert first.poll() is None
    finally:
        first.kill()
        _, err = first.communicate(timeout=30)
    assert "window brought forward" in err


def test_a_start_after_the_first_was_killed_takes_the_folder_over(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = clean_env(QT_QPA_PLATFORM="offscreen")
    first = _open_window(data, env)
    _wait_for(lambda: len(_start_backups(data)) == 1, "the first window's start backup", first)
    first.kill()  # SIGKILL: the lock file and the socket stay behind
    first.communicate(timeout=30)
    assert (data / ".drem-desktop.lock").exists()
    again = _open_window(data, env)
    try:
        _wait_for(lambda: len(_start_backups(data)) == 2, "the new window's start backup", again)
    finally:
        again.kill()
        again.communicate(timeout=30)


def test_starts_that_fail_write_no_start_backup(tmp_path: Path, x_display: str) -> None:
    data = tmp_path / "data"
    assert run_cli(["event", "add", "Cup", "--data-dir", str(data)], clean_env()).returncode == 0
    no_display = clean_env(QT_QPA_PLATFORM="xcb", DISPLAY=":9999")
    for _ in range(3):
        proc = run_cli(["--data-dir", str(data)], no_display)
        assert proc.returncode != 0
        serve = run_cli(["serve", "--data-dir", str(data), "--track", "7", "--no-web"], clean_env())
        assert serve.returncode == 1 and "no track 7" in serve.stderr
    assert _start_backups(data) == []
    # the same window on a real X server (the xcb plugin, every library present) starts and backs up once
    window = _open_window(data, clean_env(QT_QPA_PLATFORM="xcb", DISPLAY=x_display))
    try:
        _wait_for(lambda: len(_start_backups(data)) == 1, "the start backup of a window on Xvfb", window)
    finally:
        window.kill()
        window.communicate(timeout=30)


def test_version_comes_from_the_package_metadata() -> None:
    from importlib.metadata import version

    proc = run_cli(["--version"], clean_env())
    assert proc.returncode == 0
    assert proc.stdout == f"drem-desktop {version('drem-desktop')}\n"
    assert version("drem-desktop") == __import__("drem_desktop").__version__
