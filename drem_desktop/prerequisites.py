"""Linux libraries Qt's xcb platform plugin needs, checked before Qt starts.

On a fresh Debian/Ubuntu desktop Qt's xcb plugin cannot load (``libxcb-cursor0``, ``libxcb-icccm4`` and
``libxcb-keysyms1`` are not installed by default) and Qt aborts with a message about plugins that tells an
organizer nothing. We try to load each library the plugin links against, exactly as the plugin would
(``dlopen``, so ``LD_LIBRARY_PATH`` counts), and print one install line per package manager instead.

The table is what the plugin and its Qt libraries link against (``readelf -d`` on ``libqxcb.so``,
``libQt6XcbQpa.so.6``, ``libQt6Gui.so.6``, ``libQt6DBus.so.6``), less Qt's own libraries and the C/C++
runtime, with each library's package on Debian/Ubuntu, Fedora and Arch; a test keeps it complete.
``python -m drem_desktop.prerequisites`` runs the check alone (``make run`` does, and the bundle's start).
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from drem_desktop.i18n import _


@dataclass(frozen=True, slots=True)
class SystemLibrary:
    soname: str
    apt: str
    dnf: str
    pacman: str


XCB_PLUGIN_LIBRARIES: tuple[SystemLibrary, ...] = (
    # the three a fresh Debian/Ubuntu desktop lacks
    SystemLibrary("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor", "xcb-util-cursor"),
    SystemLibrary("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm", "xcb-util-wm"),
    SystemLibrary("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms", "xcb-util-keysyms"),
    # the rest of the plugin's list: usually present with any X11 desktop
    SystemLibrary("libxcb-util.so.1", "libxcb-util1", "xcb-util", "xcb-util"),
    SystemLibrary("libxcb-image.so.0", "libxcb-image0", "xcb-util-image", "xcb-util-image"),
    SystemLibrary(
        "libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil", "xcb-util-renderutil"
    ),
    SystemLibrary("libxcb-randr.so.0", "libxcb-randr0", "libxcb", "libxcb"),
    SystemLibrary("libxcb-shm.so.0", "libxcb-shm0", "libxcb", "libxcb"),
    SystemLibrary("libxcb-sync.so.1", "libxcb-sync1", "libxcb", "libxcb"),
    SystemLibrary("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb", "libxcb"),
    SystemLibrary("libxcb-render.so.0", "libxcb-render0", "libxcb", "libxcb"),
    SystemLibrary("libxcb-shape.so.0", "libxcb-shape0", "libxcb", "libxcb"),
    SystemLibrary("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb", "libxcb"),
    SystemLibrary("libxcb.so.1", "libxcb1", "libxcb", "libxcb"),
    SystemLibrary("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb", "libx11"),
    SystemLibrary("libX11.so.6", "libx11-6", "libX11", "libx11"),
    SystemLibrary("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon", "libxkbcommon"),
    SystemLibrary("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11", "libxkbcommon-x11"),
    SystemLibrary("libGL.so.1", "libgl1", "libglvnd-glx", "libglvnd"),
    SystemLibrary("libEGL.so.1", "libegl1", "libglvnd-egl", "libglvnd"),
    SystemLibrary("libfontconfig.so.1", "libfontconfig1", "fontconfig", "fontconfig"),
    SystemLibrary("libfreetype.so.6", "libfreetype6", "freetype", "freetype2"),
    SystemLibrary("libdbus-1.so.3", "libdbus-1-3", "dbus-libs", "dbus"),
    SystemLibrary("libglib-2.0.so.0", "libglib2.0-0", "glib2", "glib2"),
    SystemLibrary("libgthread-2.0.so.0", "libglib2.0-0", "glib2", "glib2"),
)


@dataclass(frozen=True, slots=True)
class MissingLibraries:
    libraries: tuple[SystemLibrary, ...]
    plugin_error: str = ""  # the loader's own words when the plugin fails for a library not in the table

    def message(self) -> str:
        if not self.libraries:
            return _(
                "DREM Desktop cannot open its window: Qt's X11 plugin does not load ({error}). "
                "Set QT_QPA_PLATFORM=wayland on a Wayland desktop, or install the library it names."
            ).format(error=self.plugin_error)

        def unique(names: Iterable[str]) -> str:
            return " ".join(dict.fromkeys(names))

        libs = self.libraries
        return "\n".join(
            [
                _("DREM Desktop cannot open its window: these system libraries are missing: {names}.").format(
                    names=", ".join(lib.soname for lib in libs)
                ),
                _("Install them, then start DREM Desktop again:"),
                "  Debian/Ubuntu:  sudo apt-get install " + unique(lib.apt for lib in libs),
                "  Fedora:         sudo dnf install " + unique(lib.dnf for lib in libs),
                "  Arch:           sudo pacman -S " + unique(lib.pacman for lib in libs),
            ]
        )


def uses_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will try its X11 plugin first: on Linux, unless another platform is asked for or the
    session is Wayland (then Qt picks its Wayland plugin)."""
    if not platform.startswith("linux"):
        return False
    asked = environ.get("QT_QPA_PLATFORM", "").strip()
    if asked:
        return asked.split(";")[0].split(":")[0] == "xcb"
    return not (environ.get("WAYLAND_DISPLAY") or environ.get("XDG_SESSION_TYPE") == "wayland")


def _loads(name: str) -> str:
    """'' when the loader finds and loads ``name``, else its error."""
    try:
        ctypes.CDLL(name)
    except OSError as exc:
        return str(exc)
    return ""


def xcb_plugin() -> Path | None:
    """The bundled PySide6's libqxcb.so (in a frozen build, beside the program's other files)."""
    bases: list[Path] = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        bases.append(Path(frozen) / "PySide6")
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        bases.extend(Path(p) for p in spec.submodule_search_locations)
    for base in bases:
        plugin = base / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.exists():
            return plugin
    return None


def missing_xcb_libraries() -> MissingLibraries | None:
    """None when Qt's xcb plugin will load; otherwise what is missing, by package."""
    missing = tuple(lib for lib in XCB_PLUGIN_LIBRARIES if _loads(lib.soname))
    if missing:
        return MissingLibraries(missing)
    plugin = xcb_plugin()
    error = _loads(str(plugin)) if plugin is not None else ""
    return MissingLibraries((), error) if error else None


def check_window_prerequisites(environ: Mapping[str, str] | None = None) -> str:
    """'' when the window can start; otherwise the message to print instead of starting Qt."""
    env = os.environ if environ is None else environ
    if not uses_xcb(env):
        return ""
    missing = missing_xcb_libraries()
    return missing.message() if missing else ""


def main() -> int:
    message = check_window_prerequisites()
    if message:
        print(message, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
