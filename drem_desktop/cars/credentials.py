"""Per-car secrets: console password, SSH user and password or private key.

Kept in the OS keyring when a working backend exists (the ``keyring`` library); otherwise (CI, a Linux
desktop without a secret service) in ``<data folder>/car-credentials.json`` with 0600 permissions. Secrets
never appear in logs or reprs: every repr masks them.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

log = logging.getLogger(__name__)

SERVICE = "drem-desktop-cars"
DEFAULT_SSH_USER = "deepracer"


def _mask(value: str | None) -> str:
    return "None" if value is None else "'***'"


@dataclass(frozen=True)
class CarCredentials:
    console_password: str | None = None
    ssh_user: str = DEFAULT_SSH_USER
    ssh_password: str | None = None
    ssh_key: str | None = field(default=None)
    """Private key text (OpenSSH or PEM), never a path: the file may not travel with the data folder."""
    ssh_key_passphrase: str | None = None
    sudo_password: str | None = None
    """Defaults to the SSH password (the car's ``deepracer`` user)."""

    def __repr__(self) -> str:
        return (
            f"CarCredentials(console_password={_mask(self.console_password)}, ssh_user={self.ssh_user!r}, "
            f"ssh_password={_mask(self.ssh_password)}, ssh_key={_mask(self.ssh_key)}, "
            f"ssh_key_passphrase={_mask(self.ssh_key_passphrase)}, "
            f"sudo_password={_mask(self.sudo_password)})"
        )

    __str__ = __repr__

    @property
    def has_ssh(self) -> bool:
        return bool(self.ssh_password or self.ssh_key)

    @property
    def sudo(self) -> str | None:
        return self.sudo_password if self.sudo_password is not None else self.ssh_password

    def to_json(self) -> str:
        return json.dumps({k: v for k, v in self.__dict__.items() if v is not None})

    @classmethod
    def from_json(cls, text: str) -> CarCredentials:
        data = json.loads(text)
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def merged(self, **changes: str) -> CarCredentials:
        return replace(self, **changes)


class CredentialStore(Protocol):
    kind: str

    def get(self, car: str) -> CarCredentials | None: ...
    def set(self, car: str, credentials: CarCredentials) -> None: ...
    def delete(self, car: str) -> None: ...


class PasswordBackend(Protocol):
    """What we use of a keyring backend (``keyring.backend.KeyringBackend``)."""

    def get_password(self, service: str, username: str) -> str | None: ...
    def set_password(self, service: str, username: str, password: str) -> None: ...
    def delete_password(self, service: str, username: str) -> None: ...


class KeyringStore:
    """The OS keyring (macOS Keychain, Windows Credential Locker, Secret Service, KWallet)."""

    kind = "keyring"

    def __init__(self, backend: PasswordBackend | None = None) -> None:
        import keyring

        self._keyring: PasswordBackend = backend or keyring.get_keyring()

    def get(self, car: str) -> CarCredentials | None:
        text = self._keyring.get_password(SERVICE, car)
        return CarCredentials.from_json(text) if text else None

    def set(self, car: str, credentials: CarCredentials) -> None:
        self._keyring.set_password(SERVICE, car, credentials.to_json())

    def delete(self, car: str) -> None:
        with contextlib.suppress(Exception):
            self._keyring.delete_password(SERVICE, car)


class FileStore:
    """Fallback where no keyring works: one JSON file, 0600, written atomically."""

    kind = "file"

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def _read(self) -> dict[str, str]:
        try:
            return json.loads(self.path.read_text())
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
        os.chmod(tmp, 0o600)
        os.replace(tmp, self.path)

    def get(self, car: str) -> CarCredentials | None:
        with self._lock:
            text = self._read().get(car)
        return CarCredentials.from_json(text) if text else None

    def set(self, car: str, credentials: CarCredentials) -> None:
        with self._lock:
            data = self._read()
            data[car] = credentials.to_json()
            self._write(data)

    def delete(self, car: str) -> None:
        with self._lock:
            data = self._read()
            if data.pop(car, None) is not None:
                self._write(data)


def keyring_works() -> bool:
    """True when the keyring library has a real backend that stores and returns a value."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring):
            return False
        probe = "drem-desktop-probe"
        backend.set_password(SERVICE, probe, "ok")
        ok = backend.get_password(SERVICE, probe) == "ok"
        with contextlib.suppress(Exception):
            backend.delete_password(SERVICE, probe)
        return ok
    except Exception as exc:  # any backend error means "no working keyring here"
        log.info("OS keyring not usable (%s); car secrets go to the data folder file", type(exc).__name__)
        return False


def open_credential_store(data_dir: Path, prefer_keyring: bool = True) -> CredentialStore:
    if prefer_keyring and keyring_works():
        return KeyringStore()
    return FileStore(Path(data_dir) / "car-credentials.json")
