"""The one check every model archive passes before it goes anywhere near the library or a car.

The car extracts archives as root without any path filtering, so an archive that reaches a car must
already be known to hold only plain files under plain relative names. The inspection reads the archive
as a stream and never extracts it: nothing is written anywhere, and the caps on archive size,
decompressed size and member count hold however the archive was built (gzip bombs stop at the cap).
It reads through :class:`~drem_desktop.models.tar_stream.StrictTarReader`, so an archive that one tar could
read differently from another (a damaged header with members after it, data after the end marker, a
second gzip member) is refused rather than read one way here and another way on the car.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from drem_desktop.i18n import _
from drem_desktop.models.metadata import MAX_METADATA_BYTES, ModelMetadata, parse_metadata
from drem_desktop.models.tar_stream import ArchiveRefused, MemberKind, StrictTarReader, TarMember

METADATA_NAME = "model_metadata.json"
OPENVINO_NAMES = frozenset({"agent/model.xml", "agent/model.bin", "agent/model.mapping"})
_NAME_ALLOWED = re.compile(r"[^A-Za-z0-9_-]")
_DRIVE = re.compile(r"^[A-Za-z]:")
MAX_NAME_LENGTH = 64
_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class ArchiveLimits:
    """Caps that bound the work and disk an archive may cost; real models are far below them."""

    max_archive_bytes: int = 400 * 1024 * 1024
    max_uncompressed_bytes: int = 1024 * 1024 * 1024
    max_members: int = 500


DEFAULT_LIMITS = ArchiveLimits()


@dataclass(frozen=True, slots=True)
class ModelVerdict:
    """What the inspection found: accepted or not, and why in words a racer understands."""

    file_name: str
    name: str
    accepted: bool
    reasons: tuple[str, ...] = ()
    md5: str | None = None
    pb_member: str | None = None
    metadata: ModelMetadata | None = field(default=None, compare=False)
    archive_bytes: int = 0
    uncompressed_bytes: int = 0
    has_openvino: bool = False
    members: tuple[str, ...] = field(default=(), compare=False)
    """Every entry's stored name, in archive order: what any tar lists for this archive."""

    def summary(self) -> str:
        """One sentence for a list row or an upload page."""
        if self.accepted:
            assert self.metadata is not None
            return _("{name}: ready ({sensors}, {space} action space, {algorithm}).").format(
                name=self.name,
                sensors=", ".join(self.metadata.sensors),
                space=self.metadata.action_space_type,
                algorithm=self.metadata.training_algorithm,
            )
        return _("{file}: refused. {reasons}").format(file=self.file_name, reasons=" ".join(self.reasons))

    def to_dict(self) -> dict[str, object]:
        meta = self.metadata
        return {
            "file_name": self.file_name,
            "name": self.name,
            "accepted": self.accepted,
            "reasons": list(self.reasons),
            "summary": self.summary(),
            "md5": self.md5,
            "size_bytes": self.archive_bytes,
            "sensors": list(meta.sensors) if meta else [],
            "action_space_type": meta.action_space_type if meta else None,
            "training_algorithm": meta.training_algorithm if meta else None,
        }


def sanitize_model_name(file_name: str) -> str:
    """The folder name the car will use: cut at the first dot, spaces to ``_``, only ``[A-Za-z0-9_-]``.

    Leading dashes go too, so the name can never be read as an option by a command on the car.
    """
    base = re.split(r"[\\/]", file_name)[-1]
    base = base.split(".", 1)[0].replace(" ", "_")
    clean = _NAME_ALLOWED.sub("", base).lstrip("-")[:MAX_NAME_LENGTH]
    return clean or "model"


def _member_problem(member: TarMember) -> str | None:
    """Why this member could hurt the car or the laptop when extracted, or None when it is harmless."""
    name = member.name
    shown = name[:120]
    if any(ord(c) < 0x20 for c in name):
        return _("The entry {name!r} has control characters in its name.").format(name=shown)
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        return _("The entry {name!r} has an absolute path; it would unpack outside the model folder.").format(
            name=shown
        )
    if "\\" in name:
        return _("The entry {name!r} uses backslashes in its path.").format(name=shown)
    if ".." in name.split("/"):
        return _("The entry {name!r} climbs out of the model folder with '..'.").format(name=shown)
    if member.kind in (MemberKind.SYMLINK, MemberKind.HARDLINK):
        return _("The entry {name!r} is a link; model archives hold only plain files.").format(name=shown)
    if member.kind in (MemberKind.CHAR_DEVICE, MemberKind.BLOCK_DEVICE):
        return _("The entry {name!r} is a device file.").format(name=shown)
    if member.kind is MemberKind.FIFO:
        return _("The entry {name!r} is a named pipe (FIFO).").format(name=shown)
    if member.mode & (stat.S_ISUID | stat.S_ISGID):
        return _("The entry {name!r} asks to run with raised privileges (setuid/setgid).").format(name=shown)
    return None


def _read_member(reader: StrictTarReader, limit: int | None) -> tuple[bytes, str]:
    """The member's first ``limit`` bytes (all of them when None is given) and the MD5 of the whole."""
    digest = hashlib.md5(usedforsecurity=False)
    kept = bytearray()
    while chunk := reader.read(_CHUNK):
        digest.update(chunk)
        if limit is None or len(kept) <= limit:
            kept += chunk
    return bytes(kept), digest.hexdigest()


def member_path(member: TarMember) -> str:
    """The member's path as it lands on disk (``./a//b/`` is ``a/b``; the archive root is ``""``)."""
    path = posixpath.normpath(member.name)
    return "" if path == "." else path


def checked_members(reader: StrictTarReader, limits: ArchiveLimits = DEFAULT_LIMITS) -> Iterator[TarMember]:
    """The reader's members, each one refused (``ArchiveRefused``) unless it is safe to extract anywhere.

    Shared by the inspection and by the copy that goes to a car, so both apply the same rules.
    """
    seen: set[str] = set()
    for count, member in enumerate(reader.members(), start=1):
        if count > limits.max_members:
            raise ArchiveRefused(
                _("It holds more than {limit} entries; a model archive holds a handful.").format(
                    limit=limits.max_members
                )
            )
        problem = _member_problem(member)
        if problem:
            raise ArchiveRefused(problem)
        path = member_path(member)
        if path in seen and not member.isdir():
            raise ArchiveRefused(
                _(
                    "The entry {name!r} appears twice; the second copy would silently replace the first."
                ).format(name=path[:120])
            )
        seen.add(path)
        yield member


def inspect_stream(
    stream: BinaryIO, file_name: str, archive_bytes: int, limits: ArchiveLimits = DEFAULT_LIMITS
) -> ModelVerdict:
    """Inspect an archive read from ``stream`` (positioned at its start); see :func:`inspect_archive`."""
    name = sanitize_model_name(file_name)

    def refused(*reasons: str, md5: str | None = None, unpacked: int = 0) -> ModelVerdict:
        return ModelVerdict(
            file_name=file_name,
            name=name,
            accepted=False,
            reasons=tuple(reasons),
            md5=md5,
            archive_bytes=archive_bytes,
            uncompressed_bytes=unpacked,
        )

    if archive_bytes == 0:
        return refused(_("The file is empty."))
    if archive_bytes > limits.max_archive_bytes:
        return refused(
            _("The file is {size} MB; the limit is {limit} MB.").format(
                size=archive_bytes // (1024 * 1024), limit=limits.max_archive_bytes // (1024 * 1024)
            )
        )
    if stream.read(2) != b"\x1f\x8b":
        return refused(
            _(
                "This is not a .tar.gz file (no gzip header). Upload the model archive as exported from "
                "the DeepRacer console or training tool."
            )
        )
    stream.seek(0)

    reader = StrictTarReader(stream, limits.max_uncompressed_bytes)
    pbs: list[tuple[str, str, int]] = []
    metadata_bytes: bytes | None = None
    has_openvino = False
    members: list[str] = []
    try:
        for member in checked_members(reader, limits):
            members.append(member.name)
            if not member.isreg():
                continue
            path = member_path(member)
            if path in OPENVINO_NAMES:
                has_openvino = True
            if path.endswith(".pb"):
                _data, pb_md5 = _read_member(reader, 0)
                pbs.append((path, pb_md5, member.size))
            elif path == METADATA_NAME:
                metadata_bytes, _md5 = _read_member(reader, MAX_METADATA_BYTES)
    except ArchiveRefused as exc:
        return refused(str(exc), unpacked=reader.unpacked_bytes)
    except OSError as exc:
        return refused(_("The archive could not be read ({error}). Copy it again.").format(error=exc))
    if not members:
        return refused(_("The gzip data holds an empty tar archive: no model in it."))

    reasons: list[str] = []
    if not pbs:
        reasons.append(
            _("It holds no model (.pb) file; the car needs exactly one (normally agent/model.pb).")
        )
    elif len(pbs) > 1:
        reasons.append(
            _("It holds {count} .pb files ({names}); the car needs exactly one.").format(
                count=len(pbs), names=", ".join(p for p, _m, _s in pbs[:5])
            )
        )
    elif pbs[0][2] == 0:
        reasons.append(_("The model file {name} is empty.").format(name=pbs[0][0]))
    metadata = None
    if metadata_bytes is None:
        reasons.append(_("model_metadata.json is missing at the top of the archive."))
    else:
        metadata, problems = parse_metadata(metadata_bytes)
        reasons.extend(problems)
    md5 = pbs[0][1] if len(pbs) == 1 else None
    if reasons:
        return refused(*reasons, md5=md5, unpacked=reader.unpacked_bytes)
    return ModelVerdict(
        file_name=file_name,
        name=name,
        accepted=True,
        md5=md5,
        pb_member=pbs[0][0],
        metadata=metadata,
        archive_bytes=archive_bytes,
        uncompressed_bytes=reader.unpacked_bytes,
        has_openvino=has_openvino,
        members=tuple(members),
    )


def inspect_archive(
    path: Path, file_name: str | None = None, limits: ArchiveLimits = DEFAULT_LIMITS
) -> ModelVerdict:
    """Inspect the archive at ``path`` without extracting it; ``file_name`` is the name the racer gave."""
    shown = file_name or path.name
    try:
        with path.open("rb") as f:
            size = path.stat().st_size
            return inspect_stream(f, shown, size, limits)
    except OSError as exc:
        return ModelVerdict(
            file_name=shown,
            name=sanitize_model_name(shown),
            accepted=False,
            reasons=(_("The file could not be opened ({error}).").format(error=exc.strerror or exc),),
        )
