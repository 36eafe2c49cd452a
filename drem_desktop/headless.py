"""``drem-desktop serve``: the same services as the window, with no window (a track-side box).

Times one track from a lap source, serves the LAN pages, and prints what happens, until Ctrl+C or
SIGTERM. Runs left in progress at exit are reopened at the next start, as in the window.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import threading
from typing import Any

from drem_desktop.app import App
from drem_desktop.domain.errors import NotFound
from drem_desktop.events import CrossingLogged, LapRecorded, RunStateChanged
from drem_desktop.i18n import _
from drem_desktop.services.track_sensors import TrackTimingEvent
from drem_desktop.timing.events import SensorStatusChanged, SequenceGapDetected


def _say(text: str) -> None:
    print(text, flush=True)


def serve(args: argparse.Namespace, *, stop: threading.Event | None = None) -> int:
    stop = stop or threading.Event()
    app = App(getattr(args, "data_dir", None), backup_at_start=False)  # backed up once the checks pass
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
        with contextlib.suppress(OSError):  # BackupFailed is on the bus; timing goes on
            app.backups.now("start")
        _watch(app, track.track_id)
        if args.sensor:
            app.sensors.attach(track.track_id, args.sensor)
        elif app.sensors.remembered(track.track_id):
            app.sensors.reopen([track.track_id])
        else:
            _say(_("No lap source: laps are not timed. Give --sensor auto, a port, or ws://HOST:8080."))
        racer = getattr(args, "racer", None)
        if racer:
            _put_on_track(app, event, track.track_id, racer)
        app.start_car_health()
        if not args.no_web:
            lan = app.start_lan(args.port)
            for url in lan.urls():
                _say(_("LAN pages: {url}leaderboard/{event}").format(url=url, event=event.event_id))
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
        _say(_("Timing “{event}” track {n}. Ctrl+C stops.").format(event=event.name, n=track.number))
        previous = {
            sig: signal.signal(sig, lambda *_a: stop.set()) for sig in (signal.SIGINT, signal.SIGTERM)
        }
        try:
            stop.wait()
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
        _say(_("Stopping."))
        return 0
    finally:
        app.close()


def _keep_syncing(app: App) -> None:
    """``serve`` syncs like the window: with paired laptops over the LAN, and the bucket when one is set."""
    from drem_desktop.events import PeerStatusChanged, SyncStatusChanged

    app.bus.subscribe(SyncStatusChanged, lambda s: _say(_("sync: {message}").format(message=s.message)))
    app.bus.subscribe(PeerStatusChanged, lambda s: _say(_("LAN sync: {message}").format(message=s.message)))
    app.sync.start()
    app.sync.wake()


def _put_on_track(app: App, event: Any, track_id: str, username: str) -> None:
    try:
        racer = app.racers.by_username(username)
    except NotFound:
        racer = app.racers.add(username)
    if app.race_control.view(track_id) is None:
        app.race_control.prepare(event.event_id, track_id, racer.racer_id, event.config)
        _say(_("{name} is on the track: the first trigger starts the run.").format(name=racer.username))


def _watch(app: App, track_id: str) -> None:
    """Prints laps, state changes and sensor news for the track; submits a run when it is over."""

    def lap(e: LapRecorded) -> None:
        if e.track_id == track_id:
            flag = "" if e.lap.valid else " " + _("(invalid)")
            _say(f"lap {e.lap.index + 1}: {e.lap.time_ms / 1000:.3f} s, {e.lap.resets} reset(s){flag}")

    def state(e: RunStateChanged) -> None:
        if e.track_id != track_id:
            return
        _say(_("run {state}").format(state=e.state))
        if e.state == "over":
            threading.Thread(target=app.race_control.submit, args=(track_id,), daemon=True).start()

    def crossing(e: CrossingLogged) -> None:
        if e.track_id == track_id and e.outcome in ("debounced", "ignored"):
            _say(_("trigger {outcome} (sensor {sensor})").format(outcome=e.outcome, sensor=e.sensor_id))

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
            _say(_("sensor missed {n} trigger(s): check the run").format(n=e.event.count))

    app.bus.subscribe(LapRecorded, lap)
    app.bus.subscribe(RunStateChanged, state)
    app.bus.subscribe(CrossingLogged, crossing)
    app.bus.subscribe(TrackTimingEvent, timing)
