"""Segments and offers: changes as gzip-compressed JSON lines (docs/sync.md, section 5).

A segment holds one laptop's changes of one event over a range of its change numbers and is what the
bucket stores; an offer is what a LAN peer answers (several laptops' changes, with how far each reaches).
Both are written deterministically (sorted keys, gzip without name or time) and read as untrusted input:
decompressed within a size limit, every line checked, and refused whole at the first problem.
"""

from __future__ import annotations

import gzip
import json
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from drem_desktop.domain.changes import Change
from drem_desktop.i18n import _
from drem_desktop.sync.validate import ChangeError, check_change, is_uuid

FORMAT = 1
MAX_CHANGES = 20_000
MAX_BYTES = 64 * 1024 * 1024  # uncompressed
MAX_LINE = 256 * 1024
SEGMENT_NAME = re.compile(r"^(\d{12})-(\d{12})\.jsonl\.gz$")


class SegmentRefused(Exception):
    """A segment or offer that is refused whole: ``name`` says which, the message says why."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Segment:
    event: str
    origin: str
    first: int
    last: int
    changes: tuple[Change, ...]


@dataclass(frozen=True, slots=True)
class Offer:
    """A LAN peer's answer: changes, and for each (event, origin) the number it holds them all up to."""

    changes: tuple[Change, ...]
    cursors: tuple[tuple[str, str, int], ...]
    more: bool = False  # the peer holds more than fitted: ask again at once


def segment_name(first: int, last: int) -> str:
    return f"{first:012d}-{last:012d}.jsonl.gz"


def parse_segment_name(name: str) -> tuple[int, int] | None:
    m = SEGMENT_NAME.match(name)
    if m is None:
        return None
    first, last = int(m.group(1)), int(m.group(2))
    return (first, last) if 1 <= first <= last else None


def _line(data: dict[str, Any]) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _pack(lines: list[bytes]) -> bytes:
    return gzip.compress(b"\n".join(lines) + b"\n", compresslevel=6, mtime=0)


def encode_segment(event: str, origin: str, first: int, last: int, changes: Sequence[Change]) -> bytes:
    header = {"count": len(changes), "drem_sync": FORMAT, "event": event, "first": first, "last": last}
    header["origin"] = origin
    return _pack([_line(header), *(_line(c.to_json()) for c in changes)])


def encode_offer(offer: Offer) -> bytes:
    header = {
        "count": len(offer.changes),
        "cursors": [list(c) for c in offer.cursors],
        "drem_sync": FORMAT,
        "kind": "offer",
        "more": offer.more,
    }
    return _pack([_line(header), *(_line(c.to_json()) for c in offer.changes)])


def _unpack(name: str, blob: bytes) -> list[bytes]:
    if not blob:
        raise SegmentRefused(name, _("it is empty"))
    inflater = zlib.decompressobj(wbits=31)  # gzip only
    try:
        data = inflater.decompress(blob, MAX_BYTES + 1)
    except zlib.error:
        raise SegmentRefused(name, _("it is not a gzip file, or it is damaged")) from None
    if len(data) > MAX_BYTES or inflater.unconsumed_tail:
        raise SegmentRefused(name, _("it is larger than {n} MiB unpacked").format(n=MAX_BYTES >> 20))
    if not inflater.eof:
        raise SegmentRefused(name, _("it is cut short (incomplete download or upload)"))
    if inflater.unused_data:
        raise SegmentRefused(name, _("it has bytes after its end"))
    if not data.endswith(b"\n"):
        raise SegmentRefused(name, _("it does not end with a whole line"))
    return data[:-1].split(b"\n")


def _json(name: str, number: int, raw: bytes) -> Any:
    if len(raw) > MAX_LINE:
        raise SegmentRefused(name, _("line {n} is too long").format(n=number))
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise SegmentRefused(name, _("line {n} is not JSON").format(n=number)) from None


def _changes(name: str, lines: list[bytes], count: Any) -> list[Change]:
    if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= MAX_CHANGES:
        raise SegmentRefused(name, _("its header has no valid count"))
    if len(lines) - 1 != count:
        raise SegmentRefused(
            name, _("it holds {n} changes but its header says {count}").format(n=len(lines) - 1, count=count)
        )
    out = []
    for number, raw in enumerate(lines[1:], start=2):
        try:
            out.append(check_change(_json(name, number, raw)))
        except ChangeError as exc:
            raise SegmentRefused(name, _("line {n}: {problem}").format(n=number, problem=exc)) from None
    return out


def decode_segment(name: str, blob: bytes) -> Segment:
    lines = _unpack(name, blob)
    header = _json(name, 1, lines[0])
    if not isinstance(header, dict) or header.get("drem_sync") != FORMAT or "kind" in header:
        raise SegmentRefused(name, _("it is not a DREM Desktop sync segment (or from a newer version)"))
    event, origin = header.get("event"), header.get("origin")
    if not (is_uuid(event) and is_uuid(origin)):
        raise SegmentRefused(name, _("its header names no event or laptop"))
    first, last = _number(header.get("first")), _number(header.get("last"))
    if first is None or last is None or not 1 <= first <= last:
        raise SegmentRefused(name, _("its header has no valid range of change numbers"))
    changes = _changes(name, lines, header.get("count"))
    previous = first - 1
    for number, c in enumerate(changes, start=2):
        if c.origin != origin:
            raise SegmentRefused(name, _("line {n}: a change of another laptop").format(n=number))
        if c.event not in (None, event):
            raise SegmentRefused(name, _("line {n}: a change of another event").format(n=number))
        if not previous < c.seq <= last:
            raise SegmentRefused(
                name, _("line {n}: change number {seq} is out of order").format(n=number, seq=c.seq)
            )
        previous = c.seq
    return Segment(str(event), str(origin), first, last, tuple(changes))


def _number(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def decode_offer(name: str, blob: bytes) -> Offer:
    lines = _unpack(name, blob)
    header = _json(name, 1, lines[0])
    if not isinstance(header, dict) or header.get("drem_sync") != FORMAT or header.get("kind") != "offer":
        raise SegmentRefused(name, _("it is not a DREM Desktop sync answer (or from a newer version)"))
    raw_cursors = header.get("cursors")
    if not isinstance(raw_cursors, list) or len(raw_cursors) > 100_000:
        raise SegmentRefused(name, _("its header has no cursors"))
    cursors: list[tuple[str, str, int]] = []
    for item in raw_cursors:
        if (
            not isinstance(item, list)
            or len(item) != 3
            or not is_uuid(item[0])
            or not is_uuid(item[1])
            or isinstance(item[2], bool)
            or not isinstance(item[2], int)
            or not 0 <= item[2] < 10**12
        ):
            raise SegmentRefused(name, _("its header has a cursor that is not one"))
        cursors.append((item[0], item[1], item[2]))
    changes = _changes(name, lines, header.get("count"))
    reach: dict[str, int] = {}
    for _event, origin, upto in cursors:
        reach[origin] = max(reach.get(origin, 0), upto)
    for number, c in enumerate(changes, start=2):
        if c.seq > reach.get(c.origin, 0):
            raise SegmentRefused(name, _("line {n}: a change beyond what the answer claims").format(n=number))
    return Offer(tuple(changes), tuple(cursors), bool(header.get("more", False)))
