"""Signatures: enrolled laptops' public keys and the original signature of every revision.

Revision ID: 0011_signatures
Revises: 0009_fieldwork
Create Date: 2026-12-05 07:40:00

Two new tables: ``laptop_key`` (the laptops a coordinator enrolled: device uuid, name, Ed25519
public key, when and by whom) and ``revision_signature`` (the signature a revision received from
the laptop that made it, kept so that a relayed revision travels on with its original
signature); and two nullable columns of ``audit``, ``chain`` and ``prev_chain``: the hash chain of
each laptop's audit rows (rows written before stay unchained).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_signatures"
down_revision: str | None = "0010_review"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the two tables and the two columns."""
    op.create_table(
        "laptop_key",
        sa.Column("device_uuid", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("public_key", sa.String(64), nullable=False),
        sa.Column("enrolled_at", sa.String(32), nullable=False),
        sa.Column("enrolled_by", sa.String(200), nullable=False),
    )
    op.create_table(
        "revision_signature",
        sa.Column("content_hash", sa.String(64), primary_key=True),
        sa.Column("device_uuid", sa.String(64), primary_key=True),
        sa.Column("signature", sa.String(100), nullable=False),
    )
    # ALTER TABLE ADD COLUMN: the table (and its triggers forbidding changes) stays as it is.
    op.add_column("audit", sa.Column("chain", sa.String(64), nullable=True))
    op.add_column("audit", sa.Column("prev_chain", sa.String(64), nullable=True))


def downgrade() -> None:
    """Drop the two tables and the two columns."""
    with op.batch_alter_table("audit") as batch:
        batch.drop_column("prev_chain")
        batch.drop_column("chain")
    op.drop_table("revision_signature")
    op.drop_table("laptop_key")
