"""The timekeeper console: pick the next racer, run the clock, count laps and resets, submit.

Every operation is one key (shown on its button) and runs through race control on the background's serial
lane, so keys are applied in the order pressed and the UI never waits on the database. Only end and
discard (which can lose data) ask to be confirmed: press the same key again.

This module is the page that assembles the console and owns its keys and operations; its parts live
beside it: the racer picker (``racer_picker``), the run with its clocks and counters (``run_panel``), the
lap table (``lap_table``), the sensor status with the trigger log (``sensor_panel``) and the car with
loading the racer's model onto it (``car_panel``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from drem_desktop.domain.records import RacerRecord
from drem_desktop.domain.run import Lap, LapSource, RunState, Stamp
from drem_desktop.events import LapRecorded, LeaderboardChanged, RunCarBack, RunCarLost, RunChanged
from drem_desktop.events import RunStateChanged as StateEvent
from drem_desktop.services.race_control import RunView
from drem_desktop.ui.context import ScreenContext
from drem_desktop.ui.i18n import N_, tr
from drem_desktop.ui.theme import qapp
from drem_desktop.ui.timekeeper.car_panel import CarPanel
from drem_desktop.ui.timekeeper.lap_table import LapTable, LapTableModel, bests, legend
from drem_desktop.ui.timekeeper.on_deck import OnDeckPanel
from drem_desktop.ui.timekeeper.racer_picker import RacerPicker
from drem_desktop.ui.timekeeper.run_panel import RunPanel
from drem_desktop.ui.timekeeper.sensor_panel import SensorPanel
from drem_desktop.ui.widgets import Banner, Message, OpButton, card


def hint(keys: tuple[str, ...]) -> str:
    """Keys as printed on a button (the platform's spelling)."""
    return " / ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)


@dataclass(frozen=True, slots=True)
class Operation:
    name: str
    title: str
    keys: tuple[str, ...]

    @property
    def hint(self) -> str:
        return hint(self.keys)


# The timekeeper's keys (also listed in docs/manual/desktop.md). Letters are mnemonic; Space and Enter are
# where a hand rests on a laptop.
OPERATIONS: tuple[Operation, ...] = (
    Operation("start_pause", N_("Start"), ("Space",)),
    Operation("lap", N_("Lap"), ("Return", "L")),
    Operation("reset_plus", N_("Reset +1"), ("R",)),
    Operation("reset_minus", N_("Reset −1"), ("Shift+R",)),
    Operation("dnf", N_("DNF"), ("D",)),
    Operation("undo", N_("Undo finish"), ("Z", "Backspace")),
    Operation("validity", N_("Lap valid?"), ("V",)),
    Operation("end", N_("End run"), ("E",)),
    Operation("submit", N_("Submit"), ("S",)),
    Operation("discard", N_("Discard"), ("X",)),
)
EXTRA_KEYS = {
    "pick": ("N", "Ctrl+F"),
    "enter_alt": ("Enter",),
    "car": ("C",),
    "load_model": ("M",),
    "count_short": ("A",),  # count a lap key that came sooner than the minimum lap time, anyway
}


class CoverWidget(QObject):
    """Keeps ``covers`` lying exactly over ``target`` (same parent), whatever the layout does to it."""

    def __init__(self, target: QWidget, covers: tuple[QWidget, ...]) -> None:
        super().__init__(target)
        self.target = target
        self.covers = covers
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() in (QEvent.Type.Move, QEvent.Type.Resize):
            self.place()
        return False

    def place(self) -> None:
        for w in self.covers:
            w.setGeometry(self.target.geometry())
            w.raise_()


def submitted_summary(app: Any, view: RunView) -> str:
    """What the submit did for the racer, in one line (worker only: it reads the leaderboard)."""
    return str(app.leaderboards.standing_text(view.event_id, view.track_id, view.racer_id))


class TimekeeperConsole(QWidget):
    """One track's console (the current track in the top bar)."""

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self.ctx = ctx
        self.view: RunView | None = None
        self.racer: RacerRecord | None = None
        self._view_pending = False
        self._view_dirty = False
        self._confirming: str | None = None
        self.initiator = f"timekeeper-{id(self):x}"  # marks this console's own changes on the bus
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        self._wire()
        self._confirm_timer = QTimer(self)
        self._confirm_timer.setSingleShot(True)
        self._confirm_timer.timeout.connect(self._cancel_confirm)
        self._show_view(None)

    # -- layout -------------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QHBoxLayout(self)
        outer.setContentsMargins(14, 14, 14, 14)
        outer.setSpacing(14)

        self.picker = RacerPicker(self.ctx)  # left: the picker, and the racers on deck below it
        self.on_deck = OnDeckPanel(self.ctx)
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.picker, 3)
        left.addWidget(self.on_deck, 2)
        outer.addLayout(left)

        centre = QVBoxLayout()  # who is on track, the clocks, the counters and the operations
        centre.setSpacing(10)
        self.board = RunPanel()
        self.lap_clock = self.board.lap_clock  # the UI latency benchmark counts its frames
        centre.addWidget(self.board, 1)
        self.car_panel = CarPanel(self.ctx, hint(EXTRA_KEYS["load_model"]), hint(EXTRA_KEYS["car"]))
        centre.addWidget(self.car_panel)
        self.car_alert = Banner("error")  # the run's car stopped answering (car health)
        self.car_alert.hide()
        centre.addWidget(self.car_alert)
        self.confirm = Banner("error")
        self.confirm_yes = self.confirm.add_button(tr("Yes"), self._confirmed, True)
        self.confirm.add_button(tr("No (Esc)"), self._cancel_confirm)
        self.op_message = Message()
        self.short_lap = Banner("warning")  # a lap key too soon after the lap began: count it anyway?
        self.short_lap.add_button(
            tr("Count it anyway ({key})").format(key=hint(EXTRA_KEYS["count_short"])), self.count_short_lap
        )
        # The question (End, Discard, Submit) and the short-lap offer lie over the Car and model card, which
        # is not needed while they are up, instead of taking height from the clocks (which scale to it).
        for banner in (self.short_lap, self.confirm):
            banner.setParent(self)
            banner.setProperty("cover", True)  # an opaque background (theme.py)
        self._overlay = CoverWidget(self.car_panel, (self.short_lap, self.confirm))
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

        self.lap_model = LapTableModel()  # right: laps, sensors, triggers
        self.lap_model.on_toggle = self._toggle_lap
        self.lap_table = LapTable(self.lap_model)
        self.sensors = SensorPanel(self.ctx)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(card(self.lap_table, legend(), title=tr("Laps")), 3)
        right.addWidget(self.sensors, 2)
        rw = QWidget()
        rw.setLayout(right)
        rw.setFixedWidth(max(340, self.lap_table.needed_width + 30))  # the card's margins and frame
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
            sc.activated.connect(self.next_racer if key == "N" else self.focus_search)
            self.shortcuts.append(sc)
        for name, slot in (
            ("car", self.car_panel.focus_car),
            ("load_model", self.car_panel.load_model),
            ("count_short", self.count_short_lap),
        ):
            for key in EXTRA_KEYS[name]:
                sc = QShortcut(QKeySequence(key), self)
                sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                sc.activated.connect(slot)
                self.shortcuts.append(sc)
        esc = QShortcut(QKeySequence("Esc"), self)
        esc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        esc.activated.connect(self._escape)
        self.picker.picked.connect(self._picked)
        self.on_deck.taken.connect(self._picked)
        self.picker.counts_changed.connect(
            lambda: self.on_deck.set_racers(list(self.picker.racers_by_id.values()))
        )
        self.picker.counts_changed.connect(self._counts_changed)
        self.car_panel.typing_done.connect(self.setFocus)
        self.sensors.warning.connect(lambda text, secs: self.op_message.show_message(text, "warning", secs))
        qapp().focusChanged.connect(self._focus_changed)
        b = self.ctx.bridge
        b.on(StateEvent, self._on_run_event, self)
        b.on(LapRecorded, self._on_run_event, self)
        b.on(RunChanged, self._on_run_event, self)
        b.on(LeaderboardChanged, self._on_board, self)
        b.on(RunCarLost, self._on_car_lost, self)
        b.on(RunCarBack, self._on_car_back, self)
        self.ctx.current.changed.connect(self._track_changed)

    # -- keys and focus --------------------------------------------------------------------------------
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """While typing a name or a reason, letters type; the operation keys wake up when you leave."""
        typing = isinstance(new, QLineEdit | QAbstractSpinBox) or (
            isinstance(new, QComboBox) and new.isEditable()
        )
        for sc in self.shortcuts:
            sc.setEnabled(not typing)

    def focus_search(self) -> None:
        self.picker.focus_search()

    def next_racer(self) -> None:
        """N: the first racer on deck goes on the track when it is free; else find a racer to pick."""
        if self.view is None and self.on_deck.has_next():
            self.on_deck.take_next()
        else:
            self.focus_search()

    def _on_car_lost(self, e: RunCarLost) -> None:
        if e.track_id == self.track_id:
            self.car_alert.set_kind("error")
            self.car_alert.label.setText(e.message)
            self.car_alert.show()

    def _on_car_back(self, e: RunCarBack) -> None:
        if e.track_id == self.track_id and self.car_alert.isVisible():
            self.car_alert.set_kind("info")
            self.car_alert.label.setText(tr("Car {car} answers again.").format(car=e.car))
            QTimer.singleShot(6000, self.car_alert.hide)

    def _escape(self) -> None:
        if self._confirming:
            self._cancel_confirm()
        else:
            self.setFocus()

    def keyPressEvent(self, event: Any) -> None:
        typing_fields = (
            *self.picker.typing_fields(),
            *self.car_panel.typing_fields(),
            *self.on_deck.typing_fields(),
        )
        if event.key() == Qt.Key.Key_Escape and QApplication.focusWidget() in typing_fields:
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
        self.car_alert.hide()
        self.lap_model.set_laps([])
        self.picker.reload()
        self.on_deck.reload()
        self.refresh_view()
        self.sensors.load()

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
            if event.initiator != self.initiator:  # our own change: the operation returns the view
                self.refresh_view()

    def _mine(self, fn: Any, *args: Any) -> Any:
        """``fn(*args)`` on the race lane, marked as this console's (its events carry our initiator)."""
        rc = self.ctx.app.race_control

        def call() -> Any:
            with rc.initiated_by(self.initiator):
                return fn(*args)

        return call

    def _append_lap(self, e: LapRecorded) -> None:
        """Shows a new lap straight from the bus event (committed before it was published), so the table
        repaints within a frame; the refreshed run then brings the clocks and counters."""
        laps = self.lap_model.rows
        if self.view is None or self.view.run_id != e.run_id or e.lap.index != len(laps):
            return
        lap = Lap(
            e.lap.index,
            e.lap.time_ms,
            e.lap.resets,
            e.lap.valid,
            LapSource(e.lap.source),
            flag=e.lap.flag or None,
        )
        self.lap_model.set_laps([*laps, lap])
        self.lap_table.scrollToBottom()
        if lap.flag:  # the sensor's and the laptop's clocks disagree: the timekeeper decides
            self.op_message.error(self.tr("Lap {n}: {why}").format(n=lap.index + 1, why=lap.flag))

    def _op_done(self, view: RunView) -> None:
        if view.track_id == self.track_id:
            self._show_view(view)
            offered = view.run.short_press is not None  # the banner under the clocks says it already
            if view.notice and not offered:  # race control did not do what the key says: tell why
                self.op_message.show_message(view.notice, "warning", 12)
            if view.state in (RunState.SUBMITTED, RunState.DISCARDED):
                self.picker.message.clear_message()  # e.g. "Track already has a run in progress"
                self.refresh_view()
            if view.state is RunState.SUBMITTED:
                self.ctx.background.run(
                    submitted_summary,
                    self.ctx.app,
                    view,
                    done=self.op_message.ok,
                    failed=self.op_message.error,
                )
            elif view.state is RunState.DISCARDED:
                self.op_message.ok(tr("Discarded: the run's laps are not on the leaderboard."))

    def _show_view(self, view: RunView | None) -> None:
        if view is not None and not view.run.is_live:
            view = None
        previous = self.view
        self.view = view
        if view is None or (previous is not None and previous.run_id != view.run_id):
            self.car_alert.hide()  # the run it was about is over
        if view is None:
            self.racer = None
            self.lap_model.set_laps([])
        else:
            self.lap_model.set_laps(view.run.laps)
            if view.run.laps:
                self.lap_table.scrollToBottom()
        self.board.show_run(view, self.track_id is not None, self.lap_model.fastest_valid())
        self.car_panel.show_run(view)
        self._show_short_lap(view)
        if view is not None and (previous is None or previous.run_id != view.run_id or self.racer is None):
            self._load_racer(view)
        self._update_buttons()

    def _show_short_lap(self, view: RunView | None) -> None:
        """The offer to count a too-short lap key stays while it can still be counted."""
        run = view.run if view is not None else None
        press = run.short_press if run is not None and run.state is RunState.RUNNING else None
        if press is None or run is None or run.last_boundary is None:
            self.short_lap.hide()
            return
        short = press.since(run.last_boundary) / 1000
        self.short_lap.label.setText(
            tr(
                "Lap key {short:.3f} s after the lap began: not counted (the minimum lap time is "
                "{minimum:.3f} s)."
            ).format(short=short, minimum=run.config.min_lap_ms / 1000)
        )
        self._overlay.place()
        self.short_lap.show()

    def count_short_lap(self) -> None:
        """A: the timekeeper saw a real lap after all; counts the last too-short lap key."""
        track = self.track_id
        if track is None or self.view is None:
            return
        self.ctx.background.race(
            self._mine(self.ctx.app.race_control.count_short_lap, track),
            done=self._op_done,
            failed=self.op_message.error,
        )

    def _load_racer(self, view: RunView) -> None:
        racer = self.picker.racers_by_id.get(view.racer_id)
        if racer is not None:
            self._set_racer(racer)
        else:
            self.ctx.background.run(
                self.ctx.app.racers.get, view.racer_id, done=self._set_racer, failed=self.op_message.error
            )
        self._load_bests(view)

    def _set_racer(self, racer: RacerRecord) -> None:
        self.racer = racer
        self.board.show_racer(racer, self.picker.runs_text(racer.racer_id))

    def _counts_changed(self) -> None:
        if self.racer is not None:
            self._set_racer(self.picker.racers_by_id.get(self.racer.racer_id, self.racer))

    def _load_bests(self, view: RunView) -> None:
        self.ctx.background.run(bests, self.ctx.app, view, done=lambda b: self.lap_model.set_bests(*b))

    def _on_board(self, event: LeaderboardChanged) -> None:
        if (
            self.view is not None
            and event.event_id == self.view.event_id
            and event.track_id in (None, self.view.track_id)
        ):
            self._load_bests(self.view)

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
            tr("Pause")
            if state is RunState.RUNNING
            else tr("Resume")
            if state is RunState.PAUSED
            else tr("Start")
        )
        self.picker.pick_button.setEnabled(self.track_id is not None and not live)

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
                    tr("No racer is on the track: pick the next racer first (N)."), "warning"
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
            "start_pause": (self._space, track, Stamp(rc.now())),
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
                self.op_message.show_message(tr("There is no lap yet to mark valid or invalid."), "warning")
                return
            row = self.lap_table.currentIndex().row()
            lap = laps[row] if 0 <= row < len(laps) else laps[-1]
            self._toggle_lap(lap.index, not lap.valid)
            return
        fn, *args = calls[name]
        self.ctx.background.race(self._mine(fn, *args), done=self._op_done, failed=self.op_message.error)

    def _space(self, track: str, stamp: Stamp) -> RunView:
        """Start, pause or resume as of when the key went down (Space just after a trigger start is kept
        from pausing by race control, which says so)."""
        return self.ctx.app.race_control.toggle_pause(track, stamp=stamp)

    def _capture(self, track: str, stamp: Stamp) -> RunView:
        """A lap stamped when the key went down, not when the worker got to it."""
        return self.ctx.app.race_control.capture_lap(track, stamp=stamp)

    def _toggle_lap(self, index: int, valid: bool) -> None:
        if self.track_id is None:
            return
        self.ctx.background.race(
            self._mine(self.ctx.app.race_control.set_valid, self.track_id, index, valid),
            done=self._op_done,
            failed=self.op_message.error,
        )

    def _ask(self, name: str) -> None:
        text = {
            "end": tr(
                "End the run now? The lap in progress is not counted. "
                "Press E again to end, Esc to keep racing."
            ),
            "discard": tr(
                "Discard this run? Its laps leave the leaderboard. Press X again to discard, Esc to keep it."
            ),
            "submit": tr("The run is still going. Press S again to end it and submit, Esc to keep racing."),
        }[name]
        self._confirming = name
        self.confirm.label.setText(text)
        self.confirm_yes.setText(
            {"end": tr("End run"), "discard": tr("Discard run"), "submit": tr("End and submit")}[name]
        )
        self._overlay.place()
        self.confirm.show()
        self.confirm.raise_()
        self._confirm_timer.start(8000)

    def _confirmed(self) -> None:
        name = self._confirming
        self._cancel_confirm()
        track = self.track_id
        if name is None or track is None:
            return
        rc = self.ctx.app.race_control
        fn = {"end": rc.end, "discard": rc.discard, "submit": rc.submit}[name]
        self.ctx.background.race(self._mine(fn, track), done=self._op_done, failed=self.op_message.error)

    def _cancel_confirm(self) -> None:
        self._confirming = None
        self._confirm_timer.stop()
        self.confirm.hide()

    # -- picking the next racer ------------------------------------------------------------------------
    def _picked(self, view: RunView) -> None:
        self.racer = None
        self._show_view(view)
        self.setFocus()

    # -- lifecycle ------------------------------------------------------------------------------------
    def start(self) -> None:
        self.car_panel.start()
        self.picker.reload()
        self.refresh_view()
        self.sensors.load()


__all__ = ["EXTRA_KEYS", "OPERATIONS", "Operation", "TimekeeperConsole"]
