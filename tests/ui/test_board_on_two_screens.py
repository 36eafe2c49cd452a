"""The leaderboard window on a real X server (Xvfb) with two screens and no window manager, as on a venue
PC: keys 1/2 move it and it stays shown; F11 covers the screen even with nobody to honour the request."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

CHILD = Path(__file__).with_name("board_on_x_child.py")
SCREENS = ("-screen", "0", "1280x720x24", "-screen", "1", "1024x768x24")  # two X screens


@pytest.fixture
def two_screens() -> Iterator[str]:
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.fail("Xvfb is missing: `make test` installs the xvfb package")
    read, write = os.pipe()
    proc = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-nolisten", "tcp", *SCREENS],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as f:
        number = f.readline().strip()  # written once the server accepts clients
    assert number, "Xvfb did not start"
    try:
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(10)


def test_the_board_moves_to_the_other_screen_and_goes_fullscreen_without_a_window_manager(
    two_screens: str, tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "XDG_SESSION_TYPE")}
    env.update(DISPLAY=two_screens, QT_QPA_PLATFORM="xcb", DREM_DATA_DIR=str(tmp_path / "data"))
    proc = subprocess.run(
        [sys.executable, str(CHILD)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    assert lines[0] == {"screens": 2}
    steps = {line["step"]: line for line in lines[1:]}
    moved, full, normal = steps["moved"], steps["fullscreen"], steps["normal"]
    assert moved["visible"] and moved["screen"] == 1  # it did not vanish on the way
    assert full["visible"] and full["geometry"] == full["screen_geometry"] == [0, 0, 1024, 768]
    assert normal["visible"] and normal["geometry"] == [
        normal["geometry"][0],
        normal["geometry"][1],
        700,
        500,
    ]
