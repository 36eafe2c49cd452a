"""The import graph of the package, read from the source (nothing is imported): no module imports a
part above its own, and no import cycle exists, so each part can be used, tested and replaced alone.

Parts and what each may import (DESIGN.md "The shape"); what a lower part may import, the upper may too.
Imports inside functions and under ``TYPE_CHECKING`` count: they are dependencies all the same.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

import drem_desktop

PACKAGE = Path(drem_desktop.__file__).resolve().parent

# Foundations import nothing of the project: translation, data folder paths, the bus, the asyncio thread,
# the settings registry, the log file, the bundled flag images, the data folder's free space (what a full
# disk looks like, the ballast file), where secrets are kept (OS keyring or a 0600 file) and DNS-SD
# browsing of the LAN (cars and sync both find things that way). Every part may use them.
FOUNDATIONS = (
    "i18n",
    "paths",
    "bus",
    "service_loop",
    "settings",
    "logs",
    "flags",
    "disk_space",
    "keychain",
    "lan_browse",
)

# part -> the parts right below it (the full set is the closure).
BELOW: dict[str, set[str]] = {
    "domain": set(),  # pure rules and records
    "events": {"domain"},  # bus events over domain records
    "store": {"domain"},  # SQL; never cars, models, timing or sync
    "timing": {"domain"},  # lap sources
    "models": {"domain"},  # model archives and the library
    "cars": {"models"},  # the push validates archives; never the store (a protocol stands for it)
    "sync": {"store", "models", "events"},  # exports, imports, replication
    "services": {"store", "timing", "models", "cars", "sync", "events"},
    "web": {"services"},
    "app": {"web"},  # the composition root builds all of the above
    "ui": {"app", "first_run"},
    "headless": {"app", "headless_commands"},
    "headless_commands": {"app"},  # what a serve box's console lines do, over the app
    "first_run": {"app"},  # setting up a new data folder: event, racers, lap sources, over the whole app
    "demo": {"app"},
    "devtools": {"ui", "demo", "timing"},
    "prerequisites": set(),  # what the window needs from the OS, checked before Qt loads
    "cli": {"devtools", "headless", "prerequisites"},
    "__main__": {"cli"},
}

# Below by the closure, yet out of bounds: screens and pages go through services (DESIGN.md "ui/").
NEVER: dict[str, set[str]] = {"ui": {"store"}, "web": {"store", "app"}}


def allowed_below(part: str) -> set[str]:
    seen: set[str] = set()
    todo = [part]
    while todo:
        for lower in BELOW[todo.pop()]:
            if lower not in seen:
                seen.add(lower)
                todo.append(lower)
    return (seen - NEVER.get(part, set())) | set(FOUNDATIONS)


# Third-party libraries that stay inside the layer that owns them (DESIGN.md rule 1).
FORBIDDEN_LIBRARIES = {
    "drem_desktop.ui": ("sqlalchemy", "alembic", "paramiko", "boto3", "botocore", "aiohttp", "zeroconf"),
    "drem_desktop.web": ("sqlalchemy", "alembic", "paramiko", "boto3", "botocore", "PySide6"),
    "drem_desktop.domain": ("sqlalchemy", "PySide6", "aiohttp", "paramiko", "boto3", "zeroconf", "serial"),
    "drem_desktop.services": ("PySide6",),
    "drem_desktop.store": ("PySide6", "aiohttp", "paramiko", "boto3"),
}


SHELL = {"drem_desktop.ui.main", "drem_desktop.ui.start"}  # they build the screens; no screen needs them


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def all_modules() -> dict[str, Path]:
    return {
        module_name(p): p
        for p in PACKAGE.rglob("*.py")
        if "migrations" not in p.parts  # Alembic revision scripts are loaded by Alembic, not imported
    }


def type_only_lines(tree: ast.Module) -> set[int]:
    """Lines inside ``if TYPE_CHECKING:`` blocks (imports for annotations only)."""
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for inner in node.body:
                lines.update(range(inner.lineno, (inner.end_lineno or inner.lineno) + 1))
    return lines


def imports_of(name: str, path: Path, known: set[str]) -> Iterator[tuple[str, int]]:
    """(imported module, line) for every import in the file, project modules and third-party alike."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            for alias in node.names:  # ``from drem_desktop import events`` imports the module events
                sub = f"{target}.{alias.name}"
                yield (sub if sub in known else target), node.lineno


def project_graph() -> dict[str, list[tuple[str, int]]]:
    modules = all_modules()
    known = set(modules)
    graph: dict[str, list[tuple[str, int]]] = {}
    for name, path in modules.items():
        graph[name] = [(t, line) for t, line in imports_of(name, path, known) if t in known]
    return graph


def part_of(module: str) -> str:
    """``drem_desktop.cars.service`` -> ``cars``."""
    part = module.split(".")[1]
    if part not in BELOW and part not in FOUNDATIONS:
        raise AssertionError(f"{module} belongs to no part: add {part!r} to BELOW in {__file__}")
    return part


def test_every_module_belongs_to_a_part() -> None:
    for name in all_modules():
        if name != "drem_desktop":
            part_of(name)


def test_the_parts_form_no_cycle() -> None:
    for part in BELOW:
        assert part not in allowed_below(part)


def test_no_module_imports_a_part_above_or_beside_it() -> None:
    wrong = []
    for name, deps in project_graph().items():
        if name == "drem_desktop":
            continue
        part = part_of(name)
        if part in FOUNDATIONS:
            allowed: set[str] = set()
        else:
            allowed = allowed_below(part)
        for dep, line in deps:
            if dep == "drem_desktop":  # the root only tells the version (it imports nothing of the project)
                continue
            dep_part = part_of(dep)
            if dep_part != part and dep_part not in allowed:
                wrong.append(f"{name}:{line} imports {dep} ({part} may not import {dep_part})")
    assert not wrong, "upward imports:\n" + "\n".join(sorted(wrong))


def test_layers_keep_their_libraries_to_themselves() -> None:
    modules = all_modules()
    known = set(modules)
    wrong = []
    for name, path in modules.items():
        for layer, libraries in FORBIDDEN_LIBRARIES.items():
            if name == layer or name.startswith(layer + "."):
                for dep, line in imports_of(name, path, known):
                    if dep.split(".")[0] in libraries:
                        wrong.append(f"{name}:{line} imports {dep}")
    assert not wrong, "libraries used outside their layer:\n" + "\n".join(sorted(wrong))


def screen_of(module: str) -> str | None:
    """``drem_desktop.ui.cars.page`` -> ``drem_desktop.ui.cars``; None for ui/'s own modules (the shell:
    main window, start-up; and what screens share: background, bridge, context, theme, widgets, …)."""
    parts = module.split(".")
    return ".".join(parts[:3]) if len(parts) > 3 and parts[1] == "ui" else None


def test_screens_talk_through_shared_helpers_not_to_each_other() -> None:
    wrong = []
    for name, deps in project_graph().items():
        screen = screen_of(name)
        if screen is None:
            continue
        for dep, line in deps:
            if screen_of(dep) not in (None, screen) or dep in SHELL:
                wrong.append(f"{name}:{line} imports {dep}")
    assert not wrong, "screens reaching into other screens:\n" + "\n".join(sorted(wrong))


# The store objects the app and its services hold: screens and pages reach them only through services.
STORE_ATTRIBUTES = {"db", "registry", "repo", "runs_repo", "sessions"}


def store_reaches(tree: ast.AST) -> list[tuple[int, str]]:
    return [
        (node.lineno, node.attr)
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and node.attr in STORE_ATTRIBUTES
    ]


def test_screens_and_pages_use_services_not_the_store_behind_them() -> None:
    wrong = []
    for name, path in all_modules().items():
        if name.split(".")[1:2] not in (["ui"], ["web"]):
            continue
        for line, attr in store_reaches(ast.parse(path.read_text(encoding="utf-8"))):
            wrong.append(f"{name}:{line} reaches .{attr}")
    assert not wrong, "screens or pages reaching past the services into the store:\n" + "\n".join(wrong)


def test_the_check_sees_a_reach_into_the_store() -> None:
    tree = ast.parse("app.cars.registry.fleets()\nself.ctx.app.db.set_setting('k', 1)\napp.cars.fleets()\n")
    assert store_reaches(tree) == [(1, "registry"), (2, "db")]


def find_cycles(graph: dict[str, list[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan), or a module importing itself."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    cycles: list[list[str]] = []
    counter = 0

    def visit(v: str) -> None:
        nonlocal counter
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1 or v in graph.get(v, ()):
                cycles.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return cycles


def test_no_import_cycle() -> None:
    """At run time: an import for annotations only (under TYPE_CHECKING) never runs, so it makes no cycle
    (it still counts for the layers above)."""
    modules = all_modules()
    type_only = {
        name: type_only_lines(ast.parse(path.read_text(encoding="utf-8"))) for name, path in modules.items()
    }
    graph = {
        name: sorted({d for d, line in deps if line not in type_only[name]})
        for name, deps in project_graph().items()
    }
    assert find_cycles(graph) == []
    assert graph["drem_desktop"] == []  # everyone may import the root: it must import nothing back


@pytest.mark.parametrize(
    ("graph", "expected"),
    [
        ({"a": ["b"], "b": ["c"], "c": []}, []),
        ({"a": ["b"], "b": ["a"]}, [["a", "b"]]),
        ({"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"]}, [["a", "b", "c"]]),
        ({"a": ["a"]}, [["a"]]),
    ],
)
def test_the_cycle_finder_finds_cycles(graph: dict[str, list[str]], expected: list[list[str]]) -> None:
    assert find_cycles(graph) == expected


def test_the_check_sees_an_upward_import(tmp_path: Path) -> None:
    """The checks read real source: a store module importing the UI or cars is out of bounds."""
    source = tmp_path / "bad.py"
    source.write_text(
        "from drem_desktop.ui.theme import GOLD\nimport sqlalchemy\nfrom ..cars import events\n"
    )
    known = {"drem_desktop.ui.theme", "drem_desktop.cars.events"}
    found = list(imports_of("drem_desktop.store.bad", source, known))
    assert found == [("drem_desktop.ui.theme", 1), ("sqlalchemy", 2), ("drem_desktop.cars.events", 3)]
    assert "ui" not in allowed_below("store") and "cars" not in allowed_below("store")
    assert "store" not in allowed_below("cars") and "store" not in allowed_below("ui")
    assert "store" in allowed_below("services") and "models" in allowed_below("cars")
