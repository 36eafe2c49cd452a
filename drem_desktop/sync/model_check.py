"""The check a model file fetched from the bucket or a LAN peer passes before it is kept."""

from __future__ import annotations

from pathlib import Path


def check_model_file(path: Path) -> str | None:
    """The .pb fingerprint of a model archive that passes the library's checks, else None."""
    from drem_desktop.models.archive import inspect_archive

    verdict = inspect_archive(path, path.name.removesuffix(".part"))
    return verdict.md5 if verdict.accepted else None
