"""Files attached to questionnaires (photos, recordings, documents).

Revision ID: 0015_attachments
Revises: 0014_revision_device
Create Date: 2026-12-06 00:40:00

A table ``attachment``: the questionnaire, the question, the file name the answer holds, its
media type, size, SHA-256 and bytes. A row is never changed (a trigger refuses UPDATE on both
backends); it is deleted only with its questionnaire, by a purge or when an untouched draft is
abandoned, so DELETE stays allowed.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015_attachments"
down_revision: str | None = "0014_revision_device"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_MESSAGE = "attachments are never changed"


def upgrade() -> None:
    """Create the table, its index and the trigger refusing updates."""
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "submission_id",
            sa.Integer(),
            sa.ForeignKey("submission.id", name="fk_attachment_submission_id_submission"),
            nullable=False,
        ),
        sa.Column("question", sa.String(500), nullable=False),
        sa.Column("file_name", sa.String(255), nullable=False),
        sa.Column("media_type", sa.String(100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.UniqueConstraint("submission_id", "file_name", name="uq_attachment_submission_file"),
        sa.CheckConstraint("size >= 0", name="ck_attachment_size"),
    )
    op.create_index("ix_attachment_submission_id", "attachment", ["submission_id"])
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute(
            "CREATE TRIGGER attachment_no_update BEFORE UPDATE ON attachment"
            f" BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END"
        )
    elif bind.dialect.name == "postgresql":
        # The function comes from 0012_postgres.
        op.execute(
            "CREATE TRIGGER attachment_no_update BEFORE UPDATE ON attachment"
            f" FOR EACH ROW EXECUTE FUNCTION inclusion_append_only('{_MESSAGE}')"
        )


def downgrade() -> None:
    """Drop the table (its trigger goes with it)."""
    op.drop_index("ix_attachment_submission_id", table_name="attachment")
    op.drop_table("attachment")
