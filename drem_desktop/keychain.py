"""Where this laptop keeps secrets (car passwords, the bucket's access key, LAN pairing secrets): the OS
keyring when one works (the ``keyring`` library: macOS Keychain, Windows Credential Locker, Secret Service,
KWallet), else one JSON file in the data folder with 0600 permissions (CI, a desktop without a secret
service). Each area keeps its secrets under its own keyring service name and file. Never logged.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
from pathlib import Path
from typing import Protocol

log = logging.getLogger(__name__)


class SecretStore(Protocol):
    kind: str

    def get(self, name: str) -> str | None: ...
    def set(self, name: str, secret: str) -> None: ...
    def delete(self, name: str) -> None: ...


class PasswordBackend(Protocol):
    """What we use of a keyring backend (``keyring.backend.KeyringBackend``)."""

    def get_password(self, service: str, username: str) -> str | None: ...
    def set_password(self, service: str, username: str, password: str) -> None: ...
    def delete_password(self, service: str, username: str) -> None: ...


class KeyringSecrets:
    """The OS keyring, under one service name."""

    kind = "keyring"

    def __init__(self, service: str, backend: PasswordBackend | None = None) -> None:
        import keyring

        self.service = service
        self._keyring: PasswordBackend = backend or keyring.get_keyring()

    def get(self, name: str) -> str | None:
        value = self._keyring.get_password(self.service, name)
        return str(value) if value else None

    def set(self, name: str, secret: str) -> None:
        self._keyring.set_password(self.service, name, secret)

    def delete(self, name: str) -> None:
        with contextlib.suppress(Exception):
            self._keyring.delete_password(self.service, name)


class FileSecrets:
    """Fallback where no keyring works: one JSON file, 0600, written atomically."""

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
        os.chmod(tmp, 0o600)  # a leftover .tmp keeps its old mode through O_CREAT
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


def keyring_works(service: str) -> bool:
    """True when the keyring library has a real backend that stores and returns a value."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring):
            return False
        probe = "drem-desktop-probe"
        backend.set_password(service, probe, "ok")
        ok = bool(backend.get_password(service, probe) == "ok")
        with contextlib.suppress(Exception):
            backend.delete_password(service, probe)
        return ok
    except Exception as exc:  # any backend error means "no working keyring here"
        log.info("OS keyring not usable for %s (%s); its secrets go to a file", service, type(exc).__name__)
        return False


def open_secrets(service: str, fallback: Path, prefer_keyring: bool = True) -> SecretStore:
    """The keyring under ``service`` if it works, else the file ``fallback``."""
    if prefer_keyring and keyring_works(service):
        return KeyringSecrets(service)
    return FileSecrets(fallback)


__all__ = ["FileSecrets", "KeyringSecrets", "PasswordBackend", "SecretStore", "keyring_works", "open_secrets"]
