"""Opening the database: SQLite tuned for never losing a lap, migrated to the newest schema at start."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.orm import sessionmaker

from drem_desktop.store import changelog
from drem_desktop.store.schema import Setting

MIGRATIONS = Path(__file__).parent / "migrations"
DB_FILENAME = "drem.sqlite"


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")  # a committed lap survives a power cut, not just a crash
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _on_connect)
    return engine


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def migrate(engine: Engine, revision: str = "head") -> None:
    """Upgrades the file in place; an old database is upgraded, never recreated."""
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


class Database:
    """The open database of one data folder, and the identity of this laptop as a writer."""

    def __init__(self, path: Path, *, migrate_to: str = "head") -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.engine = make_engine(path)
        migrate(self.engine, migrate_to)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.laptop_id = self._laptop_id()
        changelog.install(self.sessions, self.laptop_id)

    def _laptop_id(self) -> str:
        with self.sessions.begin() as session:
            row = session.get(Setting, "laptop_id")
            if row is None:
                row = Setting(key="laptop_id", value=str(uuid.uuid4()))
                session.add(row)
            return str(row.value)

    def get_setting(self, key: str, default: Any = None) -> Any:
        with self.sessions() as session:
            row = session.scalar(select(Setting).where(Setting.key == key))
            return default if row is None else row.value

    def set_setting(self, key: str, value: Any) -> None:
        with self.sessions.begin() as session:
            session.merge(Setting(key=key, value=value))

    def close(self) -> None:
        self.engine.dispose()
