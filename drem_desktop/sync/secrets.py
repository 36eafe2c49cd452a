"""Sync's secrets: the bucket's access key and the LAN pairing secrets.

In the OS keyring when one works, else in ``<data folder>/sync-secrets.json`` with 0600 permissions (CI, a
desktop without a secret service), as the car credentials are (:mod:`drem_desktop.keychain`). Never logged.
"""

from __future__ import annotations

from pathlib import Path

from drem_desktop import keychain
from drem_desktop.keychain import SecretStore

SERVICE = "drem-desktop-sync"


def open_secrets(data_dir: Path, prefer_keyring: bool = True) -> SecretStore:
    return keychain.open_secrets(SERVICE, Path(data_dir) / "sync-secrets.json", prefer_keyring)


__all__ = ["SERVICE", "SecretStore", "open_secrets"]
