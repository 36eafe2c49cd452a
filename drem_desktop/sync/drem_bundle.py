"""Reading the cloud DeepRacer Event Manager's export bundle into plain records.

Everything is checked before anything is written: a malformed bundle is refused with the file and the
item named. Ids are derived from the bundle's own ids (UUID v5), so importing the same bundle twice
changes nothing.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

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
from drem_desktop.i18n import _

NAMESPACE = uuid.UUID("5b0b6d0e-2f1c-4d8e-9a43-5e2f7c1d9b61")
UNLIMITED = 9999
RANKINGS = {"BEST_LAP_TIME": Ranking.BEST_LAP, "BEST_AVERAGE_LAP_TIME_X_LAP": Ranking.BEST_AVERAGE}


def stable_id(kind: str, *parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "|".join((kind, *parts))))


class BundleError(ValueError):
    """The bundle cannot be imported; the message names the file and the item."""


def _load(folder: Path, name: str, kind: type, required: bool = True) -> Any:
    path = folder / name
    if not path.exists():
        if required:
            raise BundleError(
                _("{file}: missing from the bundle folder {folder}.").format(file=name, folder=folder)
            )
        return kind()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BundleError(_("{file}: not readable JSON ({error}).").format(file=name, error=exc)) from exc
    if not isinstance(data, kind):
        raise BundleError(
            _("{file}: expected a JSON {kind}.").format(file=name, kind="list" if kind is list else "object")
        )
    return data


def _field(item: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if not isinstance(item, dict):
        raise BundleError(_("{where}: not a JSON object.").format(where=where))
    if key not in item:
        raise BundleError(_("{where}: “{key}” is missing.").format(where=where, key=key))
    value = item[key]
    if not isinstance(value, kind) or (isinstance(value, bool) and bool not in _as_tuple(kind)):
        raise BundleError(
            _("{where}: “{key}” has the wrong type ({value!r}).").format(where=where, key=key, value=value)
        )
    return value


def _as_tuple(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


def _int(value: Any, where: str, key: str) -> int:
    try:
        if isinstance(value, bool):
            raise ValueError
        return int(value)
    except (TypeError, ValueError):
        raise BundleError(
            _("{where}: “{key}” must be a number ({value!r}).").format(where=where, key=key, value=value)
        ) from None


def _config(raw: dict[str, Any], where: str) -> RaceConfig:
    if not isinstance(raw, dict):
        raise BundleError(_("{where}: “raceConfig” must be an object.").format(where=where))
    minutes = raw.get("raceTimeInMin", 3)
    resets = _int(raw.get("numberOfResetsPerLap", UNLIMITED), where, "numberOfResetsPerLap")
    max_runs = _int(raw.get("maxRunsPerRacer", UNLIMITED), where, "maxRunsPerRacer")
    method = raw.get("rankingMethod", "BEST_LAP_TIME")
    if method not in RANKINGS:
        raise BundleError(_("{where}: unknown rankingMethod “{method}”.").format(where=where, method=method))
    try:
        race_ms = round(float(minutes) * 60_000)
    except (TypeError, ValueError):
        raise BundleError(_("{where}: “raceTimeInMin” must be a number.").format(where=where)) from None
    try:
        return RaceConfig(
            format=RaceFormat.TIME_TRIAL,
            race_time_ms=race_ms,
            ranking=RANKINGS[method],
            average_window=_int(raw.get("averageLapsWindow", 3), where, "averageLapsWindow"),
            resets_per_lap=None if resets >= UNLIMITED else resets,
            max_runs_per_racer=None if max_runs >= UNLIMITED else max_runs,
        ).validated()
    except RaceConfigError as exc:
        raise BundleError(f"{where}: {exc}") from exc


def _parse_time(value: Any, where: str) -> datetime:
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        raise BundleError(
            _("{where}: “createdAt” is not a date-time ({value!r}).").format(where=where, value=value)
        ) from None


def read_bundle(folder: Path) -> Bundle:
    folder = Path(folder)
    if not folder.is_dir():
        raise BundleError(
            _("{folder} is not a folder: give the unpacked export bundle's folder.").format(folder=folder)
        )
    events_raw = _load(folder, "events.json", list)
    races_raw = _load(folder, "races.json", dict)
    users_raw = _load(folder, "users.json", list)
    profiles_raw = _load(folder, "racer_profiles.json", list, required=False)
    fleets_raw = _load(folder, "fleets.json", list, required=False)

    fleets: list[BundleFleet] = []
    fleet_ids: dict[str, str] = {}
    for i, f in enumerate(fleets_raw):
        where = f"fleets.json item {i + 1}"
        fid = str(_field(f, "fleetId", str, where))
        name = f.get("fleetName") or fid
        fleet_ids[fid] = stable_id("fleet", fid)
        fleets.append(BundleFleet(fleet_ids[fid], str(name)))

    events: list[BundleEvent] = []
    track_ids: dict[tuple[str, str], str] = {}
    event_ids: dict[str, str] = {}
    for i, e in enumerate(events_raw):
        where = f"events.json item {i + 1}"
        source_id = _field(e, "eventId", str, where)
        where = f"events.json event {source_id}"
        name = _field(e, "eventName", str, where).strip()
        if not name:
            raise BundleError(_("{where}: “eventName” is empty.").format(where=where))
        config = _config(e.get("raceConfig", {}), where)
        tracks = []
        for j, t in enumerate(e.get("tracks") or [{"trackId": "1"}]):
            twhere = f"{where} track {j + 1}"
            raw_tid = str(_field(t, "trackId", (str, int), twhere))
            number = _int(raw_tid, twhere, "trackId")
            tid = stable_id("track", source_id, raw_tid)
            track_ids[(source_id, raw_tid)] = tid
            fleet = t.get("fleetId")
            tracks.append(
                BundleTrack(
                    tid,
                    number,
                    str(t.get("leaderBoardTitle") or name),
                    str(t.get("leaderBoardFooter") or ""),
                    fleet_ids.get(fleet) if fleet else None,
                )
            )
        event_ids[source_id] = stable_id("event", source_id)
        events.append(
            BundleEvent(
                event_ids[source_id],
                source_id,
                name,
                str(e.get("eventDate") or "")[:10],
                str(e.get("typeOfEvent") or "OFFICIAL_TRACK_RACE"),
                str(e.get("countryCode") or "")[:2],
                str(e.get("sponsor") or ""),
                config,
                tracks,
            )
        )

    profiles: dict[str, dict[str, Any]] = {}
    for i, p in enumerate(profiles_raw):
        where = f"racer_profiles.json item {i + 1}"
        profiles[_field(p, "username", str, where)] = p

    racers: list[BundleRacer] = []
    racer_ids: dict[str, str] = {}
    for i, u in enumerate(users_raw):
        where = f"users.json item {i + 1}"
        username = _field(u, "username", str, where)
        sub = _field(u, "sub", str, f"users.json user {username}")
        profile = profiles.get(username, {})
        avatar = profile.get("avatarConfig") or {}
        if isinstance(avatar, str):
            try:
                avatar = json.loads(avatar) if avatar.strip() else {}
            except json.JSONDecodeError:
                raise BundleError(
                    _("racer_profiles.json {user}: “avatarConfig” is not JSON.").format(user=username)
                ) from None
        racer_ids[sub] = stable_id("user", sub)
        racers.append(
            BundleRacer(
                racer_ids[sub],
                username,
                str(u.get("email") or ""),
                str(u.get("countryCode") or "")[:2],
                str(profile.get("highlightColour") or ""),
                avatar if isinstance(avatar, dict) else {},
            )
        )

    races: list[BundleRace] = []
    for source_event, items in races_raw.items():
        if source_event not in event_ids:
            raise BundleError(
                _("races.json: races for event “{event}”, which events.json does not have.").format(
                    event=source_event
                )
            )
        if not isinstance(items, list):
            raise BundleError(
                _("races.json event {event}: expected a list of races.").format(event=source_event)
            )
        for i, r in enumerate(items):
            where = f"races.json event {source_event} race {i + 1}"
            race_id = _field(r, "raceId", str, where)
            where = f"races.json race {race_id}"
            user = _field(r, "userId", str, where)
            if user not in racer_ids:
                raise BundleError(
                    _("{where}: user {user} is not in users.json.").format(where=where, user=user)
                )
            raw_tid = str(_field(r, "trackId", (str, int), where))
            if (source_event, raw_tid) not in track_ids:
                raise BundleError(
                    _("{where}: track {track} is not a track of its event.").format(
                        where=where, track=raw_tid
                    )
                )
            laps = []
            car = ""
            seen: set[int] = set()
            for j, lap in enumerate(_field(r, "laps", list, where)):
                lwhere = f"{where} lap {j + 1}"
                index = _int(_field(lap, "lapId", (int, str), lwhere), lwhere, "lapId")
                if index in seen:
                    raise BundleError(_("{where}: lapId {n} appears twice.").format(where=lwhere, n=index))
                seen.add(index)
                time_ms = _int(_field(lap, "time", (int, float, str), lwhere), lwhere, "time")
                if time_ms <= 0:
                    raise BundleError(_("{where}: “time” must be positive.").format(where=lwhere))
                resets = _int(lap.get("resets", 0), lwhere, "resets")
                valid = lap.get("isValid", True)
                if not isinstance(valid, bool):
                    raise BundleError(_("{where}: “isValid” must be true or false.").format(where=lwhere))
                car = car or str(lap.get("carName") or "")
                laps.append(
                    BundleLap(
                        stable_id("lap", race_id, str(index)),
                        index,
                        time_ms,
                        max(0, resets),
                        valid,
                        "sensor" if lap.get("autTimerConnected") else "manual",
                    )
                )
            races.append(
                BundleRace(
                    stable_id("race", race_id),
                    event_ids[source_event],
                    track_ids[(source_event, raw_tid)],
                    racer_ids[user],
                    bool(r.get("racedByProxy", False)),
                    _parse_time(r.get("createdAt", ""), where),
                    car,
                    laps,
                )
            )
    return Bundle(events, racers, races, fleets)
