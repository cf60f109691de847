"""Initial schema: forms, devices, operators, submissions, revisions, drafts, settings.

Revision ID: 0001_initial
Revises:
Create Date: 2025-01-01 00:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_initial"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Timestamps are fixed-width UTC ISO strings (see models.UtcDateTime); this file stays frozen
# and does not import the models.
TS = sa.String(32)


def _fk(table: str, column: str, referred: str, **kwargs: bool) -> sa.Column[int]:
    """Build an integer foreign-key column named by the models' naming convention."""
    name = f"fk_{table}_{column}_{referred}"
    return sa.Column(column, sa.Integer(), sa.ForeignKey(f"{referred}.id", name=name), **kwargs)


def upgrade() -> None:
    """Create every table of the first schema."""
    op.create_table(
        "form_version",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("form_id", sa.String(255), nullable=False),
        sa.Column("version", sa.String(64), nullable=False),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("source", sa.LargeBinary(), nullable=False),
        sa.Column("source_filename", sa.String(255), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.UniqueConstraint("sha256", name="uq_form_version_sha256"),
    )
    op.create_index("ix_form_version_form_id", "form_version", ["form_id"])

    op.create_table(
        "device",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("is_local", sa.Boolean(), nullable=False),
        sa.UniqueConstraint("uuid", name="uq_device_uuid"),
    )
    op.create_index(
        "uq_device_local",
        "device",
        ["is_local"],
        unique=True,
        sqlite_where=sa.text("is_local"),
        postgresql_where=sa.text("is_local"),
    )

    op.create_table(
        "operator",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.UniqueConstraint("uuid", name="uq_operator_uuid"),
    )

    op.create_table(
        "submission",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", sa.String(64), nullable=False),
        _fk("submission", "form_version_id", "form_version", nullable=False),
        sa.Column("zone", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("entry_mode", sa.String(16), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        _fk("submission", "device_id", "device", nullable=False),
        _fk("submission", "operator_id", "operator", nullable=True),
        sa.UniqueConstraint("uuid", name="uq_submission_uuid"),
        sa.CheckConstraint(
            "status IN ('draft', 'complete', 'deleted')", name="ck_submission_status"
        ),
        sa.CheckConstraint("entry_mode IN ('field', 'keying')", name="ck_submission_entry_mode"),
    )
    for column in ("form_version_id", "zone", "status", "created_at", "operator_id"):
        op.create_index(f"ix_submission_{column}", "submission", [column])

    op.create_table(
        "revision",
        sa.Column("id", sa.Integer(), primary_key=True),
        _fk("revision", "submission_id", "submission", nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("parent_hash", sa.String(64), nullable=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        _fk("revision", "device_id", "device", nullable=False),
        _fk("revision", "operator_id", "operator", nullable=True),
        sa.UniqueConstraint("submission_id", "number", name="uq_revision_submission_number"),
        sa.CheckConstraint("status IN ('complete', 'deleted')", name="ck_revision_status"),
        sa.CheckConstraint("number >= 1", name="ck_revision_number"),
    )
    op.create_index("ix_revision_content_hash", "revision", ["content_hash"])

    op.create_table(
        "draft",
        _fk("draft", "submission_id", "submission", primary_key=True),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("position", sa.String(255), nullable=True),
        sa.Column("updated_at", TS, nullable=False),
    )
    op.create_index("ix_draft_updated_at", "draft", ["updated_at"])

    op.create_table(
        "setting",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )

    if op.get_bind().dialect.name == "sqlite":
        # Revisions are append-only: the database itself refuses to change history.
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER revision_no_{action.lower()} BEFORE {action} ON revision "
                "BEGIN SELECT RAISE(ABORT, 'revisions are append-only'); END"
            )


def downgrade() -> None:
    """Drop every table (only useful to developers)."""
    for table in ("setting", "draft", "revision", "submission", "operator", "device"):
        op.drop_table(table)
    op.drop_table("form_version")
