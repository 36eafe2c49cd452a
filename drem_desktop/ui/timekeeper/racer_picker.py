"""The timekeeper console's "Next racer" card: find a racer by typing, see runs done / allowed, put them on
the track. A racer who has used their runs gets an extra run only with a reason, recorded with the run.

Runs done are counted by the store when the card loads (one grouped query, on a worker) and recounted
exactly, one racer at a time, when one of their runs is submitted or discarded.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSize, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from drem_desktop.domain.records import RacerRecord
from drem_desktop.domain.run import MaxRunsReached
from drem_desktop.events import RacerChanged, RunStateChanged
from drem_desktop.services.race_control import RunView
from drem_desktop.ui.context import ScreenContext
from drem_desktop.ui.i18n import tr
from drem_desktop.ui.table_model import Index
from drem_desktop.ui.theme import colour_of
from drem_desktop.ui.widgets import Banner, Message, card


def runs_done(app: Any, event_id: str) -> dict[str, int]:
    """Submitted runs per racer, counted by the store (one grouped query): the runs still live on a track,
    before or after a restart, are not done yet."""
    return dict(app.race_control.runs_done_by_racer(event_id))


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
            return name + "\t" + tr("runs {runs}").format(runs=self.runs_text(r.racer_id))
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("{username}: {runs} runs done").format(
                username=r.username, runs=self.runs_text(r.racer_id)
            )
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


class PickDelegate(QStyledItemDelegate):
    """A racer row: colour chip, name, and runs done / allowed right-aligned."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        view = self.parent()
        assert isinstance(view, QAbstractItemView)  # the delegate of the pick list
        proxy = view.model()
        assert isinstance(proxy, QSortFilterProxyModel)
        model = proxy.sourceModel()
        assert isinstance(model, RacerPickModel)
        source = proxy.mapToSource(index)
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
        painter.drawText(
            r,
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            tr("runs {runs}").format(runs=runs),
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(200, 30)


def new_username(typed: str) -> str:
    """A username from a typed name: spaces become dashes ("Ann Smith" → "Ann-Smith")."""
    return re.sub(r"\s+", "-", typed.strip())


class RacerPicker(QWidget):
    """Puts the chosen racer on the current track through race control (on the serial lane)."""

    picked = Signal(object)  # the RunView of the racer now on the track
    counts_changed = Signal()  # racers or runs done were (re)loaded

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.racers_by_id: dict[str, RacerRecord] = {}
        self._build()
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.pick)
        self.override_reason.returnPressed.connect(self._pick_with_override)
        self.pick_list.doubleClicked.connect(lambda *_a: self.pick())
        self.pick_button.clicked.connect(self.pick)
        ctx.bridge.on(RacerChanged, lambda _e: self.reload(), self)
        ctx.bridge.on(RunStateChanged, self._on_run_state, self)

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Find racer…  (N)"))
        self.search.setClearButtonEnabled(True)
        self.model = RacerPickModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(Qt.ItemDataRole.UserRole)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.pick_list = QListView()
        self.pick_list.setModel(self.proxy)
        self.pick_list.setUniformItemSizes(True)
        self.pick_list.setItemDelegate(PickDelegate(self.pick_list))
        self.pick_list.setAlternatingRowColors(True)
        self.pick_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("Muted")
        self.empty_hint.setWordWrap(True)
        self.proxy_box = QCheckBox(tr("Raced by proxy"))
        self.proxy_box.setToolTip(
            tr("Someone else drives for the registered racer; the leaderboard marks the name with *.")
        )
        self.pick_button = QPushButton(tr("Put on track  ⏎"))
        self.pick_button.setObjectName("Primary")
        self.message = Message()
        self.override = Banner("warning")
        self.override_reason = QLineEdit()
        self.override_reason.setPlaceholderText(tr("Reason for an extra run (recorded)"))
        # the card is narrow: the question, the reason and the button each get the full width
        banner_layout = self.override.layout()
        assert banner_layout is not None  # a Banner lays out its label
        banner_layout.removeWidget(self.override.label)
        self.override_button = self.override.add_button(tr("Allow extra run"), self._pick_with_override, True)
        self.override.row.removeWidget(self.override_button)
        ov = QVBoxLayout()
        ov.addWidget(self.override.label)
        ov.addWidget(self.override_reason)
        ov.addWidget(self.override_button)
        self.override.row.insertLayout(0, ov, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(
            card(
                self.search,
                self.pick_list,
                self.empty_hint,
                self.proxy_box,
                self.pick_button,
                self.override,
                self.message,
                title=tr("Next racer"),
            )
        )
        self.setFixedWidth(300)

    def typing_fields(self) -> tuple[QLineEdit, ...]:
        """Where Esc leaves the field instead of cancelling a question."""
        return (self.search, self.override_reason)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def runs_text(self, racer_id: str) -> str:
        return self.model.runs_text(racer_id)

    # -- loading ------------------------------------------------------------------------------------
    def reload(self) -> None:
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

        self.ctx.background.run(load, done=self._loaded, failed=self.message.error)

    def _loaded(self, data: tuple[list[RacerRecord], dict[str, int], int | None]) -> None:
        racers, done, allowed = data
        self.racers_by_id = {r.racer_id: r for r in racers}
        self.model.set_racers(racers, done, allowed)
        self._filter(self.search.text())
        self.counts_changed.emit()

    def _on_run_state(self, event: RunStateChanged) -> None:
        if event.state in ("submitted", "discarded"):
            self._recount(event.event_id, event.racer_id)

    def _recount(self, event_id: str, racer_id: str) -> None:
        """The exact number of runs one racer has done (one indexed count), after their run ended."""
        count = self.ctx.app.race_control.runs_done

        def done(n: int) -> None:
            if event_id == self.ctx.current.event_id:
                self.model.set_runs_done(racer_id, n)
                self.counts_changed.emit()

        self.ctx.background.run(count, event_id, racer_id, done=done)

    # -- choosing -----------------------------------------------------------------------------------
    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip().casefold())
        if (self.proxy.rowCount() and not self.pick_list.currentIndex().isValid()) or text:
            self.pick_list.setCurrentIndex(self.proxy.index(0, 0))
        self._show_empty_hint()

    def _show_empty_hint(self) -> None:
        """An empty list says what Enter will do: register the typed name, or how to find racers."""
        text = self.search.text().strip()
        if self.proxy.rowCount():
            self.empty_hint.hide()
            return
        if text:
            self.empty_hint.setText(
                tr(
                    "No racer matches “{name}”. Press Enter to register {name} and put them on the track."
                ).format(name=text)
            )
        else:
            self.empty_hint.setText(
                tr(
                    "No racers yet: type a racer's name and press Enter to register them and put them "
                    "on the track."
                )
            )
        self.empty_hint.show()

    def selected_racer(self) -> RacerRecord | None:
        index = self.pick_list.currentIndex()
        if not index.isValid() and self.proxy.rowCount():
            index = self.proxy.index(0, 0)
        if not index.isValid():
            return None
        return self.model.racers[self.proxy.mapToSource(index).row()]

    def pick(self, override_reason: str | None = None) -> None:
        """Puts the selected racer on the current track, ready to start."""
        event = self.ctx.current.event_info
        track = self.ctx.current.track_id
        racer = self.selected_racer()
        self.message.clear_message()
        if event is None or track is None:
            self.message.error(tr("Create or pick an event first (Event page)."))
            return
        typed = self.search.text().strip()
        if racer is None and not typed:
            self.message.error(tr("Type the racer's name first."))
            return
        proxy = self.proxy_box.isChecked()
        racers = self.ctx.app.racers

        def prepare() -> RunView | MaxRunsReached:
            nonlocal racer
            if racer is None:  # a new name: register it (the field rules refuse a bad one, in words)
                racer = racers.add(new_username(typed), display_name=typed)
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

        def done(result: RunView | MaxRunsReached) -> None:
            assert racer is not None
            self._picked(racer, result)

        self.ctx.background.race(prepare, done=done, failed=self.message.error)

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
        self.picked.emit(view)

    def _pick_with_override(self) -> None:
        reason = self.override_reason.text().strip()
        if not reason:
            self.override.label.setText(
                tr("Type the reason for the extra run first (it is recorded with the run).")
            )
            self.override_reason.setFocus()
            return
        self.pick(override_reason=reason)
