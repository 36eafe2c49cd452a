"""Renders the bundled country flags: ``python -m drem_desktop.devtools.make_flags FLAG_ICONS_DIR``.

FLAG_ICONS_DIR is the ``flags/4x3`` folder of the flag-icons package (MIT licence, © Panayiotis
Lipiridis; ``npm pack flag-icons`` brings it). Each ISO 3166-1 code the app knows becomes a small PNG
(64×48) in ``resources/flags``: PNGs show the same on every system and need no SVG support in the
leaderboard window, and emoji flags do not exist on Windows (cloud manager issue #79).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from drem_desktop.domain.countries import COUNTRIES

OUT = Path(__file__).resolve().parent.parent / "resources" / "flags"
SIZE = (64, 48)


def render(svg: Path, png: Path) -> None:
    renderer = QSvgRenderer(QByteArray(svg.read_bytes()))
    image = QImage(*SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, *SIZE))
    painter.end()
    image.convertToFormat(QImage.Format.Format_RGB888).save(str(png), b"PNG", 9)


def main(folder: str) -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (QPainter needs it)
    source = Path(folder)
    OUT.mkdir(parents=True, exist_ok=True)
    missing = []
    for code in sorted(COUNTRIES):
        svg = source / f"{code.lower()}.svg"
        if not svg.exists():
            missing.append(code)
            continue
        render(svg, OUT / f"{code.lower()}.png")
    print(f"{len(COUNTRIES) - len(missing)} flags written to {OUT}; no flag for: {' '.join(missing) or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
