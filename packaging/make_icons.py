"""Renders the app icon (drem_desktop/resources/icons/drem-desktop.svg) into what each OS wants: PNGs for
Linux and the window icon, an .ico for Windows, an .icns for macOS. Both container formats hold PNGs, so
Qt's SVG renderer is all it takes. Run after changing the SVG:
    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import struct
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "drem_desktop" / "resources" / "icons" / "drem-desktop.svg"
OUT = ROOT / "packaging" / "icons"


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    sizes = sorted(s for s in pngs if s <= 256)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for s in sizes:
        blob = pngs[s]
        entries += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    kinds = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}
    body = b"".join(k + struct.pack(">I", 8 + len(pngs[s])) + pngs[s] for s, k in kinds.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> None:
    _app = QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    pngs = {s: render(renderer, s) for s in (16, 24, 32, 48, 64, 128, 256, 512, 1024)}
    OUT.mkdir(parents=True, exist_ok=True)
    (SVG.parent / "drem-desktop.png").write_bytes(pngs[256])
    (OUT / "drem-desktop.ico").write_bytes(ico(pngs))
    (OUT / "drem-desktop.icns").write_bytes(icns(pngs))
    for s in (16, 32, 48, 64, 128, 256, 512):
        folder = OUT / "hicolor" / f"{s}x{s}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "drem-desktop.png").write_bytes(pngs[s])


if __name__ == "__main__":
    main()
