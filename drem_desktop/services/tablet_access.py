"""Who may drive the race from a tablet: an operator PIN set on the laptop, sessions, and lockout.

The PIN is kept only as an scrypt hash (a memory-hard key derivation function, from the standard library
over OpenSSL) with its own random salt, in this laptop's settings (never synced). A right PIN opens a
session: a random token (the tablet keeps it in an HttpOnly cookie; the laptop keeps only its SHA-256),
with its own CSRF token, which expires after ``idle_s`` without use and after ``lifetime_s`` at most.
Wrong PINs are counted per client and for the whole laptop: five in a row lock that client out for
five minutes (doubling each time it happens again), twenty within ten minutes lock every client for five
minutes, doubling up to an hour until the PIN is changed, so the PINs cannot be tried from many phones either
(about 250 tries in an eight-hour day). A try counts before its PIN is checked: guesses sent at the same time
cannot get past the limits. Changing the PIN ends every session.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from drem_desktop.i18n import _
from drem_desktop.settings import TABLET_PIN

SETTING = TABLET_PIN.key  # where the hash is kept (declared in the settings registry)

SCRYPT = {"n": 2**14, "r": 8, "p": 1}  # ~16 MiB and tens of ms per try: slow to guess, quick to check once
MIN_DIGITS, MAX_DIGITS = 4, 12


class PinRefused(Exception):
    """A login was refused; ``str()`` says why in words, ``retry_after_s`` when locked out."""

    def __init__(self, message: str, retry_after_s: float | None = None) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


def check_pin_format(pin: str) -> str:
    pin = pin.strip()
    if not pin.isdigit() or not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        raise ValueError(_("The PIN must be {lo} to {hi} digits.").format(lo=MIN_DIGITS, hi=MAX_DIGITS))
    return pin


def hash_pin(pin: str, salt: bytes | None = None) -> dict[str, Any]:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, dklen=32, **SCRYPT)
    return {"kdf": "scrypt", **SCRYPT, "salt": salt.hex(), "hash": digest.hex()}


def pin_matches(pin: str, stored: dict[str, Any]) -> bool:
    if not isinstance(stored, dict) or stored.get("kdf") != "scrypt":
        return False
    try:
        digest = hashlib.scrypt(
            pin.encode(),
            salt=bytes.fromhex(stored["salt"]),
            dklen=32,
            n=int(stored["n"]),
            r=int(stored["r"]),
            p=int(stored["p"]),
        )
        return hmac.compare_digest(digest, bytes.fromhex(stored["hash"]))
    except (KeyError, ValueError, TypeError):
        return False


@dataclass
class Session:
    token_hash: str
    csrf: str
    client: str
    pin_salt: str
    created: float
    last_used: float


@dataclass
class _Strikes:
    count: int = 0
    lockouts: int = 0
    locked_until: float = 0.0


@dataclass
class TabletAccess:
    get_setting: Callable[[str, Any], Any]
    set_setting: Callable[[str, Any], None]
    idle_s: float = 30 * 60
    lifetime_s: float = 12 * 3600
    max_tries: int = 5
    lockout_s: float = 300.0
    global_tries: int = 20
    global_window_s: float = 600.0
    global_lockout_max_s: float = 3600.0
    clock: Callable[[], float] = time.monotonic
    _sessions: dict[str, Session] = field(default_factory=dict)
    _strikes: dict[str, _Strikes] = field(default_factory=dict)
    _recent_failures: list[float] = field(default_factory=list)
    _global_locked_until: float = 0.0
    _global_lockouts: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # -- the PIN (set on the laptop) --------------------------------------------------------------
    @property
    def has_pin(self) -> bool:
        return self._stored() is not None

    def set_pin(self, pin: str) -> None:
        """Stores the new PIN's hash; every tablet session ends."""
        self.set_setting(TABLET_PIN.key, hash_pin(check_pin_format(pin)))
        with self._lock:
            self._sessions.clear()
            self._global_lockouts = 0  # a new PIN: the guesses so far tell nothing about it

    def clear_pin(self) -> None:
        """No PIN: the tablet page refuses everyone."""
        self.set_setting(TABLET_PIN.key, None)
        with self._lock:
            self._sessions.clear()

    def _stored(self) -> dict[str, Any] | None:
        return TABLET_PIN.parse(self.get_setting(TABLET_PIN.key, None))

    # -- logging in -------------------------------------------------------------------------------
    def login(self, pin: str, client: str) -> tuple[str, Session]:
        """A new session for a right PIN (returns the token and the session); PinRefused otherwise."""
        now = self.clock()
        stored = self._stored()
        if stored is None:
            raise PinRefused(_("No tablet PIN is set on the laptop: set one in Settings → Tablet first."))
        with self._lock:
            strikes = self._strikes.setdefault(client, _Strikes())
            wait = max(strikes.locked_until, self._global_locked_until) - now
            if wait > 0:
                raise PinRefused(
                    _("Too many wrong PINs: try again in {s} s.").format(s=int(wait) + 1), retry_after_s=wait
                )
            # The try counts as wrong before the PIN is checked (scrypt runs outside the lock): guesses sent
            # at the same time cannot get past the limits, the ones after the limit wait it out.
            strikes.count += 1
            self._recent_failures = [t for t in self._recent_failures if now - t < self.global_window_s]
            self._recent_failures.append(now)
            locked_all = len(self._recent_failures) >= self.global_tries
            if locked_all:
                self._global_lockouts += 1
                self._global_locked_until = now + min(
                    self.lockout_s * 2 ** (self._global_lockouts - 1), self.global_lockout_max_s
                )
                self._recent_failures.clear()
            lock = 0.0
            if strikes.count >= self.max_tries:
                strikes.lockouts += 1
                strikes.count = 0
                lock = self.lockout_s * 2 ** (strikes.lockouts - 1)
                strikes.locked_until = now + lock
            left = self.max_tries - strikes.count
        ok = pin_matches(pin.strip(), stored)  # outside the lock: scrypt takes a while
        with self._lock:
            if not ok:
                if lock:
                    raise PinRefused(
                        _("Wrong PIN. Too many tries: this tablet is locked out for {s} s.").format(
                            s=int(lock)
                        ),
                        retry_after_s=lock,
                    )
                raise PinRefused(_("Wrong PIN. {n} tries left.").format(n=left))
            # the right PIN: this try was not a wrong one after all
            if lock:
                strikes.lockouts -= 1
                strikes.locked_until = 0.0
            if now in self._recent_failures:
                self._recent_failures.remove(now)
            strikes.count = 0
            token = secrets.token_urlsafe(32)
            session = Session(_digest(token), secrets.token_urlsafe(24), client, stored["salt"], now, now)
            self._sessions[session.token_hash] = session
            return token, session

    def session(self, token: str | None) -> Session | None:
        """The live session for a cookie's token (its clock restarts), or None (unknown or expired)."""
        if not token:
            return None
        now = self.clock()
        stored = self._stored()
        with self._lock:
            s = self._sessions.get(_digest(token))
            if s is None:
                return None
            expired = now - s.last_used > self.idle_s or now - s.created > self.lifetime_s
            if expired or stored is None or stored.get("salt") != s.pin_salt:
                self._sessions.pop(s.token_hash, None)
                return None
            s.last_used = now
            return s

    def peek(self, token: str | None) -> bool:
        """Whether the session is still valid, without counting this as use (a page left open)."""
        if not token:
            return False
        now = self.clock()
        stored = self._stored()
        with self._lock:
            s = self._sessions.get(_digest(token))
            return (
                s is not None
                and now - s.last_used <= self.idle_s
                and now - s.created <= self.lifetime_s
                and stored is not None
                and stored.get("salt") == s.pin_salt
            )

    def logout(self, token: str | None) -> None:
        if token:
            with self._lock:
                self._sessions.pop(_digest(token), None)

    @staticmethod
    def csrf_ok(session: Session, sent: str | None) -> bool:
        return bool(sent) and hmac.compare_digest(session.csrf.encode(), (sent or "").encode())


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
