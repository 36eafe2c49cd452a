"""HTML of the tablet timekeeper: the PIN form and the console. Every value a person typed is escaped;
the live parts are drawn by ``resources/web/tablet.js`` with ``textContent``."""

from __future__ import annotations

from typing import Any

from drem_desktop.i18n import _
from drem_desktop.web.pages import _json_script, esc, page

# The console's operations as the tablet shows them (op, label, key on the laptop); order = layout.
BUTTONS = (
    ("start_pause", "Start / pause", "Space"),
    ("lap", "Lap", "Enter"),
    ("reset_plus", "Reset +1", "R"),
    ("reset_minus", "Reset −1", "Shift+R"),
    ("dnf", "DNF", "D"),
    ("undo", "Undo finish", "Z"),
    ("valid", "Last lap valid?", "V"),
    ("end", "End run", "E"),
    ("submit", "Submit", "S"),
    ("next", "Next racer", "N"),
)


def labels() -> dict[str, Any]:
    return {
        "ops": {op: _(label) for op, label, _key in BUTTONS},
        "start": _("Start"),
        "pause": _("Pause"),
        "resume": _("Resume"),
        "time_left": _("Time left"),
        "lap": _("Lap"),
        "resets": _("Resets"),
        "nobody": _("Nobody on the track: take the next racer (Next racer)."),
        "on_deck": _("On deck"),
        "empty_queue": _("Nobody on deck."),
        "invalid": _("invalid"),
        "valid": _("valid"),
        "reconnecting": _("Reconnecting…"),
        "expired": _("Your session ended: log in again with the PIN."),
        "states": {
            "ready": _("ready to start"),
            "running": _("running"),
            "paused": _("paused"),
            "over": _("race over: submit"),
        },
        "confirm_end": _("End the run now?"),
        "car": _("Car"),
        "short_lap": _(
            "Lap tapped {after} s after the lap began: not counted (the minimum lap time is {minimum} s)."
        ),
    }


def login(laptop: str, track: int, token: str, message: str | None, has_pin: bool) -> str:
    no_pin = _("No tablet PIN is set yet: set one on the laptop in Settings.")
    if message:
        note = f'<p class="refused" role="alert">{esc(message)}</p>'
    else:
        note = "" if has_pin else f'<p class="refused">{esc(no_pin)}</p>'

    body = (
        '<main class="narrow tablet-login">'
        f"<h1>{esc(_('Tablet timekeeper'))}</h1>"
        f'<p class="muted">{esc(_("Laptop {name} · track {n}").format(name=laptop, n=track))}</p>'
        f"{note}"
        '<form method="post" action="/tablet/login" autocomplete="off">'
        f'<input type="hidden" name="login_token" value="{esc(token)}">'
        f'<input type="hidden" name="track" value="{esc(track)}">'
        f'<label>{esc(_("Operator PIN"))}<input name="pin" type="password" inputmode="numeric" '
        'pattern="[0-9]*" maxlength="12" required autofocus></label>'
        f'<button type="submit" class="big">{esc(_("Log in"))}</button></form></main>'
    )
    return page(_("Tablet timekeeper"), body, css="tablet.css")


def console(state: dict[str, Any], csrf: str) -> str:
    track = state["track"]
    buttons = "".join(
        f'<button type="button" class="op op-{esc(op)}" data-op="{esc(op)}">'
        f'<span class="label">{esc(_(label))}</span><span class="key">{esc(key)}</span></button>'
        for op, label, key in BUTTONS
    )
    tracks = "".join(
        f'<a href="/tablet?track={esc(t["number"])}" '
        f'class="{"here" if t["number"] == track["number"] else ""}">{esc(t["label"])}</a>'
        for t in state.get("tracks", [])
    )
    body = (
        '<header class="tablet-head">'
        f'<div class="where"><strong>{esc(state["event"]["name"])}</strong> · '
        f'<span id="track-label">{esc(track["label"])}</span></div>'
        f'<div class="laptop">{esc(_("Controls laptop {name}").format(name=state["laptop"]))}</div>'
        f'<nav class="tracks">{tracks}</nav>'
        f'<button type="button" id="logout" class="small">{esc(_("Log out"))}</button>'
        '<span id="status" class="status" role="status"></span></header>'
        '<div id="alert" class="alert" role="alert" hidden></div>'
        '<main class="tablet">'
        '<section class="run" id="run">'
        '<div class="racer" id="racer"></div><div class="state" id="state"></div>'
        '<div class="clocks"><div class="clock"><span class="caption" id="time-left-label"></span>'
        '<span id="time-left" class="big-number"></span></div>'
        '<div class="clock"><span class="caption" id="lap-label"></span>'
        '<span id="lap-clock" class="big-number"></span></div>'
        '<div class="clock"><span class="caption" id="resets-label"></span>'
        '<span id="resets" class="big-number"></span></div></div>'
        '<div id="short-lap" class="short-lap" role="alert" hidden><span id="short-lap-text"></span>'
        f'<button type="button" class="op op-count_short" data-op="count_short">'
        f'<span class="label">{esc(_("Count it anyway"))}</span><span class="key">A</span></button></div>'
        '<ol id="laps" class="laps" reversed></ol></section>'
        f'<section class="ops" id="ops">{buttons}</section>'
        f'<section class="deck"><h2>{esc(_("On deck"))}</h2><ol id="queue"></ol></section>'
        '<p id="message" class="message" role="alert"></p>'
        "</main>"
        f'<script type="application/json" id="labels">{_json_script(labels())}</script>'
        f'<script type="application/json" id="initial">{_json_script(state)}</script>'
    )
    attrs = {"track": str(track["number"]), "csrf": csrf, "page": "tablet"}
    return page(
        _("Tablet · {track}").format(track=track["label"]),
        body,
        css="tablet.css",
        script="tablet.js",
        body_attrs=attrs,
    )


def problem(message: str) -> str:
    return page(
        _("Tablet timekeeper"), f'<main class="narrow"><p>{esc(message)}</p></main>', css="tablet.css"
    )
