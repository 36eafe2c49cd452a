"""No user-visible literal in ui/ bypasses ``tr`` (DESIGN.md rule 7).

The check reads the source (nothing is imported): every string with words in it that reaches a Qt text
sink (a label, button, placeholder, tooltip, combo item, message, dialog title, …) must be ``tr("…")``
or ``tr("… {n} …").format(n=…)`` at the call site. An f-string cannot be translated (the catalogue
would need every value), so it fails too. Strings without words ("–", "3:00", "{n} %") pass.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import drem_desktop.ui

UI = Path(drem_desktop.ui.__file__).resolve().parent

# method name -> positions of its text arguments
SINK_METHODS: dict[str, tuple[int, ...]] = {
    "setText": (0,),
    "setPlaceholderText": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setWindowTitle": (0,),
    "setTitle": (0,),
    "setLabelText": (0,),
    "setAccessibleName": (0,),
    "setPrefix": (0,),
    "setSuffix": (0,),
    "setSpecialValueText": (0,),
    "setTabText": (1,),
    "addTab": (1,),
    "insertTab": (2,),
    "addItem": (0,),
    "insertItem": (1,),
    "addRow": (0,),
    "addAction": (0,),
    "addMenu": (0,),
    "addSection": (0,),
    "showMessage": (0,),
    "show_message": (0,),
    "ok": (0,),
    "error": (0,),
    "set_title": (0,),
    "add_button": (0,),
    "question": (1, 2),
    "information": (1, 2),
    "warning": (1, 2),
    "critical": (1, 2),
    "getOpenFileName": (1, 3),
    "getOpenFileNames": (1, 3),
    "getSaveFileName": (1, 3),
    "getExistingDirectory": (1,),
    "getText": (1, 2),
    "getItem": (1, 2),
}
# function or class name -> positions of its text arguments
SINK_CALLS: dict[str, tuple[int, ...]] = {
    "QLabel": (0,),
    "QPushButton": (0,),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QAction": (0,),
    "QMenu": (0,),
    "OpButton": (0,),
    "caption": (0,),
    "card": (),
}
SINK_KEYWORDS = {"title", "text", "caption", "placeholder", "tooltip"}
NOT_SINKS = {"log", "logger", "logging", "warnings"}  # log.warning("…") is for developers
TRANSLATORS = {"tr", "N_", "_"}
WORD = re.compile(r"[^\W\d_]{2,}")


def has_words(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and WORD.search(node.value) is not None
    if isinstance(node, ast.JoinedStr):
        return any(has_words(v) for v in node.values if isinstance(v, ast.Constant))
    return False


def is_translated(node: ast.expr) -> bool:
    """``tr("…")`` or ``tr("…").format(…)``."""
    if not isinstance(node, ast.Call):
        return False
    if isinstance(node.func, ast.Name):
        return node.func.id in TRANSLATORS
    if isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return is_translated(node.func.value)
    return False


def untranslated(node: ast.expr) -> list[ast.expr]:
    """The parts of a sink's argument that a person reads untranslated."""
    if is_translated(node):
        return []
    if isinstance(node, (ast.Constant, ast.JoinedStr)):
        return [node] if has_words(node) else []
    if isinstance(node, ast.IfExp):
        return untranslated(node.body) + untranslated(node.orelse)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return untranslated(node.left) + untranslated(node.right)
    return []


def sink_arguments(call: ast.Call) -> list[ast.expr]:
    func = call.func
    if isinstance(func, ast.Attribute):
        if isinstance(func.value, ast.Name) and func.value.id in NOT_SINKS:
            return []
        positions = SINK_METHODS.get(func.attr)
    elif isinstance(func, ast.Name):
        positions = SINK_CALLS.get(func.id)
    else:
        positions = None
    if positions is None:
        return []
    args = [a for i, a in enumerate(call.args) if i in positions]
    return args + [k.value for k in call.keywords if k.arg in SINK_KEYWORDS]


def bypassing(source: str, filename: str = "<source>") -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Call):
            for arg in sink_arguments(node):
                for part in untranslated(arg):
                    found.append(f"{filename}:{part.lineno}: {ast.unparse(part)[:80]}")
    return found


def test_no_user_visible_literal_in_ui_bypasses_tr() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        found += bypassing(path.read_text(encoding="utf-8"), str(path.relative_to(UI.parent)))
    assert not found, (
        "user-visible text without tr() (wrap it: tr('…'), or tr('… {n} …').format(n=…) for values):\n"
        + "\n".join(found)
    )


def test_the_check_sees_what_bypasses_tr() -> None:
    source = """
label = QLabel("Racers")
button.setText(f"Moved {n} cars")
box.addItem("All cars" if every else tr("Some cars"), None)
message.ok("Saved. " + tr("Next"))
card(widget, title="Jobs")
log.warning("not for people %s", x)
label.setText("–" if none else f"{ms / 1000:.3f} s")
label.setText(tr("Lap {n}").format(n=3))
button.setText(name)
"""
    found = bypassing(source)
    assert [f.split(": ", 1)[1] for f in found] == [
        "'Racers'",
        "f'Moved {n} cars'",
        "'All cars'",
        "'Saved. '",
        "'Jobs'",
    ]  # "–" and "{…} s" have no word in them


def compares_with_translated_text(source: str, filename: str = "<source>") -> list[str]:
    """``x == _("…")`` or ``tr("…") != y``: a decision that changes with the language (match a kind or a
    status instead: CarJobFinished.kind, .status)."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Compare):
            continue
        for side in (node.left, *node.comparators):
            if isinstance(side, ast.Call) and isinstance(side.func, ast.Name) and side.func.id in ("_", "tr"):
                found.append(f"{filename}:{node.lineno}: {ast.unparse(node)[:80]}")
    return found


def test_no_decision_compares_with_translated_text() -> None:
    package = UI.parent
    found = []
    for path in sorted(package.rglob("*.py")):
        found += compares_with_translated_text(
            path.read_text(encoding="utf-8"), str(path.relative_to(package))
        )
    assert not found, "comparisons with translated text (they change with the language):\n" + "\n".join(found)


def test_the_comparison_check_sees_one() -> None:
    source = (
        'if e.ok and e.action == _("load model"):\n    pass\nok = tr("Cancel") in text\nsame = k == "push"'
    )
    found = sorted(f.split(": ", 1)[1] for f in compares_with_translated_text(source))
    assert found == ["e.action == _('load model')", "tr('Cancel') in text"]


# Texts with words in ui/ that are not shown to a person as they are (names, file names, Qt's own error
# text they are compared with, CSV column spellings accepted on import).
NOT_SHOWN = {
    "already deleted",  # Qt's RuntimeError for a deleted C++ object
    "user name",
    "display name",
    "full name",  # column headings a racers CSV may use
    "DREM exports",  # the default folder's name
    "DREM Desktop",  # the product's name
    "DejaVu Sans",
    "DejaVu Sans Mono",  # fonts
    "create the QApplication before any screen",  # an assertion for developers
}
WORDS = re.compile(r"[A-Za-z]{2,}[,.:;!?'’]*\s+[A-Za-z]{2,}")  # two words with a space: a file name is not
TAG = re.compile(r"<[^>]*>")
STYLESHEET = re.compile(r"[a-z-]+\s*:\s*[^;]*;|::")
NOT_FOR_PEOPLE = {
    "tr",
    "N_",
    "_",
    "debug",
    "info",
    "warning",
    "error",
    "exception",
    "critical",
    "setObjectName",
}


def loose_texts(source: str, filename: str = "<source>") -> list[str]:
    """Texts with words anywhere in a screen's code that no ``tr``/``N_``/``_`` marks (they reach a label
    through a variable, a table or a return value, where :func:`bypassing` cannot see them): docstrings, log
    calls, exceptions for developers (OSError), stylesheets and the table models' ``HEADERS`` aside."""
    tree = ast.parse(source, filename)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if isinstance(parents.get(node), ast.JoinedStr):
                continue
            text = node.value
        else:
            continue
        if not WORDS.search(TAG.sub("", text)) or STYLESHEET.search(text) or text in NOT_SHOWN:
            continue
        up, skip = node, isinstance(parents.get(node), ast.Expr)  # a docstring
        while not skip and up in parents:
            up = parents[up]
            if isinstance(up, ast.Call):
                name = up.func.attr if isinstance(up.func, ast.Attribute) else getattr(up.func, "id", "")
                skip = name in NOT_FOR_PEOPLE or name == "OSError"
            elif isinstance(up, ast.Assign):
                skip = any(isinstance(t, ast.Name) and t.id == "HEADERS" for t in up.targets)  # catalogued
        if not skip:
            found.append(f"{filename}:{node.lineno}: {text[:80]!r}")
    return found


def test_no_text_in_ui_reaches_a_screen_untranslated() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        found += loose_texts(path.read_text(encoding="utf-8"), str(path.relative_to(UI.parent)))
    assert not found, (
        "texts in ui/ without tr() (tr('…') where shown, N_('…') in a table that is shown through tr(), or "
        "add it to NOT_SHOWN if no person reads it):\n" + "\n".join(found)
    )


def test_the_loose_text_check_sees_texts_in_variables_and_tables() -> None:
    source = '''
STATE = {"ready": "Ready to start", "over": N_("Race over")}
where = f"moved into {fleet}" if fleet else "out of their fleet"
log.info("not for people %s", x)
label.setStyleSheet("font: bold 12px 'DejaVu Sans'; color: red;")
HEADERS = ("Best lap", "Racer")
def f():
    """A docstring with words."""
    return tr("Shown to people")
'''
    found = [f.split(": ", 1)[1] for f in loose_texts(source)]
    assert sorted(found) == ["'Ready to start'", "'moved into '", "'out of their fleet'"]
