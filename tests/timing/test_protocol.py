"""The strict parser and the reference sketch agree on every line format."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

import drem_desktop
from drem_desktop.timing import protocol
from drem_desktop.timing.protocol import (
    Boot,
    Heartbeat,
    JsonLap,
    Lap,
    Rejection,
    format_boot,
    format_heartbeat,
    format_lap,
    parse_json_frame,
    parse_line,
    with_checksum,
    with_legacy_checksum,
)

SKETCH = Path(drem_desktop.__file__).parent / "resources/firmware/drem_lapsensor/drem_lapsensor.ino"


def sketch_formats() -> list[str]:
    return re.findall(r'snprintf\(body, sizeof body, "([^"]+)"', SKETCH.read_text())


def test_the_sketch_prints_with_exactly_the_protocol_formats() -> None:
    assert sketch_formats() == [protocol.BOOT_FORMAT, protocol.LAP_FORMAT, protocol.HEARTBEAT_FORMAT]
    resend = re.search(r'sscanf\(line, "([^"]+)"', SKETCH.read_text())
    assert resend is not None
    assert resend[1].replace("%8lX", "%08lX") == protocol.RESEND_FORMAT
    assert '"' + protocol.HELLO_COMMAND + '"' in SKETCH.read_text()


def test_documented_example_lines_parse() -> None:
    doc = Path(__file__).parents[2] / "docs/timing-protocol.md"
    lines = [ln for ln in doc.read_text().splitlines() if ln.startswith("DREM ") and ("*" in ln or "~" in ln)]
    parsed = [parse_line(ln) for ln in lines]
    assert parsed == [
        Boot("drem-lapsensor", "1.1.0", 2, "0001FFFF", 0),
        Lap(1, 100, 1, "0001FFFF"),
        Lap(2, 120, 2, "0001FFFF"),
        Heartbeat(2, 1000, "0001FFFF"),
        Lap(3, 2100, 1, "00020001", legacy_checksum=True),
    ]


def test_round_trip_of_each_line_kind() -> None:
    assert parse_line(format_lap(17, 4_294_967_295, 2, 0xDEADBEEF) + "\r\n") == Lap(
        17, 4_294_967_295, 2, "DEADBEEF"
    )
    assert parse_line(format_heartbeat(0, 0, 1).encode()) == Heartbeat(0, 0, "00000001")
    assert parse_line(format_boot("esp32-A1", "1.0.0+dev", 8, 0xFFFFFFFF, 9)) == Boot(
        "esp32-A1", "1.0.0+dev", 8, "FFFFFFFF", 9
    )


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("DREM LAP seq=0 ms=5 sensor=1 boot=0000ABCD", "lap field out of range"),
        ("DREM LAP seq=4294967296 ms=5 sensor=1 boot=0000ABCD", "lap field out of range"),
        ("DREM LAP seq=1 ms=4294967296 sensor=1 boot=0000ABCD", "lap field out of range"),
        ("DREM LAP seq=01 ms=5 sensor=1 boot=0000ABCD", "not a DREM sensor line"),
        ("DREM LAP seq=1 ms=5 sensor=0 boot=0000ABCD", "not a DREM sensor line"),
        ("DREM LAP seq=1 ms=5 sensor=9 boot=0000ABCD", "not a DREM sensor line"),
        ("DREM LAP seq=1 ms=5 sensor=1 boot=0000abcd", "not a DREM sensor line"),
        ("DREM LAP ms=5 seq=1 sensor=1 boot=0000ABCD", "not a DREM sensor line"),
        ("DREM LAP seq=1 ms=5 sensor=1", "not a DREM sensor line"),
        ("DREM LAP seq=1  ms=5 sensor=1 boot=0000ABCD", "not a DREM sensor line"),
        ("DREM LAP seq=1 ms=-5 sensor=1 boot=0000ABCD", "not a DREM sensor line"),
        ("drem lap seq=1 ms=5 sensor=1 boot=0000ABCD", "not a DREM sensor line"),
        ("DREM LAP seq=1 ms=5 sensor=1 boot=0000ABCD extra=1", "not a DREM sensor line"),
        ("DREM BOOT device=a b fw=1 sensors=2 boot=0000ABCD seq=0", "not a DREM sensor line"),
    ],
)
def test_wrong_fields_are_rejected_even_with_a_good_checksum(body: str, reason: str) -> None:
    assert parse_line(with_checksum(body)) == Rejection(reason)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("DREM LAP seq=1 ms=5 sensor=1 boot=0000ABCD", "no checksum"),
        ("DREM LAP seq=1 ms=5 sensor=1 boot=0000ABCD*4", "malformed checksum"),
        ("DREM LAP seq=1 ms=5 sensor=1 boot=0000ABCD*4g", "malformed checksum"),
        ("DREM LAP seq=1 ms=5 sensor=1 boot=0000ABCD*00", "checksum mismatch"),
        ("DREM LAP seq=1 ms=5 sensor=1 boot=0000ABCD*" + "0" * 200, "line too long"),
        ("DREM LAP seq=1 ms=5 sensor=1\x00 boot=0000ABCD*00", "control or non-ASCII bytes"),
        ("DREM LAP seq=1 ms=5 sensor=1 boot=0000ABCD*ÄÖ", "not ASCII"),
    ],
)
def test_damaged_lines_are_rejected(line: str, reason: str) -> None:
    assert parse_line(line) == Rejection(reason)


def test_every_single_bit_flip_of_a_lap_line_is_caught() -> None:
    good = format_lap(123, 456789, 2, 0x1234ABCD).encode()
    for i in range(len(good)):
        for bit in range(8):
            bad = bytearray(good)
            bad[i] ^= 1 << bit
            assert not isinstance(parse_line(bytes(bad)), Lap), (i, bit, bytes(bad))


def test_every_two_and_three_bit_error_of_a_lap_line_is_caught_by_the_crc() -> None:
    """The old XOR checksum misses two flips of the same bit in two bytes; the CRC-16 misses none."""
    body = "DREM LAP seq=123 ms=456789 sensor=2 boot=1234ABCD"
    good = format_lap(123, 456789, 2, 0x1234ABCD).encode()
    bits = len(good) * 8

    def flipped(*positions: int) -> bytes:
        bad = bytearray(good)
        for p in positions:
            bad[p // 8] ^= 1 << (p % 8)
        return bytes(bad)

    for i in range(bits):
        for j in range(i + 1, bits):
            assert not isinstance(parse_line(flipped(i, j)), Lap), (i, j)
    rnd = random.Random(9)
    for _ in range(20_000):
        assert not isinstance(parse_line(flipped(*rnd.sample(range(bits), 3))), Lap)
    # What the XOR of firmware 1.0 let through: "ms=456789" became "ms=557789" with a good checksum.
    legacy = bytearray(with_legacy_checksum(body).encode())
    at = legacy.index(b"456789")
    legacy[at] ^= 0x01  # '4' -> '5'
    legacy[at + 2] ^= 0x01  # '6' -> '7': the same bit twice, the XOR does not change
    assert parse_line(bytes(legacy)) == Lap(123, 557789, 2, "1234ABCD", legacy_checksum=True)


def test_old_firmware_xor_lines_are_still_read_and_marked() -> None:
    body = "DREM LAP seq=1 ms=100 sensor=1 boot=0001FFFF"
    assert parse_line(with_legacy_checksum(body)) == Lap(1, 100, 1, "0001FFFF", legacy_checksum=True)
    assert parse_line(with_checksum(body)) == Lap(1, 100, 1, "0001FFFF")
    assert parse_line(with_checksum(body)[:-2]) == Rejection("malformed checksum")  # a CRC cut short


def test_json_lap_frames() -> None:
    frame = '{"event":"lap","timestamp":1718000000123,"gpio":27,"lapNumber":4,"sensorLapCount":2}'
    assert parse_json_frame(frame) == JsonLap(1718000000123, "gpio27", 4)
    assert parse_json_frame('{"event":"lap","timestamp":5}') == JsonLap(5, "1", None)
    assert parse_json_frame('{"event":"connected","timestamp":5,"serverInfo":{}}') is None
    for bad in (
        '{"event":"lap"}',
        '{"event":"lap","timestamp":"5"}',
        '{"event":"lap","timestamp":-1}',
        '{"event":"lap","timestamp":true}',
        "[1]",
        "lap",
        b"\xff\xfe",
        '{"timestamp":5}',
        '{"event":"lap","timestamp":1e999}',
    ):
        assert isinstance(parse_json_frame(bad), Rejection), bad
