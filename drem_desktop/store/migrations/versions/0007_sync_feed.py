"""The sync feed: clock stamps and change numbers on the change log, replayable bulk rows, merged racers,
sync cursors, pending rows, bucket bookkeeping and paired laptops (docs/sync.md).

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_TIME = sa.DateTime(timezone=True)


def _wall_ms(at: Any) -> int:
    if isinstance(at, str):
        at = datetime.fromisoformat(at)
    if at is None:
        return 0
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return int(at.timestamp() * 1000)


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def _stamp_old_changes(conn: sa.Connection) -> None:
    """Number each laptop's changes in order and give each a clock stamp from its wall time."""
    rows = conn.exec_driver_sql("SELECT id, origin, at FROM change_log ORDER BY id").fetchall()
    last: dict[str, tuple[int, int]] = {}
    seqs: dict[str, int] = {}
    updates = []
    for change_id, origin, at in rows:
        wall = _wall_ms(at)
        prev_wall, prev_counter = last.get(origin, (-1, -1))
        if wall > prev_wall:
            wall, counter = wall, 0
        else:
            wall, counter = prev_wall, prev_counter + 1
            if counter > 99_999:
                wall, counter = wall + 1, 0
        last[origin] = (wall, counter)
        seqs[origin] = seqs.get(origin, 0) + 1
        updates.append({"h": f"{wall:013d}.{counter:05d}.{origin}", "s": seqs[origin], "i": change_id})
    if updates:
        conn.execute(sa.text("UPDATE change_log SET hlc = :h, seq = :s WHERE id = :i"), updates)


def _replayable_bulk_rows(conn: sa.Connection) -> None:
    """Bulk writes logged ``{"bulk": true}``: log the row as stored instead, so it can be replayed."""
    legacy = '{"bulk": true}'
    for table in ("run", "lap", "racer", "event", "track", "fleet", "rl_model", "rl_model_revision"):
        ids = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT row_id FROM change_log WHERE table_name = ? AND payload = ?", (table, legacy)
            )
        ]
        if not ids:
            continue
        meta = sa.Table(table, sa.MetaData(), autoload_with=conn)
        for start in range(0, len(ids), 500):
            found = conn.execute(sa.select(meta).where(meta.c.id.in_(ids[start : start + 500]))).mappings()
            conn.execute(
                sa.text(
                    "UPDATE change_log SET payload = :p "
                    "WHERE table_name = :t AND row_id = :r AND payload = :old"
                ),
                [
                    {
                        "p": json.dumps({k: _plain(v) for k, v in row.items()}),
                        "t": table,
                        "r": row["id"],
                        "old": legacy,
                    }
                    for row in found
                ],
            )


def _attribute_events(conn: sa.Connection) -> None:
    conn.exec_driver_sql("UPDATE change_log SET event_id = row_id WHERE table_name = 'event'")
    for table in ("track", "run"):
        conn.exec_driver_sql(
            f"UPDATE change_log SET event_id = (SELECT event_id FROM {table} WHERE {table}.id = "
            f"change_log.row_id) WHERE table_name = '{table}'"
        )
    conn.exec_driver_sql(
        "UPDATE change_log SET event_id = (SELECT r.event_id FROM lap l JOIN run r ON r.id = l.run_id "
        "WHERE l.id = change_log.row_id) WHERE table_name = 'lap'"
    )


def upgrade() -> None:
    conn = op.get_bind()
    with op.batch_alter_table("change_log") as batch:
        batch.add_column(sa.Column("hlc", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("seq", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("event_id", sa.String(length=36), nullable=True))
    _stamp_old_changes(conn)
    _replayable_bulk_rows(conn)
    _attribute_events(conn)
    with op.batch_alter_table("change_log") as batch:
        batch.alter_column("hlc", existing_type=sa.String(length=64), nullable=False)
        batch.alter_column("seq", existing_type=sa.Integer(), nullable=False)
        batch.create_unique_constraint("uq_change_log_origin_seq", ["origin", "seq"])
        batch.create_index("ix_change_log_hlc", ["hlc"], unique=True)
        batch.create_index("ix_change_log_row", ["row_id", "hlc"], unique=False)

    # racer: the username is unique without case by the repositories' checks, not by the table, because
    # two laptops may register the same name apart; they merge (merged_into). SQLite cannot drop a
    # constraint in place: the table is rebuilt with every column it has now (foreign keys are off while
    # migrating), its unnamed unique constraint named so that it can be dropped.
    with op.batch_alter_table(
        "racer", recreate="always", naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s"}
    ) as batch:
        batch.drop_constraint("uq_racer_username", type_="unique")
        batch.add_column(sa.Column("merged_into", sa.String(length=36), nullable=True))

    op.create_table(
        "sync_cursor",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("event_id", "origin"),
    )
    op.create_table(
        "sync_pending",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("waiting_for", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id"),
    )
    op.create_index("ix_sync_pending_parent", "sync_pending", ["waiting_for"], unique=False)
    op.create_table(
        "sync_segment",
        sa.Column("key", sa.String(length=400), nullable=False),
        sa.Column("etag", sa.String(length=100), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", _TIME, nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "sync_peer",
        sa.Column("laptop_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("address", sa.String(length=64), nullable=False),
        sa.Column("port", sa.Integer(), nullable=False),
        sa.Column("paired_at", _TIME, nullable=False),
        sa.Column("last_sync", _TIME, nullable=True),
        sa.Column("revoked", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("laptop_id"),
    )


def downgrade() -> None:
    op.drop_table("sync_peer")
    op.drop_table("sync_segment")
    op.drop_index("ix_sync_pending_parent", table_name="sync_pending")
    op.drop_table("sync_pending")
    op.drop_table("sync_cursor")
    with op.batch_alter_table("racer") as batch:
        batch.drop_column("merged_into")
    with op.batch_alter_table("change_log") as batch:
        batch.drop_index("ix_change_log_row")
        batch.drop_index("ix_change_log_hlc")
        batch.drop_constraint("uq_change_log_origin_seq", type_="unique")
        batch.drop_column("event_id")
        batch.drop_column("seq")
        batch.drop_column("hlc")
