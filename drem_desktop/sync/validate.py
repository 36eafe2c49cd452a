"""Checks one change from another laptop or a bucket before anything of its segment is applied.

A change is untrusted input (docs/sync.md, section 5): its shape, its stamp, its table and columns, the
type of every value and the field rules an import uses. The first problem found is raised as ChangeError
with words a person can act on; the caller refuses the whole segment.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Integer, String, Text

from drem_desktop.domain import validation
from drem_desktop.domain.changes import Change
from drem_desktop.domain.hlc import Stamp, StampError
from drem_desktop.domain.race_config import RaceConfig, RaceConfigError
from drem_desktop.domain.run import LapSource, RunState
from drem_desktop.i18n import _
from drem_desktop.store.schema import LOCAL_COLUMNS, REPLICATED, UTCDateTime

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
KEYS = frozenset({"seq", "hlc", "origin", "table", "row", "op", "at", "event", "fields", "before"})
OPS = frozenset({"insert", "update", "delete"})
MAX_SEQ = 10**12 - 1
MAX_JSON_TEXT = 64 * 1024


class ChangeError(ValueError):
    """A change that cannot be applied; the message says which value and why."""


def _columns() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for model in REPLICATED:
        name = model.__tablename__
        local = LOCAL_COLUMNS.get(name, frozenset())
        out[name] = {c.name: c for c in model.__table__.columns if c.name not in local}  # type: ignore[attr-defined]
    return out


COLUMNS = _columns()
# Columns an insert must carry: no default, not null (the rest take the table's defaults).
REQUIRED = {
    table: {
        name
        for name, c in cols.items()
        if not c.nullable and c.default is None and not c.primary_key and name not in ("updated_at", "origin")
    }
    for table, cols in COLUMNS.items()
}


def is_uuid(value: Any) -> bool:
    return isinstance(value, str) and UUID.match(value) is not None


# -- field rules: the import's (domain/validation.py), so a segment is held to what a bundle is --------
MODEL_PATH = re.compile(r"^models/[A-Za-z0-9-]{1,64}/[A-Za-z0-9._\- ]{1,120}\.tar\.gz$")
MD5 = re.compile(r"^[0-9a-f]{32}$")
TEXT_LIMIT = 20_000  # any text column (SQLite does not hold a column to its declared length)


def _rule(clean: Callable[[Any], Any], *, empty_ok: bool = False) -> Callable[[Any], None]:
    def check(value: Any) -> None:
        if empty_ok and value == "":
            return
        try:
            clean(value)
        except validation.FieldError as exc:
            raise ChangeError(str(exc)) from None

    return check


def _text(what: str) -> Callable[[Any], None]:
    return _rule(lambda v: validation.plain_text(v, what, validation.TEXT_MAX))


def _one_of(values: set[str]) -> Callable[[str], None]:
    def check(v: str) -> None:
        if v not in values:
            raise ChangeError(
                _("“{v}” is not one of {values}").format(v=v[:30], values=", ".join(sorted(values)))
            )

    return check


def _race_config(v: dict[str, Any]) -> None:
    try:
        RaceConfig.from_dict(v)
    except (RaceConfigError, TypeError) as exc:
        raise ChangeError(_("race configuration: {error}").format(error=exc)) from None


def _model_path(v: str) -> None:
    if v and not MODEL_PATH.match(v):
        raise ChangeError(_("model file “{v}” is not a path in the model library").format(v=v[:80]))


def _md5(v: str) -> None:
    if not MD5.match(v):
        raise ChangeError(_("“{v}” is not a model fingerprint (32 hex digits)").format(v=v[:40]))


def _not_negative(v: int) -> None:
    if v < 0:
        raise ChangeError(_("{v} cannot be negative").format(v=v))


RULES: dict[tuple[str, str], Callable[[Any], None]] = {
    ("racer", "username"): _rule(validation.username),
    ("racer", "display_name"): _rule(validation.display_name),
    ("racer", "email"): _rule(validation.email),
    ("racer", "country_code"): _rule(validation.country_code),
    ("racer", "highlight_colour"): _rule(validation.highlight_colour),
    ("event", "name"): _rule(validation.event_name),
    ("event", "event_date"): _rule(validation.event_date, empty_ok=True),
    ("event", "country_code"): _rule(validation.country_code),
    ("event", "sponsor"): _text(_("The sponsor")),
    ("event", "race_config"): _race_config,
    ("fleet", "name"): _rule(lambda v: validation.plain_text(v, _("The fleet name"), 100, required=True)),
    ("track", "number"): _rule(validation.track_number),
    ("track", "name"): _text(_("The track name")),
    ("track", "leaderboard_title"): _text(_("The leaderboard title")),
    ("track", "leaderboard_footer"): _text(_("The leaderboard footer")),
    ("run", "state"): _one_of({s.value for s in RunState}),
    ("run", "race_config"): _race_config,
    ("lap", "time_ms"): _rule(validation.lap_time_ms),
    ("lap", "resets"): _rule(validation.resets),
    ("lap", "lap_index"): _not_negative,
    ("lap", "source"): _one_of({s.value for s in LapSource}),
    ("rl_model", "file_path"): _model_path,
    ("rl_model", "md5"): _md5,
    ("rl_model", "size_bytes"): _not_negative,
}


def _typed(table: str, name: str, value: Any) -> None:
    column = COLUMNS[table][name]
    if value is None:
        if not column.nullable:
            raise ChangeError(_("{table}.{column} cannot be empty").format(table=table, column=name))
        return
    kind = column.type
    if isinstance(kind, UTCDateTime):
        if not isinstance(value, str):
            raise ChangeError(_("{table}.{column} is not a time").format(table=table, column=name))
        try:
            datetime.fromisoformat(value)
        except ValueError:
            raise ChangeError(_("{table}.{column} is not a time").format(table=table, column=name)) from None
    elif isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise ChangeError(_("{table}.{column} is not true or false").format(table=table, column=name))
    elif isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int) or abs(value) > 2**53:
            raise ChangeError(_("{table}.{column} is not a whole number").format(table=table, column=name))
    elif isinstance(kind, JSON):
        if not isinstance(value, dict):
            raise ChangeError(_("{table}.{column} is not an object").format(table=table, column=name))
    elif isinstance(kind, String):
        allowed = "\n\t" if isinstance(kind, Text) else ""
        if not isinstance(value, str) or any(ord(c) < 32 and c not in allowed for c in value):
            raise ChangeError(_("{table}.{column} is not text").format(table=table, column=name))
        if len(value) > TEXT_LIMIT:
            raise ChangeError(_("{table}.{column} is too long").format(table=table, column=name))
        if (column.foreign_keys or name in ("id", "origin")) and not is_uuid(value):
            raise ChangeError(_("{table}.{column} is not an id").format(table=table, column=name))
    rule = RULES.get((table, name))
    if rule is not None:
        rule(value)


def check_change(data: Any) -> Change:
    """The change a decoded JSON line describes, or ChangeError."""
    if not isinstance(data, dict):
        raise ChangeError(_("a line is not a change"))
    if set(data) != KEYS:
        missing, extra = KEYS - set(data), set(data) - KEYS
        raise ChangeError(
            _("a change has unexpected keys ({keys})").format(keys=", ".join(sorted(missing | extra))[:100])
        )
    seq, stamp, origin, table, row, op, at, event = (
        data["seq"],
        data["hlc"],
        data["origin"],
        data["table"],
        data["row"],
        data["op"],
        data["at"],
        data["event"],
    )
    if isinstance(seq, bool) or not isinstance(seq, int) or not 1 <= seq <= MAX_SEQ:
        raise ChangeError(_("change number {v} is not a change number").format(v=str(seq)[:20]))
    if not is_uuid(origin):
        raise ChangeError(_("the laptop id is not an id"))
    try:
        parsed = Stamp.parse(stamp)
    except StampError as exc:
        raise ChangeError(str(exc)) from None
    if parsed.laptop != origin:
        raise ChangeError(_("change {seq}: its clock stamp names another laptop").format(seq=seq))
    if table not in COLUMNS:
        raise ChangeError(
            _("change {seq}: “{t}” is not a table that syncs").format(seq=seq, t=str(table)[:40])
        )
    if op not in OPS:
        raise ChangeError(
            _("change {seq}: “{op}” is not insert, update or delete").format(seq=seq, op=str(op)[:20])
        )
    if not is_uuid(row):
        raise ChangeError(_("change {seq}: the row id is not an id").format(seq=seq))
    if event is not None and not is_uuid(event):
        raise ChangeError(_("change {seq}: the event id is not an id").format(seq=seq))
    if not isinstance(at, str):
        raise ChangeError(_("change {seq}: its time is not a time").format(seq=seq))
    try:
        datetime.fromisoformat(at)
    except ValueError:
        raise ChangeError(_("change {seq}: its time is not a time").format(seq=seq)) from None
    fields, before = data["fields"], data["before"]
    if not isinstance(fields, dict) or not isinstance(before, dict) or (op != "insert" and not fields):
        raise ChangeError(_("change {seq}: it changes nothing readable").format(seq=seq))
    columns = COLUMNS[table]
    try:
        for name, value in fields.items():
            if name not in columns:
                raise ChangeError(_("“{c}” is not a column of {t}").format(c=str(name)[:40], t=table))
            _typed(table, name, value)
        for name in before:
            if name not in columns:
                raise ChangeError(_("“{c}” is not a column of {t}").format(c=str(name)[:40], t=table))
        if op == "insert":
            absent = sorted(REQUIRED[table] - set(fields))
            if absent:
                raise ChangeError(_("a new {t} without {c}").format(t=table, c=", ".join(absent)))
            if fields.get("id", row) != row:
                raise ChangeError(_("its id is not the row's id"))
        if op == "delete" and fields.get("deleted") is not True:
            raise ChangeError(_("a delete that does not delete"))
    except ChangeError as exc:
        raise ChangeError(_("change {seq} ({t}): {problem}").format(seq=seq, t=table, problem=exc)) from None
    return Change(seq, stamp, origin, table, row, op, at, event, fields, before)
