"""The model library over a real SQLite file: staging, dedupe by MD5, names, status, bus events."""

from __future__ import annotations

import json
import tarfile
from pathlib import Path

import pytest

from drem_desktop.bus import Bus
from drem_desktop.domain.model_records import ModelStatus
from drem_desktop.models.archive import inspect_archive, sanitize_model_name
from drem_desktop.models.events import ModelReceived, ModelRefused, ModelStatusChanged
from drem_desktop.models.library import CopyCancelled, ModelLibrary
from drem_desktop.models.sample import CONTINUOUS_METADATA, DISCRETE_METADATA, add_bytes, write_sample_model
from drem_desktop.store.db import Database
from drem_desktop.store.models_repo import ModelRepository
from drem_desktop.store.racers_repo import RacerRepository


@pytest.fixture
def setup(tmp_path: Path) -> tuple[ModelLibrary, str, list[object]]:
    data = tmp_path / "data"
    db = Database(data / "drem.sqlite")
    racer = RacerRepository(db).add("alice")
    bus = Bus()
    seen: list[object] = []
    bus.subscribe_all(seen.append)
    return ModelLibrary(data, ModelRepository(db), bus), racer.racer_id, seen


def test_valid_archives_pass_with_defaults_applied(tmp_path: Path) -> None:
    minimal = {"action_space": [{"steering_angle": 0, "speed": 1}]}
    for meta, space, algo in (
        (DISCRETE_METADATA, "discrete", "clipped_ppo"),
        (CONTINUOUS_METADATA, "continuous", "sac"),
        (minimal, "discrete", "clipped_ppo"),
    ):
        v = inspect_archive(write_sample_model(tmp_path / "m.tar.gz", metadata=meta))
        assert v.accepted, v.reasons
        assert v.metadata is not None
        assert (v.metadata.action_space_type, v.metadata.training_algorithm) == (space, algo)
    assert v.metadata.sensors == ("FRONT_FACING_CAMERA",)


def test_md5_is_the_md5_of_the_pb_and_extra_files_are_fine(tmp_path: Path) -> None:
    import hashlib

    path = tmp_path / "x.tar.gz"
    with tarfile.open(path, "w:gz") as tf:
        add_bytes(tf, "./model_metadata.json", json.dumps(DISCRETE_METADATA).encode())
        add_bytes(tf, "agent/model.pb", b"graph" * 1000)
        add_bytes(tf, "agent/model.xml", b"<xml/>")
        add_bytes(tf, "deepracer_checkpoints.json", b"{}")
        add_bytes(tf, ".ready", b"")
    v = inspect_archive(path)
    assert v.accepted, v.reasons
    assert v.md5 == hashlib.md5(b"graph" * 1000).hexdigest()
    assert v.has_openvino and v.pb_member == "agent/model.pb"


@pytest.mark.parametrize(
    ("file_name", "name"),
    [
        ("My Model.tar.gz", "My_Model"),
        ("fast.v2.tar.gz", "fast"),
        ("../../etc/passwd.tar.gz", "passwd"),
        ("C:\\Users\\me\\run-7.tar.gz", "run-7"),
        ("--rf <script>.tar.gz", "rf_script"),
        ("ünï cödé!.tgz", "n_cd"),
        (".tar.gz", "model"),
        ("x" * 200 + ".tar.gz", "x" * 64),
    ],
)
def test_name_is_what_the_car_will_use(file_name: str, name: str) -> None:
    assert sanitize_model_name(file_name) == name


def test_add_dedupes_by_md5_per_racer(setup: tuple[ModelLibrary, str, list[object]], tmp_path: Path) -> None:
    lib, racer, seen = setup
    src = write_sample_model(tmp_path / "Fast Lap.tar.gz", seed=1)
    first = lib.import_file(src, racer)
    assert first.accepted and not first.duplicate
    assert first.model is not None and first.model.name == "Fast_Lap"
    assert lib.path_of(first.model).is_file()
    assert lib.path_of(first.model).parent == lib.root / racer
    again = lib.import_file(src, racer)
    assert again.duplicate and again.model == first.model
    assert "already in the library" in again.message()
    other = lib.import_file(write_sample_model(tmp_path / "Fast Lap.tar.gz", seed=2), racer)
    assert other.model is not None and other.model.name == "Fast_Lap-2"
    assert [m.name for m in lib.models(racer)] == ["Fast_Lap-2", "Fast_Lap"]
    assert list(lib.staging.iterdir()) == []
    received = [e for e in seen if isinstance(e, ModelReceived)]
    assert [e.duplicate for e in received] == [False, True, False]


def test_same_pb_with_new_metadata_updates_the_model_and_keeps_the_history(
    setup: tuple[ModelLibrary, str, list[object]], tmp_path: Path
) -> None:
    """Identity is the .pb, but the speeds are the racer's to change: the new metadata is what a car gets."""
    lib, racer, seen = setup
    pb = b"the same frozen graph" * 200
    first = lib.import_file(write_sample_model(tmp_path / "Fast.tar.gz", pb=pb), racer)
    assert first.model is not None
    lib.set_status(first.model.model_id, ModelStatus.ON_CAR)
    faster = json.loads(json.dumps(DISCRETE_METADATA))
    faster["action_space"] = [{"steering_angle": a, "speed": 3.5} for a in (-30.0, 0.0, 30.0)]
    second = lib.import_file(write_sample_model(tmp_path / "Fast.tar.gz", pb=pb, metadata=faster), racer)
    assert second.accepted and not second.duplicate
    assert second.model is not None and second.model.model_id == first.model.model_id
    message = second.message()
    assert "new model_metadata.json" in message and "speed 3.5–3.5 m/s" in message
    assert "before: discrete, 3 actions, speed 1–2 m/s" in message
    assert "Load it onto the car again" in message
    assert second.model.status == ModelStatus.READY.value  # the car holds the old metadata
    stored = lib.path_of(second.model)
    assert inspect_archive(stored).metadata.raw == faster  # type: ignore[union-attr]
    assert [p.name for p in stored.parent.iterdir()] == [stored.name]  # the old file is gone
    history = lib.metadata_history(first.model.model_id)
    assert [h.metadata for h in history] == [DISCRETE_METADATA]
    assert history[0].stored_since == first.model.created_at and history[0].replaced_at is not None
    # The same metadata again is a plain duplicate; the first metadata back again is a second revision.
    again = lib.import_file(write_sample_model(tmp_path / "Fast.tar.gz", pb=pb, metadata=faster), racer)
    assert again.duplicate
    back = lib.import_file(write_sample_model(tmp_path / "Fast.tar.gz", pb=pb), racer)
    assert back.metadata_change is not None
    assert [h.metadata for h in lib.metadata_history(first.model.model_id)] == [faster, DISCRETE_METADATA]
    assert [m.model_id for m in lib.models(racer)] == [first.model.model_id]
    received = [e for e in seen if isinstance(e, ModelReceived)]
    assert [(e.duplicate, e.metadata_updated) for e in received] == [
        (False, False),
        (False, True),
        (True, False),
        (False, True),
    ]


def test_refused_archive_leaves_nothing(
    setup: tuple[ModelLibrary, str, list[object]], tmp_path: Path
) -> None:
    lib, racer, seen = setup
    bad = tmp_path / "bad.tar.gz"
    with tarfile.open(bad, "w:gz") as tf:
        add_bytes(tf, "../evil", b"x")
    intake = lib.import_file(bad, racer)
    assert not intake.accepted and "'..'" in intake.message()
    assert list(lib.staging.iterdir()) == []
    assert not (lib.root / racer).exists()
    assert lib.models(racer) == []
    assert isinstance(seen[-1], ModelRefused)


def test_status_and_remove(setup: tuple[ModelLibrary, str, list[object]], tmp_path: Path) -> None:
    lib, racer, seen = setup
    m = lib.import_file(write_sample_model(tmp_path / "a.tar.gz"), racer).model
    assert m is not None and m.status == "ready"
    assert lib.set_status(m.model_id, ModelStatus.RETIRED).status == "retired"
    assert ModelStatusChanged(m.model_id, "retired") in seen
    lib.remove(m.model_id)
    assert lib.models(racer) == [] and not lib.path_of(m).exists()
    # removed, so the same model can come back
    assert not lib.import_file(write_sample_model(tmp_path / "a.tar.gz"), racer).duplicate


def test_cancelled_copy_leaves_nothing(setup: tuple[ModelLibrary, str, list[object]], tmp_path: Path) -> None:
    lib, racer, _seen = setup
    src = write_sample_model(tmp_path / "big.tar.gz", pb_size=3 * 1024 * 1024)
    with pytest.raises(CopyCancelled):
        lib.import_file(src, racer, cancelled=lambda: True)
    assert list(lib.staging.iterdir()) == []
    assert lib.models(racer) == []


def test_clear_staging_removes_leftovers(setup: tuple[ModelLibrary, str, list[object]]) -> None:
    lib, _racer, _seen = setup
    leftover = lib.new_staging_file()
    leftover.write_bytes(b"half an upload")
    lib.clear_staging()
    assert not leftover.exists()
