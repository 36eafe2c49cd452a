"""Laptops for sync tests: each a data folder copied from the migrated template, with its own laptop id."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from drem_desktop.app import App


def fresh_folder(template: Path, target: Path) -> Path:
    shutil.copytree(template, target)
    with sqlite3.connect(target / "drem.sqlite") as conn:
        conn.execute("DELETE FROM setting WHERE key = 'laptop_id'")
    return target


@pytest.fixture
def laptops(template_data_dir: Path, tmp_path: Path) -> Iterator[Callable[..., App]]:
    """``laptops(name, skew_ms=0)`` opens a new laptop; all are closed at the end of the test."""
    opened: list[App] = []

    def make(name: str, skew_ms: int = 0) -> App:
        from drem_desktop.domain.hlc import wall_clock_ms

        folder = fresh_folder(template_data_dir, tmp_path / name)
        app = App(folder, backup_at_start=False, physical_ms=lambda: wall_clock_ms() + skew_ms)
        opened.append(app)
        return app

    yield make
    for app in opened:
        app.close()


@pytest.fixture(scope="session")
def moto() -> Iterator[object]:
    """One real S3 endpoint (moto server) for the session; each test takes its own bucket."""
    from .s3server import MotoServer

    server = MotoServer().start()
    yield server
    server.stop()


@pytest.fixture
def s3_bucket(moto: object, request: pytest.FixtureRequest) -> str:
    import secrets

    name = f"drem-{secrets.token_hex(4)}"
    moto.s3().create_bucket(Bucket=name)  # type: ignore[attr-defined]
    return name


@pytest.fixture
def proxy(moto: object) -> Iterator[object]:
    from .faultproxy import FaultProxy

    p = FaultProxy(moto.port)  # type: ignore[attr-defined]
    yield p
    p.close()
