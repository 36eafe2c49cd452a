"""Free space on the disk that holds the data folder: a reserve for timing, and ballast to give up.

A lap costs a few kilobytes; a model upload, a backup or another program can take hundreds of megabytes.
So uploads stop while less than ``reserve_bytes`` is free (timing keeps that room), and the data folder
keeps a ballast file of ``ballast_bytes`` that the app deletes the moment the disk is full, so the
database can still open and take laps while the organizer frees space.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

BALLAST_NAME = ".disk-ballast"
DEFAULT_RESERVE_BYTES = 200 * 1024 * 1024
DEFAULT_BALLAST_BYTES = 32 * 1024 * 1024
FULL_BELOW_BYTES = 4 * 1024 * 1024  # less than this free: SQLite cannot be counted on to open or write
_ZEROS = bytes(1024 * 1024)


def is_disk_full(exc: BaseException) -> bool:
    """Whether an error means the disk (or the user's quota) has no room left."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    text = str(exc).lower()
    return isinstance(exc, sqlite3.Error | OSError) and (
        "database or disk is full" in text or "disk i/o error" in text or "no space left" in text
    )


@dataclass(frozen=True, slots=True)
class DiskState:
    free_bytes: int
    reserve_bytes: int

    @property
    def low(self) -> bool:
        """Below the reserve: uploads and other big writes must wait."""
        return self.free_bytes < self.reserve_bytes

    @property
    def full(self) -> bool:
        return self.free_bytes < FULL_BELOW_BYTES

    @property
    def free_mb(self) -> float:
        return self.free_bytes / (1024 * 1024)


class DiskSpace:
    def __init__(
        self,
        folder: Path,
        reserve_bytes: int = DEFAULT_RESERVE_BYTES,
        ballast_bytes: int = DEFAULT_BALLAST_BYTES,
    ) -> None:
        self.folder = Path(folder)
        self.reserve_bytes = reserve_bytes
        self.ballast_bytes = ballast_bytes
        self.ballast = self.folder / BALLAST_NAME

    def state(self) -> DiskState:
        try:
            free = shutil.disk_usage(self.folder).free
        except OSError:  # the folder is gone or unreadable: say "full" rather than guess
            free = 0
        return DiskState(free, self.reserve_bytes)

    def room_for(self, size: int) -> bool:
        """Whether ``size`` more bytes leave the reserve for timing."""
        return self.state().free_bytes - max(0, size) >= self.reserve_bytes

    def keep_ballast(self) -> bool:
        """Make the ballast file when there is room for it and the reserve; True when it exists."""
        if self.ballast_bytes <= 0:
            return False
        if self.ballast.exists():
            return True
        if self.state().free_bytes < self.reserve_bytes + 2 * self.ballast_bytes:
            return False
        partial = self.ballast.with_suffix(".partial")
        try:
            with partial.open("wb") as f:
                try:
                    os.posix_fallocate(f.fileno(), 0, self.ballast_bytes)  # real blocks, nothing written
                except (AttributeError, OSError):
                    left = self.ballast_bytes
                    while left > 0:
                        left -= f.write(_ZEROS[: min(left, len(_ZEROS))])
                f.flush()
                os.fsync(f.fileno())
            partial.replace(self.ballast)
            return True
        except OSError as exc:
            log.warning("could not set aside disk ballast: %s", exc)
            with contextlib.suppress(OSError):
                partial.unlink()
            return False

    def give_up_ballast(self) -> int:
        """Delete the ballast (the disk is full); returns the bytes freed."""
        for path in (self.ballast, self.ballast.with_suffix(".partial")):
            with contextlib.suppress(FileNotFoundError):
                size = path.stat().st_size
                path.unlink()
                log.warning("disk full: gave up %d bytes of ballast in %s", size, self.folder)
                return size
        return 0
