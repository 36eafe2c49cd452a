"""The board's projector-dark colours, in one place because the painted rows (``delegate``) and the window's
own labels (``window``) must match: a band a shade off from the title bar shows across a dark room."""

from __future__ import annotations

from drem_desktop.ui.theme import BRONZE, GOLD, SILVER

BG = "#0b0d12"
ROW = "#151922"
ROW_ALT = "#11151c"
TEXT = "#f4f6fb"
MUTED = "#8d96a8"
ACCENT = "#4c8dff"
MEDALS = {1: GOLD, 2: SILVER, 3: BRONZE}
