"""Where a data folder keeps things. The folder comes from platformdirs unless ``--data-dir`` names one."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

ENV_VAR = "DREM_DATA_DIR"


def default_data_dir() -> Path:
    override = os.environ.get(ENV_VAR)
    return Path(override) if override else Path(user_data_dir("drem-desktop", "DREM"))


@dataclass(frozen=True, slots=True)
class DataPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "drem.sqlite"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def models(self) -> Path:
        return self.root / "models"

    @property
    def staging(self) -> Path:
        return self.root / "staging"

    @property
    def logs(self) -> Path:
        """The app's own log at the top; below it, a folder per event or run (``logs/<event id>/…``,
        ``logs/<run id>/…``) that travels with that event in its archive (sync/archive.py)."""
        return self.root / "logs"

    def event_logs(self, event_id: str) -> Path:
        """One event's logs, e.g. its runs' car logs (``<run id>-<car>.tar.gz``)."""
        return self.logs / event_id
