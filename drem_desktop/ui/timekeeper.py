"""The timekeeper console: pick the next racer, run the clock, count laps and resets, submit.

Every operation is one key (shown on its button) and runs through race control on the background's serial
lane, so keys are applied in the order pressed and the UI never waits on the database. The clocks are
computed each frame from the run's last known state and the monotonic clock, never from accumulated ticks,
so a busy frame or a restart cannot make them drift. Only end and discard (which can lose data) ask to be
confirmed: press the same key again.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont, QIcon, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from drem_desktop.domain.leaderboard import COMBINED
from drem_desktop.domain.race_config import RaceFormat, Ranking
from drem_desktop.domain.ranking import TIME, VALID
from drem_desktop.domain.records import RacerRecord
from drem_desktop.domain.run import Lap, LapSource, MaxRunsReached, RunState, Stamp
from drem_desktop.events import CrossingLogged, LapRecorded, LeaderboardChanged, RacerChanged, RunChanged
from drem_desktop.events import RunStateChanged as StateEvent
from drem_desktop.services.race_control import RunView
from drem_desktop.services.track_sensors import TrackTimingEvent
from drem_desktop.timing.events import (
    SensorClockChanged,
    SensorLineRejected,
    SensorStatusChanged,
    SequenceGapDetected,
    SourceStatus,
)
from drem_desktop.ui.context import ScreenContext
from drem_desktop.ui.table_model import Index, TableModel, is_checked
from drem_desktop.ui.theme import EVENT_BEST, INVALID, PERSONAL_BEST, clock_text, colour_of, lap_text
from drem_desktop.ui.widgets import Banner, ClockWidget, Message, OpButton, caption, card


@dataclass(frozen=True, slots=True)
class Operation:
    name: str
    title: str
    keys: tuple[str, ...]

    @property
    def hint(self) -> str:
        return " / ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in self.keys)


# The timekeeper's keys (also listed in docs/manual/desktop.md). Letters are mnemonic; Space and Enter are
# where a hand rests on a laptop.
OPERATIONS: tuple[Operation, ...] = (
    Operation("start_pause", "Start", ("Space",)),
    Operation("lap", "Lap", ("Return", "L")),
    Operation("reset_plus", "Reset +1", ("R",)),
    Operation("reset_minus", "Reset −1", ("Shift+R",)),
    Operation("dnf", "DNF", ("D",)),
    Operation("undo", "Undo finish", ("Z", "Backspace")),
    Operation("validity", "Lap valid?", ("V",)),
    Operation("end", "End run", ("E",)),
    Operation("submit", "Submit", ("S",)),
    Operation("discard", "Discard", ("X",)),
)
EXTRA_KEYS = {"pick": ("N", "Ctrl+F"), "enter_alt": ("Enter",)}


def now_ms() -> float:
    return time.monotonic() * 1000.0


class PickDelegate(QStyledItemDelegate):
    """A racer row: colour chip, name, and runs done / allowed right-aligned."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        model: RacerPickModel = self.parent().model().sourceModel()  # type: ignore[union-attr]
        source = self.parent().model().mapToSource(index)  # type: ignore[union-attr]
        racer = model.racers[source.row()]
        runs = model.runs_text(racer.racer_id)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.icon = QIcon()
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        r = opt.rect.adjusted(8, 0, -8, 0)
        painter.save()
        painter.fillRect(r.left(), r.top() + 6, 5, r.height() - 12, colour_of(racer.highlight_colour))
        fg = model.data(source, Qt.ItemDataRole.ForegroundRole) or opt.palette.color(
            opt.palette.ColorRole.Text
        )
        painter.setPen(fg)
        runs_w = painter.fontMetrics().horizontalAdvance("runs 00 / 00")
        same = racer.shown_name.casefold() == racer.username.casefold()
        name = racer.shown_name if same else f"{racer.shown_name} · {racer.username}"
        text_r = r.adjusted(14, 0, -runs_w - 6, 0)
        painter.drawText(
            text_r,
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, text_r.width()),
        )
        painter.setPen(opt.palette.color(opt.palette.ColorRole.PlaceholderText))
        painter.drawText(r, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, f"runs {runs}")
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(200, 30)


def runs_done(app: Any, event_id: str) -> dict[str, int]:
    """Submitted runs per racer, from the warm combined leaderboard (microseconds, even with 100,000
    laps) rather than by reading every run: the board counts every run that is not discarded or deleted,
    so the runs still live on a track (with a lap, hence on the board) are taken off. Race control checks
    the exact number again when a racer is put on the track."""
    rows = app.leaderboards.rows(event_id, COMBINED, Ranking.BEST_LAP)
    done = {row.racer_id: row.runs for row in rows}
    for view in app.race_control.views():
        if view.event_id == event_id and view.run.laps and done.get(view.racer_id):
            done[view.racer_id] -= 1
    return done


# -- models ----------------------------------------------------------------------------------------------
class RacerPickModel(QAbstractListModel):
    """Racers to put on the track, with how many runs each has done of those allowed."""

    RacerRole = Qt.ItemDataRole.UserRole + 1
    RunsRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self) -> None:
        super().__init__()
        self.racers: list[RacerRecord] = []
        self.runs_done: dict[str, int] = {}
        self.allowed: int | None = None

    def set_racers(self, racers: list[RacerRecord], runs_done: dict[str, int], allowed: int | None) -> None:
        self.beginResetModel()
        self.racers, self.runs_done, self.allowed = racers, runs_done, allowed
        self.endResetModel()

    def set_runs_done(self, racer_id: str, n: int) -> None:
        self.runs_done[racer_id] = n
        row = next((i for i, r in enumerate(self.racers) if r.racer_id == racer_id), None)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, 0))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.racers)

    def runs_text(self, racer_id: str) -> str:
        done = self.runs_done.get(racer_id, 0)
        return f"{done} / {'∞' if self.allowed is None else self.allowed}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.racers[index.row()]
        done = self.runs_done.get(r.racer_id, 0)
        if role == Qt.ItemDataRole.DisplayRole:
            name = r.username if r.shown_name == r.username else f"{r.shown_name}  ({r.username})"
            return f"{name}\truns {self.runs_text(r.racer_id)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{r.username}: {self.runs_text(r.racer_id)} runs done"
        if role == Qt.ItemDataRole.DecorationRole:
            return colour_of(r.highlight_colour)
        if role == Qt.ItemDataRole.ForegroundRole and self.allowed is not None and done >= self.allowed:
            return QColor("#8b949e")
        if role == self.RacerRole:
            return r
        if role == self.RunsRole:
            return self.runs_text(r.racer_id)
        if role == Qt.ItemDataRole.UserRole:
            return f"{r.username} {r.display_name}".casefold()
        return None


class LapTableModel(TableModel[Lap]):
    """The run's laps; the Valid column is a checkbox the timekeeper can toggle before submitting."""

    HEADERS = ("Lap", "Time", "Resets", "Valid", "Source")

    def __init__(self) -> None:
        super().__init__()
        self.personal_best_before: int | None = None
        self.event_best: int | None = None
        self.revision = 0
        self.on_toggle: Any = None  # callable(index, valid) set by the console

    def set_laps(self, laps: list[Lap]) -> None:
        old = [(lap.index, lap.time_ms, lap.resets, lap.valid) for lap in self.rows]
        new = [(lap.index, lap.time_ms, lap.resets, lap.valid) for lap in laps]
        if old == new:
            return
        self.revision += 1
        if len(laps) > len(self.rows) and old == new[: len(old)]:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(laps) - 1)
            self.rows = list(laps)
            self.endInsertRows()
        elif len(laps) == len(self.rows):
            self.rows = list(laps)
            self.rows_changed()
        else:
            self.beginResetModel()
            self.rows = list(laps)
            self.endResetModel()

    def set_bests(self, personal_best_before: int | None, event_best: int | None) -> None:
        self.personal_best_before, self.event_best = personal_best_before, event_best
        self.rows_changed()

    def fastest_valid(self) -> int | None:
        valid = [lap.time_ms for lap in self.rows if lap.valid]
        return min(valid) if valid else None

    def kind(self, lap: Lap) -> str:
        """invalid | event-best | personal-best | valid (race-rules.md colours)."""
        if not lap.valid:
            return "invalid"
        if self.event_best is not None and lap.time_ms <= self.event_best:
            return "event-best"
        best_here = self.fastest_valid()
        before = self.personal_best_before
        if lap.time_ms == best_here and (before is None or lap.time_ms < before):
            return "personal-best"
        return "valid"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        lap = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(lap.index + 1), lap_text(lap.time_ms), str(lap.resets), "", lap.source.value)[col]
        if role == Qt.ItemDataRole.CheckStateRole and col == 3:
            return Qt.CheckState.Checked if lap.valid else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 1, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == 1:
            kind = self.kind(lap)
            return (
                QColor(
                    {"invalid": INVALID, "event-best": EVENT_BEST, "personal-best": PERSONAL_BEST}.get(
                        kind, ""
                    )
                )
                if kind != "valid"
                else None
            )
        if role == Qt.ItemDataRole.FontRole and col == 1:
            f = QFont()
            f.setBold(True)
            f.setPointSize(12)
            f.setStrikeOut(not lap.valid)
            return f
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                "invalid": "Invalid lap",
                "event-best": "Event best",
                "personal-best": "Personal best",
                "valid": "Valid lap",
            }[self.kind(lap)]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 3:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 3 and self.on_toggle:
            self.on_toggle(index.row(), is_checked(value))
            return False  # the table changes when race control has committed
        return False


# -- the console ----------------------------------------------------------------------------------------
class TimekeeperConsole(QWidget):
    """One track's console (the current track in the top bar)."""

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self.ctx = ctx
        self.view: RunView | None = None
        self.racer: RacerRecord | None = None
        self._racers_by_id: dict[str, RacerRecord] = {}
        self._view_pending = False
        self._view_dirty = False
        self._confirming: str | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        self._wire()
        self._frame = QTimer(self)
        self._frame.setTimerType(Qt.TimerType.PreciseTimer)
        self._frame.setInterval(16)  # ~60 fps while the clock runs
        self._frame.timeout.connect(self._tick)
        self._confirm_timer = QTimer(self)
        self._confirm_timer.setSingleShot(True)
        self._confirm_timer.timeout.connect(self._cancel_confirm)
        self._show_view(None)

    # -- layout -------------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QHBoxLayout(self)
        outer.setContentsMargins(14, 14, 14, 14)
        outer.setSpacing(14)

        # left: the racer picker
        self.search = QLineEdit()
        self.search.setPlaceholderText("Find racer…  (N)")
        self.search.setClearButtonEnabled(True)
        self.pick_model = RacerPickModel()
        self.pick_proxy = QSortFilterProxyModel(self)
        self.pick_proxy.setSourceModel(self.pick_model)
        self.pick_proxy.setFilterRole(Qt.ItemDataRole.UserRole)
        self.pick_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.pick_list = QListView()
        self.pick_list.setModel(self.pick_proxy)
        self.pick_list.setUniformItemSizes(True)
        self.pick_list.setItemDelegate(PickDelegate(self.pick_list))
        self.pick_list.setAlternatingRowColors(True)
        self.pick_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.proxy_box = QCheckBox("Raced by proxy (someone drives for them)")
        self.pick_button = QPushButton("Put on track  ⏎")
        self.pick_button.setObjectName("Primary")
        self.pick_message = Message()
        self.override = Banner("warning")
        self.override_reason = QLineEdit()
        self.override_reason.setPlaceholderText("Reason for an extra run (recorded)")
        self.override.layout().removeWidget(self.override.label)  # type: ignore[union-attr]
        ov = QVBoxLayout()
        ov.addWidget(self.override.label)
        ov.addWidget(self.override_reason)
        self.override.row.insertLayout(0, ov, 1)
        self.override_button = self.override.add_button("Allow extra run", self._pick_with_override, True)
        left = card(
            self.search,
            self.pick_list,
            self.proxy_box,
            self.pick_button,
            self.override,
            self.pick_message,
            title="Next racer",
        )
        left.setFixedWidth(300)
        outer.addWidget(left)

        # centre: who is on track, the clocks, the counters and the operations
        centre = QVBoxLayout()
        centre.setSpacing(10)
        self.racer_name = QLabel("No racer on track")
        self.racer_name.setObjectName("Big")
        self.state_label = QLabel("")
        self.state_label.setObjectName("Muted")
        self.runs_label = QLabel("")
        self.runs_label.setObjectName("Muted")
        head = QHBoxLayout()
        swatch = QLabel()
        swatch.setFixedSize(10, 42)
        self.swatch = swatch
        head.addWidget(swatch)
        namebox = QVBoxLayout()
        namebox.setSpacing(0)
        namebox.addWidget(self.racer_name)
        sub = QHBoxLayout()
        sub.addWidget(self.state_label)
        sub.addWidget(self.runs_label)
        sub.addStretch(1)
        namebox.addLayout(sub)
        head.addLayout(namebox, 1)
        centre.addLayout(head)

        self.time_left = ClockWidget("Time left", "00:00.0")
        self.lap_clock = ClockWidget("Current lap", "00:00.00")
        # the time left gets the full width (read at a glance); the lap clock shares a row with the resets
        centre.addWidget(card(self.time_left), 5)
        self.resets_value = QLabel("0")
        self.laps_value = QLabel("0")
        self.fastest_value = QLabel("–")
        self.average_value = QLabel("–")
        self.resets_value.setObjectName("Huge")
        self.resets_value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lap_row = QHBoxLayout()
        lap_row.setSpacing(10)
        lap_row.addWidget(card(self.lap_clock), 3)
        lap_row.addWidget(card(self.resets_value, title="Resets this lap", spacing=0), 1)
        centre.addLayout(lap_row, 3)
        stats = QHBoxLayout()
        stats.setSpacing(10)
        for title, label in (
            ("Laps valid / total", self.laps_value),
            ("Fastest lap", self.fastest_value),
            ("Fastest average", self.average_value),
        ):
            label.setObjectName("Big")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            c = card(label, title=title, spacing=2)
            stats.addWidget(c, 1)
        centre.addLayout(stats)

        self.confirm = Banner("error")
        self.confirm_yes = self.confirm.add_button("Yes", self._confirmed, True)
        self.confirm.add_button("No (Esc)", self._cancel_confirm)
        self.op_message = Message()
        centre.addWidget(self.confirm)
        centre.addWidget(self.op_message)

        self.buttons: dict[str, OpButton] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        for i, op in enumerate(OPERATIONS):
            b = OpButton(op.title, op.hint)
            b.clicked.connect(lambda _c=False, name=op.name: self.operate(name))
            self.buttons[op.name] = b
            grid.addWidget(b, i // 5, i % 5)
        centre.addLayout(grid)
        outer.addLayout(centre, 1)

        # right: laps, sensors, crossings
        self.lap_model = LapTableModel()
        self.lap_model.on_toggle = self._toggle_lap
        self.lap_table = QTableView()
        self.lap_table.setModel(self.lap_model)
        self.lap_table.verticalHeader().hide()
        self.lap_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lap_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lap_table.setAlternatingRowColors(True)
        self.lap_table.setShowGrid(False)
        self.lap_table.verticalHeader().setDefaultSectionSize(30)
        hh = self.lap_table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # sizing to contents re-reads every lap
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 48), (2, 64), (3, 52), (4, 70)):
            hh.resizeSection(col, width)
        self.legend = QLabel(
            f"<span style='color:{PERSONAL_BEST}'>■</span> personal best  "
            f"<span style='color:{EVENT_BEST}'>■</span> event best  "
            f"<span style='color:{INVALID}'>■</span> invalid"
        )
        self.legend.setObjectName("Muted")
        self.sensor_label = QLabel("Keyboard only: no sensor on this track")
        self.sensor_label.setTextFormat(Qt.TextFormat.RichText)
        self.sensor_label.setWordWrap(True)
        self.gap_banner = Banner("error")
        self.gap_banner.add_button("Checked", self.gap_banner.hide)
        self.crossings = QListWidget()
        self.crossings.setMaximumHeight(170)
        self.crossings.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        right = QVBoxLayout()
        right.addWidget(card(self.lap_table, self.legend, title="Laps"), 3)
        right.addWidget(
            card(
                self.sensor_label,
                self.gap_banner,
                caption("Sensor triggers"),
                self.crossings,
                title="Sensors",
            ),
            2,
        )
        rw = QWidget()
        rw.setLayout(right)
        rw.setFixedWidth(340)
        right.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(rw)

    def _wire(self) -> None:
        self.shortcuts: list[QShortcut] = []
        for op in OPERATIONS:
            keys = op.keys + (EXTRA_KEYS["enter_alt"] if op.name == "lap" else ())
            for key in keys:
                sc = QShortcut(QKeySequence(key), self)
                sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                sc.activated.connect(lambda name=op.name: self.operate(name))
                self.shortcuts.append(sc)
        for key in EXTRA_KEYS["pick"]:
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(self.focus_search)
            self.shortcuts.append(sc)
        esc = QShortcut(QKeySequence("Esc"), self)
        esc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        esc.activated.connect(self._escape)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.pick)
        self.override_reason.returnPressed.connect(self._pick_with_override)
        self.pick_list.doubleClicked.connect(lambda *_a: self.pick())
        self.pick_button.clicked.connect(self.pick)
        QApplication.instance().focusChanged.connect(self._focus_changed)  # type: ignore[union-attr]
        b = self.ctx.bridge
        b.on(StateEvent, self._on_run_event, self)
        b.on(LapRecorded, self._on_run_event, self)
        b.on(RunChanged, self._on_run_event, self)
        b.on(CrossingLogged, self._on_crossing, self)
        b.on(TrackTimingEvent, self._on_timing, self)
        b.on(LeaderboardChanged, self._on_board, self)
        b.on(RacerChanged, lambda _e: self.reload_racers(), self)
        self.ctx.current.changed.connect(self._track_changed)

    # -- keys and focus --------------------------------------------------------------------------------
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """While typing a name or a reason, letters type; the operation keys wake up when you leave."""
        typing = isinstance(new, QLineEdit | QAbstractSpinBox)
        for sc in self.shortcuts:
            sc.setEnabled(not typing)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _escape(self) -> None:
        if self._confirming:
            self._cancel_confirm()
        else:
            self.setFocus()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape and QApplication.focusWidget() in (
            self.search,
            self.override_reason,
        ):
            self._cancel_confirm()
            self.setFocus()
            return
        super().keyPressEvent(event)

    # -- the track and the run ------------------------------------------------------------------------
    @property
    def track_id(self) -> str | None:
        return self.ctx.current.track_id

    def _track_changed(self) -> None:
        self.view = None
        self.racer = None
        self.lap_model.set_laps([])
        self.crossings.clear()
        self.gap_banner.hide()
        self.reload_racers()
        self.refresh_view()
        self._load_sensor()

    def refresh_view(self) -> None:
        """Fetches the live run (coalesced: one request in flight, one more if anything changed meanwhile)."""
        if self.track_id is None:
            self._show_view(None)
            return
        if self._view_pending:
            self._view_dirty = True
            return
        self._view_pending = True
        track = self.track_id
        self.ctx.background.race(
            self.ctx.app.race_control.view, track, done=self._view_arrived, failed=self._view_failed
        )

    def _view_arrived(self, view: RunView | None) -> None:
        self._view_pending = False
        if view is None or view.track_id == self.track_id:
            self._show_view(view)
        if self._view_dirty:
            self._view_dirty = False
            self.refresh_view()

    def _view_failed(self, message: str) -> None:
        self._view_pending = False
        self.op_message.error(message)

    def _on_run_event(self, event: Any) -> None:
        if event.track_id == self.track_id:
            if isinstance(event, LapRecorded):
                self._append_lap(event)
            self.refresh_view()
        if isinstance(event, StateEvent) and event.state in ("submitted", "discarded"):
            self._recount(event.event_id, event.racer_id)

    def _recount(self, event_id: str, racer_id: str) -> None:
        """The exact number of runs one racer has done (one indexed count), after their run ended."""
        count = self.ctx.app.race_control.runs_done

        def done(n: int) -> None:
            if event_id == self.ctx.current.event_id:
                self.pick_model.set_runs_done(racer_id, n)
                if self.racer is not None and self.racer.racer_id == racer_id:
                    self._set_racer(self.racer)

        self.ctx.background.run(count, event_id, racer_id, done=done)

    def _append_lap(self, e: LapRecorded) -> None:
        """Shows a new lap straight from the bus event (committed before it was published), so the table
        repaints within a frame; the refreshed run then brings the clocks and counters."""
        laps = self.lap_model.rows
        if self.view is None or self.view.run_id != e.run_id or e.lap.index != len(laps):
            return
        lap = Lap(e.lap.index, e.lap.time_ms, e.lap.resets, e.lap.valid, LapSource(e.lap.source))
        self.lap_model.set_laps([*laps, lap])
        self.lap_table.scrollToBottom()

    def _op_done(self, view: RunView) -> None:
        if view.track_id == self.track_id:
            self._show_view(view)
            if view.state in (RunState.SUBMITTED, RunState.DISCARDED):
                self.refresh_view()

    def _show_view(self, view: RunView | None) -> None:
        if view is not None and not view.run.is_live:
            view = None
        previous = self.view
        self.view = view
        if view is None:
            self.racer = None
            self.racer_name.setText(
                "No racer on track" if self.track_id else "Pick an event on the Event page"
            )
            self.state_label.setText(
                "Pick the next racer on the left (N), then press Space to start." if self.track_id else ""
            )
            self.runs_label.setText("")
            self.swatch.setStyleSheet("background: transparent;")
            self.lap_model.set_laps([])
            self.time_left.set_text("–")
            self.lap_clock.set_text("–")
        else:
            if previous is None or previous.run_id != view.run_id or self.racer is None:
                self._load_racer(view)
            run = view.run
            self.lap_model.set_laps(run.laps)
            if run.laps:
                self.lap_table.scrollToBottom()
            state = {
                RunState.READY: "Ready: press Space to start (or the first sensor trigger starts)",
                RunState.RUNNING: "Running",
                RunState.PAUSED: "Paused: Space resumes",
                RunState.OVER: "Race over: check the laps, then Submit (S)",
            }.get(run.state, run.state.value)
            if view.raced_by_proxy:
                state += " · raced by proxy"
            if run.config.format is RaceFormat.LAP_COUNT and run.config.laps_to_finish:
                target = run.config.laps_to_finish
                state += f" · lap {min(run.valid_laps + 1, target)} / {target}"
            self.state_label.setText(state)
        self._update_counters()
        self._update_buttons()
        self._tick()
        running = view is not None and view.state is RunState.RUNNING
        if running and not self._frame.isActive():
            self._frame.start()
        elif not running:
            self._frame.stop()

    def _load_racer(self, view: RunView) -> None:
        racer = self._racers_by_id.get(view.racer_id)
        if racer is not None:
            self._set_racer(racer)
        else:
            self.ctx.background.run(
                self.ctx.app.racers.get, view.racer_id, done=self._set_racer, failed=self.op_message.error
            )
        self._load_bests(view)

    def _set_racer(self, racer: RacerRecord) -> None:
        self.racer = racer
        name = racer.shown_name + ("*" if self.view and self.view.raced_by_proxy else "")
        self.racer_name.setText(name)
        self.swatch.setStyleSheet(
            f"background: {colour_of(racer.highlight_colour).name()}; border-radius: 3px;"
        )
        self.runs_label.setText(f" · runs done {self.pick_model.runs_text(racer.racer_id)}")

    def _load_bests(self, view: RunView) -> None:
        event_id, racer_id, run_id = view.event_id, view.racer_id, view.run_id
        lb = self.ctx.app.leaderboards

        def bests() -> tuple[int | None, int | None]:
            track = view.track_id
            previous = [
                lap[TIME]
                for r in lb.runs_of(event_id, racer_id, track)
                if r.run_id != run_id
                for lap in r.laps
                if lap[VALID]
            ]
            rows = lb.rows(event_id, track, Ranking.BEST_LAP)
            event_best = rows[0].fastest_lap_ms if rows and rows[0].rank is not None else None
            return (min(previous) if previous else None), event_best

        self.ctx.background.run(bests, done=lambda b: self.lap_model.set_bests(*b))

    def _on_board(self, event: LeaderboardChanged) -> None:
        if (
            self.view is not None
            and event.event_id == self.view.event_id
            and event.track_id in (None, self.view.track_id)
        ):
            self._load_bests(self.view)

    def _update_counters(self) -> None:
        v = self.view
        if v is None:
            for label in (self.resets_value, self.laps_value, self.fastest_value, self.average_value):
                label.setText("–")
            return
        run = v.run
        self.resets_value.setText(str(run.resets))
        allowed = run.config.resets_per_lap
        over = allowed is not None and run.resets > allowed
        self.resets_value.setStyleSheet(f"color: {INVALID};" if over else "")
        self.resets_value.setToolTip(
            "More resets than allowed: this lap will be invalid"
            if over
            else f"Resets allowed per lap: {'unlimited' if allowed is None else allowed}"
        )
        self.laps_value.setText(f"{run.valid_laps} / {len(run.laps)}")
        self.fastest_value.setText(lap_text(self.lap_model.fastest_valid()))
        window = run.config.average_window
        best = None
        for i in range(len(run.laps) - window + 1):
            chunk = run.laps[i : i + window]
            if all(lap.valid for lap in chunk):
                total = sum(lap.time_ms for lap in chunk)
                best = total if best is None else min(best, total)
        self.average_value.setText(lap_text(best / window) if best is not None else "–")

    def _update_buttons(self) -> None:
        state = self.view.state if self.view else None
        has_laps = bool(self.view and self.view.run.laps)
        live = state in (RunState.READY, RunState.RUNNING, RunState.PAUSED, RunState.OVER)
        enabled = {
            "start_pause": state in (RunState.READY, RunState.RUNNING, RunState.PAUSED),
            "lap": state is RunState.RUNNING,
            "reset_plus": state in (RunState.RUNNING, RunState.PAUSED),
            "reset_minus": state in (RunState.RUNNING, RunState.PAUSED)
            and bool(self.view and self.view.run.resets),
            "dnf": state in (RunState.RUNNING, RunState.PAUSED),
            "undo": state in (RunState.RUNNING, RunState.PAUSED, RunState.OVER) and has_laps,
            "validity": live and has_laps,
            "end": state in (RunState.READY, RunState.RUNNING, RunState.PAUSED),
            "submit": live,
            "discard": live,
        }
        for name, b in self.buttons.items():
            b.setEnabled(bool(enabled.get(name)))
        self.buttons["start_pause"].set_title(
            {RunState.RUNNING: "Pause", RunState.PAUSED: "Resume"}.get(state, "Start")  # type: ignore[arg-type]
        )
        self.pick_button.setEnabled(self.track_id is not None and not live)

    def _tick(self) -> None:
        v = self.view
        if v is None:
            return
        now = now_ms()
        left = v.time_left_ms(now)
        colour = (
            QColor(INVALID) if left is not None and left <= 30_000 and v.state is RunState.RUNNING else None
        )
        self.time_left.set_text(clock_text(left, 1), colour)
        self.lap_clock.set_text(clock_text(v.current_lap_ms(now), 2))

    # -- operations ----------------------------------------------------------------------------------
    def operate(self, name: str) -> None:
        """One timekeeper operation, from a key or a button."""
        if self._confirming:
            if name == self._confirming:
                self._confirmed()
                return
            self._cancel_confirm()
        track = self.track_id
        if track is None or self.view is None:
            if name in {op.name for op in OPERATIONS}:
                self.op_message.show_message(
                    "No racer is on the track: pick the next racer first (N).", "warning"
                )
            return
        # No check against the buttons' state here: that state may be a few milliseconds old, and a key
        # pressed right after another (Space then L, R then Shift+R) must not be dropped. Race control
        # applies operations in key order and refuses, in words, one that does not fit the run.
        rc = self.ctx.app.race_control
        state = self.view.state
        if name == "end" or name == "discard" or (name == "submit" and state is not RunState.OVER):
            self._ask(name)
            return
        self.op_message.clear_message()
        calls: dict[str, tuple[Any, ...]] = {
            "start_pause": (rc.toggle_pause, track),
            "lap": (self._capture, track, Stamp(rc.now())),
            "reset_plus": (rc.add_reset, track, 1),
            "reset_minus": (rc.add_reset, track, -1),
            "dnf": (rc.dnf, track),
            "undo": (rc.undo_false_finish, track),
            "submit": (rc.submit, track),
        }
        if name == "validity":
            laps = self.lap_model.rows  # what the timekeeper sees (it may be ahead of the last view)
            if not laps:
                self.op_message.show_message("There is no lap yet to mark valid or invalid.", "warning")
                return
            row = self.lap_table.currentIndex().row()
            lap = laps[row] if 0 <= row < len(laps) else laps[-1]
            self._toggle_lap(lap.index, not lap.valid)
            return
        fn, *args = calls[name]
        self.ctx.background.race(fn, *args, done=self._op_done, failed=self.op_message.error)

    def _capture(self, track: str, stamp: Stamp) -> RunView:
        """A lap stamped when the key went down, not when the worker got to it."""
        return self.ctx.app.race_control.capture_lap(track, stamp=stamp)

    def _toggle_lap(self, index: int, valid: bool) -> None:
        if self.track_id is None:
            return
        self.ctx.background.race(
            self.ctx.app.race_control.set_valid,
            self.track_id,
            index,
            valid,
            done=self._op_done,
            failed=self.op_message.error,
        )

    def _ask(self, name: str) -> None:
        text = {
            "end": "End the run now? The lap in progress is not counted. "
            "Press E again to end, Esc to keep racing.",
            "discard": "Discard this run? Its laps leave the leaderboard. "
            "Press X again to discard, Esc to keep it.",
            "submit": "The run is still going. Press S again to end it and submit, Esc to keep racing.",
        }[name]
        self._confirming = name
        self.confirm.label.setText(text)
        self.confirm_yes.setText(
            {"end": "End run", "discard": "Discard run", "submit": "End and submit"}[name]
        )
        self.confirm.show()
        self._confirm_timer.start(8000)

    def _confirmed(self) -> None:
        name = self._confirming
        self._cancel_confirm()
        track = self.track_id
        if name is None or track is None:
            return
        rc = self.ctx.app.race_control
        fn = {"end": rc.end, "discard": rc.discard, "submit": rc.submit}[name]
        self.ctx.background.race(fn, track, done=self._op_done, failed=self.op_message.error)

    def _cancel_confirm(self) -> None:
        self._confirming = None
        self._confirm_timer.stop()
        self.confirm.hide()

    # -- picking the next racer ------------------------------------------------------------------------
    def reload_racers(self) -> None:
        event_id = self.ctx.current.event_id
        app = self.ctx.app

        def load() -> tuple[list[RacerRecord], dict[str, int], int | None]:
            racers = app.racers.list()
            done: dict[str, int] = {}
            allowed = None
            if event_id:
                allowed = app.leaderboards.event(event_id).config.max_runs_per_racer
                done = runs_done(app, event_id)
            return racers, done, allowed

        self.ctx.background.run(load, done=self._racers_loaded, failed=self.pick_message.error)

    def _racers_loaded(self, data: tuple[list[RacerRecord], dict[str, int], int | None]) -> None:
        racers, done, allowed = data
        self._racers_by_id = {r.racer_id: r for r in racers}
        self.pick_model.set_racers(racers, done, allowed)
        self._filter(self.search.text())
        if self.racer is not None:
            self._set_racer(self._racers_by_id.get(self.racer.racer_id, self.racer))

    def _filter(self, text: str) -> None:
        self.pick_proxy.setFilterFixedString(text.strip().casefold())
        if (self.pick_proxy.rowCount() and not self.pick_list.currentIndex().isValid()) or text:
            self.pick_list.setCurrentIndex(self.pick_proxy.index(0, 0))

    def selected_racer(self) -> RacerRecord | None:
        index = self.pick_list.currentIndex()
        if not index.isValid() and self.pick_proxy.rowCount():
            index = self.pick_proxy.index(0, 0)
        if not index.isValid():
            return None
        return self.pick_model.racers[self.pick_proxy.mapToSource(index).row()]

    def pick(self, override_reason: str | None = None) -> None:
        """Puts the selected racer on the current track, ready to start."""
        event = self.ctx.current.event
        track = self.track_id
        racer = self.selected_racer()
        self.pick_message.clear_message()
        if event is None or track is None:
            self.pick_message.error("Create or pick an event first (Event page).")
            return
        if racer is None:
            self.pick_message.error(
                "No racer matches. Register them on the Racers page (or clear the search)."
            )
            return
        proxy = self.proxy_box.isChecked()

        def prepare() -> RunView | MaxRunsReached:
            try:
                return self.ctx.app.race_control.prepare(
                    event.event_id,
                    track,
                    racer.racer_id,
                    event.config,
                    raced_by_proxy=proxy,
                    override_reason=override_reason,
                )
            except MaxRunsReached as exc:
                return exc  # not a failure: the timekeeper may override with a reason

        self.ctx.background.race(
            prepare, done=lambda result: self._picked(racer, result), failed=self.pick_message.error
        )

    def _picked(self, racer: RacerRecord, view: RunView | MaxRunsReached) -> None:
        if isinstance(view, MaxRunsReached):
            self.override.label.setText(f"{racer.shown_name}: {view}")
            self.override.show()
            self.override_reason.setFocus()
            return
        self.override.hide()
        self.override_reason.clear()
        self.proxy_box.setChecked(False)
        self.search.clear()
        self.racer = None
        self._show_view(view)
        self.setFocus()

    def _pick_with_override(self) -> None:
        reason = self.override_reason.text().strip()
        if not reason:
            self.override.label.setText(
                "Type the reason for the extra run first (it is recorded with the run)."
            )
            self.override_reason.setFocus()
            return
        self.pick(override_reason=reason)

    # -- sensors ---------------------------------------------------------------------------------------
    def _on_crossing(self, e: CrossingLogged) -> None:
        if e.track_id != self.track_id:
            return
        since = f"+{e.since_last_ms / 1000:.3f} s" if e.since_last_ms is not None else ""
        seq = f"#{e.sequence}" if e.sequence is not None else ""
        stamp = time.strftime("%H:%M:%S")
        text = f"{stamp}  {e.source} {e.sensor_id} {seq}  {e.outcome.upper()}  {since}"
        item = QListWidgetItem(text)
        if e.outcome == "debounced":
            item.setForeground(QColor("#bf8700"))
            item.setToolTip(
                "Ignored as a second trigger of the same car (within the minimum lap time). "
                "If it was a real lap, press L now or fix the lap in the table."
            )
        elif e.outcome == "ignored":
            item.setForeground(QColor("#8b949e"))
            item.setToolTip("No run was live on this track.")
        self.crossings.insertItem(0, item)
        while self.crossings.count() > 200:
            self.crossings.takeItem(self.crossings.count() - 1)
        if e.outcome == "debounced":
            self.op_message.show_message(
                f"Sensor trigger {since} after the last one was treated as the same car (debounced). "
                "If a lap was missed, press L.",
                "warning",
                10,
            )

    def _on_timing(self, e: TrackTimingEvent) -> None:
        """What this track's lap source reports besides crossings."""
        if e.track_id != self.track_id:
            return
        inner = e.event
        if isinstance(inner, SensorStatusChanged):
            self.show_sensor(inner.status)
        elif isinstance(inner, SequenceGapDetected):
            self._on_gap(inner)
        elif isinstance(inner, SensorClockChanged):
            self.op_message.show_message(
                "The sensor's clock changed (it restarted, or another device answered). The lap in progress "
                "is timed by the laptop's clock; check it before submitting.",
                "warning",
                15,
            )
        elif isinstance(inner, SensorLineRejected):
            self.sensor_label.setToolTip(f"Last unreadable line: {inner.line!r} ({inner.reason})")

    def show_sensor(self, status: SourceStatus | None) -> None:
        """The track's lap source in one line: connected or not, what it is, and what went wrong."""
        if status is None or status.source == "manual":
            self.sensor_label.setText("Keyboard only: no sensor on this track (choose one in Settings).")
            return
        ok = status.connected
        colour = "#1a7f37" if ok else "#cf222e"
        what = status.device or status.source
        where = status.port
        bits = [f"<span style='color:{colour}'>●</span> <b>{'Connected' if ok else 'Not connected'}</b>"]
        bits.append(f"{what} on {where}")
        if status.firmware:
            bits.append(f"firmware {status.firmware}")
        if status.last_heartbeat_ms is not None and ok:
            bits.append(f"alive {max(0.0, now_ms() - status.last_heartbeat_ms) / 1000:.1f} s ago")
        if status.rejected_lines:
            bits.append(f"{status.rejected_lines} unreadable line(s)")
        if not ok and status.last_error:
            bits.append(status.last_error)
        self.sensor_label.setText(" · ".join(bits))

    def _on_gap(self, e: SequenceGapDetected) -> None:
        missing = f"#{e.first_missing}" if e.count == 1 else f"#{e.first_missing}–{e.last_missing}"
        self.gap_banner.label.setText(
            f"{e.count} sensor trigger(s) never arrived ({missing}, {e.source} {e.port}). A lap may be "
            "missing or two laps merged: check the lap table and fix it (Undo, L) before submitting."
        )
        self.gap_banner.show()

    # -- lifecycle ------------------------------------------------------------------------------------
    def start(self) -> None:
        self.reload_racers()
        self.refresh_view()
        self._load_sensor()

    def _load_sensor(self) -> None:
        track = self.track_id
        sensors = self.ctx.app.sensors
        if track is None:
            self.show_sensor(None)
            return
        self.ctx.background.run(
            sensors.status, track, done=lambda st: self.show_sensor(st) if track == self.track_id else None
        )


__all__ = ["OPERATIONS", "LapTableModel", "RacerPickModel", "TimekeeperConsole"]
