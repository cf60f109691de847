"""Files a form refers to (choice lists, pulldata tables, images and sounds), kept with it.

Revision ID: 0016_form_media
Revises: 0015_attachments
Create Date: 2026-12-06 03:30:00

A table ``form_media``: the form version, the file name the form uses, its media type, size,
SHA-256 and bytes. Form versions are never deleted, so a row is never changed nor deleted (a
trigger refuses UPDATE and DELETE on both backends, and TRUNCATE on PostgreSQL).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016_form_media"
down_revision: str | None = "0015_attachments"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_MESSAGE = "form media are append-only"


def upgrade() -> None:
    """Create the table, its index and the triggers refusing changes."""
    op.create_table(
        "form_media",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "form_version_id",
            sa.Integer(),
            sa.ForeignKey("form_version.id", name="fk_form_media_form_version_id_form_version"),
            nullable=False,
        ),
        sa.Column("file_name", sa.String(255), nullable=False),
        sa.Column("media_type", sa.String(100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.UniqueConstraint("form_version_id", "file_name", name="uq_form_media_form_file"),
        sa.CheckConstraint("size >= 0", name="ck_form_media_size"),
    )
    op.create_index("ix_form_media_form_version_id", "form_media", ["form_version_id"])
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER form_media_no_{event.lower()} BEFORE {event} ON form_media"
                f" BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END"
            )
    elif bind.dialect.name == "postgresql":
        # The function comes from 0012_postgres.
        op.execute(
            "CREATE TRIGGER form_media_append_only BEFORE UPDATE OR DELETE ON form_media"
            f" FOR EACH ROW EXECUTE FUNCTION inclusion_append_only('{_MESSAGE}')"
        )
        op.execute(
            "CREATE TRIGGER form_media_append_only_truncate BEFORE TRUNCATE ON form_media"
            f" FOR EACH STATEMENT EXECUTE FUNCTION inclusion_append_only('{_MESSAGE}')"
        )


def downgrade() -> None:
    """Drop the table (its triggers go with it)."""
    op.drop_index("ix_form_media_form_version_id", table_name="form_media")
    op.drop_table("form_media")
