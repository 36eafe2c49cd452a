"""Events and racers as screens and the CLI change them: store write, then a bus event."""

from __future__ import annotations

from typing import Any

from drem_desktop.bus import Bus
from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.domain.records import EventInfo, RacerRecord, TrackInfo
from drem_desktop.domain.upload_codes import new_upload_code
from drem_desktop.events import EventChanged, RacerChanged
from drem_desktop.store.events_repo import EventRepository
from drem_desktop.store.racers_repo import RacerRepository


class EventService:
    def __init__(self, repo: EventRepository, bus: Bus) -> None:
        self.repo = repo
        self._bus = bus

    def create(
        self, name: str, event_date: str, config: RaceConfig, track_count: int = 1, **fields: Any
    ) -> EventInfo:
        info = self.repo.create(name, event_date, config, track_count, **fields)
        self._bus.publish(EventChanged(info.event_id))
        return info

    def update(self, event_id: str, config: RaceConfig | None = None, **fields: Any) -> EventInfo:
        info = self.repo.update(event_id, config, **fields)
        self._bus.publish(EventChanged(event_id))
        return info

    def set_upload_code(self, event_id: str, code: str | None = None) -> EventInfo:
        """A new upload code (typed, or a fresh random one); the old code stops working at once, since
        the upload page looks the code up on every upload."""
        return self.update(event_id, upload_code=code if code else new_upload_code())

    def add_track(self, event_id: str, **fields: Any) -> TrackInfo:
        track = self.repo.add_track(event_id, **fields)
        self._bus.publish(EventChanged(event_id))
        return track

    def update_track(self, track_id: str, **fields: Any) -> TrackInfo:
        track = self.repo.update_track(track_id, **fields)
        self._bus.publish(EventChanged(track.event_id))
        return track

    def get(self, event_id: str) -> EventInfo:
        return self.repo.get(event_id)

    def find(self, id_or_name: str) -> EventInfo:
        return self.repo.find(id_or_name)

    def list(self) -> list[EventInfo]:
        return self.repo.list()

    def track(self, track_id: str) -> TrackInfo:
        return self.repo.track(track_id)


class RacerService:
    def __init__(self, repo: RacerRepository, bus: Bus) -> None:
        self.repo = repo
        self._bus = bus

    def add(self, username: str, **fields: Any) -> RacerRecord:
        record = self.repo.add(username, **fields)
        self._bus.publish(RacerChanged(record.racer_id))
        return record

    def update(self, racer_id: str, **fields: Any) -> RacerRecord:
        record = self.repo.update(racer_id, **fields)
        self._bus.publish(RacerChanged(racer_id))
        return record

    def get(self, racer_id: str) -> RacerRecord:
        return self.repo.get(racer_id)

    def by_username(self, username: str) -> RacerRecord:
        return self.repo.by_username(username)

    def list(self, search: str = "") -> list[RacerRecord]:
        return self.repo.list(search)
