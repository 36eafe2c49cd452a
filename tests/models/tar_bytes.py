"""Tar streams built byte by byte, so a test can write exactly the damaged block it means to.

Python's ``tarfile`` writer cannot make a damaged header, a lone zero block or members after the end
marker; these helpers write the 512-byte blocks themselves (ustar layout, POSIX or GNU magic).
"""

from __future__ import annotations

import gzip

BLOCK = 512
END = bytes(2 * BLOCK)
POSIX = b"ustar\x0000"
GNU = b"ustar  \x00"


def _octal(value: int, width: int) -> bytes:
    return b"%0*o\x00" % (width - 1, value)


def header(
    name: str,
    size: int = 0,
    kind: bytes = b"0",
    mode: int = 0o644,
    linkname: str = "",
    magic: bytes = POSIX,
    prefix: bytes = b"",
    checksum_delta: int = 0,
) -> bytes:
    """One header block; ``checksum_delta`` stores a wrong checksum on purpose."""
    block = bytearray(BLOCK)
    block[0:100] = name.encode().ljust(100, b"\x00")[:100]
    block[100:108] = _octal(mode, 8)
    block[108:116] = _octal(0, 8)
    block[116:124] = _octal(0, 8)
    block[124:136] = _octal(size, 12)
    block[136:148] = _octal(1_700_000_000, 12)
    block[156:157] = kind
    block[157:257] = linkname.encode().ljust(100, b"\x00")[:100]
    block[257:265] = magic
    block[345:500] = prefix.ljust(155, b"\x00")[:155]
    block[148:156] = b" " * 8
    block[148:156] = b"%06o\x00 " % (sum(block) + checksum_delta)
    return bytes(block)


def member(name: str, data: bytes = b"", **fields: object) -> bytes:
    """A header and its data, padded to whole blocks."""
    return header(name, len(data), **fields) + data + bytes(-len(data) % BLOCK)  # type: ignore[arg-type]


def pax(records: dict[str, str], name: str = "PaxHeader") -> bytes:
    """A pax extended header (type ``x``) carrying ``records`` for the next member."""
    body = b""
    for key, value in records.items():
        text = f" {key}={value}\n".encode()
        length = len(text) + 1
        while len(str(length)) + len(text) != length:
            length += 1
        body += str(length).encode() + text
    return member(name, body, kind=b"x")


def gz(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)
