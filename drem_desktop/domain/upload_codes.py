"""Upload codes: what racers type on the LAN upload page to reach the event's model library."""

from __future__ import annotations

import secrets

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I: read off a projector


def new_upload_code(length: int = 6) -> str:
    """A fresh random code (its rule is ``validation.upload_code``)."""
    return "".join(secrets.choice(ALPHABET) for _ in range(length))
