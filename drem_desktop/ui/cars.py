"""Cars: every car on the venue LAN, and fleet actions on the ones you tick.

The car service (``app.cars``) does the work on its own loop and reports through the bus: cars appear and
disappear (CarSeen/CarLost), each car's part of a job moves (CarJobProgressed) and ends with the result in
plain words (CarJobFinished). This screen only shows that and starts actions; a failed car never stops
the others, and Retry runs the action again on the cars that failed.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from drem_desktop.cars.events import CarJobFinished, CarJobProgressed, CarLost, CarSeen
from drem_desktop.ui.context import ScreenContext
from drem_desktop.ui.i18n import tr
from drem_desktop.ui.theme import HIGHLIGHT_COLOURS
from drem_desktop.ui.widgets import Message, card

Index = QModelIndex | QPersistentModelIndex


def car_service(ctx: ScreenContext) -> Any:
    """The app's car service, or None while this build has none wired in."""
    return getattr(ctx.app, "cars", None)


def ago(ts: float) -> str:
    if not ts:
        return "never"
    s = max(0, int(time.time() - ts))
    return f"{s} s ago" if s < 90 else f"{s // 60} min ago" if s < 5400 else f"{s // 3600} h ago"


class CarTableModel(QAbstractTableModel):
    """The live car list; the first column's checkbox chooses the cars an action goes to."""

    HEADERS = ("Car", "Address", "Online", "Battery", "Software", "Models", "Last seen")

    def __init__(self) -> None:
        super().__init__()
        self.cars: list[Any] = []
        self.ticked: set[str] = set()

    def upsert(self, state: Any) -> None:
        for i, c in enumerate(self.cars):
            if c.key == state.key:
                self.cars[i] = state
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.HEADERS) - 1))
                return
        self.beginInsertRows(QModelIndex(), len(self.cars), len(self.cars))
        self.cars.append(state)
        self.endInsertRows()

    def set_cars(self, cars: list[Any]) -> None:
        self.beginResetModel()
        self.cars = sorted(cars, key=lambda c: c.hostname.lower())
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cars)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self.cars[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                c.hostname,
                c.address or "–",
                "online" if c.online else "offline",
                "–" if c.battery is None else f"{c.battery} %",
                c.software_version or "–",
                ", ".join(c.models) or "–",
                ago(c.last_seen),
            )[col]
        if role == Qt.ItemDataRole.CheckStateRole and col == 0:
            return Qt.CheckState.Checked if c.key in self.ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and col == 2:
            return QColor("#1a7f37" if c.online else "#8b949e")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return f | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else f

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        key = self.cars[index.row()].key
        if value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True):
            self.ticked.add(key)
        else:
            self.ticked.discard(key)
        self.dataChanged.emit(index, index)
        return True


class JobTableModel(QAbstractTableModel):
    """Each car's part of the jobs started from this screen, newest first."""

    HEADERS = ("Action", "Car", "Status", "Progress", "Result")

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[dict[str, Any]] = []

    def _find(self, job_id: str, car: str) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r["job"] == job_id and r["car"] == car), None)

    def started(self, job_id: str, action: str, cars: list[str]) -> None:
        self.beginInsertRows(QModelIndex(), 0, len(cars) - 1)
        for car in reversed(cars):
            self.rows.insert(
                0,
                {
                    "job": job_id,
                    "action": action,
                    "car": car,
                    "status": "queued",
                    "done": 0,
                    "total": 0,
                    "stage": "",
                    "result": "",
                },
            )
        self.endInsertRows()

    def update(self, job_id: str, car: str, **fields: Any) -> None:
        i = self._find(job_id, car)
        if i is None:
            return
        self.rows[i].update(fields)
        self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.HEADERS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            total = r["total"]
            progress = f"{100 * r['done'] // total} % {r['stage']}" if total else r["stage"]
            return (r["action"], r["car"], r["status"], progress, r["result"])[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() in (2, 4):
            return (
                QColor({"failed": "#cf222e", "done": "#1a7f37", "cancelled": "#bf8700"}.get(r["status"], ""))
                if r["status"] in ("failed", "done", "cancelled")
                else None
            )
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            return r["result"]
        return None


def swatch(hexcode: str) -> QPixmap:
    pm = QPixmap(14, 14)
    pm.fill(QColor(hexcode))
    return pm


class CarsPage(QWidget):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self.ctx = ctx
        self.service = car_service(ctx)
        self.handles: dict[str, Any] = {}  # job id -> JobHandle (cancel, retry)
        self._build()
        b = ctx.bridge
        b.on(CarSeen, lambda e: self.model.upsert(e.car), self)
        b.on(CarLost, lambda e: self.model.upsert(e.car), self)
        b.on(CarJobProgressed, self._progressed, self)
        b.on(CarJobFinished, self._finished, self)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 14, 14, 14)
        outer.setSpacing(12)
        self.add_name = QLineEdit()
        self.add_name.setPlaceholderText("car host name or address, e.g. amss-1234 or 192.168.1.41")
        self.add_name.returnPressed.connect(self.add_car)
        add = QPushButton("Add car")
        add.clicked.connect(self.add_car)
        self.discover = QCheckBox("Find cars on the network (mDNS)")
        self.discover.toggled.connect(self._discovery)
        top = QHBoxLayout()
        top.addWidget(self.add_name, 1)
        top.addWidget(add)
        top.addWidget(self.discover)
        self.model = CarTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = Message()
        cw = QWidget()
        cl = QVBoxLayout(cw)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addLayout(top)
        cl.addWidget(self.message)
        cl.addWidget(self.table, 1)
        outer.addWidget(card(cw, title="Cars (tick the ones an action goes to)"), 3)

        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText("car password (SSH user deepracer)")
        save_pw = QPushButton("Save password for ticked cars")
        save_pw.clicked.connect(self.save_password)
        self.colour = QComboBox()
        for name, hexcode in HIGHLIGHT_COLOURS.items():
            self.colour.addItem(swatch(hexcode), name, name)
        buttons = [
            ("Push model…", self.push_model),
            ("Tail light", self.tail_light),
            ("Read status", lambda: self._run("read status", lambda cars: self.service.read_status(cars))),
            ("Restart service", lambda: self._run("restart", lambda cars: self.service.restart(cars))),
            ("Stop cars", lambda: self._run("stop", lambda cars: self.service.stop(cars))),
            (
                "Delete all models",
                lambda: self._run("delete models", lambda cars: self.service.delete_all_models(cars)),
            ),
        ]
        actions = QHBoxLayout()
        actions.addWidget(self.password, 1)
        actions.addWidget(save_pw)
        actions.addSpacing(12)
        actions.addWidget(self.colour)
        self.action_buttons: dict[str, QPushButton] = {}
        for title, slot in buttons:
            b = QPushButton(title)
            b.clicked.connect(slot)
            self.action_buttons[title] = b
            actions.addWidget(b)
        outer.addLayout(actions)

        self.jobs = JobTableModel()
        self.job_table = QTableView()
        self.job_table.setModel(self.jobs)
        self.job_table.verticalHeader().hide()
        self.job_table.setShowGrid(False)
        self.job_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.job_table.horizontalHeader().setStretchLastSection(True)
        cancel = QPushButton("Cancel running")
        cancel.clicked.connect(self.cancel_all)
        retry = QPushButton("Retry failed")
        retry.clicked.connect(self.retry_failed)
        jb = QHBoxLayout()
        jb.addStretch(1)
        jb.addWidget(cancel)
        jb.addWidget(retry)
        jw = QWidget()
        jl = QVBoxLayout(jw)
        jl.setContentsMargins(0, 0, 0, 0)
        jl.addWidget(self.job_table, 1)
        jl.addLayout(jb)
        outer.addWidget(card(jw, title="Jobs"), 2)
        if self.service is None:
            for w in [*self.action_buttons.values(), add, save_pw, self.discover]:
                w.setEnabled(False)
            self.message.show_message("This build has no car service wired in yet (app.cars).", "warning", 0)

    def start(self) -> None:
        if self.service is not None:
            self.model.set_cars(self.service.cars.cars())

    # -- actions ------------------------------------------------------------------------------------
    def ticked(self) -> list[str]:
        keys = [c.key for c in self.model.cars if c.key in self.model.ticked]
        if not keys:
            i = self.table.currentIndex()
            if i.isValid():
                keys = [self.model.cars[i.row()].key]
        return keys

    def add_car(self) -> None:
        if self.service is None:
            return
        try:
            state = self.service.add_car(self.add_name.text())  # in-memory list: returns at once
        except ValueError as exc:
            self.message.error(str(exc))
            return
        self.model.upsert(state)
        self.model.ticked.add(state.key)
        self.add_name.clear()
        self.message.ok(f"Added {state.hostname}. Save its password, then choose an action.")

    def _discovery(self, on: bool) -> None:
        if self.service is not None:
            (self.service.start_discovery if on else self.service.stop_discovery)()

    def save_password(self) -> None:
        from drem_desktop.cars.credentials import CarCredentials

        cars = self.ticked()
        pw = self.password.text()
        if not cars or not pw:
            self.message.error("Tick the cars and type their password first.")
            return

        def save() -> int:
            for car in cars:
                self.service.set_credentials(car, CarCredentials(ssh_password=pw, console_password=pw))
            return len(cars)

        self.password.clear()
        self.ctx.background.run(
            save, done=lambda n: self.message.ok(f"Password saved for {n} car(s)."), failed=self.message.error
        )

    def _run(self, action: str, start: Any) -> None:
        cars = self.ticked()
        if self.service is None:
            return
        if not cars:
            self.message.error("Tick at least one car (or select one) first.")
            return
        try:
            handle = start(cars)
        except (ValueError, OSError) as exc:
            self.message.error(str(exc))
            return
        self._track(handle, action)

    def _track(self, handle: Any, action: str) -> None:
        job = handle.job
        self.handles[job.id] = handle
        self.jobs.started(job.id, action, job.cars)
        self.message.clear_message()

    def push_model(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self, "Model to push", str(self.ctx.app.paths.models), "Model archives (*.tar.gz *.tgz)"
        )
        if path:
            self._run("push model", lambda cars: self.service.push_model(Path(path), cars, load=True))

    def tail_light(self) -> None:
        colour = self.colour.currentData()
        self._run(f"tail light {colour}", lambda cars: self.service.set_tail_light(cars, colour))

    def cancel_all(self) -> None:
        for handle in self.handles.values():
            if not handle.future.done():
                handle.cancel()

    def retry_failed(self) -> None:
        for handle in list(self.handles.values()):
            if handle.future.done() and handle.job.failed_cars():
                self._track(self.service.retry(handle), handle.job.action + " (retry)")

    # -- progress -----------------------------------------------------------------------------------
    def _progressed(self, e: CarJobProgressed) -> None:
        self.jobs.update(e.job_id, e.car, status="running", done=e.done, total=e.total, stage=e.stage)

    def _finished(self, e: CarJobFinished) -> None:
        status = "done" if e.ok else ("cancelled" if e.error and "cancel" in e.error.lower() else "failed")
        self.jobs.update(e.job_id, e.car, status=status, result=e.detail if e.ok else (e.error or ""))
