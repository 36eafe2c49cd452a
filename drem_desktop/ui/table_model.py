"""``TableModel``: what every screen's table has in common, written once.

A screen's table is a list of rows (runs, laps, cars, racers…) shown one per line under translated column
titles. The screen's own model says only what its cells show and what may be edited; counting rows and
columns, the titles, replacing the list and repainting changed rows live here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from drem_desktop.ui.i18n import tr

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


def is_checked(value: Any) -> bool:
    """A checkbox edit's value as Qt hands it over (an enum, its int, or a bool from a test)."""
    return value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)


class TableModel(QAbstractTableModel, Generic[Row]):
    """Rows under ``HEADERS``; subclasses add ``data`` (and ``flags``/``setData`` where cells are edited)."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Row] = []

    def set_rows(self, rows: Iterable[Row]) -> None:
        """A new list: the views forget selection and scroll position, so use it for a reload."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rows_changed(self, first: int = 0, last: int | None = None) -> None:
        """Repaints whole rows (all of them by default) after their content changed in place."""
        last = len(self.rows) - 1 if last is None else last
        if 0 <= first <= last:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    def header(self, section: int) -> str:
        return tr(self.HEADERS[section])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header(section)
        return None
