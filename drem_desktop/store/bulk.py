"""Bulk writing (imports, demo data, benchmarks): one transaction, and a full, replayable change per row.

The change log rows are the same as the session hook writes (docs/sync.md, section 1): the row as stored,
a clock stamp, the next change numbers (taken under the write lock, after the first insert) and the event.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, text

from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.store.changelog import change_values, row_payload
from drem_desktop.store.db import Database
from drem_desktop.store.schema import ChangeLog, Lap, Racer, Run, Synced, new_id, utcnow


@dataclass(slots=True)
class BulkRun:
    event_id: str
    track_id: str
    racer_id: str
    laps: list[tuple[int, int, bool]]  # time ms, resets, valid
    raced_by_proxy: bool = False
    created_at: datetime | None = None
    run_id: str = field(default_factory=new_id)


@dataclass(slots=True)
class BulkRows:
    """Rows of one table, each with the event it belongs to (None: shared by every event)."""

    model: type[Synced]
    rows: list[dict[str, Any]]
    events: list[str | None]


def bulk_insert_runs(db: Database, runs: list[BulkRun], config: RaceConfig, chunk: int = 20_000) -> int:
    """Inserts submitted runs with their laps; returns the number of laps written."""
    now = utcnow()
    origin = db.laptop_id
    run_rows: list[dict[str, Any]] = []
    lap_rows: list[dict[str, Any]] = []
    lap_events: list[str | None] = []
    for r in runs:
        created = r.created_at or now
        run_rows.append(
            {
                "id": r.run_id,
                "event_id": r.event_id,
                "track_id": r.track_id,
                "racer_id": r.racer_id,
                "car_name": "",
                "model_id": None,
                "raced_by_proxy": r.raced_by_proxy,
                "state": "submitted",
                "started_at": created,
                "ended_at": created,
                "race_config": config.to_dict(),
                "live_state": {},
                "max_runs_override": "",
                "cloud_id": "",
                "created_at": created,
                "updated_at": now,
                "origin": origin,
                "deleted": False,
            }
        )
        for i, (time_ms, resets, valid) in enumerate(r.laps):
            lap_rows.append(
                {
                    "id": new_id(),
                    "run_id": r.run_id,
                    "lap_index": i,
                    "time_ms": time_ms,
                    "resets": resets,
                    "valid": valid,
                    "source": "sensor",
                    "sensor_ms": None,
                    "flag": "",
                    "created_at": now,
                    "updated_at": now,
                    "origin": origin,
                    "deleted": False,
                }
            )
            lap_events.append(r.event_id)
    bulk_insert(
        db,
        [BulkRows(Run, run_rows, [r.event_id for r in runs]), BulkRows(Lap, lap_rows, lap_events)],
        chunk=chunk,
    )
    return len(lap_rows)


def bulk_insert_racers(db: Database, rows: list[dict[str, Any]]) -> None:
    """Racers with every column given except the synced ones (filled here)."""
    now = utcnow()
    full = [
        {
            "display_name": "",
            "country_code": "",
            "highlight_colour": "",
            "email": "",
            "avatar_config": {},
            "cloud_id": "",
            "id": new_id(),
            "created_at": now,
            "deleted": False,
            **row,
            "updated_at": now,
            "origin": db.laptop_id,
            "merged_into": None,
        }
        for row in rows
    ]
    bulk_insert(db, [BulkRows(Racer, full, [None] * len(full))])


def bulk_insert(db: Database, groups: Sequence[BulkRows], chunk: int = 20_000) -> None:
    """Rows and their change log in one transaction (parents first, in the order given)."""
    with db.engine.begin() as conn:
        for group in groups:
            table = group.model.__table__  # type: ignore[attr-defined]
            for start in range(0, len(group.rows), chunk):
                conn.execute(insert(table), group.rows[start : start + chunk])
        # The inserts above hold the write lock: numbering now follows commit order.
        seq = _last_seq(conn, db.laptop_id)
        log_rows = []
        for group in groups:
            name = group.model.__tablename__
            for row, event_id in zip(group.rows, group.events, strict=True):
                seq += 1
                payload = row_payload(name, row)
                values = change_values(
                    name,
                    row["id"],
                    "insert",
                    payload,
                    row["updated_at"],
                    db.laptop_id,
                    db.clock.now(),
                    event_id,
                )
                log_rows.append({**values, "synced": False, "seq": seq})
        for start in range(0, len(log_rows), chunk):
            conn.execute(insert(ChangeLog), log_rows[start : start + chunk])
    db.changes_committed()


def _last_seq(conn: Connection, origin: str) -> int:
    return int(
        conn.execute(
            text("SELECT coalesce(max(seq), 0) FROM change_log WHERE origin = :o"), {"o": origin}
        ).scalar_one()
    )
