"""The pages as a person sees them: Debian's Chromium, headless, driven by Playwright, against the
server running on the app's own service loop thread (the way the app runs it)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect
from web_venue import CODE, HOSTILE, Venue

from drem_desktop.models.sample import write_sample_model
from drem_desktop.web.server import WebConfig

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(120),
]


@pytest.fixture
def page(new_page: Callable[..., Page]) -> Page:
    return new_page()


def test_leaderboard_updates_live_and_shows_hostile_names_as_text(
    live: tuple[Venue, str], page: Page
) -> None:
    venue, base = live
    page.goto(f"{base}/leaderboard/{venue.event_id}?track=1&format=fastest")
    expect(page.locator("#rows tr")).to_have_count(0)
    time.sleep(0.3)  # let the EventSource connect

    venue.lap("mallory", 15_000)
    row = page.locator("#rows tr").first
    expect(row.locator("td.name")).to_have_text(HOSTILE, timeout=5000)
    expect(row.locator("td.time")).to_have_text("15.000")
    assert page.locator("#rows img, #rows script").count() == 0
    assert page.evaluate("window.__pwned") is None

    # the run in progress is in the footer, its lap clock counting locally between updates
    footer = page.locator("#run-footer")
    expect(footer).to_be_visible()
    expect(footer.locator(".run-name")).to_have_text(HOSTILE)
    first = footer.locator(".run-lap").text_content()
    time.sleep(0.6)
    assert footer.locator(".run-lap").text_content() != first

    # a new finisher appears above, highlighted, without a reload
    page.evaluate("window.__marker = 1")
    venue.lap("alice", 12_000)
    expect(page.locator("#rows tr")).to_have_count(2)
    expect(page.locator("#rows tr").first.locator("td.name")).to_have_text("alice")
    expect(page.locator("#rows tr").first).to_have_class("fresh")
    expect(page.locator("#rows tr").nth(1).locator("td.gap")).to_have_text("+3.000")
    assert page.evaluate("window.__marker") == 1, "the page must not have reloaded"

    # another board with the same figures (a racer renamed) keeps the new finisher highlighted
    mallory = next(r for r in venue.app.racers.list() if r.username == "mallory")
    venue.app.racers.update(mallory.racer_id, display_name="Mallory")
    expect(page.locator("#rows tr").nth(1).locator("td.name")).to_have_text("Mallory")
    expect(page.locator("#rows tr").first).to_have_class("fresh")


def test_average_board_says_no_average_yet_as_laps_arrive(live: tuple[Venue, str], page: Page) -> None:
    venue, base = live
    page.goto(f"{base}/leaderboard/{venue.event_id}?track=1&format=average")
    time.sleep(0.3)  # let the EventSource connect
    venue.lap("alice", 12_000)
    venue.lap("alice", 12_500)
    cell = page.locator("#rows tr").first.locator("td.time")
    expect(cell).to_have_text("no 3-lap average yet", timeout=5000)
    venue.lap("alice", 13_000)
    expect(cell).to_have_text("12.500", timeout=5000)


def _colourful(venue: Venue) -> None:
    """Racers with highlight colours and one very long name, with laps on track 1 (Ann still racing)."""
    for username, shown, colour in (
        ("speedy", "Speedy", "red"),
        ("rocket", "Rocket", "skyblue"),
        ("maxf", "Maximilian Featherstonehaugh-Worthington", "lime"),
        ("ann", "Ann", "#ff00aa"),
    ):
        venue.racers[username] = venue.app.racers.add(
            username, display_name=shown, highlight_colour=colour
        ).racer_id
    for username, ms in (("speedy", 11_000), ("rocket", 11_500), ("maxf", 12_100), ("ann", 12_600)):
        venue.lap(username, ms)


LINES = (  # how many lines the element's text takes (distinct tops of its line boxes)
    "(e) => { const r = document.createRange(); r.selectNodeContents(e);"
    " return new Set([...r.getClientRects()].map((b) => Math.round(b.top))).size; }"
)


def test_phone_board_keeps_names_whole_and_colours_the_racer(
    live: tuple[Venue, str], browser: Browser
) -> None:
    venue, base = live
    _colourful(venue)
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        page.goto(f"{base}/leaderboard/{venue.event_id}?track=1&format=fastest")
        names = page.locator("#rows td.name .who")
        expect(names).to_have_count(4, timeout=5000)
        # one line each: never "Speed/y" or "Feathersto/nehaugh". The rows are redrawn as updates arrive
        # (a row being replaced has no line boxes), so wait for the rendered rows to say it, then read them
        page.wait_for_function(
            f"() => [...document.querySelectorAll('#rows td.name .who')].map({LINES}).join() === '1,1,1,1'",
            timeout=5000,
        )
        long = page.locator("#rows td.name").nth(2)
        assert long.get_attribute("title") == "Maximilian Featherstonehaugh-Worthington"
        assert page.evaluate("document.documentElement.scrollWidth") <= 390  # nothing sticks out
        footer_name = page.locator("#run-footer .run-name")
        expect(footer_name).to_have_text("Ann", timeout=5000)
        colour = page.evaluate(  # the footer is redrawn as the clocks tick: read it in one go
            "() => getComputedStyle(document.querySelector('#run-footer .run-name')).color"
        )
        assert colour == "rgb(255, 0, 170)"  # not orange
    finally:
        context.close()


def test_desktop_board_has_a_big_title_medals_and_racer_colours(
    live: tuple[Venue, str], browser: Browser
) -> None:
    venue, base = live
    _colourful(venue)
    context = browser.new_context(viewport={"width": 1920, "height": 1080})
    page = context.new_page()
    try:
        page.goto(f"{base}/leaderboard/{venue.event_id}?track=1&format=fastest")
        rows = page.locator("#rows tr")
        expect(rows).to_have_count(4, timeout=5000)
        size = page.locator(".board-head h1").evaluate("(e) => parseFloat(getComputedStyle(e).fontSize)")
        assert size >= 64
        medals = [rows.nth(i).locator("td.rank .r").get_attribute("class") for i in range(4)]
        assert medals == ["r medal m1", "r medal m2", "r medal m3", "r"]
        bar = rows.nth(0).locator("td.name").evaluate("(e) => getComputedStyle(e).borderLeftColor")
        assert bar == "rgb(229, 72, 77)"  # Speedy's red, as on the desktop window
    finally:
        context.close()


def test_overlay_shows_the_racer_in_their_colour(live: tuple[Venue, str], page: Page) -> None:
    venue, base = live
    _colourful(venue)
    page.goto(f"{base}/overlay/{venue.event_id}?track=1")
    expect(page.locator("#lower-third .who")).to_have_text("Ann", timeout=5000)
    # the lower third is redrawn ten times a second: read it in one go
    colours = page.evaluate(
        "() => { const l = document.getElementById('lower-third');"
        " return [getComputedStyle(l.querySelector('.who')).color, getComputedStyle(l).borderLeftColor]; }"
    )
    assert colours == ["rgb(255, 0, 170)", "rgb(255, 0, 170)"]


def test_overlay_shows_the_run_then_the_standings(live: tuple[Venue, str], page: Page) -> None:
    venue, base = live
    venue.lap("bob", 10_500)
    page.goto(f"{base}/overlay/{venue.event_id}?track=1&chroma=00ff00")
    lower = page.locator("#lower-third")
    expect(lower).to_be_visible()
    expect(lower.locator(".who")).to_have_text("Bob B")
    expect(lower.locator(".last")).to_have_class("cell last event_best")
    assert page.evaluate("getComputedStyle(document.documentElement).backgroundColor") == "rgb(0, 255, 0)"
    track = venue.track_ids[0]
    venue.app.race_control.end(track)
    venue.app.race_control.submit(track)
    standings = page.locator("#standings")
    expect(standings).to_be_visible()
    expect(standings.locator(".standing .name")).to_have_text(["Bob B"])


def test_upload_through_the_page(live: tuple[Venue, str], page: Page, tmp_path: Path) -> None:
    venue, base = live
    good = write_sample_model(tmp_path / "Night Run.tar.gz", pb_size=300_000)
    bad = tmp_path / "broken.tar.gz"
    bad.write_bytes(b"this is not an archive")
    page.goto(f"{base}/upload")
    page.fill("input[name=username]", "alice")
    page.fill("input[name=code]", CODE.lower())
    page.set_input_files("#files", [str(good), str(bad)])
    page.click("button[type=submit]")
    ok = page.locator("#results li.ok")
    expect(ok).to_have_count(1, timeout=10_000)
    expect(ok.locator(".message")).to_contain_text("Night_Run: received and checked")
    refused = page.locator("#results li.refused")
    expect(refused.locator(".message")).to_contain_text("not a .tar.gz file")
    expect(ok.locator("progress")).to_have_attribute("value", "100")
    [model] = venue.library.models(venue.racers["alice"])
    assert model.name == "Night_Run" and venue.library.path_of(model).read_bytes() == good.read_bytes()

    page.fill("input[name=code]", "nope")
    page.set_input_files("#files", [str(good)])
    page.click("button[type=submit]")
    expect(page.locator("#results li.refused")).to_have_count(2)
    expect(page.locator("#results li.refused").nth(1)).to_contain_text("upload code is not right")


def test_leaderboard_reconnects_by_itself(live: tuple[Venue, str], page: Page) -> None:
    venue, base = live
    loop = venue.app.service_loop
    port = venue.server.port
    page.goto(f"{base}/leaderboard/{venue.event_id}?track=1&format=fastest")
    venue.lap("alice", 12_000)
    expect(page.locator("#rows tr")).to_have_count(1, timeout=5000)

    loop.submit(venue.server.stop()).result(10)  # the laptop's server restarts (or the Wi-Fi drops)
    expect(page.locator("#status")).to_have_text("Reconnecting…", timeout=5000)
    venue.lap("bob", 11_000)  # a lap while the page is cut off
    venue.server.config = WebConfig(host="127.0.0.1", port=port or 0, port_tries=1)
    loop.submit(venue.server.start()).result(10)

    expect(page.locator("#rows tr")).to_have_count(2, timeout=15_000)
    expect(page.locator("#rows tr").first.locator("td.name")).to_have_text("Bob B")
    expect(page.locator("#status")).to_have_text("")
    venue.lap("mallory", 13_000)
    expect(page.locator("#rows tr")).to_have_count(3, timeout=5000)


def test_long_leaderboard_scrolls_by_itself(live: tuple[Venue, str], browser: Browser) -> None:
    """``?scroll=smooth``: the long list scrolls slowly (the default shows whole rows per page instead)."""
    from drem_desktop.demo import populate

    venue, base = live
    event = populate(venue.app, racers=60, runs_per_racer=1, laps_per_run=3, tracks=1, fast=True)
    context = browser.new_context(viewport={"width": 800, "height": 400})
    page = context.new_page()
    page.goto(f"{base}/leaderboard/{event.event_id}?track=1&format=fastest&scroll=smooth")
    expect(page.locator("#rows tr")).to_have_count(60)
    deadline = time.monotonic() + 10
    while page.evaluate("document.scrollingElement.scrollTop") <= 20:
        assert time.monotonic() < deadline, "the long list did not scroll"
        time.sleep(0.1)
    context.close()


def test_a_page_of_another_site_cannot_upload_in_a_visitors_name(
    live: tuple[Venue, str], page: Page, tmp_path: Path
) -> None:
    """The attack as a browser runs it: a page served from another origin (127.0.0.2, another port) posts
    a model with the right code and a racer's name from the public board (multipart is a "simple"
    request: no preflight). The laptop refuses it; nothing reaches the library."""
    import asyncio
    import base64
    import threading

    from aiohttp import web

    venue, base = live
    model = base64.b64encode(write_sample_model(tmp_path / "evil.tar.gz").read_bytes()).decode()
    attack = f"""<!doctype html><title>free stickers</title><script>
      const bytes = Uint8Array.from(atob("{model}"), (c) => c.charCodeAt(0));
      const form = new FormData();
      form.append("username", "alice");
      form.append("code", "{CODE}");
      form.append("file", new Blob([bytes]), "evil.tar.gz");
      fetch("{base}/upload", {{method: "POST", body: form, mode: "no-cors"}})
        .then(() => document.title = "sent", () => document.title = "sent");
    </script>"""
    loop = asyncio.new_event_loop()
    started = threading.Event()
    holder: dict[str, object] = {}

    async def run_attacker() -> None:
        app = web.Application()

        async def attack_page(_request: web.Request) -> web.Response:
            return web.Response(text=attack, content_type="text/html")

        app.router.add_get("/", attack_page)
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.2", 0)
        await site.start()
        holder["port"] = runner.addresses[0][1]
        holder["runner"] = runner
        started.set()

    thread = threading.Thread(target=lambda: (loop.run_until_complete(run_attacker()), loop.run_forever()))
    thread.start()
    try:
        assert started.wait(10)
        page.goto(f"http://127.0.0.2:{holder['port']}/")
        expect(page).to_have_title("sent", timeout=10_000)
        time.sleep(0.5)  # the POST is answered by now; a check would have run at once
        assert venue.library.models(venue.racers["alice"]) == []
        assert list(venue.library.staging.glob("*")) == []
    finally:
        runner = holder.get("runner")
        if runner is not None:
            asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(10)  # type: ignore[attr-defined]
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()
