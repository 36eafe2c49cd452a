"""What one laptop offers another, and taking an offer in (the LAN's pull, docs/sync.md, section 7).

``offer`` answers "this is how far I hold each laptop's changes of each event"; the other side checks the
answer whole (``segment.decode_offer``) before ``accept`` applies it.
"""

from __future__ import annotations

from drem_desktop.domain.changes import Change
from drem_desktop.store.replica import Applied, Replica
from drem_desktop.sync.segment import Offer

Have = dict[str, dict[str, int]]  # event -> origin -> number held up to
OFFER_LIMIT = 5_000


def offer(replica: Replica, have: Have, limit: int = OFFER_LIMIT) -> Offer:
    """Changes the asker lacks, at most ``limit`` (then ``more`` is set); events it lacks entirely too."""
    changes: list[Change] = []
    seen: set[str] = set()
    cursors: list[tuple[str, str, int]] = []
    more = False
    for event_id, mine in sorted(replica.frontiers().items()):
        theirs = have.get(event_id, {})
        for origin, upto in sorted(mine.items()):
            after = theirs.get(origin, 0)
            if upto <= after:
                continue
            room = limit - len(changes)
            if room <= 0:
                more = True
                break
            part = replica.changes(event_id, origin, after, upto, limit=room + 1)
            if len(part) > room:
                part = part[:room]
                reach = part[-1].seq if part else after
                more = True
            else:
                reach = upto
            for c in part:
                if c.hlc not in seen:
                    seen.add(c.hlc)
                    changes.append(c)
            if reach > after:
                cursors.append((event_id, origin, reach))
    return Offer(tuple(changes), tuple(cursors), more)


def wants(replica: Replica, have: Have) -> bool:
    """Whether ``offer`` would give the asker anything (the long poll waits while it would not)."""
    for event_id, mine in replica.frontiers().items():
        theirs = have.get(event_id, {})
        if any(upto > theirs.get(origin, 0) for origin, upto in mine.items()):
            return True
    return False


def accept(replica: Replica, answer: Offer) -> Applied:
    return replica.apply(answer.changes, answer.cursors)
