"""Audit: an append-only journal of every action that changes data.

Revision ID: 0004_audit
Revises: 0003_keying
Create Date: 2026-11-25 19:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_audit"
down_revision: str | None = "0003_keying"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.String(32)


def upgrade() -> None:
    """Create the audit table and, on SQLite, the triggers that forbid changing it."""
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column(
            "device_id",
            sa.Integer(),
            sa.ForeignKey("device.id", name="fk_audit_device_id_device"),
            nullable=True,
        ),
        sa.Column(
            "operator_id",
            sa.Integer(),
            sa.ForeignKey("operator.id", name="fk_audit_operator_id_operator"),
            nullable=True,
        ),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("target", sa.String(500), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
    )
    op.create_index("ix_audit_created_at", "audit", ["created_at"])
    if op.get_bind().dialect.name == "sqlite":
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_no_{action.lower()} BEFORE {action} ON audit "
                "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
            )


def downgrade() -> None:
    """Remove what upgrade added."""
    if op.get_bind().dialect.name == "sqlite":
        for action in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS audit_no_{action}")
    op.drop_index("ix_audit_created_at", table_name="audit")
    op.drop_table("audit")
