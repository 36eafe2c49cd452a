"""The model library's rows (``rl_model``): one per racer and .pb fingerprint."""

from __future__ import annotations

from sqlalchemy import select

from drem_desktop.domain.errors import NotFound
from drem_desktop.domain.model_records import ModelRecord
from drem_desktop.i18n import _
from drem_desktop.store.db import Database
from drem_desktop.store.schema import RlModel


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
    ) -> ModelRecord:
        with self.db.sessions.begin() as session:
            m = RlModel(
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
