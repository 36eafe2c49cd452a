"""A strict reader of a ``.tar.gz`` stream: one reading of the archive that every tar agrees with.

Tools disagree about a damaged archive. Python's ``tarfile`` stops quietly at the first header it cannot
read; GNU tar (on the car) says "Skipping to next header" and extracts whatever follows; both ignore data
after the end-of-archive marker unless told otherwise, and gunzip carries on into a second gzip member.
So an archive is read here only if it is exactly one gzip member holding valid headers (checksum, magic,
plain numbers) from its first block to the end-of-archive marker (two zero blocks), followed by nothing but
zero padding. Anything else raises :class:`ArchiveRefused` with a reason in words; on such an archive the
tools above can no longer disagree, because nobody accepts it.

Only what a model archive needs is understood: files and folders under ustar, pax (``x``) and GNU long-name
(``L``/``K``) headers. Links, devices and FIFOs are reported as members (the caller refuses them with its own
words); sparse files, multi-volume and other vendor types are refused here.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import BinaryIO

from drem_desktop.i18n import _

BLOCK = 512
_CHUNK = 1 << 20
_MAX_EXTENDED_BYTES = 64 * 1024  # a pax or long-name header of a model holds a path or two
_MAX_EXTENDED_IN_A_ROW = 8
_POSIX_MAGIC = b"ustar\x0000"
_GNU_MAGIC = b"ustar  \x00"
_V7_MAGIC = bytes(8)
_ZERO_BLOCK = bytes(BLOCK)
_LAYOUT_KEYS = frozenset({"path", "linkpath", "size"})


class ArchiveRefused(Exception):
    """The archive cannot be read strictly; the message says why in words a racer understands."""


class MemberKind(StrEnum):
    FILE = "file"
    DIR = "dir"
    SYMLINK = "symlink"
    HARDLINK = "hardlink"
    CHAR_DEVICE = "char device"
    BLOCK_DEVICE = "block device"
    FIFO = "fifo"


_KINDS = {
    b"0": MemberKind.FILE,
    b"\x00": MemberKind.FILE,
    b"7": MemberKind.FILE,  # "contiguous file": every tar extracts it as a plain file
    b"5": MemberKind.DIR,
    b"1": MemberKind.HARDLINK,
    b"2": MemberKind.SYMLINK,
    b"3": MemberKind.CHAR_DEVICE,
    b"4": MemberKind.BLOCK_DEVICE,
    b"6": MemberKind.FIFO,
}
_REFUSED_TYPES: dict[bytes, Callable[[], str]] = {
    b"S": lambda: _("a sparse file"),
    b"D": lambda: _("a GNU incremental-dump folder"),
    b"M": lambda: _("a piece of a multi-volume archive"),
    b"N": lambda: _("an old GNU long-name record"),
    b"V": lambda: _("a volume label"),
}


@dataclass(frozen=True, slots=True)
class TarMember:
    """One entry as stored: ``name`` is the full path (pax or GNU long name applied), unnormalised."""

    name: str
    kind: MemberKind
    size: int
    mode: int
    linkname: str
    offset: int  # where its header starts in the unpacked stream

    def isreg(self) -> bool:
        return self.kind is MemberKind.FILE

    def isdir(self) -> bool:
        return self.kind is MemberKind.DIR


def _bomb(cap: int) -> ArchiveRefused:
    return ArchiveRefused(
        _("It unpacks to more than {limit} MB, far more than a model needs (a gzip bomb?).").format(
            limit=cap // (1024 * 1024)
        )
    )


def _truncated() -> ArchiveRefused:
    return ArchiveRefused(_("The archive is cut short (truncated). Copy or download it again."))


class _StrictGunzip:
    """Exactly one gzip member, its CRC and length checked, then only zero bytes to the end of the file."""

    def __init__(self, raw: BinaryIO, cap: int) -> None:
        self._raw = raw
        self._cap = cap
        self._d = zlib.decompressobj(wbits=31)  # gzip framing only: zlib checks header, CRC and size
        self._buf = bytearray()
        self._ended = False
        self.count = 0

    def read(self, n: int) -> bytes:
        """``n`` bytes, or fewer only where the compressed data ends."""
        while len(self._buf) < n and not self._ended:
            self._more()
        data = bytes(self._buf[:n])
        del self._buf[:n]
        return data

    def _more(self) -> None:
        room = min(_CHUNK, self._cap + 1 - self.count)  # never unpack more than one byte past the cap
        try:
            if self._d.unconsumed_tail:
                data = self._d.decompress(self._d.unconsumed_tail, room)
            else:
                raw = self._raw.read(_CHUNK)
                if not raw:
                    raise _truncated()
                data = self._d.decompress(raw, room)
        except zlib.error as exc:
            raise ArchiveRefused(
                _("The archive is damaged ({error}). Copy or export it again.").format(error=exc)
            ) from exc
        self.count += len(data)
        if self.count > self._cap:
            raise _bomb(self._cap)
        self._buf += data
        if self._d.eof:
            self._ended = True
            self._only_zeros_after(self._d.unused_data)

    def _only_zeros_after(self, tail: bytes) -> None:
        """Bytes after the gzip member: zero padding is fine (gunzip agrees); anything else is not."""
        while True:
            if tail.strip(b"\x00"):
                raise ArchiveRefused(
                    _(
                        "The file goes on after the end of its compressed data (a second gzip stream or "
                        "appended bytes); a model archive is one .tar.gz stream. Export it again."
                    )
                )
            tail = self._raw.read(_CHUNK)
            if not tail:
                return

    def finish(self) -> None:
        """Read to the end of the gzip member (its CRC is checked there) and of the file."""
        while not self._ended:
            self._more()
        self._buf.clear()


def _field_number(field: bytes, what: str, offset: int) -> int:
    """A header number: octal digits (up to a NUL, spaces around), or GNU base-256; nothing else."""
    if field[:1] == b"\x80":
        return int.from_bytes(field[1:], "big")
    if field[:1] == b"\xff":
        raise ArchiveRefused(_damaged(offset, _("a negative {what}").format(what=what)))
    text = field.split(b"\x00", 1)[0].strip(b" ")
    if not text:
        return 0
    if not all(0x30 <= c <= 0x37 for c in text):
        raise ArchiveRefused(_damaged(offset, _("its {what} is not a number").format(what=what)))
    return int(text, 8)


def _damaged(offset: int, why: str) -> str:
    if offset == 0:
        return _("The gzip data does not hold a valid tar archive ({why}).").format(why=why)
    return _(
        "The archive is damaged: the entry header at byte {offset} is not valid ({why}). Tools read such "
        "an archive differently, so it is refused; export the model again."
    ).format(offset=offset, why=why)


def _checksum_ok(block: bytes, stored: int) -> bool:
    """Unsigned or signed byte sum with the checksum field read as spaces (as GNU tar and tarfile do)."""
    unsigned = sum(block[:148]) + 8 * 0x20 + sum(block[156:])
    signed = sum(struct.unpack("148b", block[:148])) + 8 * 0x20 + sum(struct.unpack("356b", block[156:]))
    return stored in (unsigned, signed)


def _text(raw: bytes, what: str, offset: int) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ArchiveRefused(_damaged(offset, _("its {what} is not UTF-8 text").format(what=what))) from None


def _pax_records(data: bytes, offset: int) -> dict[str, str]:
    """``"<length> <key>=<value>\\n"`` records, every byte accounted for."""
    records: dict[str, str] = {}
    pos = 0
    while pos < len(data):
        space = data.find(b" ", pos, pos + 21)
        digits = data[pos:space] if space > pos else b""
        if not digits.isdigit():
            raise ArchiveRefused(_damaged(offset, _("a malformed pax record")))
        length = int(digits)
        record = data[pos : pos + length]
        if length <= len(digits) + 1 or len(record) != length or not record.endswith(b"\n"):
            raise ArchiveRefused(_damaged(offset, _("a malformed pax record")))
        key, eq, value = record[len(digits) + 1 : -1].partition(b"=")
        if not eq or not key:
            raise ArchiveRefused(_damaged(offset, _("a malformed pax record")))
        records[_text(key, _("pax key"), offset)] = _text(value, _("pax value"), offset)
        pos += length
    return records


class StrictTarReader:
    """Iterate :meth:`members`; read the current member's data with :meth:`read` before moving on.

    Unread data is skipped when the next member is asked for. When the iteration ends normally the whole
    file has been read and checked (end marker, padding, gzip CRC, nothing after the gzip member).
    """

    def __init__(self, raw: BinaryIO, max_uncompressed_bytes: int) -> None:
        self._gz = _StrictGunzip(raw, max_uncompressed_bytes)
        self._offset = 0  # of the next unread byte in the unpacked stream
        self._left = 0  # unread data bytes of the current member
        self._padding = 0

    @property
    def unpacked_bytes(self) -> int:
        return self._gz.count

    def read(self, size: int = -1) -> bytes:
        """Up to ``size`` bytes of the current member's data (all that is left when ``size`` < 0)."""
        n = self._left if size is None or size < 0 else min(size, self._left)
        data = self._gz.read(n)
        if len(data) < n:
            raise _truncated()
        self._left -= n
        self._offset += n
        return data

    def _skip_rest(self) -> None:
        while self._left:
            self.read(_CHUNK)
        if self._padding:
            if len(self._gz.read(self._padding)) < self._padding:
                raise _truncated()
            self._offset += self._padding
            self._padding = 0

    def _block(self) -> bytes | None:
        block = self._gz.read(BLOCK)
        if not block:
            return None
        if len(block) < BLOCK:
            raise _truncated()
        self._offset += BLOCK
        return block

    def _data(self, size: int, offset: int) -> bytes:
        if size > _MAX_EXTENDED_BYTES:
            raise ArchiveRefused(_damaged(offset, _("an extended header of {size} bytes").format(size=size)))
        data = self._gz.read(size + (-size % BLOCK))
        if len(data) < size + (-size % BLOCK):
            raise _truncated()
        self._offset += len(data)
        return data[:size]

    def members(self) -> Iterator[TarMember]:
        overrides: dict[str, str] = {}
        in_a_row = 0
        while True:
            self._skip_rest()
            offset = self._offset
            block = self._block()
            if block is None:
                raise ArchiveRefused(
                    _(
                        "The archive has no end-of-archive marker, so it may be cut short. Copy or export "
                        "it again."
                    )
                )
            if block == _ZERO_BLOCK:
                if overrides:
                    raise ArchiveRefused(_damaged(offset, _("an extended header with no entry after it")))
                self._end(offset)
                return
            stored = _field_number(block[148:156], _("checksum"), offset)
            if not _checksum_ok(block, stored):
                raise ArchiveRefused(_damaged(offset, _("its checksum does not match")))
            magic = block[257:265]
            if magic[:6] == _POSIX_MAGIC[:6] and magic != _POSIX_MAGIC:
                raise ArchiveRefused(_damaged(offset, _("an unknown ustar version")))
            if magic not in (_POSIX_MAGIC, _GNU_MAGIC, _V7_MAGIC):
                raise ArchiveRefused(_damaged(offset, _("an unknown header format")))
            if magic != _POSIX_MAGIC and block[345:500].strip(b"\x00"):
                # Old GNU headers keep times and sparse maps here; readers disagree on whether it is a prefix.
                raise ArchiveRefused(_damaged(offset, _("fields a plain archive leaves empty are filled")))
            kind_flag = block[156:157]
            size = _field_number(block[124:136], _("size"), offset)
            if kind_flag in (b"x", b"g", b"L", b"K"):
                in_a_row += 1
                if in_a_row > _MAX_EXTENDED_IN_A_ROW:
                    raise ArchiveRefused(_damaged(offset, _("too many extended headers in a row")))
                self._extended(kind_flag, self._data(size, offset), overrides, offset)
                continue
            in_a_row = 0
            yield self._member(block, kind_flag, size, magic, overrides, offset)
            overrides = {}

    def _extended(self, flag: bytes, data: bytes, overrides: dict[str, str], offset: int) -> None:
        if flag in (b"L", b"K"):
            value = _text(data.split(b"\x00", 1)[0], _("long name"), offset)
            overrides["path" if flag == b"L" else "linkpath"] = value
            return
        records = _pax_records(data, offset)
        if any(k.startswith("GNU.sparse") for k in records):
            raise ArchiveRefused(_damaged(offset, _("a sparse file")))
        if flag == b"g":
            if _LAYOUT_KEYS & records.keys():
                raise ArchiveRefused(_damaged(offset, _("a global header that renames or resizes entries")))
            return
        if "size" in records and not records["size"].isdigit():
            raise ArchiveRefused(_damaged(offset, _("its pax size is not a number")))
        overrides.update({k: v for k, v in records.items() if k in _LAYOUT_KEYS})

    def _member(
        self, block: bytes, flag: bytes, size: int, magic: bytes, overrides: dict[str, str], offset: int
    ) -> TarMember:
        if flag in _REFUSED_TYPES:
            raise ArchiveRefused(
                _("The archive holds {what}; model archives hold only plain files and folders.").format(
                    what=_REFUSED_TYPES[flag]()
                )
            )
        kind = _KINDS.get(flag)
        if kind is None:
            raise ArchiveRefused(
                _damaged(offset, _("an entry of unknown type {flag!r}").format(flag=flag.decode("latin-1")))
            )
        name = _text(block[:100].split(b"\x00", 1)[0], _("name"), offset)
        if magic == _POSIX_MAGIC and (prefix := block[345:500].split(b"\x00", 1)[0]):
            name = _text(prefix, _("name"), offset) + "/" + name
        name = overrides.get("path", name)
        linkname = overrides.get("linkpath", _text(block[157:257].split(b"\x00", 1)[0], _("link"), offset))
        if "size" in overrides:
            size = int(overrides["size"])
        if kind is MemberKind.FILE and name.endswith("/"):
            if size:
                raise ArchiveRefused(_damaged(offset, _("a file named like a folder that holds data")))
            kind = MemberKind.DIR
        if kind is not MemberKind.FILE and size:
            raise ArchiveRefused(_damaged(offset, _("an entry that is not a file but holds data")))
        if not name:
            raise ArchiveRefused(_damaged(offset, _("an entry without a name")))
        mode = _field_number(block[100:108], _("mode"), offset)
        self._left = size
        self._padding = -size % BLOCK
        return TarMember(name, kind, size, mode & 0o7777, linkname, offset)

    def _end(self, offset: int) -> None:
        """The first zero block is at ``offset``: the second must follow, then only zeros to the end."""
        second = self._block()
        if second != _ZERO_BLOCK:
            if second is None:
                raise ArchiveRefused(
                    _(
                        "The archive ends with half an end-of-archive marker, so it may be cut short. "
                        "Copy or export it again."
                    )
                )
            raise ArchiveRefused(
                _(
                    "The archive has a lone zero block at byte {offset} with more entries after it; some "
                    "tools stop there and others go on, so it is refused. Export the model again."
                ).format(offset=offset)
            )
        while data := self._gz.read(_CHUNK):
            if data.strip(b"\x00"):
                raise ArchiveRefused(
                    _(
                        "The archive holds more data after its end-of-archive marker; some tools would "
                        "extract it and others not, so it is refused. Export the model again."
                    )
                )
        self._gz.finish()
