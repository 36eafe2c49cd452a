"""The car's logs of the selected run, beside it in Races: the files fetched (open the folder), and a
Fetch button that brings the run's ROS bag folders from its car over SSH, with progress."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QProgressBar, QPushButton, QVBoxLayout, QWidget

from drem_desktop.cars.events import CarJobProgressed
from drem_desktop.domain.records import RunRecord
from drem_desktop.events import RunLogsFetched
from drem_desktop.services.run_logs import RunLogFile
from drem_desktop.ui.context import ScreenContext
from drem_desktop.ui.i18n import tr
from drem_desktop.ui.widgets import Message


class RunLogsPanel(QWidget):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.run: RunRecord | None = None
        self.job_id: str | None = None
        self.files = QListWidget()
        self.files.itemDoubleClicked.connect(lambda _i: self.open_folder())
        self.fetch = QPushButton(tr("Fetch logs from the car"))
        self.fetch.clicked.connect(self.fetch_logs)
        self.open = QPushButton(tr("Open folder"))
        self.open.clicked.connect(self.open_folder)
        self.progress = QProgressBar()
        self.progress.hide()
        self.message = Message()
        buttons = QHBoxLayout()
        buttons.addWidget(self.fetch)
        buttons.addWidget(self.open)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.files, 1)
        box.addLayout(buttons)
        box.addWidget(self.progress)
        box.addWidget(self.message)
        ctx.bridge.on(RunLogsFetched, self._fetched, self)
        ctx.bridge.on(CarJobProgressed, self._progressed, self)
        self.show_run(None)

    def show_run(self, run: RunRecord | None) -> None:
        self.run = run
        self.fetch.setEnabled(bool(run and run.car_name and run.started_at))
        self.fetch.setToolTip("" if run and run.car_name else tr("This run names no car."))
        self.files.clear()
        if run is not None:
            self.ctx.background.run(
                self.ctx.app.run_logs.logs_for, run.event_id, run.run_id, done=self._listed
            )

    def _listed(self, files: list[RunLogFile]) -> None:
        self.files.clear()
        for f in files:
            self.files.addItem(
                tr("{file} · {car} · {mb} MB").format(file=f.path.name, car=f.car, mb=f"{f.size / 1e6:.1f}")
            )
        if not files:
            self.files.addItem(tr("No car logs for this run yet."))

    def fetch_logs(self) -> None:
        run = self.run
        if run is None:
            return

        def started(handle: Any) -> None:
            self.job_id = handle.job.id
            self.progress.setRange(0, 0)
            self.progress.show()
            self.message.clear_message()

        self.ctx.background.run(
            self.ctx.app.run_logs.fetch, run.run_id, done=started, failed=self.message.error
        )

    def _progressed(self, e: CarJobProgressed) -> None:
        if e.job_id == self.job_id and e.total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * e.done / e.total))
            self.progress.setFormat(f"{e.stage} %p%")

    def _fetched(self, e: RunLogsFetched) -> None:
        if self.run is None or e.run_id != self.run.run_id:
            return
        self.progress.hide()
        self.job_id = None
        if e.ok:
            self.message.ok(tr("Logs fetched from {car}.").format(car=e.car))
        else:
            self.message.show_message(e.message, "warning")
        self.show_run(self.run)

    def open_folder(self) -> None:
        if self.run is not None:
            folder = self.ctx.app.run_logs.folder(self.run.event_id)
            folder.mkdir(parents=True, exist_ok=True)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
