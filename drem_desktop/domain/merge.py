"""The merge rules of sync, pure: a row is the per-field last write of its changes (docs/sync.md, 3 and 4).

Nothing here depends on the order changes arrived in; that is what makes every laptop that holds the same
changes hold the same rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

# Columns a change never sets directly: the row's identity, and what the newest change says about it.
DERIVED = frozenset({"id", "updated_at", "origin"})


@dataclass(frozen=True, slots=True)
class ChangeFacts:
    """What the merge reads of one change."""

    hlc: str
    origin: str
    at: Any
    fields: dict[str, Any]
    before: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Folded:
    values: dict[str, Any]  # column -> value of the newest change that wrote it
    stamps: dict[str, str]  # column -> that change's stamp
    newest: ChangeFacts


def fold(changes: Iterable[ChangeFacts]) -> Folded | None:
    """The row that a set of changes describes; None for no changes."""
    ordered = sorted(changes, key=lambda c: c.hlc)
    if not ordered:
        return None
    values: dict[str, Any] = {}
    stamps: dict[str, str] = {}
    for change in ordered:
        for key, value in change.fields.items():
            if key not in DERIVED:
                values[key] = value
                stamps[key] = change.hlc
    return Folded(values, stamps, ordered[-1])


@dataclass(frozen=True, slots=True)
class RacerMember:
    racer_id: str
    deleted: bool
    created_at: str  # ISO text, compared as text (UTC, one format)


def username_key(username: str) -> str:
    """Two registrations are the same racer when their usernames match without case (A-Z: the
    database's own ``lower()``, so a query and this agree)."""
    return "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in username.strip())


def canonical_racer(members: Iterable[RacerMember]) -> str:
    """The racer a group of same-named racers is shown as: live first, then earliest, then by id."""
    return min(members, key=lambda m: (m.deleted, m.created_at, m.racer_id)).racer_id


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two changes of one column where the later one had not seen the earlier one."""

    column: str
    kept: ChangeFacts
    overridden: ChangeFacts


def conflicts(changes: Iterable[ChangeFacts]) -> list[Conflict]:
    """Concurrent writes of the same column by different laptops (for Races → History).

    A later change that had seen an earlier one says so in its ``before`` (the earlier value); one from
    another laptop whose ``before`` is not the earlier value was made without seeing it.
    """
    ordered = sorted(changes, key=lambda c: c.hlc)
    last: dict[str, ChangeFacts] = {}
    found: list[Conflict] = []
    for change in ordered:
        for column, value in change.fields.items():
            if column in DERIVED:
                continue
            previous = last.get(column)
            if (
                previous is not None
                and previous.origin != change.origin
                and column in change.before
                and change.before[column] != previous.fields[column]
                and value != previous.fields[column]
            ):
                found.append(Conflict(column, change, previous))
            last[column] = change
    return found
