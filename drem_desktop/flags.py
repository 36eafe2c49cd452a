"""The bundled country flags (small PNGs rendered from the MIT-licensed flag-icons set; see
``resources/flags/LICENSE``). Images, not emoji: emoji flags do not show on Windows."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

FOLDER = Path(__file__).resolve().parent / "resources" / "flags"
_CODE = re.compile(r"^[A-Za-z]{2}$")


@cache
def _codes() -> frozenset[str]:
    return frozenset(p.stem for p in FOLDER.glob("*.png")) if FOLDER.is_dir() else frozenset()


def flag_path(country_code: str | None) -> Path | None:
    """The flag of an ISO 3166-1 alpha-2 code, or None when there is none (or the code is not one)."""
    if not country_code or not _CODE.match(country_code):
        return None
    code = country_code.lower()
    return FOLDER / f"{code}.png" if code in _codes() else None
