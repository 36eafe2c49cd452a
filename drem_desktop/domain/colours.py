"""The tail-light palette by name (a racer's highlight colour on the car) and its parsing: pure data, so
the car push and the cloud bundle's hex codes read the same table without one layer importing the other."""

from __future__ import annotations

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
