"""The rules for every field a person types or a file carries, in one place.

The CLI, the Event and Racers screens, the cloud bundle import and sync segments all check values here,
so a username refused at the desk is refused the same way in an imported bundle. Each function returns the
clean value (trimmed, normalised) or raises ``FieldError`` with a message a person can act on; callers that
know where the value came from (a file and an item) put that in front of the message.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date
from typing import Any

from drem_desktop.domain.countries import COUNTRIES
from drem_desktop.i18n import _

USERNAME_MAX = 128  # Cognito's limit, so every cloud username fits
DISPLAY_NAME_MAX = 100
EVENT_NAME_MAX = 120
TEXT_MAX = 500  # sponsor, leaderboard title and footer
EMAIL_MAX = 254
TRACK_MAX = 99
TRACKS_PER_EVENT_MAX = 20  # more tracks than any venue runs at once: a typo, not an event
RESETS_MAX = 1_000
LAP_TIME_MAX_MS = 24 * 3_600_000
FIRST_YEAR, LAST_YEAR = 2000, 2100

# Names a highlight colour may have besides #RRGGBB: the screens' palette and the car's tail-light palette
# (tests keep this in step with ui/theme.py and domain/colours.py).
COLOUR_NAMES = frozenset(
    {
        "blue",
        "red",
        "marigold",
        "orchid",
        "orchid purple",
        "skyblue",
        "sky blue",
        "green",
        "violet",
        "lime",
        "orange",
        "pink",
        "teal",
        "white",
    }
)

_USERNAME = re.compile(r"[\w.\-@+]+")
_HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_WHOLE = re.compile(r"[+-]?\d{1,30}")
_UPLOAD_CODE = re.compile(r"[A-Za-z0-9-]{4,20}")
_DEVICE_NAMES = frozenset(
    {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(1, 10)} | {f"lpt{i}" for i in range(1, 10)}
)
# Characters that reorder or hide text: a name with them reads differently from what it is.
_BIDI_AND_INVISIBLE = frozenset(
    "\u061c\u200b\u200c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
)


class FieldError(ValueError):
    """A value cannot be used; the message says what is wrong and how to put it right."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


def _hidden_character(text: str) -> str | None:
    """The first control, bidi-override or invisible character in ``text``, as U+XXXX."""
    for ch in text:
        if ch in _BIDI_AND_INVISIBLE or unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn"):
            return f"U+{ord(ch):04X}"
    return None


def _as_text(value: Any, what: str, field: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise FieldError(_("{what} must be text, not {value!r}.").format(what=what, value=value), field)
    return value.strip()


def plain_text(
    value: Any, what: str, limit: int = TEXT_MAX, *, required: bool = False, field: str = ""
) -> str:
    """A one-line text field (title, sponsor, footer): trimmed, no hidden characters, at most ``limit``."""
    text = _as_text(value, what, field)
    if required and not text:
        raise FieldError(_("{what} is empty: enter one.").format(what=what), field)
    if len(text) > limit:
        raise FieldError(
            _("{what} is {n} characters long; shorten it to at most {limit}.").format(
                what=what, n=len(text), limit=limit
            ),
            field,
        )
    hidden = _hidden_character(text)
    if hidden:
        raise FieldError(
            _("{what} contains the invisible or control character {char}; retype it without.").format(
                what=what, char=hidden
            ),
            field,
        )
    return text


def username(value: Any) -> str:
    """A racer's username: letters, digits and . _ - @ + only, not a file or device name, ≤ 128."""
    name = _as_text(value, _("A username"), "username")
    if not name:
        raise FieldError(_("A racer needs a username."), "username")
    if len(name) > USERNAME_MAX:
        raise FieldError(
            _("Username “{name}…” is {n} characters long; the limit is {limit}.").format(
                name=name[:24], n=len(name), limit=USERNAME_MAX
            ),
            "username",
        )
    hidden = _hidden_character(name)
    if hidden:
        raise FieldError(
            _(
                "Username {name!r} contains the invisible or control character {char}; retype it without."
            ).format(name=name[:40], char=hidden),
            "username",
        )
    if not _USERNAME.fullmatch(name):
        hint = _(" (use _ instead of spaces)") if " " in name else ""
        raise FieldError(
            _("Username “{name}” may use only letters, digits and . _ - @ +{hint}.").format(
                name=name, hint=hint
            ),
            "username",
        )
    if name.startswith(".") or name.split(".")[0].lower() in _DEVICE_NAMES:
        raise FieldError(
            _("Username “{name}” looks like a file or device name; pick another.").format(name=name),
            "username",
        )
    return name


def display_name(value: Any) -> str:
    """The name shown on the leaderboard; may be empty (the username is shown then)."""
    return plain_text(value, _("The display name"), DISPLAY_NAME_MAX, field="display_name")


def event_name(value: Any) -> str:
    return plain_text(value, _("The event name"), EVENT_NAME_MAX, required=True, field="name")


def email(value: Any) -> str:
    """An e-mail address as the cloud manager keeps it; may be empty."""
    text = plain_text(value, _("The e-mail address"), EMAIL_MAX, field="email")
    if text and (" " in text or text.count("@") != 1 or text.startswith("@") or text.endswith("@")):
        raise FieldError(_("“{text}” is not an e-mail address.").format(text=text), "email")
    return text


def country_code(value: Any) -> str:
    """An ISO 3166-1 alpha-2 code, upper case; empty means none."""
    code = _as_text(value, _("The country code"), "country_code").upper()
    if code and code not in COUNTRIES:
        raise FieldError(
            _("“{code}” is not a country code: use the two letters of ISO 3166-1, e.g. DE, GB, US.").format(
                code=code[:20]
            ),
            "country_code",
        )
    return code


def highlight_colour(value: Any) -> str:
    """``#RRGGBB`` (upper case, as the cloud manager writes it) or a palette name; empty means none."""
    text = _as_text(value, _("The highlight colour"), "highlight_colour")
    if not text:
        return ""
    if _HEX_COLOUR.fullmatch(text):
        return text.upper()
    if text.lower() in COLOUR_NAMES:
        return text.lower()
    raise FieldError(
        _("“{text}” is not a highlight colour: use #RRGGBB or one of {names}.").format(
            text=text[:40], names=", ".join(sorted(n for n in COLOUR_NAMES if " " not in n))
        ),
        "highlight_colour",
    )


def event_date(value: Any) -> str:
    """A real calendar date written YYYY-MM-DD, between 2000 and 2100."""
    text = _as_text(value, _("The event date"), "event_date")
    try:
        if not _ISO_DATE.fullmatch(text):
            raise ValueError
        day = date.fromisoformat(text)
    except ValueError:
        raise FieldError(
            _("“{text}” is not a date: write it YYYY-MM-DD, e.g. 2025-06-14.").format(text=text[:40]),
            "event_date",
        ) from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise FieldError(
            _("The event date {text} is not between {first} and {last}.").format(
                text=text, first=FIRST_YEAR, last=LAST_YEAR
            ),
            "event_date",
        )
    return text


def whole_number(value: Any, what: str, low: int, high: int, field: str = "") -> int:
    """An integer (or its decimal text) within [low, high]; booleans and fractions are refused."""
    number: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, float) and math.isfinite(value) and value.is_integer() and abs(value) < 1e12:
        number = int(value)
    elif isinstance(value, str) and _WHOLE.fullmatch(value.strip()):
        number = int(value.strip())
    if number is None:
        raise FieldError(
            _("{what} must be a whole number, not {value!r}.").format(what=what, value=value), field
        )
    if not low <= number <= high:
        raise FieldError(
            _("{what} must be between {low} and {high}, not {value}.").format(
                what=what, low=low, high=high, value=_short(number)
            ),
            field,
        )
    return number


def track_number(value: Any) -> int:
    """1 to 99, written plainly: "01" is refused so that it cannot pass for a second track 1."""
    if isinstance(value, str) and value.strip().startswith(("0", "+")):
        raise FieldError(
            _("Track number “{value}” must be written plainly, e.g. 1 or 2.").format(value=value[:20]),
            "track",
        )
    return whole_number(value, _("The track number"), 1, TRACK_MAX, "track")


def upload_code(value: Any) -> str:
    """The code racers type on the upload page: 4 to 20 letters, digits or dashes (read off a screen)."""
    code = _as_text(value, _("The upload code"), "upload_code")
    if not _UPLOAD_CODE.fullmatch(code):
        raise FieldError(
            _(
                "Upload code “{code}” must be 4 to 20 letters, digits or dashes (no spaces), e.g. RACE-42."
            ).format(code=code[:40]),
            "upload_code",
        )
    return code


def track_count(value: Any) -> int:
    """How many tracks an event has: 1 to 20 (0 or a negative number is refused, never rounded up)."""
    return whole_number(value, _("The number of tracks"), 1, TRACKS_PER_EVENT_MAX, "tracks")


def resets(value: Any) -> int:
    """Resets during one lap: 0 or more (never clamped: a negative count is a mistake to show)."""
    return whole_number(value, _("The number of resets"), 0, RESETS_MAX, "resets")


def lap_time_ms(value: Any) -> int:
    """A lap time in milliseconds; fractions are rounded half-to-even (10100.5 → 10100, 10100.75 → 10101)."""
    number: float | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = float(value) if abs(value) <= LAP_TIME_MAX_MS * 10 else math.inf
    elif isinstance(value, float):
        number = value
    elif isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            number = None
    if number is None or not math.isfinite(number):
        raise FieldError(
            _("A lap time must be a number of milliseconds, not {value}.").format(value=_short(value)),
            "time",
        )
    ms = round(number)
    if not 1 <= ms <= LAP_TIME_MAX_MS:
        raise FieldError(
            _("A lap time must be between 1 ms and 24 hours, not {value} ms.").format(value=_short(value)),
            "time",
        )
    return int(ms)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
