"""The board's Qt model: the rows as the service ranks them, turned into text once per change (not once per
paint) and with who to highlight, so a lap with thousands of racers on the board repaints only what moved."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt

from drem_desktop.domain.leaderboard import LeaderboardRow, RacerResult, no_figure_text
from drem_desktop.domain.race_config import Ranking
from drem_desktop.ui.i18n import tr
from drem_desktop.ui.table_model import Index, TableModel
from drem_desktop.ui.theme import lap_text

HIGHLIGHT_SECONDS = 10.0


class LeaderboardModel(TableModel[LeaderboardRow]):
    """Leaderboard rows as the service ranks them; remembers who to highlight and for how long."""

    HEADERS = ("Rank", "Racer", "Country", "Time", "Gap", "To next", "Laps")
    TO_NEXT = 5
    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self) -> None:
        super().__init__()
        self.ranking = Ranking.BEST_LAP
        self.window = 3  # the event's average window, for "no 3-lap average yet"
        self.highlight_id: str | None = None
        self.highlight_since = 0.0
        self.revision = 0
        self.cells: list[tuple[str, ...]] = []
        self._cell_cache: dict[int, tuple[RacerResult, int | None, tuple[str, ...]]] = {}
        self._leader: float | None = None

    def figure(self, row: LeaderboardRow) -> float | None:
        return row.fastest_average_ms if self.ranking is Ranking.BEST_AVERAGE else row.fastest_lap_ms

    def rank(self, rows: Sequence[LeaderboardRow], ranking: Ranking) -> list[str]:
        """Replaces the rows; returns racers whose figure or rank changed (for highlighting).

        The service hands back the same result objects for racers whose figures did not change, so a
        row's text is made again only when its result or its rank changed, and only the span whose
        rows changed is repainted, even with thousands of racers.
        """
        rows = list(rows)  # the service's snapshot makes its rows when read: made once here
        ranking_changed = ranking is not self.ranking
        self.ranking = ranking
        leader = self.figure(rows[0]) if rows else None
        if ranking_changed or leader != self._leader:
            self._cell_cache.clear()  # every gap changes with a new leader figure
        self._leader = leader
        old_rows = self.rows
        same_shape = len(old_rows) == len(rows) and not ranking_changed
        cache = self._cell_cache
        had_rows = bool(old_rows) and not ranking_changed
        moved: list[str] = []
        cells: list[tuple[str, ...]] = []
        first = last = -1
        for i, row in enumerate(rows):  # one pass: text, what moved, and the span to repaint
            rank, result = row
            hit = cache.get(id(result))
            if hit is None or hit[0] is not result or hit[1] != rank:
                hit = cache[id(result)] = (result, rank, self._cell(row, leader))
                if had_rows:
                    moved.append(result.racer_id)
            cells.append(hit[2])
            if same_shape and old_rows[i] != row:  # another racer or another rank in this place
                if first < 0:
                    first = i
                last = i
        if len(cache) > 4 * len(rows) + 64:  # forget results the service no longer hands out
            keep = {id(r.result) for r in rows}
            for key in [k for k in cache if k not in keep]:
                del cache[key]
        self.revision += 1
        if same_shape:
            self.rows, self.cells = rows, cells
            if first >= 0:  # only the span that moved is repainted (and of it only what is on screen)
                self.rows_changed(first, last)
        else:
            self.beginResetModel()
            self.rows, self.cells = rows, cells
            self.endResetModel()
        return moved

    def _cell(self, row: LeaderboardRow, leader: float | None) -> tuple[str, ...]:
        """A row's text, computed once per change rather than once per paint."""
        fig = self.figure(row)
        gap = "" if fig is None or leader is None or row.rank == 1 else f"+{(fig - leader) / 1000:.3f}"
        return (
            str(row.rank) if row.rank else "–",
            row.display_name + ("*" if row.raced_by_proxy else ""),
            row.country_code,
            lap_text(fig) if fig is not None else no_figure_text(self.ranking, self.window, row.valid_laps),
            gap,
            "",  # to the next place: depends on the row above, worked out when painted (to_next)
            f"{row.valid_laps}",
        )

    def to_next(self, i: int) -> str:
        """The gap to the racer one place ahead (the row above with a figure)."""
        fig = self.figure(self.rows[i])
        if fig is None or i == 0:
            return ""
        above = next((f for r in reversed(self.rows[:i]) if (f := self.figure(r)) is not None), None)
        return "" if above is None or above == fig else f"+{(fig - above) / 1000:.3f}"

    def highlight(self, racer_id: str | None) -> int | None:
        self.highlight_id = racer_id
        self.highlight_since = time.monotonic()
        return self.row_of(racer_id) if racer_id else None

    def highlight_strength(self) -> float:
        """1.0 while the highlight lasts (HIGHLIGHT_SECONDS), then 0: a steady band is easier to spot
        across a room than a fade, and costs two repaints instead of three hundred."""
        if self.highlight_id is None:
            return 0.0
        return 1.0 if time.monotonic() - self.highlight_since < HIGHLIGHT_SECONDS else 0.0

    def row_of(self, racer_id: str | None) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.racer_id == racer_id), None)

    def header(self, section: int) -> str:
        if section == 3:
            return tr("Average") if self.ranking is Ranking.BEST_AVERAGE else tr("Fastest lap")
        return super().header(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == self.RowRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.TO_NEXT:
                return self.to_next(index.row())
            return self.cells[index.row()][index.column()]
        return None
