"""The commentator's panel: the racer on track (or any racer) with a chart of their laps and their stats.

Bars are coloured as on every display (race-rules.md): invalid, valid, personal best (green), event best
(purple); a dashed line marks the event's fastest lap so a commentator sees at a glance how close they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from drem_desktop.domain.lap_kind import lap_kinds
from drem_desktop.domain.leaderboard import COMBINED
from drem_desktop.domain.race_config import Ranking
from drem_desktop.domain.ranking import TIME, VALID, LapTuple
from drem_desktop.domain.records import RacerRecord
from drem_desktop.domain.stats import RacerStats
from drem_desktop.events import LapRecorded, LeaderboardChanged, RunChanged, RunStateChanged
from drem_desktop.ui.context import ScreenContext
from drem_desktop.ui.i18n import tr
from drem_desktop.ui.theme import EVENT_BEST, INVALID, PERSONAL_BEST, current_palette, lap_text
from drem_desktop.ui.widgets import card

VALID_BAR = "#4c8dff"


@dataclass(frozen=True, slots=True)
class LapBar:
    x: int
    run: int
    lap: int
    time_ms: int
    kind: str  # invalid | valid | personal-best | event-best


@dataclass(frozen=True, slots=True)
class RacerPicture:
    racer: RacerRecord
    bars: tuple[LapBar, ...]
    event_best_ms: int | None
    stats: RacerStats
    rank: int | None
    live: bool


def classify(runs: list[tuple[LapTuple, ...]], event_best: int | None) -> list[LapBar]:
    """Each lap's colour, by the one rule of ``domain.lap_kind`` (the racer's runs in the order driven)."""
    kinds = iter(
        lap_kinds(((lap[TIME], bool(lap[VALID])) for laps in runs for lap in laps), None, event_best)
    )
    bars: list[LapBar] = []
    x = 0
    for r, laps in enumerate(runs):
        for i, lap in enumerate(laps):
            bars.append(LapBar(x, r, i, lap[TIME], next(kinds).value))
            x += 1
        x += 1  # a gap between runs
    return bars


class LapChart(pg.PlotWidget):
    COLOURS = {
        "invalid": INVALID,
        "valid": VALID_BAR,
        "personal-best": PERSONAL_BEST,
        "event-best": EVENT_BEST,
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        p = current_palette()
        super().__init__(parent, background=p.panel)
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.showGrid(x=False, y=True, alpha=0.2)
        self.setLabel("left", tr("lap time"), units="s", color=p.muted)
        for axis in ("left", "bottom"):
            self.getAxis(axis).setPen(pg.mkPen(p.border))
            self.getAxis(axis).setTextPen(pg.mkPen(p.muted))
        self.legend = self.addLegend(offset=(10, 10), labelTextColor=p.text, brush=pg.mkBrush(p.panel))

    def show_bars(self, bars: tuple[LapBar, ...], event_best_ms: int | None) -> None:
        self.clear()
        self.legend.clear()
        for kind, colour in self.COLOURS.items():
            xs = [b.x for b in bars if b.kind == kind]
            hs = [b.time_ms / 1000 for b in bars if b.kind == kind]
            label = {
                "invalid": tr("invalid"),
                "valid": tr("valid"),
                "personal-best": tr("personal best"),
                "event-best": tr("event best"),
            }[kind]
            item = pg.BarGraphItem(x=xs, height=hs, width=0.75, brush=pg.mkBrush(colour), pen=pg.mkPen(None))
            self.addItem(item)
            self.legend.addItem(item, label)
        if event_best_ms is not None:
            line = pg.InfiniteLine(
                pos=event_best_ms / 1000,
                angle=0,
                pen=pg.mkPen(EVENT_BEST, width=2, style=Qt.PenStyle.DashLine),
                label=tr("event best {time}").format(time=lap_text(event_best_ms)),
                labelOpts={
                    "position": 0.02,
                    "color": EVENT_BEST,
                    "anchors": [(0, 1), (0, 1)],
                    "fill": pg.mkBrush(current_palette().panel),
                },
            )
            self.addItem(line)
        top = max([b.time_ms for b in bars] + [event_best_ms or 0]) / 1000
        self.setYRange(0, max(1.0, top * 1.12), padding=0)
        if bars:
            self.setXRange(-0.8, bars[-1].x + 0.8, padding=0)
        ticks = [(b.x, f"{b.lap + 1}") for b in bars]
        self.getAxis("bottom").setTicks([ticks])


class CommentatorPanel(QWidget):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self.ctx = ctx
        self.racer_id: str | None = None
        self.follow_live = True
        self.picture: RacerPicture | None = None
        self._stale = False  # changed while hidden: refresh when shown
        self._build()
        for t in (LapRecorded, RunChanged, RunStateChanged, LeaderboardChanged):
            ctx.bridge.on(t, self._on_change, self)
        ctx.current.changed.connect(self.start)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 14, 14, 14)
        outer.setSpacing(12)
        top = QHBoxLayout()
        self.picker = QComboBox()
        self.picker.setMinimumWidth(280)
        self.picker.activated.connect(self._picked)
        self.name = QLabel("–")
        self.name.setObjectName("Big")
        self.where = QLabel("")
        self.where.setObjectName("Muted")
        top.addWidget(self.name)
        top.addWidget(self.where)
        top.addStretch(1)
        top.addWidget(QLabel(tr("Racer")))
        top.addWidget(self.picker)
        outer.addLayout(top)
        self.chart = LapChart()
        outer.addWidget(card(self.chart, title=tr("Laps (all runs at this event)")), 3)
        grid = QGridLayout()
        grid.setSpacing(10)
        self.values: dict[str, QLabel] = {}
        fields = (
            ("rank", tr("Rank")),
            ("fastest", tr("Fastest lap")),
            ("average", tr("Fastest average")),
            ("mean", tr("Mean valid lap")),
            ("laps", tr("Valid / invalid laps")),
            ("ratio", tr("Completion")),
            ("streak", tr("Most valid in a row")),
            ("resets", tr("Total resets")),
            ("runs", tr("Runs")),
            ("per_run", tr("Laps per run")),
        )
        for i, (key, title) in enumerate(fields):
            v = QLabel("–")
            v.setObjectName("Big")
            v.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.values[key] = v
            grid.addWidget(card(v, title=title, spacing=2), i // 5, i % 5)
        outer.addLayout(grid)

    def start(self) -> None:
        event_id = self.ctx.current.event_id
        if event_id is None:
            return
        app = self.ctx.app

        def load() -> list[RacerRecord]:
            ids = {row.racer_id for row in app.leaderboards.rows(event_id, COMBINED, Ranking.BEST_LAP)}
            return [r for r in app.racers.list() if r.racer_id in ids]

        self.ctx.background.run(load, done=self._racers_loaded)
        self.refresh()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def _racers_loaded(self, racers: list[RacerRecord]) -> None:
        keep = self.picker.currentData()
        self.picker.clear()
        self.picker.addItem(tr("Follow the racer on track"), "")
        for r in racers:
            self.picker.addItem(f"{r.shown_name} ({r.username})", r.racer_id)
        if keep:
            self.picker.setCurrentIndex(max(0, self.picker.findData(keep)))

    def _picked(self, index: int) -> None:
        racer_id = self.picker.itemData(index) or None
        self.follow_live = racer_id is None
        if racer_id:
            self.racer_id = racer_id
        self.refresh()

    def show_racer(self, racer_id: str) -> None:
        self.follow_live = False
        self.racer_id = racer_id
        self.refresh()

    def _on_change(self, e: Any) -> None:
        if getattr(e, "event_id", None) in (self.ctx.current.event_id, ""):
            self.refresh()

    def refresh(self) -> None:
        event_id = self.ctx.current.event_id
        if event_id is None:
            return
        if not self.isVisible():  # nobody is looking: catch up when the page is shown
            self._stale = True
            return
        app = self.ctx.app
        follow, chosen = self.follow_live, self.racer_id

        def load() -> RacerPicture | None:
            live = [v for v in app.race_control.views() if v.event_id == event_id]
            racer_id = live[0].racer_id if follow and live else chosen
            if racer_id is None:
                rows = app.leaderboards.rows(event_id, COMBINED, Ranking.BEST_LAP)
                racer_id = rows[0].racer_id if rows else None
            if racer_id is None:
                return None
            rows = app.leaderboards.rows(event_id, COMBINED, Ranking.BEST_LAP)
            event_best = rows[0].fastest_lap_ms if rows and rows[0].rank is not None else None
            runs = app.leaderboards.runs_of(event_id, racer_id)
            runs.sort(key=lambda r: r.order)
            rank = next((r.rank for r in rows if r.racer_id == racer_id), None)
            return RacerPicture(
                app.racers.get(racer_id),
                tuple(classify([r.laps for r in runs], event_best)),
                event_best,
                app.leaderboards.racer_stats(event_id, racer_id),
                rank,
                any(v.racer_id == racer_id for v in live),
            )

        self.ctx.background.run(load, done=self._show)

    def _show(self, pic: RacerPicture | None) -> None:
        self.picture = pic
        if pic is None:
            self.name.setText(tr("No laps yet"))
            return
        self.name.setText(pic.racer.shown_name)
        self.where.setText(tr("  ● on track now") if pic.live else "")
        self.chart.show_bars(pic.bars, pic.event_best_ms)
        s = pic.stats
        v = self.values
        v["rank"].setText(str(pic.rank) if pic.rank else "–")
        v["fastest"].setText(lap_text(s.fastest_lap_ms))
        v["average"].setText(lap_text(s.fastest_average_ms))
        v["mean"].setText(lap_text(s.mean_valid_ms))
        v["laps"].setText(f"{s.valid_laps} / {s.invalid_laps}")
        v["ratio"].setText("–" if s.completion_ratio is None else f"{s.completion_ratio * 100:.1f} %")
        v["streak"].setText(str(s.most_consecutive_valid))
        v["resets"].setText(str(s.total_resets))
        v["runs"].setText(str(s.runs))
        v["per_run"].setText("–" if s.average_laps_per_run is None else f"{s.average_laps_per_run:.1f}")
