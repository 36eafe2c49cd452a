"""Each stored trigger keeps how long after the start of the lap in progress it came (what the trigger log
shows): the lap's own time for a lap, the gap that got a trigger debounced, none for a start or resume.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("crossing") as batch:
        batch.add_column(sa.Column("since_lap_start_ms", sa.Double(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("crossing") as batch:
        batch.drop_column("since_lap_start_ms")
