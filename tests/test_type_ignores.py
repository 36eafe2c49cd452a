"""Types checked (mypy in ``make test``): a ``# type: ignore`` in the package names the error it silences
(``# type: ignore[attr-defined]``), so it hides nothing else on its line; mypy itself fails on one that is
no longer needed (``warn_unused_ignores``). Say why after it (``  # Windows only``), as the package does."""

from __future__ import annotations

import re
from pathlib import Path

import drem_desktop

PACKAGE = Path(drem_desktop.__file__).resolve().parent
IGNORE = re.compile(r"#\s*type:\s*ignore(?P<code>\[[^\]]+\])?")


def bare_ignores(source: str, filename: str = "<source>") -> list[str]:
    return [
        f"{filename}:{number}: {line.strip()[:100]}"
        for number, line in enumerate(source.splitlines(), 1)
        if (m := IGNORE.search(line)) is not None and not m.group("code")
    ]


def test_every_type_ignore_names_the_error_it_silences() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        found += bare_ignores(path.read_text(encoding="utf-8"), str(path.relative_to(PACKAGE.parent)))
    assert not found, "bare type: ignore (name the error code, and say why):\n" + "\n".join(found)


def test_the_check_sees_a_bare_ignore() -> None:
    source = "a = f()  # type: ignore\nb = g()  # type: ignore[attr-defined]  # stubs lag the library\n"
    assert [f.split(":")[1] for f in bare_ignores(source)] == ["1"]
