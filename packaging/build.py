"""Builds the one-folder app for the OS this runs on and packs it for download (`make package`).

Linux: dist/drem-desktop-VERSION-linux-ARCH.tar.gz (the folder, a .desktop file, icons and
install-desktop-entry.sh) and, with --appimage, dist/drem-desktop-VERSION-ARCH.AppImage; macOS:
dist/DREM Desktop.app (the workflow puts it in a .dmg); Windows: dist/drem-desktop-VERSION-windows-ARCH.zip.

``--cache`` builds once per source: the folder goes to a cache keyed by a hash of everything that goes into
it (the package, the spec, pyproject.toml, the PyInstaller/PySide6/Python versions), and a second call with
the same sources returns at once. The bundle smoke test uses it; it prints the program's path.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "pyinstaller.spec"
NAME = "drem-desktop"
KEEP_CACHED = 2  # bundles kept in the cache (each is ~250 MB)


def source_hash() -> str:
    digest = hashlib.sha256()
    for tool in ("pyinstaller", "pyinstaller-hooks-contrib", "PySide6-Essentials"):
        digest.update(f"{tool}={version(tool)}\n".encode())
    digest.update(sys.version.encode())
    files = [ROOT / "pyproject.toml"]
    for folder in (ROOT / "drem_desktop", ROOT / "packaging", ROOT / "default_models"):
        files += [p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    for path in sorted(files):
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def cache_root() -> Path:
    """$DREM_BUNDLE_CACHE, else the user's cache folder: outside the checkout, so a fresh clone on the same
    machine (CI) reuses a bundle built from the same sources."""
    if os.environ.get("DREM_BUNDLE_CACHE"):
        return Path(os.environ["DREM_BUNDLE_CACHE"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "drem-desktop-bundles"


def pyinstaller(dist: Path, work: Path) -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(SPEC),
        ],
        check=True,
        cwd=ROOT,
    )
    return dist / NAME


def add_linux_desktop_files(folder: Path) -> None:
    """The .desktop entry, the icons by size and the script that installs both for the user."""
    share = folder / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "packaging" / "linux" / f"{NAME}.desktop", share / "applications")
    shutil.copytree(ROOT / "packaging" / "icons" / "hicolor", share / "icons" / "hicolor", dirs_exist_ok=True)
    script = folder / "install-desktop-entry.sh"
    shutil.copy2(ROOT / "packaging" / "linux" / "install-desktop-entry.sh", script)
    script.chmod(0o755)


def program(folder: Path) -> Path:
    return folder / (f"{NAME}.exe" if sys.platform == "win32" else NAME)


@contextlib.contextmanager
def building(root: Path, key: str) -> Iterator[None]:
    """One build per key at a time: two test runs on one machine (the bundle smoke test and the startup
    bench, or two checkouts) wait for the first build instead of racing it and removing its folder."""
    if sys.platform == "win32":  # no fcntl; the Windows build runs alone in its workflow
        yield
        return
    import fcntl

    root.mkdir(parents=True, exist_ok=True)
    with (root / f"{key}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def cached_build() -> Path:
    """The bundle folder for the current sources, built only if the cache does not hold it."""
    root = cache_root()
    key = source_hash()
    folder = root / key / NAME
    if (root / key / "complete").exists():
        return folder
    with building(root, key):
        if (root / key / "complete").exists():  # built by another run while this one waited
            return folder
        return _build_into(root, key, folder)


def _build_into(root: Path, key: str, folder: Path) -> Path:
    work = root / f"{key}.building-{os.getpid()}"
    shutil.rmtree(work, ignore_errors=True)
    started = time.monotonic()
    built = pyinstaller(work / "dist", work / "build")
    if sys.platform.startswith("linux"):
        add_linux_desktop_files(built)
    target = root / key
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir()
    built.rename(folder)
    (target / "build-seconds").write_text(f"{time.monotonic() - started:.1f}\n")
    (target / "complete").write_text(key + "\n")
    shutil.rmtree(work, ignore_errors=True)
    for old in sorted(
        (p for p in root.iterdir() if (p / "complete").exists()), key=lambda p: p.stat().st_mtime
    )[:-KEEP_CACHED]:
        shutil.rmtree(old, ignore_errors=True)
    return folder


def archive(folder: Path, dist: Path) -> Path:
    arch = platform.machine().lower().replace("amd64", "x86_64")
    stem = f"{NAME}-{version('drem-desktop')}"
    if sys.platform == "win32":
        return Path(
            shutil.make_archive(str(dist / f"{stem}-windows-{arch}"), "zip", folder.parent, folder.name)
        )
    target = dist / f"{stem}-linux-{arch}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=f"{stem}-linux-{arch}")
    return target


def size_mb(path: Path) -> float:
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 1_048_576


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", action="store_true", help="build once per source hash; print the program")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument(
        "--appimage", action="store_true", help="Linux: also an AppImage (needs appimagetool, see README)"
    )
    args = parser.parse_args()
    if args.cache:
        print(program(cached_build()))
        return 0
    started = time.monotonic()
    folder = pyinstaller(args.dist, ROOT / "build" / "pyinstaller")
    seconds = time.monotonic() - started
    print(f"built {folder} in {seconds:.0f} s: {size_mb(folder):.0f} MB")
    if sys.platform == "darwin":
        app = args.dist / "DREM Desktop.app"
        print(f"macOS app: {app} ({size_mb(app):.0f} MB); the workflow makes the .dmg with hdiutil")
        return 0
    if sys.platform.startswith("linux"):
        add_linux_desktop_files(folder)
    packed = archive(folder, args.dist)
    print(f"packed {packed}: {size_mb(packed):.0f} MB")
    if args.appimage and sys.platform.startswith("linux"):
        from linux_appimage import appdir, appimage

        arch = platform.machine().lower()
        made = appdir(folder, ROOT / "build" / "AppDir")
        out = appimage(made, args.dist / f"{NAME}-{version('drem-desktop')}-{arch}.AppImage", arch)
        print(f"AppImage {out}: {size_mb(out):.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
