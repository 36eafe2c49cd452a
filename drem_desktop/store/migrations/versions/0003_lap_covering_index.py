"""Covering index for leaderboard builds: a track's laps are read from the index alone.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_lap_board", "lap", ["run_id", "deleted", "lap_index", "time_ms", "resets", "valid"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_lap_board", table_name="lap")
