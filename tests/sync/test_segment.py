"""Segments are untrusted input: every kind of damage is refused whole, named, and changes nothing."""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Callable
from typing import Any

import pytest

from drem_desktop.app import App
from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.sync import feed
from drem_desktop.sync.segment import (
    SegmentRefused,
    decode_offer,
    decode_segment,
    encode_offer,
    encode_segment,
    parse_segment_name,
    segment_name,
)

from .test_merge import timed_run

Laptops = Callable[..., App]
NAME = "events/e/changes/o/000000000001-000000000009.jsonl.gz"


@pytest.fixture
def source(laptops: Laptops) -> tuple[App, str]:
    a = laptops("a")
    event = a.events.create("Seg Cup", "2026-11-24", RaceConfig(race_time_ms=None, min_lap_ms=0), 1)
    ann = a.racers.add("ann", country_code="GB", highlight_colour="#1e90ff")
    timed_run(a, event.event_id, event.tracks[0].track_id, ann.racer_id, [9_000, 9_500])
    return a, event.event_id


def _segment(app: App, event_id: str) -> tuple[bytes, list[dict[str, Any]], dict[str, Any]]:
    origin = app.db.laptop_id
    last = app.db.replica.own_seq()
    changes = app.db.replica.changes(event_id, origin, 0, last)
    blob = encode_segment(event_id, origin, 1, last, changes)
    lines = [json.loads(x) for x in gzip.decompress(blob).splitlines()]
    return blob, lines[1:], lines[0]


def _pack(header: dict[str, Any], lines: list[dict[str, Any]]) -> bytes:
    text = "\n".join(json.dumps(x) for x in [header, *lines]) + "\n"
    return gzip.compress(text.encode())


def test_a_segment_round_trips_and_is_the_same_bytes_every_time(source: tuple[App, str]) -> None:
    app, event_id = source
    blob, _lines, header = _segment(app, event_id)
    again, _l, _h = _segment(app, event_id)
    assert blob == again  # deterministic: any laptop writing this range writes these bytes
    seg = decode_segment(NAME, blob)
    assert seg.origin == app.db.laptop_id and seg.event == event_id and len(seg.changes) == header["count"]
    assert {c.table for c in seg.changes} >= {"event", "track", "racer", "run", "lap"}
    assert parse_segment_name(segment_name(1, 99)) == (1, 99)
    assert parse_segment_name("000000000009-000000000001.jsonl.gz") is None


def _field(table: str, column: str, value: Any) -> Callable[[list[dict[str, Any]], dict[str, Any]], None]:
    def damage(lines: list[dict[str, Any]], _header: dict[str, Any]) -> None:
        line = next(x for x in lines if x["table"] == table and x["op"] == "insert")
        line["fields"][column] = value

    return damage


def _key(key: str, value: Any) -> Callable[[list[dict[str, Any]], dict[str, Any]], None]:
    def damage(lines: list[dict[str, Any]], _header: dict[str, Any]) -> None:
        lines[-1][key] = value

    return damage


def _header(key: str, value: Any) -> Callable[[list[dict[str, Any]], dict[str, Any]], None]:
    def damage(_lines: list[dict[str, Any]], header: dict[str, Any]) -> None:
        header[key] = value

    return damage


def _drop_line(lines: list[dict[str, Any]], _header: dict[str, Any]) -> None:
    del lines[1]


def _swap(lines: list[dict[str, Any]], _header: dict[str, Any]) -> None:
    lines[0], lines[1] = lines[1], lines[0]


def _other_origin(lines: list[dict[str, Any]], _header: dict[str, Any]) -> None:
    other = "00000000-0000-4000-8000-000000000001"
    lines[-1]["origin"] = other
    lines[-1]["hlc"] = lines[-1]["hlc"][:20] + other


def _stamp_of_another(lines: list[dict[str, Any]], _header: dict[str, Any]) -> None:
    lines[-1]["hlc"] = lines[-1]["hlc"][:20] + "00000000-0000-4000-8000-000000000001"


def _other_event(lines: list[dict[str, Any]], _header: dict[str, Any]) -> None:
    line = next(x for x in lines if x["table"] == "lap")
    line["event"] = "00000000-0000-4000-8000-000000000002"


def _insert_without(column: str) -> Callable[[list[dict[str, Any]], dict[str, Any]], None]:
    def damage(lines: list[dict[str, Any]], _header: dict[str, Any]) -> None:
        line = next(x for x in lines if x["table"] == "lap" and x["op"] == "insert")
        del line["fields"][column]

    return damage


DAMAGE = {
    "lap time 0": _field("lap", "time_ms", 0),
    "lap time over a day": _field("lap", "time_ms", 24 * 3_600_000 + 1),
    "lap time as text": _field("lap", "time_ms", "9000"),
    "lap time true": _field("lap", "time_ms", True),
    "negative resets": _field("lap", "resets", -1),
    "lap source": _field("lap", "source", "magic"),
    "valid as 1": _field("lap", "valid", 1),
    "username with slash": _field("racer", "username", "../etc"),
    "username with newline": _field("racer", "username", "ann\nbob"),
    "username too long": _field("racer", "username", "a" * 129),
    "username bidi": _field("racer", "username", "ann\u202e"),
    "country": _field("racer", "country_code", "XX"),
    "colour": _field("racer", "highlight_colour", "url(javascript:x)"),
    "event date": _field("event", "event_date", "2026-02-30"),
    "blank event name": _field("event", "name", "   "),
    "race config": _field("event", "race_config", {"average_window": 99}),
    "race config list": _field("event", "race_config", [1, 2]),
    "track number": _field("track", "number", 0),
    "run state": _field("run", "state", "won"),
    "run racer id": _field("run", "racer_id", "not-an-id"),
    "run racer missing value": _field("run", "racer_id", None),
    "created_at": _field("lap", "created_at", "yesterday"),
    "unknown column": _field("lap", "winner", True),
    "local column": _field("racer", "merged_into", None),
    "unknown table": _key("table", "setting"),
    "crossing table": _key("table", "crossing"),
    "op": _key("op", "drop"),
    "row id": _key("row", "../../x"),
    "seq zero": _key("seq", 0),
    "seq text": _key("seq", "7"),
    "stamp": _key("hlc", "yesterday"),
    "at": _key("at", "noon"),
    "extra key": _key("signed_by", "me"),
    "fields not object": _key("fields", "x"),
    "update of nothing": _key("fields", {}),
    "insert without time": _insert_without("time_ms"),
    "insert without run": _insert_without("run_id"),
    "dropped line": _drop_line,
    "out of order": _swap,
    "another laptop's change": _other_origin,
    "stamp of another laptop": _stamp_of_another,
    "another event's change": _other_event,
    "header count": _header("count", 1),
    "header version": _header("drem_sync", 2),
    "header event": _header("event", "x"),
    "header range": _header("first", 0),
    "header range reversed": _header("last", 0),
}


@pytest.mark.parametrize("damage", list(DAMAGE), ids=list(DAMAGE))
def test_a_damaged_change_refuses_the_whole_segment(
    source: tuple[App, str], laptops: Laptops, damage: str
) -> None:
    app, event_id = source
    _blob, lines, header = _segment(app, event_id)
    if damage == "update of nothing":
        lines[-1]["op"] = "update"
    DAMAGE[damage](lines, header)
    with pytest.raises(SegmentRefused) as refused:
        decode_segment(NAME, _pack(header, lines))
    assert refused.value.name == NAME and str(refused.value).startswith(NAME + ": ")
    assert refused.value.reason  # says what is wrong


BYTES = {
    "empty": lambda b: b"",
    "not gzip": lambda b: b"PK\x03\x04" + b[4:],
    "cut in half": lambda b: b[: len(b) // 2],
    "cut by one byte": lambda b: b[:-1],
    "cut before the trailer": lambda b: b[:-8],
    "flipped byte": lambda b: b[:40] + bytes([b[40] ^ 0xFF]) + b[41:],
    "flipped crc": lambda b: b[:-6] + bytes([b[-6] ^ 0x01]) + b[-5:],
    "trailing garbage": lambda b: b + b"garbage",
    "two members": lambda b: b + b,
    "plain json": lambda b: gzip.decompress(b),
}


@pytest.mark.parametrize("damage", list(BYTES), ids=list(BYTES))
def test_damaged_bytes_are_refused(source: tuple[App, str], damage: str) -> None:
    app, event_id = source
    blob, _lines, _header = _segment(app, event_id)
    with pytest.raises(SegmentRefused, match=r"^events/"):
        decode_segment(NAME, BYTES[damage](blob))


def test_a_gzip_bomb_is_refused_without_unpacking_it_all() -> None:
    bomb = zlib.compressobj(9, zlib.DEFLATED, 31)
    blob = bomb.compress(b"{" + b" " * (80 * 1024 * 1024)) + bomb.flush()
    assert len(blob) < 1024 * 1024
    with pytest.raises(SegmentRefused, match="larger than"):
        decode_segment(NAME, blob)


def test_an_offer_claiming_less_than_it_carries_is_refused(source: tuple[App, str]) -> None:
    app, _event_id = source
    answer = feed.offer(app.db.replica, {})
    good = decode_offer("peer", encode_offer(answer))
    assert len(good.changes) == len(answer.changes)
    short = type(answer)(answer.changes, tuple((e, o, 1) for e, o, _u in answer.cursors))
    with pytest.raises(SegmentRefused, match="beyond what the answer claims"):
        decode_offer("peer", encode_offer(short))
    with pytest.raises(SegmentRefused, match="not a DREM Desktop sync answer"):
        decode_offer("peer", encode_segment(_event_id, app.db.laptop_id, 1, 1, []))
