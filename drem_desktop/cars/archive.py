"""Turn a racer's model archive into what goes onto a car, checked on the laptop first.

The car's own loader extracts archives without any path filtering, so the laptop rejects unsafe members
(absolute paths, ``..``, links, devices) and archives with zero or several ``.pb`` files. What travels over
SSH is a fresh, uncompressed tar that we build ourselves from the checked members: only the files the car
uses (``agent/model.pb``, the optional OpenVINO files, ``model_metadata.json``), so checkpoints never cross
the Wi-Fi and the car spends no CPU on gunzip.
"""

from __future__ import annotations

import hashlib
import re
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO

from drem_desktop.cars.errors import BadArchive
from drem_desktop.i18n import _

OPENVINO = ("model.xml", "model.bin", "model.mapping")
COMPLETE_MARK = ".drem-complete"
_NAME_OK = re.compile(r"[^A-Za-z0-9_-]")


def model_folder_name(filename: str) -> str:
    """The car's folder name: file name cut at the first dot, spaces to ``_``, only ``[A-Za-z0-9_-]``."""
    stem = PurePosixPath(filename.replace("\\", "/")).name.split(".", 1)[0].replace(" ", "_")
    name = _NAME_OK.sub("_", stem)
    if not name.strip("_-"):
        raise BadArchive(_("The model file name {name!r} has no usable letters or digits; rename it.").format(
            name=filename))
    return name


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


def _check_member(member: tarfile.TarInfo) -> PurePosixPath:
    path = PurePosixPath(member.name)
    if member.name.startswith(("/", "\\")) or ".." in path.parts or re.match(r"^[A-Za-z]:", member.name):
        raise BadArchive(_("The archive contains an unsafe path {name!r}; it was not loaded.").format(
            name=member.name))
    if not (member.isfile() or member.isdir()):
        raise BadArchive(_("The archive contains a link or device {name!r}; it was not loaded.").format(
            name=member.name))
    return path


def prepare_model(archive: Path, work_dir: Path | None = None, name: str | None = None) -> PreparedModel:
    """Check ``archive`` and build the payload tar; raises BadArchive with a plain-words reason."""
    archive = Path(archive)
    folder = model_folder_name(name or archive.name)
    work = Path(work_dir or tempfile.gettempdir())
    work.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f"drem-{folder}-", suffix=".tar", dir=work)
    payload = Path(tmp_name)
    digest = hashlib.md5(usedforsecurity=False)
    pb_seen: list[str] = []
    metadata = False
    try:
        with open(fd, "wb") as raw, tarfile.open(fileobj=raw, mode="w|", format=tarfile.PAX_FORMAT) as out:
            try:
                src = tarfile.open(archive, mode="r|*")  # noqa: SIM115 (closed by the with below)
            except (tarfile.TarError, OSError) as exc:
                raise BadArchive(_("{file} is not a readable .tar.gz model archive ({error}).").format(
                    file=archive.name, error=exc)) from exc
            with src:
                for member in src:
                    rel = _check_member(member)
                    if not member.isfile():
                        continue
                    target: str | None = None
                    if rel.suffix == ".pb":
                        pb_seen.append(member.name)
                        target = "agent/model.pb"
                    elif str(rel) == "model_metadata.json":
                        metadata = True
                        target = "model_metadata.json"
                    elif rel.name in OPENVINO and len(rel.parts) <= 2:
                        target = f"agent/{rel.name}"
                    if target is None or len(pb_seen) > 1:
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
    except tarfile.TarError as exc:
        payload.unlink(missing_ok=True)
        raise BadArchive(_("{file} is damaged ({error}); ask the racer for a fresh copy.").format(
            file=archive.name, error=exc)) from exc
    except BaseException:
        payload.unlink(missing_ok=True)
        raise
    problem = None
    if not pb_seen:
        problem = _("{file} holds no model.pb (TensorFlow frozen graph).")
    elif len(pb_seen) > 1:
        problem = _("{file} holds several .pb files; the car accepts exactly one.")
    elif not metadata:
        problem = _("{file} has no model_metadata.json at its root.")
    if problem:
        payload.unlink(missing_ok=True)
        raise BadArchive(problem.format(file=archive.name))
    return PreparedModel(folder, digest.hexdigest(), payload, payload.stat().st_size, archive)


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
