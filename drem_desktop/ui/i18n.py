"""``tr``: the one translation call of ui/ (Qt's translator over the ``.qm`` catalogues built from
``resources/locale/drem_<language>.ts`` at install). Shared widgets (cards, captions, operation buttons,
inline messages, table headers) pass their text through it too, so a label given as a variable is covered.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from drem_desktop.i18n import CONTEXT, LOCALE_DIR, SOURCE_LANGUAGE, catalogue_path, set_language, supported

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []  # kept alive as long as the application


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else text


def N_(text: str) -> str:
    """Marks text for the catalogues where it is written; it is translated where it is shown (``tr``)."""
    return text


def system_language() -> str:
    return supported(QLocale.system().name()) or SOURCE_LANGUAGE


def install_language(app: QCoreApplication, language: str | None) -> str:
    """Speak ``language`` (a code from ``LANGUAGES``; empty: the system's) from now on, in the window and in
    ``_``. Call before the first screen is built: screens translate their text when they are made."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    chosen = set_language(supported(language) or system_language())
    if chosen == SOURCE_LANGUAGE:
        return chosen
    ours = QTranslator(app)
    qm = catalogue_path(chosen, ".qm", LOCALE_DIR)
    if ours.load(str(qm)):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no compiled catalogue %s (make builds it from the .ts): the window stays in English", qm)
    qt_own = QTranslator(app)  # Qt's own dialogs and buttons, when Qt ships that language
    if qt_own.load(f"qtbase_{chosen}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return chosen
