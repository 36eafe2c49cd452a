"""How one board row is painted: medal badge, colour stripe, flag image, big name and time. Painted by hand
(not styled cells) so it stays legible from the back of a room and cheap enough to repaint every lap."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from drem_desktop.domain.leaderboard import LeaderboardRow
from drem_desktop.flags import flag_path
from drem_desktop.ui.leaderboard.model import LeaderboardModel
from drem_desktop.ui.leaderboard.palette import ACCENT, MEDALS, MUTED, ROW, ROW_ALT, TEXT
from drem_desktop.ui.table_model import Index
from drem_desktop.ui.theme import CLOCK_FONT, UI_FONT, colour_of


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
