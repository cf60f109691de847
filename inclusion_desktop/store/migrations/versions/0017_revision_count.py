"""The number of versions of each questionnaire, kept on its row for the list's sort.

Revision ID: 0017_revision_count
Revises: 0016_form_media
Create Date: 2026-12-06 03:30:00

A column ``submission.revision_count``, filled from the revisions already stored, then kept by
the database itself: a trigger adds the revisions each INSERT brings (one statement-level
UPDATE per bulk insert on PostgreSQL, one row at a time on SQLite). Revisions are only ever
inserted, or deleted with their questionnaire by a purge, so the count never has to go down.
Sorting the home list by « Versions » then reads the submission table alone.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017_revision_count"
down_revision: str | None = "0016_form_media"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add the column, count the stored revisions, and create the trigger that keeps it."""
    op.add_column(
        "submission",
        sa.Column("revision_count", sa.Integer(), nullable=False, server_default="0"),
    )
    op.execute(
        "UPDATE submission SET revision_count ="
        " (SELECT count(*) FROM revision r WHERE r.submission_id = submission.id)"
    )
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(
            "CREATE TRIGGER revision_count AFTER INSERT ON revision BEGIN"
            " UPDATE submission SET revision_count = revision_count + 1"
            " WHERE id = NEW.submission_id; END"
        )
    elif dialect == "postgresql":
        op.execute(
            "CREATE OR REPLACE FUNCTION inclusion_count_revisions() RETURNS trigger"
            " LANGUAGE plpgsql AS $$ BEGIN"
            " UPDATE submission s SET revision_count = s.revision_count + added.n"
            " FROM (SELECT submission_id, count(*) AS n FROM new_revisions"
            " GROUP BY submission_id) added WHERE s.id = added.submission_id;"
            " RETURN NULL; END $$"
        )
        op.execute(
            "CREATE TRIGGER revision_count AFTER INSERT ON revision"
            " REFERENCING NEW TABLE AS new_revisions FOR EACH STATEMENT"
            " EXECUTE FUNCTION inclusion_count_revisions()"
        )


def downgrade() -> None:
    """Drop the trigger and the column."""
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS revision_count")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS revision_count ON revision")
        op.execute("DROP FUNCTION IF EXISTS inclusion_count_revisions()")
    with op.batch_alter_table("submission") as batch:
        batch.drop_column("revision_count")
