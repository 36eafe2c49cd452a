"""Sample models: a folder of known-good archives (the cloud manager's ``lib/default_models/``, or any
folder of .tar.gz) filed under one owner, "Sample models", so a car can always be given something that
drives: for track checks, demos, or a racer whose own upload failed.

Each archive goes through the library's one check, like a racer's upload; a broken one is reported and
skipped, one imported before is counted as already there."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from drem_desktop.domain.errors import NotFound
from drem_desktop.domain.records import RacerRecord
from drem_desktop.i18n import _
from drem_desktop.models.library import ModelLibrary

OWNER_USERNAME = "sample-models"
OWNER_NAME = "Sample models"
CAME_FROM = "sample"
ARCHIVE_PATTERNS = ("*.tar.gz", "*.tgz")


class Racers(Protocol):
    def add(self, username: str, **fields: object) -> RacerRecord: ...
    def by_username(self, username: str) -> RacerRecord: ...


@dataclass
class SampleImport:
    owner: RacerRecord
    added: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (file, the check's words)

    def summary(self) -> str:
        parts = [_("{n} sample model(s) added").format(n=len(self.added))]
        if self.already:
            parts.append(_("{n} already in the library").format(n=len(self.already)))
        text = ", ".join(parts) + "."
        if self.refused:
            text += " " + _("Refused: {which}").format(which=" ".join(why for _file, why in self.refused))
        return text


def archives_in(folder: Path) -> list[Path]:
    """The model archives directly in ``folder`` (the cloud manager's folder is flat)."""
    if not folder.is_dir():
        raise NotFound(_("{folder} is not a folder.").format(folder=folder))
    found = {p for pattern in ARCHIVE_PATTERNS for p in folder.glob(pattern) if p.is_file()}
    return sorted(found, key=lambda p: p.name.lower())


def sample_owner(racers: Racers) -> RacerRecord:
    """The "Sample models" owner, registered the first time."""
    try:
        return racers.by_username(OWNER_USERNAME)
    except NotFound:
        return racers.add(OWNER_USERNAME, display_name=OWNER_NAME)


def import_sample_models(
    library: ModelLibrary,
    racers: Racers,
    folder: Path,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SampleImport:
    """Blocking I/O: run it off the UI thread. ``progress(done, total, file)`` before each archive."""
    archives = archives_in(folder)
    if not archives:
        raise NotFound(
            _("No model archives (.tar.gz) in {folder}. Pick the folder that holds them.").format(
                folder=folder
            )
        )
    result = SampleImport(sample_owner(racers))
    for done, path in enumerate(archives):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(done, len(archives), path.name)
        intake = library.import_file(path, result.owner.racer_id, came_from=CAME_FROM, cancelled=cancelled)
        if not intake.accepted:
            result.refused.append((path.name, intake.message()))
        elif intake.duplicate:
            result.already.append(path.name)
        else:
            result.added.append(path.name)
    if progress is not None:
        progress(len(archives), len(archives), "")
    return result
