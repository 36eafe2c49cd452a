"""One change of a replicated row as it travels between laptops (docs/sync.md, section 1)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from drem_desktop.domain.merge import ChangeFacts


@dataclass(frozen=True, slots=True)
class Change:
    seq: int
    hlc: str
    origin: str
    table: str
    row: str
    op: str  # insert | update | delete
    at: str  # ISO 8601, UTC
    event: str | None
    fields: dict[str, Any]
    before: dict[str, Any] = field(default_factory=dict)

    def facts(self) -> ChangeFacts:
        return ChangeFacts(self.hlc, self.origin, self.at, self.fields, self.before)

    def to_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "hlc": self.hlc,
            "origin": self.origin,
            "table": self.table,
            "row": self.row,
            "op": self.op,
            "at": self.at,
            "event": self.event,
            "fields": self.fields,
            "before": self.before,
        }
