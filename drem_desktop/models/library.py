"""The model library: each racer's checked archives under ``<data>/models/<racer id>/``.

Every way in (LAN upload, USB stick, import) goes through :meth:`ModelLibrary.add_staged`: the bytes
are first in the library's own staging folder, where nobody else can change them, then checked by the
one validator, then moved into place and recorded, then announced on the bus. A refused archive is
deleted from staging and leaves nothing behind.
"""

from __future__ import annotations

import json
import logging
import os
import re
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from drem_desktop.bus import Bus
from drem_desktop.disk_space import DiskSpace, is_disk_full
from drem_desktop.domain.model_records import ModelRecord, ModelRevision, ModelStatus
from drem_desktop.i18n import _
from drem_desktop.models.archive import (
    DEFAULT_LIMITS,
    ArchiveLimits,
    ModelVerdict,
    inspect_archive,
    sanitize_model_name,
)
from drem_desktop.models.events import ModelReceived, ModelRefused, ModelStatusChanged
from drem_desktop.models.metadata import describe_metadata

log = logging.getLogger(__name__)

STAGING = ".staging"
_RACER_ID = re.compile(r"[A-Za-z0-9-]{1,64}")
_COPY_CHUNK = 1 << 20


class ModelRows(Protocol):
    """What the library needs from the store (``store.models_repo.ModelRepository``)."""

    def add(
        self,
        *,
        racer_id: str | None,
        name: str,
        md5: str,
        sensors: tuple[str, ...],
        action_space_type: str,
        training_algorithm: str,
        size_bytes: int,
        file_path: str,
        came_from: str,
        status: str,
        model_metadata: dict[str, Any] | None = None,
    ) -> ModelRecord: ...
    def metadata_of(self, model_id: str) -> dict[str, Any] | None: ...
    def update_metadata(
        self,
        model_id: str,
        *,
        model_metadata: dict[str, Any],
        previous_metadata: dict[str, Any] | None,
        sensors: tuple[str, ...],
        action_space_type: str,
        training_algorithm: str,
        size_bytes: int,
        file_path: str,
        came_from: str,
        status: str,
    ) -> ModelRecord: ...
    def revisions(self, model_id: str) -> list[ModelRevision]: ...
    def find(self, racer_id: str | None, md5: str) -> ModelRecord | None: ...
    def get(self, model_id: str) -> ModelRecord: ...
    def names_for(self, racer_id: str | None) -> set[str]: ...
    def list(self, racer_id: str | None = None, *, every_racer: bool = False) -> list[ModelRecord]: ...
    def set_status(self, model_id: str, status: str) -> ModelRecord: ...
    def remove(self, model_id: str) -> ModelRecord: ...


@dataclass(frozen=True, slots=True)
class ModelIntake:
    """The outcome of handing a model in: the verdict, and the library row when it was kept."""

    verdict: ModelVerdict
    model: ModelRecord | None = None
    duplicate: bool = False
    metadata_change: str | None = None  # the same .pb with new metadata: what changed, in words

    @property
    def accepted(self) -> bool:
        return self.model is not None

    def message(self) -> str:
        if self.model is None:
            return self.verdict.summary()
        if self.duplicate:
            return _("{name}: already in the library (same model file), nothing new was stored.").format(
                name=self.model.name
            )
        if self.metadata_change is not None:
            return self.metadata_change
        return _("{name}: received and checked. It is in the library and can go to a car.").format(
            name=self.model.name
        )


def _canonical(metadata: dict[str, Any]) -> str:
    return json.dumps(metadata, sort_keys=True, separators=(",", ":"))


class CopyCancelled(Exception):
    """The person cancelled a copy; the partial file was removed."""


class ModelLibrary:
    def __init__(
        self,
        data_dir: Path,
        rows: ModelRows,
        bus: Bus | None = None,
        limits: ArchiveLimits = DEFAULT_LIMITS,
        space: DiskSpace | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.space = space  # models must leave the disk's reserve for timing
        self.root = data_dir / "models"
        self.staging = self.root / STAGING
        self.rows = rows
        self.bus = bus
        self.limits = limits
        self._place_lock = threading.Lock()

    def room_for(self, size: int) -> bool:
        """Whether ``size`` more bytes of models leave the disk's reserve for lap timing."""
        return self.space is None or self.space.room_for(size)

    def no_room_words(self) -> str:
        free = self.space.state().free_mb if self.space is not None else 0.0
        return _(
            "The laptop is running out of disk space ({free:.0f} MB free), so model uploads are paused to "
            "keep room for lap timing. Hand your model to the organizer on a USB stick, or try again later."
        ).format(free=free)

    def new_staging_file(self) -> Path:
        """A fresh, unguessable path in the staging folder for bytes that are not yet checked."""
        self.staging.mkdir(parents=True, exist_ok=True)
        return self.staging / f"{secrets.token_hex(12)}.part"

    def clear_staging(self) -> None:
        """Remove leftovers of interrupted uploads (called at start)."""
        if self.staging.is_dir():
            for p in self.staging.iterdir():
                if p.is_file() and p.suffix == ".part":
                    p.unlink(missing_ok=True)

    def inspect(self, path: Path, file_name: str | None = None) -> ModelVerdict:
        return inspect_archive(path, file_name, self.limits)

    def add_staged(self, staged: Path, file_name: str, racer_id: str | None, came_from: str) -> ModelIntake:
        """Check a file already in staging and keep it for the racer, or delete it with the reasons."""
        try:
            verdict = inspect_archive(staged, file_name, self.limits)
            if not verdict.accepted:
                self._publish(ModelRefused(file_name, verdict.reasons, came_from, racer_id))
                return ModelIntake(verdict)
            assert verdict.md5 is not None and verdict.metadata is not None
            with self._place_lock:
                existing = self.rows.find(racer_id, verdict.md5)
                if existing is None:
                    intake = ModelIntake(verdict, self._place(staged, verdict, racer_id, came_from))
                else:
                    previous = self._stored_metadata(existing)
                    if previous is not None and _canonical(previous) == _canonical(verdict.metadata.raw):
                        intake = ModelIntake(verdict, existing, duplicate=True)
                    else:
                        intake = self._new_metadata(staged, existing, previous, verdict, came_from)
            assert intake.model is not None
            self._publish(
                ModelReceived(
                    intake.model.model_id,
                    racer_id,
                    intake.model.name,
                    intake.model.md5,
                    came_from,
                    intake.duplicate,
                    intake.metadata_change is not None,
                )
            )
            return intake
        finally:
            staged.unlink(missing_ok=True)

    def _place(
        self, staged: Path, verdict: ModelVerdict, racer_id: str | None, came_from: str
    ) -> ModelRecord:
        assert verdict.metadata is not None and verdict.md5 is not None
        if racer_id is not None and not _RACER_ID.fullmatch(racer_id):
            raise ValueError(f"not a racer id: {racer_id!r}")  # ids come from the database, never from input
        folder = self.root / (racer_id or "unassigned")
        folder.mkdir(parents=True, exist_ok=True)
        taken = self.rows.names_for(racer_id) | {p.name.split(".", 1)[0] for p in folder.iterdir()}
        name, n = verdict.name, 1
        while name in taken:
            n += 1
            name = f"{verdict.name[:60]}-{n}"
        target = folder / f"{name}.tar.gz"
        os.replace(staged, target)
        try:
            return self.rows.add(
                racer_id=racer_id,
                name=name,
                md5=verdict.md5,
                sensors=verdict.metadata.sensors,
                action_space_type=verdict.metadata.action_space_type,
                training_algorithm=verdict.metadata.training_algorithm,
                size_bytes=verdict.archive_bytes,
                file_path=target.relative_to(self.data_dir).as_posix(),
                came_from=came_from,
                status=ModelStatus.READY.value,
                model_metadata=verdict.metadata.raw,
            )
        except BaseException:
            target.unlink(missing_ok=True)
            raise

    def _stored_metadata(self, model: ModelRecord) -> dict[str, Any] | None:
        """The metadata the library holds for ``model``; rows from before it was kept read their file."""
        stored = self.rows.metadata_of(model.model_id)
        if stored is not None:
            return stored
        verdict = inspect_archive(self.path_of(model), model.name, self.limits)
        return verdict.metadata.raw if verdict.metadata is not None else None

    def _new_metadata(
        self,
        staged: Path,
        existing: ModelRecord,
        previous: dict[str, Any] | None,
        verdict: ModelVerdict,
        came_from: str,
    ) -> ModelIntake:
        """Same .pb, new metadata: the new archive becomes the model's file, the old metadata its history."""
        assert verdict.metadata is not None
        old_file = self.path_of(existing)
        target = old_file.with_name(f"{existing.name}.{secrets.token_hex(4)}.tar.gz")
        os.replace(staged, target)
        on_car = existing.status == ModelStatus.ON_CAR.value
        try:
            record = self.rows.update_metadata(
                existing.model_id,
                model_metadata=verdict.metadata.raw,
                previous_metadata=previous,
                sensors=verdict.metadata.sensors,
                action_space_type=verdict.metadata.action_space_type,
                training_algorithm=verdict.metadata.training_algorithm,
                size_bytes=verdict.archive_bytes,
                file_path=target.relative_to(self.data_dir).as_posix(),
                came_from=came_from,
                status=ModelStatus.READY.value if on_car else existing.status,
            )
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        if old_file != target:
            old_file.unlink(missing_ok=True)
        was = describe_metadata(previous) if previous is not None else _("unknown")
        message = _(
            "{name}: same model file with a new model_metadata.json. The library now holds the new metadata "
            "({now}; before: {was}); the earlier one is kept in the model's history."
        ).format(name=record.name, now=describe_metadata(verdict.metadata.raw), was=was)
        if on_car:
            message += " " + _("Load it onto the car again: the car still has the earlier metadata.")
        return ModelIntake(verdict, record, metadata_change=message)

    def metadata_history(self, model_id: str) -> list[ModelRevision]:
        """The model's earlier metadata, newest first."""
        return self.rows.revisions(model_id)

    def import_file(
        self,
        source: Path,
        racer_id: str | None,
        came_from: str = "usb",
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ModelIntake:
        """Copy a file (USB stick, chosen folder) into staging, then check and keep it.

        The copy is checked, not the original, so a stick pulled or rewritten mid-way cannot slip a
        different file past the check. Runs blocking I/O: call it off the UI thread.
        """
        if not self.room_for(source.stat().st_size if source.exists() else 0):
            reason = self.no_room_words()
            self._publish(ModelRefused(source.name, (reason,), came_from, racer_id))
            return ModelIntake(ModelVerdict(source.name, sanitize_model_name(source.name), False, (reason,)))
        staged = self.new_staging_file()
        try:
            size = source.stat().st_size
            if size > self.limits.max_archive_bytes:
                verdict = inspect_archive(source, source.name, self.limits)  # refuses on size, reads nothing
                self._publish(ModelRefused(source.name, verdict.reasons, came_from, racer_id))
                return ModelIntake(verdict)
            done = 0
            with source.open("rb") as src, staged.open("wb") as dst:
                while chunk := src.read(_COPY_CHUNK):
                    if cancelled is not None and cancelled():
                        raise CopyCancelled(_("Import of {file} cancelled.").format(file=source.name))
                    dst.write(chunk)
                    done += len(chunk)
                    if progress is not None:
                        progress(done, size)
        except OSError as exc:
            staged.unlink(missing_ok=True)
            if is_disk_full(exc):
                reason = self.no_room_words()
            else:
                reason = _("Could not copy {file} ({error}). Check the drive is still plugged in.").format(
                    file=source.name, error=exc.strerror or exc
                )
            verdict = ModelVerdict(source.name, sanitize_model_name(source.name), False, (reason,))
            return ModelIntake(verdict)
        except BaseException:
            staged.unlink(missing_ok=True)
            raise
        return self.add_staged(staged, source.name, racer_id, came_from)

    def models(self, racer_id: str | None = None, *, every_racer: bool = False) -> list[ModelRecord]:
        return self.rows.list(racer_id, every_racer=every_racer)

    def path_of(self, model: ModelRecord) -> Path:
        """The archive on disk, ready to push to a car."""
        return self.data_dir / model.file_path

    def set_status(self, model_id: str, status: ModelStatus | str) -> ModelRecord:
        record = self.rows.set_status(model_id, ModelStatus(status).value)
        self._publish(ModelStatusChanged(model_id, record.status))
        return record

    def remove(self, model_id: str) -> ModelRecord:
        """Forget a model: the row is soft-deleted (for sync), the archive file is deleted."""
        record = self.rows.remove(model_id)
        self.path_of(record).unlink(missing_ok=True)
        self._publish(ModelStatusChanged(model_id, "removed"))
        return record

    def _publish(self, event: object) -> None:
        if self.bus is not None:
            self.bus.publish(event)
