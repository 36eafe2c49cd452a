"""What the first-run setup does, with no Qt: create the first event (or import a cloud-manager bundle),
register racers typed or pasted as CSV, and pick each track's lap source. The setup screen runs these on a
worker and shows their answers; each either does all of its work or reports, per line, what it refused."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.domain.records import EventInfo
from drem_desktop.i18n import _

if TYPE_CHECKING:
    from drem_desktop.app import App
    from drem_desktop.services.practice_timer import PracticeTimer

SIMULATOR = "simulator"  # the lap-source choice that starts a PracticeTimer for the track
KEYS = "manual"


def create_first_event(app: App, name: str, event_date: str, config: RaceConfig, tracks: int) -> EventInfo:
    event = app.events.create(name, event_date, config.validated(), tracks)
    app.current_event_id = event.event_id
    return event


def import_cloud_bundle(app: App, folder: Path) -> EventInfo:
    """The cloud manager's export bundle (checked whole before anything is written); its first event
    becomes the current one."""
    from drem_desktop.store.bundle_repo import import_bundle
    from drem_desktop.sync.drem_bundle import read_bundle

    bundle = read_bundle(folder)
    if not bundle.events:
        raise ValueError(_("This bundle has no event in it."))
    import_bundle(app.db, bundle)
    app.leaderboards.invalidate()
    event = app.events.get(bundle.events[0].event_id)
    app.current_event_id = event.event_id
    return event


@dataclass(frozen=True, slots=True)
class RacerLine:
    username: str
    display_name: str = ""
    country_code: str = ""


def parse_racers(text: str) -> list[RacerLine]:
    """One racer a line: ``username[, display name[, country]]``; a CSV header naming these is skipped."""
    rows = [r for r in csv.reader(io.StringIO(text)) if r and any(c.strip() for c in r)]
    if rows and rows[0][0].strip().lower() in ("username", "user", "racer", "racername"):
        rows = rows[1:]
    out = []
    for row in rows:
        cells = [c.strip() for c in row] + ["", ""]
        out.append(RacerLine(cells[0], cells[1], cells[2].upper()))
    return out


@dataclass
class RacersAdded:
    added: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # "line: why"

    def summary(self) -> str:
        text = _("{n} racer(s) registered.").format(n=len(self.added))
        if self.already:
            text += " " + _("Already registered: {names}.").format(names=", ".join(self.already))
        if self.refused:
            text += " " + _("Not registered: {lines}").format(lines=" ".join(self.refused))
        return text


def register_racers(app: App, racers: list[RacerLine]) -> RacersAdded:
    from drem_desktop.domain.errors import NotFound

    result = RacersAdded()
    for r in racers:
        try:
            app.racers.by_username(r.username)
            result.already.append(r.username)
            continue
        except NotFound:
            pass
        try:
            app.racers.add(r.username, display_name=r.display_name, country_code=r.country_code)
        except ValueError as exc:  # the field rules' FieldError and the store's errors say what to fix
            result.refused.append(f"{r.username or '?'}: {exc}")
        else:
            result.added.append(r.username)
    return result


def set_lap_sources(app: App, choices: dict[str, str], practice: dict[str, PracticeTimer]) -> list[str]:
    """Each track's choice: ``manual`` (keys), ``simulator`` (a PracticeTimer, not remembered), ``auto``,
    a serial port or ``ws://…``. Returns the tracks whose source could not be opened, in words."""
    from drem_desktop.services.practice_timer import PracticeTimer

    problems = []
    for track_id, spec in choices.items():
        try:
            if spec == SIMULATOR:
                timer = practice.get(track_id) or PracticeTimer(app.service_loop)
                url = timer.start()
                practice[track_id] = timer
                app.sensors.attach(track_id, url, remember=False)
            elif spec == KEYS:
                app.sensors.detach(track_id)
            else:
                app.sensors.attach(track_id, spec)
        except (OSError, ValueError, TimeoutError) as exc:
            problems.append(str(exc))
    return problems
