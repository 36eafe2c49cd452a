"""Model library and car registry: rl_model, car, car_job

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 05:10:39.939050
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "car",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("hostname", sa.String(length=100), nullable=False),
        sa.Column("chassis_serial", sa.String(length=100), nullable=False),
        sa.Column("address", sa.String(length=64), nullable=False),
        sa.Column("fleet_id", sa.String(length=36), nullable=True),
        sa.Column("credentials_ref", sa.String(length=100), nullable=False),
        sa.Column("ssh_host_key", sa.Text(), nullable=False),
        sa.Column("tls_fingerprint", sa.String(length=100), nullable=False),
        sa.Column("last_seen", sa.DateTime(timezone=True), nullable=True),
        sa.Column("versions", sa.JSON(), nullable=False),
        sa.Column("loaded_model", sa.String(length=100), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["fleet_id"],
            ["fleet.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
    )
    op.create_table(
        "rl_model",
        sa.Column("racer_id", sa.String(length=36), nullable=True),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("md5", sa.String(length=32), nullable=False),
        sa.Column("sensors", sa.String(length=200), nullable=False),
        sa.Column("action_space_type", sa.String(length=12), nullable=False),
        sa.Column("training_algorithm", sa.String(length=20), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("file_path", sa.Text(), nullable=False),
        sa.Column("came_from", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["racer_id"],
            ["racer.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("rl_model", schema=None) as batch_op:
        batch_op.create_index("ix_rl_model_md5", ["md5"], unique=False)
        batch_op.create_index("ix_rl_model_racer", ["racer_id"], unique=False)

    op.create_table(
        "car_job",
        sa.Column("car_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("progress", sa.Double(), nullable=False),
        sa.Column("log", sa.Text(), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["car_id"],
            ["car.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:

    op.drop_table("car_job")
    with op.batch_alter_table("rl_model", schema=None) as batch_op:
        batch_op.drop_index("ix_rl_model_racer")
        batch_op.drop_index("ix_rl_model_md5")

    op.drop_table("rl_model")
    op.drop_table("car")
