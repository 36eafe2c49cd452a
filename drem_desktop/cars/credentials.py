"""Per-car secrets: console password, SSH user and password or private key.

Kept in the OS keyring when a working backend exists; otherwise (CI, a Linux desktop without a secret
service) in ``<data folder>/car-credentials.json`` with 0600 permissions (:mod:`drem_desktop.keychain`).
Secrets never appear in logs or reprs: every repr masks them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

from drem_desktop.keychain import FileSecrets, KeyringSecrets, PasswordBackend, SecretStore, keyring_works

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


class _JsonCredentials:
    """A car's credentials as one JSON text in a secret store, under the car's key."""

    kind: str

    def __init__(self, secrets: SecretStore) -> None:
        self._secrets = secrets

    def get(self, car: str) -> CarCredentials | None:
        text = self._secrets.get(car)
        return CarCredentials.from_json(text) if text else None

    def set(self, car: str, credentials: CarCredentials) -> None:
        self._secrets.set(car, credentials.to_json())

    def delete(self, car: str) -> None:
        self._secrets.delete(car)


class KeyringStore(_JsonCredentials):
    """The OS keyring (macOS Keychain, Windows Credential Locker, Secret Service, KWallet)."""

    kind = "keyring"

    def __init__(self, backend: PasswordBackend | None = None) -> None:
        super().__init__(KeyringSecrets(SERVICE, backend))


class FileStore(_JsonCredentials):
    """Fallback where no keyring works: one JSON file, 0600, written atomically."""

    kind = "file"

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(FileSecrets(path))


def open_credential_store(data_dir: Path, prefer_keyring: bool = True) -> CredentialStore:
    if prefer_keyring and keyring_works(SERVICE):
        return KeyringStore()
    return FileStore(Path(data_dir) / "car-credentials.json")
