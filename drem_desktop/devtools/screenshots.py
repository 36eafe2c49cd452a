"""Writes PNGs of the main screens with demo data: ``python -m drem_desktop.devtools.screenshots OUTDIR``.

Runs offscreen on a throwaway data folder, so it never touches the organizer's real data.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from drem_desktop.app import App
from drem_desktop.settings import STAGING_ENABLED
from drem_desktop.timing.crossing import Crossing
from drem_desktop.ui.context import ScreenContext


def settle(ctx: ScreenContext, qapp: QCoreApplication, seconds: float = 0.3) -> None:
    """Lets background calls finish and their results paint."""
    end = time.monotonic() + seconds
    while time.monotonic() < end or ctx.background.pending:
        qapp.processEvents()
        time.sleep(0.005)
        if time.monotonic() > end + 10:
            break


def live_run(app: App, event_id: str, track_id: str, racer_id: str) -> None:
    """A racer on track mid-run: started 75 s ago, five laps, one reset in the lap in progress."""
    event = app.events.get(event_id)
    rc = app.race_control
    rc.prepare(event_id, track_id, racer_id, event.config)
    now = rc.now()
    t = now - 75_000
    rc.handle_crossing(track_id, Crossing("simulator", "1", t, int(t), "shot"))
    for lap in (12_480, 11_930, 11_402, 13_870, 11_655):
        t += lap
        rc.handle_crossing(track_id, Crossing("simulator", "1", t, int(t), "shot"))
    rc.add_reset(track_id)
    view = rc.view(track_id)
    assert view is not None
    rc.set_valid(track_id, 3, False)


def save(widget: QWidget, out: Path, name: str, written: list[Path]) -> None:
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    written.append(path)


def first_run_shots(qapp: QApplication, folder: Path, out: Path, written: list[Path]) -> None:
    """The first-run setup on an empty data folder: the event step, and the last step's addresses."""
    from drem_desktop.ui.main import build_window

    app = App(folder, backup_at_start=False)
    window, ctx = build_window(app)
    window.show()
    window.start()
    settle(ctx, qapp)
    setup = window.open_first_run()
    setup.event_step.name.setText("Summit Cup 2026")
    setup.event_step.tracks.setValue(2)
    settle(ctx, qapp)
    save(setup, out, "10-first-run", written)
    setup.next()
    settle(ctx, qapp, 0.5)
    setup.racers_step.text.setPlainText("speedy, Speedy Gonzales, MX\nrocket, Rocket Racer, DE\ncomet")
    setup.next()
    settle(ctx, qapp, 0.5)
    save(setup, out, "11-first-run-lap-sources", written)
    setup.close()
    window.close()
    ctx.close()
    app.close()


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    qapp = QApplication.instance() or QApplication(["screenshots"])
    assert isinstance(qapp, QApplication)
    from drem_desktop.demo import populate
    from drem_desktop.ui.main import build_window

    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="drem-shots-") as tmp:
        app = App(Path(tmp), backup_at_start=False)
        event = populate(app, racers=24, runs_per_racer=2, laps_per_run=6, seed=7)
        app.events.update_track(
            event.tracks[0].track_id,
            leaderboard_title="DREM Demo Cup · Track 1",
            leaderboard_footer="Next heat at 14:00 · Sign up at the DeepRacer booth",
        )
        app.current_event_id = event.event_id
        app.db.set_setting("leaderboard_url", "http://192.168.1.20:8080/leaderboard")
        racers = app.racers.list()
        live_run(app, event.event_id, event.tracks[0].track_id, racers[3].racer_id)
        app.backups.now("demo")
        submitted = sorted(
            (r for r in app.race_admin.runs(event.event_id) if r.state == "submitted"),
            key=lambda r: r.created_at or 0,
            reverse=True,
        )
        first = sorted(submitted[0].laps, key=lambda lap: lap.index)[0]
        app.race_admin.edit_lap(submitted[0].run_id, first.lap_id, time_ms=first.time_ms - 250)
        app.race_admin.edit_lap(submitted[0].run_id, first.lap_id, resets=2)
        from drem_desktop.cars.credentials import FileStore
        from drem_desktop.cars.service import CarService
        from drem_desktop.models.sample import CONTINUOUS_METADATA, write_sample_model
        from drem_desktop.timing.simulator import SimulatedSensor

        for i, (name, meta) in enumerate((("apex-fast-v3", None), ("apex-safe-sac", CONTINUOUS_METADATA))):
            archive = write_sample_model(Path(tmp) / f"{name}.tar.gz", seed=i, metadata=meta)
            app.models.import_file(archive, racers[0].racer_id, "usb")
        on_track = write_sample_model(
            Path(tmp) / "comet-fast-v2.tar.gz", seed=5
        )  # the racer on track's model
        app.models.import_file(on_track, racers[3].racer_id, "upload")
        sim = SimulatedSensor(Path(tmp) / "ttyDREM", heartbeat_s=0.2, seed=1)
        sim.plug()
        app.sensors.attach(event.tracks[0].track_id, sim.path)
        registry = app.cars.registry
        app.cars.close()
        app.cars = CarService(  # passwords in a file: no OS keyring is asked for demo cars
            Path(tmp) / "cars",
            app.bus,
            credentials=FileStore(Path(tmp) / "creds.json"),
            loop=app.service_loop,
            registry=registry,
        )
        booth = app.cars.add_fleet("Booth A")
        app.cars.add_fleet("Workshop")
        app.cars.assign(["amss-1234"], booth.fleet_id)
        for host, address, battery in (("amss-1234", "192.168.1.41", 9), ("amss-5678", "192.168.1.42", 2)):
            app.cars.cars.seen(
                host,
                address=address,
                battery=battery,
                software_version="2.1.2.4",
                models=("apex-fast-v3",),
                found_by="mdns",
            )
        app.race_control.set_car(event.tracks[0].track_id, "amss-1234")  # the car the racer on track drives
        app.settings.set(STAGING_ENABLED, False)  # the demo shows staging states, it does not stage
        deck = [app.queue.add(event.tracks[0].track_id, r.racer_id) for r in racers[5:8]]

        window, ctx = build_window(app)
        window.resize(1600, 960)
        window.show()
        window.start()
        settle(ctx, qapp, 0.8)
        console = window.timekeeper()
        from drem_desktop.events import StagingChanged

        for entry, car, state, done, message in (
            (deck[0], "amss-5678", "ready", 1, "ready on amss-5678"),
            (deck[1], "amss-9012", "loading", 63, ""),
            (deck[2], "", "waiting", 0, "waiting for a spare car"),
        ):
            app.bus.publish(
                StagingChanged(
                    event.event_id,
                    entry.track_id,
                    entry.entry_id,
                    entry.racer_id,
                    car,
                    "model-v1",
                    state,
                    done,
                    100,
                    message,
                )
            )
        console.lap_table.selectRow(3)
        settle(ctx, qapp, 0.3)
        save(window, out, "01-timekeeper", written)

        board = window.show_leaderboard()
        board.resize(1920, 1080)
        settle(ctx, qapp, 0.8)
        board.set_board(event.tracks[0].track_id, None)
        settle(ctx, qapp, 0.5)
        board.model.highlight(board.model.rows[4].racer_id)
        board.table.scrollToTop()
        board.table.viewport().update()
        settle(ctx, qapp, 0.2)
        save(board, out, "02-leaderboard", written)
        board.close()

        for key, name in (
            ("event", "03-event"),
            ("racers", "04-racers"),
            ("races", "05-race-admin"),
            ("commentator", "06-commentator"),
            ("models", "07-models"),
            ("cars", "08-cars"),
            ("settings", "09-settings"),
        ):
            page: Any = window.show_page(key)  # each screen's own widgets, by key
            settle(ctx, qapp, 0.8)
            if key == "races":
                page.runs.selectRow(1)
                settle(ctx, qapp, 0.2)
                run = page.selected_run()
                if run is not None and run.run_id == submitted[0].run_id:  # a lap deleted here, restorable
                    page.laps.selectRow(1)
                    page.delete_lap.click()
                    settle(ctx, qapp, 0.6)
                page.laps.selectRow(0)
                settle(ctx, qapp, 0.4)
            if key == "commentator":
                page.show_racer(racers[3].racer_id)
                settle(ctx, qapp, 0.6)
            if key == "models":
                stick = Path(tmp) / "stick" / "models"
                stick.mkdir(parents=True)
                write_sample_model(stick / "apex-night-run.tar.gz", seed=7)
                (stick / "half-copied.tar.gz").write_bytes(b"\x1f\x8b truncated")
                page.scan(stick.parent)
                settle(ctx, qapp, 0.6)
                from drem_desktop.models.usb import Drive

                page._drives_found([Drive("/media/organizer/DEEPRACER", "/dev/sdb1", "vfat")])
            if key == "cars":
                page.model.ticked.add(page.model.rows[0].key)
                page.jobs.started("demo", "tail light violet", [page.model.rows[0].hostname])
                page.jobs.update(
                    "demo",
                    page.model.rows[0].hostname,
                    status="done",
                    total=1,
                    done=1,
                    result="tail light set",
                )
            save(window, out, name, written)

        dialog = window.export_results()
        if dialog is not None:
            dialog.folder.setText(str(Path.home() / "DREM exports"))
            dialog.select("pdf-podium")
            dialog.resize(640, 420)
            settle(ctx, qapp, 0.3)
            save(dialog, out, "12-export", written)
            dialog.close()
        # Settings → Sync: a bucket set, a paired track laptop in step, a code shown for the next one
        from drem_desktop.events import PeerStatusChanged, SyncStatusChanged
        from drem_desktop.sync.bucket import BucketSettings

        app.sync.set_bucket(BucketSettings("drem-demo-club", prefix="2026/summit-cup", region="eu-west-1"))
        peer = app.sync.lan.peers.paired(
            "5f1c2a9e-0b7d-4c11-9d3e-6a2f8b4e7c10", "Track 2 laptop", "192.168.1.21", 8080
        )
        ctx.lan_urls = ["http://192.168.1.20:8080/"]
        page = window.show_page("settings")
        page.show_sync()
        page.sync_panel.start()
        settle(ctx, qapp, 0.6)
        app.bus.publish(SyncStatusChanged("synced", 0, "Synced with s3://drem-demo-club/2026/summit-cup."))
        app.bus.publish(
            PeerStatusChanged(peer.laptop_id, peer.name, "synced", "In step with Track 2 laptop.")
        )
        page.sync_panel.offer_pairing()
        settle(ctx, qapp, 0.6)
        save(window, out, "10-sync", written)

        window.close()
        ctx.close()
        app.cars.close()
        sim.close()
        app.close()
        first_run_shots(qapp, Path(tmp) / "new", out, written)
    for p in written:
        print(p)
    return 0


if __name__ == "__main__":
    code = main(sys.argv[1:])
    sys.stdout.flush()
    os._exit(code)  # skip interpreter teardown: PySide6 6.12 with pyqtgraph can crash while finalizing
