"""Model metadata is the racer's to update: rl_model keeps its model_metadata.json, rl_model_revision the
earlier ones.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("rl_model", schema=None) as batch_op:
        batch_op.add_column(sa.Column("model_metadata", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("metadata_since", sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        "rl_model_revision",
        sa.Column("model_id", sa.String(length=36), nullable=False),
        sa.Column("model_metadata", sa.JSON(), nullable=True),
        sa.Column("sensors", sa.String(length=200), nullable=False),
        sa.Column("action_space_type", sa.String(length=12), nullable=False),
        sa.Column("training_algorithm", sa.String(length=20), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("came_from", sa.String(length=20), nullable=False),
        sa.Column("stored_since", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["model_id"], ["rl_model.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("rl_model_revision", schema=None) as batch_op:
        batch_op.create_index("ix_rl_model_revision_model", ["model_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("rl_model_revision", schema=None) as batch_op:
        batch_op.drop_index("ix_rl_model_revision_model")
    op.drop_table("rl_model_revision")
    with op.batch_alter_table("rl_model", schema=None) as batch_op:
        batch_op.drop_column("metadata_since")
        batch_op.drop_column("model_metadata")
