"""One translation function for user-visible text outside Qt (ui/ uses Qt's ``tr``).

Everything a person reads goes through ``_`` so the languages DREM ships (en, de, es, fr, ja, sv) can
follow with catalogues in ``resources/locale`` and nothing else changing.
"""

from __future__ import annotations

import gettext
from pathlib import Path

_LOCALE_DIR = Path(__file__).parent / "resources" / "locale"
_translation: gettext.NullTranslations = gettext.NullTranslations()


def set_language(language: str | None) -> None:
    """Switch the catalogue; unknown languages fall back to English."""
    global _translation
    if not language:
        _translation = gettext.NullTranslations()
        return
    _translation = gettext.translation(
        "drem_desktop", localedir=str(_LOCALE_DIR), languages=[language], fallback=True
    )


def _(message: str) -> str:
    return _translation.gettext(message)
