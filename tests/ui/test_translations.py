"""The translation machinery end to end: Qt Linguist catalogues compiled by lrelease, loaded into the
window's translator, read by ``_`` without Qt, and the language choice applied at start."""

from __future__ import annotations

import shutil
import string
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from drem_desktop import i18n
from drem_desktop.devtools import catalogues
from drem_desktop.i18n import LANGUAGES, SOURCE_LANGUAGE, best_language, catalogue_path, request_language
from drem_desktop.ui.i18n import install_language, tr

LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    install_language(qapp, "en")  # the rest of the suite reads English


def compile_catalogue(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60)
    return qm


def test_every_shipped_catalogue_compiles_and_has_the_code_s_texts(tmp_path: Path) -> None:
    texts = catalogues.texts_of_package()
    assert "Timekeeper" in texts and "Lap" in texts  # N_ in the pages list; HEADERS of the lap table
    for language in LANGUAGES:
        if language == SOURCE_LANGUAGE:
            continue
        shipped = catalogue_path(language)
        entries = catalogues.read_catalogue(shipped)
        assert entries, f"{shipped} is missing or empty: run python -m drem_desktop.devtools.catalogues"
        copy = tmp_path / shipped.name
        shutil.copy(shipped, copy)
        assert compile_catalogue(copy).stat().st_size > 0


def format_fields(text: str) -> list[tuple[str, str | None, str | None]]:
    """The ``{name!r:spec}`` fields ``str.format`` fills in, sorted (a text may use one twice)."""
    return sorted((f, c, spec) for _lit, f, spec, c in string.Formatter().parse(text) if f is not None)


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != SOURCE_LANGUAGE])
def test_every_shipped_translation_keeps_its_fields_and_is_finished(language: str) -> None:
    """A translation that drops or renames a ``{field}`` makes ``.format`` raise where the text is shown;
    one that loses a leading or trailing space runs words together in the texts built from pieces."""
    entries = catalogues.read_catalogue(catalogue_path(language))
    wrong = []
    for source, entry in entries.items():
        if entry.vanished or not entry.translation:
            continue
        try:
            same = format_fields(entry.translation) == format_fields(source)
        except ValueError:  # a stray brace
            same = False
        if not same:
            wrong.append(f"{source!r} -> {entry.translation!r}: fields differ")
        if source[:1].isspace() != entry.translation[:1].isspace() or (
            source[-1:].isspace() != entry.translation[-1:].isspace()
        ):
            wrong.append(f"{source!r} -> {entry.translation!r}: leading or trailing space differs")
    assert not wrong, f"{language}:\n" + "\n".join(wrong)
    texts = catalogues.texts_of_package()
    finished = {s for s, e in entries.items() if e.finished and not e.vanished}
    # A text the code shows and no catalogue translates reaches the organizer in English: a new text lands
    # with its translations (run `make catalogues`, then translate what it marks unfinished).
    missing = sorted(texts - finished)
    assert not missing, f"{language}: {len(missing)} texts not translated, e.g. {missing[:3]}"


def test_the_field_check_sees_a_dropped_field() -> None:
    assert format_fields("Lap {n} of {m:.1f}") == [("m", None, ".1f"), ("n", None, "")]
    assert format_fields("Runde {n}") != format_fields("Lap {n} of {m}")
    assert format_fields("{{name}} and {name!r}") == [("name", "r", "")]


def test_a_translation_reaches_the_window_and_the_pages(
    tmp_path: Path, english: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    entries = {
        "Timekeeper": catalogues.Entry("Zeitnahme", finished=True),
        "Lap {n}": catalogues.Entry("Runde {n}", finished=True),
        "Racers": catalogues.Entry("", finished=False),
    }
    ts = catalogue_path("de", folder=tmp_path)
    ts.write_text(catalogues.render("de", entries), encoding="utf-8")
    compile_catalogue(ts)
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)
    monkeypatch.setattr("drem_desktop.ui.i18n.LOCALE_DIR", tmp_path)
    assert install_language(english, "de") == "de"
    assert tr("Timekeeper") == "Zeitnahme"
    assert tr("Lap {n}").format(n=3) == "Runde 3"
    assert tr("Racers") == "Racers"  # not translated yet: the English text
    assert i18n._("Timekeeper") == "Zeitnahme"  # the same catalogue, read without Qt
    with request_language("sv"):  # a viewer's page in another language; the organizer's is untouched
        assert i18n._("Timekeeper") == "Timekeeper"
    assert i18n._("Timekeeper") == "Zeitnahme"
    assert install_language(english, "en") == "en"
    assert tr("Timekeeper") == "Timekeeper" and i18n._("Timekeeper") == "Timekeeper"


def test_the_update_keeps_translations_and_marks_vanished_texts(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "screen.py").write_text('tr("Start")\nN_("Pause")\nHEADERS = ("Lap", "Time")\n_("Saved.")\n')
    catalogues.update(tmp_path / "locale", package)
    ts = catalogue_path("fr", folder=tmp_path / "locale")
    entries = catalogues.read_catalogue(ts)
    assert set(entries) == {"Start", "Pause", "Lap", "Time", "Saved."}
    entries["Start"] = catalogues.Entry("Départ", finished=True)
    ts.write_text(catalogues.render("fr", entries), encoding="utf-8")
    (package / "screen.py").write_text('tr("Pause")\n')
    catalogues.update(tmp_path / "locale", package)
    again = catalogues.read_catalogue(ts)
    assert again["Start"] == catalogues.Entry("Départ", vanished=True)  # back as unfinished: to review
    assert again["Pause"] == catalogues.Entry() and "Lap" not in again  # nothing to keep


@pytest.mark.parametrize(
    ("header", "asked", "expected"),
    [
        ("de-DE,de;q=0.9,en;q=0.8", None, "de"),
        ("fr-CA;q=0.5, sv;q=0.9", None, "sv"),
        ("pt-BR, ja;q=0.1", None, "ja"),
        ("pt-BR", None, None),
        ("de", "es", "es"),  # ?lang= wins
        ("de", "xx", "de"),  # an unknown ?lang= is ignored
        ("", None, None),
        ("de;q=0", None, None),
    ],
)
def test_the_page_language_follows_the_browser(header: str, asked: str | None, expected: str | None) -> None:
    assert best_language(header, asked) == expected


def test_the_language_chosen_in_settings_is_applied_at_start(tmp_path: Path, english: QApplication) -> None:
    from drem_desktop.app import App
    from drem_desktop.ui.main import start_language

    app = App(tmp_path / "data", backup_at_start=False)
    try:
        assert start_language(english, app) in LANGUAGES  # nothing chosen: the system's, else English
        app.db.set_setting("language", "sv")
        assert start_language(english, app) == "sv" == i18n.current_language()
    finally:
        app.close()
