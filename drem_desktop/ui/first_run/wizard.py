"""First run: a short setup that takes a new organizer from an empty data folder to a track ready to time.

Four steps: the event (create one, import a cloud-manager bundle, or, once the sync service exists, join
one from a bucket or a paired laptop), the racers (typed or a CSV), each track's lap source (with *Try
the simulator*), and where the LAN pages are. Every step's work runs on a worker (drem_desktop/first_run.py);
Next waits for it and stays on the step, with the reason, if it failed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from drem_desktop import first_run
from drem_desktop.domain.race_config import RaceConfig, RaceFormat, Ranking
from drem_desktop.domain.records import EventInfo
from drem_desktop.services.practice_timer import PracticeTimer
from drem_desktop.ui.context import ScreenContext
from drem_desktop.ui.i18n import N_, tr
from drem_desktop.ui.widgets import Message

FORMATS: tuple[tuple[str, RaceFormat, Ranking], ...] = (
    (N_("Time trial: fastest lap wins"), RaceFormat.TIME_TRIAL, Ranking.BEST_LAP),
    (N_("Time trial: best 3-lap average wins"), RaceFormat.TIME_TRIAL, Ranking.BEST_AVERAGE),
    (N_("Lap count: first to finish the laps"), RaceFormat.LAP_COUNT, Ranking.BEST_LAP),
)
SOURCES: tuple[tuple[str, str], ...] = (
    (N_("Keys only (L or Enter counts a lap)"), first_run.KEYS),
    (N_("Try the simulator (a lap every ~12 s, no hardware)"), first_run.SIMULATOR),
    (N_("USB lap sensor (found automatically)"), "auto"),
    (N_("DREM Pi timer (type its address)"), "ws"),
)


class StepPage(QWizardPage):
    """A step whose Next runs work on a worker first; ``work`` returns the callable and its done handler."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.setup = wizard
        self.message = Message()
        self._passed = False

    def work(self) -> tuple[Callable[[], Any], Callable[[Any], None]] | None:
        return None

    def validatePage(self) -> bool:
        if self._passed:
            self._passed = False
            return True
        job = self.work()
        if job is None:
            return self.message.isHidden() or self.message.property("kind") != "error"
        fn, done = job
        self.setup.busy(True)

        def finished(value: Any) -> None:
            self.setup.busy(False)
            done(value)
            self._passed = True
            self.setup.next()

        def failed(text: str) -> None:
            self.setup.busy(False)
            self.message.error(text)

        self.setup.ctx.background.run(fn, done=finished, failed=failed)
        return False


class EventStep(StepPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.setTitle(tr("Welcome to DREM Desktop"))
        self.setSubTitle(tr("First, the event you are timing. Everything stays on this laptop."))
        self.create_new = QRadioButton(tr("Create an event"))
        self.create_new.setChecked(True)
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("e.g. Summit Cup 2026"))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.tracks = QSpinBox()
        self.tracks.setRange(1, 8)
        self.format = QComboBox()
        for label, _fmt, _rank in FORMATS:
            self.format.addItem(tr(label))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 60)
        self.minutes.setValue(3)
        self.minutes.setSuffix(tr(" min per run (0: no limit)"))
        form = QFormLayout()
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Date"), self.date)
        form.addRow(tr("Tracks"), self.tracks)
        form.addRow(tr("Format"), self.format)
        form.addRow(tr("Race time"), self.minutes)
        self.import_bundle = QRadioButton(tr("Import the event from a cloud-manager export bundle"))
        self.bundle_folder = QLineEdit()
        self.bundle_folder.setPlaceholderText(tr("the unpacked bundle folder (events.json, races.json…)"))
        browse = QPushButton(tr("Choose folder…"))
        browse.clicked.connect(self._choose_bundle)
        row = QHBoxLayout()
        row.addWidget(self.bundle_folder, 1)
        row.addWidget(browse)
        # Joining an event from a bucket or a paired laptop comes with the sync service (issue 12): the
        # button shows once the app has one (app.sync); the sync screen connects to join_requested.
        self.join = QPushButton(tr("Join an event from a bucket or a paired laptop…"))
        self.join.setVisible(getattr(wizard.ctx.app, "sync", None) is not None)
        self.join.clicked.connect(wizard.join_requested.emit)
        group = QButtonGroup(self)
        group.addButton(self.create_new)
        group.addButton(self.import_bundle)
        lay = QVBoxLayout(self)
        lay.addWidget(self.create_new)
        lay.addLayout(form)
        lay.addSpacing(8)
        lay.addWidget(self.import_bundle)
        lay.addLayout(row)
        lay.addWidget(self.join)
        lay.addStretch(1)
        lay.addWidget(self.message)
        self.bundle_folder.textEdited.connect(lambda _t: self.import_bundle.setChecked(True))
        self.name.textEdited.connect(lambda _t: self.create_new.setChecked(True))

    def _choose_bundle(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Cloud-manager export bundle"))
        if folder:
            self.bundle_folder.setText(folder)
            self.import_bundle.setChecked(True)

    def work(self) -> tuple[Callable[[], Any], Callable[[Any], None]] | None:
        app = self.setup.ctx.app
        if (
            self.setup.made_event is not None
        ):  # back here after the event was made: keep it (Event page edits it)
            return None
        if self.import_bundle.isChecked():
            folder = self.bundle_folder.text().strip()
            if not folder:
                self.message.error(tr("Choose the bundle's folder, or create an event instead."))
                return None
            return (lambda: first_run.import_cloud_bundle(app, Path(folder))), self.setup.event_ready
        name = self.name.text().strip()
        if not name:
            self.message.error(tr("Give the event a name."))
            return None
        _label, fmt, ranking = FORMATS[self.format.currentIndex()]
        minutes = self.minutes.value()
        config = RaceConfig(
            format=fmt,
            ranking=ranking,
            race_time_ms=minutes * 60_000 if minutes else None,
            laps_to_finish=3 if fmt is RaceFormat.LAP_COUNT else None,
        )
        date = self.date.date().toString("yyyy-MM-dd")
        tracks = self.tracks.value()
        return (lambda: first_run.create_first_event(app, name, date, config, tracks)), self.setup.event_ready


class RacersStep(StepPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.setTitle(tr("Racers"))
        self.setSubTitle(
            tr(
                "One racer a line: username, display name, country code (only the username is needed). "
                "You can add racers any time later: type a new name in the timekeeper and press Enter."
            )
        )
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(tr("speedy\nrocket, Rocket Racer, DE\n…"))
        load = QPushButton(tr("Load a CSV file…"))
        load.clicked.connect(self._load_csv)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text, 1)
        lay.addWidget(load)
        lay.addWidget(self.message)

    def _load_csv(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, tr("Racers CSV"), "", tr("CSV files (*.csv *.txt)"))
        if path:
            self.setup.ctx.background.run(
                Path(path).read_text, "utf-8", done=self.text.setPlainText, failed=self.message.error
            )

    def work(self) -> tuple[Callable[[], Any], Callable[[Any], None]] | None:
        lines = first_run.parse_racers(self.text.toPlainText())
        if not lines:
            return None  # racers can come later
        app = self.setup.ctx.app

        def done(result: first_run.RacersAdded) -> None:
            self.setup.racers_summary = result.summary()

        return (lambda: first_run.register_racers(app, lines)), done


class LapSourceStep(StepPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.setTitle(tr("Lap sources"))
        self.setSubTitle(
            tr("How each track counts laps. Keys always work too; change this any time in Settings.")
        )
        self.rows: dict[str, tuple[QComboBox, QLineEdit]] = {}
        self.form = QFormLayout()
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addStretch(1)
        lay.addWidget(self.message)

    def initializePage(self) -> None:
        event = self.setup.made_event
        while self.form.rowCount():
            self.form.removeRow(0)
        self.rows.clear()
        for track in event.tracks if event else ():
            combo = QComboBox()
            for label, spec in SOURCES:
                combo.addItem(tr(label), spec)
            combo.setCurrentIndex(combo.findData(first_run.SIMULATOR))
            address = QLineEdit()
            address.setPlaceholderText(tr("ws://192.168.1.50:8080"))
            address.setVisible(False)
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, a=address: a.setVisible(c.currentData() == "ws")
            )
            cell = QWidget()
            cl = QHBoxLayout(cell)
            cl.setContentsMargins(0, 0, 0, 0)
            cl.addWidget(combo, 1)
            cl.addWidget(address, 1)
            self.form.addRow(track.label, cell)
            self.rows[track.track_id] = (combo, address)

    def work(self) -> tuple[Callable[[], Any], Callable[[Any], None]] | None:
        choices = {}
        for track_id, (combo, address) in self.rows.items():
            spec = combo.currentData()
            if spec == "ws":
                spec = address.text().strip()
                if not spec.startswith(("ws://", "wss://")):
                    self.message.error(tr("Type the Pi timer's address, e.g. ws://192.168.1.50:8080."))
                    return None
            choices[track_id] = spec
        app, practice = self.setup.ctx.app, self.setup.practice

        def done(problems: list[str]) -> None:
            self.setup.source_problems = problems

        return (lambda: first_run.set_lap_sources(app, choices, practice)), done


class ReadyStep(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.setup = wizard
        self.setTitle(tr("Ready to time"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setOpenExternalLinks(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        lay.addStretch(1)

    def initializePage(self) -> None:
        from drem_desktop.web.net import lan_addresses

        s = self.setup
        event = s.made_event
        urls = [u.rstrip("/") for u in s.ctx.lan_urls]
        port = int(s.ctx.setting("lan_port") or 8080)
        if not urls:
            urls = [f"http://{a}:{port}" for a in lan_addresses()]
        pages = (
            "<br>".join(
                f"<a href='{u}/leaderboard/{event.event_id}'>{u}/leaderboard/{event.event_id}</a>"
                for u in urls
            )
            if event and urls
            else tr("Connect this laptop to the venue network; the addresses appear in Settings.")
        )
        parts = [
            f"<p>{s.racers_summary}</p>" if s.racers_summary else "",
            f"<p><b>{tr('Could not open')}:</b> {' '.join(s.source_problems)}</p>"
            if s.source_problems
            else "",
            f"<p><b>{tr('Leaderboard for phones and the stream')}</b><br>{pages}</p>",
            f"<p><b>{tr('Upload code for racers’ models')}</b>: {event.upload_code if event else '–'}</p>",
            "<p>"
            + tr(
                "Press Finish to open the timekeeper: type a racer's name and press Enter; the first "
                "trigger (or L) starts the run. Ctrl+Shift+L opens the leaderboard window for the "
                "projector."
            )
            + "</p>",
        ]
        self.text.setText("".join(parts))


class FirstRunWizard(QWizard):
    """Emits ``finished_setup(event)`` with the event it made (or imported) when Finish is pressed."""

    finished_setup = Signal(object)
    join_requested = Signal()

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.made_event: EventInfo | None = None
        self.racers_summary = ""
        self.source_problems: list[str] = []
        self.practice: dict[str, PracticeTimer] = {}
        self.setWindowTitle(tr("Set up DREM Desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.resize(720, 560)
        self.event_step = EventStep(self)
        self.racers_step = RacersStep(self)
        self.sources_step = LapSourceStep(self)
        self.ready_step = ReadyStep(self)
        for page in (self.event_step, self.racers_step, self.sources_step, self.ready_step):
            self.addPage(page)
        self.accepted.connect(lambda: self.finished_setup.emit(self.made_event))

    def event_ready(self, event: EventInfo) -> None:
        self.made_event = event
        self.ctx.current.set(event, event.tracks[0].track_id if event.tracks else None)

    def busy(self, on: bool) -> None:
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton):
            button = self.button(which)
            if button is not None:
                button.setEnabled(not on)

    def stop_practice(self) -> None:
        for timer in self.practice.values():
            timer.stop()
        self.practice.clear()
