"""Reading the cloud DeepRacer Event Manager's export bundle into plain records.

Written to what the cloud manager's ``scripts/drem_export.py`` really writes (a DynamoDB scan per table,
Cognito users with their groups). Everything is checked, through the same field rules the CLI and the
screens use (``domain/validation.py``), before anything is written: a malformed bundle is refused with the
file and the item named. Ids are derived from the bundle's own ids (UUID v5), so importing the same bundle
twice changes nothing.

What real exports carry and how it is taken:
- a race whose user deleted their account (the cloud keeps the race): imported under a placeholder racer
  named from the user id, and said so in the notes;
- a bundle made with ``--skip-users`` (no users.json): racers are matched by the usernames that
  leaderboard.json pairs with each user id, else placeholders;
- lap times that are not whole milliseconds (10100.75): rounded half-to-even to the millisecond;
- users in the staff groups (admin, operator, commentator, registration) who never raced: not racers;
- a race's ``createdAt`` is when the timekeeper submitted it: stored as the run's end, not its start.
"""

from __future__ import annotations

import json
import math
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from drem_desktop.domain import validation
from drem_desktop.domain.bundle_records import (
    Bundle,
    BundleEvent,
    BundleFleet,
    BundleLap,
    BundleRace,
    BundleRacer,
    BundleTrack,
)
from drem_desktop.domain.race_config import RaceConfig, RaceConfigError, RaceFormat, Ranking
from drem_desktop.domain.validation import FieldError
from drem_desktop.i18n import _

NAMESPACE = uuid.UUID("5b0b6d0e-2f1c-4d8e-9a43-5e2f7c1d9b61")
UNLIMITED = 9999
RANKINGS = {"BEST_LAP_TIME": Ranking.BEST_LAP, "BEST_AVERAGE_LAP_TIME_X_LAP": Ranking.BEST_AVERAGE}
EVENT_TYPES = (
    "PRIVATE_WORKSHOP",
    "PRIVATE_TRACK_RACE",
    "OFFICIAL_WORKSHOP",
    "OFFICIAL_TRACK_RACE",
    "AWS_SUMMIT",
    "TEST_EVENT",
    "OTHER",
)
STAFF_GROUPS = frozenset({"admin", "operator", "commentator", "registration"})
MAX_FILE_BYTES = 512 * 1024 * 1024
ID_MAX = 100
LAP_ID_MAX = 100_000


def stable_id(kind: str, *parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "|".join((kind, *parts))))


class BundleError(ValueError):
    """The bundle cannot be imported; the message names the file and the item."""


def _refuse(where: str, message: str) -> BundleError:
    return BundleError(f"{where}: {message}")


def _load(folder: Path, name: str, kind: type, required: bool = True) -> Any:
    path = folder / name
    if not path.exists():
        if required:
            raise BundleError(
                _("{file}: missing from the bundle folder {folder}.").format(file=name, folder=folder)
            )
        return None
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise _refuse(name, _("larger than 512 MB; this is not an export bundle file."))
        data = json.loads(path.read_text(encoding="utf-8"), parse_constant=_no_constant)
    except RecursionError:
        raise _refuse(name, _("nested too deeply to be an export bundle file.")) from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise BundleError(_("{file}: not readable JSON ({error}).").format(file=name, error=exc)) from None
    if not isinstance(data, kind):
        raise BundleError(
            _("{file}: expected a JSON {kind}.").format(file=name, kind="list" if kind is list else "object")
        )
    return data


def _no_constant(name: str) -> Any:
    raise ValueError(_("{name} is not a number").format(name=name))


def _obj(item: Any, where: str) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise _refuse(where, _("not a JSON object."))
    return item


def _text_id(item: dict[str, Any], key: str, where: str, *, required: bool = True) -> str:
    """An id from the bundle: non-empty text (numbers are taken as text), short, no hidden characters."""
    value = item.get(key)
    if value is None or value == "":
        if required:
            raise _refuse(where, _("“{key}” is missing.").format(key=key))
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise _refuse(
            where, _("“{key}” has the wrong type ({value!r}).").format(key=key, value=_short(value))
        )
    try:
        return validation.plain_text(str(value), key, ID_MAX, required=True)
    except FieldError as exc:
        raise _refuse(where, str(exc)) from None


T = TypeVar("T")


def _rule(where: str, rule: Callable[[Any], T], value: Any) -> T:
    try:
        return rule(value)
    except FieldError as exc:
        raise _refuse(where, str(exc)) from None


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _bool(item: dict[str, Any], key: str, where: str, default: bool) -> bool:
    value = item.get(key, default)
    if value is None:
        return default
    if not isinstance(value, bool):
        raise _refuse(
            where, _("“{key}” must be true or false, not {value}.").format(key=key, value=_short(value))
        )
    return value


def _config(raw: Any, where: str) -> RaceConfig:
    raw = _obj(raw if raw is not None else {}, f"{where} raceConfig")
    minutes = raw.get("raceTimeInMin", 3)
    if isinstance(minutes, bool) or not isinstance(minutes, int | float | str):
        raise _refuse(where, _("“raceTimeInMin” must be a number of minutes."))
    try:
        minutes_f = float(minutes)
    except ValueError:
        raise _refuse(where, _("“raceTimeInMin” must be a number of minutes.")) from None
    if not math.isfinite(minutes_f) or not 0 <= minutes_f <= 24 * 60:
        raise _refuse(
            where, _("“raceTimeInMin” must be between 0 and 1440 minutes, not {v}.").format(v=_short(minutes))
        )
    resets = _rule(
        where,
        lambda v: validation.whole_number(v, "numberOfResetsPerLap", 0, UNLIMITED),
        raw.get("numberOfResetsPerLap", UNLIMITED),
    )
    max_runs = _rule(
        where,
        lambda v: validation.whole_number(v, "maxRunsPerRacer", 0, UNLIMITED),
        raw.get("maxRunsPerRacer", UNLIMITED),
    )
    window = _rule(
        where,
        lambda v: validation.whole_number(v, "averageLapsWindow", 1, 100),
        raw.get("averageLapsWindow", 3),
    )
    method = raw.get("rankingMethod") or "BEST_LAP_TIME"
    if method not in RANKINGS:
        raise _refuse(where, _("unknown rankingMethod {method}.").format(method=_short(method)))
    try:
        return RaceConfig(
            format=RaceFormat.TIME_TRIAL,
            race_time_ms=round(minutes_f * 60_000) or None,
            ranking=RANKINGS[method],
            average_window=window,
            resets_per_lap=None if resets >= UNLIMITED else resets,
            max_runs_per_racer=None if max_runs >= UNLIMITED or max_runs == 0 else max_runs,
        ).validated()
    except RaceConfigError as exc:
        raise _refuse(where, str(exc)) from None


def _parse_time(value: Any, where: str) -> datetime:
    try:
        if not isinstance(value, str) or len(value) > 40:
            raise ValueError
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise _refuse(
            where, _("“createdAt” is not a date-time ({value}).").format(value=_short(value))
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _event_date(e: dict[str, Any], where: str) -> str:
    raw = e.get("eventDate")
    if raw in (None, ""):
        created = e.get("createdAt")
        return (
            _parse_time(created, where).date().isoformat()
            if created
            else datetime.now(UTC).date().isoformat()
        )
    return _rule(where, validation.event_date, raw)


def _read_fleets(raw: list[Any]) -> tuple[list[BundleFleet], dict[str, str]]:
    fleets: list[BundleFleet] = []
    ids: dict[str, str] = {}
    for i, f in enumerate(raw):
        where = f"fleets.json item {i + 1}"
        f = _obj(f, where)
        fid = _text_id(f, "fleetId", where)
        if fid in ids:
            raise _refuse(where, _("fleetId {id} appears twice.").format(id=fid))
        name = _rule(where, lambda v: validation.plain_text(v, "fleetName", 100), f.get("fleetName") or fid)
        ids[fid] = stable_id("fleet", fid)
        fleets.append(BundleFleet(ids[fid], name))
    return fleets, ids


def _read_events(
    raw: list[Any], fleet_ids: dict[str, str]
) -> tuple[list[BundleEvent], dict[tuple[str, str], str]]:
    events: list[BundleEvent] = []
    track_ids: dict[tuple[str, str], str] = {}
    seen: set[str] = set()
    names: set[str] = set()
    for i, e in enumerate(raw):
        where = f"events.json item {i + 1}"
        e = _obj(e, where)
        source_id = _text_id(e, "eventId", where)
        where = f"events.json event {source_id}"
        if source_id in seen:
            raise _refuse(where, _("eventId {id} appears twice.").format(id=source_id))
        seen.add(source_id)
        name = _rule(where, validation.event_name, e.get("eventName"))
        if name in names:
            raise _refuse(where, _("two events are named “{name}”.").format(name=name))
        names.add(name)
        type_of_event = e.get("typeOfEvent") or "OFFICIAL_TRACK_RACE"
        if type_of_event not in EVENT_TYPES:
            raise _refuse(where, _("unknown typeOfEvent {value}.").format(value=_short(type_of_event)))
        config = _config(e.get("raceConfig"), where)
        raw_tracks = e.get("tracks") or [{"trackId": "1"}]
        if not isinstance(raw_tracks, list):
            raise _refuse(where, _("“tracks” must be a list."))
        tracks = []
        numbers: set[int] = set()
        for j, t in enumerate(raw_tracks):
            twhere = f"{where} track {j + 1}"
            t = _obj(t, twhere)
            raw_tid = t.get("trackId")
            number = _rule(twhere, validation.track_number, raw_tid)
            if number in numbers:
                raise _refuse(twhere, _("track {n} appears twice.").format(n=number))
            numbers.add(number)
            tid = stable_id("track", source_id, str(number))
            track_ids[(source_id, str(number))] = tid
            fleet = t.get("fleetId")
            if fleet is not None and not isinstance(fleet, str):
                raise _refuse(twhere, _("“fleetId” has the wrong type."))
            title = _rule(
                twhere, lambda v: validation.plain_text(v, "leaderBoardTitle", 200), t.get("leaderBoardTitle")
            )
            footer = _rule(
                twhere,
                lambda v: validation.plain_text(v, "leaderBoardFooter", 200),
                t.get("leaderBoardFooter"),
            )
            tracks.append(
                BundleTrack(tid, number, title or name, footer, fleet_ids.get(fleet) if fleet else None)
            )
        events.append(
            BundleEvent(
                stable_id("event", source_id),
                source_id,
                name,
                _event_date(e, where),
                type_of_event,
                _rule(where, validation.country_code, e.get("countryCode")),
                _rule(where, lambda v: validation.plain_text(v, "sponsor", 100), e.get("sponsor")),
                config,
                tracks,
            )
        )
    return events, track_ids


def _read_profiles(raw: list[Any] | None) -> dict[str, dict[str, Any]]:
    profiles: dict[str, dict[str, Any]] = {}
    for i, p in enumerate(raw or []):
        where = f"racer_profiles.json item {i + 1}"
        p = _obj(p, where)
        username = _rule(where, validation.username, p.get("username"))
        colour = _rule(
            f"racer_profiles.json {username}", validation.highlight_colour, p.get("highlightColour")
        )
        avatar = p.get("avatarConfig") or {}
        if isinstance(avatar, str):
            try:
                avatar = json.loads(avatar) if avatar.strip() else {}
            except (ValueError, RecursionError):
                raise _refuse(f"racer_profiles.json {username}", _("“avatarConfig” is not JSON.")) from None
        if not isinstance(avatar, dict):
            raise _refuse(f"racer_profiles.json {username}", _("“avatarConfig” must be an object."))
        profiles[username.casefold()] = {"colour": colour, "avatar": avatar}
    return profiles


@dataclass(slots=True)
class _Users:
    racers: dict[str, BundleRacer] = field(default_factory=dict)  # by cloud sub
    staff: set[str] = field(default_factory=set)  # subs of staff users
    usernames: dict[str, str] = field(default_factory=dict)  # casefolded username -> sub


def _read_users(raw: list[Any], profiles: dict[str, dict[str, Any]]) -> _Users:
    users = _Users()
    for i, u in enumerate(raw):
        where = f"users.json item {i + 1}"
        u = _obj(u, where)
        username = _rule(where, validation.username, u.get("username"))
        where = f"users.json user {username}"
        sub = _text_id(u, "sub", where)
        if sub in users.racers:
            raise _refuse(where, _("sub {sub} belongs to two users.").format(sub=sub))
        if username.casefold() in users.usernames:
            raise _refuse(where, _("username “{name}” appears twice.").format(name=username))
        groups = u.get("groups") or []
        if not isinstance(groups, list) or not all(isinstance(g, str) for g in groups):
            raise _refuse(where, _("“groups” must be a list of names."))
        if STAFF_GROUPS & set(groups) and "racer" not in groups:
            users.staff.add(sub)
        profile = profiles.get(username.casefold(), {})
        users.usernames[username.casefold()] = sub
        users.racers[sub] = BundleRacer(
            stable_id("user", sub),
            username,
            _rule(where, validation.email, u.get("email")),
            _rule(where, validation.country_code, u.get("countryCode")),
            profile.get("colour", ""),
            profile.get("avatar", {}),
            cloud_id=sub,
        )
    return users


def _usernames_from_leaderboard(raw: list[Any] | None) -> dict[str, tuple[str, str]]:
    """userId → (username, countryCode) as leaderboard entries pair them (the only place with both when
    users.json was skipped)."""
    found: dict[str, tuple[str, str]] = {}
    for i, entry in enumerate(raw or []):
        where = f"leaderboard.json item {i + 1}"
        entry = _obj(entry, where)
        if entry.get("type", "leaderboard_entry") != "leaderboard_entry":
            continue
        user = entry.get("userId")
        name = entry.get("username")
        if isinstance(user, str) and isinstance(name, str) and user and name:
            username = _rule(where, validation.username, name)
            country = entry.get("countryCode") if isinstance(entry.get("countryCode"), str) else ""
            found.setdefault(user, (username, _rule(where, validation.country_code, country or "")))
    return found


def placeholder_username(user_id: str) -> str:
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in user_id)[:80]
    return f"deleted-{safe}"


def read_bundle(folder: Path) -> Bundle:
    folder = Path(folder)
    if not folder.is_dir():
        raise BundleError(
            _("{folder} is not a folder: give the unpacked export bundle's folder.").format(folder=folder)
        )
    events_raw = _load(folder, "events.json", list)
    races_raw = _load(folder, "races.json", dict)
    users_raw = _load(folder, "users.json", list, required=False)
    profiles_raw = _load(folder, "racer_profiles.json", list, required=False)
    fleets_raw = _load(folder, "fleets.json", list, required=False)
    leaderboard_raw = _load(folder, "leaderboard.json", list, required=False)
    notes: list[str] = []

    fleets, fleet_ids = _read_fleets(fleets_raw or [])
    events, track_ids = _read_events(events_raw, fleet_ids)
    event_ids = {e.source_id: e.event_id for e in events}
    profiles = _read_profiles(profiles_raw)
    users = _read_users(users_raw or [], profiles)
    if users_raw is None:
        notes.append(_("No users.json (exported with --skip-users): racers were matched by username."))
    from_board = _usernames_from_leaderboard(leaderboard_raw)

    used: dict[str, BundleRacer] = {}  # sub -> racer, for every user that raced
    placeholders: list[str] = []
    fractional = 0
    races: list[BundleRace] = []
    race_ids: set[str] = set()
    for source_event, items in races_raw.items():
        if source_event not in event_ids:
            raise BundleError(
                _("races.json: races for event “{event}”, which events.json does not have.").format(
                    event=str(source_event)[:60]
                )
            )
        if not isinstance(items, list):
            raise _refuse(f"races.json event {source_event}", _("expected a list of races."))
        for i, r in enumerate(items):
            where = f"races.json event {source_event} race {i + 1}"
            r = _obj(r, where)
            race_id = _text_id(r, "raceId", where)
            where = f"races.json race {race_id}"
            if race_id in race_ids:
                raise _refuse(where, _("raceId {id} appears twice.").format(id=race_id))
            race_ids.add(race_id)
            if r.get("eventId") not in (None, source_event):
                raise _refuse(
                    where,
                    _("its eventId {id} is not the event it is listed under.").format(
                        id=_short(r.get("eventId"))
                    ),
                )
            user = _text_id(r, "userId", where)
            number = _rule(where, validation.track_number, r.get("trackId"))
            if (source_event, str(number)) not in track_ids:
                raise _refuse(where, _("track {track} is not a track of its event.").format(track=number))
            raw_laps = r.get("laps")
            if not isinstance(raw_laps, list):
                raise _refuse(where, _("“laps” must be a list."))
            laps = []
            car = ""
            seen: set[int] = set()
            for j, lap in enumerate(raw_laps):
                lwhere = f"{where} lap {j + 1}"
                lap = _obj(lap, lwhere)
                index = _rule(
                    lwhere, lambda v: validation.whole_number(v, "lapId", 0, LAP_ID_MAX), lap.get("lapId")
                )
                if index in seen:
                    raise _refuse(lwhere, _("lapId {n} appears twice.").format(n=index))
                seen.add(index)
                raw_time = lap.get("time")
                time_ms = _rule(lwhere, validation.lap_time_ms, raw_time)
                if isinstance(raw_time, float) and not raw_time.is_integer():
                    fractional += 1
                resets = _rule(lwhere, validation.resets, lap.get("resets", 0))
                valid = _bool(lap, "isValid", lwhere, True)
                car = car or _rule(
                    lwhere, lambda v: validation.plain_text(v, "carName", 100), lap.get("carName")
                )
                laps.append(
                    BundleLap(
                        stable_id("lap", race_id, str(index)),
                        index,
                        time_ms,
                        resets,
                        valid,
                        "sensor" if lap.get("autTimerConnected") is True else "manual",
                    )
                )
            racer = users.racers.get(user) or used.get(user)
            if racer is None:
                known = from_board.get(user)
                if known is not None and known[0].casefold() not in users.usernames:
                    racer = BundleRacer(
                        stable_id("user", user), known[0], country_code=known[1], cloud_id=user
                    )
                    profile = profiles.get(known[0].casefold(), {})
                    racer.highlight_colour = profile.get("colour", "")
                    racer.avatar_config = profile.get("avatar", {})
                else:
                    name = placeholder_username(user)
                    racer = BundleRacer(
                        stable_id("user", user),
                        name,
                        cloud_id=user,
                        display_name=_("Deleted user {id}").format(id=user[:8]),
                    )
                    placeholders.append(user)
            used[user] = racer
            races.append(
                BundleRace(
                    stable_id("race", race_id),
                    event_ids[source_event],
                    track_ids[(source_event, str(number))],
                    racer.racer_id,
                    _bool(r, "racedByProxy", where, False),
                    _parse_time(r.get("createdAt"), where),
                    car,
                    laps,
                    cloud_id=race_id,
                )
            )
    racers = [u for sub, u in users.racers.items() if sub in used or sub not in users.staff]
    racers += [u for sub, u in used.items() if sub not in users.racers]
    skipped_staff = len([s for s in users.staff if s not in used])
    if placeholders:
        notes.append(
            _(
                "{n} race(s) by {u} user(s) no longer in the cloud were imported under placeholder racers "
                "named deleted-…: rename them in Racers if you know who they were."
            ).format(
                n=sum(1 for r in races if r.racer_id in {used[p].racer_id for p in placeholders}),
                u=len(set(placeholders)),
            )
        )
    if skipped_staff:
        notes.append(
            _("{n} staff user(s) (admin, operator, …) who never raced were not made racers.").format(
                n=skipped_staff
            )
        )
    if fractional:
        notes.append(
            _("{n} lap time(s) had fractions of a millisecond and were rounded half-to-even.").format(
                n=fractional
            )
        )
    return Bundle(events, racers, races, fleets, notes)
