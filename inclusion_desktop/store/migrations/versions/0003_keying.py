"""Keying: paper form number and keying time of a submission, second keyings for verification.

Revision ID: 0003_keying
Revises: 0002_sync
Create Date: 2026-11-25 18:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_keying"
down_revision: str | None = "0002_sync"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.String(32)


def upgrade() -> None:
    """Add the paper number and keying time columns and the verification table."""
    op.add_column("submission", sa.Column("paper_number", sa.String(64), nullable=True))
    op.add_column("submission", sa.Column("keying_seconds", sa.Integer(), nullable=True))
    op.create_index("ix_submission_paper_number", "submission", ["paper_number"])
    op.create_table(
        "verification",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "submission_id",
            sa.Integer(),
            sa.ForeignKey("submission.id", name="fk_verification_submission_id_submission"),
            nullable=False,
        ),
        sa.Column(
            "operator_id",
            sa.Integer(),
            sa.ForeignKey("operator.id", name="fk_verification_operator_id_operator"),
            nullable=True,
        ),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("seconds", sa.Integer(), nullable=True),
        sa.Column("discrepancies", sa.Text(), nullable=False),
        sa.Column("resolved_at", TS, nullable=True),
        sa.Column(
            "resolved_by",
            sa.Integer(),
            sa.ForeignKey("operator.id", name="fk_verification_resolved_by_operator"),
            nullable=True,
        ),
    )
    op.create_index("ix_verification_submission_id", "verification", ["submission_id"])


def downgrade() -> None:
    """Remove what upgrade added."""
    op.drop_index("ix_verification_submission_id", table_name="verification")
    op.drop_table("verification")
    op.drop_index("ix_submission_paper_number", table_name="submission")
    with op.batch_alter_table("submission") as batch:
        batch.drop_column("keying_seconds")
        batch.drop_column("paper_number")
