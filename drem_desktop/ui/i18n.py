"""``tr``: the one translation call of ui/ (Qt's translator, so .qm catalogues can be loaded with
QTranslator for the languages DREM ships). Shared widgets (cards, captions, operation buttons, inline
messages, table headers) pass their text through it, so most of what a person reads is covered in one place.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "drem"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else text
