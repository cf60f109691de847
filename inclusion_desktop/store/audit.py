"""The audit log: one append-only row for every action that changes data.

Each row says what was done (action), to what (target: a questionnaire, a file, a setting), by
whom and on which laptop, and when. SQLite triggers refuse any change to a written row.
"""

from __future__ import annotations

import csv
import io
import uuid
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, insert, select, text
from sqlalchemy.orm import Session, aliased

from inclusion_desktop.catalogue import AUDIT_ACTION_LABELS
from inclusion_desktop.store.audit_chain import chain_hash, last_chain
from inclusion_desktop.store.concurrency import lock_audit_chain
from inclusion_desktop.store.files import create_private_file
from inclusion_desktop.store.keys import AuditAction
from inclusion_desktop.store.models import (
    AuditEntry,
    Device,
    Operator,
    Submission,
    format_utc,
    utc_now,
)
from inclusion_desktop.store.sealing import sign_audit_row
from inclusion_desktop.store.spreadsheet import safe_row

#: French words for the actions, as the coordinator reads them: the catalogue's.
ACTION_LABELS = dict(AUDIT_ACTION_LABELS.sources)



@dataclass(frozen=True, slots=True)
class AuditInfo:
    """One row of the audit log, names resolved."""

    created_at: datetime
    action: str
    target: str
    operator_name: str | None
    device_name: str | None
    detail: str
    #: When the target is a questionnaire of this store: its neighbourhood code, creation time
    #: and paper number, so that the log can name it as a person would.
    questionnaire_zone: str | None = None
    questionnaire_created_at: datetime | None = None
    questionnaire_paper_number: str | None = None

    @property
    def action_label(self) -> str:
        """The action in French."""
        return ACTION_LABELS.get(self.action, self.action)


def write_audit(
    conn: Connection,
    *,
    action: AuditAction,
    target: str,
    operator_id: int | None = None,
    detail: str = "",
) -> None:
    """Appends one audit row in the caller's transaction (so it stands or falls with the act).

    The row extends the laptop's hash chain (store.audit_chain) once the laptop is named, and
    the laptop signs it (store.sealing). On a shared PostgreSQL store, appends to the chain wait
    for each other (concurrency.lock_audit_chain).
    """
    local = conn.execute(
        select(Device.id, Device.uuid).where(Device.is_local.is_(True)).limit(1)
    ).first()
    device_id = None if local is None else local[0]
    operator_name = (
        None
        if operator_id is None
        else conn.scalar(select(Operator.name).where(Operator.id == operator_id))
    )
    row_uuid, at, target = str(uuid.uuid4()), utc_now(), target[:500]
    chain = prev = None
    if local is not None:
        lock_audit_chain(conn)
        prev = last_chain(conn, device_id)
        record = {
            "uuid": row_uuid,
            "created_at": format_utc(at),
            "device": local[1],
            "operator_name": operator_name,
            "action": action,
            "target": target,
            "detail": detail,
        }
        chain = chain_hash(prev, record)
    conn.execute(
        insert(AuditEntry).values(
            uuid=row_uuid,
            operator_name=operator_name,
            created_at=at,
            device_id=device_id,
            operator_id=operator_id,
            action=action,
            target=target,
            detail=detail,
            chain=chain,
            prev_chain=prev,
        )
    )
    if local is not None and chain is not None:
        sign_audit_row(conn, row_uuid, local[1], chain)


class AuditStoreMixin:
    """Reading the audit log (mixed into Store)."""

    if TYPE_CHECKING:

        def _read(self) -> AbstractContextManager[Session]: ...

    def audit_log(self) -> list[AuditInfo]:
        """Every audit row, oldest first."""
        device = aliased(Device)
        operator = aliased(Operator)
        query = (
            select(
                AuditEntry.created_at,
                AuditEntry.action,
                AuditEntry.target,
                # Local rows name the operator as known here; rows merged from other laptops
                # have no local operator and carry their author's name as text.
                func.coalesce(operator.name, AuditEntry.operator_name),
                device.name,
                AuditEntry.detail,
                Submission.zone,
                Submission.created_at,
                Submission.paper_number,
            )
            .outerjoin(operator, operator.id == AuditEntry.operator_id)
            .outerjoin(device, device.id == AuditEntry.device_id)
            .outerjoin(Submission, Submission.uuid == AuditEntry.target)
            # Rows merged from other laptops take their place in time, not in arrival order.
            .order_by(AuditEntry.created_at, AuditEntry.id)
        )
        with self._read() as session:
            return [AuditInfo(*row) for row in session.execute(query)]

    def audit_csv(self) -> str:
        """The audit log as CSV text (UTF-8, comma separated), for the coordinator to keep."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(["date", "action", "cible", "personne", "ordinateur", "détail"])
        for row in self.audit_log():
            writer.writerow(
                safe_row(
                    [
                        row.created_at.isoformat(),
                        row.action_label,
                        row.target,
                        row.operator_name or "",
                        row.device_name or "",
                        row.detail,
                    ]
                )
            )
        return buffer.getvalue()

    def export_audit(self, path: Path) -> int:
        """Writes the audit log to `path` as CSV; returns the number of rows."""
        text = self.audit_csv()
        # Names and actions of people: a new file is for its owner only, like the exports.
        create_private_file(path)
        path.write_text(text, encoding="utf-8")
        return text.count("\n") - 1


# -- travelling between laptops -------------------------------------------------------------------

def audit_records(conn: Connection) -> list[dict[str, Any]]:
    """Every audit row as a JSON-ready record for a bundle, oldest first.

    All rows travel in every bundle (rows merged from elsewhere too): a merge keeps a row once by
    its uuid, so a lost or repeated bundle neither loses nor duplicates any. The device is named
    by its uuid, the author by name (the operator may not exist where the row is merged).
    """
    rows = conn.execute(
        text(
            "SELECT a.uuid, a.created_at, d.uuid, COALESCE(a.operator_name, o.name), a.action,"
            " a.target, a.detail, a.chain, a.prev_chain, s.signature FROM audit a"
            " LEFT JOIN device d ON d.id = a.device_id"
            " LEFT JOIN operator o ON o.id = a.operator_id"
            " LEFT JOIN audit_signature s ON s.audit_uuid = a.uuid"
            " WHERE a.uuid IS NOT NULL ORDER BY a.created_at, a.id"
        )
    )
    return [
        {
            "uuid": row[0],
            "created_at": row[1],
            "device": row[2],
            "operator_name": row[3],
            "action": row[4],
            "target": row[5],
            "detail": row[6],
            # The laptop's hash chain (store.audit_chain), for rows that have one.
            **({"chain": row[7], "prev_chain": row[8] or ""} if row[7] else {}),
            # Its author laptop's signature (store.sealing), relayed as it came.
            **({"sig": row[9]} if row[9] else {}),
        }
        for row in rows
    ]
