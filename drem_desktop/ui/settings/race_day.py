"""Settings for race day: spoken call-outs (each kind on or off with its template, the voice, Test voice),
the tablet timekeeper's operator PIN, pre-staging cars for the queue, and fetching run logs from the car.

Everything is applied through the services (off the UI thread): a bad template is refused with the
reason and nothing is saved; the PIN is hashed by the tablet access service, never stored as typed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from drem_desktop.services.callouts import CalloutSettings, kinds
from drem_desktop.settings import STAGING_ENABLED
from drem_desktop.ui.context import ScreenContext
from drem_desktop.ui.i18n import tr
from drem_desktop.ui.widgets import Message, card


class RaceDaySettings(QWidget):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind_on: dict[str, QCheckBox] = {}
        self.templates: dict[str, QLineEdit] = {}
        self._build()

    def _build(self) -> None:
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)

        # call-outs
        self.callouts_on = QCheckBox(tr("Speak call-outs"))
        self.rate = QSpinBox()
        self.rate.setRange(0, 400)
        self.rate.setSpecialValueText(tr("voice default"))
        self.rate.setSuffix(" " + tr("words/min"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        for i, k in enumerate(kinds()):
            on = QCheckBox(k.title)
            edit = QLineEdit()
            edit.setPlaceholderText(k.default)
            edit.setToolTip(tr("Fields: {fields}").format(fields=", ".join("{" + f + "}" for f in k.fields)))
            self.kind_on[k.key] = on
            self.templates[k.key] = edit
            grid.addWidget(on, i, 0)
            grid.addWidget(edit, i, 1)
        self.callout_message = Message()
        save = QPushButton(tr("Save"))
        save.setObjectName("Primary")
        save.clicked.connect(self.save_callouts)
        test = QPushButton(tr("Test voice"))
        test.clicked.connect(self.test_voice)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(tr("Speed")))
        buttons.addWidget(self.rate)
        buttons.addStretch(1)
        buttons.addWidget(test)
        buttons.addWidget(save)
        cw = QWidget()
        cl = QVBoxLayout(cw)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(self.callouts_on)
        cl.addLayout(grid)
        cl.addLayout(buttons)
        cl.addWidget(self.callout_message)
        box.addWidget(card(cw, title=tr("Spoken call-outs")))

        # tablet PIN
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(tr("4 to 12 digits"))
        self.pin.setMaxLength(12)
        set_pin = QPushButton(tr("Set PIN"))
        set_pin.clicked.connect(self.set_pin)
        clear_pin = QPushButton(tr("Remove"))
        clear_pin.clicked.connect(self.clear_pin)
        self.pin_state = QLabel("")
        self.pin_state.setObjectName("Muted")
        self.pin_message = Message()
        tw = QWidget()
        tl = QVBoxLayout(tw)
        tl.setContentsMargins(0, 0, 0, 0)
        note = QLabel(tr("Open /tablet on the LAN server from a tablet, type this PIN, and time from there."))
        note.setObjectName("Muted")
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.pin, 1)
        row.addWidget(set_pin)
        row.addWidget(clear_pin)
        tl.addWidget(note)
        tl.addLayout(row)
        tl.addWidget(self.pin_state)
        tl.addWidget(self.pin_message)
        box.addWidget(card(tw, title=tr("Tablet timekeeper")))

        # cars
        self.staging = QCheckBox(tr("Pre-load the cars of the racers on deck"))
        self.staging.setToolTip(tr("The next racers' models go onto spare cars of the track's fleet"))
        self.logs = QCheckBox(tr("Fetch each run's car logs"))
        self.logs.setToolTip(tr("When a run ends, its car's ROS bag folders come over SSH (data folder)"))
        self.staging.toggled.connect(lambda on: self._save_staging(on))
        self.logs.toggled.connect(self._save_logs)
        ow = QWidget()
        ol = QVBoxLayout(ow)
        ol.setContentsMargins(0, 0, 0, 0)
        ol.addWidget(self.staging)
        ol.addWidget(self.logs)
        box.addWidget(card(ow, title=tr("Cars on race day")))
        box.addStretch(1)

    # -- loading ------------------------------------------------------------------------------------
    def start(self) -> None:
        app = self.ctx.app

        def load() -> tuple[CalloutSettings, bool, bool, bool]:
            return (
                app.callouts.settings,
                app.tablet_access.has_pin,
                app.settings.get(STAGING_ENABLED),
                app.run_logs.automatic,
            )

        self.ctx.background.run(load, done=self._loaded)

    def _loaded(self, data: tuple[CalloutSettings, bool, bool, bool]) -> None:
        settings, has_pin, staging, logs = data
        self.callouts_on.setChecked(settings.enabled)
        self.rate.setValue(settings.rate or 0)
        for key, on in self.kind_on.items():
            on.setChecked(settings.on.get(key, True))
            self.templates[key].setText(settings.templates.get(key, ""))
        self._show_pin(has_pin)
        for box, value in ((self.staging, staging), (self.logs, logs)):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)

    def _show_pin(self, has_pin: bool) -> None:
        self.pin_state.setText(
            tr("A PIN is set.") if has_pin else tr("No PIN: the tablet page refuses everyone.")
        )

    # -- saving -------------------------------------------------------------------------------------
    def current_callouts(self) -> CalloutSettings:
        old = self.ctx.app.callouts.settings
        return CalloutSettings(
            enabled=self.callouts_on.isChecked(),
            rate=self.rate.value() or None,
            voice=old.voice,
            on={key: box.isChecked() for key, box in self.kind_on.items()},
            templates={key: e.text().strip() for key, e in self.templates.items() if e.text().strip()},
        )

    def save_callouts(self) -> None:
        settings = self.current_callouts()
        self.ctx.background.run(
            self.ctx.app.callouts.save,
            settings,
            done=lambda _s: self.callout_message.ok(tr("Call-outs saved.")),
            failed=self.callout_message.error,
        )

    def test_voice(self) -> None:
        self.callout_message.ok(tr("Speaking a sample line…"))
        self.ctx.background.run(
            self.ctx.app.callouts.test_voice,
            done=lambda _none: self.callout_message.ok(
                tr("Sample line said. Heard nothing? Check the volume and the sound output.")
            ),
            failed=self.callout_message.error,
        )

    def set_pin(self) -> None:
        pin = self.pin.text()

        def done(_none: object) -> None:
            self.pin.clear()
            self._show_pin(True)
            self.pin_message.ok(tr("PIN set. Tablets logged in before must log in again."))

        self.ctx.background.run(
            self.ctx.app.tablet_access.set_pin, pin, done=done, failed=self.pin_message.error
        )

    def clear_pin(self) -> None:
        def done(_none: object) -> None:
            self._show_pin(False)
            self.pin_message.ok(tr("Tablet timekeeping is off."))

        self.ctx.background.run(
            self.ctx.app.tablet_access.clear_pin, done=done, failed=self.pin_message.error
        )

    def _save_staging(self, on: bool) -> None:
        def save() -> None:
            self.ctx.app.settings.set(STAGING_ENABLED, on)
            self.ctx.app.staging.poke()

        self.ctx.background.run(save)

    def _save_logs(self, on: bool) -> None:
        def save() -> None:
            self.ctx.app.run_logs.automatic = on

        self.ctx.background.run(save)
