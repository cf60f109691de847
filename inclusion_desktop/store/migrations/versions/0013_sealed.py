"""Sealed operator rows and signed audit rows.

Revision ID: 0013_sealed
Revises: 0012_postgres
Create Date: 2026-12-05 12:20:00

A nullable column ``operator.seal`` (the laptop's signature of the operator's uuid, name, role
and secret hash) and a table ``audit_signature`` (the signature of each audit row by the laptop
that wrote it, over its hash chain value), append-only like the audit log. The operator rows and
this laptop's chained audit rows already in the store are sealed and signed here, once, with the
laptop's key (store.sealing): the application wrote them, and from now on every row it writes is
sealed as it is written.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_sealed"
down_revision: str | None = "0012_postgres"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_MESSAGE = "audit signatures are append-only"


def upgrade() -> None:
    """Add the column and the table, then seal what is already there."""
    from inclusion_desktop.store.sealing import seal_existing

    op.add_column("operator", sa.Column("seal", sa.String(100), nullable=True))
    op.create_table(
        "audit_signature",
        sa.Column("audit_uuid", sa.String(36), primary_key=True),
        sa.Column("signature", sa.String(100), nullable=False),
    )
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_signature_no_{action.lower()} BEFORE {action} ON "
                f"audit_signature BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END"
            )
    elif bind.dialect.name == "postgresql":
        # The function comes from 0012_postgres.
        op.execute(
            "CREATE TRIGGER audit_signature_append_only BEFORE UPDATE OR DELETE ON"
            " audit_signature FOR EACH ROW EXECUTE FUNCTION"
            f" inclusion_append_only('{_MESSAGE}')"
        )
    seal_existing(bind)


def downgrade() -> None:
    """Remove what upgrade added."""
    op.drop_table("audit_signature")
    with op.batch_alter_table("operator") as batch:
        batch.drop_column("seal")
