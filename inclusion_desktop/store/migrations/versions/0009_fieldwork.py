"""Fieldwork: quota targets per neighbourhood × age band × sex, and paradata per questionnaire.

Revision ID: 0009_fieldwork
Revises: 0005_trust
Create Date: 2026-12-04 18:10:00

Two new tables, nothing else changes: ``quota_target`` (the targets a coordinator saved, with
when and on which laptop, so that the newest save wins when they travel) and ``paradata`` (per
questionnaire: entry mode, outcome and the start and end of every page shown, no answer).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_fieldwork"
down_revision: str | None = "0005_trust"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the two tables."""
    op.create_table(
        "quota_target",
        sa.Column("zone", sa.String(64), primary_key=True),
        sa.Column("age_band", sa.String(32), primary_key=True),
        sa.Column("sex", sa.String(32), primary_key=True),
        sa.Column("target", sa.Integer(), nullable=False),
        sa.Column("planned", sa.Integer(), nullable=False),
        sa.Column("saved_at", sa.String(32), nullable=False),
        sa.Column("device_uuid", sa.String(64), nullable=False),
        sa.Column("device_name", sa.String(200), nullable=False),
    )
    op.create_table(
        "paradata",
        sa.Column("submission_uuid", sa.String(64), primary_key=True),
        sa.Column("form_id", sa.String(200), nullable=False),
        sa.Column("zone", sa.String(64), nullable=False),
        sa.Column("operator_name", sa.String(200), nullable=False),
        sa.Column("entry_mode", sa.String(16), nullable=False),
        sa.Column("device_uuid", sa.String(64), nullable=False),
        sa.Column("started_at", sa.String(32), nullable=False),
        sa.Column("ended_at", sa.String(32), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("pages", sa.Text(), nullable=False),
    )
    op.create_index("ix_paradata_zone", "paradata", ["zone"])


def downgrade() -> None:
    """Drop the two tables."""
    op.drop_index("ix_paradata_zone", table_name="paradata")
    op.drop_table("paradata")
    op.drop_table("quota_target")
