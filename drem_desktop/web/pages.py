"""Server-rendered HTML for the LAN pages. Every value that came from a person is escaped here.

Pages work without JavaScript (the first rows are in the HTML, the upload form posts normally); the
small scripts in ``resources/web`` add the live updates, the clocks and the upload progress.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import urlencode

import segno

from drem_desktop.domain.colours import HIGHLIGHT_COLOURS, css_colour
from drem_desktop.domain.leaderboard import no_figure_text
from drem_desktop.domain.race_config import Ranking
from drem_desktop.flags import flag_path
from drem_desktop.i18n import _, current_language
from drem_desktop.web.source import COMBINED, EventSummary

ASSET_VERSION = "3"  # bump when a file under resources/web changes (phones and tablets cache them)


def run_state_labels() -> dict[str, str]:
    return {"ready": _("ready to start"), "paused": _("paused"), "over": _("race over")}


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def page(
    title: str,
    body: str,
    *,
    css: str = "style.css",
    script: str | None = None,
    body_attrs: dict[str, str] | None = None,
    lang: str | None = None,  # default: the language the request is served in
) -> str:
    attrs = "".join(f' data-{esc(k)}="{esc(v)}"' for k, v in (body_attrs or {}).items())
    script_tag = f'<script src="/static/{esc(script)}?v={ASSET_VERSION}" defer></script>' if script else ""
    return (
        f'<!doctype html>\n<html lang="{esc(lang or current_language())}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title>"
        f'<link rel="stylesheet" href="/static/{esc(css)}?v={ASSET_VERSION}">{script_tag}</head>'
        f"<body{attrs}>{body}</body></html>"
    )


@lru_cache(maxsize=64)
def qr_svg(url: str) -> str:
    """An inline SVG QR code so a phone can open ``url`` (segno writes no external references).

    Kept for the next request: encoding one takes longer than the rest of the page."""
    return segno.make(url, error="m").svg_inline(scale=4, border=2)


def format_ms(ms: float | None) -> str:
    if ms is None:
        return "–"
    total = ms / 1000.0
    if total < 60:
        return f"{total:.3f}"
    minutes, seconds = divmod(total, 60)
    return f"{int(minutes)}:{seconds:06.3f}"


def track_label(event: EventSummary, track: str, *, heading: bool = False) -> str:
    """The track's name (or Track 1); as a heading, the leaderboard title the organizer set for it."""
    if track == COMBINED:
        return _("All tracks")
    for t in event.tracks:
        if str(t.number) == track:
            if heading and t.title and t.title != event.name:
                return t.title
            return t.label
    return _("Track {n}").format(n=track)


def not_found(message: str) -> str:
    return page(
        _("Not found"),
        f'<main class="narrow"><h1>{esc(_("Not found"))}</h1><p>{esc(message)}</p>'
        f'<p><a href="/">{esc(_("All events"))}</a></p></main>',
    )


def home(events: Iterable[EventSummary]) -> str:
    items = "".join(
        f'<li><a href="/event/{esc(e.event_id)}">{esc(e.name)}</a> '
        f'<span class="muted">{esc(e.date)}</span></li>'
        for e in events
    )
    if not items:
        items = f"<li>{esc(_('No events yet.'))}</li>"
    return page(
        _("DeepRacer events"),
        f'<main class="narrow"><h1>{esc(_("DeepRacer events"))}</h1><ul class="links">{items}</ul>'
        f'<p><a class="button" href="/upload">{esc(_("Upload your model"))}</a></p></main>',
    )


def event_landing(event: EventSummary, page_url: str | None) -> str:
    links = []
    tracks = [str(t.number) for t in event.tracks]
    for track in [*tracks, COMBINED] if len(tracks) > 1 else tracks or [COMBINED]:
        for fmt, label in (("fastest", _("fastest lap")), ("average", _("best average"))):
            q = urlencode({"track": track, "format": fmt})
            links.append(
                f'<li><a href="/leaderboard/{esc(event.event_id)}?{esc(q)}">'
                f"{esc(track_label(event, track))}: {esc(label)}</a></li>"
            )
    overlays = "".join(
        f'<li><a href="/overlay/{esc(event.event_id)}?{esc(urlencode({"track": t}))}">'
        f"{esc(track_label(event, t))}</a></li>"
        for t in (tracks or [COMBINED])
    )
    qr = (
        f'<figure class="qr">{qr_svg(page_url)}<figcaption>{esc(page_url)}</figcaption></figure>'
        if page_url
        else ""
    )
    upload = (
        f'<p><a class="button" href="/upload">{esc(_("Upload your model"))}</a></p>'
        if event.accepts_uploads
        else ""
    )
    tablets = "".join(
        f'<li><a href="/tablet?{esc(urlencode({"track": t}))}">{esc(track_label(event, t))}</a></li>'
        for t in tracks
    )
    options = esc(
        _("Board options: ?track=1|combined, ?format=fastest|average, ?scroll=page|smooth|off, ?qr=1, ?lang=")
        + "de"
    )
    body = (
        f'<main class="narrow"><h1>{esc(event.name)}</h1><p class="muted">{esc(event.date)}</p>{qr}'
        f'<h2>{esc(_("Leaderboards"))}</h2><ul class="links">{"".join(links)}</ul>'
        f'<p class="muted">{options}</p>{upload}'
        f'<h2>{esc(_("Stream overlay (OBS browser source)"))}</h2><ul class="links">{overlays}</ul>'
        + (
            f'<h2>{esc(_("Tablet timekeeper (operator PIN)"))}</h2><ul class="links">{tablets}</ul>'
            if tablets
            else ""
        )
        + f'<p><a href="/">{esc(_("All events"))}</a></p></main>'
    )
    return page(event.name, body)


def _figure(row: dict[str, Any], fmt: str) -> float | None:
    value = row.get("fastest_average_ms") if fmt == "average" else row.get("fastest_lap_ms")
    return None if value is None else float(value)


def _no_figure(row: dict[str, Any], fmt: str, window: int) -> str:
    ranking = Ranking.BEST_AVERAGE if fmt == "average" else Ranking.BEST_LAP
    return no_figure_text(ranking, window, int(row.get("valid_laps") or 0))


def flag_img(country_code: str | None) -> str:
    """The bundled flag image (never an emoji: those do not show on Windows), or nothing."""
    if flag_path(country_code) is None:
        return ""
    code = str(country_code).lower()
    return f'<img class="flag" src="/flags/{esc(code)}.png" alt="{esc(code.upper())}" width="32" height="24">'


def board_rows(rows: list[dict[str, Any]], fmt: str, window: int = 3) -> str:
    out = []
    leader = _figure(rows[0], fmt) if rows else None
    above: float | None = None
    for row in rows:
        figure = _figure(row, fmt)
        name = row.get("display_name") or row.get("username") or ""
        proxy = " *" if row.get("raced_by_proxy") else ""
        gap = "" if figure is None or leader is None or figure == leader else "+" + format_ms(figure - leader)
        to_next = (
            "" if figure is None or above is None or figure == above else "+" + format_ms(figure - above)
        )
        rank = row.get("rank")
        colour = css_colour(row.get("highlight_colour"))  # #rrggbb only: safe in an attribute
        style = f' style="--racer: {colour}"' if colour else ""
        medal = f" medal m{rank}" if rank in (1, 2, 3) else ""
        out.append(
            f'<tr data-racer="{esc(row.get("racer_id", ""))}"{style}>'
            f'<td class="rank"><span class="r{medal}">{esc(rank if rank else "–")}</span></td>'
            f'<td class="name" title="{esc(name + proxy)}">{flag_img(row.get("country_code"))}'
            f'<span class="who">{esc(name)}{esc(proxy)}</span></td>'
            f'<td class="time">{esc(_no_figure(row, fmt, window) if figure is None else format_ms(figure))}'
            "</td>"
            f'<td class="gap">{esc(gap)}</td><td class="gap-next">{esc(to_next)}</td>'
            f'<td class="laps">{esc(row.get("valid_laps", 0))}</td></tr>'
        )
        if figure is not None:
            above = figure
    return "".join(out)


SCROLL_MODES = ("page", "smooth", "off")


@dataclass(frozen=True, slots=True)
class BoardOptions:
    """The page options organizers know from the cloud manager: ``?scroll=page|smooth|off&qr=1&lang=``."""

    scroll: str = "page"  # whole rows per page, flipping; smooth: a slow scroll; off: the top rows only
    qr: bool = False  # a QR code to the event's page in the corner
    lang: str = "en"
    qr_url: str = ""


def board_labels(average_window: int = 3) -> dict[str, Any]:
    return {
        "time_left": _("Time left"),
        "lap": _("Lap"),
        "best": _("Best"),
        "last": _("Last"),
        "reconnecting": _("Reconnecting…"),
        "no_valid_lap": _("no valid lap"),
        "colours": HIGHLIGHT_COLOURS,
        "no_average": no_figure_text(Ranking.BEST_AVERAGE, average_window, 1),
        "states": run_state_labels(),
        "up_next": _("Up next"),
        "on_track": _("On track"),
        "summary": _("Race summary"),
        "fastest": _("Fastest"),
        "average": _("Average"),
        "completion": _("Valid laps"),
        "rank": _("Rank"),
        "rank_up": _("up {n}"),
        "rank_down": _("down {n}"),
        "rank_same": _("no change"),
        "rank_new": _("new on the board"),
        "page": _("Page {n} of {m}"),
        "car": _("Car"),
    }


def leaderboard(
    event: EventSummary,
    track: str,
    fmt: str,
    rows: list[dict[str, Any]],
    options: BoardOptions | None = None,
) -> str:
    options = options or BoardOptions()
    title = track_label(event, track, heading=True)
    figure = (
        _("Best average ({n} laps)").format(n=event.average_window) if fmt == "average" else _("Fastest lap")
    )
    footer_text = next((t.footer for t in event.tracks if str(t.number) == track), "")
    qr = (
        f'<figure class="board-qr">{qr_svg(options.qr_url)}<figcaption>{esc(_("Scan for the event page"))}'
        "</figcaption></figure>"
        if options.qr and options.qr_url
        else ""
    )
    body = (
        f'<header class="board-head"><div class="titles"><h1>{esc(event.name)}</h1>'
        f"<h2>{esc(title)} · {esc(figure)}</h2></div>"
        f'<span id="status" class="status" role="status"></span><span id="pager" class="pager"></span>{qr}'
        "</header>"
        '<main id="board-wrap"><table class="board"><thead><tr>'
        f'<th class="rank">#</th><th class="name">{esc(_("Racer"))}</th><th class="time">{esc(figure)}</th>'
        f'<th class="gap">{esc(_("Gap"))}</th><th class="gap-next">{esc(_("To next"))}</th>'
        f'<th class="laps">{esc(_("Valid laps"))}</th></tr></thead>'
        f'<tbody id="rows">{board_rows(rows, fmt, event.average_window)}</tbody></table></main>'
        '<footer id="board-foot" class="board-foot">'
        '<section id="run-footer" class="run-footer" hidden></section>'
        '<section id="summary" class="summary" hidden></section>'
        '<section id="up-next" class="up-next" hidden></section>'
        f'<p class="muted footer-text">{esc(footer_text)}</p></footer>'
        '<script type="application/json" id="labels">'
        f"{_json_script(board_labels(event.average_window))}</script>"
    )
    attrs = {
        "event": event.event_id,
        "track": track,
        "format": fmt,
        "page": "leaderboard",
        "scroll": options.scroll,
    }
    return page(f"{event.name} · {title}", body, script="live.js", body_attrs=attrs, lang=options.lang)


def overlay(event: EventSummary, track: str, chroma: str, top: int) -> str:
    labels = {
        "time_left": _("Time left"),
        "best": _("Best lap"),
        "last": _("Last lap"),
        "gap": _("Gap"),
        "lap": _("Lap"),
        "states": run_state_labels(),
        "colours": HIGHLIGHT_COLOURS,
    }
    body = (
        '<div id="overlay" class="overlay">'
        '<section id="lower-third" class="lower-third" hidden></section>'
        '<section id="standings" class="standings" hidden></section></div>'
        f'<script type="application/json" id="labels">{_json_script(labels)}</script>'
    )
    attrs = {
        "event": event.event_id,
        "track": track,
        "format": event.ranking,
        "page": "overlay",
        "chroma": chroma,
        "top": str(top),
    }
    return page(f"{event.name} overlay", body, css="overlay.css", script="live.js", body_attrs=attrs)


def upload_form(max_mb: int, open_for_uploads: bool, username: str = "", token: str = "") -> str:
    if not open_for_uploads:
        return page(
            _("Upload your model"),
            f'<main class="narrow"><h1>{esc(_("Upload your model"))}</h1>'
            f"<p>{esc(_('Uploads are closed: the organizer has not set an upload code yet.'))}</p></main>",
        )
    labels = {
        "too_large": _("Too large: the limit is {mb} MB per model.").format(mb=max_mb),
        "interrupted": _("The upload was interrupted. Check you are on the venue network and try again."),
        "answered": _("The laptop answered {status}."),
        "no_verdict": _("No verdict yet. Ask at the organizer's desk whether your model arrived."),
    }
    body = (
        f'<main class="narrow"><h1>{esc(_("Upload your model"))}</h1>'
        f'<p class="muted">{esc(_("Your model archive (.tar.gz) as exported from the DeepRacer console."))}'
        "</p>"
        '<form id="upload-form" method="post" action="/upload" enctype="multipart/form-data" '
        f'data-max-bytes="{max_mb * 1024 * 1024}">'
        f'<input type="hidden" name="form_token" value="{esc(token)}">'
        f'<label>{esc(_("Racer username"))}<input name="username" required maxlength="100" '
        f'autocomplete="username" value="{esc(username)}"></label>'
        f"<label>{esc(_('Upload code (shown at the organizer desk)'))}"
        '<input name="code" required maxlength="20" autocomplete="off"></label>'
        f'<div id="drop" class="drop"><p>{esc(_("Drop .tar.gz files here, or choose them:"))}</p>'
        '<input id="files" name="file" type="file" accept=".gz,.tgz,application/gzip" multiple required>'
        "</div>"
        f'<button type="submit">{esc(_("Upload"))}</button>'
        f'<p class="muted">{esc(_("Up to {mb} MB per model.").format(mb=max_mb))}</p></form>'
        '<ul id="results" class="results"></ul></main>'
        f'<script type="application/json" id="labels">{_json_script(labels)}</script>'
    )
    return page(_("Upload your model"), body, script="upload.js")


def upload_result(status: int, message: str | None, results: list[dict[str, Any]]) -> str:
    items = "".join(
        f'<li class="{"ok" if r["accepted"] else "refused"}">{esc(r["message"])}</li>' for r in results
    )
    text = f'<p class="{"ok" if status < 400 else "refused"}">{esc(message)}</p>' if message else ""
    return page(
        _("Upload"),
        f'<main class="narrow"><h1>{esc(_("Upload"))}</h1>{text}<ul class="results">{items}</ul>'
        f'<p><a href="/upload">{esc(_("Upload another model"))}</a></p></main>',
    )


def _json_script(data: object) -> str:
    """JSON safe inside a <script> element: '<', '>' and '&' can never close it."""
    return json.dumps(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
