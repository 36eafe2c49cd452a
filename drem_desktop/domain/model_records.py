"""The plain record of a model in the library (no ORM object leaves store/)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class ModelStatus(StrEnum):
    """Where a model stands; the timekeeper's car panel moves it on once it loaded the model onto a car."""

    READY = "ready"  # checked and in the library
    ON_CAR = "on_car"  # loaded onto a car (a new model_metadata.json for it means loading it again)
    RETIRED = "retired"  # kept on disk, hidden from the pick lists


@dataclass(frozen=True, slots=True)
class ModelRecord:
    model_id: str
    racer_id: str | None
    name: str  # the folder name the car will use
    md5: str
    sensors: tuple[str, ...]
    action_space_type: str
    training_algorithm: str
    size_bytes: int
    file_path: str  # relative to the data folder
    came_from: str  # upload | usb | import
    status: str
    created_at: datetime | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class ModelRevision:
    """An earlier model_metadata.json of a library model (same .pb, the racer handed in new metadata)."""

    model_id: str
    metadata: dict[str, Any] | None
    sensors: tuple[str, ...]
    action_space_type: str
    training_algorithm: str
    came_from: str
    stored_since: datetime | None  # when this metadata came into the library
    replaced_at: datetime | None  # when newer metadata replaced it
