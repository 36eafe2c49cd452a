"""The app's log file in the data folder, so "something went wrong, see the log" names a real file."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "drem-desktop.log"
FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"


def log_file(logs_dir: Path) -> Path:
    return logs_dir / LOG_NAME


def log_to_file(logs_dir: Path, level: int = logging.INFO) -> Path:
    """Adds a rotating file (1 MB, three old ones kept) to the root logger once; returns its path."""
    path = log_file(logs_dir)
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == path.resolve():
            return path
    logs_dir.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(level)
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    return path
