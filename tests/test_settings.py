"""One settings registry: typed defaults declared once, read the same by every part."""

from __future__ import annotations

from pathlib import Path

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
        app.db.set_setting("lan_port", "9002")  # a value stored as text by an older version
        assert s.get(LAN_PORT) == 9002
        for wrong in ("", "port", [1], True):
            app.db.set_setting("lan_port", wrong)
            assert s.get(LAN_PORT) == 8080
        app.db.set_setting("ui_theme", 3)
        assert s.get(UI_THEME) == "light"
        assert s.read_all()[LEADERBOARD_SCREEN.key] == 1
    finally:
        app.close()


def test_every_key_is_declared_once() -> None:
    keys = [s.key for s in settings.ALL]
    assert len(keys) == len(set(keys)) == len(settings.BY_KEY)
    assert all(s.doc for s in settings.ALL)
    store: dict[str, object] = {}
    plain = Settings(store.get, store.__setitem__)
    assert plain.read_all() == {s.key: s.default for s in settings.ALL}
