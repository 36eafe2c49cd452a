"""The audience's leaderboard: its own top-level window for the projector or second monitor.

Dark, high-contrast and large (readable from 10 m on a 1080p projector): the top three get medal badges, a
racer who just improved is highlighted and scrolled to, long lists scroll by themselves, and the footer shows
who is on track with their clocks. Right-click (or the keys F11, T, F, 1–9) chooses the screen, fullscreen,
track or combined, and fastest lap or average.
"""

from __future__ import annotations

import functools
import gc
import time
from typing import Any

from PySide6.QtCore import QEvent, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QGuiApplication,
    QPainter,
    QPainterPath,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from drem_desktop.domain.leaderboard import COMBINED, LeaderboardRow, no_figure_text
from drem_desktop.domain.race_config import Ranking
from drem_desktop.domain.records import RacerRecord
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
from drem_desktop.flags import flag_path
from drem_desktop.services.race_control import RunView
from drem_desktop.ui.context import ScreenContext
from drem_desktop.ui.i18n import tr
from drem_desktop.ui.table_model import Index, TableModel
from drem_desktop.ui.theme import BRONZE, CLOCK_FONT, GOLD, SILVER, UI_FONT, clock_text, colour_of, lap_text
from drem_desktop.ui.widgets import QrCode, shortcut

BG = "#0b0d12"
ROW = "#151922"
ROW_ALT = "#11151c"
TEXT = "#f4f6fb"
MUTED = "#8d96a8"
ACCENT = "#4c8dff"
HIGHLIGHT_SECONDS = 10.0
PAGE_SECONDS = 7.0
FULLSCREEN_CHECK_MS = 400  # a window manager has made the window fullscreen by then, if there is one
MEDALS = {1: GOLD, 2: SILVER, 3: BRONZE}


def freeze_long_lived() -> None:
    """Moves what is alive now (boards, racers, rows: built once, kept all day) out of the garbage
    collector's sight, so a full collection never stalls a frame while racers watch the board."""
    gc.freeze()


class LeaderboardModel(TableModel[LeaderboardRow]):
    """Leaderboard rows as the service ranks them; remembers who to highlight and for how long."""

    HEADERS = ("Rank", "Racer", "Country", "Time", "Gap", "To next", "Laps")
    TO_NEXT = 5
    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self) -> None:
        super().__init__()
        self.ranking = Ranking.BEST_LAP
        self.window = 3  # the event's average window, for "no 3-lap average yet"
        self.highlight_id: str | None = None
        self.highlight_since = 0.0
        self.revision = 0
        self.cells: list[tuple[str, ...]] = []
        self._cell_cache: dict[int, tuple[LeaderboardRow, tuple[str, ...]]] = {}
        self._leader: float | None = None

    def figure(self, row: LeaderboardRow) -> float | None:
        return row.fastest_average_ms if self.ranking is Ranking.BEST_AVERAGE else row.fastest_lap_ms

    def rank(self, rows: list[LeaderboardRow], ranking: Ranking) -> list[str]:
        """Replaces the rows; returns racers whose figure or rank changed (for highlighting).

        The service hands back the same row objects for racers whose standing did not change, so a lap
        costs work (and a repaint) only for the rows that really moved, even with thousands of racers.
        """
        ranking_changed = ranking is not self.ranking
        self.ranking = ranking
        leader = self.figure(rows[0]) if rows else None
        if ranking_changed or leader != self._leader:
            self._cell_cache.clear()  # every gap changes with a new leader figure
        self._leader = leader
        old_rows = self.rows
        same_shape = len(old_rows) == len(rows) and not ranking_changed
        cache = self._cell_cache
        had_rows = bool(old_rows) and not ranking_changed
        moved: list[str] = []
        cells: list[tuple[str, ...]] = []
        first = last = -1
        for i, row in enumerate(rows):  # one pass: text, what moved, and the span to repaint
            hit = cache.get(id(row))
            if hit is None or hit[0] is not row:
                hit = cache[id(row)] = (row, self._cell(row, leader))
                if had_rows:
                    moved.append(row.racer_id)
            cells.append(hit[1])
            if same_shape and old_rows[i] is not row:
                if first < 0:
                    first = i
                last = i
        if len(cache) > 4 * len(rows) + 64:  # forget rows the service no longer hands out
            keep = {id(r) for r in rows}
            for key in [k for k in cache if k not in keep]:
                del cache[key]
        self.revision += 1
        if same_shape:
            self.rows, self.cells = rows, cells
            if first >= 0:  # only the span that moved is repainted (and of it only what is on screen)
                self.rows_changed(first, last)
        else:
            self.beginResetModel()
            self.rows, self.cells = rows, cells
            self.endResetModel()
        return moved

    def _cell(self, row: LeaderboardRow, leader: float | None) -> tuple[str, ...]:
        """A row's text, computed once per change rather than once per paint."""
        fig = self.figure(row)
        gap = "" if fig is None or leader is None or row.rank == 1 else f"+{(fig - leader) / 1000:.3f}"
        return (
            str(row.rank) if row.rank else "–",
            row.display_name + ("*" if row.raced_by_proxy else ""),
            row.country_code,
            lap_text(fig) if fig is not None else no_figure_text(self.ranking, self.window, row.valid_laps),
            gap,
            "",  # to the next place: depends on the row above, worked out when painted (to_next)
            f"{row.valid_laps}",
        )

    def to_next(self, i: int) -> str:
        """The gap to the racer one place ahead (the row above with a figure)."""
        fig = self.figure(self.rows[i])
        if fig is None or i == 0:
            return ""
        above = next((f for r in reversed(self.rows[:i]) if (f := self.figure(r)) is not None), None)
        return "" if above is None or above == fig else f"+{(fig - above) / 1000:.3f}"

    def highlight(self, racer_id: str | None) -> int | None:
        self.highlight_id = racer_id
        self.highlight_since = time.monotonic()
        return self.row_of(racer_id) if racer_id else None

    def highlight_strength(self) -> float:
        """1.0 while the highlight lasts (HIGHLIGHT_SECONDS), then 0: a steady band is easier to spot
        across a room than a fade, and costs two repaints instead of three hundred."""
        if self.highlight_id is None:
            return 0.0
        return 1.0 if time.monotonic() - self.highlight_since < HIGHLIGHT_SECONDS else 0.0

    def row_of(self, racer_id: str | None) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.racer_id == racer_id), None)

    def header(self, section: int) -> str:
        if section == 3:
            return tr("Average") if self.ranking is Ranking.BEST_AVERAGE else tr("Fastest lap")
        return super().header(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == self.RowRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.TO_NEXT:
                return self.to_next(index.row())
            return self.cells[index.row()][index.column()]
        return None


class BoardDelegate(QStyledItemDelegate):
    """Paints each row as a band: medal badge, colour stripe, big name and time."""

    def __init__(self, model: LeaderboardModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.scale = 1.0
        self._fonts: dict[tuple[str, int, bool], QFont] = {}
        self._flags: dict[str, QPixmap | None] = {}

    def flag(self, code: str) -> QPixmap | None:
        """The bundled flag image of a country code (never an emoji: those do not show on Windows)."""
        if code not in self._flags:
            path = flag_path(code)
            self._flags[code] = QPixmap(str(path)) if path is not None else None
        return self._flags[code]

    def font(self, family: str, pixels: int, bold: bool) -> QFont:
        key = (family, pixels, bold)
        f = self._fonts.get(key)
        if f is None:
            f = self._fonts[key] = QFont(family)
            f.setPixelSize(max(6, pixels))
            f.setBold(bold)
        return f

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        # the model is read directly: cheaper than a QModelIndex.data() round trip per cell on every repaint
        row: LeaderboardRow = self.model.rows[index.row()]
        text = self.model.cells[index.row()][index.column()]
        if index.column() == LeaderboardModel.TO_NEXT:
            text = self.model.to_next(index.row())
        r = option.rect
        col = index.column()
        s = self.scale
        painter.save()
        if col in (0, 1):
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        band = QColor(ROW if index.row() % 2 == 0 else ROW_ALT)
        if row.racer_id == self.model.highlight_id:
            strength = self.model.highlight_strength()
            if strength > 0:
                hi = colour_of(row.highlight_colour, ACCENT)
                band = QColor(
                    int(band.red() + (hi.red() - band.red()) * 0.55 * strength),
                    int(band.green() + (hi.green() - band.green()) * 0.55 * strength),
                    int(band.blue() + (hi.blue() - band.blue()) * 0.55 * strength),
                )
        painter.fillRect(r.adjusted(0, 3, 0, -3), band)
        medal = MEDALS.get(row.rank or 0)
        text_rect = r.adjusted(int(12 * s), 0, int(-12 * s), 0)
        h = r.height()
        if col == 0:
            d = int(r.height() * 0.66)
            circle = QRectF(r.left() + (r.width() - d) / 2, r.top() + (r.height() - d) / 2, d, d)
            if medal:
                painter.setBrush(QColor(medal))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawEllipse(circle)
                painter.setPen(QColor("#10131a"))
            else:
                painter.setPen(QColor(MUTED))
            painter.setFont(self.font(UI_FONT, int(h * 0.38), True))
            painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, str(row.rank) if row.rank else "–")
        elif col == 1:
            stripe = QRect(
                r.left(), r.top() + int(r.height() * 0.2), max(4, int(6 * s)), int(r.height() * 0.6)
            )
            path = QPainterPath()
            path.addRoundedRect(QRectF(stripe), 3, 3)
            painter.fillPath(path, colour_of(row.highlight_colour, "#3b4252"))
            painter.setFont(self.font(UI_FONT, int(h * (0.46 if medal else 0.42)), bool(medal)))
            painter.setPen(QColor(TEXT))
            name = text
            metrics = painter.fontMetrics()
            painter.drawText(
                text_rect.adjusted(int(10 * s), 0, 0, 0),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(name, Qt.TextElideMode.ElideRight, text_rect.width() - int(10 * s)),
            )
        elif col == 2 and (pixmap := self.flag(text)) is not None:
            fh = int(h * 0.42)
            fw = int(fh * 4 / 3)
            target = QRect(r.left() + int(10 * s), r.top() + (h - fh) // 2, fw, fh)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawPixmap(target, pixmap)
            painter.setFont(self.font(UI_FONT, int(h * 0.3), False))
            painter.setPen(QColor(MUTED))
            painter.drawText(
                r.adjusted(fw + int(18 * s), 0, 0, 0),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                text,
            )
        else:
            if col == 3 and row.rank is not None:
                painter.setFont(self.font(CLOCK_FONT, int(h * 0.46), True))
            else:
                painter.setFont(self.font(UI_FONT, int(h * (0.3 if col == 3 else 0.32)), False))
            colour = QColor(medal) if col == 3 and medal else QColor(TEXT if col == 3 else MUTED)
            if col == 3 and row.rank is None:
                colour = QColor(MUTED)
            painter.setPen(colour)
            align = Qt.AlignmentFlag.AlignVCenter | (
                Qt.AlignmentFlag.AlignRight if col in (3, 4, 5, 6) else Qt.AlignmentFlag.AlignHCenter
            )
            painter.drawText(text_rect, align, text)
        painter.restore()


class LeaderboardWindow(QWidget):
    def __init__(self, ctx: ScreenContext, track: str = COMBINED, ranking: Ranking | None = None) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.ctx = ctx
        self.setWindowTitle(tr("DREM leaderboard"))
        self.track = track  # a track id or "combined"
        self.ranking = ranking
        self._pending = False
        self._dirty = False
        self._live: list[tuple[RunView, str]] = []
        # Racers seen on track (names rarely change mid-run). Only the UI thread reads or writes it: a
        # worker gets a copy and hands back what it read; a rename in between makes that read stale.
        self._names: dict[str, RacerRecord] = {}
        self._names_version = 0
        self._autoscroll_pause_until = 0.0
        self._stale = False  # changed while hidden: refresh when shown
        self._want_highlight: tuple[str, bool] | None = None  # (racer, even if unmoved) after the next read
        self._covering: QRect | None = None  # the screen it covers by itself (no window manager)
        self._normal_geometry: QRect | None = None
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
        self.table = QTableView()
        self.table.setModel(self.model)
        self.delegate = BoardDelegate(self.model, self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setFrameShape(QFrame.Shape.NoFrame)
        self.table.setStyleSheet(f"QTableView {{ border: none; background: {BG}; }}")
        hh = self.table.horizontalHeader()
        hh.setHighlightSections(False)
        for col, mode in enumerate(
            (
                QHeaderView.ResizeMode.Fixed,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Fixed,
                QHeaderView.ResizeMode.Fixed,
                QHeaderView.ResizeMode.Fixed,
                QHeaderView.ResizeMode.Fixed,
                QHeaderView.ResizeMode.Fixed,
            )
        ):
            hh.setSectionResizeMode(col, mode)
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
        hh = self.table.horizontalHeader()
        hh.setStyleSheet(
            f"QHeaderView::section {{ background: {BG}; color: {MUTED}; border: none; "
            f"font: bold {int(20 * s)}px '{UI_FONT}'; padding: 4px 12px; }}"
        )
        hh.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        for col, width in ((0, 100), (2, 150), (3, 260), (4, 180), (5, 180), (6, 100)):
            hh.resizeSection(col, int(width * s))
        for _w, cap, val in (self.on_track, self.time_left, self.current_lap, self.best_lap):
            cap.setStyleSheet(f"font: bold {int(18 * s)}px '{UI_FONT}'; color: {MUTED}; letter-spacing: 2px;")
            family = CLOCK_FONT if val.property("clock") else UI_FONT
            val.setStyleSheet(f"font: bold {int(34 * s)}px '{family}'; color: {TEXT};")
        self.footer_text.setStyleSheet(f"font: {int(20 * s)}px '{UI_FONT}'; color: {MUTED};")
        self.race_day.setStyleSheet(f"font: {int(24 * s)}px '{UI_FONT}'; color: {TEXT};")
        QTimer.singleShot(0, self._fit_whole_rows)

    def _fit_whole_rows(self) -> None:
        """About 44 px rows at 1080p (15 of them), stretched to the room, in a table exactly that tall."""
        base = max(8, getattr(self, "base_row", 44))
        head = self.table.horizontalHeader().sizeHint().height()
        frame = 2 * self.table.frameWidth()
        room = self.table_area.height() - head - frame
        rows = max(1, room // base)
        height = max(8, room // rows)
        header = self.table.verticalHeader()
        if header.defaultSectionSize() != height:
            header.setDefaultSectionSize(height)
        self.table.setMaximumHeight(head + frame + rows * height)

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
        b.on(RacerChanged, lambda e: self._forget_name(e.racer_id), self)
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
        """Puts the board on screen ``index`` (keys 1-9), fullscreen again if it was, and keeps it shown:
        a window moved to a screen of another X display is re-created hidden, so it is shown again."""
        screens = QGuiApplication.screens()
        if not 0 <= index < len(screens):
            return
        target = screens[index]
        full = self.is_fullscreen()
        if full:
            self.leave_fullscreen()
        handle = self.windowHandle()
        if handle is not None and handle.screen() is not target:
            handle.setScreen(target)
        self.setGeometry(target.availableGeometry())
        self.show()
        self.raise_()
        if full:
            self.enter_fullscreen()
        self.ctx.save_setting("leaderboard_screen", index + 1)

    def is_fullscreen(self) -> bool:
        return self.isFullScreen() or self._covering is not None

    def toggle_fullscreen(self) -> None:
        if self.is_fullscreen():
            self.leave_fullscreen()
        else:
            self.enter_fullscreen()

    def enter_fullscreen(self) -> None:
        """Fullscreen through the window manager; with none (a bare X server at a venue PC, a kiosk
        session) the window covers its screen by itself, frameless."""
        self._normal_geometry = self.geometry()
        self.showFullScreen()
        QTimer.singleShot(FULLSCREEN_CHECK_MS, self._cover_screen_if_needed)

    def _cover_screen_if_needed(self) -> None:
        screen = self.screen()
        if screen is None or not self.isFullScreen() or self.geometry() == screen.geometry():
            return
        self._covering = screen.geometry()
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.setGeometry(self._covering)
        self.show()
        self.raise_()

    def leave_fullscreen(self) -> None:
        if self._covering is not None:
            self._covering = None
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint, False)
            self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, False)
            self.showNormal()
            if self._normal_geometry is not None:
                self.setGeometry(self._normal_geometry)
        elif self.isFullScreen():
            self.showNormal()

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

    def _rows_arrived(self, rows: list[LeaderboardRow], ranking: Ranking) -> None:
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

    def _forget_name(self, racer_id: str) -> None:
        self._names.pop(racer_id, None)
        self._names_version += 1  # a read in flight may carry the old name: it is not kept

    def _refresh_live(self) -> None:
        app = self.ctx.app
        track = self.track
        known = dict(self._names)
        version = self._names_version

        def live() -> tuple[list[tuple[RunView, RacerRecord]], dict[str, RacerRecord]]:
            views = [v for v in app.race_control.views() if track in (COMBINED, v.track_id)]
            read: dict[str, RacerRecord] = {}
            for v in views:
                if v.racer_id not in known and v.racer_id not in read:
                    read[v.racer_id] = app.racers.get(v.racer_id)
            return [(v, known.get(v.racer_id) or read[v.racer_id]) for v in views], read

        def arrived(result: tuple[list[tuple[RunView, RacerRecord]], dict[str, RacerRecord]]) -> None:
            self._live_arrived(result[0], result[1], version)

        self.ctx.background.run(live, done=arrived)

    def _live_arrived(
        self, live: list[tuple[RunView, RacerRecord]], read: dict[str, RacerRecord], version: int
    ) -> None:
        if version == self._names_version:
            self._names.update(read)
        running = [x for x in live if x[0].state is RunState.RUNNING]
        self._live = [(v, r.shown_name + ("*" if v.raced_by_proxy else "")) for v, r in (running or live)]
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
        app = self.ctx.app
        tracks = [t.track_id for t in event.tracks if self.track in (COMBINED, t.track_id)]

        def load() -> str:
            live = any(v.track_id in tracks for v in app.race_control.views())
            for t in tracks:
                summary = app.race_summaries.latest(t)
                if summary is not None and not live:
                    return summary_text(summary, app.racers.get(summary["racer_id"]).shown_name)
            names = [app.racers.get(e.racer_id).shown_name for t in tracks for e in app.queue.entries(t)[:3]]
            return tr("Up next: {names}").format(names=" · ".join(names[:3])) if names else ""

        self.ctx.background.run(load, done=self._race_day_arrived)

    def _race_day_arrived(self, text: str) -> None:
        self.race_day.setText(text)
        self.race_day.setVisible(bool(text))


def summary_text(s: dict[str, Any], name: str) -> str:
    """The race-summary footer: fastest, average, valid laps and the rank gained."""
    if s.get("new_on_board"):
        change = tr("new on the board")
    elif (s.get("rank_gained") or 0) > 0:
        change = tr("up {n}").format(n=s["rank_gained"])
    elif (s.get("rank_gained") or 0) < 0:
        change = tr("down {n}").format(n=-s["rank_gained"])
    else:
        change = tr("no change")
    ratio = "–" if s.get("completion") is None else f"{round(100 * s['completion'])} %"
    return tr(
        "{name} · fastest {fastest} · average {average} · {valid}/{laps} valid ({ratio}) · "
        "rank {rank}, {change}"
    ).format(
        name=name,
        fastest=lap_text(s["fastest_ms"]) if s.get("fastest_ms") else "–",
        average=lap_text(s["average_ms"]) if s.get("average_ms") else "–",
        valid=s.get("valid_laps", 0),
        laps=s.get("laps", 0),
        ratio=ratio,
        rank=s.get("rank") or "–",
        change=change,
    )
