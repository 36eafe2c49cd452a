"""Prepared model payloads kept between jobs.

Checking an archive and building its payload costs a full read of the model; re-pushing the same model
(a retry, the next car, the next heat) should not pay it again. Entries are keyed by the archive's path,
size and modification time, shared by concurrent pushes, and trimmed (least recently used first) once
no push holds them.
"""

from __future__ import annotations

import contextlib
import threading
import time
from pathlib import Path

from drem_desktop.cars.archive import PreparedModel, prepare_model
from drem_desktop.cars.errors import BadArchive
from drem_desktop.i18n import _

_Key = tuple[str, int, int, str, bool]


class PayloadCache:
    def __init__(self, folder: Path, max_items: int = 16, max_bytes: int = 2 << 30) -> None:
        self.folder = Path(folder)
        self.max_items = max_items
        self.max_bytes = max_bytes
        self._lock = threading.Lock()
        self._entries: dict[_Key, PreparedModel] = {}
        self._users: dict[_Key, int] = {}
        self._used_at: dict[_Key, float] = {}
        self._building: dict[_Key, threading.Lock] = {}
        with contextlib.suppress(FileNotFoundError):  # leftovers of an earlier session are unknown
            for stale in [*self.folder.glob("drem-*.tar"), *self.folder.glob("drem-*.tar.gz")]:
                stale.unlink(missing_ok=True)

    @staticmethod
    def _key(archive: Path, name: str | None, for_console: bool) -> _Key:
        try:
            st = archive.stat()
        except OSError as exc:
            raise BadArchive(
                _("The model file {file} cannot be read ({error}); import it again.").format(
                    file=archive.name, error=exc.strerror or exc
                )
            ) from exc
        return (str(archive.resolve()), st.st_size, st.st_mtime_ns, name or "", for_console)

    def acquire(self, archive: Path, name: str | None = None, *, for_console: bool = False) -> PreparedModel:
        """The payload for ``archive`` (built once, blocking); pair every call with ``release``.

        ``for_console`` gives the ``.tar.gz`` form the car's web console takes, else the SSH form.
        """
        archive = Path(archive)
        key = self._key(archive, name, for_console)
        with self._lock:
            building = self._building.setdefault(key, threading.Lock())
        with building:
            with self._lock:
                model = self._entries.get(key)
                if model is not None and model.payload.exists():
                    self._users[key] = self._users.get(key, 0) + 1
                    self._used_at[key] = time.monotonic()
                    return model
            model = prepare_model(archive, self.folder, name, for_console=for_console)
            with self._lock:
                self._entries[key] = model
                self._users[key] = self._users.get(key, 0) + 1
                self._used_at[key] = time.monotonic()
                return model

    def release(self, model: PreparedModel) -> None:
        with self._lock:
            for key, entry in self._entries.items():
                if entry is model:
                    self._users[key] = max(0, self._users.get(key, 0) - 1)
        self.trim()

    def trim(self) -> None:
        """Drop least-recently-used payloads beyond the limits, never one a push is using."""
        with self._lock:
            order = sorted(self._entries, key=lambda k: self._used_at.get(k, 0.0))
            total = sum(e.payload_size for e in self._entries.values())
            count = len(self._entries)
            for key in order:
                if count <= self.max_items and total <= self.max_bytes:
                    break
                if self._users.get(key, 0) > 0:
                    continue
                entry = self._entries.pop(key)
                self._users.pop(key, None)
                self._used_at.pop(key, None)
                entry.remove()
                count -= 1
                total -= entry.payload_size

    def clear(self) -> None:
        with self._lock:
            for entry in self._entries.values():
                entry.remove()
            self._entries.clear()
            self._users.clear()
            self._used_at.clear()

    def __len__(self) -> int:
        return len(self._entries)
