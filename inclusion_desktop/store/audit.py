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
from typing import TYPE_CHECKING

from sqlalchemy import Connection, insert, select
from sqlalchemy.orm import Session, aliased

from inclusion_desktop.store.models import AuditEntry, Device, Operator, utc_now

#: French words for the actions, as the coordinator reads them.
ACTION_LABELS = {
    "creation": "questionnaire commencé",
    "finalisation": "questionnaire terminé",
    "modification": "questionnaire modifié",
    "suppression": "questionnaire supprimé",
    "abandon": "questionnaire vide abandonné",
    "export": "export",
    "fusion": "fusion",
    "resolution_conflit": "conflit résolu",
    "double_saisie": "double saisie",
    "verification": "double saisie vérifiée",
    "reglage": "réglage modifié",
}

#: Settings whose change is recorded; the others only remember choices of the screen.
AUDITED_SETTINGS = frozenset({"verification_share", "campaign_seed", "population_targets"})


@dataclass(frozen=True, slots=True)
class AuditInfo:
    """One row of the audit log, names resolved."""

    created_at: datetime
    action: str
    target: str
    operator_name: str | None
    device_name: str | None
    detail: str

    @property
    def action_label(self) -> str:
        """The action in French."""
        return ACTION_LABELS.get(self.action, self.action)


def write_audit(
    conn: Connection,
    *,
    action: str,
    target: str,
    operator_id: int | None = None,
    detail: str = "",
) -> None:
    """Appends one audit row in the caller's transaction (so it stands or falls with the act)."""
    device_id = conn.scalar(select(Device.id).where(Device.is_local.is_(True)).limit(1))
    operator_name = (
        None
        if operator_id is None
        else conn.scalar(select(Operator.name).where(Operator.id == operator_id))
    )
    conn.execute(
        insert(AuditEntry).values(
            uuid=str(uuid.uuid4()),
            operator_name=operator_name,
            created_at=utc_now(),
            device_id=device_id,
            operator_id=operator_id,
            action=action,
            target=target[:500],
            detail=detail,
        )
    )


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
                operator.name,
                device.name,
                AuditEntry.detail,
            )
            .outerjoin(operator, operator.id == AuditEntry.operator_id)
            .outerjoin(device, device.id == AuditEntry.device_id)
            .order_by(AuditEntry.id)
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
                [
                    row.created_at.isoformat(),
                    row.action_label,
                    row.target,
                    row.operator_name or "",
                    row.device_name or "",
                    row.detail,
                ]
            )
        return buffer.getvalue()

    def export_audit(self, path: Path) -> int:
        """Writes the audit log to `path` as CSV; returns the number of rows."""
        text = self.audit_csv()
        path.write_text(text, encoding="utf-8")
        return text.count("\n") - 1
