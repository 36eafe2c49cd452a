"""Racers: fast registration at the desk (type, Enter, next), search, and CSV import.

The import reads the file and registers each racer on a worker thread; a racer whose username is taken or
invalid is skipped and named in the summary, so one bad line never stops the rest.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from drem_desktop.app import App
from drem_desktop.domain.records import RacerRecord
from drem_desktop.events import RacerChanged
from drem_desktop.ui.context import ScreenContext
from drem_desktop.ui.i18n import tr
from drem_desktop.ui.table_model import Index, TableModel
from drem_desktop.ui.theme import HIGHLIGHT_COLOURS, colour_of
from drem_desktop.ui.widgets import Message, card, record_table

# Column names organizers' spreadsheets use (DREM's users.json/racer_profiles.json and plain sheets).
CSV_COLUMNS = {
    "username": ("username", "user name", "racer", "name"),
    "display_name": ("display_name", "display name", "displayname", "full name"),
    "country_code": ("country_code", "countrycode", "country"),
    "highlight_colour": (
        "highlight_colour",
        "highlightcolour",
        "highlight_color",
        "highlightcolor",
        "colour",
        "color",
    ),
    "email": ("email", "e-mail", "mail"),
}


def read_racers_csv(path: Path) -> list[dict[str, str]]:
    """Rows of a racer CSV as field dicts; raises ValueError when no username column exists."""
    with path.open(newline="", encoding="utf-8-sig") as f:
        sample = f.read(4096)
        f.seek(0)
        try:
            dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        reader = csv.DictReader(f, dialect=dialect)
        headers = {h.strip().lower(): h for h in (reader.fieldnames or [])}
        mapping = {
            field: next((headers[n] for n in names if n in headers), None)
            for field, names in CSV_COLUMNS.items()
        }
        if mapping["username"] is None:
            raise ValueError(
                tr(
                    "{file} has no “username” column. The first line must name the columns, "
                    "e.g. username,display_name,country_code,highlight_colour."
                ).format(file=path.name)
            )
        rows = []
        for raw in reader:
            row = {field: (raw.get(col) or "").strip() for field, col in mapping.items() if col}
            if any(row.values()):
                rows.append(row)
        return rows


def import_racers(app: App, path: Path) -> tuple[int, list[str]]:
    """Registers every racer in the file; returns how many were added and why the others were skipped."""
    added = 0
    skipped: list[str] = []
    for n, row in enumerate(read_racers_csv(path), start=2):
        username = row.pop("username", "")
        try:
            app.racers.add(username, **{k: v for k, v in row.items() if v})
            added += 1
        except Exception as exc:  # every refused line is reported, the rest go on
            skipped.append(f"line {n}: {exc}")
    return added, skipped


class RacerTableModel(TableModel[RacerRecord]):
    HEADERS = ("Username", "Display name", "Country", "Colour", "Email")

    def __init__(self) -> None:
        super().__init__()
        self.on_edit: Any = None  # callable(racer, field, value) set by the page

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (r.username, r.display_name, r.country_code, r.highlight_colour, r.email)[index.column()]
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 3 and r.highlight_colour:
            return colour_of(r.highlight_colour)
        return None

    FIELDS = ("username", "display_name", "country_code", "highlight_colour", "email")

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """An edit in place goes to the racer service; the row changes once it is saved."""
        if role != Qt.ItemDataRole.EditRole or self.on_edit is None:
            return False
        field = self.FIELDS[index.column()]
        text = str(value).strip()
        if field == "country_code":
            text = text.upper()
        if field == "highlight_colour":
            text = text.lower()
        self.on_edit(self.rows[index.row()], field, text)
        return False


def swatch(colour: QColor) -> QPixmap:
    pm = QPixmap(14, 14)
    pm.fill(colour)
    return pm


class RacersPage(QWidget):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self.ctx = ctx
        self._build()
        ctx.bridge.on(RacerChanged, lambda _e: self.reload(), self)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 14, 14, 14)
        outer.setSpacing(12)
        self.username = QLineEdit()
        self.username.setPlaceholderText(tr("username (required)"))
        self.display_name = QLineEdit()
        self.display_name.setPlaceholderText(tr("display name"))
        self.country = QLineEdit()
        self.country.setPlaceholderText(tr("country (GB)"))
        self.country.setMaxLength(2)
        self.country.setFixedWidth(110)
        self.colour = QComboBox()
        self.colour.addItem(tr("no colour"), "")
        for name, hexcode in HIGHLIGHT_COLOURS.items():
            self.colour.addItem(swatch(QColor(hexcode)), name, name)
        self.add_button = QPushButton(tr("Register  ⏎"))
        self.add_button.setObjectName("Primary")
        self.add_button.clicked.connect(self.add)
        for w in (self.username, self.display_name, self.country):
            w.returnPressed.connect(self.add)
        row = QHBoxLayout()
        row.addWidget(self.username, 2)
        row.addWidget(self.display_name, 2)
        row.addWidget(self.country)
        row.addWidget(self.colour, 1)
        row.addWidget(self.add_button)
        self.message = Message()
        form = QWidget()
        fl = QVBoxLayout(form)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addLayout(row)
        fl.addWidget(self.message)
        outer.addWidget(card(form, title=tr("Register a racer")))

        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search username or name…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.reload())
        self.count = QLabel("")
        self.count.setObjectName("Muted")
        self.import_button = QPushButton(tr("Import CSV…"))
        self.import_button.clicked.connect(self.choose_csv)
        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        tools.addWidget(self.count)
        tools.addWidget(self.import_button)
        self.model = RacerTableModel()
        self.model.on_edit = self._edit
        self.table = record_table(self.model)
        self.table.setToolTip(
            tr("Double-click a cell to correct it (username, name, country, colour, email).")
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.import_message = Message()
        lw = QWidget()
        ll = QVBoxLayout(lw)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(tools)
        ll.addWidget(self.import_message)
        ll.addWidget(self.table, 1)
        outer.addWidget(card(lw, title=tr("Racers")), 1)

    def start(self) -> None:
        self.reload()
        self.username.setFocus()

    def reload(self) -> None:
        self.ctx.background.run(
            self.ctx.app.racers.list, self.search.text(), done=self._listed, failed=self.import_message.error
        )

    def _listed(self, racers: list[RacerRecord]) -> None:
        self.model.set_rows(racers)
        self.count.setText(tr("{n_racers} racer(s)").format(n_racers=len(racers)))

    def add(self) -> None:
        username = self.username.text().strip()
        self.message.clear_message()
        if not username:
            self.message.error(tr("A racer needs a username: type it in the first box."))
            self.username.setFocus()
            return
        fields = {
            "display_name": self.display_name.text().strip(),
            "country_code": self.country.text().strip().upper(),
            "highlight_colour": self.colour.currentData() or "",
        }
        self.ctx.background.run(
            self.ctx.app.racers.add, username, **fields, done=self._added, failed=self._add_failed
        )

    def _added(self, racer: RacerRecord) -> None:
        self.message.ok(tr("Registered {username}.").format(username=racer.username))
        for w in (self.username, self.display_name, self.country):
            w.clear()
        self.colour.setCurrentIndex(0)
        self.username.setFocus()

    def _add_failed(self, message: str) -> None:
        self.message.error(message)
        self.username.setFocus()
        self.username.selectAll()

    def _edit(self, racer: RacerRecord, field: str, value: str) -> None:
        if getattr(racer, field) == value:
            return
        if (
            field == "highlight_colour"
            and value
            and value not in HIGHLIGHT_COLOURS
            and not value.startswith("#")
        ):
            self.import_message.error(
                tr("“{value}” is not a highlight colour: use one of {value2} or #rrggbb.").format(
                    value=value, value2=", ".join(HIGHLIGHT_COLOURS)
                )
            )
            return
        self.ctx.background.run(
            self.ctx.app.racers.update,
            racer.racer_id,
            **{field: value},
            done=lambda r: self.import_message.ok(tr("Saved {username}.").format(username=r.username)),
            failed=self.import_message.error,
        )

    def choose_csv(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self, tr("Import racers"), "", tr("CSV files (*.csv);;All files (*)")
        )
        if path:
            self.import_csv(Path(path))

    def import_csv(self, path: Path) -> None:
        self.import_button.setEnabled(False)
        self.import_message.show_message(tr("Importing {name}…").format(name=path.name), "warning", 0)
        self.ctx.background.run(
            import_racers, self.ctx.app, path, done=self._imported, failed=self._import_failed
        )

    def _imported(self, result: tuple[int, list[str]]) -> None:
        added, skipped = result
        self.import_button.setEnabled(True)
        text = tr("Imported {n} racer(s).").format(n=added)
        if skipped:
            text += (
                " "
                + tr("Skipped {n}:").format(n=len(skipped))
                + " "
                + "; ".join(skipped[:5])
                + (" …" if len(skipped) > 5 else "")
            )
            self.import_message.show_message(text, "warning", 0)
        else:
            self.import_message.ok(text)
        self.reload()

    def _import_failed(self, message: str) -> None:
        self.import_button.setEnabled(True)
        self.import_message.error(message)
