"""Pairing by a short code, and sealed sync messages (docs/sync.md, section 7).

Pairing runs SPAKE2 (the ``spake2`` library): the code never travels, someone who records the exchange
cannot test codes offline, and someone who joins in gets one guess per try. Both sides then confirm the
key with HMAC-SHA256 and keep a 32-byte pairing secret derived from it with HKDF-SHA256. Every sync
message is sealed with AES-256-GCM (the ``cryptography`` library) under a key per direction derived from
that secret; what it is for (path, sender, receiver, the request it answers) is bound in, so a sealed
message cannot be replayed elsewhere, and a wrong key cannot be told from noise.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import time
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from spake2 import SPAKE2_A, SPAKE2_B
from spake2.spake2 import SPAKEError

from drem_desktop.sync.errors import PairingError

PROTOCOL = b"drem-sync/1"
CODE_DIGITS = 6
NONCE = 12


class SealError(Exception):
    """A message that is not sealed for us (wrong key, altered, replayed elsewhere)."""


def new_code() -> str:
    return f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"


def _hkdf(key: bytes, info: bytes, length: int = 32) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=None, info=PROTOCOL + b" " + info).derive(key)


def _confirm(key: bytes, role: bytes) -> bytes:
    return hmac.new(key, PROTOCOL + b" confirm " + role, hashlib.sha256).digest()


@dataclass
class Joiner:
    """The laptop that types the code (SPAKE2 side A)."""

    me: str
    them: str
    code: str

    def __post_init__(self) -> None:
        self._spake = SPAKE2_A(self.code.encode(), idA=self.me.encode(), idB=self.them.encode())
        self.message = self._spake.start()
        self._key: bytes | None = None

    def finish(self, their_message: bytes, their_confirm: bytes) -> tuple[bytes, bytes]:
        """(pairing secret, our confirmation to send), or PairingError for a wrong code."""
        try:
            key = self._spake.finish(their_message)
        except SPAKEError as exc:
            raise PairingError(str(exc)) from None
        if not hmac.compare_digest(_confirm(key, b"shower"), their_confirm):
            raise PairingError("wrong code")
        return _hkdf(key, b"pairing secret"), _confirm(key, b"joiner")


class Shower:
    """The laptop that shows the code (SPAKE2 side B); one try per ``answer``."""

    def __init__(self, me: str, them: str, code: str) -> None:
        self._spake = SPAKE2_B(code.encode(), idA=them.encode(), idB=me.encode())
        self.message = self._spake.start()
        self._key: bytes | None = None

    def answer(self, their_message: bytes) -> bytes:
        """Our confirmation (sent with ``message``)."""
        try:
            self._key = self._spake.finish(their_message)
        except SPAKEError as exc:
            raise PairingError(str(exc)) from None
        return _confirm(self._key, b"shower")

    def finish(self, their_confirm: bytes) -> bytes:
        """The pairing secret, or PairingError when the other side had another code."""
        if self._key is None or not hmac.compare_digest(_confirm(self._key, b"joiner"), their_confirm):
            raise PairingError("wrong code")
        return _hkdf(self._key, b"pairing secret")


def _direction_key(secret: bytes, sender: str, receiver: str) -> bytes:
    return _hkdf(secret, f"seal {sender}>{receiver}".encode())


def seal(secret: bytes, sender: str, receiver: str, purpose: str, plaintext: bytes) -> bytes:
    nonce = os.urandom(NONCE)
    aad = PROTOCOL + f"|{sender}|{receiver}|{purpose}".encode()
    return nonce + AESGCM(_direction_key(secret, sender, receiver)).encrypt(nonce, plaintext, aad)


def open_sealed(secret: bytes, sender: str, receiver: str, purpose: str, sealed: bytes) -> bytes:
    if len(sealed) < NONCE + 16:
        raise SealError("too short")
    aad = PROTOCOL + f"|{sender}|{receiver}|{purpose}".encode()
    try:
        return AESGCM(_direction_key(secret, sender, receiver)).decrypt(sealed[:NONCE], sealed[NONCE:], aad)
    except InvalidTag:
        raise SealError("not sealed for us") from None


def nonce_of(sealed: bytes) -> str:
    """The request's nonce: its answer is sealed for this request only."""
    return sealed[:NONCE].hex()


class ReplayGuard:
    """Refuses a sealed request seen before (its nonce), within a bounded memory."""

    def __init__(self, keep: int = 20_000) -> None:
        self._seen: dict[str, float] = {}
        self._keep = keep

    def first_time(self, nonce: str) -> bool:
        if nonce in self._seen:
            return False
        if len(self._seen) >= self._keep:
            for old in sorted(self._seen, key=self._seen.__getitem__)[: self._keep // 2]:
                del self._seen[old]
        self._seen[nonce] = time.monotonic()
        return True
