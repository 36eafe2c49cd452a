"""Qt's xcb plugin's libraries are checked before Qt starts: with one hidden, `make run`, the window
command and the check alone print the install line naming its package instead of Qt's abort, and leave
the data folder as it was."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from drem_desktop.prerequisites import XCB_PLUGIN_LIBRARIES, check_window_prerequisites, uses_xcb

from .helpers import REPO, clean_env, hide_library, run_cli


def test_xcb_is_checked_only_where_qt_will_use_it() -> None:
    assert uses_xcb({}, "linux")
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb;wayland", "WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not uses_xcb({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not uses_xcb({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not uses_xcb({"XDG_SESSION_TYPE": "wayland"}, "linux")
    assert not uses_xcb({}, "darwin")
    assert not uses_xcb({}, "win32")


def test_every_library_of_the_plugin_is_present_here() -> None:
    """`make test` installs the plugin's libraries (APT_PACKAGES), so with nothing hidden the check passes;
    this also proves the check is not simply always failing."""
    assert check_window_prerequisites({"QT_QPA_PLATFORM": "xcb"}) == ""


def test_the_table_covers_what_the_plugin_links_against() -> None:
    """Every system library the plugin and its Qt libraries need (their ELF NEEDED entries) is in the table,
    so a missing one is always named with its package."""
    from drem_desktop.prerequisites import xcb_plugin

    plugin = xcb_plugin()
    assert plugin is not None
    qt_lib = plugin.parents[2] / "lib"
    needed: set[str] = set()
    for f in (plugin, *(qt_lib / n for n in ("libQt6XcbQpa.so.6", "libQt6Gui.so.6", "libQt6DBus.so.6"))):
        out = subprocess.run(["readelf", "-d", str(f)], capture_output=True, text=True, check=True).stdout
        needed |= {line.split("[")[1].rstrip("]") for line in out.splitlines() if "(NEEDED)" in line}
    runtime = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1", "libz.so.1"}
    system = {n for n in needed if not n.startswith("libQt6")} - runtime
    assert "libxcb-cursor.so.0" in system, needed
    assert system <= {lib.soname for lib in XCB_PLUGIN_LIBRARIES}, system - {
        lib.soname for lib in XCB_PLUGIN_LIBRARIES
    }


@pytest.mark.parametrize("soname,apt,dnf", [("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor")])
def test_the_check_alone_names_the_hidden_library(tmp_path: Path, soname: str, apt: str, dnf: str) -> None:
    hidden = hide_library(tmp_path / "hidden", soname)
    env = clean_env(LD_LIBRARY_PATH=str(hidden), QT_QPA_PLATFORM="xcb")
    proc = subprocess.run(
        [*_python(), "-m", "drem_desktop.prerequisites"], env=env, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 1
    assert f"sudo apt-get install {apt}\n" in proc.stderr
    assert f"sudo dnf install {dnf}\n" in proc.stderr
    assert "sudo pacman -S xcb-util-cursor" in proc.stderr
    assert soname in proc.stderr
    assert "libxcb-icccm4" not in proc.stderr  # present: not named


def test_the_window_command_prints_the_install_line_instead_of_qts_abort(
    tmp_path: Path, x_display: str
) -> None:
    hidden = hide_library(tmp_path / "hidden", "libxcb-icccm.so.4")
    hide_library(hidden, "libxcb-keysyms.so.1")
    data = tmp_path / "data"
    env = clean_env(LD_LIBRARY_PATH=str(hidden), QT_QPA_PLATFORM="xcb", DISPLAY=x_display)
    for _ in range(3):
        proc = run_cli(["--data-dir", str(data)], env)
        assert proc.returncode == 1, proc.stderr
        assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1\n" in proc.stderr
        assert "sudo dnf install xcb-util-wm xcb-util-keysyms\n" in proc.stderr
        assert "qt.qpa" not in proc.stderr and "Aborted" not in proc.stderr
    assert not data.exists()  # no database opened, no "start" backup written


def test_make_run_checks_before_qt(tmp_path: Path) -> None:
    hidden = hide_library(tmp_path / "hidden", "libxcb-keysyms.so.1")
    data = tmp_path / "data"
    env = clean_env(LD_LIBRARY_PATH=str(hidden), QT_QPA_PLATFORM="xcb", DISPLAY=":0", DREM_DATA_DIR=str(data))
    env.pop("MAKEFLAGS", None)
    proc = subprocess.run(
        ["make", "-s", "run"], cwd=REPO, env=env, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode != 0
    assert "sudo apt-get install libxcb-keysyms1\n" in proc.stderr
    assert "sudo pacman -S xcb-util-keysyms\n" in proc.stderr
    assert not data.exists()


def _python() -> list[str]:
    import sys

    return [sys.executable]
