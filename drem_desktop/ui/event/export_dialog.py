"""Event → Export…: results leave the laptop as CSV, PDF, the cloud manager's bundle or an event archive.

The export runs off the UI thread through ``app.exports`` with a progress bar and Cancel; when it is saved
the folder opens, so the organizer sees the file at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from threading import Event as Flag
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from drem_desktop.domain.records import EventInfo
from drem_desktop.services.exports import ExportCancelled, file_stem
from drem_desktop.ui.context import ScreenContext
from drem_desktop.ui.i18n import N_, tr
from drem_desktop.ui.widgets import Message

# key, label, what it is for
KINDS: tuple[tuple[str, str, str], ...] = (
    (
        "pdf-summary",
        N_("Organiser's summary (PDF)"),
        N_("Rules, every leaderboard and the statistics, to print or send."),
    ),
    (
        "pdf-podium",
        N_("Podium (PDF)"),
        N_("The top three, large, then places 4 to 10: for the prize giving."),
    ),
    (
        "pdf-certificates",
        N_("Certificates (PDF)"),
        N_("One page per racer with their place and best figures."),
    ),
    ("summary-csv", N_("Summary (CSV)"), N_("One line per racer, for a spreadsheet.")),
    ("laps-csv", N_("Lap times (CSV)"), N_("Every lap of every run, for a spreadsheet.")),
    ("json", N_("Results data (JSON)"), N_("Everything above for scripts and web pages.")),
    ("drem", N_("Cloud manager bundle (folder)"), N_("For the cloud manager's scripts/drem_import.py.")),
    (
        "archive",
        N_("Event archive (.dremz)"),
        N_("The whole event in one file, to restore on another laptop."),
    ),
)
BY_TRACK = {"laps-csv", "summary-csv", "pdf-podium", "pdf-certificates"}
PAPER = {"pdf-summary", "pdf-podium", "pdf-certificates"}


class ExportDialog(QDialog):
    def __init__(self, ctx: ScreenContext, event: EventInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_info = event
        self.open_folder: Callable[[Path], Any] = lambda p: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(p))
        )
        self.saved: Path | None = None
        self._cancel = Flag()
        self.setWindowTitle(tr("Export “{name}”").replace("{name}", event.name))
        self.setMinimumWidth(560)
        box = QVBoxLayout(self)
        self.kinds = QListWidget()
        for key, label, _hint in KINDS:
            item = QListWidgetItem(tr(label))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.kinds.addItem(item)
        self.kinds.setCurrentRow(0)
        self.kinds.setFixedHeight(self.kinds.sizeHintForRow(0) * len(KINDS) + 2 * self.kinds.frameWidth() + 4)
        self.kinds.currentRowChanged.connect(self._kind_changed)
        box.addWidget(self.kinds)
        self.hint = QLabel()
        self.hint.setObjectName("Muted")
        self.hint.setWordWrap(True)
        box.addWidget(self.hint)
        form = QFormLayout()
        self.track = QComboBox()
        self.track.addItem(tr("All tracks combined"), "combined")
        for t in event.tracks:
            self.track.addItem(tr("Track {n}").replace("{n}", str(t.number)), str(t.number))
        form.addRow(tr("Leaderboard"), self.track)
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem(tr("Letter"), "letter")
        form.addRow(tr("Paper"), self.paper)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(str(self._default_folder()))
        choose = QPushButton(tr("Choose…"))
        choose.clicked.connect(self._choose_folder)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        form.addRow(tr("Save in folder"), folder_row)
        box.addLayout(form)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        box.addWidget(self.progress)
        self.status = QLabel()
        self.status.setObjectName("Muted")
        box.addWidget(self.status)
        self.message = Message()
        box.addWidget(self.message)
        box.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel_or_close)
        self.export_button = QPushButton(tr("Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.export_button)
        box.addLayout(buttons)
        self._kind_changed(0)

    def _default_folder(self) -> Path:
        saved = self.ctx.setting("export_folder")
        return Path(saved) if saved else Path.home() / "DREM exports"

    def kind(self) -> str:
        return str(self.kinds.currentItem().data(Qt.ItemDataRole.UserRole))

    def select(self, kind: str) -> None:
        for i in range(self.kinds.count()):
            if self.kinds.item(i).data(Qt.ItemDataRole.UserRole) == kind:
                self.kinds.setCurrentRow(i)

    def _kind_changed(self, row: int) -> None:
        key = KINDS[max(0, row)][0]
        self.hint.setText(tr(KINDS[max(0, row)][2]))
        self.track.setEnabled(key in BY_TRACK)
        self.paper.setEnabled(key in PAPER)

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, tr("Save exports in"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _cancel_or_close(self) -> None:
        if self.progress.isVisible():
            self._cancel.set()
            self.status.setText(tr("Cancelling…"))
        else:
            self.reject()

    def export(self) -> None:
        folder = Path(self.folder.text().strip()).expanduser()
        kind, track, paper = self.kind(), str(self.track.currentData()), str(self.paper.currentData())
        exports = self.ctx.app.exports
        event_id = self.event_info.event_id
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        self._cancel.clear()
        self.message.clear_message()
        self.progress.setValue(0)
        self.progress.show()
        self.export_button.setEnabled(False)
        self.ctx.save_setting("export_folder", str(folder))

        def progress(fraction: float, words: str) -> None:
            if self._cancel.is_set():
                raise ExportCancelled()
            self.ctx.background.on_ui(self._progressed, (fraction, words))

        def work() -> Path | None:
            folder.mkdir(parents=True, exist_ok=True)
            try:
                if kind == "drem":
                    target = folder / f"{file_stem(self.event_info.name)}-cloud-bundle-{stamp}"
                    return exports.export_drem([event_id], target, progress=progress)
                if kind == "archive":
                    target = folder / f"{file_stem(self.event_info.name)}-{stamp}.dremz"
                    return exports.archive(event_id, target, progress=progress)
                return exports.export(event_id, kind, folder, track=track, paper=paper, progress=progress)
            except ExportCancelled:
                return None

        self.ctx.background.run(work, done=self._done, failed=self._failed)

    def _progressed(self, value: tuple[float, str]) -> None:
        fraction, words = value
        self.progress.setValue(round(fraction * 100))
        self.status.setText(words)

    def _done(self, path: Path | None) -> None:
        self.progress.hide()
        self.export_button.setEnabled(True)
        if path is None:
            self.status.setText(tr("Cancelled: nothing was saved."))
            return
        self.saved = path
        self.status.setText("")
        self.message.ok(tr("Saved {path}").replace("{path}", str(path)))
        self.open_folder(path if path.is_dir() else path.parent)

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.status.setText("")
        self.message.error(message)


def open_export(ctx: ScreenContext, parent: QWidget | None = None) -> ExportDialog | None:
    """Opens the dialog for the current event; None (and a word in the status bar) when there is none."""
    event = ctx.current.event_info
    if event is None:
        return None
    dialog = ExportDialog(ctx, event, parent)
    dialog.show()
    return dialog
