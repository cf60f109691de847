"""The one writer of revisions: the hash chain of every questionnaire is built here.

A revision's content hash chains it to its parent(s) (see `hashing.content_hash`); an edit, a
deletion and a coordinator's conflict resolution all append through `append_revision`, and the
bulk paths (merge, import from other tools) insert through `insert_many` / `ids_by_key`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from inclusion_desktop.store.audit import write_audit
from inclusion_desktop.store.hashing import canonical_json, content_hash
from inclusion_desktop.store.keys import AuditAction
from inclusion_desktop.store.models import Revision, Submission, utc_now

# SQLite before 3.32 accepts at most 999 bound parameters per statement.
_CHUNK = 900


def append_revision(
    session: Session,
    sub: Submission,
    *,
    form_sha: str,
    number: int,
    parent: str | None,
    answers: Mapping[str, Any],
    status: str,
    reason: str | None,
    device_id: int,
    operator_id: int,
    action: AuditAction,
    parent2: str | None = None,
) -> Revision:
    """Append one revision to `sub`'s chain, make it the submission's state and audit it."""
    now = utc_now()
    rev = Revision(
        submission_id=sub.id,
        number=number,
        parent_hash=parent,
        parent2_hash=parent2,
        content_hash=content_hash(
            submission=sub.uuid,
            form=form_sha,
            status=status,
            answers=answers,
            parent=parent,
            reason=reason,
            parent2=parent2,
        ),
        answers=canonical_json(answers),
        status=status,
        reason=reason,
        created_at=now,
        device_id=device_id,
        operator_id=operator_id,
    )
    session.add(rev)
    sub.status = status
    sub.updated_at = now
    session.flush()
    write_audit(
        session.connection(),
        action=action,
        target=sub.uuid,
        operator_id=operator_id,
        detail=reason or "",
    )
    session.flush()
    return rev


# Bulk statements go to the DB-API driver directly: SQLAlchemy's per-row parameter handling
# would cost more than SQLite's own work on a 100,000-row merge.


def chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    """Slices of `values` small enough for one statement's bound parameters."""
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def placeholder(conn: Connection) -> str:
    """The driver's bound-parameter mark."""
    return "?" if conn.dialect.paramstyle == "qmark" else "%s"


def select_in(conn: Connection, sql: str, values: Sequence[Any]) -> Iterator[Any]:
    """Run ``sql`` (with one ``{marks}`` slot) on chunks of values; yield every row."""
    if conn.dialect.name == "postgresql" and sql.count(" IN ({marks})") == 1:
        # One array parameter: no limit on its length, and one plan for any count.
        if values:
            yield from conn.exec_driver_sql(
                sql.replace(" IN ({marks})", " = ANY(%s)"), (list(values),)
            )
        return
    mark = placeholder(conn)
    for chunk in chunks(list(values)):
        marks = ", ".join([mark] * len(chunk))
        yield from conn.exec_driver_sql(sql.format(marks=marks), tuple(chunk))


def insert_many(
    conn: Connection, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]
) -> None:
    """Insert `rows` into `table` in one bulk statement of the open transaction."""
    if conn.dialect.name == "postgresql":
        # COPY is PostgreSQL's bulk load, several times faster than INSERTs row by row; it
        # runs in this transaction and fails on a duplicate key like an INSERT would.
        import psycopg

        statement = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            with cursor, cursor.copy(statement) as copy:
                for row in rows:
                    copy.write_row(row)
        except psycopg.Error as exc:  # as SQLAlchemy raises it for its own statements
            raise DBAPIError.instance(statement, None, exc, psycopg.Error) from exc
        return
    marks = ", ".join([placeholder(conn)] * len(columns))
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
    conn.exec_driver_sql(sql, rows)


def ids_by_key(conn: Connection, table: str, key: str, values: Sequence[str]) -> dict[str, int]:
    """The ids of the rows of `table` whose `key` column is among `values`, by key."""
    sql = f"SELECT {key}, id FROM {table} WHERE {key} IN ({{marks}})"
    return {row[0]: row[1] for row in select_in(conn, sql, values)}
