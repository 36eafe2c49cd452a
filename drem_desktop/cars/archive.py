"""Turn a racer's model archive into what goes onto a car, after the one model check has accepted it.

The car's own loader extracts archives without any path filtering, so every archive first passes
:func:`drem_desktop.models.archive.inspect_archive`, the same check the library and the upload page use.
What travels to a car is never the racer's file: it is a fresh archive that we build ourselves from the
members the strict reader vouched for, under fixed names: only the files the car uses (``agent/model.pb``,
the optional OpenVINO files, ``model_metadata.json``), so checkpoints never cross the Wi-Fi. Over SSH it is
an uncompressed tar (the car spends no CPU on gunzip); for the web console a ``.tar.gz``.
"""

from __future__ import annotations

import gzip
import hashlib
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, cast

from drem_desktop.cars.errors import BadArchive
from drem_desktop.i18n import _
from drem_desktop.models.archive import (
    DEFAULT_LIMITS,
    METADATA_NAME,
    checked_members,
    inspect_archive,
    member_path,
)
from drem_desktop.models.tar_stream import ArchiveRefused, StrictTarReader

OPENVINO = ("model.xml", "model.bin", "model.mapping")
COMPLETE_MARK = ".drem-complete"
_MTIME = 1_577_836_800  # fixed: the same model always makes the same payload bytes


@dataclass(frozen=True)
class PreparedModel:
    name: str
    md5: str
    """MD5 of model.pb: the model's identity, and what the car's checksum.txt must say."""
    payload: Path
    payload_size: int
    source: Path

    def remove(self) -> None:
        self.payload.unlink(missing_ok=True)


def prepare_model(
    archive: Path, work_dir: Path | None = None, name: str | None = None, *, for_console: bool = False
) -> PreparedModel:
    """Check ``archive`` and build what goes to the car; raises BadArchive with a plain-words reason.

    Over SSH the payload is an uncompressed tar ending in :data:`COMPLETE_MARK`; for the web console it is
    a ``.tar.gz`` laid out like the racer's (the console only takes that). Either way it is built from the
    members the strict reader vouched for, never the racer's bytes.
    """
    archive = Path(archive)
    verdict = inspect_archive(archive, name or archive.name)
    if not verdict.accepted:
        raise BadArchive(verdict.summary())
    again = _("{file} could not be read again after the check ({error}); copy it again and retry.")
    work = Path(work_dir or tempfile.gettempdir())
    work.mkdir(parents=True, exist_ok=True)
    suffix = ".tar.gz" if for_console else ".tar"
    fd, tmp_name = tempfile.mkstemp(prefix=f"drem-{verdict.name}-", suffix=suffix, dir=work)
    payload = Path(tmp_name)
    try:
        with archive.open("rb") as src, open(fd, "wb") as raw:
            reader = StrictTarReader(src, DEFAULT_LIMITS.max_uncompressed_bytes)
            if for_console:
                with gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=1, mtime=0) as gz:
                    graphs, metadata, md5 = _copy(reader, cast(IO[bytes], gz), complete_mark=False)
            else:
                graphs, metadata, md5 = _copy(reader, raw, complete_mark=True)
    except (ArchiveRefused, OSError) as exc:
        payload.unlink(missing_ok=True)
        raise BadArchive(again.format(file=verdict.file_name, error=exc)) from exc
    except BaseException:
        payload.unlink(missing_ok=True)
        raise
    if graphs != 1 or not metadata or md5 != verdict.md5:
        payload.unlink(missing_ok=True)
        raise BadArchive(
            _(
                "{file} changed while it was being prepared for the car; wait until it is fully copied, "
                "then load it again."
            ).format(file=verdict.file_name)
        )
    return PreparedModel(verdict.name, md5, payload, payload.stat().st_size, archive)


def _copy(reader: StrictTarReader, sink: IO[bytes], *, complete_mark: bool) -> tuple[int, bool, str]:
    """Copy model.pb, metadata and OpenVINO files; returns (.pb files seen, metadata seen, MD5 of the .pb).

    The same member rules as the check run again on this read (the file may have been swapped since), and
    the copy holds plain files only, under names chosen here, so nothing can land outside the model folder.
    """
    digest = hashlib.md5(usedforsecurity=False)
    graphs = 0
    metadata = False
    with tarfile.open(fileobj=sink, mode="w|", format=tarfile.USTAR_FORMAT) as out:
        for member in checked_members(reader):
            if not member.isreg():
                continue
            rel = PurePosixPath(member_path(member))
            target: str | None = None
            if rel.suffix == ".pb":
                graphs += 1
                target = "agent/model.pb"
            elif str(rel) == METADATA_NAME:
                metadata = True
                target = METADATA_NAME
            elif rel.name in OPENVINO and len(rel.parts) <= 2:
                target = f"agent/{rel.name}"
            if target is None or graphs > 1:
                continue
            info = tarfile.TarInfo(target)
            info.size = member.size
            info.mode = 0o644
            info.mtime = _MTIME
            out.addfile(info, _Hashing(reader, digest if target == "agent/model.pb" else None))
        if complete_mark:
            # Last member: the car installs nothing unless the stream arrived to its very end.
            done = tarfile.TarInfo(COMPLETE_MARK)
            done.size = 0
            done.mode = 0o644
            done.mtime = _MTIME
            out.addfile(done)
    return graphs, metadata, digest.hexdigest()


class _Hashing:
    """A read-only file wrapper that feeds what it reads into a digest."""

    def __init__(self, inner: StrictTarReader, digest: hashlib._Hash | None) -> None:
        self._inner = inner
        self._digest = digest

    def read(self, size: int = -1) -> bytes:
        data = self._inner.read(size)
        if self._digest is not None:
            self._digest.update(data)
        return data
