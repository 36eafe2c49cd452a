"""Automatic backups: checkpoint the WAL, copy the database with SQLite's online backup, keep the last N.

A backup is written to ``*.partial`` and renamed when complete; one that fails (a full disk) is removed,
so a half-written copy never looks like a backup and never keeps the disk full.
"""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from drem_desktop.domain.errors import StoreError

KEEP = 20


class BackupError(StoreError):
    """The backup could not be written; nothing of it was left behind."""


def write_backup(db_path: Path, backups_dir: Path, keep: int = KEEP, label: str = "") -> Path:
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = backups_dir / f"drem-{stamp}{('-' + label) if label else ''}.sqlite"
    partial = target.with_suffix(".partial")
    try:
        src = sqlite3.connect(db_path)
        try:
            src.execute("PRAGMA wal_checkpoint(PASSIVE)")
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        partial.replace(target)  # a half-written copy never looks like a backup
    except (OSError, sqlite3.Error) as exc:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise BackupError(str(exc)) from exc
    prune(backups_dir, keep)
    return target


def clear_partials(backups_dir: Path) -> None:
    """Remove what an interrupted backup (killed, power cut) left behind."""
    for leftover in [*backups_dir.glob("*.partial"), *backups_dir.glob("*.partial-journal")]:
        with contextlib.suppress(OSError):
            leftover.unlink()


def prune(backups_dir: Path, keep: int = KEEP) -> None:
    backups = sorted(backups_dir.glob("drem-*.sqlite"))
    for old in backups[:-keep] if keep > 0 else backups:
        old.unlink(missing_ok=True)


def list_backups(backups_dir: Path) -> list[Path]:
    return sorted(backups_dir.glob("drem-*.sqlite"), reverse=True)
