"""The on-deck list of the current track: racers queued to go next, in order, each with their staged car.

Type a name (completion from the registered racers) and press Enter to add; drag to reorder; Delete
removes the selected racer. N on the console takes the first one onto the track (in their staged car).
Each line shows how far their car is: "ready on amss-1234", "loading 63 %", or what went wrong.
Changes go through the run queue service on a worker; the list redraws from its bus events.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drem_desktop.domain.records import QueueEntryRecord, RacerRecord
from drem_desktop.events import QueueChanged, StagingChanged
from drem_desktop.ui.context import ScreenContext
from drem_desktop.ui.i18n import tr
from drem_desktop.ui.widgets import Message, card

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_COLOURS = {"ready": "#3ccf4e", "failed": "#ff6b6b", "loading": "#ff9900", "no_model": "#ff6b6b"}


def stage_text(stage: StagingChanged | None) -> str:
    if stage is None:
        return tr("no car yet")
    if stage.state == "loading" and stage.percent is not None:
        return tr("{model} loading {pct} % onto {car}").format(
            model=stage.model_name, pct=stage.percent, car=stage.car
        )
    return stage.message or stage.state


class DeckList(QListWidget):
    """Reordered by dragging (Qt moves the row in the model); tells which entry moved where."""

    moved = Signal(str, int)  # entry id, new position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model().rowsMoved.connect(self._rows_moved)

    def _rows_moved(self, _parent: Any, start: int, _end: int, _dest: Any, row: int) -> None:
        position = row if row < start else row - 1
        item = self.item(position)
        if item is not None:
            self.moved.emit(item.data(ENTRY_ROLE), position)


class OnDeckPanel(QWidget):
    taken = Signal(object)  # the RunView of the racer N put on track

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[QueueEntryRecord] = []
        self.stages: dict[str, StagingChanged] = {}
        self.names: dict[str, str] = {}  # racer id -> shown name
        self._loading = False
        self._dirty = False
        self._build()
        ctx.bridge.on(QueueChanged, self._on_queue, self)
        ctx.bridge.on(StagingChanged, self._on_stage, self)

    def _build(self) -> None:
        self.add = QLineEdit()
        self.add.setPlaceholderText(tr("Add to deck: racer's name, Enter"))
        self.add.setClearButtonEnabled(True)
        self._names_model = QStringListModel(self)
        completer = QCompleter(self._names_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.add.setCompleter(completer)
        self.add.returnPressed.connect(self.add_typed)
        # Enter on a suggested name picks it and adds it at once; Enter while the suggestions show but none
        # is chosen adds what was typed (the popup would otherwise swallow that Enter).
        completer.activated.connect(self._suggestion_chosen)
        self._completer = completer
        popup = completer.popup()
        assert popup is not None  # a completer always has its list
        self._popup = popup
        popup.installEventFilter(self)
        self.list = DeckList()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.moved.connect(self.move_entry)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)
        self.fleet = QComboBox()  # the track's fleet: its spare cars are loaded for the racers on deck
        self.fleet.setToolTip(tr("The cars of this fleet are loaded with the models of the racers on deck"))
        self.fleet.activated.connect(self._fleet_chosen)
        fleet_row = QHBoxLayout()
        fleet_row.addWidget(QLabel(tr("Cars")))
        fleet_row.addWidget(self.fleet, 1)
        fleet_box = QWidget()
        fleet_box.setLayout(fleet_row)
        fleet_row.setContentsMargins(0, 0, 0, 0)
        self.message = Message()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        deck = card(self.add, self.list, fleet_box, self.message, title=tr("On deck (N takes the next)"))
        box.addWidget(deck)
        self.setFixedWidth(300)

    def _suggestion_chosen(self, text: str) -> None:
        self.add.setText(text)
        self.add_typed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._popup
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not self._popup.currentIndex().isValid()
        ):
            self._popup.hide()
            self.add_typed()
            return True
        return super().eventFilter(watched, event)

    def typing_fields(self) -> tuple[QLineEdit, ...]:
        return (self.add,)

    @property
    def track_id(self) -> str | None:
        return self.ctx.current.track_id

    # -- loading ------------------------------------------------------------------------------------
    def reload(self) -> None:
        track = self.track_id
        if track is None:
            self._show([], {}, {})
            return
        if self._loading:
            self._dirty = True
            return
        self._loading = True
        app = self.ctx.app

        def load() -> tuple[list[QueueEntryRecord], dict[str, StagingChanged], dict[str, str]]:
            entries = app.queue.entries(track)
            stages = {s.entry_id: s for s in app.staging.status(track)}
            names = {r.racer_id: r.shown_name for r in app.racers.list()}
            return entries, stages, names

        def fleets() -> tuple[list[Any], str | None]:
            return app.cars.fleets(), app.events.track(track).fleet_id

        self.ctx.background.run(load, done=self._loaded, failed=self._failed)
        self.ctx.background.run(fleets, done=self._fleets_loaded)

    def _loaded(self, data: tuple[list[QueueEntryRecord], dict[str, StagingChanged], dict[str, str]]) -> None:
        self._loading = False
        self._show(*data)
        if self._dirty:
            self._dirty = False
            self.reload()

    def _fleets_loaded(self, data: tuple[list[Any], str | None]) -> None:
        fleets, current = data
        self.fleet.clear()
        self.fleet.addItem(tr("No fleet: nothing is pre-loaded"), None)
        for f in fleets:
            self.fleet.addItem(tr("pre-load fleet {name}").format(name=f.name), f.fleet_id)
        self.fleet.setCurrentIndex(max(0, self.fleet.findData(current)))

    def _fleet_chosen(self, _index: int) -> None:
        track, fleet_id = self.track_id, self.fleet.currentData()
        if track is None:
            return
        self.ctx.background.run(
            lambda: self.ctx.app.events.update_track(track, fleet_id=fleet_id),
            done=lambda _t: self.ctx.app.staging.poke(track),
            failed=self.message.error,
        )

    def _failed(self, text: str) -> None:
        self._loading = False
        self.message.error(text)

    def set_racers(self, racers: list[RacerRecord]) -> None:
        """Completion for the add field (the picker already loaded them)."""
        names = sorted({r.username for r in racers} | {r.display_name for r in racers if r.display_name})
        self._names_model.setStringList(names)

    def _show(
        self, entries: list[QueueEntryRecord], stages: dict[str, StagingChanged], names: dict[str, str]
    ) -> None:
        self.entries, self.stages = entries, stages
        self.names.update(names)
        selected = self.list.currentItem().data(ENTRY_ROLE) if self.list.currentItem() else None
        self.list.clear()
        for i, entry in enumerate(entries):
            item = QListWidgetItem()
            item.setData(ENTRY_ROLE, entry.entry_id)
            self.list.addItem(item)
            self._paint(item, i, entry)
            if entry.entry_id == selected:
                self.list.setCurrentItem(item)

    def _paint(self, item: QListWidgetItem, i: int, entry: QueueEntryRecord) -> None:
        stage = self.stages.get(entry.entry_id)
        name = self.names.get(entry.racer_id, entry.racer_id)
        item.setText(f"{i + 1}. {name}\n    {stage_text(stage)}")
        colour = STATE_COLOURS.get(stage.state) if stage is not None else None
        if colour:
            item.setForeground(QColor(colour))
        item.setToolTip(stage.message if stage is not None else "")

    def _on_queue(self, e: QueueChanged) -> None:
        if e.track_id == self.track_id:
            self.reload()

    def _on_stage(self, e: StagingChanged) -> None:
        if e.track_id != self.track_id:
            return
        self.stages[e.entry_id] = e
        for i, entry in enumerate(self.entries):
            if entry.entry_id == e.entry_id:
                item = self.list.item(i)
                if item is not None:
                    self._paint(item, i, entry)
                return

    # -- changing -----------------------------------------------------------------------------------
    def add_typed(self) -> None:
        text, track = self.add.text().strip(), self.track_id
        if not text or track is None:
            return

        def added(_entry: QueueEntryRecord) -> None:
            self.add.clear()
            self.message.clear_message()

        self.ctx.background.run(
            self.ctx.app.queue.add_by_name, track, text, done=added, failed=self.message.error
        )

    def move_entry(self, entry_id: str, position: int) -> None:
        self.ctx.background.run(self.ctx.app.queue.move, entry_id, position, failed=self.message.error)

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.ctx.background.run(
                self.ctx.app.queue.remove, item.data(ENTRY_ROLE), failed=self.message.error
            )

    def has_next(self) -> bool:
        return bool(self.entries)

    def take_next(self) -> None:
        """N: the first racer on deck goes on the track, in their staged car (race control's lane)."""
        track = self.track_id
        if track is None:
            return
        self.ctx.background.race(
            self.ctx.app.queue.take_next, track, done=self.taken.emit, failed=self.message.error
        )
