"""Archives pass the one model check (drem_desktop.models.archive) before any car sees them.

The car's own loader does not filter paths, so these tests make sure the cars path refuses with the
validator's own reasons, builds nothing on refusal, and sends only what the car uses.
"""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
from pathlib import Path

import pytest

import drem_desktop.cars.archive as cars_archive
from drem_desktop.cars.archive import COMPLETE_MARK, prepare_model
from drem_desktop.cars.errors import BadArchive
from drem_desktop.models.archive import inspect_archive

from .conftest import make_archive

METADATA = json.dumps(
    {"action_space": [{"steering_angle": 0, "speed": 1}], "sensor": ["FRONT_FACING_CAMERA"]}
).encode()


def _refused(archive: Path, work: Path, *reasons: str) -> str:
    """prepare_model refuses with the validator's summary, and leaves nothing in the work folder."""
    with pytest.raises(BadArchive) as caught:
        prepare_model(archive, work)
    message = str(caught.value)
    assert message.startswith(f"{archive.name}: refused. "), message
    for reason in reasons:
        assert reason in message, message
    assert message == inspect_archive(archive).summary()
    assert not work.exists() or list(work.iterdir()) == []
    return message


def test_folder_names_come_from_the_model_check(tmp_path: Path) -> None:
    work = tmp_path / "work"
    assert prepare_model(make_archive(tmp_path / "My Model.v3.tar.gz"), work).name == "My_Model"
    assert prepare_model(make_archive(tmp_path / "racer@home.tar.gz"), work).name == "racerhome"
    renamed = prepare_model(make_archive(tmp_path / "m.tar.gz"), work, name="-Fast Lap.tar.gz")
    assert renamed.name == "Fast_Lap"
    assert prepare_model(make_archive(tmp_path / "...tar.gz"), work).name == "model"


def test_payload_holds_only_what_the_car_uses(tmp_path: Path) -> None:
    pb = b"graph" * 1000
    archive = make_archive(
        tmp_path / "m.tar.gz",
        pb=pb,
        extra={"agent/model.bin": b"bin", "model_7.ckpt.data-00000-of-00001": b"c" * 5000, ".ready": b""},
    )
    model = prepare_model(archive, tmp_path / "work")
    with tarfile.open(model.payload) as tar:
        assert tar.getnames() == ["agent/model.pb", "model_metadata.json", "agent/model.bin", COMPLETE_MARK]
        pb_file = tar.extractfile("agent/model.pb")
        assert pb_file is not None and pb_file.read() == pb
    assert model.payload_size == model.payload.stat().st_size
    assert model.source == archive


def test_md5_is_the_model_identity_the_library_knows(tmp_path: Path) -> None:
    pb = b"identity" * 5000
    archive = make_archive(tmp_path / "m.tar.gz", pb=pb)
    model = prepare_model(archive, tmp_path / "work")
    assert model.md5 == hashlib.md5(pb).hexdigest() == inspect_archive(archive).md5


def test_archive_changed_after_the_check_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The real validator runs on the real file; the wrapper only replaces the file right after the check
    # (a racer's USB copy still being written), a moment no real test could otherwise hit.
    archive = make_archive(tmp_path / "m.tar.gz", pb=b"first" * 100)

    def check_then_swap(path: Path, file_name: str | None = None):  # type: ignore[no-untyped-def]
        verdict = inspect_archive(path, file_name)
        make_archive(path, pb=b"second" * 100)
        return verdict

    monkeypatch.setattr(cars_archive, "inspect_archive", check_then_swap)
    work = tmp_path / "work"
    with pytest.raises(BadArchive, match=r"m\.tar\.gz changed while it was being prepared"):
        prepare_model(archive, work)
    assert list(work.iterdir()) == []


def _tar_with(path: Path, member: tarfile.TarInfo, data: bytes = b"") -> Path:
    """A model archive that would be fine but for ``member``."""
    with tarfile.open(path, "w:gz") as tar:
        for name, body in (("agent/model.pb", b"pb"), ("model_metadata.json", METADATA)):
            info = tarfile.TarInfo(name)
            info.size = len(body)
            tar.addfile(info, io.BytesIO(body))
        member.size = len(data) if member.isfile() else 0
        tar.addfile(member, io.BytesIO(data) if member.isfile() else None)
    return path


@pytest.mark.parametrize(
    ("member", "reason"),
    [
        (tarfile.TarInfo("../../etc/cron.d/evil"), "climbs out of the model folder with '..'"),
        (tarfile.TarInfo("agent/../../evil"), "climbs out of the model folder with '..'"),
        (tarfile.TarInfo("/etc/passwd"), "has an absolute path; it would unpack outside the model folder"),
        (tarfile.TarInfo("C:/evil"), "has an absolute path"),
        (tarfile.TarInfo("agent\\..\\evil"), "uses backslashes in its path"),
    ],
)
def test_unsafe_paths_are_refused(tmp_path: Path, member: tarfile.TarInfo, reason: str) -> None:
    _refused(_tar_with(tmp_path / "x.tar.gz", member, b"x"), tmp_path / "work", reason, repr(member.name))


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        (tarfile.SYMTYPE, "is a link; model archives hold only plain files"),
        (tarfile.LNKTYPE, "is a link; model archives hold only plain files"),
        (tarfile.CHRTYPE, "is a device file"),
        (tarfile.FIFOTYPE, "is a named pipe (FIFO)"),
    ],
)
def test_links_and_devices_are_refused(tmp_path: Path, kind: bytes, reason: str) -> None:
    member = tarfile.TarInfo("agent/link")
    member.type = kind
    member.linkname = "/etc/shadow" if kind in (tarfile.SYMTYPE, tarfile.LNKTYPE) else ""
    _refused(_tar_with(tmp_path / "x.tar.gz", member), tmp_path / "work", reason, "'agent/link'")


def test_wrong_number_of_graphs_or_no_metadata(tmp_path: Path) -> None:
    work = tmp_path / "work"
    _refused(
        make_archive(tmp_path / "a.tar.gz", pb_name=""),
        work,
        "It holds no model (.pb) file; the car needs exactly one",
    )
    _refused(
        make_archive(tmp_path / "b.tar.gz", extra={"other.pb": b"x"}),
        work,
        "It holds 2 .pb files (agent/model.pb, other.pb); the car needs exactly one.",
    )
    _refused(
        make_archive(tmp_path / "c.tar.gz", metadata=False),
        work,
        "model_metadata.json is missing at the top of the archive.",
    )
    _refused(make_archive(tmp_path / "e.tar.gz", pb=b""), work, "The model file agent/model.pb is empty.")


def test_not_an_archive_or_missing_is_refused(tmp_path: Path) -> None:
    work = tmp_path / "work"
    (tmp_path / "d.tar.gz").write_bytes(b"not an archive")
    _refused(tmp_path / "d.tar.gz", work, "This is not a .tar.gz file (no gzip header).")
    (tmp_path / "empty.tar.gz").write_bytes(b"")
    _refused(tmp_path / "empty.tar.gz", work, "The file is empty.")
    with pytest.raises(BadArchive, match=r"gone\.tar\.gz: refused\. The file could not be opened"):
        prepare_model(tmp_path / "gone.tar.gz", work)
    assert not work.exists() or list(work.iterdir()) == []


def test_name_given_by_the_racer_is_the_one_shown(tmp_path: Path) -> None:
    archive = make_archive(tmp_path / "upload-1234.tar.gz", metadata=False)
    with pytest.raises(BadArchive, match=r"^Speedy\.tar\.gz: refused\. model_metadata\.json is missing"):
        prepare_model(archive, tmp_path / "work", name="Speedy.tar.gz")
