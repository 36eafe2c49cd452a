"""The field rules every entry point shares (domain/validation.py)."""

from __future__ import annotations

import re

import pytest

from drem_desktop.domain import validation as v
from drem_desktop.domain.colours import PALETTE
from drem_desktop.domain.validation import FieldError
from drem_desktop.ui.theme import HIGHLIGHT_COLOURS


@pytest.mark.parametrize("name", ["racer_01", "anna.k", "jo-jo", "mail@example.com", "a+b", "Zoë", "山田"])
def test_usernames_people_use_are_accepted(name: str) -> None:
    assert v.username(f"  {name} ") == name


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("", "needs a username"),
        ("two words", "instead of spaces"),
        ("nul\x00byte", "U+0000"),
        ("evil\u202egnp.exe", "U+202E"),
        ("zero\u200bwidth", "U+200B"),
        ("../etc/passwd", "only letters"),
        ("a/b", "only letters"),
        ("..", "file or device name"),
        (".hidden", "file or device name"),
        ("CON", "file or device name"),
        ("lpt1.txt", "file or device name"),
        ("x" * 300, "300 characters"),
        (42, "must be text"),
    ],
)
def test_bad_usernames_are_refused_in_words(name: object, words: str) -> None:
    with pytest.raises(FieldError, match=re.escape(words)) as caught:
        v.username(name)
    assert caught.value.field == "username"


def test_display_name_allows_spaces_and_accents_but_not_hidden_characters() -> None:
    assert v.display_name(" Zoë van der Berg ") == "Zoë van der Berg"
    assert v.display_name(None) == ""
    with pytest.raises(FieldError, match=re.escape("U+202D")):
        v.display_name("abc\u202d")
    with pytest.raises(FieldError, match="at most 100"):
        v.display_name("n" * 101)


def test_country_codes_are_iso_3166_alpha_2() -> None:
    assert v.country_code("de") == "DE"
    assert v.country_code("") == ""
    assert v.country_code("XK") == "XK"  # the cloud manager's picker offers Kosovo
    assert len(v.COUNTRIES) == 250
    for bad in ("ZZ", "🇩🇪", "DEU", "U1"):
        with pytest.raises(FieldError, match="ISO 3166-1"):
            v.country_code(bad)


def test_highlight_colours_cover_both_palettes() -> None:
    for name in list(HIGHLIGHT_COLOURS) + list(PALETTE):
        assert v.highlight_colour(name.upper()) == name
    assert v.highlight_colour("#ff8200") == "#FF8200"
    assert v.highlight_colour("") == ""
    for bad in ("#12345", "#GGGGGG", "rgb(1,2,3)", "chartreuse"):
        with pytest.raises(FieldError, match="#RRGGBB"):
            v.highlight_colour(bad)


def test_event_dates_are_real_calendar_days() -> None:
    assert v.event_date("2024-02-29") == "2024-02-29"
    for bad in ("2026-99-99", "2023-02-29", "14/06/2025", "2025-6-1", "20250614", ""):
        with pytest.raises(FieldError, match="YYYY-MM-DD"):
            v.event_date(bad)
    with pytest.raises(FieldError, match="between 2000 and 2100"):
        v.event_date("1899-01-01")


def test_event_name_is_required_and_short() -> None:
    assert v.event_name("  Summit Cup ") == "Summit Cup"
    with pytest.raises(FieldError, match="empty"):
        v.event_name("   ")
    with pytest.raises(FieldError, match="at most 120"):
        v.event_name("<b>" * 70_000)


def test_track_numbers() -> None:
    assert v.track_number("2") == 2
    assert v.track_number(3) == 3
    for bad, words in (("01", "plainly"), ("-1", "between 1 and 99"), (0, "between"), (True, "whole number")):
        with pytest.raises(FieldError, match=words):
            v.track_number(bad)


def test_resets_are_never_clamped() -> None:
    assert v.resets(0) == 0
    assert v.resets("4") == 4
    for bad in (-1, 1.5, "many", 10**400, None):
        with pytest.raises(FieldError):
            v.resets(bad)


def test_lap_times_round_half_even_and_refuse_nonsense() -> None:
    assert v.lap_time_ms(10100.75) == 10101
    assert v.lap_time_ms(10100.5) == 10100  # half to even
    assert v.lap_time_ms(10101.5) == 10102
    assert v.lap_time_ms("12345") == 12345
    for bad in (float("inf"), float("nan"), 1e400, 10**400, 0, -5, 0.4, 25 * 3_600_000, "fast", True, None):
        with pytest.raises(FieldError, match="lap time"):
            v.lap_time_ms(bad)


def test_email() -> None:
    assert v.email(" a@b.org ") == "a@b.org"
    assert v.email("") == ""
    for bad in ("a b@c", "nobody", "@x", "a@b@c"):
        with pytest.raises(FieldError, match="e-mail"):
            v.email(bad)


def test_the_store_applies_the_rules(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from drem_desktop.app import App
    from drem_desktop.domain.race_config import RaceConfig

    app = App(tmp_path, backup_at_start=False)
    try:
        with pytest.raises(FieldError, match="country code"):
            app.racers.add("ann", country_code="ZZ")
        with pytest.raises(FieldError, match="YYYY-MM-DD"):
            app.events.create("Cup", "2026-99-99", RaceConfig())
        assert app.racers.list() == [] and app.events.list() == []
        r = app.racers.add("ann", country_code="se", highlight_colour="#ff0000")
        assert (r.country_code, r.highlight_colour) == ("SE", "#FF0000")
        with pytest.raises(FieldError, match="instead of spaces"):
            app.racers.update(r.racer_id, username="ann b")
    finally:
        app.close()
