"""The Cars screen's fleets bar: which fleet the list shows, and the fleets themselves (create, rename,
remove) and which fleet the ticked cars are in.

Fleets live in the car service's registry (the event database), so every change runs off the UI thread;
the service publishes FleetsChanged and the bar reloads from that, whoever made the change. Rename and
remove act on the fleet the list shows: what the operator sees is what they change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from drem_desktop.cars.events import FleetsChanged
from drem_desktop.domain.car_records import CarRecord, FleetRecord
from drem_desktop.ui.context import ScreenContext
from drem_desktop.ui.i18n import tr
from drem_desktop.ui.table_model import Index
from drem_desktop.ui.widgets import Message

if TYPE_CHECKING:
    from drem_desktop.ui.cars.page import CarTableModel

ALL_CARS = "*"  # the fleet filter's "every car"
NO_FLEET = ""  # cars in no fleet (filter) / take the ticked cars out of their fleet (assign)


class FleetFilter(QSortFilterProxyModel):
    """Shows every car, one fleet's cars, or the cars in no fleet."""

    def __init__(self, cars: CarTableModel) -> None:
        super().__init__()
        self.cars = cars
        self.fleet = ALL_CARS
        self.setSourceModel(cars)

    def show_fleet(self, fleet: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self.fleet = fleet
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.fleet = fleet
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self.fleet == ALL_CARS:
            return True
        fleet_id = self.cars.fleet_of.get(self.cars.rows[source_row].key) or NO_FLEET
        return fleet_id == self.fleet

    def shown_keys(self) -> list[str]:
        return [self.cars.rows[self.mapToSource(self.index(r, 0)).row()].key for r in range(self.rowCount())]


class FleetsBar(QWidget):
    """``ticked`` gives the cars an action goes to (the page's rule: ticked and shown, else the selected)."""

    def __init__(
        self,
        ctx: ScreenContext,
        cars: CarTableModel,
        message: Message,
        ticked: Callable[[], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ctx.app.cars
        self.cars = cars
        self.shown = FleetFilter(cars)
        self.message = message
        self.ticked = ticked
        self._acting_on: FleetRecord | None = None  # the fleet the open rename or remove dialog is about

        self.fleet_filter = QComboBox()
        self.fleet_filter.setMinimumWidth(160)
        self.fleet_filter.activated.connect(lambda _i: self.shown.show_fleet(self.fleet_filter.currentData()))
        self.fleet_filter.currentIndexChanged.connect(lambda _i: self._enable())
        tick_shown = QPushButton(tr("Tick all shown"))
        tick_shown.clicked.connect(self.tick_shown)
        self.rename_button = QPushButton(tr("Rename fleet…"))
        self.rename_button.clicked.connect(self.rename_fleet)
        self.remove_button = QPushButton(tr("Remove fleet"))
        self.remove_button.clicked.connect(self.remove_fleet)
        self.new_fleet = QLineEdit()
        self.new_fleet.setPlaceholderText(tr("new fleet, e.g. Booth A"))
        self.new_fleet.returnPressed.connect(self.create_fleet)
        create = QPushButton(tr("Create fleet"))
        create.clicked.connect(self.create_fleet)
        self.assign_to = QComboBox()
        self.assign_to.setMinimumWidth(160)
        assign = QPushButton(tr("Move ticked cars"))
        assign.clicked.connect(self.assign_ticked)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(tr("Show")))
        row.addWidget(self.fleet_filter)
        row.addWidget(tick_shown)
        row.addWidget(self.rename_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.new_fleet)
        row.addWidget(create)
        row.addSpacing(12)
        row.addWidget(QLabel(tr("Fleet of ticked cars")))
        row.addWidget(self.assign_to)
        row.addWidget(assign)

        # Opened with open(), not exec(): the screen keeps drawing the bus's news while they wait.
        self.rename_dialog = QInputDialog(self)
        self.rename_dialog.setWindowTitle(tr("Rename fleet"))
        self.rename_dialog.textValueSelected.connect(self._rename_to)
        self.confirm_remove = QMessageBox(self)
        self.confirm_remove.setIcon(QMessageBox.Icon.Warning)
        self.confirm_remove.setWindowTitle(tr("Remove fleet"))
        self.confirm_remove.setStandardButtons(QMessageBox.StandardButton.Cancel)
        self.confirm_remove_yes = self.confirm_remove.addButton(
            tr("Remove fleet"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.confirm_remove_yes.clicked.connect(self._remove_confirmed)
        self.confirm_remove.setDefaultButton(QMessageBox.StandardButton.Cancel)

        ctx.bridge.on(FleetsChanged, lambda _e: self.reload(), self)
        self.show_fleets([], [])

    def reload(self) -> None:
        """The fleets and which car is in which, read from the registry off the UI thread."""
        service = self.service

        def load() -> tuple[list[FleetRecord], list[CarRecord]]:
            return service.fleets(), service.registered_cars()

        self.ctx.background.run(load, done=lambda r: self.show_fleets(*r), failed=self.message.error)

    def show_fleets(self, fleets: list[FleetRecord], records: list[CarRecord]) -> None:
        self.cars.set_fleets(fleets, records)
        shown = self.fleet_filter.currentData() or ALL_CARS
        target = self.assign_to.currentData()
        self.fleet_filter.clear()
        self.fleet_filter.addItem(tr("All cars"), ALL_CARS)
        self.assign_to.clear()
        for f in fleets:
            self.fleet_filter.addItem(f.name, f.fleet_id)
            self.assign_to.addItem(f.name, f.fleet_id)
        self.fleet_filter.addItem(tr("Cars in no fleet"), NO_FLEET)
        self.assign_to.addItem(tr("No fleet"), NO_FLEET)
        self.fleet_filter.setCurrentIndex(max(0, self.fleet_filter.findData(shown)))  # a removed one: all
        self.assign_to.setCurrentIndex(max(0, self.assign_to.findData(target)))
        self.shown.show_fleet(self.fleet_filter.currentData())
        self._enable()

    def show_all(self) -> None:
        self.fleet_filter.setCurrentIndex(0)
        self.shown.show_fleet(ALL_CARS)

    def shown_fleet(self) -> FleetRecord | None:
        """The fleet the list shows; None for every car or the cars in no fleet."""
        fleet_id = self.fleet_filter.currentData()
        if fleet_id in (None, ALL_CARS, NO_FLEET):
            return None
        return FleetRecord(fleet_id, self.fleet_filter.currentText())

    def _enable(self) -> None:
        one = self.shown_fleet() is not None
        self.rename_button.setEnabled(one)
        self.remove_button.setEnabled(one)

    def create_fleet(self) -> None:
        name = self.new_fleet.text().strip()
        if not name:
            self.message.error(tr("Type a name for the new fleet first."))
            return

        def created(fleet: FleetRecord) -> None:
            self.new_fleet.clear()
            self.message.ok(
                tr("Fleet {name} created. Tick cars and move them into it.").format(name=fleet.name)
            )
            self.assign_to.addItem(fleet.name, fleet.fleet_id)  # chosen at once; the reload sorts it in
            self.assign_to.setCurrentIndex(self.assign_to.count() - 1)  # FleetsChanged reloads the lists

        self.ctx.background.run(self.service.add_fleet, name, done=created, failed=self.message.error)

    def rename_fleet(self) -> None:
        fleet = self.shown_fleet()
        if fleet is None:
            return
        self._acting_on = fleet
        self.rename_dialog.setLabelText(tr("New name for the fleet {name}:").format(name=fleet.name))
        self.rename_dialog.setTextValue(fleet.name)
        self.rename_dialog.open()

    def _rename_to(self, name: str) -> None:
        fleet, self._acting_on = self._acting_on, None
        if fleet is None:
            return
        name = name.strip()
        if not name:
            self.message.error(
                tr("A fleet needs a name; {name} keeps the one it has.").format(name=fleet.name)
            )
            return
        if name == fleet.name:
            return

        def renamed(new: FleetRecord) -> None:  # FleetsChanged reloads the lists
            self.message.ok(tr("Fleet {old} is now called {new}.").format(old=fleet.name, new=new.name))

        self.ctx.background.run(
            self.service.rename_fleet, fleet.fleet_id, name, done=renamed, failed=self.message.error
        )

    def remove_fleet(self) -> None:
        fleet = self.shown_fleet()
        if fleet is None:
            return
        self._acting_on = fleet
        n = sum(1 for fleet_id in self.cars.fleet_of.values() if fleet_id == fleet.fleet_id)
        self.confirm_remove.setText(
            tr("Remove the fleet {name}? Its {n} car(s) stay registered, in no fleet.").format(
                name=fleet.name, n=n
            )
            if n
            else tr("Remove the fleet {name}? It holds no cars.").format(name=fleet.name)
        )
        self.confirm_remove.open()

    def _remove_confirmed(self) -> None:
        fleet, self._acting_on = self._acting_on, None
        if fleet is None:
            return
        self.ctx.background.run(
            self.service.remove_fleet,
            fleet.fleet_id,
            done=lambda _r: self.message.ok(tr("Fleet {name} removed.").format(name=fleet.name)),
            failed=self.message.error,
        )

    def assign_ticked(self) -> None:
        cars = self.ticked()
        if not cars:
            self.message.error(tr("Tick at least one car (or select one) first."))
            return
        fleet_id = self.assign_to.currentData() or None
        fleet_name = self.assign_to.currentText()

        def moved(n: int) -> None:
            self.message.ok(  # FleetsChanged reloads the lists
                tr("Moved {n} car(s) into {fleet}.").format(n=n, fleet=fleet_name)
                if fleet_id
                else tr("Moved {n} car(s) out of their fleet.").format(n=n)
            )

        self.ctx.background.run(self.service.assign, cars, fleet_id, done=moved, failed=self.message.error)

    def tick_shown(self) -> None:
        self.cars.ticked.update(self.shown.shown_keys())
        if self.cars.rows:
            self.cars.dataChanged.emit(self.cars.index(0, 0), self.cars.index(len(self.cars.rows) - 1, 0))
