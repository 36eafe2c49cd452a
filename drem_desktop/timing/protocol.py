"""The DREM lap-sensor serial protocol (docs/timing-protocol.md), and the simpler line modes.

The strict parser is the only gate between a serial cable and a lap: a line becomes a lap only when
every field is present, in order, in range, and the checksum matches. Anything else is a
``Rejection`` with a reason; the parser never raises on any input.

Lines end in ``~hhhh``, a CRC-16 (protocol version 2: it catches every error of up to three bits in a
line, and every burst up to 16 bits). Firmware 1.0 ends them in ``*hh``, an XOR of the bytes, which misses
any two flipped bits in the same position of two bytes; those lines are still accepted (and marked
``legacy_checksum``) so old sensors keep working until they are flashed again. The two tails use
different marks so that a CRC line cut short can never pass as an old-style one.

The ``*_FORMAT`` strings are printf formats: the reference sketch in
``resources/firmware/drem_lapsensor/drem_lapsensor.ino`` prints with exactly these, and the tests check
that the two agree.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from enum import StrEnum

from drem_desktop.i18n import _

BAUDRATE = 115200
MAX_LINE = 120  # longest valid line is well under this; longer input is junk
UINT32 = 2**32

BOOT_FORMAT = "DREM BOOT device=%s fw=%s sensors=%u boot=%08lX seq=%lu"
LAP_FORMAT = "DREM LAP seq=%lu ms=%lu sensor=%u boot=%08lX"
HEARTBEAT_FORMAT = "DREM HB seq=%lu ms=%lu boot=%08lX"
HELLO_COMMAND = "DREM HELLO"
RESEND_FORMAT = "DREM RESEND boot=%08lX seq=%lu"

_UINT = r"(0|[1-9][0-9]{0,9})"
_BOOT = r"([0-9A-F]{8})"
_BOOT_RE = re.compile(
    r"DREM BOOT device=([A-Za-z0-9._-]{1,32}) fw=([A-Za-z0-9._+-]{1,16}) sensors=([1-8]) "
    rf"boot={_BOOT} seq={_UINT}"
)
_LAP_RE = re.compile(rf"DREM LAP seq={_UINT} ms={_UINT} sensor=([1-8]) boot={_BOOT}")
_HB_RE = re.compile(rf"DREM HB seq={_UINT} ms={_UINT} boot={_BOOT}")
_PRINTABLE = re.compile(r"[\x20-\x7e]*")


class LineMode(StrEnum):
    """How the serial source reads a port."""

    DREM = "drem"  # our protocol, strict: only checksummed DREM lines count
    JSON = "json"  # Pi timer style JSON lines: {"event":"lap","timestamp":...}
    LINES = "lines"  # any non-empty line is one trigger, stamped by the host


@dataclass(frozen=True, slots=True)
class Boot:
    device: str
    firmware: str
    sensors: int
    boot: str
    seq: int  # last trigger sequence of this boot (0 on a fresh boot)
    legacy_checksum: bool = False  # firmware 1.0's XOR checksum, not the CRC-16


@dataclass(frozen=True, slots=True)
class Lap:
    seq: int
    ms: int
    sensor: int
    boot: str
    legacy_checksum: bool = False


@dataclass(frozen=True, slots=True)
class Heartbeat:
    seq: int
    ms: int
    boot: str
    legacy_checksum: bool = False


@dataclass(frozen=True, slots=True)
class Rejection:
    reason: str


Message = Boot | Lap | Heartbeat


def _crc16_table() -> tuple[int, ...]:
    table = []
    for byte in range(256):
        crc = byte << 8
        for _bit in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
        table.append(crc & 0xFFFF)
    return tuple(table)


_CRC16 = _crc16_table()


def crc16(body: str | bytes) -> int:
    """CRC-16/CCITT-FALSE (polynomial 0x1021, start 0xFFFF) of the line before ``~``; the sketch has the
    same eight-line loop, cheap enough on an 8-bit board."""
    data = body.encode("ascii") if isinstance(body, str) else body
    crc = 0xFFFF
    for byte in data:
        crc = ((crc << 8) & 0xFFFF) ^ _CRC16[(crc >> 8) ^ byte]
    return crc


def xor_checksum(body: str | bytes) -> int:
    """Firmware 1.0's checksum: XOR of every byte before ``*`` (NMEA style)."""
    data = body.encode("ascii") if isinstance(body, str) else body
    value = 0
    for byte in data:
        value ^= byte
    return value


def with_checksum(body: str) -> str:
    return f"{body}~{crc16(body):04X}"


def with_legacy_checksum(body: str) -> str:
    """A line as firmware 1.0 prints it (for tests and the simulator's old-firmware mode)."""
    return f"{body}*{xor_checksum(body):02X}"


def format_boot(device: str, firmware: str, sensors: int, boot: int, seq: int) -> str:
    return with_checksum(BOOT_FORMAT % (device, firmware, sensors, boot, seq))


def format_lap(seq: int, ms: int, sensor: int, boot: int) -> str:
    return with_checksum(LAP_FORMAT % (seq, ms, sensor, boot))


def format_heartbeat(seq: int, ms: int, boot: int) -> str:
    return with_checksum(HEARTBEAT_FORMAT % (seq, ms, boot))


def format_resend(boot: str, seq: int) -> str:
    return RESEND_FORMAT % (int(boot, 16), seq)


def _uint32(text: str) -> int | None:
    value = int(text)
    return value if value < UINT32 else None


def parse_line(raw: bytes | str) -> Message | Rejection:
    """Parse one line (without or with its ``\\n``/``\\r\\n``) strictly; never raises."""
    if isinstance(raw, str):
        try:
            raw = raw.encode("ascii")
        except UnicodeEncodeError:
            return Rejection(_("not ASCII"))
    line = raw.rstrip(b"\r\n")
    if len(line) > MAX_LINE:
        return Rejection(_("line too long"))
    text = line.decode("latin-1")
    if not _PRINTABLE.fullmatch(text):
        return Rejection(_("control or non-ASCII bytes"))
    body, mark, tail = text.rpartition("~")
    legacy = not mark
    if legacy:
        body, mark, tail = text.rpartition("*")
        if not mark:
            return Rejection(_("no checksum"))
    if "*" in body or "~" in body:
        return Rejection(_("malformed checksum"))
    if len(tail) != (2 if legacy else 4) or not all(c in "0123456789ABCDEF" for c in tail):
        return Rejection(_("malformed checksum"))
    if (xor_checksum(body) if legacy else crc16(body)) != int(tail, 16):
        return Rejection(_("checksum mismatch"))
    if m := _LAP_RE.fullmatch(body):
        seq, ms = _uint32(m[1]), _uint32(m[2])
        if seq is None or ms is None or seq == 0:
            return Rejection(_("lap field out of range"))
        return Lap(seq=seq, ms=ms, sensor=int(m[3]), boot=m[4], legacy_checksum=legacy)
    if m := _HB_RE.fullmatch(body):
        seq, ms = _uint32(m[1]), _uint32(m[2])
        if seq is None or ms is None:
            return Rejection(_("heartbeat field out of range"))
        return Heartbeat(seq=seq, ms=ms, boot=m[3], legacy_checksum=legacy)
    if m := _BOOT_RE.fullmatch(body):
        seq = _uint32(m[5])
        if seq is None:
            return Rejection(_("boot field out of range"))
        return Boot(device=m[1], firmware=m[2], sensors=int(m[3]), boot=m[4], seq=seq, legacy_checksum=legacy)
    return Rejection(_("not a DREM sensor line"))


@dataclass(frozen=True, slots=True)
class JsonLap:
    timestamp: int
    sensor_id: str
    lap_number: int | None


def parse_json_frame(raw: bytes | str) -> JsonLap | Rejection | None:
    """A Pi-timer style JSON object: a ``lap`` event, ``None`` for other events, or a rejection."""
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        if len(text) > 4096:
            return Rejection(_("frame too long"))
        data = json.loads(text)
    except (UnicodeDecodeError, ValueError, RecursionError):
        return Rejection(_("not JSON"))
    if not isinstance(data, dict):
        return Rejection(_("JSON is not an object"))
    event = data.get("event")
    if event != "lap":
        return None if isinstance(event, str) else Rejection(_("JSON without an event name"))
    ts = data.get("timestamp")
    if isinstance(ts, bool) or not isinstance(ts, int | float) or not math.isfinite(ts) or ts < 0:
        return Rejection(_("lap without a usable timestamp"))
    gpio = data.get("gpio")
    sensor_id = f"gpio{gpio}" if isinstance(gpio, int) and not isinstance(gpio, bool) else "1"
    lap_number = data.get("lapNumber")
    if isinstance(lap_number, bool) or not isinstance(lap_number, int) or lap_number < 0:
        lap_number = None
    return JsonLap(timestamp=round(ts), sensor_id=sensor_id, lap_number=lap_number)
