"""What a start loads before the window can paint: the libraries for cars, the LAN pages and migrations
load when first used, not at import (each costs a noticeable part of a second on a laptop)."""

from __future__ import annotations

import subprocess
import sys

LATER = ("paramiko", "aiohttp", "zeroconf", "alembic", "cryptography", "pyqtgraph")


def test_importing_the_app_loads_no_network_or_migration_library() -> None:
    script = (
        "import sys; import drem_desktop.app; "
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({LATER!r})))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]", f"loaded at import: {done.stdout.strip()}"


def test_the_window_frame_loads_no_database_library() -> None:
    """The start paints the main window while a worker opens the app: what the frame needs must not pull
    in SQLAlchemy (half a second), or the window would wait for it."""
    script = (
        "import sys; import drem_desktop.cli, drem_desktop.ui.start, drem_desktop.ui.main; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic', 'aiohttp'}))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]", f"loaded by the frame: {done.stdout.strip()}"
