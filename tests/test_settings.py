"""One settings registry: typed defaults declared once, read the same by every part."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest

from drem_desktop import settings
from drem_desktop.app import App
from drem_desktop.settings import LAN_PORT, LEADERBOARD_SCREEN, UI_THEME, Settings
from drem_desktop.web.server import WebConfig


def test_defaults_types_and_bad_values(tmp_path: Path) -> None:
    app = App(tmp_path / "data", backup_at_start=False)
    try:
        s = app.settings
        assert s.get(LAN_PORT) == 8080 == WebConfig().port == app.lan_port_setting  # written once
        s.set(LAN_PORT, 9001)
        assert app.lan_port_setting == 9001
        assert s.version() == settings.latest_version()  # a new folder is upgraded at once
        for wrong in ("", "port", [1], True):
            app.db.set_setting("lan_port", wrong)
            assert s.get(LAN_PORT) == 8080
        app.db.set_setting("ui_theme", 3)
        assert s.get(UI_THEME) == "light"
        assert s.get(LEADERBOARD_SCREEN) == 1
    finally:
        app.close()


def test_every_key_is_declared_once() -> None:
    keys = [s.key for s in settings.ALL]
    assert len(keys) == len(set(keys)) == len(settings.BY_KEY)
    assert all(s.doc for s in settings.ALL)
    store: dict[str, object] = {}
    plain = Settings(store.get, store.__setitem__)
    assert all(plain.get(s) == s.default for s in settings.ALL)


def test_a_folder_of_an_older_release_is_upgraded_once_in_order(tmp_path: Path) -> None:
    app = App(tmp_path / "data", backup_at_start=False)
    app.db.set_setting(settings.VERSION_KEY, 0)  # as a folder of the release before upgrades
    app.db.set_setting("lan_port", "9002")  # stored as text by early versions
    app.db.set_setting("leaderboard_screen", " 2")
    app.close()
    app = App(tmp_path / "data", backup_at_start=False)  # the start upgrades
    try:
        assert app.db.get_setting("lan_port") == 9002 and app.settings.get(LAN_PORT) == 9002
        assert app.settings.get(LEADERBOARD_SCREEN) == 2
        assert app.settings.version() == settings.latest_version() >= 1
        app.db.set_setting("lan_port", "9003")  # written after the upgrade: not upgraded again
        assert app.settings.upgrade() == []
        assert app.settings.get(LAN_PORT) == 8080  # text is no port: the default
    finally:
        app.close()


def test_upgrades_run_by_version_and_stop_where_one_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[int] = []
    upgrades = dict(settings.UPGRADES)
    monkeypatch.setattr(settings, "UPGRADES", upgrades)
    latest = settings.latest_version()

    def fake(n: int) -> Any:
        def run(get: Any, put: Any) -> None:
            if n == latest + 2 and get("break"):
                raise RuntimeError("disk gone")
            ran.append(n)

        return run

    for n in (latest + 3, latest + 1, latest + 2):  # registered out of order
        settings.upgrade(n)(fake(n))
    with pytest.raises(ValueError):
        settings.upgrade(latest + 1)(fake(0))  # each number once
    store: dict[str, Any] = {settings.VERSION_KEY: latest, "break": True}
    plain = Settings(store.get, store.__setitem__)
    with pytest.raises(RuntimeError):
        plain.upgrade()
    assert ran == [latest + 1] and plain.version() == latest + 1  # the next start resumes there
    store["break"] = False
    assert plain.upgrade() == [latest + 2, latest + 3] and ran == [latest + 1, latest + 2, latest + 3]
    assert plain.upgrade() == []


def test_a_folder_from_a_newer_release_is_left_as_it_is() -> None:
    store: dict[str, Any] = {settings.VERSION_KEY: settings.latest_version() + 5, "lan_port": "9002"}
    plain = Settings(store.get, store.__setitem__)
    assert plain.upgrade() == []
    assert store == {settings.VERSION_KEY: settings.latest_version() + 5, "lan_port": "9002"}


def _setting_keys_used(tree: ast.Module) -> list[tuple[int, str]]:
    """Each string key handed to a ``…setting(key, …)`` call: a literal, or a module constant holding one."""
    constants = {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and node.args):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if not name.endswith("setting"):
            continue
        key = node.args[0]
        if isinstance(key, ast.Constant) and isinstance(key.value, str):
            found.append((node.lineno, key.value))
        elif isinstance(key, ast.Name) and key.id in constants:
            found.append((node.lineno, constants[key.id]))
    return found


def test_every_setting_the_code_reads_or_writes_is_declared() -> None:
    package = Path(settings.__file__).parent
    undeclared = []
    for path in sorted(package.rglob("*.py")):
        if path.name == "settings.py" and path.parent == package:
            continue
        for line, key in _setting_keys_used(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                key not in settings.BY_KEY
                and key != settings.VERSION_KEY
                and not key.startswith(settings.SENSOR_PREFIX)
            ):
                undeclared.append(f"{path.relative_to(package.parent)}:{line}: {key!r}")
    assert not undeclared, "settings not declared in drem_desktop/settings.py:\n" + "\n".join(undeclared)


def test_the_declaration_check_sees_a_stray_key() -> None:
    tree = ast.parse(
        'KEY = "stray"\ndb.get_setting(KEY, 1)\nself._set_setting("other", 2)\nctx.setting("lan_port")\n'
    )
    assert _setting_keys_used(tree) == [(2, "stray"), (3, "other"), (4, "lan_port")]
