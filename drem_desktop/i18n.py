"""One translation function for user-visible text outside Qt (ui/ uses Qt's ``tr``).

Everything a person reads goes through ``_`` so the languages DREM ships (en, de, es, fr, ja, sv) can
follow with catalogues in ``resources/locale`` and nothing else changing.
"""

from __future__ import annotations

import contextlib
import gettext
from collections.abc import Iterator
from contextvars import ContextVar
from functools import cache
from pathlib import Path

_LOCALE_DIR = Path(__file__).parent / "resources" / "locale"
_translation: gettext.NullTranslations = gettext.NullTranslations()
_page_language: ContextVar[tuple[str, gettext.NullTranslations] | None] = ContextVar(
    "drem_page_language", default=None
)


def set_language(language: str | None) -> None:
    """Switch the catalogue; unknown languages fall back to English."""
    global _translation
    if not language:
        _translation = gettext.NullTranslations()
        return
    _translation = gettext.translation(
        "drem_desktop", localedir=str(_LOCALE_DIR), languages=[language], fallback=True
    )


@cache
def _catalogue(language: str) -> gettext.NullTranslations:
    return gettext.translation(
        "drem_desktop", localedir=str(_LOCALE_DIR), languages=[language], fallback=True
    )


@contextlib.contextmanager
def language(language: str) -> Iterator[None]:
    """Within this block (this task or thread only), text comes in ``language``: one LAN page asked for
    ``?lang=`` while the app and every other page keep theirs."""
    token = _page_language.set((language, _catalogue(language)))
    try:
        yield
    finally:
        _page_language.reset(token)


def current_language() -> str | None:
    """The language of the block we are in (see ``language``), else None."""
    override = _page_language.get()
    return override[0] if override is not None else None


def _(message: str) -> str:
    override = _page_language.get()
    return (override[1] if override is not None else _translation).gettext(message)
