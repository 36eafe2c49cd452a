"""Keeps the translation catalogues in step with the code: ``python -m drem_desktop.devtools.catalogues``.

Collects every text the code marks for translation (``tr("…")`` and ``N_("…")`` in ui/, ``_("…")``
elsewhere, and the table models' ``HEADERS``) and writes ``resources/locale/drem_<language>.ts`` for each
language DREM ships: new texts arrive unfinished, translations already made are kept, and texts the code
no longer has stay as "vanished" (a translator's work is never thrown away). The files carry no line
numbers, so they change only when a text does. Open them in Qt Linguist (``pyside6-linguist``) to translate;
``make`` compiles them to ``.qm``.
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from drem_desktop.i18n import CONTEXT, LANGUAGES, LOCALE_DIR, SOURCE_LANGUAGE, catalogue_path

PACKAGE = Path(__file__).resolve().parent.parent
MARKERS = {"tr", "N_", "_"}


def texts_in(source: str, filename: str = "<source>") -> set[str]:
    """The literal texts a module marks for translation."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in MARKERS:
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.add(first.value)
        elif (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "HEADERS" for t in node.targets)
            and isinstance(node.value, ast.Tuple)
        ):
            found.update(
                e.value for e in node.value.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)
            )
    found.discard("")
    return found


def texts_of_package(package: Path = PACKAGE) -> set[str]:
    found: set[str] = set()
    for path in sorted(package.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        found |= texts_in(path.read_text(encoding="utf-8"), str(path))
    return found


@dataclass(frozen=True, slots=True)
class Entry:
    translation: str = ""
    finished: bool = False
    vanished: bool = False


def read_catalogue(path: Path) -> dict[str, Entry]:
    if not path.is_file():
        return {}
    entries: dict[str, Entry] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        t = message.find("translation")
        kind = t.get("type") if t is not None else "unfinished"
        entries[source] = Entry(
            translation=(t.text or "") if t is not None else "",
            finished=kind is None,
            vanished=kind in ("vanished", "obsolete"),
        )
    return entries


def merged(old: dict[str, Entry], texts: set[str]) -> dict[str, Entry]:
    out = {}
    for source in sorted(set(old) | texts):
        entry = old.get(source, Entry())
        if source in texts:
            out[source] = Entry(entry.translation, entry.finished and bool(entry.translation), False)
        elif entry.translation:  # keep the work; the code may bring the text back
            out[source] = Entry(entry.translation, entry.finished, True)
    return out


def render(language: str, entries: dict[str, Entry]) -> str:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage=SOURCE_LANGUAGE)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source, entry in entries.items():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        t = ET.SubElement(message, "translation")
        if entry.vanished:
            t.set("type", "vanished")
        elif not entry.finished:
            t.set("type", "unfinished")
        t.text = entry.translation
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, "unicode") + "\n"


def update(folder: Path = LOCALE_DIR, package: Path = PACKAGE) -> dict[str, tuple[int, int]]:
    """Rewrites every catalogue; returns language -> (texts, translated)."""
    texts = texts_of_package(package)
    folder.mkdir(parents=True, exist_ok=True)
    summary = {}
    for language in LANGUAGES:
        if language == SOURCE_LANGUAGE:
            continue
        path = catalogue_path(language, folder=folder)
        entries = merged(read_catalogue(path), texts)
        path.write_text(render(language, entries), encoding="utf-8")
        live = [e for e in entries.values() if not e.vanished]
        summary[language] = (len(live), sum(1 for e in live if e.finished))
    return summary


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else LOCALE_DIR
    for language, (count, done) in update(folder).items():
        print(f"{catalogue_path(language, folder=folder)}: {done} of {count} texts translated")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
