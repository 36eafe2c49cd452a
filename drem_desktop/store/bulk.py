"""Bulk writing of finished runs (imports, demo data, benchmarks): one transaction, change log included."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import insert

from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.store.db import Database
from drem_desktop.store.schema import ChangeLog, Lap, Run, new_id, utcnow


@dataclass(slots=True)
class BulkRun:
    event_id: str
    track_id: str
    racer_id: str
    laps: list[tuple[int, int, bool]]  # time ms, resets, valid
    raced_by_proxy: bool = False
    created_at: datetime | None = None
    run_id: str = field(default_factory=new_id)


def bulk_insert_runs(db: Database, runs: list[BulkRun], config: RaceConfig, chunk: int = 20_000) -> int:
    """Inserts submitted runs with their laps; returns the number of laps written."""
    now = utcnow()
    origin = db.laptop_id
    run_rows = []
    lap_rows = []
    log_rows = []
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
                "created_at": created,
                "updated_at": now,
                "origin": origin,
                "deleted": False,
            }
        )
        log_rows.append(_log("run", r.run_id, now, origin))
        for i, (time_ms, resets, valid) in enumerate(r.laps):
            lap_id = new_id()
            lap_rows.append(
                {
                    "id": lap_id,
                    "run_id": r.run_id,
                    "lap_index": i,
                    "time_ms": time_ms,
                    "resets": resets,
                    "valid": valid,
                    "source": "sensor",
                    "sensor_ms": None,
                    "created_at": now,
                    "updated_at": now,
                    "origin": origin,
                    "deleted": False,
                }
            )
            log_rows.append(_log("lap", lap_id, now, origin))
    with db.engine.begin() as conn:
        for table, rows in ((Run, run_rows), (Lap, lap_rows), (ChangeLog, log_rows)):
            for start in range(0, len(rows), chunk):
                conn.execute(insert(table), rows[start : start + chunk])
    return len(lap_rows)


def _log(table: str, row_id: str, now: datetime, origin: str) -> dict[str, object]:
    return {
        "table_name": table,
        "row_id": row_id,
        "op": "insert",
        "at": now,
        "origin": origin,
        "payload": {"bulk": True},
        "synced": False,
    }
