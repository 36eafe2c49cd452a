"""Models on USB sticks: notice a newly mounted drive, find the archives on it, check each one.

Racers bring models the way the car itself takes them: ``.tar.gz`` files in a ``models/`` folder at the
top of the stick. Loose archives elsewhere on the stick (or in any folder the person picks) are found
too, a few folders deep. Listing only reads the files; importing copies the chosen ones through
:meth:`ModelLibrary.import_file`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from drem_desktop.models.archive import DEFAULT_LIMITS, ArchiveLimits, ModelVerdict, inspect_archive
from drem_desktop.models.library import ModelIntake, ModelLibrary

PROC_MOUNTS = Path("/proc/mounts")
REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")
REMOVABLE_FSTYPES = frozenset(
    {"vfat", "exfat", "ntfs", "ntfs3", "fuseblk", "hfsplus", "apfs", "iso9660", "udf"}
)
SYSTEM_MOUNTS = ("/boot", "/efi", "/sys", "/proc", "/dev", "/snap", "/usr", "/var", "/opt", "/srv/boot")
DRIVE_REMOVABLE = 2  # Windows GetDriveTypeW
CAR_MODELS_FOLDER = "models"
ARCHIVE_SUFFIXES = (".tar.gz", ".tgz")


@dataclass(frozen=True, slots=True)
class Drive:
    mount_point: str
    device: str
    fstype: str


@dataclass(frozen=True, slots=True)
class FoundModel:
    """An archive found on a drive or in a folder, with the validator's verdict on it."""

    path: Path
    verdict: ModelVerdict
    in_models_folder: bool  # the car's own convention: <drive>/models/*.tar.gz


def _unescape(field: str) -> str:
    """/proc/mounts writes spaces and tabs in paths as octal escapes (``\\040``)."""
    return field.encode("latin-1", "backslashreplace").decode("unicode_escape")


def _mounted_from_table(mounts_table: Path) -> list[Drive]:
    try:
        text = mounts_table.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    drives = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        device, mount_point, fstype = _unescape(parts[0]), _unescape(parts[1]), parts[2]
        if mount_point.startswith(REMOVABLE_ROOTS) or (
            fstype in REMOVABLE_FSTYPES
            and mount_point != "/"
            and not any(mount_point == p or mount_point.startswith(p + "/") for p in SYSTEM_MOUNTS)
        ):
            drives.append(Drive(mount_point, device, fstype))
    return drives


def _mounted_on_macos() -> list[Drive]:
    volumes = Path("/Volumes")
    if not volumes.is_dir():
        return []
    return [Drive(str(p), p.name, "") for p in sorted(volumes.iterdir()) if p.is_dir() and not p.is_symlink()]


def _mounted_on_windows() -> list[Drive]:
    if sys.platform != "win32":  # (mypy checks the rest for Windows only)
        return []
    import ctypes
    import string

    kernel = ctypes.windll.kernel32
    mask = kernel.GetLogicalDrives()
    drives = []
    for i, letter in enumerate(string.ascii_uppercase):
        root = f"{letter}:\\"
        if mask & (1 << i) and kernel.GetDriveTypeW(root) == DRIVE_REMOVABLE:
            drives.append(Drive(root, f"{letter}:", ""))
    return drives


def removable_drives(mounts_table: Path = PROC_MOUNTS) -> list[Drive]:
    """Mounted sticks and cards: on Linux, mounts under /media, /run/media, /mnt or with a FAT/NTFS-like
    filesystem outside the system folders (the EFI partition is not a stick); /Volumes on macOS;
    removable drive letters on Windows."""
    if sys.platform == "win32":
        return _mounted_on_windows()
    if sys.platform == "darwin":
        return _mounted_on_macos()
    return _mounted_from_table(mounts_table)


def find_archives(folder: Path, max_depth: int = 3, max_files: int = 200) -> list[Path]:
    """Archives in ``folder``: its ``models/`` folder first (the car's convention), then the rest.

    Hidden folders and symbolic links are skipped so a stick cannot send the search elsewhere.
    """
    found: list[Path] = []
    seen: set[Path] = set()

    def walk(d: Path, depth: int) -> None:
        if depth > max_depth or len(found) >= max_files:
            return
        try:
            entries = sorted(os.scandir(d), key=lambda e: e.name.lower())
        except OSError:
            return
        for entry in entries:
            if len(found) >= max_files:
                return
            if entry.name.startswith(".") or entry.is_symlink():
                continue
            path = Path(entry.path)
            if entry.is_dir(follow_symlinks=False):
                walk(path, depth + 1)
            elif (
                entry.is_file(follow_symlinks=False)
                and entry.name.lower().endswith(ARCHIVE_SUFFIXES)
                and path not in seen
            ):
                seen.add(path)
                found.append(path)

    models = folder / CAR_MODELS_FOLDER
    if models.is_dir() and not models.is_symlink():
        walk(models, 1)
    walk(folder, 0)
    return found


def scan(
    folder: Path,
    limits: ArchiveLimits = DEFAULT_LIMITS,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[FoundModel]:
    """Find and check every archive in ``folder``; blocking, so run it off the UI thread."""
    paths = find_archives(folder)
    return list(_check(folder, paths, limits, progress, cancelled))


def _check(
    folder: Path,
    paths: Iterable[Path],
    limits: ArchiveLimits,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> Iterable[FoundModel]:
    paths = list(paths)
    models = folder / CAR_MODELS_FOLDER
    for i, path in enumerate(paths):
        if cancelled is not None and cancelled():
            return
        yield FoundModel(path, inspect_archive(path, path.name, limits), path.parent == models)
        if progress is not None:
            progress(i + 1, len(paths))


def import_selected(
    library: ModelLibrary,
    chosen: Iterable[FoundModel],
    racer_id: str | None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[ModelIntake]:
    """Import the models the person ticked, for one racer; each is copied and checked again.

    ``progress`` gets (files done, files chosen); a cancel stops before the next file (the file being
    copied is removed from staging). Blocking: run it off the UI thread.
    """
    chosen = list(chosen)
    results = []
    for i, found in enumerate(chosen):
        if cancelled is not None and cancelled():
            break
        results.append(library.import_file(found.path, racer_id, "usb", cancelled=cancelled))
        if progress is not None:
            progress(i + 1, len(chosen))
    return results
