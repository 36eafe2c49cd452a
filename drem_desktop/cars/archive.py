"""Turn a racer's model archive into what goes onto a car, after the one model check has accepted it.

The car's own loader extracts archives without any path filtering, so every archive first passes
:func:`drem_desktop.models.archive.inspect_archive`, the same check the library and the upload page use.
What travels over SSH is a fresh, uncompressed tar that we build ourselves under fixed names: only the
files the car uses (``agent/model.pb``, the optional OpenVINO files, ``model_metadata.json``), so
checkpoints never cross the Wi-Fi and the car spends no CPU on gunzip.
"""

from __future__ import annotations

import hashlib
import tarfile
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO

from drem_desktop.cars.errors import BadArchive
from drem_desktop.i18n import _
from drem_desktop.models.archive import METADATA_NAME, inspect_archive

OPENVINO = ("model.xml", "model.bin", "model.mapping")
COMPLETE_MARK = ".drem-complete"


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


def prepare_model(archive: Path, work_dir: Path | None = None, name: str | None = None) -> PreparedModel:
    """Check ``archive`` and build the payload tar; raises BadArchive with a plain-words reason."""
    archive = Path(archive)
    verdict = inspect_archive(archive, name or archive.name)
    if not verdict.accepted:
        raise BadArchive(verdict.summary())
    again = _("{file} could not be read again after the check ({error}); copy it again and retry.")
    try:
        src = tarfile.open(archive, mode="r|*")  # noqa: SIM115 (closed by the with below)
    except (tarfile.TarError, OSError) as exc:
        raise BadArchive(again.format(file=verdict.file_name, error=exc)) from exc
    with src:
        work = Path(work_dir or tempfile.gettempdir())
        work.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f"drem-{verdict.name}-", suffix=".tar", dir=work)
        payload = Path(tmp_name)
        try:
            with open(fd, "wb") as raw, tarfile.open(fileobj=raw, mode="w|", format=tarfile.PAX_FORMAT) as o:
                graphs, metadata, md5 = _copy_what_the_car_uses(src, o)
        except (tarfile.TarError, EOFError, zlib.error) as exc:
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


def _copy_what_the_car_uses(src: tarfile.TarFile, out: tarfile.TarFile) -> tuple[int, bool, str]:
    """Copy model.pb, metadata and OpenVINO files; returns (.pb files seen, metadata seen, MD5 of the .pb).

    The verdict vouched for every member, and the payload copies plain files only under names chosen
    here, so even an archive swapped after the check cannot place a file outside the model folder.
    """
    digest = hashlib.md5(usedforsecurity=False)
    graphs = 0
    metadata = False
    for member in src:
        if not member.isfile():
            continue
        rel = PurePosixPath(member.name)
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
        info.mtime = int(member.mtime)
        fobj = src.extractfile(member)
        assert fobj is not None
        out.addfile(info, _Hashing(fobj, digest if target == "agent/model.pb" else None))
    # Last member: the car installs nothing unless the stream arrived to its very end.
    done = tarfile.TarInfo(COMPLETE_MARK)
    done.size = 0
    done.mode = 0o644
    out.addfile(done)
    return graphs, metadata, digest.hexdigest()


class _Hashing:
    """A read-only file wrapper that feeds what it reads into a digest."""

    def __init__(self, inner: IO[bytes], digest: hashlib._Hash | None) -> None:
        self._inner = inner
        self._digest = digest

    def read(self, size: int = -1) -> bytes:
        data = self._inner.read(size)
        if self._digest is not None:
            self._digest.update(data)
        return data
