"""Printed results read back with poppler (pdftotext, pdftoppm, pdfinfo): real text, every racer and figure
in the leaderboard's order, every page renders, A4 and Letter."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path
from typing import Any

import pytest

from drem_desktop.demo import populate

from .helpers import make_event

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None,
    reason="poppler-utils missing: `make test` installs it (Debian, as root)",
)


def text(pdf: Path) -> list[str]:
    """The text of each page, as a PDF viewer's search and copy see it."""
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    return out.stdout.split("\f")[:-1]


def info(pdf: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return dict(line.split(":", 1) for line in out.splitlines() if ":" in line)


def renders(pdf: Path, tmp_path: Path, dpi: int = 20) -> int:
    folder = tmp_path / f"png-{pdf.stem}"
    folder.mkdir()
    proc = subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(folder / "p")], capture_output=True, text=True
    )
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr
    return len(list(folder.glob("*.png")))


def in_order(haystack: str, needles: list[str]) -> bool:
    at = 0
    for n in needles:
        found = haystack.find(n, at)
        if found < 0:
            return False
        at = found + len(n)
    return True


def secs(ms: float | None) -> str:
    return "–" if ms is None else f"{ms / 1000:.3f}"


def tiny_png(path: Path) -> Path:
    raw = b"".join(b"\x00" + bytes([30, 111, 235]) * 8 for _ in range(4))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 4, 8, 2, 0, 0, 0))
    path.write_bytes(png + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    return path


def test_summary_lists_every_racer_and_figure_in_order(app: Any, tmp_path: Path) -> None:
    event = make_event(app)
    pdf = app.exports.export(event.event_id, "pdf-summary", tmp_path / "summary.pdf")
    pages = text(pdf)
    assert renders(pdf, tmp_path) == len(pages) == int(info(pdf)["Pages"])
    whole = "\n".join(pages)
    assert "Summit Cup" in whole and "Organiser's summary" in whole and "Resets allowed per lap" in whole
    sections = re.split(r"Track 2: |All tracks combined", whole)
    assert len(sections) == 3
    for key, section in zip(("1", "2", "combined"), sections, strict=True):
        rows = app.leaderboards.rows(event.event_id, key, "fastest")
        names = [r.display_name + ("*" if r.raced_by_proxy else "") for r in rows]
        assert in_order(section, names), (key, names)
        lines = section.splitlines()
        for r in rows:
            line = next(x for x in lines if r.display_name in x)
            assert secs(r.fastest_lap_ms) in line and str(r.valid_laps) in line
    assert "raced by proxy" in whole


@pytest.mark.parametrize(("paper", "size"), [("a4", "595.276 x 841.89"), ("letter", "612 x 792")])
def test_podium_top_three_then_four_to_ten(app: Any, tmp_path: Path, paper: str, size: str) -> None:
    event = populate(app, racers=14, runs_per_racer=1, laps_per_run=4, tracks=1, fast=True, name="Podium Cup")
    pdf = app.exports.export(event.event_id, "pdf-podium", tmp_path / "podium.pdf", paper=paper)
    assert info(pdf)["Page size"].strip().startswith(size)
    (page,) = text(pdf)
    rows = app.leaderboards.rows(event.event_id, "combined", "fastest")
    top = rows[:3]
    for r in top:
        assert r.display_name in page and f"{secs(r.fastest_lap_ms)} s" in page
    rest = page.split("Places 4 to 10", 1)[1]
    assert in_order(rest, [r.display_name for r in rows[3:10]])
    assert rows[10].display_name not in rest
    assert renders(pdf, tmp_path) == 1


def test_one_certificate_per_racer_with_logo(app: Any, tmp_path: Path) -> None:
    event = make_event(app)
    app.db.set_setting("results_logo", str(tiny_png(tmp_path / "logo.png")))
    pdf = app.exports.export(
        event.event_id, "pdf-certificates", tmp_path / "certs.pdf", track="1", paper="letter"
    )
    pages = text(pdf)
    rows = app.leaderboards.rows(event.event_id, "1", "fastest")
    assert len(pages) == len(rows) == renders(pdf, tmp_path)
    assert info(pdf)["Page size"].strip().startswith("792 x 612")  # landscape Letter
    ranked = [r for r in rows if r.rank is not None]
    for page, r in zip(pages, rows, strict=True):
        assert r.display_name in page and "Summit Cup" in page and "2026-05-02" in page
        if r.rank is not None:
            assert f"place {r.rank} of {len(ranked)}" in page and secs(r.fastest_lap_ms) in page
        else:
            assert "took part" in page
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True).stdout
    assert len([line for line in images.splitlines()[2:] if line.strip()]) == len(rows)


def test_a_500_racer_event_renders(app: Any, tmp_path: Path) -> None:
    event = populate(app, racers=500, runs_per_racer=1, laps_per_run=3, tracks=2, fast=True, name="Big Cup")
    summary = app.exports.export(event.event_id, "pdf-summary", tmp_path / "big.pdf")
    pages = text(summary)
    whole = "\n".join(pages)
    combined = app.leaderboards.rows(event.event_id, "combined", "fastest")
    assert in_order(whole.split("All tracks combined", 1)[1], [r.display_name for r in combined])
    assert renders(summary, tmp_path, dpi=8) == len(pages) > 10
    certs = app.exports.export(event.event_id, "pdf-certificates", tmp_path / "bigcerts.pdf")
    assert int(info(certs)["Pages"]) == len(combined) == 500
