"""A corpus of hostile and broken archives, built here, that the one validator must all refuse.

Each case is written to a fresh folder; after inspection the test checks the reason is in plain words
and that inspecting wrote nothing at all (the validator never extracts).
"""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import tarfile
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from drem_desktop.bus import Bus
from drem_desktop.models.archive import ArchiveLimits, inspect_archive
from drem_desktop.models.library import ModelLibrary
from drem_desktop.models.sample import DISCRETE_METADATA, add_bytes
from drem_desktop.store.db import Database
from drem_desktop.store.models_repo import ModelRepository
from drem_desktop.store.racers_repo import RacerRepository

META = json.dumps(DISCRETE_METADATA).encode()
PB = b"weights" * 100


def _tar(path: Path, build: Callable[[tarfile.TarFile], None], fmt: int = tarfile.PAX_FORMAT) -> None:
    with tarfile.open(path, "w:gz", format=fmt) as tf:
        build(tf)


def _special(tf: tarfile.TarFile, name: str, kind: bytes, **attrs: object) -> None:
    info = tarfile.TarInfo(name)
    info.type = kind
    for k, v in attrs.items():
        setattr(info, k, v)
    tf.addfile(info)


def _good_with(*extra: tuple[str, bytes]) -> Callable[[tarfile.TarFile], None]:
    def build(tf: tarfile.TarFile) -> None:
        add_bytes(tf, "model_metadata.json", META)
        add_bytes(tf, "agent/model.pb", PB)
        for name, data in extra:
            add_bytes(tf, name, data)

    return build


def _meta(doc: object) -> Callable[[tarfile.TarFile], None]:
    def build(tf: tarfile.TarFile) -> None:
        add_bytes(tf, "model_metadata.json", doc if isinstance(doc, bytes) else json.dumps(doc).encode())
        add_bytes(tf, "agent/model.pb", PB)

    return build


def _meta_change(**changes: object) -> Callable[[tarfile.TarFile], None]:
    doc = dict(DISCRETE_METADATA)
    doc.update(changes)
    return _meta(doc)


def _good_bytes() -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        _good_with(("agent/checkpoint", random.Random(3).randbytes(50_000)))(tf)
    return buf.getvalue()


def _raw(data: bytes) -> Callable[[Path], None]:
    return lambda p: p.write_bytes(data)


def _tarred(
    build: Callable[[tarfile.TarFile], None], fmt: int = tarfile.PAX_FORMAT
) -> Callable[[Path], None]:
    return lambda p: _tar(p, build, fmt)


def _bomb(p: Path) -> None:
    """A few kilobytes that unpack to 64 MB of zeros (the test's cap is 8 MB)."""
    with gzip.open(p, "wb", compresslevel=9) as gz, tarfile.open(fileobj=gz, mode="w|") as tf:
        add_bytes(tf, "model_metadata.json", META)
        info = tarfile.TarInfo("agent/model.pb")
        info.size = 64 * 1024 * 1024

        class Zeros(io.RawIOBase):
            left = info.size

            def readable(self) -> bool:
                return True

            def readinto(self, b: memoryview) -> int:  # type: ignore[override]
                n = min(len(b), self.left)
                b[:n] = bytes(n)
                self.left -= n
                return n

        tf.addfile(info, io.BufferedReader(Zeros()))


def _many_members(p: Path) -> None:
    def build(tf: tarfile.TarFile) -> None:
        _good_with()(tf)
        for i in range(60):
            add_bytes(tf, f"agent/junk{i}", b"")

    _tar(p, build)


def _flip_middle(p: Path) -> None:
    data = bytearray(_good_bytes())
    mid = len(data) // 2
    data[mid : mid + 64] = bytes(b ^ 0xFF for b in data[mid : mid + 64])
    p.write_bytes(bytes(data))


def _plain_tar(p: Path) -> None:
    with tarfile.open(p, "w") as tf:
        _good_with()(tf)


def _gzip_of_text(p: Path) -> None:
    p.write_bytes(gzip.compress(b"this is not a tar archive at all\n" * 100))


def _duplicate_metadata(tf: tarfile.TarFile) -> None:
    _good_with()(tf)
    add_bytes(tf, "./model_metadata.json", json.dumps({"action_space": []}).encode())


def _oversized(p: Path) -> None:
    _tar(p, _good_with(("agent/model.data", os.urandom(2 * 1024 * 1024))))


CASES: dict[str, tuple[Callable[[Path], None], str]] = {
    "absolute path": (_tarred(_good_with(("/etc/cron.d/evil", b"x"))), "absolute path"),
    "dot-dot": (_tarred(_good_with(("../../evil.sh", b"x"))), "'..'"),
    "dot-dot inside": (_tarred(_good_with(("agent/../../evil", b"x"))), "'..'"),
    "windows drive": (_tarred(_good_with(("C:/Windows/evil.dll", b"x"))), "absolute path"),
    "backslashes": (_tarred(_good_with(("..\\..\\evil.bat", b"x"))), "backslashes"),
    "symlink": (
        _tarred(lambda tf: (_good_with()(tf), _special(tf, "agent/link", tarfile.SYMTYPE, linkname="/etc"))),
        "link",
    ),
    "hardlink": (
        _tarred(lambda tf: (_good_with()(tf), _special(tf, "hard", tarfile.LNKTYPE, linkname="/etc/shadow"))),
        "link",
    ),
    "char device": (
        _tarred(
            lambda tf: (_good_with()(tf), _special(tf, "dev/mem", tarfile.CHRTYPE, devmajor=1, devminor=1))
        ),
        "device",
    ),
    "block device": (
        _tarred(lambda tf: (_good_with()(tf), _special(tf, "sda", tarfile.BLKTYPE, devmajor=8, devminor=0))),
        "device",
    ),
    "fifo": (_tarred(lambda tf: (_good_with()(tf), _special(tf, "pipe", tarfile.FIFOTYPE))), "FIFO"),
    "setuid": (
        _tarred(lambda tf: (_good_with()(tf), add_bytes(tf, "agent/run", b"#!/bin/sh", mode=0o4755))),
        "setuid",
    ),
    "control chars in name": (_tarred(_good_with(("agent/\x1b[2Jx", b"x"))), "control characters"),
    "no pb": (_tarred(lambda tf: add_bytes(tf, "model_metadata.json", META)), "no model (.pb)"),
    "two pb": (_tarred(_good_with(("agent/other.pb", b"more"))), "2 .pb files"),
    "empty pb": (
        _tarred(
            lambda tf: (add_bytes(tf, "model_metadata.json", META), add_bytes(tf, "agent/model.pb", b""))
        ),
        "is empty",
    ),
    "no metadata": (
        _tarred(lambda tf: add_bytes(tf, "agent/model.pb", PB)),
        "model_metadata.json is missing",
    ),
    "metadata only in a subfolder": (
        _tarred(lambda tf: (add_bytes(tf, "agent/model_metadata.json", META), add_bytes(tf, "model.pb", PB))),
        "model_metadata.json is missing",
    ),
    "duplicate metadata": (_tarred(_duplicate_metadata), "appears twice"),
    "metadata not json": (_tarred(_meta(b"{action_space: [}")), "not valid JSON"),
    "metadata not utf-8": (_tarred(_meta(b'{"x": "\xff\xfe"}')), "not UTF-8"),
    "metadata a list": (_tarred(_meta([1, 2, 3])), "JSON object"),
    "unknown action space type": (_tarred(_meta_change(action_space_type="hybrid")), "action_space_type"),
    "no action space": (_tarred(_meta({"sensor": ["FRONT_FACING_CAMERA"]})), "no action_space"),
    "empty discrete action space": (_tarred(_meta_change(action_space=[])), "non-empty list"),
    "action without speed": (_tarred(_meta_change(action_space=[{"steering_angle": 0}])), "numeric"),
    "boolean speed": (_tarred(_meta_change(action_space=[{"steering_angle": 0, "speed": True}])), "numeric"),
    "NaN steering": (_tarred(_meta(b'{"action_space": [{"steering_angle": NaN, "speed": 1}]}')), "numeric"),
    "continuous low above high": (
        _tarred(
            _meta_change(
                action_space_type="continuous",
                action_space={"steering_angle": {"low": 30, "high": -30}, "speed": {"low": 1, "high": 2}},
            )
        ),
        "not below high",
    ),
    "continuous equal bounds": (
        _tarred(
            _meta_change(
                action_space_type="continuous",
                action_space={"steering_angle": {"low": -30, "high": 30}, "speed": {"low": 2, "high": 2}},
            )
        ),
        "not below high",
    ),
    "continuous as list": (_tarred(_meta_change(action_space_type="continuous")), "continuous action_space"),
    "sac with discrete": (_tarred(_meta_change(training_algorithm="sac")), "SAC"),
    "unknown algorithm": (_tarred(_meta_change(training_algorithm="dqn")), "training_algorithm"),
    "unknown sensor": (_tarred(_meta_change(sensor=["THERMAL_CAMERA"])), "Unknown sensor"),
    "simulation-only sensor": (
        _tarred(_meta_change(sensor=["FRONT_FACING_CAMERA", "DISCRETIZED_SECTOR_LIDAR"])),
        "only in the simulator",
    ),
    "sensor not a list": (_tarred(_meta_change(sensor="FRONT_FACING_CAMERA")), "list of sensor names"),
    "empty sensor list": (_tarred(_meta_change(sensor=[])), "sensor list is empty"),
    "lidar_config not an object": (_tarred(_meta_change(lidar_config=[1])), "lidar_config"),
    "gzip bomb": (_bomb, "gzip bomb"),
    "too many members": (_many_members, "entries"),
    "too big": (_oversized, "the limit is"),
    "truncated": (lambda p: p.write_bytes(_good_bytes()[:-3000]), "cut short"),
    "corrupt middle": (_flip_middle, "damaged"),
    "plain tar": (_plain_tar, "no gzip header"),
    "empty file": (_raw(b""), "empty"),
    "gzip magic then junk": (_raw(b"\x1f\x8b\x07" + random.Random(1).randbytes(5000)), "damaged"),
    "gzip of text": (_gzip_of_text, "valid tar archive"),
    "random bytes": (_raw(b"\x00" + random.Random(2).randbytes(4096)), "no gzip header"),
}

LIMITS = ArchiveLimits(max_archive_bytes=1024 * 1024, max_uncompressed_bytes=8 * 1024 * 1024, max_members=50)


def _snapshot(root: Path) -> set[tuple[str, int]]:
    return {(str(p.relative_to(root)), p.stat().st_size) for p in root.rglob("*")}


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 25


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_archive_is_refused_with_a_reason(case: str, tmp_path: Path) -> None:
    build, expected = CASES[case]
    archive = tmp_path / "incoming" / "model.tar.gz"
    archive.parent.mkdir()
    build(archive)
    before = _snapshot(tmp_path)
    started = time.monotonic()
    verdict = inspect_archive(archive, limits=LIMITS)
    assert time.monotonic() - started < 5
    assert not verdict.accepted
    assert verdict.reasons and all(r.strip().endswith((".", ")")) for r in verdict.reasons)
    assert any(expected in r for r in verdict.reasons), verdict.reasons
    assert _snapshot(tmp_path) == before, "inspection must not write anything"
    assert "refused" in verdict.summary()


def test_bomb_stops_at_the_cap(tmp_path: Path) -> None:
    archive = tmp_path / "bomb.tar.gz"
    _bomb(archive)
    assert archive.stat().st_size < 200_000
    verdict = inspect_archive(archive, limits=LIMITS)
    assert not verdict.accepted
    assert verdict.uncompressed_bytes <= LIMITS.max_uncompressed_bytes + 1


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> tuple[ModelLibrary, str]:
    data = tmp_path_factory.mktemp("data")
    db = Database(data / "drem.sqlite")
    racer = RacerRepository(db).add("eve").racer_id
    return ModelLibrary(data, ModelRepository(db), Bus(), LIMITS), racer


def _files_outside_staging(lib: ModelLibrary) -> set[tuple[str, int]]:
    return {
        (str(p.relative_to(lib.data_dir)), p.stat().st_size)
        for p in lib.data_dir.rglob("*")
        if p.is_file() and lib.staging not in p.parents and not p.name.startswith("drem.sqlite")
    }


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_archive_through_the_library_leaves_nothing(
    case: str, library: tuple[ModelLibrary, str], tmp_path: Path
) -> None:
    lib, racer = library
    build, expected = CASES[case]
    archive = tmp_path / "stick" / "model.tar.gz"
    archive.parent.mkdir()
    build(archive)
    before = _files_outside_staging(lib)
    intake = lib.import_file(archive, racer, came_from="usb")
    assert not intake.accepted and intake.model is None
    assert any(expected in r for r in intake.verdict.reasons)
    assert _files_outside_staging(lib) == before
    assert list(lib.staging.glob("*")) == []
    assert lib.models(racer) == []
