"""PostgreSQL: the audit log and the revisions are append-only, enforced by the server.

On SQLite, triggers created by 0001, 0002, 0004 and 0005 already refuse UPDATE and DELETE on
these tables; this revision gives a PostgreSQL store the same guarantee (plus TRUNCATE, which
PostgreSQL has and SQLite has not). Nothing changes on SQLite.

Revision ID: 0012_postgres
Revises: 0009_fieldwork
Create Date: 2026-12-05 07:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0012_postgres"
down_revision: str | None = "0011_signatures"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# table -> (trigger name, message): the messages are those of the SQLite triggers.
TABLES = {
    "revision": ("revision_append_only", "revisions are append-only"),
    "audit": ("audit_append_only", "the audit log is append-only"),
}


def upgrade() -> None:
    """Create the function and the row and TRUNCATE triggers that refuse any change."""
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "CREATE OR REPLACE FUNCTION inclusion_append_only() RETURNS trigger LANGUAGE plpgsql AS $$"
        " BEGIN RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation'; END $$"
    )
    for table, (name, message) in TABLES.items():
        op.execute(
            f"CREATE TRIGGER {name} BEFORE UPDATE OR DELETE ON {table}"
            f" FOR EACH ROW EXECUTE FUNCTION inclusion_append_only('{message}')"
        )
        op.execute(
            f"CREATE TRIGGER {name}_truncate BEFORE TRUNCATE ON {table}"
            f" FOR EACH STATEMENT EXECUTE FUNCTION inclusion_append_only('{message}')"
        )


def downgrade() -> None:
    """Remove what upgrade added."""
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, (name, _message) in TABLES.items():
        op.execute(f"DROP TRIGGER IF EXISTS {name}_truncate ON {table}")
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
    op.execute("DROP FUNCTION IF EXISTS inclusion_append_only()")
