"""The Linux AppImage: one file an organizer downloads, marks executable and double-clicks.

An AppImage is a small runtime program followed by a SquashFS image of an *AppDir*: the one-folder bundle
under ``usr/lib/drem-desktop``, an ``AppRun`` that starts it, and the desktop entry and icon at the top,
where desktop integrations look for them. ``appdir()`` lays that folder out from the built bundle;
``appimage()`` packs it with ``appimagetool``, which carries the runtime. ``appimagetool`` is not in the
package registries our machines build from, so the release workflow downloads it on the CI service; here
the tests pack the same AppDir with ``mksquashfs`` and start the program from the unpacked image, which is
what the runtime does.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

NAME = "drem-desktop"
ROOT = Path(__file__).resolve().parent.parent

APP_RUN = """#!/bin/sh
# Started by the AppImage runtime from the mounted image (or from an unpacked AppDir).
HERE="$(dirname "$(readlink -f "$0")")"
exec "$HERE/usr/lib/drem-desktop/drem-desktop" "$@"
"""


def appdir(bundle: Path, target: Path) -> Path:
    """``target`` becomes an AppDir holding ``bundle`` (the PyInstaller folder); returns ``target``."""
    if target.exists():
        shutil.rmtree(target)
    lib = target / "usr" / "lib" / NAME
    lib.parent.mkdir(parents=True)
    shutil.copytree(bundle, lib, symlinks=True)
    share = target / "usr" / "share"
    shutil.copytree(ROOT / "packaging" / "icons" / "hicolor", share / "icons" / "hicolor")
    (share / "applications").mkdir(parents=True)
    shutil.copy2(ROOT / "packaging" / "linux" / f"{NAME}.desktop", share / "applications")
    shutil.copy2(ROOT / "packaging" / "linux" / f"{NAME}.desktop", target / f"{NAME}.desktop")
    icon = ROOT / "packaging" / "icons" / "hicolor" / "256x256" / "apps" / f"{NAME}.png"
    shutil.copy2(icon, target / f"{NAME}.png")
    (target / ".DirIcon").symlink_to(f"{NAME}.png")
    run = target / "AppRun"
    run.write_text(APP_RUN)
    run.chmod(0o755)
    return target


def appimagetool() -> str | None:
    """The ``appimagetool`` to use: $APPIMAGETOOL, else the one on PATH, else None."""
    return os.environ.get("APPIMAGETOOL") or shutil.which("appimagetool")


def appimage(folder: Path, out: Path, arch: str) -> Path:
    """``out`` (the .AppImage) packed from an AppDir by appimagetool; a clear error when it is missing."""
    tool = appimagetool()
    if tool is None:
        raise SystemExit(
            "appimagetool is needed for the AppImage (https://github.com/AppImage/appimagetool/releases; "
            "put it on PATH or in $APPIMAGETOOL). The .tar.gz was built without it."
        )
    env = {**os.environ, "ARCH": arch, "APPIMAGE_EXTRACT_AND_RUN": "1"}  # no FUSE needed on CI
    subprocess.run([tool, "--no-appstream", str(folder), str(out)], check=True, env=env)
    return out
