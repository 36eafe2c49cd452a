"""Race admin: the runs of the current event per track, with corrections after submitting.

Lap times, resets and validity are edited in place; laps and whole runs can be deleted and restored.
Every change goes through RaceAdmin, lands in the change log and is shown in the history beside the table,
so a result can always be traced back. The leaderboards follow through the bus.

With "Show deleted laps" the listing asks RaceAdmin for deleted laps too, so a lap deleted in an earlier
session or on another laptop is shown struck through beside the live ones, ready to restore.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from drem_desktop.domain.history import HistoryEntry
from drem_desktop.domain.records import LapRecord, RacerRecord, RunRecord
from drem_desktop.events import RunChanged, RunStateChanged
from drem_desktop.ui.context import ScreenContext
from drem_desktop.ui.i18n import tr
from drem_desktop.ui.race_admin.run_logs import RunLogsPanel
from drem_desktop.ui.table_model import Index, TableModel, is_checked
from drem_desktop.ui.theme import INVALID, lap_text, parse_seconds
from drem_desktop.ui.widgets import Message, card, record_table


def when(dt: datetime | None) -> str:
    return dt.astimezone().strftime("%H:%M:%S") if dt else "–"


class RunTableModel(TableModel[RunRecord]):
    HEADERS = ("Started", "Track", "Racer", "Car", "State", "Laps", "Best lap", "Notes")

    def __init__(self) -> None:
        super().__init__()
        self.racers: dict[str, RacerRecord] = {}
        self.tracks: dict[str, str] = {}

    def set_runs(self, runs: list[RunRecord], racers: dict[str, RacerRecord], tracks: dict[str, str]) -> None:
        self.racers, self.tracks = racers, tracks
        self.set_rows(runs)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        run = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            racer = self.racers.get(run.racer_id)
            counted = [lap for lap in run.laps if not lap.deleted]
            valid = [lap.time_ms for lap in counted if lap.valid]
            notes = []
            if run.deleted:
                notes.append(tr("deleted"))
            if run.raced_by_proxy:
                notes.append(tr("by proxy"))
            if run.max_runs_override:
                notes.append(tr("extra run: {reason}").format(reason=run.max_runs_override))
            return (
                when(run.started_at or run.created_at),
                self.tracks.get(run.track_id, "?"),
                racer.shown_name if racer else run.racer_id[:8],
                run.car_name or "–",
                run.state,
                f"{len(valid)} / {len(counted)}",
                lap_text(min(valid)) if valid else "–",
                ", ".join(notes),
            )[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and run.deleted:
            return QColor("#8b949e")
        if role == Qt.ItemDataRole.FontRole and run.deleted:
            f = QFont()
            f.setStrikeOut(True)
            return f
        return None


class AdminLapModel(TableModel[LapRecord]):
    """One run's laps; time, resets and validity are editable (the edit goes to RaceAdmin)."""

    HEADERS = ("Lap", "Time", "Resets", "Valid", "Source")

    def __init__(self) -> None:
        super().__init__()
        self.on_edit: Any = None  # callable(lap, **changes)

    def set_laps(self, laps: tuple[LapRecord, ...]) -> None:
        """The run's laps; deleted ones (when listed) sit beside the live lap of the same number."""
        self.set_rows(sorted(laps, key=lambda lap: (lap.index, lap.deleted)))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        lap = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if role == Qt.ItemDataRole.EditRole and col == 1:
                return f"{lap.time_ms / 1000:.3f}"
            source = "deleted" if lap.deleted else lap.source  # its source stays in the history
            return (str(lap.index + 1), lap_text(lap.time_ms), str(lap.resets), "", source)[col]
        if role == Qt.ItemDataRole.CheckStateRole and col == 3:
            return Qt.CheckState.Checked if lap.valid else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and lap.deleted:
            return QColor("#8b949e")
        if role == Qt.ItemDataRole.ForegroundRole and col == 1 and not lap.valid:
            return QColor(INVALID)
        if role == Qt.ItemDataRole.FontRole and lap.deleted:
            f = QFont()
            f.setStrikeOut(True)
            return f
        if role == Qt.ItemDataRole.ToolTipRole and lap.deleted:
            return tr("Deleted: it does not count. Select it and press Restore lap to count it again.")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.rows[index.row()].deleted:
            return f  # restore it first, then edit
        if index.column() in (1, 2):
            f |= Qt.ItemFlag.ItemIsEditable
        if index.column() == 3:
            f |= Qt.ItemFlag.ItemIsUserCheckable
        return f

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self.on_edit is None:
            return False
        lap = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == 3:
            self.on_edit(lap, valid=is_checked(value))
        elif role == Qt.ItemDataRole.EditRole and col == 1:
            try:
                ms = parse_seconds(str(value))
            except ValueError:
                self.on_edit(
                    lap,
                    error=tr("“{value}” is not a lap time: type seconds like 12.345 or 1:02.5.").format(
                        value=value
                    ),
                )
                return False
            if ms is not None:
                self.on_edit(lap, time_ms=ms)
        elif role == Qt.ItemDataRole.EditRole and col == 2:
            text = str(value).strip()
            if not text.isdigit():
                self.on_edit(
                    lap, error=tr("Resets “{text}” must be a whole number, 0 or more.").format(text=text)
                )
                return False
            self.on_edit(lap, resets=int(text))
        else:
            return False
        return False  # the table changes once the edit is committed


class RaceAdminPage(QWidget):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self.ctx = ctx
        self._loads = 0
        self._history_reads = 0
        self._stale = False  # changed while hidden: reload when shown
        self._build()
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(150)
        self._reload_timer.timeout.connect(self._reload_now)
        ctx.current.changed.connect(self._current_changed)
        for t in (RunChanged, RunStateChanged):
            ctx.bridge.on(t, lambda _e: self.reload(), self)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 14, 14, 14)
        tools = QHBoxLayout()
        self.track = QComboBox()
        self.track.currentIndexChanged.connect(lambda _i: self.reload())
        self.show_deleted = QCheckBox(tr("Show deleted runs"))
        self.show_deleted.setChecked(True)
        self.show_deleted.toggled.connect(lambda _c: self.reload())
        self.show_deleted_laps = QCheckBox(tr("Show deleted laps"))
        self.show_deleted_laps.setChecked(True)
        self.show_deleted_laps.setToolTip(
            tr("Deleted laps, struck through: select one and press Restore lap to count it again.")
        )
        self.show_deleted_laps.toggled.connect(lambda _c: self.reload())
        self.delete_run = QPushButton(tr("Delete run"))
        self.delete_run.setObjectName("Danger")
        self.delete_run.clicked.connect(self._toggle_run_deleted)
        self.delete_lap = QPushButton(tr("Delete lap"))
        self.delete_lap.setObjectName("Danger")
        self.delete_lap.clicked.connect(self._toggle_lap_deleted)
        tools.addWidget(self.track)
        tools.addWidget(self.show_deleted)
        tools.addWidget(self.show_deleted_laps)
        tools.addStretch(1)
        tools.addWidget(self.delete_lap)
        tools.addWidget(self.delete_run)
        outer.addLayout(tools)
        self.message = Message()
        outer.addWidget(self.message)

        self.run_model = RunTableModel()
        self.runs = record_table(self.run_model)
        self.runs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.runs.selectionModel().currentRowChanged.connect(lambda *_a: self._run_selected())

        self.lap_model = AdminLapModel()
        self.lap_model.on_edit = self._edit_lap
        self.laps = QTableView()
        self.laps.setModel(self.lap_model)
        self.laps.verticalHeader().hide()
        self.laps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.laps.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.laps.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.laps.selectionModel().currentRowChanged.connect(lambda *_a: self._lap_selected())
        self.history = QPlainTextEdit()
        self.history.setReadOnly(True)
        self.history.setPlaceholderText(tr("Select a run or lap to see every change made to it."))

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(card(self.runs, title=tr("Runs")))
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(card(self.laps, title=tr("Laps (double-click to edit; the change is recorded)")))
        right.addWidget(card(self.history, title=tr("History")))
        self.run_logs = RunLogsPanel(self.ctx)
        right.addWidget(card(self.run_logs, title=tr("Car logs of this run")))
        split.addWidget(right)
        split.setSizes([700, 500])
        outer.addWidget(split, 1)

    def start(self) -> None:
        self._current_changed()

    def _current_changed(self) -> None:
        event = self.ctx.current.event_info
        self.track.blockSignals(True)
        self.track.clear()
        self.track.addItem(tr("All tracks"), "")
        for t in event.tracks if event else ():
            self.track.addItem(t.label, t.track_id)
        self.track.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        """Re-reads the runs (a few hundred ms for a big event): only while the page is on screen, and at
        most once per burst of changes."""
        if not self.isVisible():
            self._stale = True
            return
        self._reload_timer.start()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self._reload_timer.start()

    def _reload_now(self) -> None:
        self._loads += 1  # a slower, older read must not overwrite a newer one
        load_number = self._loads
        event = self.ctx.current.event_info
        if event is None:
            self.run_model.set_runs([], {}, {})
            return
        app = self.ctx.app
        track_id = self.track.currentData() or None
        include_deleted = self.show_deleted.isChecked()
        include_deleted_laps = self.show_deleted_laps.isChecked()
        tracks = {t.track_id: t.label for t in event.tracks}

        def load() -> tuple[list[RunRecord], dict[str, RacerRecord], dict[str, str]]:
            runs = app.race_admin.runs(event.event_id, track_id, include_deleted, include_deleted_laps)
            runs.sort(key=lambda r: r.created_at or datetime.min, reverse=True)
            return runs, {r.racer_id: r for r in app.racers.list()}, tracks

        self.ctx.background.run(
            load, done=lambda data: self._loaded(load_number, data), failed=self.message.error
        )

    def _loaded(
        self, load_number: int, data: tuple[list[RunRecord], dict[str, RacerRecord], dict[str, str]]
    ) -> None:
        if load_number != self._loads:
            return
        keep = self.selected_run()
        self.run_model.set_runs(*data)
        if keep is not None:
            row = next((i for i, r in enumerate(self.run_model.rows) if r.run_id == keep.run_id), None)
            if row is not None:
                self.runs.selectRow(row)
        self._run_selected()

    def selected_run(self) -> RunRecord | None:
        i = self.runs.currentIndex()
        return self.run_model.rows[i.row()] if i.isValid() and i.row() < len(self.run_model.rows) else None

    def _run_selected(self) -> None:
        run = self.selected_run()
        keep = self.selected_lap()
        self.lap_model.set_laps(run.laps if run else ())
        if self.run_logs.run is None or run is None or self.run_logs.run.run_id != run.run_id:
            self.run_logs.show_run(run)
        if keep is not None:
            row = next((i for i, lap in enumerate(self.lap_model.rows) if lap.lap_id == keep.lap_id), None)
            if row is not None:
                self.laps.selectRow(row)
        self.delete_run.setEnabled(run is not None)
        self.delete_run.setText(tr("Restore run") if run and run.deleted else tr("Delete run"))
        self._lap_selected()

    def selected_lap(self) -> LapRecord | None:
        i = self.laps.currentIndex()
        return self.lap_model.rows[i.row()] if i.isValid() and i.row() < len(self.lap_model.rows) else None

    def _lap_selected(self) -> None:
        lap = self.selected_lap()
        self.delete_lap.setText(tr("Restore lap") if lap is not None and lap.deleted else tr("Delete lap"))
        self._show_history()

    def _show_history(self) -> None:
        self._history_reads += 1  # only the latest read is shown (selection can move while one runs)
        read_number = self._history_reads
        run = self.selected_run()
        if run is None:
            self.history.setPlainText("")
            return
        lap = self.selected_lap()
        row_id = lap.lap_id if lap else run.run_id
        title = tr("Lap {n}").format(n=lap.index + 1) if lap else tr("Run")

        def load() -> list[HistoryEntry]:
            return self.ctx.app.race_admin.history(row_id)

        def done(entries: list[HistoryEntry]) -> None:
            if read_number == self._history_reads:
                count = sum(e.folded or 1 for e in entries)
                text = "\n".join(e.text() for e in entries)
                self.history.setPlainText(
                    tr("{title}: {n} recorded change(s)").format(title=title, n=count) + "\n" + text
                )

        self.ctx.background.run(load, done=done, failed=self.message.error)

    def _edit_lap(self, lap: LapRecord, error: str | None = None, **changes: Any) -> None:
        if error:
            self.message.error(error)
            return
        run = self.selected_run()
        if run is None:
            return
        self.message.clear_message()
        self.ctx.background.run(
            self.ctx.app.race_admin.edit_lap,
            run.run_id,
            lap.lap_id,
            **changes,
            done=lambda _l: self.message.ok(tr("Lap changed; the leaderboard is updated.")),
            failed=self.message.error,
        )

    def _toggle_lap_deleted(self) -> None:
        """Deletes the selected lap, or restores it when it is a deleted one."""
        run = self.selected_run()
        lap = self.selected_lap()
        if run is None or lap is None:
            self.message.error(tr("Select the lap to delete or restore first."))
            return
        delete = not lap.deleted

        def done(record: LapRecord) -> None:
            if record.deleted:
                self.message.ok(
                    tr("Lap {value} deleted (kept in history; Restore lap undoes it).").format(
                        value=record.index + 1
                    )
                )
            else:
                self.message.ok(tr("Lap {value} restored: it counts again.").format(value=record.index + 1))
            self.reload()

        self.ctx.background.run(
            self.ctx.app.race_admin.delete_lap,
            run.run_id,
            lap.lap_id,
            delete,
            done=done,
            failed=self.message.error,
        )

    def _toggle_run_deleted(self) -> None:
        run = self.selected_run()
        if run is None:
            return
        deleted = not run.deleted
        self.ctx.background.run(
            self.ctx.app.race_admin.delete_run,
            run.run_id,
            deleted,
            done=lambda _r: self.message.ok(
                tr("Run deleted: it no longer counts.") if deleted else tr("Run restored: it counts again.")
            ),
            failed=self.message.error,
        )
