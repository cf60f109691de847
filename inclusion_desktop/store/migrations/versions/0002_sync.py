"""Sync: revision DAG (second parent, uniqueness on content), exports and merge log.

Revision ID: 0002_sync
Revises: 0001_initial
Create Date: 2025-02-01 00:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_sync"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.String(32)
_ACTIONS = ("UPDATE", "DELETE")


def _triggers(create: bool) -> None:
    """Drop or recreate the append-only triggers, which a batch rebuild would lose."""
    if op.get_bind().dialect.name != "sqlite":
        return
    for action in _ACTIONS:
        name = f"revision_no_{action.lower()}"
        if create:
            op.execute(
                f"CREATE TRIGGER {name} BEFORE {action} ON revision "
                "BEGIN SELECT RAISE(ABORT, 'revisions are append-only'); END"
            )
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")


def upgrade() -> None:
    """Let revisions form a DAG and add the export and merge-log tables."""
    _triggers(create=False)
    with op.batch_alter_table("revision", recreate="always") as batch:
        batch.add_column(sa.Column("parent2_hash", sa.String(64), nullable=True))
        batch.drop_constraint("uq_revision_submission_number", type_="unique")
        batch.create_unique_constraint(
            "uq_revision_submission_content", ["submission_id", "content_hash"]
        )
        batch.create_index("ix_revision_submission_number", ["submission_id", "number"])
    _triggers(create=True)

    op.create_table(
        "revision_author",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "revision_id",
            sa.Integer(),
            sa.ForeignKey("revision.id", name="fk_revision_author_revision_id_revision"),
            nullable=False,
        ),
        sa.Column("created_at", TS, nullable=False),
        sa.Column(
            "device_id",
            sa.Integer(),
            sa.ForeignKey("device.id", name="fk_revision_author_device_id_device"),
            nullable=False,
        ),
        sa.Column(
            "operator_id",
            sa.Integer(),
            sa.ForeignKey("operator.id", name="fk_revision_author_operator_id_operator"),
            nullable=True,
        ),
        sa.UniqueConstraint(
            "revision_id", "created_at", "device_id", "operator_id", name="uq_revision_author"
        ),
    )
    op.create_index("ix_revision_author_revision_id", "revision_author", ["revision_id"])
    op.create_table(
        "export",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("file_name", sa.String(500), nullable=False),
        sa.Column("file_sha256", sa.String(64), nullable=False),
        sa.Column("since_last", sa.Boolean(), nullable=False),
        sa.Column("encrypted", sa.Boolean(), nullable=False),
        sa.Column("submissions", sa.Integer(), nullable=False),
        sa.Column("revisions", sa.Integer(), nullable=False),
        sa.UniqueConstraint("uuid", name="uq_export_uuid"),
    )
    op.create_table(
        "export_revision",
        sa.Column(
            "export_id",
            sa.Integer(),
            sa.ForeignKey("export.id", name="fk_export_revision_export_id_export"),
            primary_key=True,
        ),
        sa.Column(
            "revision_id",
            sa.Integer(),
            sa.ForeignKey("revision.id", name="fk_export_revision_revision_id_revision"),
            primary_key=True,
        ),
    )
    op.create_index("ix_export_revision_revision_id", "export_revision", ["revision_id"])
    op.create_table(
        "merge_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("file_name", sa.String(500), nullable=False),
        sa.Column("file_sha256", sa.String(64), nullable=False),
        sa.Column("device_uuid", sa.String(36), nullable=False),
        sa.Column("device_name", sa.String(200), nullable=False),
        sa.Column("merged_by", sa.String(200), nullable=False),
        sa.Column("counts", sa.Text(), nullable=False),
    )
    op.create_index("ix_merge_log_created_at", "merge_log", ["created_at"])
    op.create_index("ix_merge_log_file_sha256", "merge_log", ["file_sha256"])


def downgrade() -> None:
    """Drop the sync tables (only useful to developers; merged branches would not fit 0001)."""
    op.drop_table("merge_log")
    op.drop_table("export_revision")
    op.drop_table("export")
    op.drop_table("revision_author")
    _triggers(create=False)
    with op.batch_alter_table("revision", recreate="always") as batch:
        batch.drop_index("ix_revision_submission_number")
        batch.drop_constraint("uq_revision_submission_content", type_="unique")
        batch.create_unique_constraint("uq_revision_submission_number", ["submission_id", "number"])
        batch.drop_column("parent2_hash")
    _triggers(create=True)
