"""Archives are checked on the laptop before any car sees them (the car's own loader does not filter)."""

from __future__ import annotations

import hashlib
import io
import tarfile
from pathlib import Path

import pytest

from drem_desktop.cars.archive import COMPLETE_MARK, model_folder_name, prepare_model
from drem_desktop.cars.errors import BadArchive

from .conftest import make_archive


def test_folder_names_follow_the_car() -> None:
    assert model_folder_name("My Model.v3.tar.gz") == "My_Model"
    assert model_folder_name("/media/usb/racer@home.tar.gz") == "racer_home"
    with pytest.raises(BadArchive):
        model_folder_name("...tar.gz")


def test_payload_holds_only_what_the_car_uses(tmp_path: Path) -> None:
    pb = b"graph" * 1000
    archive = make_archive(tmp_path / "m.tar.gz", pb=pb, extra={
        "agent/model.bin": b"bin", "model_7.ckpt.data-00000-of-00001": b"c" * 5000, ".ready": b""})
    model = prepare_model(archive, tmp_path)
    assert model.md5 == hashlib.md5(pb).hexdigest()
    with tarfile.open(model.payload) as tar:
        assert tar.getnames() == ["agent/model.pb", "model_metadata.json", "agent/model.bin", COMPLETE_MARK]


def _tar_with(path: Path, member: tarfile.TarInfo, data: bytes = b"") -> Path:
    with tarfile.open(path, "w:gz") as tar:
        for name, body in (("agent/model.pb", b"pb"), ("model_metadata.json", b"{}")):
            info = tarfile.TarInfo(name)
            info.size = len(body)
            tar.addfile(info, io.BytesIO(body))
        member.size = len(data) if member.isfile() else 0
        tar.addfile(member, io.BytesIO(data) if member.isfile() else None)
    return path


@pytest.mark.parametrize("member", [
    tarfile.TarInfo("../../etc/cron.d/evil"),
    tarfile.TarInfo("/etc/passwd"),
])
def test_unsafe_paths_are_refused(tmp_path: Path, member: tarfile.TarInfo) -> None:
    with pytest.raises(BadArchive, match="unsafe path"):
        prepare_model(_tar_with(tmp_path / "x.tar.gz", member, b"x"), tmp_path)
    assert list(tmp_path.glob("drem-*.tar")) == []


def test_links_are_refused(tmp_path: Path) -> None:
    link = tarfile.TarInfo("agent/link")
    link.type = tarfile.SYMTYPE
    link.linkname = "/etc/shadow"
    with pytest.raises(BadArchive, match="link or device"):
        prepare_model(_tar_with(tmp_path / "x.tar.gz", link), tmp_path)


def test_wrong_number_of_graphs_or_no_metadata(tmp_path: Path) -> None:
    with pytest.raises(BadArchive, match=r"no model\.pb"):
        prepare_model(make_archive(tmp_path / "a.tar.gz", pb_name=""), tmp_path)
    with pytest.raises(BadArchive, match=r"several \.pb"):
        prepare_model(make_archive(tmp_path / "b.tar.gz", extra={"other.pb": b"x"}), tmp_path)
    with pytest.raises(BadArchive, match=r"no model_metadata\.json"):
        prepare_model(make_archive(tmp_path / "c.tar.gz", metadata=False), tmp_path)
    (tmp_path / "d.tar.gz").write_bytes(b"not an archive")
    with pytest.raises(BadArchive, match="not a readable"):
        prepare_model(tmp_path / "d.tar.gz", tmp_path)
    assert list(tmp_path.glob("drem-*.tar")) == []
