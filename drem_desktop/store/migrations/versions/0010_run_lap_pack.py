"""Each run's laps packed in one row, kept by triggers: a cold leaderboard build reads 10,000 runs, not
100,000 laps.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


MOST = 100  # laps a row packs: a longer run (a long practice) is marked LONG and read from its lap rows
LONG = -1  # so that a lap of a 1,000-lap run does not rewrite 24 KB


def _pack(run: str, when: str = "1") -> str:
    """The statement that makes run ``run``'s row again from its counted laps, in lap order (the window's
    ORDER BY fixes the order group_concat sees them in), if ``when`` holds."""
    return f"""
        INSERT OR REPLACE INTO run_lap_pack (run_id, laps_count, laps)
        SELECT {run}, CASE WHEN n > {MOST} THEN {LONG} ELSE n END,
            CASE WHEN n > {MOST} THEN X'' ELSE packed END
        FROM (
            SELECT count(*) AS n, CAST(coalesce((
                SELECT group_concat(h, '') OVER (
                    ORDER BY lap_index, rowid ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                )
                FROM (
                    SELECT rowid, lap_index, printf('%08x%08x%08x', time_ms, resets, valid) AS h
                    FROM lap WHERE run_id = {run} AND deleted = 0
                )
                LIMIT 1
            ), '') AS BLOB) AS packed
            FROM lap WHERE run_id = {run} AND deleted = 0
        ) WHERE {when};
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
    # The run's next lap is appended to its row (a run of 1,000 laps is not packed again at every lap);
    # any other new lap, or a run with no row yet, makes the row again. The second statement sees the row
    # the first appended to, so "a row is there" after it means "it was there before".
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
    op.create_table(
        "run_lap_pack",
        sa.Column("run_id", sa.String(length=36), nullable=False),
        sa.Column("laps_count", sa.Integer(), nullable=False),
        sa.Column("laps", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("run_id"),
    )
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    op.execute(
        f"""
        INSERT INTO run_lap_pack (run_id, laps_count, laps)
        SELECT run_id, CASE WHEN n > {MOST} THEN {LONG} ELSE n END,
            CASE WHEN n > {MOST} THEN X'' ELSE CAST(laps AS BLOB) END FROM (
            SELECT run_id,
                row_number() OVER (PARTITION BY run_id ORDER BY lap_index, rowid) AS position,
                count(*) OVER every AS n,
                group_concat(printf('%08x%08x%08x', time_ms, resets, valid), '') OVER every AS laps
            FROM lap WHERE deleted = 0
            WINDOW every AS (
                PARTITION BY run_id ORDER BY lap_index, rowid
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            )
        ) WHERE position = 1
        """
    )


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("run_lap_pack")
