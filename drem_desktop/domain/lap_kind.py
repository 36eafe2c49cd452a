"""The one rule for a lap's colour on every display (timekeeper table, commentator chart, LAN pages).

race-rules.md: a lap is a *personal best* when it beats the racer's own best, an *event best* when it is at
or under the fastest lap of the event. Judged over the whole event (every track), in the order the racer
drove: a personal best is faster than every earlier valid lap of theirs (so a racer's improvements all
show), an event best is at or under the event's fastest valid lap as it stands now (ties included), and
that colour wins over the personal one. An invalid lap is neither.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class LapKind(StrEnum):
    INVALID = "invalid"
    VALID = "valid"
    PERSONAL_BEST = "personal-best"
    EVENT_BEST = "event-best"


def lap_kinds(
    laps: Iterable[tuple[int, bool]], racer_best_before: int | None, event_best: int | None
) -> list[LapKind]:
    """Kinds of a racer's laps ``(time_ms, valid)`` in the order driven.

    ``racer_best_before``: their fastest valid lap before these (other runs), or None.
    ``event_best``: the event's fastest valid lap, with or without these laps (they are counted here).
    """
    laps = list(laps)
    fastest = [t for t, valid in laps if valid]
    if event_best is not None:
        fastest.append(event_best)
    record = min(fastest) if fastest else None
    best = racer_best_before
    kinds = []
    for time_ms, valid in laps:
        if not valid:
            kinds.append(LapKind.INVALID)
            continue
        if record is not None and time_ms <= record:
            kinds.append(LapKind.EVENT_BEST)
        elif best is None or time_ms < best:
            kinds.append(LapKind.PERSONAL_BEST)
        else:
            kinds.append(LapKind.VALID)
        best = time_ms if best is None else min(best, time_ms)
    return kinds


def is_new_personal_best(laps: Iterable[tuple[int, bool]], racer_best_before: int | None) -> bool:
    """Whether the last of a racer's laps ``(time_ms, valid)`` (in the order driven) is a new personal best
    to announce: valid and faster than every earlier valid lap of theirs (this run's, ``racer_best_before``).
    The same laps :func:`lap_kinds` colours personal (or event) best, less a racer's very first valid lap,
    which is their best by default and not news; a tie is no new best."""
    laps = list(laps)
    if not laps or not laps[-1][1]:
        return False
    earlier = [t for t, valid in laps[:-1] if valid]
    if racer_best_before is not None:
        earlier.append(racer_best_before)
    return bool(earlier) and laps[-1][0] < min(earlier)
