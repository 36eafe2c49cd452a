"""What exports need beyond the results records: creation times, avatars and fleet names (plain values)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import groupby
from operator import itemgetter
from typing import Any

from sqlalchemy import select

from drem_desktop.domain.records import LapRecord, RunRecord
from drem_desktop.store.db import Database
from drem_desktop.store.schema import Event, Fleet, Racer


@dataclass(slots=True)
class BundleExtras:
    event_created: dict[str, datetime] = field(default_factory=dict)
    racer_created: dict[str, datetime] = field(default_factory=dict)
    racer_avatar: dict[str, dict[str, Any]] = field(default_factory=dict)
    fleets: dict[str, tuple[str, datetime]] = field(default_factory=dict)  # id -> (name, created)


def bundle_extras(
    db: Database, event_ids: list[str], racer_ids: set[str], fleet_ids: set[str]
) -> BundleExtras:
    extras = BundleExtras()
    with db.sessions() as session:
        for eid, created in session.execute(
            select(Event.id, Event.created_at).where(Event.id.in_(event_ids))
        ):
            extras.event_created[eid] = created
        rows = session.execute(select(Racer.id, Racer.created_at, Racer.avatar_config))
        for rid, created, avatar in rows:
            if rid in racer_ids:
                extras.racer_created[rid] = created
                extras.racer_avatar[rid] = avatar or {}
        if fleet_ids:
            for fid, name, created in session.execute(
                select(Fleet.id, Fleet.name, Fleet.created_at).where(Fleet.id.in_(fleet_ids))
            ):
                extras.fleets[fid] = (name, created)
    return extras


def _when(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=UTC)


def counted_runs(db: Database, event_id: str) -> list[RunRecord]:
    """The event's counted runs (not deleted, not discarded) with their laps, oldest first.

    Exports read 100,000 laps here, so this goes straight to the DB-API cursor (no ORM rows): two indexed
    queries, as the leaderboard's cold build does.
    """
    where = "r.event_id = ? AND r.deleted = 0 AND r.state != 'discarded'"
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection  # sqlite3's own connection (open: we hold it)
        assert raw is not None
        cur = raw.cursor()
        runs = cur.execute(
            "SELECT r.id, r.event_id, r.track_id, r.racer_id, r.state, r.started_at, r.ended_at, "
            "r.raced_by_proxy, r.car_name, r.max_runs_override, r.created_at, r.cloud_id FROM run r "
            f"WHERE {where} ORDER BY r.created_at, r.id",
            (event_id,),
        ).fetchall()
        laps = cur.execute(
            "SELECT l.run_id, l.id, l.lap_index, l.time_ms, l.resets, l.valid, l.source FROM run r "
            f"JOIN lap l ON l.run_id = r.id WHERE {where} AND l.deleted = 0 ORDER BY l.run_id, l.lap_index",
            (event_id,),
        ).fetchall()
        cur.close()
    by_run = {
        run_id: tuple(LapRecord(lid, run_id, i, t, rs, bool(v), src) for _r, lid, i, t, rs, v, src in group)
        for run_id, group in groupby(laps, key=itemgetter(0))
    }
    return [
        RunRecord(
            run_id=rid,
            event_id=eid,
            track_id=tid,
            racer_id=racer,
            state=state,
            started_at=_when(started),
            ended_at=_when(ended),
            raced_by_proxy=bool(proxy),
            car_name=car or "",
            laps=by_run.get(rid, ()),
            max_runs_override=override or "",
            created_at=_when(created),
            cloud_id=cloud or "",
        )
        for rid, eid, tid, racer, state, started, ended, proxy, car, override, created, cloud in runs
    ]


def _csv_field(expr: str) -> str:
    """SQL that writes a text value as one CSV field the way Python's csv writer does (QUOTE_MINIMAL):
    quoted, with its quotes doubled, when it holds a comma, a quote or a line break."""
    return (
        f"CASE WHEN instr({expr}, ',') OR instr({expr}, '\"') OR instr({expr}, char(13)) "
        f"OR instr({expr}, char(10)) THEN '\"' || replace({expr}, '\"', '\"\"') || '\"' ELSE {expr} END"
    )


def lap_csv_lines(
    db: Database, event_id: str, track_id: str | None, user_ids: dict[str, str], *, chunk: int = 10_000
) -> Iterator[str]:
    """The lap CSV's lines, each written whole by SQLite (ordered, formatted and quoted as the csv module
    would; a run without laps is one line with empty lap columns), in pieces of ``chunk`` lines ending in
    CRLF. ``user_ids`` maps racer ids to the user id the file shows. Python only joins: 100,000 laps take
    about what ``sqlite3 .dump`` takes to write the same rows."""
    where = "r.event_id = ? AND r.deleted = 0 AND r.state != 'discarded'"
    params: list[Any] = [event_id]
    if track_id is not None:
        where += " AND r.track_id = ?"
        params.append(track_id)
    head = " || ',' || ".join(
        (
            _csv_field("coalesce(nullif(r.cloud_id, ''), r.id)"),
            _csv_field("coalesce(p.username, r.racer_id)"),
            _csv_field("coalesce(u.user_id, r.racer_id)"),
            "t.number",
            "CASE WHEN r.raced_by_proxy THEN 'true' ELSE 'false' END",
            "strftime('%Y-%m-%dT%H:%M:%fZ', coalesce(r.ended_at, r.created_at))",
        )
    )
    lap = (
        "CASE WHEN l.run_id IS NULL THEN ',,,,,' ELSE ',' || (l.lap_index + 1) || ',' || l.time_ms || ',' "
        "|| printf('%.3f', l.time_ms / 1000.0) || ',' || l.resets || ',' "
        "|| CASE WHEN l.valid THEN 'true' ELSE 'false' END END"
    )
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection  # sqlite3's own connection (open: we hold it)
        assert raw is not None
        cur = raw.cursor()
        cur.execute("CREATE TEMP TABLE IF NOT EXISTS export_user (racer_id TEXT PRIMARY KEY, user_id TEXT)")
        cur.execute("DELETE FROM export_user")
        cur.executemany("INSERT INTO export_user VALUES (?, ?)", list(user_ids.items()))
        cur.execute(
            f"WITH head AS MATERIALIZED (SELECT r.id AS run_id, r.created_at AS created, {head} AS line "
            "FROM run r JOIN track t ON t.id = r.track_id "
            "LEFT JOIN racer p ON p.id = r.racer_id LEFT JOIN export_user u ON u.racer_id = r.racer_id "
            f"WHERE {where}) "
            f"SELECT h.line || {lap} FROM head h LEFT JOIN lap l ON l.run_id = h.run_id AND l.deleted = 0 "
            "ORDER BY h.created, h.run_id, l.lap_index",
            params,
        )
        try:
            while lines := cur.fetchmany(chunk):
                yield "\r\n".join([line for (line,) in lines]) + "\r\n"
        finally:
            cur.close()
