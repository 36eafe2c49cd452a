"""Commands typed into ``drem-desktop serve`` (one a line on its standard input), so a track-side box takes
the next racer (by name, or the first on deck in the track's queue), ends or throws away a run without a
restart."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TextIO

from drem_desktop.domain.errors import NotFound, StoreError
from drem_desktop.domain.run import RunError
from drem_desktop.i18n import _

Say = Callable[[str], None]


def help_text() -> str:
    return _(
        "Commands: next USERNAME (put the racer on the track; registered if new) · next (the first racer "
        "on deck) · deck USERNAME (queue a racer) · end · submit · discard · status · help · quit"
    )


class TrackCommands:
    """What the box does for each command line, on one event's track; every answer is one line."""

    def __init__(self, app: Any, event: Any, track_id: str, say: Say, stop: threading.Event) -> None:
        self.app = app
        self.event = event
        self.track_id = track_id
        self.say = say
        self.stop = stop

    def _busy(self) -> bool:
        """True, and says so, when the track has a run in progress."""
        view = self.app.race_control.view(self.track_id)
        if view is None:
            return False
        self.say(
            _("Track {n} has a run in progress ({state}): type end, submit or discard first.").format(
                n=self._number(), state=_(view.state.value)
            )
        )
        return True

    def put_on_track(self, username: str) -> None:
        """The racer is registered if new, then put on the track, ready for the first trigger."""
        if self._busy():
            return
        try:
            racer = self.app.racers.by_username(username)
        except NotFound:
            racer = self.app.racers.add(username)
        config = self.app.events.get(self.event.event_id).config
        self.app.race_control.prepare(self.event.event_id, self.track_id, racer.racer_id, config)
        self.say(_("{name} is on the track: the first trigger starts the run.").format(name=racer.username))

    def take_next(self) -> None:
        """The first racer on deck (the queue the laptop, the tablet or ``deck`` filled) goes on the track,
        in the car staged for them when one is ready."""
        if self._busy():
            return
        if self.app.queue.next_entry(self.track_id) is None:
            self.say(
                _(
                    "Nobody is on deck for track {n}: next USERNAME puts a racer on, "
                    "deck USERNAME queues one."
                ).format(n=self._number())
            )
            return
        view = self.app.queue.take_next(self.track_id)
        name = self.app.racers.get(view.racer_id).username
        if view.car_name:
            self.say(
                _("{name} is on the track in {car}: the first trigger starts the run.").format(
                    name=name, car=view.car_name
                )
            )
        else:
            self.say(_("{name} is on the track: the first trigger starts the run.").format(name=name))

    def put_on_deck(self, username: str) -> None:
        """The racer (registered if new) joins the end of the track's queue."""
        try:
            racer = self.app.queue.find_racer(username)
        except NotFound:
            racer = self.app.racers.add(username)
        self.app.queue.add(self.track_id, racer.racer_id)
        place = len(self.app.queue.entries(self.track_id))
        self.say(
            _("{name} is on deck for track {n} (number {place}).").format(
                name=racer.username, n=self._number(), place=place
            )
        )

    def handle(self, line: str) -> None:
        words = line.split()
        if not words:
            return
        command, rest = words[0].lower(), " ".join(words[1:])
        rc = self.app.race_control
        try:
            if command in ("next", "racer"):
                if not rest:
                    self.take_next()
                else:
                    self.put_on_track(rest)
            elif command in ("deck", "queue"):
                if not rest:
                    self.say(_("Give the racer's username: deck USERNAME"))
                else:
                    self.put_on_deck(rest)
            elif command == "end":
                rc.end(self.track_id)
            elif command == "submit":
                rc.submit(self.track_id)
            elif command == "discard":
                rc.discard(self.track_id)
            elif command == "status":
                self.say(self.status())
            elif command in ("quit", "exit"):
                self.stop.set()
            elif command in ("help", "?"):
                self.say(help_text())
            else:
                self.say(_("Unknown command “{c}”. {help}").format(c=words[0], help=help_text()))
        except (RunError, StoreError, ValueError) as exc:
            self.say(_("Not done: {reason}").format(reason=exc))

    def status(self) -> str:
        view = self.app.race_control.view(self.track_id)
        deck = [self.app.racers.get(e.racer_id).username for e in self.app.queue.entries(self.track_id)]
        on_deck = " " + _("On deck: {names}.").format(names=", ".join(deck)) if deck else ""
        if view is None:
            return (
                _("Track {n}: no racer on the track (next USERNAME puts one on).").format(n=self._number())
                + on_deck
            )
        racer = self.app.racers.get(view.racer_id)
        return (
            _("Track {n}: {name}, {state}, {laps} lap(s).").format(
                n=self._number(), name=racer.username, state=_(view.state.value), laps=len(view.run.laps)
            )
            + on_deck
        )

    def _number(self) -> int:
        return next((t.number for t in self.event.tracks if t.track_id == self.track_id), 0)

    def read(self, stream: TextIO) -> threading.Thread:
        """Reads commands on a daemon thread until end of input (a box with no console just never types)."""

        def loop() -> None:
            try:
                for line in stream:
                    self.handle(line)
            except (OSError, ValueError):  # a background job's terminal (EIO), or the stream closed
                return

        thread = threading.Thread(target=loop, name="serve-commands", daemon=True)
        thread.start()
        return thread
