"""The middle of the timekeeper console: who is on the track, the run's state, the two big clocks and the
counters (resets this lap, laps valid / total, fastest lap, fastest average).

The clocks are computed each frame from the run's last known state and the monotonic clock, never from
accumulated ticks, so a busy frame or a restart cannot make them drift; the frame timer runs only while
the run is running.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from drem_desktop.domain.race_config import RaceFormat
from drem_desktop.domain.records import RacerRecord
from drem_desktop.domain.run import RunState
from drem_desktop.services.race_control import RunView
from drem_desktop.ui.i18n import N_, tr
from drem_desktop.ui.theme import INVALID, clock_text, colour_of, lap_text
from drem_desktop.ui.widgets import ClockWidget, card

STATE_TEXT = {
    RunState.READY: N_("Ready: press Space to start (or the first sensor trigger starts)"),
    RunState.RUNNING: N_("Running"),
    RunState.PAUSED: N_("Paused: Space resumes"),
    RunState.OVER: N_("Race over: check the laps, then Submit (S)"),
}


def now_ms() -> float:
    return time.monotonic() * 1000.0


def fastest_average(view: RunView) -> float | None:
    """The best mean over the config's window of consecutive valid laps (race-rules.md)."""
    run = view.run
    window = run.config.average_window
    best = None
    for i in range(len(run.laps) - window + 1):
        chunk = run.laps[i : i + window]
        if all(lap.valid for lap in chunk):
            total = sum(lap.time_ms for lap in chunk)
            best = total if best is None else min(best, total)
    return best / window if best is not None else None


class RunPanel(QWidget):
    """Shows one live run (or none); the console tells it what race control last said."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: RunView | None = None
        self._build()
        self._frame = QTimer(self)
        self._frame.setTimerType(Qt.TimerType.PreciseTimer)
        self._frame.setInterval(16)  # ~60 fps while the clock runs
        self._frame.timeout.connect(self.tick)

    def _build(self) -> None:
        centre = QVBoxLayout(self)
        centre.setContentsMargins(0, 0, 0, 0)
        centre.setSpacing(10)
        self.racer_name = QLabel(tr("No racer on track"))
        self.racer_name.setObjectName("Big")
        self.state_label = QLabel("")
        self.state_label.setObjectName("Muted")
        self.runs_label = QLabel("")
        self.runs_label.setObjectName("Muted")
        head = QHBoxLayout()
        self.swatch = QLabel()
        self.swatch.setFixedSize(10, 42)
        head.addWidget(self.swatch)
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

        self.time_left = ClockWidget(tr("Time left"), "00:00.0")
        self.lap_clock = ClockWidget(tr("Current lap"), "00:00.00")
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
        lap_row.addWidget(card(self.resets_value, title=tr("Resets this lap"), spacing=0), 1)
        centre.addLayout(lap_row, 3)
        stats = QHBoxLayout()
        stats.setSpacing(10)
        for title, label in (
            (tr("Laps valid / total"), self.laps_value),
            (tr("Fastest lap"), self.fastest_value),
            (tr("Fastest average"), self.average_value),
        ):
            label.setObjectName("Big")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            stats.addWidget(card(label, title=title, spacing=2), 1)
        centre.addLayout(stats)

    def show_run(self, view: RunView | None, has_track: bool, fastest_ms: int | None) -> None:
        """The run as race control last described it; ``fastest_ms`` is what the lap table shows (it may
        be a lap ahead of the view)."""
        self.view = view
        if view is None:
            self.racer_name.setText(
                tr("No racer on track") if has_track else tr("Pick an event on the Event page")
            )
            self.state_label.setText(
                tr("Pick the next racer on the left (N), then press Space to start.") if has_track else ""
            )
            self.runs_label.setText("")
            self.swatch.setStyleSheet("background: transparent;")
            self.time_left.set_text("–")
            self.lap_clock.set_text("–")
        else:
            run = view.run
            state = tr(STATE_TEXT.get(run.state, run.state.value))
            if view.raced_by_proxy:
                state += " · " + tr("raced by proxy")
            if run.config.format is RaceFormat.LAP_COUNT and run.config.laps_to_finish:
                target = run.config.laps_to_finish
                state += " · " + tr("lap {n} / {target}").format(
                    n=min(run.valid_laps + 1, target), target=target
                )
            self.state_label.setText(state)
        self._show_counters(fastest_ms)
        self.tick()
        running = view is not None and view.state is RunState.RUNNING
        if running and not self._frame.isActive():
            self._frame.start()
        elif not running:
            self._frame.stop()

    def show_racer(self, racer: RacerRecord, runs_text: str) -> None:
        proxy = self.view is not None and self.view.raced_by_proxy
        self.racer_name.setText(racer.shown_name + ("*" if proxy else ""))
        self.swatch.setStyleSheet(
            f"background: {colour_of(racer.highlight_colour).name()}; border-radius: 3px;"
        )
        self.runs_label.setText(tr(" · runs done {runs_text}").format(runs_text=runs_text))

    def _show_counters(self, fastest_ms: int | None) -> None:
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
            tr("More resets than allowed: this lap will be invalid")
            if over
            else tr("Resets allowed per lap: {value}").format(
                value="unlimited" if allowed is None else allowed
            )
        )
        self.laps_value.setText(f"{run.valid_laps} / {len(run.laps)}")
        self.fastest_value.setText(lap_text(fastest_ms))
        average = fastest_average(v)
        self.average_value.setText(lap_text(average) if average is not None else "–")

    def tick(self) -> None:
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
