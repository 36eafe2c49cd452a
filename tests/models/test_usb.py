"""USB import: the mount table is a file the test writes (no real stick can be plugged into CI);
the folders, archives, library and database are real."""

from __future__ import annotations

import os
from pathlib import Path

from drem_desktop.bus import Bus
from drem_desktop.models.library import ModelLibrary
from drem_desktop.models.sample import write_sample_model
from drem_desktop.models.usb import find_archives, import_selected, removable_drives, scan
from drem_desktop.store.db import Database
from drem_desktop.store.models_repo import ModelRepository
from drem_desktop.store.racers_repo import RacerRepository

ROOT_FS = "/dev/nvme0n1p2 / ext4 rw,relatime 0 0\nproc /proc proc rw 0 0\n"
STICK = "/dev/sdb1 /media/alice/RACER\\040STICK vfat rw,nosuid 0 0\n"


def test_mount_table_parsing(tmp_path: Path) -> None:
    table = tmp_path / "mounts"
    table.write_text(
        ROOT_FS
        + "/dev/nvme0n1p1 /boot/efi vfat rw 0 0\n"
        + STICK
        + "/dev/sdc1 /srv/data exfat rw 0 0\n"
        + "/dev/sdd1 /mnt/card ext4 rw 0 0\n"
    )
    drives = removable_drives(table)
    assert [d.mount_point for d in drives] == ["/media/alice/RACER STICK", "/srv/data", "/mnt/card"]
    assert drives[0].device == "/dev/sdb1"


def _stick(tmp_path: Path) -> Path:
    stick = tmp_path / "stick"
    (stick / "models").mkdir(parents=True)
    (stick / "old" / "deeper").mkdir(parents=True)
    (stick / ".Trashes").mkdir()
    write_sample_model(stick / "models" / "Final Run.tar.gz", seed=1)
    write_sample_model(stick / "loose.tgz", seed=2)
    write_sample_model(stick / "old" / "deeper" / "older.tar.gz", seed=3)
    write_sample_model(stick / ".Trashes" / "deleted.tar.gz", seed=4)
    (stick / "models" / "broken.tar.gz").write_bytes(b"not an archive")
    (stick / "notes.txt").write_text("hello")
    os.symlink("/", stick / "escape")
    return stick


def test_scan_finds_models_folder_first_and_skips_hidden_and_links(tmp_path: Path) -> None:
    stick = _stick(tmp_path)
    paths = find_archives(stick)
    assert [p.relative_to(stick).as_posix() for p in paths] == [
        "models/broken.tar.gz",
        "models/Final Run.tar.gz",
        "loose.tgz",
        "old/deeper/older.tar.gz",
    ]
    found = scan(stick)
    assert [f.verdict.accepted for f in found] == [False, True, True, True]
    assert [f.in_models_folder for f in found] == [True, True, False, False]
    assert "no gzip header" in found[0].verdict.reasons[0]


def test_import_selected_for_a_racer(tmp_path: Path) -> None:
    stick = _stick(tmp_path)
    data = tmp_path / "data"
    db = Database(data / "drem.sqlite")
    racer = RacerRepository(db).add("bob").racer_id
    lib = ModelLibrary(data, ModelRepository(db), Bus())
    found = scan(stick)
    chosen = [f for f in found if f.verdict.accepted][:2]
    stick_before = sorted(p.name for p in stick.rglob("*"))
    steps: list[tuple[int, int]] = []
    results = import_selected(lib, chosen, racer, progress=lambda done, total: steps.append((done, total)))
    assert all(r.accepted for r in results) and steps == [(1, 2), (2, 2)]
    assert all(m.came_from == "usb" for m in lib.models(racer))
    assert sorted(m.name for m in lib.models(racer)) == ["Final_Run", "loose"]
    assert sorted(p.name for p in stick.rglob("*")) == stick_before, "the stick is only read"
