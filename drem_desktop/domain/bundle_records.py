"""The cloud manager's export bundle as plain records, once read and checked (``sync.drem_bundle`` reads
it; ``store.bundle_repo`` writes it), so neither layer imports the other."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from drem_desktop.domain.race_config import RaceConfig


@dataclass(slots=True)
class BundleTrack:
    track_id: str
    number: int
    title: str
    footer: str
    fleet_id: str | None


@dataclass(slots=True)
class BundleEvent:
    event_id: str
    source_id: str
    name: str
    event_date: str
    type_of_event: str
    country_code: str
    sponsor: str
    config: RaceConfig
    tracks: list[BundleTrack]


@dataclass(slots=True)
class BundleRacer:
    racer_id: str
    username: str
    email: str = ""
    country_code: str = ""
    highlight_colour: str = ""
    avatar_config: dict[str, Any] = field(default_factory=dict)
    cloud_id: str = ""
    display_name: str = ""


@dataclass(slots=True)
class BundleLap:
    lap_id: str
    index: int
    time_ms: int
    resets: int
    valid: bool
    source: str


@dataclass(slots=True)
class BundleRace:
    run_id: str
    event_id: str
    track_id: str
    racer_id: str
    raced_by_proxy: bool
    submitted_at: datetime
    car_name: str
    laps: list[BundleLap]
    cloud_id: str = ""


@dataclass(slots=True)
class BundleFleet:
    fleet_id: str
    name: str


@dataclass(slots=True)
class Bundle:
    events: list[BundleEvent]
    racers: list[BundleRacer]
    races: list[BundleRace]
    fleets: list[BundleFleet]
    notes: list[str] = field(default_factory=list)  # what a person should know about how it was taken
