"""Events: create one, edit its race rules and tracks, and choose the current event.

Race rules are checked by the domain (RaceConfig.problems) before anything is saved; every problem is shown
under the form in plain words and nothing changes until they are fixed.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from drem_desktop.domain.race_config import RaceConfig, RaceConfigError, RaceFormat, Ranking
from drem_desktop.domain.records import EventInfo, TrackInfo
from drem_desktop.domain.upload_codes import new_upload_code
from drem_desktop.ui.context import ScreenContext
from drem_desktop.ui.i18n import tr
from drem_desktop.ui.table_model import Index, TableModel
from drem_desktop.ui.theme import clock_text, parse_seconds
from drem_desktop.ui.widgets import Message, card


class TrackTableModel(TableModel[dict[str, Any]]):
    """An event's tracks; names, leaderboard title and footer are edited in place."""

    HEADERS = ("Track", "Name", "Leaderboard title", "Leaderboard footer")
    FIELDS = (None, "name", "leaderboard_title", "leaderboard_footer")

    def set_tracks(self, tracks: tuple[TrackInfo, ...]) -> None:
        self.set_rows(
            [
                {
                    "track_id": t.track_id,
                    "number": t.number,
                    "name": t.name,
                    "leaderboard_title": t.leaderboard_title,
                    "leaderboard_footer": t.leaderboard_footer,
                }
                for t in tracks
            ]
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        t = self.rows[index.row()]
        field = self.FIELDS[index.column()]
        return str(t["number"]) if field is None else t[field]

    def flags(self, index: Index) -> Qt.ItemFlag:
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return f | Qt.ItemFlag.ItemIsEditable if index.column() > 0 else f

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        field = self.FIELDS[index.column()]
        if field is None or role != Qt.ItemDataRole.EditRole:
            return False
        self.rows[index.row()][field] = str(value).strip()
        self.rows[index.row()]["dirty"] = True
        self.dataChanged.emit(index, index)
        return True


def optional_int(text: str, what: str, unlimited_word: str = "unlimited") -> int | None:
    """A typed count, or None for unlimited; its range (e.g. 0 or more) is the race rules' to check."""
    text = text.strip().lower()
    if text in ("", unlimited_word, "∞", "none", "-"):
        return None
    if not re.fullmatch(r"[+-]?\d{1,9}", text):
        raise ValueError(
            tr(
                "{what} “{text}” is not a whole number: type a number, or leave it empty for {unlimited}."
            ).format(what=tr(what), text=text, unlimited=tr(unlimited_word))
        )
    return int(text)


class EventPage(QWidget):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self.ctx = ctx
        self.editing: EventInfo | None = None
        self._build()
        ctx.current.changed.connect(self.reload)

    def _build(self) -> None:
        outer = QHBoxLayout(self)
        outer.setContentsMargins(14, 14, 14, 14)
        outer.setSpacing(14)
        self.events = QListWidget()
        self.events.currentItemChanged.connect(self._selected)
        new = QPushButton(tr("New event"))
        new.clicked.connect(self.new_event)
        self.make_current = QPushButton(tr("Make current"))
        self.make_current.setObjectName("Primary")
        self.make_current.clicked.connect(self._make_current)
        row = QHBoxLayout()
        row.addWidget(new)
        row.addWidget(self.make_current)
        lw = QWidget()
        lv = QVBoxLayout(lw)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.events)
        lv.addLayout(row)
        left = card(lw, title=tr("Events"))
        left.setFixedWidth(300)
        outer.addWidget(left)

        self.heading = QLabel(tr("New event"))
        self.heading.setObjectName("Heading")
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("e.g. Summit Berlin 2026"))
        self.event_date = QLineEdit(date.today().isoformat())
        self.country = QLineEdit()
        self.country.setPlaceholderText(tr("two letters, e.g. DE"))
        self.country.setMaxLength(2)
        self.sponsor = QLineEdit()
        self.upload_code = QLineEdit()
        self.upload_code.setPlaceholderText(tr("empty: a new random code"))
        self.upload_code.setToolTip(
            tr("The code racers type on the upload page. A new code stops the old one at once.")
        )
        new_code = QPushButton(tr("New code"))
        new_code.clicked.connect(self._new_code)
        code_row = QHBoxLayout()
        code_row.setContentsMargins(0, 0, 0, 0)
        code_row.addWidget(self.upload_code, 1)
        code_row.addWidget(new_code)
        self.track_count = QSpinBox()
        self.track_count.setRange(1, 8)
        basics = QFormLayout()
        basics.addRow(tr("Name"), self.name)
        basics.addRow(tr("Date"), self.event_date)
        basics.addRow(tr("Country"), self.country)
        basics.addRow(tr("Sponsor"), self.sponsor)
        basics.addRow(tr("Upload code"), code_row)
        basics.addRow(tr("Tracks"), self.track_count)

        self.format = QComboBox()
        self.format.addItem(tr("Time trial (race for a time)"), RaceFormat.TIME_TRIAL.value)
        self.format.addItem(tr("Lap count (finals: first to N laps)"), RaceFormat.LAP_COUNT.value)
        self.race_time = QLineEdit("3:00")
        self.race_time.setPlaceholderText(tr("minutes:seconds, empty = no limit"))
        self.laps_to_finish = QLineEdit()
        self.laps_to_finish.setPlaceholderText(tr("only for lap count"))
        self.ranking = QComboBox()
        self.ranking.addItem(tr("Fastest lap"), Ranking.BEST_LAP.value)
        self.ranking.addItem(tr("Fastest average of consecutive laps"), Ranking.BEST_AVERAGE.value)
        self.average_window = QSpinBox()
        self.average_window.setRange(1, 20)
        self.average_window.setValue(3)
        self.resets = QLineEdit()
        self.resets.setPlaceholderText(tr("empty = unlimited"))
        self.max_runs = QLineEdit()
        self.max_runs.setPlaceholderText(tr("empty = unlimited"))
        self.min_lap = QLineEdit("2")
        self.min_lap.setPlaceholderText(tr("seconds"))
        rules = QFormLayout()
        rules.addRow(tr("Format"), self.format)
        rules.addRow(tr("Race time"), self.race_time)
        rules.addRow(tr("Laps to finish"), self.laps_to_finish)
        rules.addRow(tr("Ranking"), self.ranking)
        rules.addRow(tr("Average window (laps)"), self.average_window)
        rules.addRow(tr("Resets allowed per lap"), self.resets)
        rules.addRow(tr("Max runs per racer"), self.max_runs)
        rules.addRow(tr("Minimum lap time (s, debounce)"), self.min_lap)

        forms = QHBoxLayout()
        bw, rw = QWidget(), QWidget()
        bw.setLayout(basics)
        rw.setLayout(rules)
        forms.addWidget(card(bw, title=tr("Event")), 1)
        forms.addWidget(card(rw, title=tr("Race rules")), 1)

        self.track_model = TrackTableModel()
        self.track_table = QTableView()
        self.track_table.setModel(self.track_model)
        self.track_table.verticalHeader().hide()
        self.track_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.track_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        add_track = QPushButton(tr("Add track"))
        add_track.clicked.connect(self._add_track)
        self.add_track_button = add_track

        self.message = Message()
        self.save_button = QPushButton(tr("Create event"))
        self.save_button.setObjectName("Primary")
        self.save_button.clicked.connect(self.save)
        actions = QHBoxLayout()
        actions.addWidget(self.message, 1)
        actions.addWidget(self.save_button)

        centre = QVBoxLayout()
        centre.addWidget(self.heading)
        centre.addLayout(forms)
        centre.addWidget(card(self.track_table, add_track, title=tr("Tracks")), 1)
        centre.addLayout(actions)
        outer.addLayout(centre, 1)

    # -- loading ------------------------------------------------------------------------------------
    def start(self) -> None:
        self.reload()

    def reload(self) -> None:
        self.ctx.background.run(self.ctx.app.events.list, done=self._listed, failed=self.message.error)

    def _listed(self, events: list[EventInfo]) -> None:
        keep = self.editing.event_id if self.editing else self.ctx.current.event_id
        self.events.blockSignals(True)
        self.events.clear()
        for e in events:
            mark = "  ● current" if e.event_id == self.ctx.current.event_id else ""
            item = QListWidgetItem(f"{e.name}\n{e.event_date} · {len(e.tracks)} track(s){mark}")
            item.setData(Qt.ItemDataRole.UserRole, e)
            self.events.addItem(item)
            if e.event_id == keep:
                self.events.setCurrentItem(item)
        self.events.blockSignals(False)
        current = self.events.currentItem()
        if current is not None:
            self.show_event(current.data(Qt.ItemDataRole.UserRole))
        elif not events:
            self.new_event()

    def _selected(self, item: QListWidgetItem | None, _prev: object = None) -> None:
        if item is not None:
            self.show_event(item.data(Qt.ItemDataRole.UserRole))

    def new_event(self) -> None:
        self.editing = None
        self.events.clearSelection()
        self.heading.setText(tr("New event"))
        self.save_button.setText(tr("Create event"))
        for w in (
            self.name,
            self.country,
            self.sponsor,
            self.upload_code,
            self.laps_to_finish,
            self.resets,
            self.max_runs,
        ):
            w.clear()
        self.event_date.setText(date.today().isoformat())
        self.race_time.setText("3:00")
        self.min_lap.setText("2")
        self.format.setCurrentIndex(0)
        self.ranking.setCurrentIndex(0)
        self.average_window.setValue(3)
        self.track_count.setValue(1)
        self.track_count.setEnabled(True)
        self.track_model.set_tracks(())
        self.add_track_button.setEnabled(False)
        self.message.clear_message()
        self.name.setFocus()

    def show_event(self, e: EventInfo) -> None:
        """Fills the form; a message stays while the same event is shown again (after a save's reload)."""
        same = self.editing is not None and self.editing.event_id == e.event_id
        self.editing = e
        self.heading.setText(e.name)
        self.save_button.setText(tr("Save changes"))
        self.name.setText(e.name)
        self.event_date.setText(e.event_date)
        self.country.setText(e.country_code)
        self.sponsor.setText(e.sponsor)
        self.upload_code.setText(e.upload_code)
        self.track_count.setValue(len(e.tracks) or 1)
        self.track_count.setEnabled(False)
        c = e.config
        self.format.setCurrentIndex(self.format.findData(c.format.value))
        self.race_time.setText("" if c.race_time_ms is None else clock_text(c.race_time_ms, 0))
        self.laps_to_finish.setText("" if c.laps_to_finish is None else str(c.laps_to_finish))
        self.ranking.setCurrentIndex(self.ranking.findData(c.ranking.value))
        self.average_window.setValue(c.average_window)
        self.resets.setText("" if c.resets_per_lap is None else str(c.resets_per_lap))
        self.max_runs.setText("" if c.max_runs_per_racer is None else str(c.max_runs_per_racer))
        self.min_lap.setText(f"{c.min_lap_ms / 1000:g}")
        self.track_model.set_tracks(e.tracks)
        self.add_track_button.setEnabled(True)
        if not same:
            self.message.clear_message()

    # -- saving -------------------------------------------------------------------------------------
    def config_from_form(self) -> RaceConfig:
        """The race rules as typed; raises RaceConfigError listing every problem."""
        problems: list[str] = []
        values: dict[str, Any] = {}
        try:
            values["race_time_ms"] = parse_seconds(self.race_time.text())
        except ValueError:
            problems.append(
                tr(
                    "Race time “{text}” is not a time: write minutes:seconds like 3:00, or leave it empty "
                    "for no limit."
                ).format(text=self.race_time.text().strip())
            )
        for key, widget, what in (
            ("laps_to_finish", self.laps_to_finish, tr("Laps to finish")),
            ("resets_per_lap", self.resets, tr("Resets allowed per lap")),
            ("max_runs_per_racer", self.max_runs, tr("Max runs per racer")),
        ):
            try:
                values[key] = optional_int(widget.text(), what)
            except ValueError as exc:
                problems.append(str(exc))
        try:
            min_lap = parse_seconds(self.min_lap.text())
            values["min_lap_ms"] = 0 if min_lap is None else min_lap
        except ValueError:
            problems.append(
                tr("Minimum lap time “{text}” is not a number of seconds.").format(
                    text=self.min_lap.text().strip()
                )
            )
        if problems:
            raise RaceConfigError(problems)
        config = RaceConfig(
            format=RaceFormat(self.format.currentData()),
            ranking=Ranking(self.ranking.currentData()),
            average_window=self.average_window.value(),
            **values,
        )
        return config.validated()

    def save(self) -> None:
        self.message.clear_message()
        name = self.name.text().strip()
        problems = [] if name else [tr("An event needs a name.")]
        try:
            config = self.config_from_form()
        except RaceConfigError as exc:
            problems.extend(exc.problems)
        if problems:
            self.message.error("\n".join(problems))
            if not name:
                self.name.setFocus()
            return
        fields = {"country_code": self.country.text().strip().upper(), "sponsor": self.sponsor.text().strip()}
        code = self.upload_code.text().strip()
        if code or self.editing is not None:
            fields["upload_code"] = code or new_upload_code()
        app = self.ctx.app
        if self.editing is None:
            self.ctx.background.run(
                app.events.create,
                name,
                self.event_date.text().strip(),
                config,
                self.track_count.value(),
                **fields,
                done=self._created,
                failed=self.message.error,
            )
            return
        event_id = self.editing.event_id
        tracks = [dict(t) for t in self.track_model.rows if t.get("dirty")]

        def update() -> EventInfo:
            for t in tracks:
                app.events.update_track(
                    t["track_id"],
                    name=t["name"],
                    leaderboard_title=t["leaderboard_title"],
                    leaderboard_footer=t["leaderboard_footer"],
                )
            return app.events.update(
                event_id, config, name=name, event_date=self.event_date.text().strip(), **fields
            )

        self.ctx.background.run(update, done=self._saved, failed=self.message.error)

    def _created(self, e: EventInfo) -> None:
        self.editing = e
        self.message.ok(tr("Created “{name}”. It is now the current event.").format(name=e.name))
        self.ctx.background.run(setattr, self.ctx.app, "current_event_id", e.event_id)
        self.ctx.current.set(e)
        self.reload()

    def _saved(self, e: EventInfo) -> None:
        self.editing = e
        self.message.ok(tr("Saved the changes to “{name}”.").format(name=e.name))
        if e.event_id == self.ctx.current.event_id:
            self.ctx.current.set(e, self.ctx.current.track_id)
        self.reload()

    def _new_code(self) -> None:
        """A fresh random code in the field; Save changes (or Create event) applies it."""
        self.upload_code.setText(new_upload_code())
        self.message.show_message(
            tr("New upload code {code}: press Save to use it (the old code then stops working).").format(
                code=self.upload_code.text()
            ),
            "warning",
        )

    def _make_current(self) -> None:
        item = self.events.currentItem()
        if item is None:
            return
        e: EventInfo = item.data(Qt.ItemDataRole.UserRole)
        self.ctx.background.run(setattr, self.ctx.app, "current_event_id", e.event_id)
        self.ctx.current.set(e)
        self.message.ok(tr("“{name}” is the current event.").format(name=e.name))

    def _add_track(self) -> None:
        if self.editing is None:
            return
        event_id = self.editing.event_id
        app = self.ctx.app
        self.ctx.background.run(
            lambda: (
                app.events.add_track(event_id, leaderboard_title=self.editing.name if self.editing else ""),
                app.events.get(event_id),
            )[1],
            done=self._saved,
            failed=self.message.error,
        )
