"""Sensor hardening: a lap can carry a flag for the timekeeper; the last stored trigger of a sensor clock
is found by index (to ask the sensor for what it sent while the app was closed).

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("lap", schema=None) as batch_op:
        batch_op.add_column(sa.Column("flag", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("crossing", schema=None) as batch_op:
        batch_op.create_index("ix_crossing_clock", ["clock", "sequence"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("crossing", schema=None) as batch_op:
        batch_op.drop_index("ix_crossing_clock")
    with op.batch_alter_table("lap", schema=None) as batch_op:
        batch_op.drop_column("flag")
