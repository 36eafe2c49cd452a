"""A run's or lap's recorded changes as a person reads them: what changed (before → after), when, and on
which laptop, with the saves that change nothing a person sees (a live run's clocks) folded into one line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from drem_desktop.i18n import _


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str  # as a person names it ("time", "valid")
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: datetime | None
    what: str  # created | changed | deleted | restored | saved (folded live saves)
    who: str  # the laptop's name
    changes: tuple[FieldChange, ...] = ()
    folded: int = 0  # for "saved": how many saves with no visible change this line stands for
    # Edits of the same field on two laptops that had not seen each other's: one line each, in words.
    conflicts: tuple[str, ...] = ()

    def text(self) -> str:
        """One line: when, what, before → after, by whom."""
        stamp = self.at.astimezone().strftime("%Y-%m-%d %H:%M:%S") if self.at else ""
        if self.what == "saved":
            body = _("{n} save(s) of the run in progress (its clocks; nothing shown here changed)").format(
                n=self.folded
            )
        elif self.what in ("deleted", "restored"):
            body = _what(self.what)
        else:
            detail = ", ".join(
                f"{c.field} {c.before} → {c.after}" if c.before else f"{c.field} {c.after}"
                for c in self.changes
            )
            body = _what(self.what) + (f": {detail}" if detail else "")
        return f"{stamp}  {body}  — {self.who}" + "".join("\n      ⚠ " + c for c in self.conflicts)


def _what(what: str) -> str:
    """The entry's verb in the reader's language (each written out, so the catalogues find it)."""
    words = {
        "created": _("created"),
        "changed": _("changed"),
        "deleted": _("deleted"),
        "restored": _("restored"),
    }
    return words.get(what, what)


def _seconds(ms: Any) -> str:
    return f"{int(ms) / 1000:.3f} s" if isinstance(ms, int | float) else str(ms)


def _yes_no(value: Any) -> str:
    return _("yes") if value else _("no")


def _says_nothing(value: Any) -> bool:
    return value is None or value is False or value == ""


def _plain(value: Any) -> str:
    return "" if value is None else str(value)


def _shown() -> Mapping[str, Mapping[str, tuple[str, Callable[[Any], str]]]]:
    """The fields a person reads, per table, with how each is written; the rest (clocks, ids) is not
    shown. Built per call: the labels are in the language of the reader (a LAN page's may differ)."""
    return {
        "lap": {
            "time_ms": (_("time"), _seconds),
            "resets": (_("resets"), _plain),
            "valid": (_("valid"), _yes_no),
            "source": (_("source"), _plain),
            "deleted": (_("deleted"), _yes_no),
        },
        "run": {
            "state": (_("state"), _plain),
            "car_name": (_("car"), _plain),
            "raced_by_proxy": (_("raced by proxy"), _yes_no),
            "max_runs_override": (_("extra run allowed because"), _plain),
            "deleted": (_("deleted"), _yes_no),
        },
    }


def summarize(raw: Iterable[Mapping[str, Any]], name_of: Callable[[str], str]) -> list[HistoryEntry]:
    """Change-log rows (oldest first: op, at, origin, table, payload) as entries; consecutive saves that
    change nothing shown are folded into one entry."""
    out: list[HistoryEntry] = []
    tables = _shown()
    for row in raw:
        shown = tables.get(str(row.get("table", "")), {})
        payload = row.get("payload") or {}
        who = name_of(str(row.get("origin") or ""))
        at = row.get("at") if isinstance(row.get("at"), datetime) else None
        clashes = _clashes(row.get("conflict") or (), shown, name_of)
        if row.get("op") == "insert":
            changes = tuple(  # what it was created with; empty fields and "no" flags say nothing
                FieldChange(label, "", fmt(payload[key]))
                for key, (label, fmt) in shown.items()
                if key in payload and key != "deleted" and not _says_nothing(payload[key])
            )
            out.append(HistoryEntry(at, "created", who, changes, conflicts=clashes))
            continue
        before, after = payload.get("before", {}), payload.get("changes", {})
        changes = tuple(
            FieldChange(label, fmt(before.get(key)), fmt(after[key]))
            for key, (label, fmt) in shown.items()
            if key in after and fmt(before.get(key)) != fmt(after[key])
        )
        if not changes and not clashes:
            last = out[-1] if out else None
            if last is not None and last.what == "saved" and last.who == who and not last.conflicts:
                out[-1] = HistoryEntry(last.at, "saved", who, (), last.folded + 1)
            else:
                out.append(HistoryEntry(at, "saved", who, (), 1))
            continue
        what = "changed"
        if "deleted" in after and len(changes) == 1:
            what = "deleted" if after["deleted"] else "restored"
        out.append(HistoryEntry(at, what if changes else "saved", who, changes, 0 if changes else 1, clashes))
    return out


def _clashes(
    marks: Iterable[Mapping[str, Any]],
    shown: Mapping[str, tuple[str, Callable[[Any], str]]],
    name_of: Callable[[str], str],
) -> tuple[str, ...]:
    """The store's conflict marks (column, the other laptop, whether this value holds) in words."""
    lines = []
    for mark in marks:
        column = str(mark.get("column", ""))
        label = shown[column][0] if column in shown else column
        holds = _("this value holds") if mark.get("holds") else _("the other value holds")
        lines.append(
            _("{field} was also changed on {laptop} at the same time: {holds}").format(
                field=label, laptop=name_of(str(mark.get("other_laptop") or "")), holds=holds
            )
        )
    return tuple(lines)
