"""How the windows look: the console's neutral light/dark palettes, the projector-dark leaderboard, the
racer highlight colours DREM uses, and the time formats every screen shares."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from drem_desktop.domain.colours import HIGHLIGHT_COLOURS
from drem_desktop.domain.leaderboard import lap_time_text

UI_FONT = "DejaVu Sans"
CLOCK_FONT = "DejaVu Sans Mono"

PERSONAL_BEST = "#2fbf71"  # race-rules.md: green
EVENT_BEST = "#a855f7"  # race-rules.md: purple
INVALID = "#e5484d"
GOLD, SILVER, BRONZE = "#f5c542", "#c9d1d9", "#d08a4f"


def mix(base: str, tint: str, amount: float) -> str:
    """``tint`` laid over ``base`` at ``amount`` opacity, as an opaque colour (for banners that cover)."""
    a, b = QColor(base), QColor(tint)
    parts = (
        round(x + (y - x) * amount)
        for x, y in ((a.red(), b.red()), (a.green(), b.green()), (a.blue(), b.blue()))
    )
    return "#{:02x}{:02x}{:02x}".format(*parts)


def colour_of(name: str, fallback: str = "#8b949e") -> QColor:
    """A highlight colour by DREM name or ``#rrggbb``; unknown names get a neutral grey."""
    if not name:
        return QColor(fallback)
    if name.startswith("#"):
        c = QColor(name)
        return c if c.isValid() else QColor(fallback)
    return QColor(HIGHLIGHT_COLOURS.get(name.lower(), fallback))


@dataclass(frozen=True, slots=True)
class Palette:
    name: str
    window: str
    panel: str
    raised: str
    text: str
    muted: str
    border: str
    accent: str
    accent_text: str
    danger: str
    warning: str
    ok: str
    selection: str


LIGHT = Palette(
    "light",
    "#f4f5f7",
    "#ffffff",
    "#eceef1",
    "#1b1f24",
    "#5b6470",
    "#d5d9de",
    "#1f6feb",
    "#ffffff",
    "#cf222e",
    "#bf8700",
    "#1a7f37",
    "#dbe9ff",
)
DARK = Palette(
    "dark",
    "#16181c",
    "#1e2127",
    "#272b33",
    "#e6e8eb",
    "#9aa3ad",
    "#353a44",
    "#4c8dff",
    "#ffffff",
    "#ff6b6b",
    "#f0b429",
    "#3fb950",
    "#233454",
)
PALETTES = {"light": LIGHT, "dark": DARK}


def stylesheet(p: Palette) -> str:
    return f"""
    QWidget {{ color: {p.text}; font-family: "{UI_FONT}"; font-size: 10pt; }}
    QMainWindow, QDialog, #Page {{ background: {p.window}; }}
    #Sidebar {{ background: {p.panel}; border-right: 1px solid {p.border}; }}
    #Sidebar QPushButton {{ text-align: left; padding: 10px 16px; border: none; border-radius: 6px;
        font-size: 11pt; color: {p.muted}; background: transparent; }}
    #Sidebar QPushButton:checked {{ background: {p.selection}; color: {p.text}; font-weight: bold; }}
    #Sidebar QPushButton:hover {{ background: {p.raised}; }}
    #TopBar {{ background: {p.panel}; border-bottom: 1px solid {p.border}; }}
    #TopBar QLabel#EventName {{ font-size: 13pt; font-weight: bold; }}
    #Card {{ background: {p.panel}; border: 1px solid {p.border}; border-radius: 8px; }}
    QLabel#Heading {{ font-size: 14pt; font-weight: bold; }}
    QLabel#Caption {{ color: {p.muted}; font-size: 9pt; text-transform: uppercase; letter-spacing: 1px; }}
    QLabel#Muted {{ color: {p.muted}; }}
    QLabel#Big {{ font-size: 22pt; font-weight: bold; }}
    QLabel#Huge {{ font-size: 54pt; font-weight: bold; }}
    QLabel#Message[kind="error"] {{ color: {p.danger}; background: transparent; font-weight: bold; }}
    QLabel#Message[kind="ok"] {{ color: {p.ok}; font-weight: bold; }}
    QLabel#Message[kind="warning"] {{ color: {p.warning}; font-weight: bold; }}
    QFrame#Banner {{ border-radius: 6px; padding: 4px; }}
    QFrame#Banner[kind="warning"] {{ background: rgba(240, 180, 41, 0.18); border: 1px solid {p.warning}; }}
    QFrame#Banner[kind="error"] {{ background: rgba(255, 80, 80, 0.15); border: 1px solid {p.danger}; }}
    QFrame#Banner[kind="info"] {{ background: {p.selection}; border: 1px solid {p.accent}; }}
    QFrame#Banner[cover="true"][kind="warning"] {{ background: {mix(p.panel, "#f0b429", 0.18)}; }}
    QFrame#Banner[cover="true"][kind="error"] {{ background: {mix(p.panel, "#ff5050", 0.15)}; }}
    QPushButton {{ background: {p.raised}; border: 1px solid {p.border}; border-radius: 6px;
        padding: 6px 12px; }}
    QPushButton:hover {{ border-color: {p.accent}; }}
    QPushButton:disabled {{ color: {p.muted}; background: {p.window}; }}
    QPushButton#Primary {{ background: {p.accent}; color: {p.accent_text}; border: none; font-weight: bold; }}
    QPushButton#Danger {{ color: {p.danger}; }}
    QPushButton#Op {{ font-size: 11pt; font-weight: bold; padding: 8px 6px; min-height: 44px; }}
    QPushButton#Op:disabled {{ color: {p.muted}; }}
    QLineEdit, QPlainTextEdit {{ background: {p.panel};
        border: 1px solid {p.border}; border-radius: 5px; padding: 4px 6px;
        selection-background-color: {p.accent}; }}
    QLineEdit:focus {{ border-color: {p.accent}; }}
    QComboBox, QSpinBox {{ min-height: 22px; }}
    QTableView, QListView, QTreeView {{ background: {p.panel}; alternate-background-color: {p.window};
        border: 1px solid {p.border}; border-radius: 6px; gridline-color: {p.border};
        selection-background-color: {p.selection}; selection-color: {p.text}; }}
    QHeaderView::section {{ background: {p.raised}; color: {p.muted}; border: none;
        border-bottom: 1px solid {p.border}; padding: 5px 8px; font-weight: bold; }}
    QTabWidget::pane {{ border: 1px solid {p.border}; border-radius: 6px; }}
    QTabBar::tab {{ padding: 6px 14px; }}
    QTabBar::tab:selected {{ font-weight: bold; border-bottom: 2px solid {p.accent}; }}
    QStatusBar {{ background: {p.panel}; border-top: 1px solid {p.border}; color: {p.muted}; }}
    QCheckBox {{ spacing: 6px; }}
    """


def apply_console_theme(app: QApplication, name: str = "light") -> Palette:
    p = PALETTES.get(name, LIGHT)
    app.setProperty("drem_theme", p.name)
    app.setStyle("Fusion")
    pal = QPalette()
    pal.setColor(QPalette.ColorRole.Window, QColor(p.window))
    pal.setColor(QPalette.ColorRole.Base, QColor(p.panel))
    pal.setColor(QPalette.ColorRole.AlternateBase, QColor(p.window))
    pal.setColor(QPalette.ColorRole.Text, QColor(p.text))
    pal.setColor(QPalette.ColorRole.WindowText, QColor(p.text))
    pal.setColor(QPalette.ColorRole.Button, QColor(p.raised))
    pal.setColor(QPalette.ColorRole.ButtonText, QColor(p.text))
    pal.setColor(QPalette.ColorRole.Highlight, QColor(p.accent))
    pal.setColor(QPalette.ColorRole.HighlightedText, QColor(p.accent_text))
    pal.setColor(QPalette.ColorRole.PlaceholderText, QColor(p.muted))
    app.setPalette(pal)
    app.setFont(QFont(UI_FONT, 10))
    app.setStyleSheet(stylesheet(p))
    return p


def qapp() -> QApplication:
    """The running Qt application (every screen is built after it)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "create the QApplication before any screen"
    return app


def current_palette(app: QApplication | None = None) -> Palette:
    if app is None:
        running = QApplication.instance()
        app = running if isinstance(running, QApplication) else None
    name = app.property("drem_theme") if app is not None else None
    return PALETTES.get(str(name), LIGHT)


# -- times -------------------------------------------------------------------------------------------
def lap_text(ms: float | None) -> str:
    """A lap or average time as organizers read it: 12.345 or 1:02.345."""
    return lap_time_text(ms)


def clock_text(ms: float | None, decimals: int = 1) -> str:
    """A running clock: 2:45.3 (never negative; no limit is shown as ∞)."""
    if ms is None:
        return "∞"
    ms = max(0.0, ms)
    scale = 10**decimals
    units = int(ms * scale // 1000)
    whole, frac = divmod(units, scale)
    minutes, seconds = divmod(whole, 60)
    return f"{minutes}:{seconds:02d}.{frac:0{decimals}d}" if decimals else f"{minutes}:{seconds:02d}"


def parse_seconds(text: str) -> int | None:
    """'12.345', '1:02.5' or '90' → milliseconds; ``None`` for empty. Raises ValueError on nonsense."""
    text = text.strip().replace(",", ".")
    if not text:
        return None
    parts = text.split(":")
    if len(parts) > 3:
        raise ValueError(text)
    total = 0.0
    for part in parts:
        if not part or not part.replace(".", "", 1).isdigit():
            raise ValueError(text)
        total = total * 60 + float(part)
    return round(total * 1000)
