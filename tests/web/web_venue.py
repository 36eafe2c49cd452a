"""A real app in a temporary data folder, with an event, racers (one with a hostile display name),
the model library and the LAN server wired the way the app wires them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from drem_desktop.app import App
from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.domain.run import Stamp
from drem_desktop.models.library import ModelLibrary
from drem_desktop.store.models_repo import ModelRepository
from drem_desktop.web.server import WebConfig, WebServer
from drem_desktop.web.upload import UploadLimits

HOSTILE = '<img src=x onerror="window.__pwned=1">&amp;</td><script>window.__pwned=2</script>'
CODE = "RACE-42"


@dataclass
class Venue:
    app: App
    library: ModelLibrary
    server: WebServer
    event_id: str
    track_ids: list[str]
    racers: dict[str, str]  # username -> racer id

    def lap(self, username: str, lap_ms: int, track: int = 1) -> None:
        """Put the racer on the track if needed and record one lap of ``lap_ms``."""
        rc = self.app.race_control
        track_id = self.track_ids[track - 1]
        view = rc.view(track_id)
        if view is None or view.racer_id != self.racers[username]:
            if view is not None:
                rc.end(track_id)
                rc.submit(track_id)
            config = self.app.events.get(self.event_id).config
            rc.prepare(self.event_id, track_id, self.racers[username], config)
            rc.start(track_id)
        view = rc.view(track_id)
        assert view is not None and view.run.lap_start is not None
        rc.capture_lap(track_id, stamp=Stamp(view.run.lap_start.host_ms + lap_ms))


def make_venue(data: Path, limits: UploadLimits | None = None) -> Venue:
    app = App(data, backup_at_start=False)
    config = RaceConfig(race_time_ms=240_000, min_lap_ms=0)
    event = app.events.create("Spring Cup", "2026-04-01", config, 2, upload_code=CODE)
    racers = {
        "alice": app.racers.add("alice").racer_id,
        "bob": app.racers.add("bob", display_name="Bob B").racer_id,
        "mallory": app.racers.add("mallory", display_name=HOSTILE).racer_id,
    }
    library = ModelLibrary(app.paths.root, ModelRepository(app.db), app.bus)
    app.current_event_id = event.event_id
    server = WebServer(
        app.lan_source(),
        library,
        WebConfig(host="127.0.0.1", port=0, upload=limits or UploadLimits()),
        tablet=app.lan_tablet(),
    )
    return Venue(app, library, server, event.event_id, [t.track_id for t in event.tracks], racers)
