"""Sync's errors, light to import (the command line and the UI name them before any network library
loads). Each message says what happened and what to do."""

from __future__ import annotations

from drem_desktop.i18n import _


class BucketError(Exception):
    """``kind``: offline | auth | missing | throttled | server | refused | cancelled."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


class TransferCancelled(BucketError):
    def __init__(self) -> None:
        super().__init__("cancelled", _("The transfer was cancelled; it resumes where it stopped next time."))


class PairingError(Exception):
    """The code did not match, or the exchange was not one."""
