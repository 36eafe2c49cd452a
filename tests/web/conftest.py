"""Fixtures of the web tests: a venue (real app, library and server) in a temporary data folder, that
venue's server running on the app's own service loop thread (the way the app runs it), and Debian's
Chromium, headless, driven by Playwright, for the pages as a person sees them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from web_venue import Venue, make_venue

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture
def venue(tmp_path: Path) -> Iterator[Venue]:
    v = make_venue(tmp_path / "data")
    yield v
    v.app.close()


@pytest.fixture
def live(venue: Venue) -> Iterator[tuple[Venue, str]]:
    """The venue with its server listening on loopback, and the server's address."""
    loop = venue.app.service_loop.start()
    port = loop.submit(venue.server.start()).result(10)
    yield venue, f"http://127.0.0.1:{port}"
    loop.submit(venue.server.stop()).result(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One Chromium per test module (each test gets its own context, so no cookie or storage is shared).
    Playwright is imported here, not above, so the web tests without a browser do not need it."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def new_page(browser: Browser) -> Iterator[Callable[..., Page]]:
    """Opens a page in a fresh browser context (keyword options as ``Browser.new_context``'s). At the end
    of the test its context is closed, and no page opened so may have thrown a script error."""
    contexts: list[BrowserContext] = []
    errors: list[str] = []

    def open_page(**options: Any) -> Page:
        context = browser.new_context(**options)
        contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda e: errors.append(str(e)))
        return page

    yield open_page
    for context in contexts:
        context.close()
    assert errors == [], errors
