"""Run inside the app's network namespace: the car health monitor on a real App, printing JSON lines.

A car is added by hand (ADDRESS, console port, console password); a run with that car is started so a
car going away mid-run raises the timekeeper's alert. Stops when stdin closes.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from drem_desktop.app import App
from drem_desktop.cars.credentials import CarCredentials, FileStore
from drem_desktop.cars.service import CarService
from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.events import CarHealthChanged, RunCarBack, RunCarLost
from drem_desktop.services.car_health import CarHealthMonitor


def say(**fields: object) -> None:
    print(json.dumps(fields), flush=True)


def main(address: str, https_port: int) -> None:
    with tempfile.TemporaryDirectory(prefix="netns-health-") as tmp:
        app = App(Path(tmp) / "data", backup_at_start=False)
        cars = CarService(Path(tmp) / "cars", app.bus, credentials=FileStore(Path(tmp) / "creds.json"))
        monitor = CarHealthMonitor(
            app.bus, cars, app.race_control, interval_s=0.5, details_every=1, connect_timeout_s=1.0
        )
        try:
            state = cars.add_car("amss-h001", address=address, https_port=https_port)
            cars.set_credentials(state.key, CarCredentials(console_password="console-pw"))
            event = app.events.create("Health Cup", "2026-11-24", RaceConfig(race_time_ms=None), 1)
            racer = app.racers.add("ann")
            track = event.tracks[0].track_id
            app.race_control.prepare(event.event_id, track, racer.racer_id, event.config, car_name=state.key)
            app.race_control.start(track)

            def health(e: CarHealthChanged) -> None:
                h = e.health
                say(
                    event="health",
                    car=h.car,
                    reachable=h.reachable,
                    battery=h.battery,
                    low=h.battery_low,
                    version=h.software_version,
                    online=bool(cars.cars.get(h.car) and cars.cars.get(h.car).online),
                )

            app.bus.subscribe(CarHealthChanged, health)
            app.bus.subscribe(RunCarLost, lambda e: say(event="run_car_lost", car=e.car, message=e.message))
            app.bus.subscribe(RunCarBack, lambda e: say(event="run_car_back", car=e.car))
            monitor.start()
            say(event="started", at=time.time())
            sys.stdin.read()
        finally:
            monitor.close()
            cars.close()
            app.close()


main(sys.argv[1], int(sys.argv[2]))
