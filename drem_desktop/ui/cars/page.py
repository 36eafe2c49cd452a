"""Cars: every car on the venue LAN, its fleet, and fleet actions on the ones you tick.

The car service (``app.cars``) does the work on its own loop and reports through the bus: cars appear and
disappear (CarSeen/CarLost), each car's part of a job moves (CarJobProgressed) and ends with the result in
plain words (CarJobFinished). This screen only shows that and starts actions; a failed car never stops
the others, and Retry runs the action again on the cars that failed. Fleets (one per venue or per
organizer's box of cars) live in the car service's registry and have their own bar (:mod:`.fleets_bar`);
the list can be narrowed to one fleet, and an action only ever goes to ticked cars the list shows.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from drem_desktop.cars.events import CarJobFinished, CarJobProgressed, CarLost, CarSeen
from drem_desktop.cars.health import BATTERY_LOW, BATTERY_MAX, CarHealth
from drem_desktop.domain.car_records import CarRecord, FleetRecord
from drem_desktop.events import CarHealthChanged
from drem_desktop.ui.cars.fleets_bar import ALL_CARS, FleetsBar
from drem_desktop.ui.context import ScreenContext
from drem_desktop.ui.i18n import tr
from drem_desktop.ui.table_model import Index, TableModel, is_checked
from drem_desktop.ui.theme import HIGHLIGHT_COLOURS
from drem_desktop.ui.widgets import Message, card, record_table


def ago(ts: float) -> str:
    if not ts:
        return tr("never")
    s = max(0, int(time.time() - ts))
    if s < 90:
        return tr("{n} s ago").format(n=s)
    return tr("{n} min ago").format(n=s // 60) if s < 5400 else tr("{n} h ago").format(n=s // 3600)


class CarTableModel(TableModel[Any]):
    """The live car list; the first column's checkbox chooses the cars an action goes to."""

    HEADERS = (
        "Car",
        "Fleet",
        "Address",
        "Online",
        "Battery",
        "Software",
        "Models",
        "Last seen",
        "Loaded model",
    )
    BATTERY = 4
    LOADED = 8

    def __init__(self) -> None:
        super().__init__()
        self.ticked: set[str] = set()
        self.health: dict[str, CarHealth] = {}  # car key -> the last health poll
        self.fleet_of: dict[str, str | None] = {}  # car key -> fleet id, from the registry
        self.fleet_names: dict[str, str] = {}

    def set_fleets(self, fleets: list[FleetRecord], records: list[CarRecord]) -> None:
        self.fleet_names = {f.fleet_id: f.name for f in fleets}
        self.fleet_of = {r.key: r.fleet_id for r in records}
        if self.rows:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self.rows) - 1, 1))

    def fleet_name(self, key: str) -> str:
        fleet_id = self.fleet_of.get(key)
        return self.fleet_names.get(fleet_id, "–") if fleet_id else "–"

    def upsert(self, state: Any) -> None:
        for i, c in enumerate(self.rows):
            if c.key == state.key:
                self.rows[i] = state
                self.rows_changed(i, i)
                return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(state)
        self.endInsertRows()

    def set_cars(self, cars: list[Any]) -> None:
        self.set_rows(sorted(cars, key=lambda c: c.hostname.lower()))

    def set_health(self, health: CarHealth) -> None:
        self.health[health.car] = health
        for i, c in enumerate(self.rows):
            if c.key == health.car:
                self.rows_changed(i, i)

    def loaded_text(self, key: str) -> str:
        h = self.health.get(key)
        if h is None or not h.loaded_model:
            return "–"
        if h.model_matches is False:
            return tr("{loaded} (queued racer's: {expected})").format(
                loaded=h.loaded_model, expected=h.expected_model
            )
        return h.loaded_model + (" ✓" if h.model_matches else "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                c.hostname,
                self.fleet_name(c.key),
                c.address or "–",
                tr("online") if c.online else tr("offline"),
                "–" if c.battery is None else f"{c.battery}/{BATTERY_MAX}",
                c.software_version or "–",
                ", ".join(c.models) or "–",
                ago(c.last_seen),
                self.loaded_text(c.key),
            )[col]
        if role == Qt.ItemDataRole.UserRole and col == self.BATTERY:
            return c.battery
        if role == Qt.ItemDataRole.ToolTipRole and col == self.BATTERY and c.battery is not None:
            if c.battery < BATTERY_LOW:
                return tr("Battery low: change or charge it before the car races.")
            return None
        if role == Qt.ItemDataRole.ForegroundRole and col == self.LOADED:
            h = self.health.get(c.key)
            return QColor("#cf222e") if h is not None and h.model_matches is False else None
        if role == Qt.ItemDataRole.CheckStateRole and col == 0:
            return Qt.CheckState.Checked if c.key in self.ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and col == 3:
            return QColor("#1a7f37" if c.online else "#8b949e")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return f | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else f

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        key = self.rows[index.row()].key
        if is_checked(value):
            self.ticked.add(key)
        else:
            self.ticked.discard(key)
        self.dataChanged.emit(index, index)
        return True


class BatteryBar(QStyledItemDelegate):
    """The car's 0..11 battery level as a bar of 11 steps; red with a warning below 3."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        level = index.data(Qt.ItemDataRole.UserRole)
        if level is None:
            super().paint(painter, option, index)
            return
        painter.save()
        r = option.rect.adjusted(6, 7, -40, -7)
        low = level < BATTERY_LOW
        painter.setPen(QColor("#8b949e"))
        painter.drawRect(r)
        fill = QColor("#cf222e") if low else QColor("#f0b429") if level < 6 else QColor("#1a7f37")
        width = int((r.width() - 2) * max(0, min(level, BATTERY_MAX)) / BATTERY_MAX)
        painter.fillRect(r.x() + 1, r.y() + 1, width, r.height() - 1, fill)
        painter.setPen(fill if low else option.palette.text().color())
        text_rect = option.rect.adjusted(r.width() + 10, 0, 0, 0)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, f"{level}" + (" !" if low else ""))
        painter.restore()


class JobTableModel(TableModel[dict[str, Any]]):
    """Each car's part of the jobs started from this screen, newest first."""

    HEADERS = ("Action", "Car", "Status", "Progress", "Result")

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
        self.rows_changed(i, i)

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
        self.service = ctx.app.cars
        self.handles: dict[str, Any] = {}  # job id -> JobHandle (cancel, retry)
        self._build()
        b = ctx.bridge
        b.on(CarSeen, lambda e: self.model.upsert(e.car), self)
        b.on(CarLost, lambda e: self.model.upsert(e.car), self)
        b.on(CarHealthChanged, lambda e: self.model.set_health(e.health), self)
        b.on(CarJobProgressed, self._progressed, self)
        b.on(CarJobFinished, self._finished, self)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 14, 14, 14)
        outer.setSpacing(12)
        self.add_name = QLineEdit()
        self.add_name.setPlaceholderText(tr("car host name or address, e.g. amss-1234 or 192.168.1.41"))
        self.add_name.returnPressed.connect(self.add_car)
        add = QPushButton(tr("Add car"))
        add.clicked.connect(self.add_car)
        self.discover = QCheckBox(tr("Find cars on the network (mDNS)"))
        self.discover.toggled.connect(self._discovery)
        top = QHBoxLayout()
        top.addWidget(self.add_name, 1)
        top.addWidget(add)
        top.addWidget(self.discover)
        self.model = CarTableModel()
        self.message = Message()
        self.fleets = FleetsBar(self.ctx, self.model, self.message, self.ticked)
        self.shown = self.fleets.shown
        self.table = record_table(self.shown)
        self.table.setItemDelegateForColumn(CarTableModel.BATTERY, BatteryBar(self.table))
        self.table.setColumnWidth(CarTableModel.BATTERY, 110)
        self.no_cars = QLabel(
            tr(
                "No cars yet. Cars are found by themselves on the venue network (mDNS): switch a car on and "
                "join it to the same Wi-Fi as this laptop; it appears here within seconds by its name "
                "(amss-1234). Where the network blocks mDNS, add a car by its name or address above."
            )
        )
        self.no_cars.setObjectName("Muted")
        self.no_cars.setWordWrap(True)
        for signal in (self.shown.modelReset, self.shown.rowsInserted, self.shown.rowsRemoved):
            signal.connect(lambda *_a: self.no_cars.setVisible(self.shown.rowCount() == 0))
        cw = QWidget()
        cl = QVBoxLayout(cw)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addLayout(top)
        cl.addWidget(self.fleets)
        cl.addWidget(self.message)
        cl.addWidget(self.no_cars)
        cl.addWidget(self.table, 1)
        outer.addWidget(card(cw, title=tr("Cars (tick the ones an action goes to)")), 3)

        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("car password (SSH user deepracer)"))
        save_pw = QPushButton(tr("Save password for ticked cars"))
        save_pw.clicked.connect(self.save_password)
        self.colour = QComboBox()
        for name, hexcode in HIGHLIGHT_COLOURS.items():
            self.colour.addItem(swatch(hexcode), name, name)
        buttons = [
            (tr("Push model…"), self.push_model),
            (tr("Tail light"), self.tail_light),
            (
                tr("Read status"),
                lambda: self._run(tr("read status"), lambda cars: self.service.read_status(cars)),
            ),
            (tr("Restart service"), lambda: self._run("restart", lambda cars: self.service.restart(cars))),
            (tr("Stop cars"), lambda: self._run("stop", lambda cars: self.service.stop(cars))),
            (
                tr("Delete all models"),
                lambda: self._run(tr("delete models"), lambda cars: self.service.delete_all_models(cars)),
            ),
            (tr("Fetch last run's logs"), self.fetch_logs),
            (tr("Trust new key"), self.trust_new_key),
            (tr("Forget password"), self.forget_password),
        ]
        # two rows: what the ticked cars are asked to do, then how this laptop reaches them (the password
        # field stays wide enough to read its hint, also on a laptop screen)
        access_titles = {tr("Trust new key"), tr("Forget password")}
        actions, access = QHBoxLayout(), QHBoxLayout()
        actions.addWidget(self.colour)
        self.password.setMinimumWidth(260)
        access.addWidget(self.password, 1)
        access.addWidget(save_pw)
        self.action_buttons: dict[str, QPushButton] = {}
        for title, slot in buttons:
            b = QPushButton(title)
            b.clicked.connect(slot)
            self.action_buttons[title] = b
            (access if title in access_titles else actions).addWidget(b)
        actions.addStretch(1)
        outer.addLayout(actions)
        outer.addLayout(access)

        self.jobs = JobTableModel()
        self.job_table = QTableView()
        self.job_table.setModel(self.jobs)
        self.job_table.verticalHeader().hide()
        self.job_table.setShowGrid(False)
        self.job_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.job_table.horizontalHeader().setStretchLastSection(True)
        cancel = QPushButton(tr("Cancel running"))
        cancel.clicked.connect(self.cancel_all)
        retry = QPushButton(tr("Retry failed"))
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
        outer.addWidget(card(jw, title=tr("Jobs")), 2)

    def start(self) -> None:
        self.model.set_cars(self.service.cars.cars())  # the in-memory live list: no I/O
        self.fleets.reload()

    # -- actions ------------------------------------------------------------------------------------
    def ticked(self) -> list[str]:
        """The ticked cars the list shows (a car hidden by the fleet filter never gets an action)."""
        shown = self.shown.shown_keys()
        keys = [k for k in shown if k in self.model.ticked]
        if not keys:
            i = self.table.currentIndex()
            if i.isValid():
                keys = [self.model.rows[self.shown.mapToSource(i).row()].key]
        return keys

    def add_car(self) -> None:
        try:
            state = self.service.add_car(self.add_name.text())  # in-memory list: returns at once
        except ValueError as exc:
            self.message.error(str(exc))
            return
        self.model.upsert(state)
        self.model.ticked.add(state.key)
        if self.shown.fleet != ALL_CARS:  # a new car is in no fleet yet: show it
            self.fleets.show_all()
        self.add_name.clear()
        self.message.ok(
            tr("Added {hostname}. Save its password, then choose an action.").format(hostname=state.hostname)
        )

    def _discovery(self, on: bool) -> None:
        (self.service.start_discovery if on else self.service.stop_discovery)()

    def save_password(self) -> None:
        from drem_desktop.cars.credentials import CarCredentials

        cars = self.ticked()
        pw = self.password.text()
        if not cars or not pw:
            self.message.error(tr("Tick the cars and type their password first."))
            return

        def save() -> int:
            for car in cars:
                self.service.set_credentials(car, CarCredentials(ssh_password=pw, console_password=pw))
            return len(cars)

        self.password.clear()
        self.ctx.background.run(
            save,
            done=lambda n: self.message.ok(tr("Password saved for {n} car(s).").format(n=n)),
            failed=self.message.error,
        )

    def _run(self, action: str, start: Any) -> None:
        cars = self.ticked()
        if not cars:
            self.message.error(tr("Tick at least one car (or select one) first."))
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
            self, tr("Model to push"), str(self.ctx.app.paths.models), tr("Model archives (*.tar.gz *.tgz)")
        )
        if path:
            self._run(tr("push model"), lambda cars: self.service.push_model(Path(path), cars, load=True))

    def trust_new_key(self) -> None:
        """What the "refused the SSH key" message points to: the next connection pins what the car shows."""
        cars = self.ticked()
        if not cars:
            self.message.error(tr("Tick the car whose new key you trust first."))
            return

        def trust() -> int:
            for car in cars:
                self.service.trust_new_key(car)
            return len(cars)

        self.ctx.background.run(
            trust,
            done=lambda n: self.message.ok(
                tr("The next connection to {n} car(s) trusts the key they show (re-flashed cars).").format(
                    n=n
                )
            ),
            failed=self.message.error,
        )

    def forget_password(self) -> None:
        cars = self.ticked()
        if not cars:
            self.message.error(tr("Tick the cars whose password to forget first."))
            return

        def forget() -> int:
            for car in cars:
                self.service.forget_credentials(car)
            return len(cars)

        self.ctx.background.run(
            forget,
            done=lambda n: self.message.ok(tr("Passwords of {n} car(s) forgotten.").format(n=n)),
            failed=self.message.error,
        )

    def fetch_logs(self) -> None:
        """The logs of the last run driven on the ticked car, with the model DREM loaded on it."""
        cars = self.ticked()
        if len(cars) != 1:
            self.message.error(tr("Tick one car to fetch the logs of its last run."))
            return
        car = cars[0]
        app = self.ctx.app
        event_id = self.ctx.current.event_id

        def find() -> tuple[str, float]:
            model = self.service.loaded_model(car)
            if not model:
                raise ValueError(
                    tr(
                        "DREM has not loaded a model onto {car}, so it cannot tell whose logs to fetch."
                    ).format(car=car)
                )
            starts = [
                r.started_at
                for r in (app.race_admin.runs(event_id) if event_id else [])
                if r.car_name.lower() == car.lower() and r.started_at is not None
            ]
            if not starts:
                raise ValueError(tr("No run of this event was driven on {car} yet.").format(car=car))
            return model, max(starts).timestamp()

        def found(what: tuple[str, float]) -> None:
            model, since = what
            folder = app.paths.root / "car-logs"
            self._track(self.service.fetch_logs(car, model, since, folder), tr("fetch logs"))

        self.ctx.background.run(find, done=found, failed=self.message.error)

    def tail_light(self) -> None:
        colour = self.colour.currentData()
        self._run(
            tr("tail light {colour}").format(colour=colour),
            lambda cars: self.service.set_tail_light(cars, colour),
        )

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
        self.jobs.update(e.job_id, e.car, status=e.status.value, result=e.detail if e.ok else (e.error or ""))
