"""Printed results: the organiser's summary, the podium and one certificate per racer, as PDF.

Made with reportlab: its page layout (tables that split across pages with their header repeated) does in a
few lines what a hand-drawn QPainter layout would need hundreds for, it needs no display or Qt application
(the CLI and ``serve`` print too) and it runs off the UI thread. Text is real text in an embedded TrueType
font (DejaVu Sans where the system has it, else the Bitstream Vera that ships with reportlab), so it can be
selected and searched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    Image,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from drem_desktop.domain.countries import COUNTRIES
from drem_desktop.domain.leaderboard import COMBINED, LeaderboardRow
from drem_desktop.domain.race_config import RaceFormat, Ranking
from drem_desktop.i18n import _
from drem_desktop.sync.results import BoardResults, EventResults

PAPER = {"a4": A4, "letter": letter}
INK = colors.HexColor("#1b1f24")
MUTED = colors.HexColor("#5b6470")
ACCENT = colors.HexColor("#1f6feb")
RULE = colors.HexColor("#d5d9de")
ZEBRA = colors.HexColor("#f4f5f7")
MEDALS = (colors.HexColor("#d4a514"), colors.HexColor("#9aa4ad"), colors.HexColor("#b36b2e"))
FONT_CANDIDATES = (
    (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ),
    ("/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"),
    ("/Library/Fonts/DejaVuSans.ttf", "/Library/Fonts/DejaVuSans-Bold.ttf"),
    ("C:/Windows/Fonts/DejaVuSans.ttf", "C:/Windows/Fonts/DejaVuSans-Bold.ttf"),
)
Progress = Callable[[float, str], None]


def _fonts() -> tuple[str, str]:
    """Registers the body and bold fonts once; returns their names."""
    if "DremSans" in pdfmetrics.getRegisteredFontNames():
        return "DremSans", "DremSans-Bold"
    import reportlab

    regular = bold = None
    for r, b in FONT_CANDIDATES:
        if Path(r).is_file() and Path(b).is_file():
            regular, bold = r, b
            break
    if regular is None or bold is None:
        base = Path(reportlab.__file__).parent / "fonts"
        regular, bold = str(base / "Vera.ttf"), str(base / "VeraBd.ttf")
    pdfmetrics.registerFont(TTFont("DremSans", regular))
    pdfmetrics.registerFont(TTFont("DremSans-Bold", bold))
    pdfmetrics.registerFontFamily("DremSans", normal="DremSans", bold="DremSans-Bold")
    return "DremSans", "DremSans-Bold"


@dataclass(frozen=True, slots=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    head: ParagraphStyle
    big: ParagraphStyle
    huge: ParagraphStyle
    centre: ParagraphStyle


def _styles() -> Styles:
    regular, bold = _fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=10, leading=13, textColor=INK)
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=MUTED),
        title=ParagraphStyle("title", parent=body, fontName=bold, fontSize=22, leading=27, spaceAfter=2),
        heading=ParagraphStyle(
            "heading", parent=body, fontName=bold, fontSize=14, leading=18, spaceBefore=10, spaceAfter=6
        ),
        cell=ParagraphStyle("cell", parent=body, fontSize=9, leading=11),
        cell_bold=ParagraphStyle("cellb", parent=body, fontName=bold, fontSize=9, leading=11),
        head=ParagraphStyle("head", parent=body, fontName=bold, fontSize=7.5, leading=9, textColor=MUTED),
        big=ParagraphStyle("big", parent=body, fontName=bold, fontSize=16, leading=20, alignment=TA_CENTER),
        huge=ParagraphStyle("huge", parent=body, fontName=bold, fontSize=34, leading=40, alignment=TA_CENTER),
        centre=ParagraphStyle("centre", parent=body, fontSize=12, leading=16, alignment=TA_CENTER),
    )


def secs(ms: float | None) -> str:
    return "–" if ms is None else f"{ms / 1000:.3f}"


_CJK_FONT, _HANGUL_FONT = "HeiseiKakuGo-W5", "HYSMyeongJo-Medium"


def _coverage() -> frozenset[int]:
    """The characters the body font has glyphs for."""
    global _COVERED
    if _COVERED is None:
        regular, _bold = _fonts()
        font = pdfmetrics.getFont(regular)  # a TTFont (its face maps characters to glyphs)
        _COVERED = frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]  # stubs: the base Font
        for name in (_CJK_FONT, _HANGUL_FONT):
            pdfmetrics.registerFont(UnicodeCIDFont(name))
    return _COVERED


_COVERED: frozenset[int] | None = None


def _fallback(ch: str) -> str | None:
    if ord(ch) in _coverage() or ch.isspace():
        return None
    code = ord(ch)
    if 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return _HANGUL_FONT
    return _CJK_FONT


def markup(text: str) -> str:
    """Paragraph markup for ``text``: escaped, with runs the body font lacks (Japanese, Chinese, Korean
    names) set in a CJK font, so no racer's name goes missing from the page."""
    out: list[str] = []
    current: str | None = None
    run: list[str] = []
    for ch in text:
        font = _fallback(ch) if not (ch.isspace() and current) else current
        if font != current and run:
            out.append(_run("".join(run), current))
            run = []
        current = font
        run.append(ch)
    if run:
        out.append(_run("".join(run), current))
    return "".join(out)


def _run(text: str, font: str | None) -> str:
    return escape(text) if font is None else f'<font name="{font}">{escape(text)}</font>'


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(markup(text), style)


def country_name(code: str) -> str:
    return COUNTRIES.get(code, code)


def _name(row: LeaderboardRow) -> str:
    return row.display_name + ("*" if row.raced_by_proxy else "")


def _figure(row: LeaderboardRow, ranking: Ranking) -> float | None:
    return row.fastest_average_ms if ranking is Ranking.BEST_AVERAGE else row.fastest_lap_ms


def _figure_label(results: EventResults) -> str:
    c = results.event.config
    if c.ranking is Ranking.BEST_AVERAGE:
        return _("best average of {n} laps").format(n=c.average_window)
    return _("fastest lap")


class _Document:
    """A document with the event on every page's foot and page numbers."""

    def __init__(
        self,
        path: Path,
        results: EventResults,
        paper: str,
        *,
        landscape_pages: bool = False,
        border: bool = False,
    ) -> None:
        self.border = border
        size = PAPER[paper]
        self.size = landscape(size) if landscape_pages else size
        self.results = results
        self.partial = path.with_name(path.name + ".partial")
        self.path = path
        margin = 16 * mm
        self.doc = BaseDocTemplate(
            str(self.partial),
            pagesize=self.size,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=margin,
            bottomMargin=margin + 6 * mm,
            title=f"{results.event.name}",
            author="DREM Desktop",
            creator="DREM Desktop",
        )
        frame = Frame(
            margin, margin + 6 * mm, self.size[0] - 2 * margin, self.size[1] - 2 * margin - 6 * mm, id="f"
        )
        self.doc.addPageTemplates([PageTemplate("page", [frame], onPage=self._foot)])
        self.width = self.size[0] - 2 * margin

    def _foot(self, canvas: Any, doc: Any) -> None:
        regular, _bold = _fonts()
        e = self.results.event
        canvas.saveState()
        if self.border:
            inset = 8 * mm
            canvas.setStrokeColor(ACCENT)
            canvas.setLineWidth(2.2)
            canvas.roundRect(inset, inset, self.size[0] - 2 * inset, self.size[1] - 2 * inset, 4 * mm)
            canvas.setStrokeColor(MEDALS[0])
            canvas.setLineWidth(0.8)
            canvas.roundRect(
                inset + 3 * mm,
                inset + 3 * mm,
                self.size[0] - 2 * inset - 6 * mm,
                self.size[1] - 2 * inset - 6 * mm,
                3 * mm,
            )
        if self.border:  # a certificate: no page furniture
            canvas.restoreState()
            return
        foot = ParagraphStyle("foot", fontName=regular, fontSize=7.5, leading=9, textColor=MUTED)
        line = Paragraph(markup(f"{e.name} · {e.event_date}"), foot)
        line.wrapOn(canvas, self.size[0] / 2, 12 * mm)
        line.drawOn(canvas, doc.leftMargin, 10 * mm)
        canvas.setFont(regular, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(self.size[0] - doc.rightMargin, 10 * mm, _("Page {n}").format(n=doc.page))
        canvas.restoreState()

    def build(self, story: list[Flowable]) -> Path:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.doc.build(story)
            self.partial.replace(self.path)
        finally:
            self.partial.unlink(missing_ok=True)
        return self.path


def _header(results: EventResults, what: str, st: Styles, logo: Path | None, width: float) -> list[Flowable]:
    e = results.event
    facts = [e.event_date]
    if e.country_code:
        facts.append(country_name(e.country_code))
    if e.sponsor:
        facts.append(_("sponsored by {sponsor}").format(sponsor=e.sponsor))
    text = [_p(e.name, st.title), _p(f"{what} · " + " · ".join(facts), st.small)]
    if logo is None:
        return [*text, Spacer(1, 6)]
    image = _logo(logo, 40 * mm, 18 * mm)
    table = Table([[text, image]], colWidths=[width - 44 * mm, 44 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    return [table, Spacer(1, 6)]


def _logo(path: Path, width: float, height: float) -> Image:
    image = Image(str(path))
    scale = min(width / image.imageWidth, height / image.imageHeight)
    image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
    return image


def _rules(results: EventResults, st: Styles, width: float) -> Table:
    c = results.event.config
    if c.format is RaceFormat.LAP_COUNT:
        fmt = _("lap count: {n} laps").format(n=c.laps_to_finish)
    else:
        fmt = _("time trial")
    rows = [
        (_("Format"), fmt),
        (
            _("Race time"),
            _("no limit") if c.race_time_ms is None else _("{m:g} minutes").format(m=c.race_time_ms / 60_000),
        ),
        (_("Ranking"), _figure_label(results)),
        (_("Resets allowed per lap"), _("unlimited") if c.resets_per_lap is None else str(c.resets_per_lap)),
        (_("Runs per racer"), _("unlimited") if c.max_runs_per_racer is None else str(c.max_runs_per_racer)),
        (_("Shortest lap counted"), _("{s:g} s").format(s=c.min_lap_ms / 1000)),
        (_("Tracks"), str(len(results.event.tracks))),
    ]
    table = Table(
        [[_p(k, st.cell_bold), _p(v, st.cell)] for k, v in rows], colWidths=[55 * mm, width - 55 * mm]
    )
    table.setStyle(
        TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    )
    return table


def _cell(text: str, st: Styles) -> str | Paragraph:
    """Plain text for the table to draw (fast: a 2,000-racer summary has 50,000 cells), a Paragraph only
    when the body font lacks some of its characters."""
    if all(ord(ch) in _coverage() or ch.isspace() for ch in text):
        return text
    return _p(text, st.cell)


def board_table(
    board: BoardResults,
    results: EventResults,
    st: Styles,
    width: float,
    rows: list[LeaderboardRow] | None = None,
) -> Table:
    regular, bold = _fonts()
    head = [
        _("#"),
        _("Racer"),
        _("Country"),
        _("Fastest lap"),
        _("Best avg"),
        _("Valid"),
        _("Invalid"),
        _("Runs"),
        _("Resets"),
    ]
    data: list[list[Any]] = [[_p(h, st.head) for h in head]]
    for row in board.rows if rows is None else rows:
        data.append(
            [
                str(row.rank) if row.rank is not None else "–",
                _cell(_name(row), st),
                row.country_code,
                secs(row.fastest_lap_ms),
                secs(row.fastest_average_ms),
                str(row.valid_laps),
                str(row.invalid_laps),
                str(row.runs),
                str(row.total_resets),
            ]
        )
    fixed = [10 * mm, 0, 17 * mm, 19 * mm, 19 * mm, 13 * mm, 15 * mm, 12 * mm, 15 * mm]
    fixed[1] = width - sum(fixed)
    table = Table(data, colWidths=fixed, repeatRows=1)
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 1), (-1, -1), regular, 9, 11),
        ("FONT", (0, 1), (0, -1), bold, 9, 11),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for i in range(2, len(data), 2):
        style.append(("BACKGROUND", (0, i), (-1, i), ZEBRA))
    table.setStyle(TableStyle(style))
    return table


def _statistics(board: BoardResults, st: Styles, width: float) -> Table:
    stats = list(board.stats.values())
    laps = sum(s.total_laps for s in stats)
    valid = sum(s.valid_laps for s in stats)
    fastest = min(
        (r for r in board.rows if r.fastest_lap_ms is not None),
        key=lambda r: r.fastest_lap_ms or 0,
        default=None,
    )
    streak = max(stats, key=lambda s: s.most_consecutive_valid, default=None)
    rows = [
        (_("Racers"), str(len(board.rows))),
        (_("Runs"), str(sum(s.runs for s in stats))),
        (_("Laps (valid / all)"), f"{valid} / {laps}"),
        (_("Lap completion"), "–" if not laps else f"{100 * valid / laps:.1f} %"),
        (_("Total resets"), str(sum(s.total_resets for s in stats))),
        (
            _("Fastest lap"),
            "–" if fastest is None else f"{secs(fastest.fastest_lap_ms)} s · {fastest.display_name}",
        ),
        (_("Most consecutive valid laps"), "–" if streak is None else str(streak.most_consecutive_valid)),
    ]
    table = Table(
        [[_p(k, st.cell_bold), _p(v, st.cell)] for k, v in rows], colWidths=[55 * mm, width - 55 * mm]
    )
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE)]))
    return table


def _board_for(results: EventResults, track: str) -> BoardResults:
    """The board asked for; with one track, "combined" is that track's board (named by its number)."""
    if track == COMBINED and len(results.event.tracks) == 1:
        return results.board(str(results.event.tracks[0].number))
    return results.board(track)


def _summary_boards(results: EventResults) -> list[BoardResults]:
    if len(results.event.tracks) > 1:
        return list(results.boards)
    return [b for b in results.boards if b.key != COMBINED] or list(results.boards)


def _quiet(_f: float, _w: str) -> None:
    return None


def write_summary(
    results: EventResults,
    path: Path,
    *,
    track: str = COMBINED,
    paper: str = "a4",
    logo: Path | None = None,
    progress: Progress = _quiet,
) -> Path:
    st = _styles()
    doc = _Document(path, results, paper)
    story: list[Flowable] = [*_header(results, _("Organiser's summary"), st, logo, doc.width)]
    story += [_p(_("Rules"), st.heading), _rules(results, st, doc.width)]
    boards = _summary_boards(results)
    for i, board in enumerate(boards):
        progress(0.2 + 0.6 * i / max(1, len(boards)), board.title)
        label = (
            _("All tracks combined")
            if board.key == COMBINED
            else _("Track {n}: {title}").format(n=board.key, title=board.title)
        )
        story += [_p(label, st.heading), board_table(board, results, st, doc.width)]
        if any(r.raced_by_proxy for r in board.rows):
            story.append(_p(_("* raced by proxy: someone else drove for the registered racer."), st.small))
        story += [
            Spacer(1, 4),
            KeepTogether([_p(_("Statistics"), st.cell_bold), _statistics(board, st, doc.width)]),
        ]
    story += [
        Spacer(1, 10),
        _p(_("Ties are broken by the next best figure, then by who set the figure first."), st.small),
    ]
    return doc.build(story)


def _podium_block(
    row: LeaderboardRow | None, place: int, results: EventResults, st: Styles, height: float
) -> Table:
    if row is None:
        cells = [[_p("", st.big)]]
    else:
        figure = _figure(row, results.event.config.ranking)
        cells = [
            [_p(str(row.rank), st.huge)],
            [_p(_name(row), st.big)],
            [_p(country_name(row.country_code), st.centre)],
            [_p(f"{secs(figure)} s", st.big)],
        ]
    table = Table(cells, rowHeights=None)
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, MEDALS[place - 1]),
                ("BACKGROUND", (0, 0), (-1, 0), MEDALS[place - 1]),
                ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, -1), (-1, -1), height),
            ]
        )
    )
    return table


def write_podium(
    results: EventResults,
    path: Path,
    *,
    track: str = COMBINED,
    paper: str = "a4",
    logo: Path | None = None,
    progress: Progress = _quiet,
) -> Path:
    st = _styles()
    doc = _Document(path, results, paper)
    story: list[Flowable] = []
    boards = [_board_for(results, track)]
    for i, board in enumerate(boards):
        if i:
            story.append(PageBreak())
        progress(0.2 + 0.6 * i / len(boards), board.title)
        label = (
            _("Podium · all tracks") if board.key == COMBINED else _("Podium · track {n}").format(n=board.key)
        )
        story += _header(results, label, st, logo, doc.width)
        story.append(_p(_("Ranked by {figure}").format(figure=_figure_label(results)), st.small))
        story.append(Spacer(1, 10))
        ranked = board.ranked
        top = [ranked[i] if i < len(ranked) else None for i in range(3)]
        col = doc.width / 3
        blocks = [
            _podium_block(top[1], 2, results, st, 20) if top[1] else "",
            _podium_block(top[0], 1, results, st, 48) if top[0] else "",
            _podium_block(top[2], 3, results, st, 4) if top[2] else "",
        ]
        podium = Table([blocks], colWidths=[col] * 3)
        podium.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        story.append(podium)
        if not ranked:
            story.append(_p(_("No racer has a ranked figure yet."), st.centre))
        rest = ranked[3:10]
        if rest:
            story += [
                Spacer(1, 16),
                _p(_("Places 4 to 10"), st.heading),
                board_table(board, results, st, doc.width, rest),
            ]
    return doc.build(story)


def write_certificates(
    results: EventResults,
    path: Path,
    *,
    track: str = COMBINED,
    paper: str = "a4",
    logo: Path | None = None,
    progress: Progress = _quiet,
) -> Path:
    """One landscape page per racer on the board: name, place, best figures, event and date."""
    st = _styles()
    doc = _Document(path, results, paper, landscape_pages=True, border=True)
    board = _board_for(results, track)
    e = results.event
    ranked_count = len(board.ranked)
    story: list[Flowable] = []
    name_style = ParagraphStyle("name", parent=st.huge, fontSize=36, leading=44, textColor=ACCENT)
    title_style = ParagraphStyle("kind", parent=st.centre, fontSize=13, leading=16, textColor=MUTED)
    for i, row in enumerate(board.rows):
        if i:
            story.append(PageBreak())
        if i % 25 == 0:
            progress(0.2 + 0.75 * i / max(1, len(board.rows)), row.display_name)
        if logo is not None:
            story += [Spacer(1, 8 * mm), _logo(logo, 60 * mm, 25 * mm)]
        kind = _("Certificate of achievement") if row.rank is not None else _("Certificate of participation")
        story += [Spacer(1, 22 * mm if logo is None else 6 * mm), _p(kind.upper(), title_style), Spacer(1, 4)]
        story += [_p(e.name, st.big), Spacer(1, 10 * mm), _p(row.display_name, name_style), Spacer(1, 6 * mm)]
        if row.rank is not None:
            place = _("finished in place {rank} of {n}").format(rank=row.rank, n=ranked_count)
        else:
            place = _("took part in the race")
        story.append(_p(place, st.big))
        story.append(Spacer(1, 6 * mm))
        figures = [_("Fastest lap: {t} s").format(t=secs(row.fastest_lap_ms))]
        if row.fastest_average_ms is not None:
            figures.append(
                _("Best average of {n} laps: {t} s").format(
                    n=e.config.average_window, t=secs(row.fastest_average_ms)
                )
            )
        figures.append(_("Valid laps: {n}").format(n=row.valid_laps))
        story.append(_p("  ·  ".join(figures), st.centre))
        where = [e.event_date]
        if board.key != COMBINED:
            where.append(_("track {n}").format(n=board.key))
        if e.country_code:
            where.append(country_name(e.country_code))
        story += [Spacer(1, 12 * mm), _p(" · ".join(where), st.centre)]
        if e.sponsor:
            story.append(_p(_("sponsored by {sponsor}").format(sponsor=e.sponsor), st.small))
    if not board.rows:
        story.append(_p(_("No racer on this leaderboard yet."), st.big))
    return doc.build(story)
