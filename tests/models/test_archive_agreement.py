"""The model check and the car's GNU tar read every archive the same way, or the check refuses it.

The crafted archives are written block by block (tests/models/tar_bytes.py). For each one the test first
shows, with the real GNU tar on this machine, that the trick works on a car (GNU tar extracts members that
Python's streaming tarfile never shows), then that the check refuses it. Archives made by GNU tar itself in
every format it writes, and by Python's tarfile, are accepted, and the check lists exactly the members
GNU tar lists.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tarfile
from collections.abc import Callable
from pathlib import Path

import pytest

from drem_desktop.models.archive import inspect_archive
from drem_desktop.models.sample import DISCRETE_METADATA

from .tar_bytes import END, GNU, gz, header, member, pax

META = json.dumps(DISCRETE_METADATA).encode()
GOOD = member("model_metadata.json", META) + member("agent/model.pb", b"GOOD" * 64)
EVIL = (
    member("evil_link", kind=b"2", linkname="/etc/cron.d")
    + member("agent/run", b"#!/bin/sh\n", mode=0o4755)
    + member("other/model.pb", b"EVIL" * 64)
)
GARBAGE = bytes(range(256)) * 2  # a 512-byte block that is no header at all


def _gnu_tar() -> str:
    tar = shutil.which("tar")
    assert tar, "GNU tar (Debian package tar) is needed: it is what the car runs"
    version = subprocess.run([tar, "--version"], capture_output=True, text=True, check=True).stdout
    assert "GNU tar" in version, version
    return tar


def gnu_list(path: Path) -> tuple[list[str], int, str]:
    """What GNU tar sees in ``path``: member names, exit status, warnings."""
    done = subprocess.run(
        [_gnu_tar(), "--quoting-style=literal", "-tzf", str(path)], capture_output=True, text=True
    )
    return [n for n in done.stdout.split("\n") if n], done.returncode, done.stderr


def python_stream_list(path: Path) -> list[str]:
    """What Python's streaming tarfile (the check before this fix) sees."""
    with tarfile.open(path, "r|gz") as tf:
        return [m.name for m in tf]


CRAFTED: dict[str, tuple[bytes, str]] = {
    # name: (file bytes, words the refusal must contain)
    "damaged header, then members": (gz(GOOD + GARBAGE + EVIL + END), "is not valid"),
    "header with a wrong checksum, then members": (
        gz(GOOD + header("x", checksum_delta=1) + EVIL + END),
        "checksum does not match",
    ),
    "lone zero block, then members": (gz(GOOD + bytes(512) + EVIL + END), "lone zero block"),
    "members after the end marker": (gz(GOOD + END + EVIL + END), "after its end-of-archive marker"),
    "second gzip member (first without end marker)": (gz(GOOD) + gz(EVIL + END), "second gzip stream"),
    "second gzip member (first complete)": (gz(GOOD + END) + gz(EVIL + END), "second gzip stream"),
    "bytes after the gzip member": (gz(GOOD + END) + b"appended", "second gzip stream"),
    "no end marker": (gz(GOOD), "no end-of-archive marker"),
    "half an end marker": (gz(GOOD + bytes(512)), "half an end-of-archive marker"),
    "GNU header with a filled prefix area": (
        gz(
            member("model_metadata.json", META)
            + member("model.pb", b"GOOD" * 64, magic=GNU, prefix=b"agent/../..")
            + END
        ),
        "fields a plain archive leaves empty are filled",
    ),
    "pax size that disagrees with the data": (  # the size swallows a header: its data is read as one
        gz(GOOD + pax({"size": "1024"}) + member("agent/extra", b"x" * 10) + member("b.pb", b"EVIL") + END),
        "is not valid",
    ),
    "sparse file": (gz(GOOD + member("agent/sparse", b"", kind=b"S") + END), "sparse file"),
    "extended header without an entry": (gz(GOOD + pax({"path": "agent/x"}) + END), "no entry after it"),
}


@pytest.mark.parametrize("case", sorted(CRAFTED))
def test_archive_tools_could_read_differently_is_refused(case: str, tmp_path: Path) -> None:
    data, words = CRAFTED[case]
    archive = tmp_path / "model.tar.gz"
    archive.write_bytes(data)
    verdict = inspect_archive(archive)
    assert not verdict.accepted, f"{case}: accepted, GNU tar sees {gnu_list(archive)}"
    assert any(words in r for r in verdict.reasons), verdict.reasons
    assert verdict.md5 is None and verdict.metadata is None


def test_the_tricks_are_real_on_gnu_tar(tmp_path: Path) -> None:
    """Why the rule exists: GNU tar extracts what Python's streaming tarfile silently never read."""
    for case in ("damaged header, then members", "second gzip member (first without end marker)"):
        archive = tmp_path / "model.tar.gz"
        archive.write_bytes(CRAFTED[case][0])
        names, _rc, _warnings = gnu_list(archive)
        assert "other/model.pb" in names and "evil_link" in names, (case, names)
        assert python_stream_list(archive) == ["model_metadata.json", "agent/model.pb"], case
        target = tmp_path / "car"
        target.mkdir()
        subprocess.run([_gnu_tar(), "-xzf", str(archive), "-C", str(target)], capture_output=True)
        assert (target / "other" / "model.pb").read_bytes() == b"EVIL" * 64, case
        assert (target / "agent" / "run").stat().st_mode & 0o4000, case
        shutil.rmtree(target)


LONG = "agent/" + "deeply-nested-folder/" * 6 + "model_checkpoint_with_a_very_long_name.data-00000-of-00001"


def _tree(root: Path, long_name: bool = True) -> list[str]:
    """Files laid out like a console export, with a folder, a long name and a non-ASCII name."""
    (root / "agent").mkdir(parents=True)
    (root / "model_metadata.json").write_bytes(META)
    (root / "agent" / "model.pb").write_bytes(os.urandom(4096))
    (root / "agent" / "model.bin").write_bytes(b"openvino")
    if long_name:
        long = root / LONG
        long.parent.mkdir(parents=True)
        long.write_bytes(b"checkpoint")
    (root / "notes-übung.txt").write_text("trained on re:Invent 2018")
    return ["model_metadata.json", "agent", "notes-übung.txt"]


def _gnu_tar_build(fmt: str) -> Callable[[Path, Path], None]:
    def build(src: Path, out: Path) -> None:
        names = _tree(src, long_name=fmt != "v7")  # v7 headers hold 100 characters of path
        subprocess.run(
            [_gnu_tar(), f"--format={fmt}", "-czf", str(out), "-C", str(src), *names],
            check=True,
            capture_output=True,
        )

    return build


def _python_build(fmt: int) -> Callable[[Path, Path], None]:
    def build(src: Path, out: Path) -> None:
        names = _tree(src)
        with tarfile.open(out, "w:gz", format=fmt) as tf:
            for name in names:
                tf.add(src / name, arcname=name)

    return build


BUILDERS: dict[str, Callable[[Path, Path], None]] = {
    "GNU tar, gnu format": _gnu_tar_build("gnu"),
    "GNU tar, posix (pax) format": _gnu_tar_build("posix"),
    "GNU tar, oldgnu format": _gnu_tar_build("oldgnu"),
    "GNU tar, ustar format": _gnu_tar_build("ustar"),
    "GNU tar, v7 format": _gnu_tar_build("v7"),
    "Python tarfile, pax": _python_build(tarfile.PAX_FORMAT),
    "Python tarfile, gnu": _python_build(tarfile.GNU_FORMAT),
}


@pytest.mark.parametrize("builder", sorted(BUILDERS))
def test_well_formed_archives_are_accepted_and_listed_as_gnu_tar_lists_them(
    builder: str, tmp_path: Path
) -> None:
    archive = tmp_path / "model.tar.gz"
    BUILDERS[builder](tmp_path / "src", archive)
    names, rc, warnings = gnu_list(archive)
    assert rc == 0 and warnings == "", warnings
    verdict = inspect_archive(archive)
    assert verdict.accepted, verdict.reasons
    assert list(verdict.members) == names
    assert verdict.has_openvino


def test_padding_after_the_archive_is_fine(tmp_path: Path) -> None:
    """Zero padding after the end marker (tar records) and after the gzip member (tapes) is not data."""
    archive = tmp_path / "model.tar.gz"
    archive.write_bytes(gz(GOOD + END + bytes(9216)) + bytes(300))
    names, rc, warnings = gnu_list(archive)
    assert rc == 0 and warnings == "" and names == ["model_metadata.json", "agent/model.pb"]
    verdict = inspect_archive(archive)
    assert verdict.accepted, verdict.reasons
    assert list(verdict.members) == names


def test_sample_models_pass_and_list_as_gnu_tar_lists_them(tmp_path: Path) -> None:
    from drem_desktop.models.sample import CONTINUOUS_METADATA, write_sample_model

    for i, metadata in enumerate((DISCRETE_METADATA, CONTINUOUS_METADATA)):
        sample = write_sample_model(tmp_path / f"sample{i}.tar.gz", metadata=metadata, pb_size=300_000)
        verdict = inspect_archive(sample)
        assert verdict.accepted, verdict.reasons
        assert list(verdict.members) == gnu_list(sample)[0] == ["model_metadata.json", "agent/model.pb"]
