"""Small widgets several screens share: big clocks, inline messages, banners, operation buttons, QR code."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QEvent, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from drem_desktop.ui.i18n import tr
from drem_desktop.ui.theme import CLOCK_FONT


def shortcut(key: str, parent: QWidget, slot: Callable[[], object]) -> QShortcut:
    """A key that calls ``slot`` while ``parent``'s window is active."""
    sc = QShortcut(QKeySequence(key), parent)
    sc.activated.connect(slot)
    return sc


class ClockWidget(QWidget):
    """A clock face that scales its digits to its height; the text is set from the run's state each frame,
    so it never drifts. Digits are monospaced so the face does not wobble while it counts."""

    def __init__(self, caption: str, sample: str = "0:00.00", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = tr(caption)
        self.sample = sample
        self._text = "–"
        self._colour: QColor | None = None
        self.paints = 0  # frames drawn (tests and the benchmark read it)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(80)

    def text(self) -> str:
        return self._text

    def set_text(self, text: str, colour: QColor | None = None) -> None:
        if text != self._text or colour != self._colour:
            self._text = text
            self._colour = colour
            self.update()

    def paintEvent(self, _event: object) -> None:
        self.paints += 1
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        pal = self.palette()
        r = QRectF(self.rect())
        cap = QFont(self.font())
        cap.setPointSizeF(max(8.0, min(12.0, r.height() / 12)))
        cap.setBold(True)
        p.setFont(cap)
        p.setPen(pal.color(pal.ColorRole.PlaceholderText))
        cap_h = QFontMetricsF(cap).height()
        p.drawText(
            r.adjusted(0, 2, 0, 0),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            self.caption.upper(),
        )
        face = QFont(CLOCK_FONT)
        face.setBold(True)
        body = r.adjusted(4, cap_h + 2, -4, -2)
        size = body.height() * 0.8
        face.setPixelSize(max(10, int(size)))
        width = QFontMetricsF(face).horizontalAdvance(self.sample)
        if width > body.width():
            face.setPixelSize(max(10, int(size * body.width() / width)))
        p.setFont(face)
        p.setPen(self._colour or pal.color(pal.ColorRole.WindowText))
        p.drawText(body, Qt.AlignmentFlag.AlignCenter, self._text)
        p.end()


class Message(QLabel):
    """An inline message under the thing it is about; errors stay until the next action, others fade."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Message")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_message)
        self.hide()

    def show_message(self, text: str, kind: str = "error", seconds: float | None = None) -> None:
        text = tr(text)
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(text)
        self.show()
        if seconds is None:
            seconds = 0 if kind == "error" else 6
        if seconds:
            self._timer.start(int(seconds * 1000))
        else:
            self._timer.stop()

    def error(self, text: str) -> None:
        self.show_message(text, "error")

    def ok(self, text: str) -> None:
        self.show_message(text, "ok")

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


class Banner(QFrame):
    """A coloured strip with a message and optional buttons (sequence gaps, confirmations, overrides)."""

    def __init__(self, kind: str = "warning", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        self.setProperty("kind", kind)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(10, 6, 6, 6)
        self.row.addWidget(self.label, 1)
        self.hide()

    def set_kind(self, kind: str) -> None:
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)

    def add_button(self, text: str, slot: object, primary: bool = False) -> QPushButton:
        b = QPushButton(tr(text))
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if primary:
            b.setObjectName("Primary")
        b.clicked.connect(slot)
        self.row.addWidget(b)
        return b


class OpButton(QPushButton):
    """A timekeeper operation: its name, and under it the key that does the same thing."""

    def __init__(self, title: str, keys: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Op")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space must never "click" a focused button
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(58)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.setSpacing(0)
        title = tr(title)
        self.title = QLabel(title)
        self.keys = QLabel(keys)
        for label in (self.title, self.keys):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            box.addWidget(label)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold; font-size: 11pt; background: transparent;")
        self.keys.setStyleSheet("font-size: 8pt; background: transparent; color: palette(placeholder-text);")
        self.setToolTip(f"{title} ({keys})")
        self.setAccessibleName(f"{title} ({keys})")

    def set_title(self, title: str) -> None:
        title = tr(title)
        self.title.setText(title)
        self.setToolTip(f"{title} ({self.keys.text()})")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        enabled = self.isEnabled()
        for label in (self.title, self.keys):
            label.setEnabled(enabled)


class QrCode(QWidget):
    """A QR code drawn crisp at any size from segno's module matrix (no image scaling blur)."""

    def __init__(
        self, data: str = "", dark: str = "#000000", light: str = "#ffffff", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._matrix: list[list[bool]] = []
        self._dark = QColor(dark)
        self._light = QColor(light)
        self.data = ""
        self.set_data(data)

    def set_data(self, data: str) -> None:
        import segno

        self.data = data
        if data:
            qr = segno.make(data, error="m")
            self._matrix = [[bool(v) for v in row] for row in qr.matrix]
        else:
            self._matrix = []
        self.setVisible(bool(data))
        self.update()

    def paintEvent(self, _event: object) -> None:
        if not self._matrix:
            return
        p = QPainter(self)
        n = len(self._matrix) + 4  # quiet zone of two modules each side
        side = min(self.width(), self.height())
        cell = side // n
        if cell < 1:
            return
        offset_x = (self.width() - cell * n) // 2
        offset_y = (self.height() - cell * n) // 2
        p.fillRect(offset_x, offset_y, cell * n, cell * n, self._light)
        for y, row in enumerate(self._matrix):
            for x, on in enumerate(row):
                if on:
                    p.fillRect(offset_x + (x + 2) * cell, offset_y + (y + 2) * cell, cell, cell, self._dark)
        p.end()


def record_table(model: QAbstractItemModel, *, stretch_column: int | None = None) -> QTableView:
    """The look every record list shares: whole-row selection, banded rows, no grid, no row numbers.

    Columns fit their contents; ``stretch_column`` takes the spare width (default: the last column).
    """
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch_column is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return table


def card(*widgets: QWidget, title: str = "", spacing: int = 8) -> QFrame:
    frame = QFrame()
    frame.setObjectName("Card")
    box = QVBoxLayout(frame)
    box.setContentsMargins(14, 12, 14, 12)
    box.setSpacing(spacing)
    if title:
        heading = QLabel(tr(title))
        heading.setObjectName("Caption")
        heading.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # stays at the top
        box.addWidget(heading)
    for w in widgets:
        box.addWidget(w)
    return frame


def caption(text: str) -> QLabel:
    label = QLabel(tr(text))
    label.setObjectName("Caption")
    return label
