"""Screenshots of the LAN pages as a person sees them (Debian's Chromium through Playwright, headless):
``python -m drem_desktop.devtools.page_screenshots docs/screenshots`` writes the 1080p leaderboard with
flags, gaps and the race in progress, the phone-width leaderboard, and the tablet timekeeper."""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from drem_desktop.app import App
from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.domain.run import Stamp
from drem_desktop.services.race_control import RaceControl
from drem_desktop.web.app_control import AppControl
from drem_desktop.web.app_source import AppSource
from drem_desktop.web.server import WebConfig, WebServer
from drem_desktop.web.tablet import TabletDesk

CHROMIUM = "/usr/bin/chromium"
NAMES = [
    ("Maximiliana Alexandrova-Konstantinopoulou", "GR"),
    ("Akira Tanaka", "JP"),
    ("Sven Svensson", "SE"),
    ("Priya Raghunathan", "IN"),
    ("Lukas Müller", "DE"),
    ("Chloé Dubois", "FR"),
    ("Mateo García", "ES"),
    ("Ngozi Okonjo", "NG"),
    ("Olivia Smith", "GB"),
    ("Liam O'Brien", "IE"),
    ("Hana Kim", "KR"),
    ("Lucas Silva", "BR"),
    ("Emma Jansen", "NL"),
    ("Noah Williams", "US"),
    ("Aroha Ngata", "NZ"),
    ("Mia Rossi", "IT"),
    ("Ethan Brown", "CA"),
    ("Zara Khan", "PK"),
    ("Oskar Nowak", "PL"),
    ("Léa Martin", "CH"),
]


def started_at(rc: RaceControl, track: str) -> float:
    """When the run just started on ``track`` began its first lap (host clock, ms)."""
    view = rc.view(track)
    assert view is not None and view.run.lap_start is not None
    return view.run.lap_start.host_ms


def main(argv: list[str]) -> int:
    from playwright.sync_api import sync_playwright

    out = Path(argv[0] if argv else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="drem-page-shots-") as tmp:
        app = App(Path(tmp), backup_at_start=False)
        config = RaceConfig(race_time_ms=240_000, min_lap_ms=0, resets_per_lap=3)
        event = app.events.create("DREM Demo Cup", "2026-11-24", config, 2)
        app.current_event_id = event.event_id
        track = event.tracks[0].track_id
        rc, rnd = app.race_control, random.Random(3)
        ids = []
        for i, (name, country) in enumerate(NAMES):
            r = app.racers.add(f"racer{i:02d}", display_name=name, country_code=country)
            ids.append(r.racer_id)
            rc.prepare(event.event_id, track, r.racer_id, config)
            rc.start(track)
            t = started_at(rc, track)
            for _ in range(3):
                t += rnd.randint(9_000, 15_000)
                rc.capture_lap(track, stamp=Stamp(t))
            rc.submit(track)
        for rid in ids[4:7]:
            app.queue.add(track, rid)
        live = app.racers.add(
            "live", display_name="Sven Svensson", country_code="SE", highlight_colour="#1e90ff"
        )
        rc.prepare(event.event_id, track, live.racer_id, config, car_name="amss-1234")
        rc.start(track)
        t = started_at(rc, track)
        rc.capture_lap(track, stamp=Stamp(t + 10_412))
        app.tablet_access.set_pin("2468")
        server = WebServer(
            AppSource(app),
            None,
            WebConfig(host="127.0.0.1", port=0),
            tablet=TabletDesk(AppControl(app), app.tablet_access),
        )
        loop = app.service_loop.start()
        port = loop.submit(server.start()).result(10)
        base = f"http://127.0.0.1:{port}"
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(
                    executable_path=CHROMIUM,
                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
                    headless=True,
                )
                for name, size in (
                    ("20-lan-leaderboard", (1920, 1080)),
                    ("21-lan-leaderboard-phone", (390, 844)),
                ):
                    page = browser.new_page(viewport={"width": size[0], "height": size[1]})
                    page.goto(f"{base}/leaderboard/{event.event_id}?track=1&qr=1")
                    time.sleep(1.5)
                    page.screenshot(path=str(out / f"{name}.png"))
                    print(out / f"{name}.png")
                page = browser.new_page(viewport={"width": 1366, "height": 1024}, has_touch=True)
                page.goto(f"{base}/tablet?track=1")
                page.fill("input[name=pin]", "2468")
                page.click("button[type=submit]")
                page.wait_for_selector("#laps li")
                time.sleep(0.8)
                page.screenshot(path=str(out / "22-tablet.png"))
                print(out / "22-tablet.png")
                browser.close()
        finally:
            loop.submit(server.stop()).result(10)
            app.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
