"""``drem-desktop serve``: the same services as the window, with no window (a track-side box).

Times one track from a lap source, serves the LAN pages (and prints their addresses and the upload code),
takes commands on its standard input (``next USERNAME``, ``end``, ``submit``, … see headless_commands), and
prints what happens, until Ctrl+C, SIGTERM or ``quit``. Runs left in progress at exit are reopened at the
next start, as in the window.
"""

from __future__ import annotations

import argparse
import faulthandler
import logging
import signal
import sys
import threading
import time
from typing import Any

from drem_desktop import app as app_module
from drem_desktop.app import App
from drem_desktop.events import (
    CrossingLogged,
    LapRecorded,
    RunStateChanged,
    StorageFailing,
    StorageRecovered,
)
from drem_desktop.headless_commands import TrackCommands, help_text
from drem_desktop.i18n import _
from drem_desktop.services.track_sensors import TrackTimingEvent
from drem_desktop.store.backup import BackupError
from drem_desktop.timing.events import (
    CrossingNotRecorded,
    SensorStatusChanged,
    SequenceGapDetected,
    SequenceJumpDetected,
)


def _say(text: str) -> None:
    print(text, flush=True)


def serve(args: argparse.Namespace, *, stop: threading.Event | None = None) -> int:
    stop = stop or threading.Event()
    app = App(getattr(args, "data_dir", None), backup_at_start=False)  # backed up once the checks pass
    for warning in app.start_warnings:
        _say("!!! " + _("WARNING: {text}").format(text=warning))
    app.keep_disk_ballast()
    try:
        event_key = args.event or app.current_event_id
        if not event_key:
            print(
                _("error: no event: give --event, or create one with: drem-desktop event add NAME"),
                file=sys.stderr,
            )
            return 1
        event = app.events.find(event_key)
        track = event.track(args.track)
        if track is None:
            print(
                _("error: event “{event}” has no track {n}.").format(event=event.name, n=args.track),
                file=sys.stderr,
            )
            return 1
        try:
            app.backups.now("start")
        except BackupError as exc:  # BackupFailed is on the bus; timing goes on, and says so
            _say("!!! " + _("WARNING: {text}").format(text=exc))
        commands = TrackCommands(app, event, track.track_id, _say, stop)
        _watch(app, track.track_id)
        if args.sensor:
            app.sensors.attach(track.track_id, args.sensor)
        elif app.sensors.remembered(track.track_id):
            app.sensors.reopen([track.track_id])
        else:
            _say(_("No lap source: laps are not timed. Give --sensor auto, a port, or ws://HOST:8080."))
        racer = getattr(args, "racer", None)
        if racer:
            commands.put_on_track(racer)
        app.start_car_health()
        if not args.no_web:
            lan = app.start_lan(args.port)
            for url in lan.urls():
                _say_pages(url, event, track.number)
            if getattr(args, "pair", False):
                code = app.sync.offer_pairing()
                for url in lan.urls():
                    address = url.removeprefix("http://").rstrip("/")
                    _say(
                        _("Pair another laptop with: drem-desktop pair {address} {code}").format(
                            address=address, code=code
                        )
                    )
        _keep_syncing(app)
        if hasattr(signal, "SIGUSR1"):  # `kill -USR1 PID`: where every thread is, for a box that hangs
            faulthandler.register(signal.SIGUSR1, all_threads=True)
        previous = {  # before the line that says Ctrl+C stops: from then on a signal closes cleanly
            sig: signal.signal(sig, lambda *_a: stop.set()) for sig in (signal.SIGINT, signal.SIGTERM)
        }
        try:
            _say(_("Timing “{event}” track {n}. Ctrl+C stops.").format(event=event.name, n=track.number))
            _say(help_text())
            if sys.stdin.isatty() and hasattr(signal, "SIGTTIN"):
                # started in the background (serve … &): reading the terminal must not stop the timing
                signal.signal(signal.SIGTTIN, signal.SIG_IGN)
            commands.read(sys.stdin)
            stop.wait()
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
        _say(_("Stopping."))
        return 0
    finally:
        _close(app)


def _close(app: App) -> None:
    """App.close is bounded; here it also says how long it took and which part kept it waiting (a box
    that was slow to stop names the part in its own output)."""
    closing_log = logging.getLogger(app_module.__name__)
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(message)s"))
    level = closing_log.level
    closing_log.addHandler(handler)
    closing_log.setLevel(logging.INFO)
    try:
        app.close()
    finally:
        closing_log.removeHandler(handler)
        closing_log.setLevel(level)


def _keep_syncing(app: App) -> None:
    """``serve`` syncs like the window: with paired laptops over the LAN, and the bucket when one is set."""
    from drem_desktop.events import PeerStatusChanged, SyncStatusChanged

    app.bus.subscribe(SyncStatusChanged, lambda s: _say(_("sync: {message}").format(message=s.message)))
    app.bus.subscribe(PeerStatusChanged, lambda s: _say(_("LAN sync: {message}").format(message=s.message)))
    app.sync.start()
    app.sync.wake()


def _say_pages(url: str, event: Any, track: int) -> None:
    """Where phones and the stream reach this box, and the code racers need to upload."""
    e = event.event_id
    _say(_("LAN pages: {url}event/{e}").format(url=url, e=e))
    _say(_("  leaderboard: {url}leaderboard/{e}?track={n}").format(url=url, e=e, n=track))
    _say(_("  all tracks:  {url}leaderboard/{e}?track=combined").format(url=url, e=e))
    _say(_("  overlay:     {url}overlay/{e}?track={n}").format(url=url, e=e, n=track))
    _say(_("  upload:      {url}upload  (upload code: {code})").format(url=url, code=event.upload_code))


def _watch(app: App, track_id: str) -> None:
    """Prints laps, state changes and sensor news for the track; submits a run when it is over."""

    def lap(e: LapRecorded) -> None:
        if e.track_id == track_id:
            flag = "" if e.lap.valid else " " + _("(invalid)")
            if e.lap.flag:
                flag += " " + _("CHECK: {why}").format(why=e.lap.flag)
            _say(f"lap {e.lap.index + 1}: {e.lap.time_ms / 1000:.3f} s, {e.lap.resets} reset(s){flag}")

    explained = [False]  # "why triggers are ignored" is said once per stretch with no racer on track

    def state(e: RunStateChanged) -> None:
        if e.track_id != track_id:
            return
        _say(_("run {state}").format(state=e.state))
        if e.state == "ready":
            explained[0] = False
        if e.state == "over":
            threading.Thread(target=app.race_control.submit, args=(track_id,), daemon=True).start()
        if e.state == "submitted":  # where it put the racer (read off the publisher's thread)
            threading.Thread(
                target=lambda: _say(app.leaderboards.standing_text(e.event_id, e.track_id, e.racer_id)),
                daemon=True,
            ).start()

    def crossing(e: CrossingLogged) -> None:
        if e.track_id != track_id:
            return
        if e.outcome == "debounced":
            _say(_("trigger debounced (sensor {sensor})").format(sensor=e.sensor_id))
        elif e.outcome == "ignored" and not explained[0]:
            explained[0] = True
            _say(
                _(
                    "trigger ignored: no racer on the track, so triggers are not timed until the next one "
                    "(type next USERNAME). Further triggers until then are ignored without a word."
                )
            )

    last_connected: list[bool | None] = [None]

    def timing(e: TrackTimingEvent) -> None:
        if e.track_id != track_id:
            return
        if isinstance(e.event, SensorStatusChanged):
            s = e.event.status
            if s.connected == last_connected[0]:
                return  # heartbeats refresh the status every second: say only what changed
            last_connected[0] = s.connected
            word = _("connected") if s.connected else _("disconnected")
            _say(f"sensor {s.port}: {word}" + (f" ({s.last_error})" if s.last_error else ""))
        elif isinstance(e.event, SequenceGapDetected):
            if e.event.while_away:
                _say(
                    _("sensor: {n} trigger(s) missed while the app was closed: check the run").format(
                        n=e.event.count
                    )
                )
            else:
                _say(_("sensor missed {n} trigger(s): check the run").format(n=e.event.count))
        elif isinstance(e.event, CrossingNotRecorded):
            c = e.event.crossing
            at = f" sensor clock {c.sensor_ms / 1000:.3f} s" if c.sensor_ms is not None else ""
            _say(
                "!!! "
                + _("trigger NOT STORED at {time} (sensor {sensor}{at}): note this lap by hand").format(
                    time=time.strftime("%H:%M:%S"), sensor=c.sensor_id, at=at
                )
            )
        elif isinstance(e.event, SequenceJumpDetected):
            _say(
                _("sensor jumped from trigger #{last} to #{to}: logged, not trusted").format(
                    last=e.event.last_good, to=e.event.jumped_to
                )
            )

    def storage_failing(e: StorageFailing) -> None:
        _say("!!! " + e.message)

    def storage_recovered(e: StorageRecovered) -> None:
        _say(e.message)

    app.bus.subscribe(StorageFailing, storage_failing)
    app.bus.subscribe(StorageRecovered, storage_recovered)
    app.bus.subscribe(LapRecorded, lap)
    app.bus.subscribe(RunStateChanged, state)
    app.bus.subscribe(CrossingLogged, crossing)
    app.bus.subscribe(TrackTimingEvent, timing)
