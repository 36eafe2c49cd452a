"""Automatic backups: checkpoint the WAL, copy the database with SQLite's online backup, keep the last N."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

KEEP = 20


def write_backup(db_path: Path, backups_dir: Path, keep: int = KEEP, label: str = "") -> Path:
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = backups_dir / f"drem-{stamp}{('-' + label) if label else ''}.sqlite"
    partial = target.with_suffix(".partial")
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
    prune(backups_dir, keep)
    return target


def prune(backups_dir: Path, keep: int = KEEP) -> None:
    backups = sorted(backups_dir.glob("drem-*.sqlite"))
    for old in backups[:-keep] if keep > 0 else backups:
        old.unlink(missing_ok=True)


def list_backups(backups_dir: Path) -> list[Path]:
    return sorted(backups_dir.glob("drem-*.sqlite"), reverse=True)
