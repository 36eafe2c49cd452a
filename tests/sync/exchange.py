"""In-process sync between laptops for tests: the LAN's pull without the network, bytes and all."""

from __future__ import annotations

from drem_desktop.app import App
from drem_desktop.store.replica import Applied
from drem_desktop.sync import feed
from drem_desktop.sync.announce import announce
from drem_desktop.sync.segment import decode_offer, encode_offer


def pull(into: App, source: App, limit: int = feed.OFFER_LIMIT) -> Applied:
    """``into`` takes everything ``source`` holds that it lacks (through the wire format)."""
    total = Applied()
    while True:
        answer = feed.offer(source.db.replica, into.db.replica.frontiers(), limit)
        applied = feed.accept(into.db.replica, decode_offer("test offer", encode_offer(answer)))
        announce(into.bus, applied)
        total.merge(applied)
        if not answer.more:
            return total


def sync_all(*apps: App) -> None:
    """Everyone pulls from everyone until nothing moves."""
    for _round in range(len(apps) + 1):
        moved = False
        for a in apps:
            for b in apps:
                if a is not b and pull(a, b).anything:
                    moved = True
        if not moved:
            return
    raise AssertionError("sync did not settle")
