"""Shared test set-up: Qt offscreen, a migrated database copied per test, and no real user data folder."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test announces LAN sync by mDNS on this machine's own network (the namespace tests turn it on inside
# the namespaces they create).
os.environ["DREM_SYNC_MDNS"] = "0"


@pytest.fixture(scope="session")
def template_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder migrated once; tests copy it instead of migrating again (Anki's trick)."""
    from drem_desktop.store.db import Database

    folder = tmp_path_factory.mktemp("template")
    db = Database(folder / "drem.sqlite")
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return folder


@pytest.fixture
def data_dir(template_data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "data"
    shutil.copytree(template_data_dir, target)
    monkeypatch.setenv("DREM_DATA_DIR", str(target))
    return target


@pytest.fixture
def app(data_dir: Path) -> Iterator[object]:
    from drem_desktop.app import App

    application = App(data_dir, backup_at_start=False)
    yield application
    application.close()
