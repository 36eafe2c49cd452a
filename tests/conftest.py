"""Shared test set-up: Qt offscreen, a migrated database copied per test, and no real user data folder."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test announces LAN sync by mDNS on this machine's own network (the namespace tests turn it on inside
# the namespaces they create).
os.environ["DREM_SYNC_MDNS"] = "0"


@pytest.fixture(scope="session")
def template_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder migrated once; tests copy it instead of migrating again (Anki's trick)."""
    from drem_desktop.store.db import Database

    folder = tmp_path_factory.mktemp("template")
    db = Database(folder / "drem.sqlite")
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return folder


@pytest.fixture
def data_dir(template_data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "data"
    shutil.copytree(template_data_dir, target)
    monkeypatch.setenv("DREM_DATA_DIR", str(target))
    return target


@pytest.fixture
def app(data_dir: Path) -> Iterator[object]:
    from drem_desktop.app import App

    application = App(data_dir, backup_at_start=False)
    yield application
    application.close()


class SmallDisk:
    """A real tmpfs of a few megabytes, mounted for one test: the disk a data folder fills up."""

    def __init__(self, root: Path, size_mb: int) -> None:
        import subprocess

        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_mb}m", "tmpfs", str(root)], check=True)
        self._filler = root / "filler.bin"

    def free_bytes(self) -> int:
        return shutil.disk_usage(self.root).free

    def fill(self, leave_bytes: int = 0) -> None:
        """Write a file until the disk is full, then give back ``leave_bytes``."""
        with self._filler.open("ab", buffering=0) as f:
            for block in (bytes(1 << 20), bytes(4096), bytes(512)):
                try:
                    while f.write(block):
                        pass
                except OSError:
                    pass
        if leave_bytes:
            size = self._filler.stat().st_size
            os.truncate(self._filler, max(0, size - leave_bytes))

    def empty(self) -> None:
        self._filler.unlink(missing_ok=True)

    def unmount(self) -> None:
        import subprocess

        subprocess.run(["umount", "-l", str(self.root)], check=False)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Callable[[int], SmallDisk]]:
    """``small_disk(size_mb)`` mounts a tmpfs under the test's folder; unmounted after the test."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    made: list[SmallDisk] = []

    def make(size_mb: int) -> SmallDisk:
        disk = SmallDisk(tmp_path / f"disk{len(made)}", size_mb)
        made.append(disk)
        return disk

    yield make
    for disk in made:
        disk.unmount()


@pytest.fixture
def memory_keyring() -> Any:
    """A real keyring backend (the keyring library's own API) that keeps its items in memory, standing in
    for the OS one; its ``items`` are keyed (service, name)."""
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]  # the library declares a class property

        def __init__(self) -> None:
            self.items: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.items.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.items[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            del self.items[(service, username)]

    return MemoryKeyring()


def pytest_sessionstart(session: pytest.Session) -> None:
    """In CI the real-part tests (fake cars over sshd, network namespaces, tmpfs) must run, not skip:
    their skips say "needs root", which holds only on a developer's machine."""
    if os.environ.get("CI") and os.geteuid() != 0:
        pytest.exit("CI runs make test as root: the sshd, network-namespace and tmpfs tests would skip", 2)
