"""Fieldwork tables: quota targets and paradata, kept, read, exported and merged.

Quota targets are saved by a coordinator per neighbourhood (all the cells of a zone at once,
audited) and travel in export files; on merge the newest save of a zone wins (saved_at, then the
laptop's uuid), so every laptop converges whatever the order of the files. Paradata hold no
answer: per questionnaire its entry mode, outcome and the start and end of every page shown.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, delete, insert, select, text
from sqlalchemy.orm import Session

from inclusion_desktop.catalogue import Code, plural
from inclusion_desktop.store.audit import write_audit
from inclusion_desktop.store.errors import StoreError
from inclusion_desktop.store.keys import AuditAction
from inclusion_desktop.store.models import (
    Paradata,
    QuotaTarget,
    format_utc,
    utc_now,
)

if TYPE_CHECKING:
    from inclusion_desktop.store.records import DeviceInfo

PARADATA_OUTCOMES = ("draft", "complete", "refused", "deleted")
#: The answers quota counting reads from each questionnaire (nothing else is loaded).
QUOTA_FIELDS = ("tranche_age", "sexe", "consentement")


@dataclass(frozen=True, slots=True)
class QuotaTargetRow:
    """One stored quota cell of a neighbourhood."""

    zone: str
    age_band: str
    sex: str
    target: int
    planned: int
    saved_at: str
    device_uuid: str
    device_name: str


@dataclass(frozen=True, slots=True)
class ParadataRow:
    """How one questionnaire went; `pages` lists (page key, start, end) in UTC text."""

    submission_uuid: str
    form_id: str
    zone: str
    operator_name: str
    entry_mode: str
    device_uuid: str
    started_at: str
    ended_at: str
    outcome: str
    pages: list[tuple[str, str, str]]

    def as_dict(self) -> dict[str, Any]:
        """The record as an export file carries it."""
        return {
            "submission_uuid": self.submission_uuid,
            "form_id": self.form_id,
            "zone": self.zone,
            "operator_name": self.operator_name,
            "entry_mode": self.entry_mode,
            "device_uuid": self.device_uuid,
            "started_at": self.started_at,
            "ended_at": self.ended_at,
            "outcome": self.outcome,
            "pages": [list(page) for page in self.pages],
        }


class FieldworkStoreMixin:
    """Quota targets and paradata of a store (mixed into Store)."""

    if TYPE_CHECKING:

        def _read(self) -> AbstractContextManager[Session]: ...

        def _write(self) -> AbstractContextManager[Session]: ...

        def device(self) -> DeviceInfo | None: ...

    # -- quotas ------------------------------------------------------------------------------

    def save_quota_targets(
        self,
        zone: str,
        planned: int,
        cells: Mapping[tuple[str, str], int],
        *,
        operator_id: int | None,
        detail: str = "",
    ) -> str:
        """Replaces the quota cells of `zone` (audited); returns the save's UTC time."""
        if not zone or planned < 0 or any(value < 0 for value in cells.values()):
            raise StoreError(code=Code.STORE_QUOTAS_INVALID, zone=zone)
        device = self.device()
        saved_at = format_utc(utc_now())
        with self._write() as session:
            session.execute(delete(QuotaTarget).where(QuotaTarget.zone == zone))
            for (band, sex), target in cells.items():
                session.add(
                    QuotaTarget(
                        zone=zone,
                        age_band=band,
                        sex=sex,
                        target=int(target),
                        planned=int(planned),
                        saved_at=saved_at,
                        device_uuid=device.uuid if device else "",
                        device_name=device.name if device else "",
                    )
                )
            write_audit(
                session.connection(),
                action=AuditAction.SETTING,
                target=f"quotas {zone}",
                operator_id=operator_id,
                detail=detail or f"{planned} questionnaires prévus",
            )
        return saved_at

    def quota_targets(self) -> list[QuotaTargetRow]:
        """Every stored quota cell, by zone."""
        with self._read() as session:
            rows = session.scalars(
                select(QuotaTarget).order_by(
                    QuotaTarget.zone, QuotaTarget.age_band, QuotaTarget.sex
                )
            )
            return [
                QuotaTargetRow(
                    r.zone,
                    r.age_band,
                    r.sex,
                    r.target,
                    r.planned,
                    r.saved_at,
                    r.device_uuid,
                    r.device_name,
                )
                for r in rows
            ]

    def quota_answers(
        self,
        form_id: str = "habitants",
        fields: Sequence[str] = QUOTA_FIELDS,
        zone: str | None = None,
    ) -> list[tuple[str, dict[str, str]]]:
        """(zone, some answers) of every completed questionnaire of `form_id` (in `zone`).

        The answers of its newest complete revision; only `fields` are kept. Questionnaires
        imported « à vérifier » and not yet resolved are left out, as from the sheets.
        """
        query = text(
            "SELECT s.zone, r.answers FROM submission s"
            " JOIN form_version f ON f.id = s.form_version_id"
            " JOIN revision r ON r.submission_id = s.id"
            " WHERE s.status = 'complete' AND f.form_id = :form_id AND r.status = 'complete'"
            " AND r.number = (SELECT MAX(number) FROM revision WHERE submission_id = s.id)"
            " AND s.uuid NOT IN"
            " (SELECT submission_uuid FROM review_item WHERE resolved_at IS NULL)"
            + ("" if zone is None else " AND s.zone = :zone")
        )
        result = []
        with self._read() as session:
            rows = session.execute(query, {"form_id": form_id, "zone": zone})
            for where, answers in rows:
                values = json.loads(answers)
                result.append((where, {k: str(values.get(k, "")) for k in fields}))
        return result

    # -- paradata ----------------------------------------------------------------------------

    def record_paradata(self, row: ParadataRow) -> None:
        """Keeps (or replaces) the paradata of one questionnaire."""
        if row.outcome not in PARADATA_OUTCOMES:
            raise StoreError(code=Code.STORE_OUTCOME_UNKNOWN, outcome=row.outcome)
        with self._write() as session:
            _upsert_paradata(session.connection(), row)

    def paradata(self) -> list[ParadataRow]:
        """Every questionnaire's paradata, its outcome following the questionnaire's status."""
        with self._read() as session:
            return _paradata_rows(session.connection())


def _upsert_paradata(conn: Connection, row: ParadataRow) -> None:
    conn.execute(delete(Paradata).where(Paradata.submission_uuid == row.submission_uuid))
    conn.execute(
        insert(Paradata).values(
            submission_uuid=row.submission_uuid,
            form_id=row.form_id,
            zone=row.zone,
            operator_name=row.operator_name,
            entry_mode=row.entry_mode,
            device_uuid=row.device_uuid,
            started_at=row.started_at,
            ended_at=row.ended_at,
            outcome=row.outcome,
            pages=json.dumps([list(p) for p in row.pages], separators=(",", ":")),
        )
    )


def _paradata_rows(conn: Connection) -> list[ParadataRow]:
    """The paradata rows; a questionnaire since deleted or completed here says so."""
    status = {
        uuid: value for uuid, value in conn.execute(text("SELECT uuid, status FROM submission"))
    }
    rows = []
    for r in conn.execute(select(Paradata).order_by(Paradata.started_at)).mappings():
        outcome = r["outcome"]
        local = status.get(r["submission_uuid"])
        if local == "deleted" or (local == "complete" and outcome == "draft"):
            outcome = local
        rows.append(
            ParadataRow(
                r["submission_uuid"],
                r["form_id"],
                r["zone"],
                r["operator_name"],
                r["entry_mode"],
                r["device_uuid"],
                r["started_at"],
                r["ended_at"],
                outcome,
                [tuple(page) for page in json.loads(r["pages"])],
            )
        )
    return rows


# -- travelling between laptops --------------------------------------------------------------


def fieldwork_payload(conn: Connection) -> dict[str, Any] | None:
    """Quota targets and paradata as an export file carries them (None when there are none)."""
    quotas = [
        {
            "zone": r.zone,
            "age_band": r.age_band,
            "sex": r.sex,
            "target": r.target,
            "planned": r.planned,
            "saved_at": r.saved_at,
            "device": {"uuid": r.device_uuid, "name": r.device_name},
        }
        for r in conn.execute(select(QuotaTarget).order_by(QuotaTarget.zone))
    ]
    paradata = [row.as_dict() for row in _paradata_rows(conn)]
    if not quotas and not paradata:
        return None
    return {"quotas": quotas, "paradata": paradata}


def _checked(record: Mapping[str, Any], fields: Sequence[str], kind: type) -> None:
    for name in fields:
        if not isinstance(record.get(name), kind):
            raise ValueError(name)


def merge_fieldwork(
    conn: Connection, incoming: Mapping[str, Any], *, dry_run: bool, operator_id: int | None
) -> tuple[str, str]:
    """Applies a bundle's quotas (newest save per zone wins) and paradata; returns a summary.

    Returns (outcome, French message); outcome "refused" when the record is malformed, and then
    nothing is applied.
    """
    try:
        quotas = list(incoming.get("quotas") or [])
        paradata = list(incoming.get("paradata") or [])
        for q in quotas:
            _checked(q, ("zone", "age_band", "sex", "saved_at"), str)
            _checked(q, ("target", "planned"), int)
            _checked(q["device"], ("uuid", "name"), str)
        for p in paradata:
            _checked(
                p,
                (
                    "submission_uuid",
                    "form_id",
                    "zone",
                    "operator_name",
                    "entry_mode",
                    "device_uuid",
                    "started_at",
                    "ended_at",
                    "outcome",
                ),
                str,
            )
            if p["outcome"] not in PARADATA_OUTCOMES or not isinstance(p["pages"], list):
                raise ValueError("outcome")
            for page in p["pages"]:
                if not (
                    isinstance(page, list)
                    and len(page) == 3
                    and all(isinstance(v, str) for v in page)
                ):
                    raise ValueError("pages")
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        return "refused", f"suivi de terrain du fichier illisible (champ {exc}) : ignoré."
    ours = {
        zone: (saved_at, device)
        for zone, saved_at, device in conn.execute(
            select(QuotaTarget.zone, QuotaTarget.saved_at, QuotaTarget.device_uuid).distinct()
        )
    }
    by_zone: dict[str, list[Mapping[str, Any]]] = {}
    for q in quotas:
        by_zone.setdefault(q["zone"], []).append(q)
    updated = []
    for zone, cells in sorted(by_zone.items()):
        theirs = (cells[0]["saved_at"], cells[0]["device"]["uuid"])
        if zone in ours and theirs <= ours[zone]:
            continue
        updated.append(zone)
        if dry_run:
            continue
        conn.execute(delete(QuotaTarget).where(QuotaTarget.zone == zone))
        for q in cells:
            conn.execute(
                insert(QuotaTarget).values(
                    zone=zone,
                    age_band=q["age_band"],
                    sex=q["sex"],
                    target=q["target"],
                    planned=q["planned"],
                    saved_at=q["saved_at"],
                    device_uuid=q["device"]["uuid"],
                    device_name=q["device"]["name"],
                )
            )
        write_audit(
            conn,
            action=AuditAction.SETTING,
            target=f"quotas {zone}",
            operator_id=operator_id,
            detail=f"quotas reçus de {cells[0]['device']['name'] or 'un autre ordinateur'}",
        )
    known = {
        uuid: (ended, outcome)
        for uuid, ended, outcome in conn.execute(
            select(Paradata.submission_uuid, Paradata.ended_at, Paradata.outcome)
        )
    }
    added = 0
    for p in paradata:
        mine = known.get(p["submission_uuid"])
        # The later record of a questionnaire wins: it has seen more pages.
        if mine is not None and (p["ended_at"], p["outcome"]) <= mine:
            continue
        added += 1
        if not dry_run:
            _upsert_paradata(
                conn,
                ParadataRow(
                    p["submission_uuid"],
                    p["form_id"],
                    p["zone"],
                    p["operator_name"],
                    p["entry_mode"],
                    p["device_uuid"],
                    p["started_at"],
                    p["ended_at"],
                    p["outcome"],
                    [(a, b, c) for a, b, c in p["pages"]],
                ),
            )
    message = (
        f"quotas mis à jour pour {plural(len(updated), 'quartier', 'quartiers')}, suivi de "
        f"{plural(added, 'questionnaire', 'questionnaires')}."
    )
    return ("updated" if updated or added else "kept"), message
