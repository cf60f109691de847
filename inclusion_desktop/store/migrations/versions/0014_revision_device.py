"""An index on revision(device_id, submission_id) for the « Non exportés » count.

The home screen counts the questionnaires having a revision made on this laptop that no export
contained yet; without this index that count reads every revision (about 600 ms at 1,000,000
questionnaires).

Revision ID: 0014_revision_device
Revises: 0013_sealed
Create Date: 2026-12-06 00:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0014_revision_device"
down_revision: str | None = "0013_sealed"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_revision_device_submission", "revision", ["device_id", "submission_id"])


def downgrade() -> None:
    op.drop_index("ix_revision_device_submission", table_name="revision")
