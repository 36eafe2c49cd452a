"""Colours by name, pure data so no layer imports another for them: the tail-light palette (a racer's
highlight colour on the car) and its parsing, which the car push and the cloud bundle's hex codes read;
and the highlight colours as the screens and the LAN pages draw them (a palette name or ``#RRGGBB``)."""

from __future__ import annotations

import re

PALETTE: dict[str, tuple[int, int, int]] = {
    "blue": (0, 0, 255),
    "red": (255, 0, 0),
    "marigold": (255, 130, 0),
    "orchid purple": (128, 0, 128),
    "sky blue": (30, 144, 255),
    "green": (124, 252, 0),
    "violet": (255, 0, 255),
    "lime": (255, 255, 0),
    "white": (255, 255, 255),
}


def parse_colour(colour: str | tuple[int, int, int]) -> tuple[int, int, int]:
    """Accept a palette name, ``#rrggbb`` or an RGB tuple; raise ValueError on anything else."""
    if isinstance(colour, tuple):
        rgb = colour
    else:
        text = colour.strip().lower()
        squashed = text.replace(" ", "").replace("_", "")
        named = {k.replace(" ", ""): v for k, v in PALETTE.items()} | {"orchid": PALETTE["orchid purple"]}
        if text in PALETTE:
            rgb = PALETTE[text]
        elif squashed in named:  # "skyblue", "sky_blue", "orchid": as people type them
            rgb = named[squashed]
        elif text.startswith("#") and len(text) == 7:
            try:
                rgb = (int(text[1:3], 16), int(text[3:5], 16), int(text[5:7], 16))
            except ValueError:
                raise ValueError(f"not a colour: {colour!r}") from None
        else:
            raise ValueError(f"not a colour: {colour!r}")
    if len(rgb) != 3 or any(not isinstance(c, int) or not 0 <= c <= 255 for c in rgb):
        raise ValueError(f"colour channels must be 0..255: {colour!r}")
    return rgb


HIGHLIGHT_COLOURS: dict[str, str] = {
    "blue": "#1f6feb",
    "red": "#e5484d",
    "marigold": "#f5a623",
    "orchid": "#c86dd7",
    "skyblue": "#4cc3ff",
    "green": "#30a46c",
    "violet": "#8e4ec6",
    "lime": "#99d52a",
    "orange": "#f76808",
    "pink": "#e93d82",
    "teal": "#12a594",
    "white": "#f0f0f0",
}
_ALIASES = {"orchid purple": "orchid", "sky blue": "skyblue"}  # the tail-light palette's spellings
_HEX = re.compile(r"#[0-9a-fA-F]{6}")


def css_colour(value: str | None) -> str | None:
    """The colour as ``#rrggbb`` (safe to put in a page), or None when the racer has none."""
    text = (value or "").strip().lower()
    if _HEX.fullmatch(text):
        return text
    return HIGHLIGHT_COLOURS.get(_ALIASES.get(text, text))
