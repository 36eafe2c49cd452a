"""Hypothesis throws well over 100,000 hostile lines at the strict parser: it never raises, and junk never
becomes a lap.

To stay fast, hypothesis draws the ingredients (random bytes, field values, padding) and each example is
expanded into hundreds of lines: every truncation, every single-bit flip, every wrong field. Each test
counts the lines it really tried, so the total cannot quietly shrink.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drem_desktop.timing.protocol import (
    MAX_LINE,
    Boot,
    Heartbeat,
    Lap,
    Rejection,
    format_boot,
    format_heartbeat,
    format_lap,
    parse_json_frame,
    parse_line,
    with_checksum,
)

FUZZ = settings(
    max_examples=150,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)

u32 = st.integers(min_value=0, max_value=2**32 - 1)
printable = st.characters(min_codepoint=32, max_codepoint=126)


def check_junk(line: bytes | str) -> None:
    result = parse_line(line)  # must not raise
    assert not isinstance(result, Lap), line
    parse_json_frame(line)  # the JSON line mode must not raise either


@FUZZ
@given(pattern=st.binary(max_size=200), rnd=st.randoms(use_true_random=True))
def _binary(pattern: bytes, rnd: random.Random, seen: list[int]) -> None:
    check_junk(pattern)
    for _ in range(200):
        junk = rnd.randbytes(rnd.randint(0, 160))
        if pattern and rnd.random() < 0.3:  # the drawn pattern spliced into random bytes
            at = rnd.randint(0, len(junk))
            junk = junk[:at] + pattern + junk[at:]
        check_junk(junk.split(b"\n")[0])
    seen[0] += 201


def test_binary_junk_never_makes_a_lap() -> None:
    seen = [0]
    _binary(seen=seen)
    assert seen[0] >= 30_000


WRONG_VALUES = {
    "seq": ["0", "00", "01", "-1", "4294967296", "99999999999", "1.0", "0x10", "", " 1", "+1"],
    "ms": ["-1", "4294967296", "007", "1e3", "", "NaN", "12 ", "0x0"],
    "sensor": ["0", "9", "10", "-1", "", "a", "01", "1 "],
    "boot": ["", "1234567", "123456789", "0000abcd", "GGGGGGGG", "-0000001", "0x000001"],
}


def wrong_fields(seq: int, ms: int, sensor: int, boot: int) -> Iterator[str]:
    """The lap line with one field wrong, or fields dropped, repeated or swapped; checksum made to fit."""
    fields = {"seq": str(seq), "ms": str(ms), "sensor": str(sensor), "boot": f"{boot:08X}"}
    for name, values in WRONG_VALUES.items():
        for value in values:
            wrong = [f"{k}={value if k == name else v}" for k, v in fields.items()]
            yield with_checksum("DREM LAP " + " ".join(wrong))
    parts = [f"{k}={v}" for k, v in fields.items()]
    for i in range(len(parts)):
        yield with_checksum("DREM LAP " + " ".join(parts[:i] + parts[i + 1 :]))
        yield with_checksum("DREM LAP " + " ".join([*parts, parts[i]]))
        for j in range(i + 1, len(parts)):
            swapped = list(parts)
            swapped[i], swapped[j] = swapped[j], swapped[i]
            yield with_checksum("DREM LAP " + " ".join(swapped))
    for kind in ("HB", "BOOT", "LAPS", "lap", ""):
        yield with_checksum(f"DREM {kind} " + " ".join(parts))
    yield with_checksum("DREM LAP " + " ".join(parts) + " ")


@FUZZ
@given(
    seq=st.integers(min_value=1, max_value=2**32 - 1),
    ms=u32,
    sensor=st.integers(1, 8),
    boot=u32,
    device=st.from_regex(r"[A-Za-z0-9._-]{1,32}", fullmatch=True),
    pad=st.text(alphabet=printable, min_size=1, max_size=200),
)
def _mutations(seq: int, ms: int, sensor: int, boot: int, device: str, pad: str, seen: list[int]) -> None:
    lap = format_lap(seq, ms, sensor, boot)
    lines = [lap, format_heartbeat(seq, ms, boot), format_boot(device, "1.0", sensor, boot, seq)]
    assert parse_line(lines[0]) == Lap(seq, ms, sensor, f"{boot:08X}")
    assert isinstance(parse_line(lines[1]), Heartbeat)
    assert isinstance(parse_line(lines[2]), Boot)
    count = 0
    for line in lines:  # partial lines: every truncation
        for cut in range(len(line)):
            assert isinstance(parse_line(line[:cut]), Rejection)
            count += 1
    raw = lap.encode()
    for at in range(len(raw)):  # every single-bit flip, checksum left as it was
        for bit in range(8):
            damaged = bytearray(raw)
            damaged[at] ^= 1 << bit
            check_junk(bytes(damaged))
            count += 1
    for wrong in wrong_fields(seq, ms, sensor, boot):  # wrong fields with a fitting checksum
        assert isinstance(parse_line(wrong), Rejection), wrong
        count += 1
    for line in (lap + pad * (MAX_LINE // len(pad) + 1), pad * (MAX_LINE // len(pad) + 1) + lap):  # overlong
        assert isinstance(parse_line(line), Rejection)
        count += 1
    check_junk(pad)
    check_junk(pad + lap)
    count += 2
    seen[0] += count


def test_partial_damaged_overlong_and_wrong_field_lines_never_make_a_lap() -> None:
    seen = [0]
    _mutations(seen=seen)
    assert seen[0] >= 80_000
