"""Opening the database: SQLite tuned for never losing a lap, migrated to the newest schema at start."""

from __future__ import annotations

import ast
import logging
import re
import socket
import sqlite3
import threading
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import sessionmaker

from drem_desktop.domain.hlc import HybridClock, wall_clock_ms
from drem_desktop.i18n import _
from drem_desktop.store import changelog
from drem_desktop.store.schema import Setting

if TYPE_CHECKING:  # alembic (a third of a second to load) loads only when there is something to migrate
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).parent / "migrations"
DB_FILENAME = "drem.sqlite"


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")  # a committed lap survives a power cut, not just a crash
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    # the Checkpointer's job, off the committing thread; a commit checkpoints only if the log outgrows it
    cur.execute("PRAGMA wal_autocheckpoint=10000")
    # a burst of writes grows the log file; once checkpointed it is cut back to 4 MB, not kept at its peak
    # (a laptop with a nearly full disk needs that room back)
    cur.execute("PRAGMA journal_size_limit=4194304")
    cur.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _on_connect)
    return engine


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+?)\s*$", re.MULTILINE)


def head_from_files() -> str | None:
    """The newest revision, as the migration files name it (their ``revision`` and ``down_revision`` lines
    read as text); None when they do not say it plainly, and then alembic decides."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        found = dict(_ASSIGNMENT.findall(path.read_text(encoding="utf-8")))
        try:
            revision, down = ast.literal_eval(found["revision"]), ast.literal_eval(found["down_revision"])
        except (KeyError, ValueError, SyntaxError):
            return None
        if not isinstance(revision, str):
            return None
        revisions.add(revision)
        parents.update([down] if isinstance(down, str) else (down or ()))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _stored_revisions(engine: Engine) -> set[str]:
    try:
        with engine.connect() as conn:
            return {row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))}
    except OperationalError:  # no such table: a new file
        return set()


def migrate(engine: Engine, revision: str = "head") -> None:
    """Upgrades the file in place; an old database is upgraded, never recreated. A file already at the
    newest revision is left as it is without loading alembic (every start, most of the time).

    Foreign keys are off while migrating (SQLite rebuilds a table to change a constraint, and dropping
    the old copy must not touch the rows that refer to it) and checked before the upgrade commits.
    """
    if revision == "head":
        head = head_from_files()
        if head is not None and _stored_revisions(engine) == {head}:
            return
    from alembic import command

    cfg = alembic_config()
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration left rows without their parent rows: {broken[:5]}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


class Checkpointer:
    """Copies the write-ahead log into the database file every second, on a thread of its own.

    SQLite's own automatic checkpoint runs inside the commit that takes the log past 1,000 pages: with
    about ten pages a lap, one lap in a hundred waited for 4 MB to be written to the database file and
    synced before it was committed. A passive checkpoint here never blocks a writer, and one with nothing
    to copy costs next to nothing. (Commits still checkpoint themselves past 10,000 pages, should a long
    burst of writes outrun this thread.)"""

    def __init__(self, engine: Engine, interval_s: float = 1.0) -> None:
        self._engine = engine
        self._interval_s = interval_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="db-checkpoint", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self._interval_s):
            self.checkpoint()

    def checkpoint(self) -> None:
        try:
            with self._engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
        except Exception:  # busy, closing, a full disk: the next round tries again; commits are unaffected
            log.debug("checkpoint skipped", exc_info=True)

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._thread.join(timeout)


class Database:
    """The open database of one data folder, and the identity of this laptop as a writer.

    ``clock`` stamps every change (docs/sync.md, section 2); ``physical_ms`` replaces the wall clock it
    reads (tests of laptops whose clocks are off). ``on_changes`` callbacks run after every commit that
    logged a change, on the committing thread: they must only hand over (the LAN sync wakes its waiters).
    """

    def __init__(
        self, path: Path, *, migrate_to: str = "head", physical_ms: Callable[[], int] = wall_clock_ms
    ) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.engine = make_engine(path)
        migrate(self.engine, migrate_to)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.laptop_id = self._laptop_id()
        self.clock = HybridClock(self.laptop_id, physical_ms)
        self._change_listeners: tuple[Callable[[], None], ...] = ()
        self._write_watchers: tuple[Callable[[], None], ...] = ()
        if migrate_to == "head":
            with self.engine.connect() as conn:
                self.clock.start_from(conn.exec_driver_sql("SELECT max(hlc) FROM change_log").scalar())
        self._replica: Any = None
        changelog.install(self.sessions, self.laptop_id, self.clock, self.changes_committed, self._refold)
        self.checkpointer = Checkpointer(self.engine)

    @property
    def replica(self) -> Any:
        """The sync replica of this database (``store.replica.Replica``), made on first use."""
        if self._replica is None:
            from drem_desktop.store.replica import Replica

            self._replica = Replica(self)
        return self._replica

    def _refold(self, session: Any, table: str, row_id: str) -> None:
        self.replica.refold(session, table, row_id)

    def refold_on(self, conn: Any, table: str, row_id: str) -> None:
        """Rewrite a row from all its changes, inside a connection's write transaction (docs/sync.md, 3)."""
        self.replica.refold_on(conn, table, row_id)

    def on_changes(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call ``callback`` after each commit that logged changes; returns an unsubscribe."""
        self._change_listeners = (*self._change_listeners, callback)

        def remove() -> None:
            self._change_listeners = tuple(c for c in self._change_listeners if c is not callback)

        return remove

    def changes_committed(self) -> None:
        for callback in self._change_listeners:
            try:
                callback()
            except Exception:
                log.exception("change listener %r failed", callback)

    def _laptop_id(self) -> str:
        with self.sessions.begin() as session:
            row = session.get(Setting, "laptop_id")
            if row is None:
                row = Setting(key="laptop_id", value=str(uuid.uuid4()))
                session.add(row)
            return str(row.value)

    def laptop_name(self, laptop_id: str | None = None) -> str:
        """A laptop as a person knows it: this one by the name set for it (Settings) or its host name,
        another by the name it gave when it was paired (``laptop_names``), else by its short id."""
        laptop_id = laptop_id or self.laptop_id
        if laptop_id == self.laptop_id:
            return str(self.get_setting("laptop_name") or socket.gethostname() or _("this laptop"))
        names = self.get_setting("laptop_names") or {}
        name = names.get(laptop_id) if isinstance(names, dict) else None
        return str(name) if name else _("laptop {id}").format(id=laptop_id[:8])

    def get_setting(self, key: str, default: Any = None) -> Any:
        with self.sessions() as session:
            row = session.scalar(select(Setting).where(Setting.key == key))
            return default if row is None else row.value

    def set_setting(self, key: str, value: Any) -> None:
        with self.sessions.begin() as session:
            session.merge(Setting(key=key, value=value))

    def watch_writes(self, failed: Callable[[BaseException], None], committed: Callable[[], None]) -> None:
        """Call ``failed(error)`` for every database error and ``committed()`` after every commit that
        went through (a session's ``after_commit``: an engine's ``commit`` event comes before the write)."""

        def on_error(context: Any) -> None:
            try:
                failed(context.original_exception)
            except Exception:  # a watcher must never change what the caller sees
                logging.getLogger(__name__).exception("storage watcher failed")

        event.listen(self.engine, "handle_error", on_error)
        event.listen(self.sessions, "after_commit", lambda _session: committed())
        self._write_watchers = (*self._write_watchers, committed)

    def committed_without_session(self, changes: bool) -> None:
        """What a session's commit tells its listeners, for a commit made on a connection (a lap's hot
        path): write watchers, and the change listeners if it logged ``changes``."""
        for watcher in self._write_watchers:
            try:
                watcher()
            except Exception:  # a watcher must never change what the caller sees
                log.exception("storage watcher failed")
        if changes:
            self.changes_committed()

    def close(self, timeout: float = 10.0) -> None:
        self.checkpointer.stop(timeout)
        self.engine.dispose()  # the last connection to close checkpoints what is left
