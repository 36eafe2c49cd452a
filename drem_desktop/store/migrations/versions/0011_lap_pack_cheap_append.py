"""The run lap pack's triggers again, so that race control's next lap costs one seek and one row update.

0010's insert trigger packed the run again "where" the lap was not the run's next one; SQLite worked out
the whole pack (every lap of the run) before it read that condition, so each lap of a run past 100 laps
paid for it (about 1 ms a lap on a 1,000-lap practice). Here the pack is written as scalar subqueries of
a SELECT with no FROM: the condition is read first and the subqueries run only when it holds, and a run
past 100 laps is counted, never concatenated.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

MOST = 100  # laps a row packs (as in 0010): a longer run is marked LONG and read from its lap rows
LONG = -1


def _pack(run: str, when: str = "1") -> str:
    """The statement that makes run ``run``'s row again from its counted laps, in lap order (the window's
    ORDER BY fixes the order group_concat sees them in), if ``when`` holds."""
    laps = f"FROM lap WHERE run_id = {run} AND deleted = 0"
    count = f"(SELECT count(*) {laps})"
    packed = f"""(
        SELECT group_concat(h, '') OVER (
            ORDER BY lap_index, rowid ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        )
        FROM (SELECT rowid, lap_index, printf('%08x%08x%08x', time_ms, resets, valid) AS h {laps})
        LIMIT 1
    )"""
    return f"""
        INSERT OR REPLACE INTO run_lap_pack (run_id, laps_count, laps)
        SELECT {run}, CASE WHEN {count} > {MOST} THEN {LONG} ELSE {count} END,
            CASE WHEN {count} > {MOST} THEN X'' ELSE CAST(coalesce({packed}, '') AS BLOB) END
        WHERE {when};
    """


# a new lap after every counted lap of its run (race control's every lap): one seek on ix_lap_board
_LAST = """(
    NEW.deleted = 0
    AND NOT EXISTS (
        SELECT 1 FROM lap WHERE run_id = NEW.run_id AND deleted = 0 AND rowid != NEW.rowid
        AND (lap_index > NEW.lap_index OR (lap_index = NEW.lap_index AND rowid > NEW.rowid))
    )
)"""
_PACKED = "EXISTS (SELECT 1 FROM run_lap_pack WHERE run_id = NEW.run_id)"

TRIGGERS = {
    # The run's next lap is appended to its row; any other new lap, or a run with no row yet, makes the
    # row again. The last statement sees the row the ones before appended to, so "a row is there" after
    # them means "it was there before".
    "run_lap_pack_after_insert": (
        "AFTER INSERT ON lap BEGIN "
        f"UPDATE run_lap_pack SET laps_count = {LONG}, laps = X'' "
        f"WHERE run_id = NEW.run_id AND laps_count >= {MOST} AND {_LAST}; "
        "UPDATE run_lap_pack SET laps_count = laps_count + 1, "
        "laps = CAST(laps || printf('%08x%08x%08x', NEW.time_ms, NEW.resets, NEW.valid) AS BLOB) "
        f"WHERE run_id = NEW.run_id AND laps_count BETWEEN 0 AND {MOST - 1} AND {_LAST}; "
        f"{_pack('NEW.run_id', f'NOT {_LAST} OR NOT {_PACKED}')} END"
    ),
    "run_lap_pack_after_update": (
        "AFTER UPDATE OF run_id, lap_index, time_ms, resets, valid, deleted ON lap BEGIN "
        f"{_pack('NEW.run_id')} {_pack('OLD.run_id')} END"
    ),
    "run_lap_pack_after_delete": f"AFTER DELETE ON lap BEGIN {_pack('OLD.run_id')} END",
}


def upgrade() -> None:
    for name, body in TRIGGERS.items():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    """Back to 0010's triggers, read from 0010's own file (they are 0010's to say)."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location(
        "run_lap_pack_0010", Path(__file__).with_name("0010_run_lap_pack.py")
    )
    assert spec is not None and spec.loader is not None
    previous = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(previous)
    for name, body in previous.TRIGGERS.items():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(f"CREATE TRIGGER {name} {body}")
