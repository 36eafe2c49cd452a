"""The audience's leaderboard: its own top-level window for the projector or second monitor.

Dark, high-contrast and large (readable from 10 m on a 1080p projector): the top three get medal badges, a
racer who just improved is highlighted and scrolled to, long lists scroll by themselves, and the footer shows
who is on track with their clocks. Right-click (or the keys F11, T, F, 1–9) chooses the screen, fullscreen,
track or combined, and fastest lap or average.

This module wires the window: layout, bus events, keys and menu, and when to read. The rows' text is the
model's (``model``), their painting the delegate's (``delegate``), the table's whole-row fit the view's
(``table``), going to a screen and fullscreen the base class's (``screens``), and the footer's reads
``live``'s.
"""

from __future__ import annotations

import functools
import gc
import time
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from drem_desktop.domain.leaderboard import COMBINED, LeaderboardRow
from drem_desktop.domain.race_config import Ranking
from drem_desktop.domain.run import RunState
from drem_desktop.events import (
    EventChanged,
    LapRecorded,
    LeaderboardChanged,
    QueueChanged,
    RacerChanged,
    RaceSummaryReady,
    RunChanged,
    RunStateChanged,
)
from drem_desktop.ui.context import ScreenContext
from drem_desktop.ui.i18n import tr
from drem_desktop.ui.leaderboard.delegate import BoardDelegate
from drem_desktop.ui.leaderboard.live import LiveRun, OnTrack, race_day_line
from drem_desktop.ui.leaderboard.model import HIGHLIGHT_SECONDS, LeaderboardModel
from drem_desktop.ui.leaderboard.palette import BG, MUTED, TEXT
from drem_desktop.ui.leaderboard.screens import ScreenWindow
from drem_desktop.ui.leaderboard.table import BoardTable
from drem_desktop.ui.theme import CLOCK_FONT, UI_FONT, clock_text, lap_text
from drem_desktop.ui.widgets import QrCode, shortcut

PAGE_SECONDS = 7.0


def freeze_long_lived() -> None:
    """Moves what is alive now (boards, racers, rows: built once, kept all day) out of the garbage
    collector's sight, so a full collection never stalls a frame while racers watch the board."""
    gc.freeze()


class LeaderboardWindow(ScreenWindow):
    def __init__(self, ctx: ScreenContext, track: str = COMBINED, ranking: Ranking | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(tr("DREM leaderboard"))
        self.track = track  # a track id or "combined"
        self.ranking = ranking
        self._pending = False
        self._dirty = False
        self._live: list[LiveRun] = []
        self._on_track = OnTrack(ctx)  # who is on track, and the racers' names it keeps
        self._autoscroll_pause_until = 0.0
        self._stale = False  # changed while hidden: refresh when shown
        self._want_highlight: tuple[str, bool] | None = None  # (racer, even if unmoved) after the next read
        self.setStyleSheet(f"background: {BG}; color: {TEXT};")
        self.setAutoFillBackground(True)
        self._build()
        self._wire()

    # -- layout -------------------------------------------------------------------------------------
    def _build(self) -> None:
        box = QVBoxLayout(self)
        box.setContentsMargins(40, 28, 40, 20)
        box.setSpacing(14)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        self.title = QLabel(tr("Leaderboard"))
        self.subtitle = QLabel("")
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        titles.addStretch(1)
        head.addLayout(titles, 1)
        qr_box = QVBoxLayout()
        self.qr = QrCode("", dark="#0b0d12", light="#ffffff")
        self.qr_caption = QLabel(tr("Live results on your phone"))
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        qr_box.addWidget(self.qr, 1)
        qr_box.addWidget(self.qr_caption)
        head.addLayout(qr_box)
        box.addLayout(head)

        self.model = LeaderboardModel()
        self.table = BoardTable(self.model)
        self.delegate = BoardDelegate(self.model, self.table)
        self.table.setItemDelegate(self.delegate)
        # The table sits in an area that takes the room left; it is as tall as the whole rows that fit there
        # (_fit_whole_rows), so no row is ever cut in half, whatever footer lines come and go.
        self.table_area = QWidget()
        area = QVBoxLayout(self.table_area)
        area.setContentsMargins(0, 0, 0, 0)
        area.addWidget(self.table, 1)  # all the room up to its whole-rows maximum …
        area.addStretch(0)  # … and the few pixels left over below it
        box.addWidget(self.table_area, 1)
        self.table_area.installEventFilter(self)

        self.footer = QFrame()
        self.footer.setStyleSheet("QFrame { background: #151922; border-radius: 10px; }")
        fl = QHBoxLayout(self.footer)
        fl.setContentsMargins(24, 10, 24, 10)
        self.on_track = self._footer_cell(tr("On track"), "–")
        self.time_left = self._footer_cell(tr("Time left"), "–", clock=True)
        self.current_lap = self._footer_cell(tr("Current lap"), "–", clock=True)
        self.best_lap = self._footer_cell(tr("Best lap"), "–", clock=True)
        for i, cell in enumerate((self.on_track, self.time_left, self.current_lap, self.best_lap)):
            fl.addWidget(cell[0], 3 if i == 0 else 2)
        box.addWidget(self.footer)
        self.race_day = QLabel("")  # the last run's summary, else who is up next (the run queue)
        self.race_day.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.race_day.hide()
        box.addWidget(self.race_day)
        self.footer_text = QLabel("")
        self.footer_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.footer_text)
        self._apply_scale()

    def _footer_cell(self, caption: str, value: str, clock: bool = False) -> tuple[QWidget, QLabel, QLabel]:
        w = QWidget()
        w.setStyleSheet("background: transparent;")
        v = QVBoxLayout(w)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(0)
        c = QLabel(caption.upper())
        val = QLabel(value)
        val.setProperty("clock", clock)
        # the cell keeps its share of the footer whatever the text: a long name is cut, not spilled over
        val.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        val.setMinimumWidth(1)
        v.addWidget(c)
        v.addWidget(val)
        return w, c, val

    def _apply_scale(self) -> None:
        """Sizes scale with the window height: 15 readable rows at 1080p, a small window stays usable."""
        h = max(400, self.height())
        s = h / 1080
        self.delegate.scale = s
        self.base_row = int(44 * s)
        self.title.setStyleSheet(f"font: bold {int(44 * s)}px '{UI_FONT}'; color: {TEXT};")
        self.subtitle.setStyleSheet(f"font: {int(24 * s)}px '{UI_FONT}'; color: {MUTED};")
        self.qr.setFixedSize(int(120 * s), int(120 * s))
        self.qr_caption.setStyleSheet(f"font: {int(18 * s)}px '{UI_FONT}'; color: {MUTED};")
        self.table.apply_scale(s)
        for _w, cap, val in (self.on_track, self.time_left, self.current_lap, self.best_lap):
            cap.setStyleSheet(f"font: bold {int(18 * s)}px '{UI_FONT}'; color: {MUTED}; letter-spacing: 2px;")
            family = CLOCK_FONT if val.property("clock") else UI_FONT
            val.setStyleSheet(f"font: bold {int(34 * s)}px '{family}'; color: {TEXT};")
        self.footer_text.setStyleSheet(f"font: {int(20 * s)}px '{UI_FONT}'; color: {MUTED};")
        self.race_day.setStyleSheet(f"font: {int(24 * s)}px '{UI_FONT}'; color: {TEXT};")
        QTimer.singleShot(0, self._fit_whole_rows)

    def _fit_whole_rows(self) -> None:
        """About 44 px rows at 1080p (15 of them), stretched to the room, in a table exactly that tall."""
        self.table.fit_whole_rows(self.table_area.height(), max(8, getattr(self, "base_row", 44)))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._refresh_race_day)
        if self._stale:
            self._stale = False
            self.refresh()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._apply_scale()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.table_area and event.type() == QEvent.Type.Resize:
            self._fit_whole_rows()
        return super().eventFilter(watched, event)

    def rows_shown(self) -> int:
        """Whole rows the table shows at once (15 at 1080p)."""
        return (self.table.viewport().height()) // max(1, self.table.verticalHeader().defaultSectionSize())

    # -- wiring -------------------------------------------------------------------------------------
    def _wire(self) -> None:
        b = self.ctx.bridge
        b.on(LeaderboardChanged, self._on_board, self)
        b.on(RunStateChanged, self._on_run, self)
        b.on(LapRecorded, self._on_run, self)
        b.on(RunChanged, self._on_run, self)
        b.on(EventChanged, lambda _e: self.refresh(), self)
        b.on(RacerChanged, lambda e: self._on_track.forget(e.racer_id), self)
        b.on(RaceSummaryReady, lambda _e: self._refresh_race_day(), self)
        b.on(QueueChanged, lambda _e: self._refresh_race_day(), self)
        self._race_day_timer = QTimer(self)
        self._race_day_timer.setInterval(5000)  # the summary goes after its twenty seconds
        self._race_day_timer.timeout.connect(self._refresh_race_day)
        self._race_day_timer.start()
        self.ctx.current.changed.connect(self.refresh)
        self.ctx.current.network_changed.connect(self._update_titles)
        self._frame = QTimer(self)
        self._frame.setInterval(50)  # footer clocks show tenths: 20 updates a second are plenty
        self._frame.timeout.connect(self._tick)
        self._frame.start()
        self._scroller = QTimer(self)
        self._scroller.setInterval(250)
        self._scroller.timeout.connect(self._autoscroll)
        self._scroller.start()
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(lambda pos: self.menu().exec(self.mapToGlobal(pos)))
        for key, slot in (
            ("F11", self.toggle_fullscreen),
            ("Esc", self.leave_fullscreen),
            ("T", self.next_track),
            ("F", self.toggle_format),
        ):
            shortcut(key, self, slot)
        for n in range(1, 10):
            shortcut(str(n), self, functools.partial(self.move_to_screen, n - 1))

    def menu(self) -> QMenu:
        m = QMenu(self)
        event = self.ctx.current.event_info
        tracks = m.addMenu(tr("Board"))
        choices = [(COMBINED, tr("All tracks combined"))]
        if event:
            choices += [(t.track_id, t.label) for t in event.tracks]
        for key, label in choices:
            a = QAction(label, tracks, checkable=True, checked=key == self.track)
            a.triggered.connect(lambda _c=False, k=key: self.set_board(k, self.ranking))
            tracks.addAction(a)
        fmt = m.addMenu(tr("Format"))
        for ranking, label in (
            (Ranking.BEST_LAP, tr("Fastest lap")),
            (Ranking.BEST_AVERAGE, tr("Fastest average")),
        ):
            a = QAction(label, fmt, checkable=True, checked=ranking is self.effective_ranking())
            a.triggered.connect(lambda _c=False, r=ranking: self.set_board(self.track, r))
            fmt.addAction(a)
        screens = m.addMenu(tr("Screen"))
        for i, screen in enumerate(QGuiApplication.screens()):
            g = screen.geometry()
            a = QAction(f"{i + 1}: {screen.name()} ({g.width()}×{g.height()})", screens)
            a.triggered.connect(lambda _c=False, i=i: self.move_to_screen(i))
            screens.addAction(a)
        m.addAction(tr("Fullscreen (F11)"), self.toggle_fullscreen)
        m.addAction(tr("Close"), self.close)
        return m

    # -- choices ------------------------------------------------------------------------------------
    def effective_ranking(self) -> Ranking:
        if self.ranking is not None:
            return self.ranking
        event = self.ctx.current.event_info
        return event.config.ranking if event else Ranking.BEST_LAP

    def set_board(self, track: str, ranking: Ranking | None) -> None:
        self.track, self.ranking = track, ranking
        self.refresh()

    def next_track(self) -> None:
        event = self.ctx.current.event_info
        keys = [COMBINED] + ([t.track_id for t in event.tracks] if event else [])
        i = keys.index(self.track) if self.track in keys else 0
        self.set_board(keys[(i + 1) % len(keys)], self.ranking)

    def toggle_format(self) -> None:
        other = Ranking.BEST_AVERAGE if self.effective_ranking() is Ranking.BEST_LAP else Ranking.BEST_LAP
        self.set_board(self.track, other)

    def move_to_screen(self, index: int) -> None:
        """Puts the board on screen ``index`` (keys 1-9) and remembers it for the next start."""
        if self.put_on_screen(index):
            self.ctx.save_setting("leaderboard_screen", index + 1)

    # -- data ---------------------------------------------------------------------------------------
    def _on_board(self, e: LeaderboardChanged) -> None:
        event_id = self.ctx.current.event_id
        if e.event_id in ("", event_id) and (self.track == COMBINED or e.track_id in (None, self.track)):
            if not self.isVisible():
                self._stale = True
            elif event_id and e.track_id is not None and e.racer_id and self.model.rows and not self._pending:
                self._refresh_now(event_id, e.racer_id)
            else:
                self.refresh(e.racer_id)

    def _refresh_now(self, event_id: str, racer_id: str) -> None:
        """A lap moved one racer on a board this window already shows. The board is warm in memory (the
        service just updated it in place), so re-ranking is CPU only, about a millisecond for 2,000
        racers, and is done right here: two thread hops fewer, and the new row paints in the same frame."""
        ranking = self.effective_ranking()
        rows = self.ctx.app.leaderboards.rows_if_warm(event_id, self.track, ranking)
        if rows is None:  # cold or busy (or the track went away): never wait here, fetch in the background
            self.refresh(racer_id)
            return
        self._want_highlight = (racer_id, False)
        self._rows_arrived(rows, ranking)

    def _on_run(self, e: Any) -> None:
        if e.event_id == self.ctx.current.event_id:
            self._refresh_live()
            if isinstance(e, RunStateChanged) and e.state == RunState.SUBMITTED.value:
                self.refresh(e.racer_id, force_highlight=True)

    def refresh(self, racer_id: str | None = None, force_highlight: bool = False) -> None:
        """Fetches the rows off the UI thread; one request in flight, the latest change wins."""
        event = self.ctx.current.event_info
        if event is None:
            self.model.rank([], self.effective_ranking())
            self.title.setText(tr("Leaderboard"))
            self.subtitle.setText(tr("No event selected"))
            return
        if not self.isVisible() and self.model.rows:  # closed: catch up when shown again
            self._stale = True
            return
        self._update_titles()
        if racer_id:
            self._want_highlight = (racer_id, force_highlight)
        if self._pending:
            self._dirty = True
            return
        self._pending = True
        track, ranking = self.track, self.effective_ranking()
        lb = self.ctx.app.leaderboards
        if track != COMBINED and not any(t.track_id == track for t in event.tracks):
            track = self.track = COMBINED
        self.ctx.background.run(
            lb.rows,
            event.event_id,
            track,
            ranking,
            done=lambda rows: self._rows_arrived(rows, ranking),
            failed=self._rows_failed,
        )
        if racer_id is None:
            self._refresh_live()

    def _rows_failed(self, message: str) -> None:
        self._pending = False
        self.subtitle.setText(message)

    def _rows_arrived(self, rows: Sequence[LeaderboardRow], ranking: Ranking) -> None:
        self._pending = False
        first_fill = not self.model.rows and len(rows) > 100
        event = self.ctx.current.event_info
        window = event.config.average_window if event is not None else self.model.window
        if window != self.model.window:
            self.model.window = window
            self.model._cell_cache.clear()
        moved = self.model.rank(rows, ranking)
        if first_fill:
            freeze_long_lived()
        wanted, self._want_highlight = self._want_highlight, None
        if wanted is not None:
            racer_id, force = wanted
            if force or racer_id in moved:
                row = self.model.highlight(racer_id)
                if row is not None:
                    self._autoscroll_pause_until = time.monotonic() + HIGHLIGHT_SECONDS
                    self.table.scrollTo(
                        self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter
                    )
        self.table.viewport().update()
        if self._dirty:
            self._dirty = False
            self.refresh()

    def _update_titles(self) -> None:
        event = self.ctx.current.event_info
        if event is None:
            return
        track = next((t for t in event.tracks if t.track_id == self.track), None)
        title = track.leaderboard_title if track and track.leaderboard_title else event.name
        where = track.label if track else (tr("All tracks") if len(event.tracks) > 1 else "")
        if where and where in title:
            where = ""
        fmt = (
            tr("Fastest lap")
            if self.effective_ranking() is Ranking.BEST_LAP
            else tr("Fastest average of {n} laps").format(n=event.config.average_window)
        )
        self.title.setText(title)
        self.subtitle.setText(" · ".join(p for p in (where, fmt) if p))
        footer = (track.leaderboard_footer if track else "") or self.ctx.setting("leaderboard_footer") or ""
        self.footer_text.setText(footer)
        self.footer_text.setVisible(bool(footer))
        url = self.ctx.setting("leaderboard_url") or (
            f"{self.ctx.lan_urls[0].rstrip('/')}/leaderboard/{event.event_id}" if self.ctx.lan_urls else ""
        )
        if url != self.qr.data:
            self.qr.set_data(url)
        self.qr_caption.setVisible(bool(url))
        self.header_model_refresh()

    def header_model_refresh(self) -> None:
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(LeaderboardModel.HEADERS) - 1)

    def _refresh_live(self) -> None:
        self._on_track.read(self.track, self._live_arrived)

    def _live_arrived(self, live: list[LiveRun]) -> None:
        self._live = live
        self._tick()

    def _tick(self) -> None:
        if self._live:
            view, name = self._live[0]
            now = time.monotonic() * 1000
            shown = name if len(self._live) == 1 else f"{name} +{len(self._live) - 1}"
            label = self.on_track[2]
            label.setToolTip(shown)
            label.setText(label.fontMetrics().elidedText(shown, Qt.TextElideMode.ElideRight, label.width()))
            self.time_left[2].setText(clock_text(view.time_left_ms(now), 1))
            self.current_lap[2].setText(
                clock_text(view.current_lap_ms(now), 1)
                if view.state in (RunState.RUNNING, RunState.PAUSED)
                else "–"
            )
            valid = [lap.time_ms for lap in view.run.laps if lap.valid]
            self.best_lap[2].setText(lap_text(min(valid)) if valid else "–")
        else:
            for cell in (self.on_track, self.time_left, self.current_lap, self.best_lap):
                cell[2].setText("–")
        if self.model.highlight_id is not None and self.model.highlight_strength() == 0:
            row = self.model.row_of(self.model.highlight_id)
            self.model.highlight_id = None
            if row is not None:  # the highlight is over: repaint just that row
                y = self.table.rowViewportPosition(row)
                self.table.viewport().update(0, y, self.table.viewport().width(), self.table.rowHeight(row))

    def _autoscroll(self) -> None:
        """Long lists page by themselves: a page every few seconds, back to the top after the last.

        Paging rather than creeping keeps names still long enough to read from the back of the room, and
        costs one repaint per page instead of twenty-five a second."""
        bar = self.table.verticalScrollBar()
        now = time.monotonic()
        if bar.maximum() <= 0 or now < self._autoscroll_pause_until:
            return
        row_h = self.table.verticalHeader().defaultSectionSize()
        page = max(row_h, (self.table.viewport().height() // row_h) * row_h)  # whole rows per page
        bar.setValue(0 if bar.value() >= bar.maximum() else min(bar.maximum(), bar.value() + page))
        self._autoscroll_pause_until = now + (PAGE_SECONDS * 1.5 if bar.value() == 0 else PAGE_SECONDS)

    def start(self) -> None:
        self.refresh()
        self._refresh_race_day()

    # -- the race-day line: the last run's summary, else who is up next -----------------------------------
    def _refresh_race_day(self) -> None:
        event = self.ctx.current.event_info
        if event is None or not self.isVisible():
            return
        tracks = [t.track_id for t in event.tracks if self.track in (COMBINED, t.track_id)]
        self.ctx.background.run(race_day_line, self.ctx.app, tracks, done=self._race_day_arrived)

    def _race_day_arrived(self, text: str) -> None:
        self.race_day.setText(text)
        self.race_day.setVisible(bool(text))
