"""README's "Exporting results" block works verbatim: each export is one command, and every file opens."""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"


def export_commands() -> list[str]:
    section = README.read_text(encoding="utf-8").split("### Exporting results", 1)[1]
    block = re.search(r"\n\n((?:    .*\n)+)", section)
    assert block, "the exports section has an indented command block"
    return [line[4:] for line in block.group(1).splitlines() if line.strip()]


def test_every_export_in_the_readme_runs(tmp_path: Path) -> None:
    commands = export_commands()
    assert commands[0] == "source .venv/bin/activate"
    script = [
        re.sub(
            r"/tmp/drem-spare-laptop",
            str(tmp_path / "spare"),
            re.sub(r"DREM_DATA_DIR=\S+", f"DREM_DATA_DIR={tmp_path / 'data'}", c),
        )
        for c in commands[1:]
    ]
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    proc = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", "\n".join(script)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    with (tmp_path / "laps.csv").open(encoding="utf-8-sig", newline="") as f:
        assert len(list(csv.DictReader(f))) == 12 * 2 * 6
    assert (
        json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))["event"]["name"]
        == "DREM Demo Cup"
    )
    for pdf in ("summary.pdf", "podium.pdf", "certificates.pdf"):
        assert (tmp_path / pdf).read_bytes().startswith(b"%PDF")
    assert (tmp_path / "cloud-bundle" / "races.json").is_file()
    assert "Restored “DREM Demo Cup”" in proc.stdout
