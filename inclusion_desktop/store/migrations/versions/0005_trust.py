"""Trust: operator roles and secrets, and audit rows that can travel between laptops.

Revision ID: 0005_trust
Revises: 0004_audit
Create Date: 2026-12-01 22:30:00

Operators get a role (médiateur or coordinateur, checked by the code), an optional PIN or password hash and a lockout
counter. Operators created before roles could do everything, so they become coordinators; nothing
changes for them until someone sets a password. Audit rows get a UUID (so a row merged twice is
kept once) and the name of their author as text (rows from other laptops name operators this store
does not know).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_trust"
down_revision: str | None = "0004_audit"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.String(32)
_TRIGGERS = ("update", "delete")


def _drop_audit_triggers() -> None:
    for action in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS audit_no_{action}")


def _create_audit_triggers() -> None:
    for action in _TRIGGERS:
        op.execute(
            f"CREATE TRIGGER audit_no_{action} BEFORE {action.upper()} ON audit "
            "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
        )


def upgrade() -> None:
    """Add the operator and audit columns; existing rows get coordinator roles and fresh UUIDs."""
    # Plain ADD COLUMN: rebuilding the operator table would break the references to it.
    op.add_column(
        "operator",
        sa.Column("role", sa.String(16), nullable=False, server_default="coordinateur"),
    )
    op.add_column("operator", sa.Column("secret_hash", sa.String(300), nullable=True))
    op.add_column(
        "operator",
        sa.Column("failed_attempts", sa.Integer(), nullable=False, server_default="0"),
    )
    op.add_column("operator", sa.Column("locked_until", TS, nullable=True))

    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        _drop_audit_triggers()
    op.add_column("audit", sa.Column("uuid", sa.String(36), nullable=True))
    op.add_column("audit", sa.Column("operator_name", sa.String(200), nullable=True))
    audit = sa.table(
        "audit",
        sa.column("id", sa.Integer),
        sa.column("uuid", sa.String),
        sa.column("operator_id", sa.Integer),
        sa.column("operator_name", sa.String),
    )
    operator = sa.table("operator", sa.column("id", sa.Integer), sa.column("name", sa.String))
    bind = op.get_bind()
    names = dict(bind.execute(sa.select(operator.c.id, operator.c.name)).all())
    for row_id, operator_id in bind.execute(sa.select(audit.c.id, audit.c.operator_id)).all():
        bind.execute(
            audit.update()
            .where(audit.c.id == row_id)
            .values(uuid=str(uuid.uuid4()), operator_name=names.get(operator_id))
        )
    op.create_index("uq_audit_uuid", "audit", ["uuid"], unique=True)
    if sqlite:
        _create_audit_triggers()


def downgrade() -> None:
    """Remove what upgrade added."""
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        _drop_audit_triggers()
    op.drop_index("uq_audit_uuid", table_name="audit")
    with op.batch_alter_table("audit") as batch:
        batch.drop_column("operator_name")
        batch.drop_column("uuid")
    if sqlite:
        _create_audit_triggers()
    for column in ("locked_until", "failed_attempts", "secret_hash", "role"):
        op.drop_column("operator", column)
