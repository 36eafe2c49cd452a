"""``python -m drem_desktop`` and the packaged program's entry: the same as the ``drem-desktop`` command."""

import os
import sys


def _restore_library_path() -> None:
    """The bundle's loader put its own folder first on LD_LIBRARY_PATH for this process (the dynamic loader
    has read it already); programs we start (a browser for a LAN page, a file manager) get the user's."""
    if getattr(sys, "frozen", False) and "LD_LIBRARY_PATH" in os.environ:
        original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
        if original is None:
            del os.environ["LD_LIBRARY_PATH"]
        else:
            os.environ["LD_LIBRARY_PATH"] = original


_restore_library_path()

from drem_desktop.cli import main  # noqa: E402

sys.exit(main())
