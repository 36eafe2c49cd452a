"""The timekeeper console's lap table: the run's laps as race control has them, coloured as race-rules.md
asks (invalid, personal best, event best), with the Valid checkbox the timekeeper toggles before submitting.

A new lap is appended as one inserted row (the table repaints within a frame of the lap event); the bests
that colour it come from the leaderboards on a worker, never from the UI thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView

from drem_desktop.domain.lap_kind import LapKind, lap_kinds
from drem_desktop.domain.run import Lap
from drem_desktop.services.race_control import RunView
from drem_desktop.ui.i18n import N_, tr
from drem_desktop.ui.table_model import Index, TableModel, is_checked
from drem_desktop.ui.theme import EVENT_BEST, INVALID, PERSONAL_BEST, lap_text

SOURCE_NAMES = (
    N_("sensor"),
    N_("manual"),
    N_("edit"),
)  # LapSource values: the Source column shows them through tr


class LapTableModel(TableModel[Lap]):
    """The run's laps; the Valid column is a checkbox the timekeeper can toggle before submitting."""

    HEADERS = ("Lap", "Time", "Resets", "Valid", "Source")

    def __init__(self) -> None:
        super().__init__()
        self.personal_best_before: int | None = None
        self.event_best: int | None = None
        self.revision = 0
        self._kinds: dict[int, LapKind] = {}  # lap index -> kind, for the revision and bests below
        self._kinds_for: tuple[int, int | None, int | None] | None = None
        self.on_toggle: Any = None  # callable(index, valid) set by the console

    def set_laps(self, laps: list[Lap]) -> None:
        old = [(lap.index, lap.time_ms, lap.resets, lap.valid, lap.flag) for lap in self.rows]
        new = [(lap.index, lap.time_ms, lap.resets, lap.valid, lap.flag) for lap in laps]
        if old == new:
            return
        self.revision += 1
        if len(laps) > len(self.rows) and old == new[: len(old)]:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(laps) - 1)
            self.rows = list(laps)
            self.endInsertRows()
        elif len(laps) == len(self.rows):
            self.rows = list(laps)
            self.rows_changed()
        else:
            self.set_rows(laps)

    def set_bests(self, personal_best_before: int | None, event_best: int | None) -> None:
        self.personal_best_before, self.event_best = personal_best_before, event_best
        self.rows_changed()

    def fastest_valid(self) -> int | None:
        valid = [lap.time_ms for lap in self.rows if lap.valid]
        return min(valid) if valid else None

    def kind(self, lap: Lap) -> str:
        """invalid | event-best | personal-best | valid: the one rule of ``domain.lap_kind``."""
        key = (self.revision, self.personal_best_before, self.event_best)
        if self._kinds_for != key:
            laps = ((row.time_ms, row.valid) for row in self.rows)
            self._kinds = {
                row.index: kind
                for row, kind in zip(
                    self.rows, lap_kinds(laps, self.personal_best_before, self.event_best), strict=True
                )
            }
            self._kinds_for = key
        return self._kinds.get(lap.index, LapKind.VALID).value

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        lap = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            time_text = lap_text(lap.time_ms) + (" ⚠" if lap.flag else "")
            return (str(lap.index + 1), time_text, str(lap.resets), "", tr(lap.source.value))[col]
        if role == Qt.ItemDataRole.CheckStateRole and col == 3:
            return Qt.CheckState.Checked if lap.valid else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 1, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == 1:
            kind = self.kind(lap)
            return (
                QColor(
                    {"invalid": INVALID, "event-best": EVENT_BEST, "personal-best": PERSONAL_BEST}.get(
                        kind, ""
                    )
                )
                if kind != "valid"
                else None
            )
        if role == Qt.ItemDataRole.FontRole and col == 1:
            f = LapTable.time_font(QFont())
            f.setStrikeOut(not lap.valid)
            return f
        if role == Qt.ItemDataRole.ToolTipRole:
            if lap.flag:
                return lap.flag
            return {
                "invalid": tr("Invalid lap"),
                "event-best": tr("Event best"),
                "personal-best": tr("Personal best"),
                "valid": tr("Valid lap"),
            }[self.kind(lap)]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 3:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 3 and self.on_toggle:
            self.on_toggle(index.row(), is_checked(value))
            return False  # the table changes when race control has committed
        return False


class LapTable(QTableView):
    """Fixed column widths: sizing to contents would re-read every lap on each new one."""

    def __init__(self, model: LapTableModel) -> None:
        super().__init__()
        self.setModel(model)
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.verticalHeader().setDefaultSectionSize(30)
        hh = self.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # every header and value fits, and the time column holds a lap of minutes ("1:07.123") in bold
        hh.setMinimumSectionSize(24)
        head = QFont(hh.font())
        head.setBold(True)
        fits = QFontMetrics(head).horizontalAdvance
        cell = self.fontMetrics().horizontalAdvance
        pad = 18
        widths = {
            0: max(fits(tr("Lap")), cell("99")) + pad,
            2: max(fits(tr("Resets")), cell("99")) + pad,
            3: max(fits(tr("Valid")), 22) + pad,
            4: max(fits(tr("Source")), cell("manual"), cell("sensor"), cell("edit")) + pad,
        }
        for col, width in widths.items():
            hh.resizeSection(col, width)
        self.time_width = QFontMetrics(self.time_font(self.font())).horizontalAdvance("0:00.000") + pad
        self.needed_width = sum(widths.values()) + self.time_width + 2 * self.frameWidth() + 16  # scroll bar

    @staticmethod
    def time_font(base: QFont) -> QFont:
        """The lap times' face (bold, 12 pt), shared by the model and the width check."""
        f = QFont(base)
        f.setBold(True)
        f.setPointSize(12)
        return f


def legend() -> QLabel:
    label = QLabel(
        tr(
            "<span style='color:{PERSONAL_BEST}'>■</span> personal best  <span "
            "style='color:{EVENT_BEST}'>■</span> event best  <span style='color:{INVALID}'>■</span> "
            "invalid"
        ).format(PERSONAL_BEST=PERSONAL_BEST, EVENT_BEST=EVENT_BEST, INVALID=INVALID)
    )
    label.setObjectName("Muted")
    return label


def bests(app: Any, view: RunView) -> tuple[int | None, int | None]:
    """The racer's best valid lap in the event before this run, and the event's best (worker only: it
    reads the leaderboards)."""
    best: tuple[int | None, int | None] = app.leaderboards.lap_bests(
        view.event_id, view.racer_id, view.run_id
    )
    return best
