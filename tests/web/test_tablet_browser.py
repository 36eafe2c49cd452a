"""The tablet timekeeper as a person uses it: Debian's Chromium, headless, driven by Playwright at tablet
size, against the app's server on its own service loop. The laptop's console acts on the same run through
race control at the same time."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

import pytest
from playwright.sync_api import Browser, Page, expect
from web_venue import Venue

from drem_desktop.domain.run import RunState, Stamp
from drem_desktop.services.race_control import RunView

PIN = "7391"

pytestmark = [pytest.mark.slow, pytest.mark.timeout(180)]


@pytest.fixture
def venue(venue: Venue) -> Venue:
    """The shared venue with the tablet PIN set, before ``live`` starts its server."""
    venue.app.tablet_access.set_pin(PIN)
    return venue


@pytest.fixture
def tablet(new_page: Callable[..., Page]) -> Page:
    return new_page(viewport={"width": 1024, "height": 1366}, has_touch=True)


def log_in(page: Page, base: str, pin: str = PIN) -> None:
    page.goto(f"{base}/tablet?track=1")
    page.fill("input[name=pin]", pin)
    page.click("button[type=submit]")


def tap(page: Page, op: str) -> None:
    page.locator(f'button[data-op="{op}"]').tap()


def wait_for(check, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.05)


def test_every_operation_by_tap_with_the_console_alongside(live: tuple[Venue, str], tablet: Page) -> None:
    venue, base = live
    rc, track = venue.app.race_control, venue.track_ids[0]
    venue.app.queue.add(track, venue.racers["bob"])
    venue.app.queue.add(track, venue.racers["alice"])
    log_in(tablet, base)
    expect(tablet.locator(".laptop")).to_contain_text("Controls laptop")
    expect(tablet.locator("#track-label")).to_have_text("Track 1")
    expect(tablet.locator("#queue li .name")).to_have_text(["Bob B", "alice"])

    tap(tablet, "next")  # the next racer on deck goes on track
    expect(tablet.locator("#racer")).to_have_text("Bob B")
    expect(tablet.locator("#queue li .name")).to_have_text(["alice"])
    tap(tablet, "start_pause")
    expect(tablet.locator("#state")).to_have_text("running")
    clock = tablet.locator("#lap-clock").text_content()
    time.sleep(0.3)
    assert tablet.locator("#lap-clock").text_content() != clock  # the lap clock runs on the tablet
    tap(tablet, "reset_plus")
    tap(tablet, "reset_plus")
    expect(tablet.locator("#resets")).to_have_text("2")
    tap(tablet, "reset_minus")
    expect(tablet.locator("#resets")).to_have_text("1")
    tap(tablet, "lap")
    expect(tablet.locator("#laps li")).to_have_count(1)
    view = rc.view(track)
    assert view is not None and [(lap.resets, lap.valid) for lap in view.run.laps] == [(1, True)]

    # the console captures a lap: the tablet shows it without a reload
    tablet.evaluate("window.__marker = 1")
    lap_start = rc.view(track).run.lap_start  # type: ignore[union-attr]
    rc.capture_lap(track, stamp=Stamp(lap_start.host_ms + 11_000))  # type: ignore[union-attr]
    expect(tablet.locator("#laps li")).to_have_count(2)
    expect(tablet.locator("#laps li").first.locator(".t")).to_have_text("11.000")
    assert tablet.evaluate("window.__marker") == 1

    tap(tablet, "valid")  # the last lap (the console's) is marked invalid from the tablet
    expect(tablet.locator("#laps li").first).to_have_class("lap invalid")
    assert rc.view(track).run.laps[-1].valid is False  # type: ignore[union-attr]
    tablet.locator("#laps li").first.tap()  # a tap on a lap toggles it back
    expect(tablet.locator("#laps li").first).to_have_class("lap")
    tap(tablet, "undo")  # undo false finish merges it back into the running lap
    expect(tablet.locator("#laps li")).to_have_count(1)
    tap(tablet, "dnf")
    expect(tablet.locator("#state")).to_have_text("paused")
    expect(tablet.locator("#laps li")).to_have_count(2)
    rc.resume(track)  # the console resumes …
    expect(tablet.locator("#state")).to_have_text("running")
    tablet.once("dialog", lambda d: d.accept())
    tap(tablet, "end")  # … the tablet ends (after confirming)
    expect(tablet.locator("#state")).to_have_text("race over: submit")
    assert rc.view(track).state is RunState.OVER  # type: ignore[union-attr]
    tap(tablet, "submit")
    expect(tablet.locator("#racer")).to_contain_text("Nobody on the track")
    expect(tablet.locator("#message")).to_contain_text("Submitted: rank 1 of 1, best ")  # as on the console
    [run] = [r for r in venue.app.race_admin.runs(venue.event_id) if r.racer_id == venue.racers["bob"]]
    assert run.state == "submitted" and len(run.laps) == 2

    tap(tablet, "next")
    expect(tablet.locator("#racer")).to_have_text("alice")
    tap(tablet, "next")  # nobody left on deck: the tablet says so
    expect(tablet.locator("#message")).to_contain_text("Nobody is on deck")
    venue.app.queue.add(track, venue.racers["bob"])
    expect(tablet.locator("#queue li .name")).to_have_text(["Bob B"])
    tap(tablet, "next")  # the track is busy: the tablet says why, as the console would, and bob waits
    expect(tablet.locator("#message")).to_contain_text("already has a run")
    expect(tablet.locator("#queue li .name")).to_have_text(["Bob B"])


def test_a_car_lost_mid_run_shows_on_the_tablet(live: tuple[Venue, str], tablet: Page) -> None:
    from drem_desktop.events import RunCarBack, RunCarLost

    venue, base = live
    rc, track = venue.app.race_control, venue.track_ids[0]
    view = rc.prepare(
        venue.event_id, track, venue.racers["alice"], venue.app.events.get(venue.event_id).config
    )
    log_in(tablet, base)
    expect(tablet.locator("#racer")).to_have_text("alice")
    venue.app.bus.publish(
        RunCarLost(venue.event_id, track, view.run_id, "amss-1", "Car amss-1 stopped answering")
    )
    expect(tablet.locator("#alert")).to_have_text("Car amss-1 stopped answering")
    venue.app.bus.publish(RunCarBack(venue.event_id, track, view.run_id, "amss-1"))
    expect(tablet.locator("#alert")).to_be_hidden()


def test_wrong_pins_lock_out_and_forged_requests_change_nothing(
    live: tuple[Venue, str], tablet: Page, browser: Browser
) -> None:
    venue, base = live
    rc, track = venue.app.race_control, venue.track_ids[0]
    rc.prepare(venue.event_id, track, venue.racers["alice"], venue.app.events.get(venue.event_id).config)
    later = [0.0]
    venue.app.tablet_access.clock = lambda: time.monotonic() + later[0]
    for n in range(4):
        log_in(tablet, base, "1111")
        expect(tablet.locator("[role=alert]")).to_have_text(f"Wrong PIN. {4 - n} tries left.")
    log_in(tablet, base, "1111")
    expect(tablet.locator("[role=alert]")).to_contain_text("locked out")
    log_in(tablet, base, PIN)
    expect(tablet.locator("[role=alert]")).to_contain_text("Too many wrong PINs")
    expect(tablet.locator("button[data-op]")).to_have_count(0)

    # Five minutes later another tablet (the same address) logs in; its page then sends requests without
    # the CSRF token or the session
    later[0] = 301
    other = browser.new_context(viewport={"width": 800, "height": 1100}, has_touch=True)
    page = other.new_page()
    log_in(page, base)
    expect(page.locator("#racer")).to_have_text("alice")
    statuses = page.evaluate(
        """async () => {
          const post = (headers) => fetch('/tablet/api/op', {method: 'POST', headers: headers,
              body: JSON.stringify({op: 'start_pause', track: 1})}).then(r => r.status);
          return [await post({'Content-Type': 'application/json'}),
                  await post({'Content-Type': 'application/json', 'X-CSRF-Token': 'forged'})];
        }"""
    )
    assert statuses == [403, 403]
    stranger = browser.new_context()  # no session at all, the right CSRF token guessed or stolen
    csrf = page.locator("body").get_attribute("data-csrf")
    answer = stranger.request.post(
        f"{base}/tablet/api/op", data={"op": "start_pause", "track": 1}, headers={"X-CSRF-Token": csrf or ""}
    )
    assert answer.status == 401
    assert rc.view(track).state is RunState.READY  # type: ignore[union-attr]  # nothing changed
    tap(page, "start_pause")  # while the real tablet's tap works
    wait_for(lambda: rc.view(track).state is RunState.RUNNING)  # type: ignore[union-attr]
    stranger.close()
    other.close()


def test_a_lap_tap_too_soon_is_shown_and_counted_anyway_by_tap(live: tuple[Venue, str], tablet: Page) -> None:
    venue, base = live
    rc, track = venue.app.race_control, venue.track_ids[0]
    config = replace(venue.app.events.get(venue.event_id).config, min_lap_ms=30_000)
    rc.prepare(venue.event_id, track, venue.racers["alice"], config)
    log_in(tablet, base)
    tap(tablet, "start_pause")
    expect(tablet.locator("#state")).to_have_text("running")
    expect(tablet.locator("#short-lap")).to_be_hidden()
    tap(tablet, "lap")  # far sooner than the 30 s minimum: no lap, and the tablet says so
    expect(tablet.locator("#short-lap")).to_be_visible()
    expect(tablet.locator("#short-lap-text")).to_contain_text(
        "not counted (the minimum lap time is 30.000 s)"
    )
    expect(tablet.locator("#message")).to_have_text("")  # the offer says it; not twice
    expect(tablet.locator("#laps li")).to_have_count(0)
    tap(tablet, "count_short")
    expect(tablet.locator("#laps li")).to_have_count(1)
    expect(tablet.locator("#short-lap")).to_be_hidden()
    view = rc.view(track)
    assert view is not None and len(view.run.laps) == 1


def test_taps_made_while_one_is_on_its_way_are_all_sent_in_order(
    live: tuple[Venue, str], tablet: Page, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two quick taps on Reset +1 are two resets, as two presses of the console's key are: the second
    tap, made while the first is still on its way (held here on the laptop), waits and is sent after it.
    (The page dropped a tap made while another was in flight; a loaded run showed 1 reset of 2.)"""
    venue, base = live
    rc, track = venue.app.race_control, venue.track_ids[0]
    rc.prepare(venue.event_id, track, venue.racers["alice"], venue.app.events.get(venue.event_id).config)
    rc.start(track)
    log_in(tablet, base)
    expect(tablet.locator("#state")).to_have_text("running")
    reached = []
    add_reset = rc.add_reset

    def held_first(track_id: str, delta: int = 1) -> RunView:
        reached.append(delta)
        if len(reached) == 1:
            time.sleep(1.5)  # the first tap's request is still on its way when the next taps are made
        return add_reset(track_id, delta)

    monkeypatch.setattr(rc, "add_reset", held_first)
    tap(tablet, "reset_plus")
    wait_for(lambda: len(reached) == 1)  # the first is being held
    tap(tablet, "reset_plus")
    tap(tablet, "reset_minus")
    tap(tablet, "reset_plus")

    def all_four_done() -> bool:  # after the second tap the count is 2 as well: wait for the fourth
        view = rc.view(track)
        return len(reached) == 4 and view is not None and view.run.resets == 2

    wait_for(all_four_done)
    assert reached == [1, 1, -1, 1]  # in the order tapped
    expect(tablet.locator("#resets")).to_have_text("2")
