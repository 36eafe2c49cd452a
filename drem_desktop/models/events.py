"""Bus events of the model library: past-tense facts, published after the change is on disk."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ModelReceived:
    """A checked model is in the library (``duplicate``: the racer already had this exact .pb and
    metadata; ``metadata_updated``: the same .pb came with new metadata, which the library now holds)."""

    model_id: str
    racer_id: str | None
    name: str
    md5: str
    came_from: str  # upload | usb | import
    duplicate: bool = False
    metadata_updated: bool = False


@dataclass(frozen=True, slots=True)
class ModelRefused:
    """An archive failed the check; nothing was kept."""

    file_name: str
    reasons: tuple[str, ...]
    came_from: str
    racer_id: str | None = None


@dataclass(frozen=True, slots=True)
class ModelStatusChanged:
    model_id: str
    status: str
