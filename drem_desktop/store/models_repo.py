"""The model library's rows (``rl_model``): one per racer and .pb fingerprint."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from drem_desktop.domain.errors import NotFound
from drem_desktop.domain.model_records import ModelRecord, ModelRevision
from drem_desktop.i18n import _
from drem_desktop.store.db import Database
from drem_desktop.store.schema import RlModel, RlModelRevision, utcnow


def model_record(m: RlModel) -> ModelRecord:
    return ModelRecord(
        model_id=m.id,
        racer_id=m.racer_id,
        name=m.name,
        md5=m.md5,
        sensors=tuple(s for s in m.sensors.split(",") if s),
        action_space_type=m.action_space_type,
        training_algorithm=m.training_algorithm,
        size_bytes=m.size_bytes,
        file_path=m.file_path,
        came_from=m.came_from,
        status=m.status,
        created_at=m.created_at,
    )


class ModelRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

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
    ) -> ModelRecord:
        with self.db.sessions.begin() as session:
            m = RlModel(
                model_metadata=model_metadata,
                racer_id=racer_id,
                name=name,
                md5=md5,
                sensors=",".join(sensors),
                action_space_type=action_space_type,
                training_algorithm=training_algorithm,
                size_bytes=size_bytes,
                file_path=file_path,
                came_from=came_from,
                status=status,
            )
            session.add(m)
            session.flush()
            return model_record(m)

    def find(self, racer_id: str | None, md5: str) -> ModelRecord | None:
        """The racer's live model with this fingerprint, if they already handed it in."""
        with self.db.sessions() as session:
            q = select(RlModel).where(RlModel.md5 == md5, RlModel.deleted.is_(False))
            q = q.where(RlModel.racer_id.is_(None) if racer_id is None else RlModel.racer_id == racer_id)
            m = session.scalars(q.order_by(RlModel.created_at)).first()
            return None if m is None else model_record(m)

    def metadata_of(self, model_id: str) -> dict[str, Any] | None:
        """The model_metadata.json stored with the model (None for rows from before it was kept)."""
        with self.db.sessions() as session:
            m = session.get(RlModel, model_id)
            return None if m is None else m.model_metadata

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
    ) -> ModelRecord:
        """The racer's new metadata for the same .pb; the one it replaces is kept as a revision."""
        with self.db.sessions.begin() as session:
            m = session.get(RlModel, model_id)
            if m is None or m.deleted:
                raise NotFound(_("No model with id {id} in the library.").format(id=model_id))
            session.add(
                RlModelRevision(
                    model_id=m.id,
                    model_metadata=m.model_metadata or previous_metadata,
                    sensors=m.sensors,
                    action_space_type=m.action_space_type,
                    training_algorithm=m.training_algorithm,
                    size_bytes=m.size_bytes,
                    came_from=m.came_from,
                    stored_since=m.metadata_since or m.created_at,
                )
            )
            m.model_metadata = model_metadata
            m.sensors = ",".join(sensors)
            m.action_space_type = action_space_type
            m.training_algorithm = training_algorithm
            m.size_bytes = size_bytes
            m.file_path = file_path
            m.came_from = came_from
            m.status = status
            m.metadata_since = utcnow()
            session.flush()
            return model_record(m)

    def revisions(self, model_id: str) -> list[ModelRevision]:
        """The model's earlier metadata, newest first."""
        with self.db.sessions() as session:
            rows = session.scalars(
                select(RlModelRevision)
                .where(RlModelRevision.model_id == model_id, RlModelRevision.deleted.is_(False))
                .order_by(RlModelRevision.created_at.desc())
            )
            return [
                ModelRevision(
                    r.model_id,
                    r.model_metadata,
                    tuple(s for s in r.sensors.split(",") if s),
                    r.action_space_type,
                    r.training_algorithm,
                    r.came_from,
                    r.stored_since,
                    r.created_at,
                )
                for r in rows
            ]

    def get(self, model_id: str) -> ModelRecord:
        with self.db.sessions() as session:
            m = session.get(RlModel, model_id)
            if m is None or m.deleted:
                raise NotFound(_("No model with id {id} in the library.").format(id=model_id))
            return model_record(m)

    def names_for(self, racer_id: str | None) -> set[str]:
        with self.db.sessions() as session:
            q = select(RlModel.name).where(RlModel.deleted.is_(False))
            q = q.where(RlModel.racer_id.is_(None) if racer_id is None else RlModel.racer_id == racer_id)
            return set(session.scalars(q))

    def list(self, racer_id: str | None = None, *, every_racer: bool = False) -> list[ModelRecord]:
        """The racer's models (or every model), newest first."""
        with self.db.sessions() as session:
            q = select(RlModel).where(RlModel.deleted.is_(False))
            if not every_racer:
                q = q.where(RlModel.racer_id.is_(None) if racer_id is None else RlModel.racer_id == racer_id)
            return [model_record(m) for m in session.scalars(q.order_by(RlModel.created_at.desc()))]

    def set_status(self, model_id: str, status: str) -> ModelRecord:
        with self.db.sessions.begin() as session:
            m = session.get(RlModel, model_id)
            if m is None or m.deleted:
                raise NotFound(_("No model with id {id} in the library.").format(id=model_id))
            m.status = status
            session.flush()
            return model_record(m)

    def remove(self, model_id: str) -> ModelRecord:
        """Soft delete: the row stays for sync and history; the library removes the file."""
        with self.db.sessions.begin() as session:
            m = session.get(RlModel, model_id)
            if m is None or m.deleted:
                raise NotFound(_("No model with id {id} in the library.").format(id=model_id))
            m.deleted = True
            session.flush()
            return model_record(m)
