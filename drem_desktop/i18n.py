"""One translation function for user-visible text outside Qt (ui/ uses Qt's ``tr`` on the same catalogues).

The catalogues are Qt Linguist files, ``resources/locale/drem_<language>.ts``, one per language DREM ships
(the cloud manager's: en, de, es, fr, ja, sv). The window loads them compiled (``.qm``, built at install);
``_`` reads the ``.ts`` itself, so the CLI, ``serve`` and the LAN pages need no Qt. A LAN page speaks the
viewer's language: the server sets it for the request (``request_language``), the rest of the process keeps
the organizer's (``set_language``).
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

LOCALE_DIR = Path(__file__).parent / "resources" / "locale"
CONTEXT = "drem"
SOURCE_LANGUAGE = "en"
LANGUAGES: dict[str, str] = {  # code -> the language's own name, as the language menu shows it
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "ja": "日本語",
    "sv": "Svenska",
}

_default = SOURCE_LANGUAGE
_request: contextvars.ContextVar[str | None] = contextvars.ContextVar("drem_language", default=None)


def catalogue_path(language: str, suffix: str = ".ts", folder: Path = LOCALE_DIR) -> Path:
    return folder / f"drem_{language}{suffix}"


@functools.cache
def _catalogue(language: str, folder: Path) -> dict[str, str]:
    """source -> translation for the finished (and unfinished but filled in) messages of one language."""
    path = catalogue_path(language, folder=folder)
    if language == SOURCE_LANGUAGE or not path.is_file():
        return {}
    found: dict[str, str] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if not source or translation is None or not translation.text:
            continue
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        found[source] = translation.text
    return found


def supported(language: str | None) -> str | None:
    """``de-AT`` -> ``de``; None for a language DREM does not ship."""
    if not language:
        return None
    code = language.strip().replace("_", "-").split("-")[0].lower()
    return code if code in LANGUAGES else None


def set_language(language: str | None) -> str:
    """The organizer's language for this process (unknown ones fall back to English); returns it."""
    global _default
    _default = supported(language) or SOURCE_LANGUAGE
    return _default


def current_language() -> str:
    return _request.get() or _default


@contextlib.contextmanager
def request_language(language: str | None) -> Iterator[str]:
    """Within the block (one task or thread), ``_`` speaks ``language``; elsewhere nothing changes."""
    chosen = supported(language) or _default
    token = _request.set(chosen)
    try:
        yield chosen
    finally:
        _request.reset(token)


def best_language(accept_language: str | None, asked: str | None = None) -> str | None:
    """The page's language: ``?lang=`` when DREM ships it, else the browser's first shipped preference."""
    if supported(asked):
        return supported(asked)
    weighted: list[tuple[float, int, str]] = []
    for i, part in enumerate((accept_language or "").split(",")):
        tag, _sep, params = part.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            key, _eq, value = param.strip().partition("=")
            if key == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        code = supported(tag)
        if code and quality > 0:
            weighted.append((-quality, i, code))
    return min(weighted)[2] if weighted else None


def _(message: str) -> str:
    return _catalogue(current_language(), LOCALE_DIR).get(message, message) if message else message
