"""The timekeeper console's "Car" card: which car the racer on track drives, and loading one of their
models onto it before the run.

Naming the car is all the console does for the tail light: race control keeps the name with the run, and
the car lights service turns the tail light to the racer's colour when the run starts and white when it
ends. Loading a model is a car job like those on the Cars page (progress and result arrive as bus events);
this card follows only the job it started, so the timekeeper sees one line: how far, and how it ended.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from drem_desktop.cars.events import CarJobFinished, CarJobProgressed, CarLost, CarSeen, JobStatus
from drem_desktop.cars.roster import CarState, car_key
from drem_desktop.domain.model_records import ModelRecord, ModelStatus
from drem_desktop.domain.run import RunState
from drem_desktop.models.events import ModelReceived, ModelStatusChanged
from drem_desktop.services.race_control import RunView
from drem_desktop.ui.context import ScreenContext
from drem_desktop.ui.i18n import tr
from drem_desktop.ui.widgets import Message, OpButton, card

if TYPE_CHECKING:
    from drem_desktop.cars.service import JobHandle

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
LOADABLE = {RunState.READY, RunState.PAUSED, RunState.OVER}  # never swap the model of a car that is racing


def default_model(models: list[ModelRecord]) -> ModelRecord | None:
    """The racer's newest ready model (the library lists newest first), else their newest loadable one."""
    ready = [m for m in models if m.status == ModelStatus.READY]
    shown = [m for m in models if m.status != ModelStatus.RETIRED]
    picks = ready or shown
    return picks[0] if picks else None


def size_text(size: int) -> str:
    return f"{size / 1e6:.1f} MB" if size >= 1_000_000 else f"{max(1, round(size / 1000))} kB"


def car_text(state: CarState | None, typed: str) -> str:
    """One line about the chosen car, so the timekeeper knows whether a push can reach it."""
    if not typed:
        return ""
    if state is None:
        return tr("not found on the network yet")
    if state.online:
        # the car reports 0..11; below 3 it may stop mid-run
        low = " (low!)" if state.battery is not None and state.battery < 3 else ""
        battery = f" · battery {state.battery}/11{low}" if state.battery is not None else ""
        return f"online{battery}"
    if state.last_seen:
        minutes = max(0, int((time.time() - state.last_seen) // 60))
        return tr("offline (seen {n} min ago)").format(n=minutes)
    return tr("offline")


class CarPanel(QWidget):
    """The car and the model for the run on the current track; the console tells it about the run."""

    typing_done = Signal()  # a car was named: the console takes the focus back for its keys

    def __init__(
        self, ctx: ScreenContext, load_key: str, car_key_hint: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: RunView | None = None
        self.cars: dict[str, CarState] = {}
        self.models: list[ModelRecord] = []
        self.loading = False  # a load this card started is under way (one at a time)
        self.job: JobHandle | None = None  # its handle, once the car service has started it
        self.job_car = ""
        self.job_model_id: str | None = None  # the library model being loaded
        self._cancel_asked = False  # Cancel pressed before the handle arrived
        self._racer_id: str | None = None
        self._models_token = 0
        self._loads = 0  # loads started (a later naming message must not cover a load's result)
        self._build(load_key, car_key_hint)
        b = ctx.bridge
        b.on(CarSeen, self._on_car, self)
        b.on(CarLost, self._on_car, self)
        b.on(CarJobProgressed, self._on_progress, self)
        b.on(CarJobFinished, self._on_finished, self)
        b.on(ModelReceived, self._on_models_changed, self)
        b.on(ModelStatusChanged, self._on_models_changed, self)
        self.show_run(None)

    def _build(self, load_key: str, car_key_hint: str) -> None:
        self.car = QComboBox()
        self.car.setEditable(True)
        car_edit = self.car.lineEdit()
        assert car_edit is not None  # an editable combo box has one
        self.car_edit = car_edit
        self.car.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.car_edit.setPlaceholderText(tr("Car: serial or host name") + f"  ({car_key_hint})")
        self.car.setToolTip(tr("Choose a car, or type its name and press Enter"))
        self.car_edit.returnPressed.connect(self.apply_car)
        self.car.activated.connect(lambda _i: self.apply_car())
        self.car.editTextChanged.connect(lambda _t: self._show_car_state())
        self.car.setMinimumWidth(170)
        self.car_state = QLabel("")
        self.car_state.setObjectName("Muted")
        self.model = QComboBox()
        self.model.setMinimumWidth(170)
        self.model.setToolTip(tr("The racer's models in the library (newest first)"))
        self.load_button = OpButton(tr("Load model onto car"), load_key)
        self.load_button.setMinimumHeight(52)
        self.load_button.setFixedWidth(190)
        self.load_button.clicked.connect(self.load_model)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setMaximumHeight(18)
        self.message = Message()

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        grid.addWidget(QLabel(tr("Car")), 0, 0)
        grid.addWidget(self.car, 0, 1)
        grid.addWidget(self.car_state, 0, 2)
        grid.addWidget(QLabel(tr("Model")), 1, 0)
        grid.addWidget(self.model, 1, 1, 1, 2)
        grid.addWidget(self.load_button, 0, 3, 2, 1)
        grid.setColumnStretch(1, 1)
        job_row = QHBoxLayout()
        job_row.addWidget(self.progress, 1)
        job_row.addWidget(self.cancel_button)
        body = QWidget()
        body.setLayout(grid)
        jobs = QWidget()
        jobs.setLayout(job_row)
        job_row.setContentsMargins(0, 0, 0, 0)
        self.job_row = jobs
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(card(body, jobs, self.message, title=tr("Car and model"), spacing=6))
        jobs.hide()

    # -- what the console tells it -------------------------------------------------------------------
    def start(self) -> None:
        """Reads the live car list (memory only, but on a worker like every service call)."""
        self.ctx.background.run(self.ctx.app.cars.cars.cars, done=self._cars_arrived)

    def show_run(self, view: RunView | None) -> None:
        """The run on the track as race control last described it (None: nobody on track)."""
        self.view = view
        live = view is not None
        self.car.setEnabled(live)
        self.model.setEnabled(live)
        if view is None:
            self._racer_id = None
            self.models = []
            self.model.clear()
            if not self.car.hasFocus():
                self.car.setEditText("")
        else:
            if not self._editing() and self.car.currentText().strip() != view.car_name:
                self.car.setEditText(view.car_name)
            if view.racer_id != self._racer_id:
                self._racer_id = view.racer_id
                self.load_models()
        self._update_buttons()

    def _editing(self) -> bool:
        return self.car.hasFocus() or self.car_edit.hasFocus()

    def typing_fields(self) -> tuple[QWidget, ...]:
        return (self.car, self.car_edit)

    def focus_car(self) -> None:
        if self.car.isEnabled():
            self.car.setFocus()
            self.car_edit.selectAll()
        else:
            self.message.show_message(
                tr("Put a racer on the track first (N); then name their car."), "warning"
            )

    def _update_buttons(self) -> None:
        v = self.view
        busy = self.loading
        self.load_button.setEnabled(v is not None and v.state in LOADABLE and not busy)
        tip = tr("Load the chosen model onto the car and select it there")
        if v is not None and v.state is RunState.RUNNING:
            tip = tr("The car is racing: pause the run (Space) before loading another model")
        self.load_button.setToolTip(f"{tr(tip)} ({self.load_button.keys.text()})")
        self.cancel_button.setEnabled(busy)

    # -- the car --------------------------------------------------------------------------------------
    def _cars_arrived(self, cars: list[CarState]) -> None:
        self.cars = {c.key: c for c in cars}
        self._fill_cars()

    def _on_car(self, e: CarSeen | CarLost) -> None:
        before = self.cars.get(e.car.key)
        self.cars[e.car.key] = e.car
        if before is None or (before.online != e.car.online and not self._editing()):
            self._fill_cars()
        self._show_car_state()

    def _fill_cars(self) -> None:
        """The car list, online first; the text being typed (or shown) stays as it is."""
        text = self.car.currentText()
        self.car.blockSignals(True)
        self.car.clear()
        for key, state in sorted(self.cars.items(), key=lambda kv: (not kv[1].online, kv[0])):
            self.car.addItem(key)
            i = self.car.count() - 1
            self.car.setItemData(i, key, KEY_ROLE)
            if not state.online:
                self.car.setItemData(i, QColor("#8b949e"), Qt.ItemDataRole.ForegroundRole)
            if state.hostname and state.hostname.lower() != key:
                self.car.setItemData(i, state.hostname, Qt.ItemDataRole.ToolTipRole)
        self.car.setCurrentIndex(-1)
        self.car.setEditText(text)
        self.car.blockSignals(False)
        self._show_car_state()

    def chosen_car(self) -> str:
        """The car key for what the field shows: a listed car as listed, a typed name as the car service
        keys it (lower case, without ``.local``)."""
        text = self.car.currentText().strip()
        if not text:
            return ""
        if text in self.cars:
            return text
        for key, state in self.cars.items():
            if text.lower() in (state.hostname.lower(), (state.serial or "").lower()):
                return key
        return car_key(None, text)

    def _show_car_state(self) -> None:
        key = self.chosen_car()
        self.car_state.setText(tr(car_text(self.cars.get(key), key)))

    def apply_car(self) -> None:
        """Names the car for the run on the track (race control keeps it; the tail light follows it)."""
        v = self.view
        track = self.ctx.current.track_id
        if v is None or track is None:
            return
        car = self.chosen_car()
        self.car.setEditText(car)
        self.typing_done.emit()
        if car == v.car_name:
            return
        loads = self._loads
        self.ctx.background.race(
            self.ctx.app.race_control.set_car,
            track,
            car,
            done=lambda view: self._car_named(view, car, loads),
            failed=self.message.error,
        )

    def _car_named(self, view: RunView, car: str, loads: int) -> None:
        if loads != self._loads:
            return  # a load started since: its progress and result are what the timekeeper reads now
        if car:
            self.message.ok(
                tr(
                    "{car_name} drives this run: its tail light takes the racer's colour at the start "
                    "and turns white at the end."
                ).format(car_name=view.car_name)
            )
        else:
            self.message.ok(tr("No car named for this run."))

    # -- the racer's models ---------------------------------------------------------------------------
    def load_models(self) -> None:
        racer = self._racer_id
        self._models_token += 1
        token = self._models_token
        if racer is None:
            return
        self.ctx.background.run(
            self.ctx.app.models.models,
            racer,
            done=lambda rows: self._models_arrived(token, rows),
            failed=self.message.error,
        )

    def _on_models_changed(self, _e: object) -> None:
        if self._racer_id is not None:
            self.load_models()

    def _models_arrived(self, token: int, rows: list[ModelRecord]) -> None:
        if token != self._models_token:
            return
        keep = self.model.currentData(KEY_ROLE) if self.models else None
        self.models = [m for m in rows if m.status != ModelStatus.RETIRED]
        self.model.clear()
        for m in self.models:
            note = tr(" · on a car") if m.status == ModelStatus.ON_CAR else ""
            self.model.addItem(f"{m.name}  ({size_text(m.size_bytes)}{note})")
            self.model.setItemData(self.model.count() - 1, m.model_id, KEY_ROLE)
        if not self.models:
            self.model.addItem(tr("No model yet"))  # the tooltip says where to add one
            self.model.setItemData(0, None, KEY_ROLE)
            self.model.setItemData(
                0,
                tr("No model in the library for this racer: add one on the Models page (Ctrl+6)."),
                Qt.ItemDataRole.ToolTipRole,
            )
            return
        ids = [m.model_id for m in self.models]
        first = default_model(self.models)
        want = keep if keep in ids else (first.model_id if first else None)
        self.model.setCurrentIndex(ids.index(want) if want in ids else 0)

    def chosen_model(self) -> ModelRecord | None:
        model_id = self.model.currentData(KEY_ROLE)
        return next((m for m in self.models if m.model_id == model_id), None)

    # -- loading ----------------------------------------------------------------------------------------
    def load_model(self) -> None:
        """Pushes the chosen model to the chosen car and selects it there (the car service's job)."""
        v = self.view
        if v is None:
            self.message.show_message(
                tr("Put a racer on the track first (N); then load their model."), "warning"
            )
            return
        if self.loading:
            self.message.show_message(
                tr("A model is already on its way to the car: wait or Cancel."), "warning"
            )
            return
        if v.state not in LOADABLE:
            self.message.show_message(
                tr("The car is racing: pause the run (Space) before loading another model."), "warning"
            )
            return
        car = self.chosen_car()
        if not car:
            self.message.show_message(
                tr("Name the car first: choose it or type its name in Car (C), then press M."), "warning"
            )
            return
        model = self.chosen_model()
        if model is None:
            self.message.show_message(
                tr("This racer has no model in the library: add one on the Models page (Ctrl+6)."), "warning"
            )
            return
        if car != v.car_name:
            self.apply_car()
        self._loads += 1
        path: Path = self.ctx.app.models.path_of(model)
        self.loading = True
        self.job = None
        self._cancel_asked = False
        self.job_car = car
        self.job_model_id = model.model_id
        self.progress.setRange(0, 0)
        self.progress.setFormat(f"{model.name} → {car}: " + tr("starting"))
        self.job_row.show()
        self.message.clear_message()
        self._update_buttons()
        self.ctx.background.run(
            self.ctx.app.cars.push_model,
            path,
            [car],
            load=True,
            done=self._job_started,
            failed=self._job_refused,
        )

    def _job_started(self, handle: JobHandle) -> None:
        self.job = handle
        if self._cancel_asked:
            handle.cancel()
        # Events published before the handle got here were skipped: the job's own record has caught up.
        result = handle.job.results.get(self.job_car)
        if result is not None:
            if result.finished:
                self._ended(JobStatus(result.status), result.error, result.detail)
                return
            self._show_progress(result.done, result.total, result.stage)
        self._update_buttons()

    def _job_refused(self, text: str) -> None:
        self._ended(JobStatus.FAILED, text, "")

    def cancel(self) -> None:
        if not self.loading:
            return
        self._cancel_asked = True
        if self.job is not None:
            self.job.cancel()
        self.progress.setFormat(f"{self.job_car}: " + tr("cancelling…"))

    def _mine(self, job_id: str, car: str) -> bool:
        return self.job is not None and job_id == self.job.job.id and car == self.job_car

    def _on_progress(self, e: CarJobProgressed) -> None:
        if self._mine(e.job_id, e.car):
            self._show_progress(e.done, e.total, e.stage)

    def _show_progress(self, done: int, total: int, stage: str) -> None:
        """The car's part of the job: percent when the size is known, and the car service's stage text."""
        if self._cancel_asked:
            stage = tr("cancelling…")
        text = f"{self.job_car}: {stage}"
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * min(done, total) / total))
            self.progress.setFormat(f"{text}  %p%")
        else:
            self.progress.setRange(0, 0)  # busy, no known size
            self.progress.setFormat(text)
        self.progress.setToolTip(text)

    def _on_finished(self, e: CarJobFinished) -> None:
        if self._mine(e.job_id, e.car):
            self._ended(e.status, e.error, e.detail)

    def _ended(self, status: JobStatus, error: str | None, detail: str) -> None:
        car = self.job_car
        self.loading = False
        self.job = None
        self.job_row.hide()
        if status is JobStatus.DONE:
            if self.job_model_id is not None:  # the library says the model is on a car now
                self.ctx.background.run(self.ctx.app.models.set_status, self.job_model_id, ModelStatus.ON_CAR)
            self.message.show_message(
                f"{car}: {detail}." if detail else tr("The model is on {car}.").format(car=car), "ok", 0
            )
        elif status is JobStatus.CANCELLED:
            self.message.show_message(error or tr("Cancelled: nothing was loaded."), "warning", 0)
        else:
            self.message.error(error or tr("Loading the model onto {car} failed.").format(car=car))
        self._update_buttons()


__all__ = ["CarPanel", "car_text", "default_model"]
