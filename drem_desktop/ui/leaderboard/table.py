"""The board's table view, set up for an audience rather than a user: no grid, no selection, no focus and
no scroll bars (the window pages it by itself), and exactly as tall as the whole rows that fit its room, so
no row is ever cut in half whatever footer lines come and go."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView

from drem_desktop.ui.leaderboard.model import LeaderboardModel
from drem_desktop.ui.leaderboard.palette import BG, MUTED
from drem_desktop.ui.theme import UI_FONT

# the racer's name takes the width the other columns leave (their widths at 1080p: COLUMN_WIDTHS)
RESIZE_MODES = (
    QHeaderView.ResizeMode.Fixed,
    QHeaderView.ResizeMode.Stretch,
    QHeaderView.ResizeMode.Fixed,
    QHeaderView.ResizeMode.Fixed,
    QHeaderView.ResizeMode.Fixed,
    QHeaderView.ResizeMode.Fixed,
    QHeaderView.ResizeMode.Fixed,
)
COLUMN_WIDTHS = ((0, 100), (2, 150), (3, 260), (4, 180), (5, 180), (6, 100))


class BoardTable(QTableView):
    """The rows of the board, sized by the window (``apply_scale``, ``fit_whole_rows``)."""

    def __init__(self, model: LeaderboardModel) -> None:
        super().__init__()
        self.setModel(model)
        self.verticalHeader().hide()
        self.setShowGrid(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet(f"QTableView {{ border: none; background: {BG}; }}")
        hh = self.horizontalHeader()
        hh.setHighlightSections(False)
        for col, mode in enumerate(RESIZE_MODES):
            hh.setSectionResizeMode(col, mode)

    def apply_scale(self, s: float) -> None:
        """The header's font and the columns' widths at ``s`` times their 1080p size."""
        hh = self.horizontalHeader()
        hh.setStyleSheet(
            f"QHeaderView::section {{ background: {BG}; color: {MUTED}; border: none; "
            f"font: bold {int(20 * s)}px '{UI_FONT}'; padding: 4px 12px; }}"
        )
        hh.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        for col, width in COLUMN_WIDTHS:
            hh.resizeSection(col, int(width * s))

    def fit_whole_rows(self, room_height: int, base: int) -> None:
        """Rows of about ``base`` pixels, stretched to fill ``room_height`` with whole rows, in a table
        exactly that tall."""
        head = self.horizontalHeader().sizeHint().height()
        frame = 2 * self.frameWidth()
        room = room_height - head - frame
        rows = max(1, room // base)
        height = max(8, room // rows)
        header = self.verticalHeader()
        if header.defaultSectionSize() != height:
            header.setDefaultSectionSize(height)
        self.setMaximumHeight(head + frame + rows * height)
