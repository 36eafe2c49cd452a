"""Sync's secrets: the bucket's access key and the LAN pairing secrets.

In the OS keyring when one works (the ``keyring`` library), else in ``<data folder>/sync-secrets.json``
with 0600 permissions (CI, a desktop without a secret service), as the car credentials are. Never logged.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
from pathlib import Path
from typing import Protocol

SERVICE = "drem-desktop-sync"
log = logging.getLogger(__name__)


def keyring_works() -> bool:
    """True when the keyring library has a real backend that stores and returns a value (sync may not
    import cars/, whose credential store does the same probe for the car secrets)."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring):
            return False
        probe = "drem-desktop-probe"
        backend.set_password(SERVICE, probe, "ok")
        ok = bool(backend.get_password(SERVICE, probe) == "ok")
        with contextlib.suppress(Exception):
            backend.delete_password(SERVICE, probe)
        return ok
    except Exception as exc:  # any backend error means "no working keyring here"
        log.info("OS keyring not usable (%s); sync secrets go to the data folder file", type(exc).__name__)
        return False


class SecretStore(Protocol):
    kind: str

    def get(self, name: str) -> str | None: ...
    def set(self, name: str, secret: str) -> None: ...
    def delete(self, name: str) -> None: ...


class KeyringSecrets:
    kind = "keyring"

    def __init__(self) -> None:
        import keyring

        self._keyring = keyring.get_keyring()

    def get(self, name: str) -> str | None:
        value = self._keyring.get_password(SERVICE, name)
        return str(value) if value else None

    def set(self, name: str, secret: str) -> None:
        self._keyring.set_password(SERVICE, name, secret)

    def delete(self, name: str) -> None:
        with contextlib.suppress(Exception):
            self._keyring.delete_password(SERVICE, name)


class FileSecrets:
    """One JSON file, 0600, written atomically."""

    kind = "file"

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def _read(self) -> dict[str, str]:
        try:
            return dict(json.loads(self.path.read_text()))
        except FileNotFoundError:
            return {}

    def _write(self, data: dict[str, str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as f:
            json.dump(data, f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.path)

    def get(self, name: str) -> str | None:
        with self._lock:
            return self._read().get(name)

    def set(self, name: str, secret: str) -> None:
        with self._lock:
            data = self._read()
            data[name] = secret
            self._write(data)

    def delete(self, name: str) -> None:
        with self._lock:
            data = self._read()
            if data.pop(name, None) is not None:
                self._write(data)


def open_secrets(data_dir: Path, prefer_keyring: bool = True) -> SecretStore:
    if prefer_keyring and keyring_works():
        return KeyringSecrets()
    return FileSecrets(Path(data_dir) / "sync-secrets.json")
