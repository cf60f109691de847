"""Imports to check: questionnaires imported « à vérifier », out of the figures until resolved.

Revision ID: 0010_review
Revises: 0009_fieldwork
Create Date: 2026-12-05 07:40:00

One new table, nothing else changes: ``review_item`` (per imported questionnaire the form did
not accept: when, from which file, the problems found, and how and by whom it was resolved).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_review"
down_revision: str | None = "0009_fieldwork"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the table."""
    op.create_table(
        "review_item",
        sa.Column("submission_uuid", sa.String(64), primary_key=True),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("source", sa.String(500), nullable=False),
        sa.Column("problems", sa.Text(), nullable=False),
        sa.Column("resolved_at", sa.String(32), nullable=True),
        sa.Column("resolution", sa.String(16), nullable=True),
        sa.Column("resolved_by", sa.String(200), nullable=True),
    )


def downgrade() -> None:
    """Drop the table."""
    op.drop_table("review_item")
