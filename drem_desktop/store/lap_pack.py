"""Reading ``run_lap_pack``: each run's counted laps packed in one row (0010's table, 0011's triggers write
it), so a cold leaderboard build reads one row per run instead of one per lap."""

from __future__ import annotations

import sys
from array import array
from binascii import Error as BinasciiError
from binascii import unhexlify
from typing import cast

from drem_desktop.domain.ranking import LapTuple

_HEX_PER_LAP = 24  # a packed lap: time ms, resets, valid, 8 hexadecimal digits each (migration 0010)
LONG_RUN = -1  # the pack's laps_count of a run with more laps than a row packs (migration 0010)
assert array("I").itemsize == 4


def unpack_laps(count: int, packed: bytes) -> tuple[LapTuple, ...] | None:
    """A run's laps from its ``run_lap_pack`` row, in C (hex to bytes, to words, sliced and zipped);
    None when the row is not what the triggers write."""
    if len(packed) != _HEX_PER_LAP * count:
        return None
    try:
        words = array("I", unhexlify(packed))
    except (BinasciiError, ValueError):
        return None
    if sys.byteorder == "little":
        words.byteswap()  # the hex digits are big-endian
    return cast(tuple[LapTuple, ...], tuple(zip(words[0::3], words[1::3], words[2::3], strict=True)))
