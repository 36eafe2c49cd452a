"""``drem-desktop tablet-pin``: the operator PIN for serve boxes, from the command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from drem_desktop.services.tablet_access import SETTING, pin_matches
from drem_desktop.store.db import Database


def pin(data_dir: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "drem_desktop.cli", "tablet-pin", *args, "--data-dir", str(data_dir)],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


def stored(data_dir: Path) -> object:
    db = Database(data_dir / "drem.sqlite")
    try:
        return db.get_setting(SETTING)
    finally:
        db.close()


def test_set_refuse_and_clear_the_pin(tmp_path: Path) -> None:
    bad = pin(tmp_path, "--stdin", stdin="12ab\n")
    assert bad.returncode == 1 and "4 to 12 digits" in bad.stderr and "Nothing changed" in bad.stderr
    assert stored(tmp_path) is None
    ok = pin(tmp_path, "--stdin", stdin="482913\n")
    assert ok.returncode == 0, ok.stderr
    value = stored(tmp_path)
    assert isinstance(value, dict) and pin_matches("482913", value) and "482913" not in str(value)
    cleared = pin(tmp_path, "--clear")
    assert cleared.returncode == 0 and stored(tmp_path) is None
