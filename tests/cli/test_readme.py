"""The README's CLI walk-through works verbatim for a new user (run in a shell, in a fresh data folder)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"


def walk_through_commands() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("### Walk-through", 1)[1]
    block = re.search(r"\n\n((?:    .*\n)+)", section)
    assert block, "the walk-through has an indented command block"
    return [line[4:] for line in block.group(1).splitlines() if line.strip()]


def test_walk_through_runs_verbatim(tmp_path: Path) -> None:
    commands = walk_through_commands()
    assert commands[0] == "source .venv/bin/activate"
    data = tmp_path / "walkthrough"
    script = []
    for command in commands[1:]:
        # the same commands, in this test's own data folder and virtualenv
        command = re.sub(r"DREM_DATA_DIR=\S+", f"DREM_DATA_DIR={data}", command)
        script.append(command)
    venv_bin = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": f"{venv_bin}{os.pathsep}{os.environ['PATH']}"}
    proc = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", "\n".join(script)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert (data / "drem.sqlite").exists()
    assert '"rank": 1' in proc.stdout
    assert "alice" in proc.stdout
