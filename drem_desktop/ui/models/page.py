"""Models: each racer's model library, imports from a USB stick or a file, and how racers upload.

The library belongs to the app (``app.models``); every check, copy and scan runs on a worker thread with
progress and a cancel button, and the racer sees in plain words why a model was refused.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
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

from drem_desktop.domain.model_records import ModelRecord
from drem_desktop.domain.records import RacerRecord
from drem_desktop.events import RacerChanged
from drem_desktop.models.events import ModelReceived, ModelRefused, ModelStatusChanged
from drem_desktop.settings import LAN_PORT
from drem_desktop.ui.context import ScreenContext
from drem_desktop.ui.i18n import tr
from drem_desktop.ui.models.samples import SampleModelsImport
from drem_desktop.ui.table_model import Index, TableModel
from drem_desktop.ui.widgets import Message, QrCode, card, record_table
from drem_desktop.web.net import lan_addresses


def library_of(ctx: ScreenContext) -> Any:
    """The app's model library (``app.models``)."""
    return ctx.app.models


class ModelTableModel(TableModel[ModelRecord]):
    HEADERS = ("Model", "Sensors", "Action space", "Algorithm", "Size", "From", "Status", "MD5")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                m.name,
                ", ".join(s.replace("_", " ").lower() for s in m.sensors),
                m.action_space_type,
                m.training_algorithm,
                f"{m.size_bytes / 1_048_576:.1f} MB",
                m.came_from,
                m.status.replace("_", " "),
                m.md5[:10],
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 7:
            return m.md5
        if role == Qt.ItemDataRole.ForegroundRole and m.status == "retired":
            return QColor("#8b949e")
        return None


class Cancel:
    """A cancel flag a worker polls (the library's ``cancelled`` callback)."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def set(self) -> None:
        self._event.set()

    def __call__(self) -> bool:
        return self._event.is_set()


class ModelsPage(QWidget):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self.ctx = ctx
        self.library = library_of(ctx)
        self._cancel: Cancel | None = None
        self._found: list[Any] = []
        self._build()
        b = ctx.bridge
        for t in (ModelReceived, ModelStatusChanged):
            b.on(t, lambda _e: self.reload_models(), self)
        b.on(ModelRefused, self._refused, self)
        b.on(RacerChanged, lambda _e: self.reload_racers(), self)
        ctx.current.changed.connect(self._show_upload)
        ctx.current.network_changed.connect(self._show_upload)

    def _build(self) -> None:
        outer = QHBoxLayout(self)
        outer.setContentsMargins(14, 14, 14, 14)
        outer.setSpacing(14)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Find racer…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._fill_racers())
        self.racers = QListWidget()
        self.racers.setSpacing(2)
        self.racers.setAlternatingRowColors(True)
        self.racers.currentItemChanged.connect(lambda *_a: self.reload_models())
        left = card(self.search, self.racers, title=tr("Racers"))
        left.setFixedWidth(280)
        outer.addWidget(left)

        centre = QVBoxLayout()
        self.heading = QLabel(tr("Pick a racer"))
        self.heading.setObjectName("Heading")
        centre.addWidget(self.heading)
        self.table_model = ModelTableModel()
        self.table = record_table(self.table_model, stretch_column=0)
        self.import_file_button = QPushButton(tr("Import model file…"))
        self.import_file_button.clicked.connect(self.choose_file)
        self.retire_button = QPushButton(tr("Retire"))
        self.retire_button.clicked.connect(self._retire)
        self.samples = SampleModelsImport(self)
        tools = QHBoxLayout()
        tools.addWidget(self.import_file_button)
        tools.addWidget(self.samples.button)
        tools.addStretch(1)
        tools.addWidget(self.retire_button)
        self.message = Message()
        lib = QWidget()
        ll = QVBoxLayout(lib)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(tools)
        ll.addWidget(self.message)
        ll.addWidget(self.table, 1)
        centre.addWidget(card(lib, title=tr("Library")), 3)

        self.drives = QComboBox()
        self.refresh_drives = QPushButton(tr("Look for USB drives"))
        self.refresh_drives.clicked.connect(self.find_drives)
        self.scan_button = QPushButton(tr("Scan drive"))
        self.scan_button.clicked.connect(self.scan_drive)
        self.folder_button = QPushButton(tr("Scan a folder…"))
        self.folder_button.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.drives, 1)
        row.addWidget(self.refresh_drives)
        row.addWidget(self.scan_button)
        row.addWidget(self.folder_button)
        self.found = QListWidget()
        self.import_found = QPushButton(tr("Import ticked models for this racer"))
        self.import_found.setObjectName("Primary")
        self.import_found.clicked.connect(self.import_ticked)
        self.progress = QProgressBar()
        self.progress.hide()
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self._cancel_work)
        prow = QHBoxLayout()
        prow.addWidget(self.progress, 1)
        prow.addWidget(self.cancel_button)
        self.usb_message = Message()
        usb = QWidget()
        ul = QVBoxLayout(usb)
        ul.setContentsMargins(0, 0, 0, 0)
        ul.addLayout(row)
        ul.addWidget(self.found, 1)
        ul.addWidget(self.import_found)
        ul.addLayout(prow)
        ul.addWidget(self.usb_message)
        centre.addWidget(card(usb, title=tr("USB stick")), 2)
        outer.addLayout(centre, 1)

        self.upload_code = QLabel("–")
        self.upload_code.setObjectName("Big")
        self.upload_code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.upload_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.upload_qr = QrCode("")
        self.upload_qr.setFixedSize(220, 220)
        self.upload_url = QLabel("")
        self.upload_url.setWordWrap(True)
        self.upload_url.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.upload_url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = QLabel(
            tr(
                "Racers on the venue Wi-Fi open this address (or scan the code) and enter the upload "
                "code to hand in their model."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("Muted")
        right = card(self.upload_code, self.upload_qr, self.upload_url, hint, title=tr("Upload from a phone"))
        right.setFixedWidth(280)
        outer.addWidget(right)
        if self.library is None:
            for w in (
                self.import_file_button,
                self.retire_button,
                self.scan_button,
                self.folder_button,
                self.import_found,
            ):
                w.setEnabled(False)
            self.message.show_message(
                tr(
                    "This build has no model library wired in yet (app.models). Models can still be uploaded "
                    "once the LAN server runs."
                ),
                "warning",
                0,
            )

    # -- loading ------------------------------------------------------------------------------------
    def start(self) -> None:
        self.reload_racers()
        self._show_upload()
        self.find_drives()

    def reload_racers(self) -> None:
        self.ctx.background.run(self.ctx.app.racers.list, done=self._racers_loaded, failed=self.message.error)

    def _racers_loaded(self, racers: list[RacerRecord]) -> None:
        self._all_racers = racers
        self._fill_racers()

    def _fill_racers(self) -> None:
        keep = self.racer()
        wanted = getattr(self, "_select_next", None)
        self._select_next: str | None = None
        target = wanted if wanted is not None else (keep.racer_id if keep is not None else None)
        text = self.search.text().strip().casefold()
        self.racers.blockSignals(True)
        self.racers.clear()
        for r in getattr(self, "_all_racers", []):
            if text and text not in f"{r.username} {r.display_name}".casefold():
                continue
            same = r.shown_name.casefold() == r.username.casefold()
            item = QListWidgetItem(r.shown_name if same else f"{r.shown_name} · {r.username}")
            item.setData(Qt.ItemDataRole.UserRole, r)
            self.racers.addItem(item)
            if r.racer_id == target:
                self.racers.setCurrentItem(item)
        self.racers.blockSignals(False)
        if self.racers.currentItem() is None and self.racers.count():
            self.racers.setCurrentRow(0)
        else:
            self.reload_models()

    def select_racer(self, racer_id: str) -> None:
        """Shows this racer's models once the racer list has been read again (it may be a new racer)."""
        self._select_next = racer_id
        self.reload_racers()

    def racer(self) -> RacerRecord | None:
        item = self.racers.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def reload_models(self) -> None:
        racer = self.racer()
        self.heading.setText(
            tr("Models of {shown_name}").format(shown_name=racer.shown_name) if racer else tr("Pick a racer")
        )
        if self.library is None or racer is None:
            self.table_model.set_rows([])
            return
        self.ctx.background.run(
            self.library.models, racer.racer_id, done=self.table_model.set_rows, failed=self.message.error
        )

    def _show_upload(self) -> None:
        event = self.ctx.current.event_info
        self.upload_code.setText(event.upload_code if event and event.upload_code else "–")
        port = int(self.ctx.setting(LAN_PORT.key))
        served = [f"{u.rstrip('/')}/upload" for u in self.ctx.lan_urls]

        def addresses() -> list[str]:
            return served or [f"http://{a}:{port}/upload" for a in lan_addresses()]

        self.ctx.background.run(addresses, done=self._addresses)

    def _addresses(self, urls: list[str]) -> None:
        self.upload_url.setText(
            "\n".join(urls) or tr("Connect this laptop to the venue network to accept uploads.")
        )
        self.upload_qr.set_data(urls[0] if urls else "")

    # -- imports ------------------------------------------------------------------------------------
    def _busy(self, text: str) -> Cancel:
        self._cancel = Cancel()
        self.progress.setRange(0, 0)
        self.progress.setFormat(text)
        self.progress.show()
        self.cancel_button.show()
        return self._cancel

    def _idle(self) -> None:
        self._cancel = None
        self.progress.hide()
        self.cancel_button.hide()

    def _cancel_work(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def _progress(self, done: int, total: int) -> None:
        """Called on a worker thread: hop to the UI thread through a queued call."""
        self.ctx.background.on_ui(self._set_progress, (done, total))

    def _set_progress(self, value: tuple[int, int]) -> None:
        done, total = value
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def choose_file(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self, tr("Import a model"), "", tr("Model archives (*.tar.gz *.tgz)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        racer = self.racer()
        if self.library is None:
            return
        if racer is None:
            self.message.error(tr("Pick the racer this model belongs to first."))
            return
        cancel = self._busy(f"Copying {path.name}…")
        self.ctx.background.run(
            self.library.import_file,
            path,
            racer.racer_id,
            "import",
            progress=self._progress,
            cancelled=cancel,
            done=self._imported,
            failed=self._import_failed,
        )

    def _imported(self, intake: Any) -> None:
        self._idle()
        (self.message.ok if intake.accepted else self.message.error)(intake.message())
        self.reload_models()

    def _import_failed(self, message: str) -> None:
        self._idle()
        self.message.error(message)

    def _refused(self, e: ModelRefused) -> None:
        self.usb_message.error(
            tr("{file_name} refused: ").format(file_name=e.file_name) + "; ".join(e.reasons)
        )

    def find_drives(self) -> None:
        from drem_desktop.models.usb import removable_drives

        self.ctx.background.run(removable_drives, done=self._drives_found, failed=self.usb_message.error)

    def _drives_found(self, drives: list[Any]) -> None:
        self.drives.clear()
        for d in drives:
            self.drives.addItem(f"{d.mount_point}  ({d.device})", d.mount_point)
        if not drives:
            self.drives.addItem(tr("No USB drive found: plug one in, then look again"), "")
        self.scan_button.setEnabled(self.library is not None and bool(drives))

    def scan_drive(self) -> None:
        mount = self.drives.currentData()
        if mount:
            self.scan(Path(mount))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Scan a folder for models"))
        if folder:
            self.scan(Path(folder))

    def scan(self, folder: Path) -> None:
        from drem_desktop.models.usb import scan

        cancel = self._busy(tr("Checking archives in {folder}…").format(folder=folder))
        self.found.clear()
        self.ctx.background.run(
            scan,
            folder,
            progress=self._progress,
            cancelled=cancel,
            done=self._scanned,
            failed=self._scan_failed,
        )

    def _scan_failed(self, message: str) -> None:
        self._idle()
        self.usb_message.error(message)

    def _scanned(self, found: list[Any]) -> None:
        self._idle()
        self._found = found
        self.found.clear()
        for f in found:
            ok = f.verdict.accepted
            text = f"{f.path.name}" + ("" if ok else "  — " + "; ".join(f.verdict.reasons))
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable if ok else Qt.ItemFlag.NoItemFlags)
            item.setCheckState(
                Qt.CheckState.Checked if ok and f.in_models_folder else Qt.CheckState.Unchecked
            )
            if not ok:
                item.setForeground(QColor("#cf222e"))
            self.found.addItem(item)
        self.usb_message.show_message(
            tr("{n_found} archive(s) found.").format(n_found=len(found)), "ok" if found else "warning"
        )

    def ticked(self) -> list[Any]:
        return [
            f for i, f in enumerate(self._found) if self.found.item(i).checkState() == Qt.CheckState.Checked
        ]

    def import_ticked(self) -> None:
        from drem_desktop.models.usb import import_selected

        racer = self.racer()
        chosen = self.ticked()
        if self.library is None:
            return
        if racer is None or not chosen:
            self.usb_message.error(tr("Pick the racer, then tick the models to import."))
            return
        cancel = self._busy(
            tr("Importing {n} model(s) for {name}…").format(n=len(chosen), name=racer.shown_name)
        )
        self.ctx.background.run(
            import_selected,
            self.library,
            chosen,
            racer.racer_id,
            progress=self._progress,
            cancelled=cancel,
            done=self._imported_many,
            failed=self._import_failed,
        )

    def _imported_many(self, intakes: list[Any]) -> None:
        self._idle()
        ok = [i for i in intakes if i.accepted]
        refused = [i for i in intakes if not i.accepted]
        text = tr("Imported {n} model(s).").format(n=len(ok))
        if refused:
            text += " Refused: " + " ".join(i.message() for i in refused)
        self.usb_message.show_message(text, "warning" if refused else "ok", 0 if refused else None)
        self.reload_models()

    def _retire(self) -> None:
        i = self.table.currentIndex()
        if self.library is None or not i.isValid():
            return
        model = self.table_model.rows[i.row()]
        self.ctx.background.run(
            self.library.set_status,
            model.model_id,
            "retired",
            done=lambda _m: self.reload_models(),
            failed=self.message.error,
        )
