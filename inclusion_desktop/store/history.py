"""Store side of sync: what an export contains, applying a verified bundle, conflicts, merge log.

Bundles are read and verified by ``inclusion_desktop.sync``; this module only sees plain records
(dicts of JSON values) and writes them with batched Core statements in one transaction per
bundle, because a coordinator merges hundreds of thousands of revisions at a time.
"""

from __future__ import annotations

import json
import uuid as uuid_module
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Connection, Engine, exists, func, select, text
from sqlalchemy.orm import Session

from inclusion_desktop.catalogue import Code, plural
from inclusion_desktop.store.attachments import attachments_payload, merge_attachments
from inclusion_desktop.store.audit import audit_records, write_audit
from inclusion_desktop.store.concurrency import lock_shared_settings, with_retries
from inclusion_desktop.store.errors import StoreError
from inclusion_desktop.store.fieldwork import fieldwork_payload, merge_fieldwork
from inclusion_desktop.store.form_media import add_form_media, stored_media
from inclusion_desktop.store.hashing import canonical_json, content_hash, content_hash_of_text
from inclusion_desktop.store.keys import AuditAction
from inclusion_desktop.store.models import (
    ROLE_MEDIATOR,
    Device,
    ExportRevision,
    FormVersion,
    Revision,
    Submission,
    format_utc,
    utc_now,
)
from inclusion_desktop.store.records import RevisionInfo, revision_info
from inclusion_desktop.store.revisions import (
    append_revision,
    chunks,
    ids_by_key,
    insert_many,
    placeholder,
    select_in,
)
from inclusion_desktop.store.sealing import seal_operators
from inclusion_desktop.store.territory_setting import TerritoryMerge, territory_payload

# What a merge did to one submission of a bundle.
OUTCOMES = ("new", "already_present", "fast_forwarded", "kept_local", "conflict", "refused")

ProgressCallback = Callable[[int, int], None]
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class FormSource:
    """An XLSForm file travelling in a bundle, with what the store needs to register it."""

    sha256: str
    form_id: str
    version: str
    title: str
    filename: str
    source: bytes
    # The files the form names (store.form_media), by name.
    media: Mapping[str, bytes] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ExportPayload:
    """Everything a bundle carries, as JSON-ready records (see sync.bundle for the format)."""

    submissions: list[dict[str, Any]]
    forms: list[FormSource]
    devices: list[dict[str, str]]
    operators: list[dict[str, str]]
    revision_ids: list[int]
    revision_count: int
    deletion_count: int
    # Every audit row (see audit.audit_records); a merge keeps each once, by uuid.
    audit: list[dict[str, Any]] = field(default_factory=list)
    # The edited territory with its origin (territory_setting.territory_payload); None: the
    # shipped one.
    territory: dict[str, Any] | None = None
    # Quota targets and paradata (store.fieldwork.fieldwork_payload); None: there are none.
    fieldwork: dict[str, Any] | None = None
    # Files the exported answers name, with their bytes (store.attachments.attachments_payload).
    attachments: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class IncomingBundle:
    """A bundle that has been read and whose every hash has been verified."""

    file_name: str
    file_sha256: str
    device_uuid: str
    device_name: str
    forms: list[FormSource]
    devices: list[dict[str, str]]
    operators: list[dict[str, str]]
    submissions: list[dict[str, Any]]
    # Audit rows of the laptop(s) the bundle comes from; empty for bundles made before they
    # travelled.
    audit: list[dict[str, Any]] = field(default_factory=list)
    # {"saved_at", "device": {"uuid", "name"}, "csv"}: the sender's edited territory, if any.
    territory: dict[str, Any] | None = None
    # {"quotas": [...], "paradata": [...]} (store.fieldwork), unchecked until merged; or None.
    fieldwork: dict[str, Any] | None = None
    # Attached files, each hash already checked against its bytes (store.attachments).
    attachments: list[dict[str, Any]] = field(default_factory=list)


@dataclass(slots=True)
class ApplyResult:
    """What applying (or previewing) one bundle did, submission by submission."""

    outcomes: dict[str, list[str]] = field(default_factory=lambda: {k: [] for k in OUTCOMES})
    refused: list[tuple[str, str]] = field(default_factory=list)
    revisions_added: int = 0
    deletions_added: int = 0
    forms_added: list[str] = field(default_factory=list)
    devices_added: list[str] = field(default_factory=list)
    audit_added: int = 0
    # The bundle's territory: "" (none), "updated", "kept" or "refused", and why (French).
    territory: str = ""
    territory_message: str = ""
    # The bundle's quota targets and paradata: "" (none), "updated", "kept" or "refused".
    fieldwork: str = ""
    fieldwork_message: str = ""
    attachments_added: int = 0


@dataclass(frozen=True, slots=True)
class ExportInfo:
    """One bundle written by this store."""

    uuid: str
    created_at: datetime
    file_name: str
    file_sha256: str
    since_last: bool
    encrypted: bool
    submissions: int
    revisions: int


@dataclass(frozen=True, slots=True)
class MergeLogEntry:
    """One merged bundle, as the merge log keeps it."""

    created_at: datetime
    file_name: str
    file_sha256: str
    device_uuid: str
    device_name: str
    merged_by: str
    counts: dict[str, Any]


@dataclass(frozen=True, slots=True)
class ConflictInfo:
    """A questionnaire whose history has several heads, waiting for a coordinator."""

    uuid: str
    zone: str
    heads: list[RevisionInfo]


def count_not_exported(session: Session) -> int:
    """Count the questionnaires having a revision made here that no export contained yet.

    Revisions merged from other computers are left out: their laptop exported them already, and
    on the coordination computer they would all count as « Non exportés » otherwise.
    """
    local = session.scalar(select(Device.id).where(Device.is_local.is_(True)).limit(1))
    if local is None:
        return 0
    pending = ~exists().where(ExportRevision.revision_id == Revision.id)
    # The laptop's id as a value, not a subquery: the index on revision(device_id,
    # submission_id) (migration 0014) then reads only its revisions, already in questionnaire
    # order, so counting them distinct needs no sort (about half the time at 1,000,000).
    query = select(func.count(func.distinct(Revision.submission_id))).where(
        Revision.device_id == local, pending
    )
    return int(session.execute(query).scalar_one())


def _leaves(revisions: Mapping[str, tuple[Any, ...]]) -> set[str]:
    """Return the heads of a DAG given as hash -> (parent, parent2, number, ...)."""
    parents = {row[0] for row in revisions.values()} | {row[1] for row in revisions.values()}
    return set(revisions) - parents


def _best(revisions: Mapping[str, tuple[Any, ...]], among: Iterable[str]) -> str:
    """The head every store shows: highest generation, then highest hash."""
    return max(among, key=lambda h: (revisions[h][2], h))


def _latest(revisions: Iterable[Mapping[str, Any]]) -> str:
    """The latest time at which any author saved one of these revisions."""
    latest = ""
    for rev in revisions:
        latest = max(latest, rev["created_at"], *(a[0] for a in rev.get("authors") or ()))
    return latest


def _flag_redacted(records: Sequence[dict[str, Any]]) -> None:
    """Mark the revisions whose stored answers no longer give their hash: ``"redacted": True``.

    Clearing free-text answers (see inclusion_desktop.services.campaign) scrubs the answers of
    earlier revisions in place and keeps their hash, which is their identity in every store; such a
    revision cannot be verified any more, so the bundle says so instead of failing its check.
    """
    for rec in records:
        for rev in rec["revisions"]:
            expected = content_hash_of_text(
                submission=rec["uuid"],
                form=rec["form"],
                status=rev["status"],
                answers_text=rev["answers"],
                parent=rev["parent"],
                reason=rev["reason"],
                parent2=rev["parent2"],
            )
            if expected != rev["hash"]:
                rev["redacted"] = True


def _canonical_time(value: str) -> str:
    """Check a timestamp from a bundle and return it in the store's fixed-width UTC form."""
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError(f"horodatage sans fuseau : {value}")
    return format_utc(parsed)


class SyncStoreMixin:
    """Export, merge and conflict operations of Store (kept apart to keep repository.py short)."""

    if TYPE_CHECKING:
        _engine: Engine
        _writer: Engine

        def _read(self) -> AbstractContextManager[Session]: ...

        def _write(self) -> AbstractContextManager[Session]: ...

        def _edit(self, work: Callable[[Session], T], *, what: str) -> T: ...

        def _local_device_id(self, session: Session) -> int: ...

        def revisions(self, uuid: str) -> list[RevisionInfo]: ...

    # -- export ------------------------------------------------------------------------------

    def export_payload(self, *, since_last: bool = False) -> ExportPayload:
        """Collect every finished questionnaire with all its revisions (or only unexported ones).

        Drafts that were never finalised have no revision and are not exported.
        """
        pending = (
            "AND NOT EXISTS (SELECT 1 FROM export_revision er WHERE er.revision_id = r.id)"
            if since_last
            else ""
        )
        with self._engine.connect() as conn, conn.begin():
            revisions = conn.execute(
                text(
                    "SELECT r.id, r.submission_id, r.content_hash, r.parent_hash, r.parent2_hash,"
                    " r.number, r.status, r.answers, r.reason, r.created_at, d.uuid, o.uuid"
                    " FROM revision r JOIN device d ON d.id = r.device_id"
                    " LEFT JOIN operator o ON o.id = r.operator_id"
                    f" WHERE 1 = 1 {pending}"
                    " ORDER BY r.submission_id, r.number, r.content_hash"
                )
            ).all()
            authors: dict[int, list[list[Any]]] = {}
            for row in conn.execute(
                text(
                    "SELECT a.revision_id, a.created_at, d.uuid, o.uuid FROM revision_author a"
                    " JOIN device d ON d.id = a.device_id"
                    " LEFT JOIN operator o ON o.id = a.operator_id ORDER BY a.id"
                )
            ):
                authors.setdefault(row[0], []).append([row[1], row[2], row[3]])
            wanted = {row[1] for row in revisions}
            submissions = [
                row
                for row in conn.execute(
                    text(
                        "SELECT s.id, s.uuid, f.sha256, s.zone, s.entry_mode, s.created_at,"
                        " d.uuid, o.uuid FROM submission s"
                        " JOIN form_version f ON f.id = s.form_version_id"
                        " JOIN device d ON d.id = s.device_id"
                        " LEFT JOIN operator o ON o.id = s.operator_id ORDER BY s.id"
                    )
                )
                if row[0] in wanted
            ]
            by_submission: dict[int, list[dict[str, Any]]] = {}
            device_uuids: set[str] = set()
            operator_uuids: set[str] = set()
            deletions = 0
            for row in revisions:
                others = authors.get(row[0], [])
                for _, device_uuid, operator_uuid in others:
                    device_uuids.add(device_uuid)
                    if operator_uuid is not None:
                        operator_uuids.add(operator_uuid)
                by_submission.setdefault(row[1], []).append(
                    {
                        "authors": others,
                        "hash": row[2],
                        "parent": row[3],
                        "parent2": row[4],
                        "number": row[5],
                        "status": row[6],
                        "answers": row[7],
                        "reason": row[8],
                        "created_at": row[9],
                        "device": row[10],
                        "operator": row[11],
                    }
                )
                deletions += row[6] == "deleted"
                device_uuids.add(row[10])
                if row[11] is not None:
                    operator_uuids.add(row[11])
            records = []
            form_shas: set[str] = set()
            for row in submissions:
                form_shas.add(row[2])
                device_uuids.add(row[6])
                if row[7] is not None:
                    operator_uuids.add(row[7])
                records.append(
                    {
                        "uuid": row[1],
                        "form": row[2],
                        "zone": row[3],
                        "entry_mode": row[4],
                        "created_at": row[5],
                        "device": row[6],
                        "operator": row[7],
                        "revisions": by_submission[row[0]],
                    }
                )
            _flag_redacted(records)
            audit = audit_records(conn)
            device_uuids.update(rec["device"] for rec in audit if rec["device"] is not None)
            territory = territory_payload(conn)
            fieldwork = fieldwork_payload(conn)
            attachments = attachments_payload(conn, records)
            exported = [
                row
                for row in conn.execute(
                    select(
                        FormVersion.sha256,
                        FormVersion.form_id,
                        FormVersion.version,
                        FormVersion.title,
                        FormVersion.source_filename,
                        FormVersion.source,
                        FormVersion.id,
                    ).order_by(FormVersion.id)
                )
                if row[0] in form_shas
            ]
            media = stored_media(conn, [row[6] for row in exported])
            forms = [
                FormSource(sha, form_id, version, title, name, bytes(source), media.get(id_, {}))
                for sha, form_id, version, title, name, source, id_ in exported
            ]
            devices = [
                {"uuid": row[0], "name": row[1]}
                for row in conn.execute(text("SELECT uuid, name FROM device ORDER BY id"))
                if row[0] in device_uuids
            ]
            operators = [
                {"uuid": row[0], "name": row[1], "created_at": row[2]}
                for row in conn.execute(
                    text("SELECT uuid, name, created_at FROM operator ORDER BY id")
                )
                if row[0] in operator_uuids
            ]
        return ExportPayload(
            submissions=records,
            forms=forms,
            devices=devices,
            operators=operators,
            revision_ids=[row[0] for row in revisions],
            revision_count=len(revisions),
            deletion_count=deletions,
            audit=audit,
            territory=territory,
            fieldwork=fieldwork,
            attachments=attachments,
        )

    def record_export(
        self,
        *,
        file_name: str,
        file_sha256: str,
        since_last: bool,
        encrypted: bool,
        submissions: int,
        revision_ids: Sequence[int],
    ) -> ExportInfo:
        """Remember a verified bundle and the revisions it held, for "since last export"."""
        info = ExportInfo(
            uuid=str(uuid_module.uuid4()),
            created_at=utc_now(),
            file_name=file_name,
            file_sha256=file_sha256,
            since_last=since_last,
            encrypted=encrypted,
            submissions=submissions,
            revisions=len(revision_ids),
        )
        with self._writer.begin() as conn:
            export_id = conn.execute(
                text(
                    "INSERT INTO export (uuid, created_at, file_name, file_sha256, since_last,"
                    " encrypted, submissions, revisions) VALUES (:uuid, :created_at, :file_name,"
                    " :file_sha256, :since_last, :encrypted, :submissions, :revisions)"
                    " RETURNING id"
                ),
                {
                    "uuid": info.uuid,
                    "created_at": format_utc(info.created_at),
                    "file_name": file_name,
                    "file_sha256": file_sha256,
                    "since_last": since_last,
                    "encrypted": encrypted,
                    "submissions": submissions,
                    "revisions": len(revision_ids),
                },
            ).scalar_one()
            if revision_ids:
                conn.execute(
                    text(
                        "INSERT INTO export_revision (export_id, revision_id)"
                        " VALUES (:export_id, :revision_id)"
                    ),
                    [{"export_id": export_id, "revision_id": rid} for rid in revision_ids],
                )
            write_audit(
                conn,
                action=AuditAction.EXPORT,
                target=file_name,
                detail=f"{plural(submissions, 'questionnaire', 'questionnaires')}, "
                f"{plural(len(revision_ids), 'version', 'versions')}"
                + (", chiffré" if encrypted else ""),
            )
        return info

    def exports(self) -> list[ExportInfo]:
        """Return the bundles written by this store, oldest first."""
        with self._engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT uuid, created_at, file_name, file_sha256, since_last, encrypted,"
                    " submissions, revisions FROM export ORDER BY id"
                )
            ).all()
        return [
            ExportInfo(
                row[0],
                datetime.fromisoformat(row[1]),
                row[2],
                row[3],
                bool(row[4]),
                bool(row[5]),
                row[6],
                row[7],
            )
            for row in rows
        ]

    # -- merge -------------------------------------------------------------------------------

    def apply_bundle(
        self,
        bundle: IncomingBundle,
        *,
        dry_run: bool = False,
        merged_by: str = "",
        operator_id: int | None = None,
        progress: ProgressCallback | None = None,
        territory_step: TerritoryMerge | None = None,
    ) -> ApplyResult:
        """Merge a verified bundle in one transaction; with dry_run, only say what it would do.

        `operator_id` is the coordinator who merges, for the audit row ("fusion").
        `territory_step` judges and applies the bundle's edited territory (the territory rules
        are the domain's, above the store); without it a bundle's territory is left aside.

        Identical revisions are skipped, new ones are added; each submission's status then
        follows its head (highest generation), and a submission left with several heads is a
        conflict that keeps both branches. The result depends only on the set of revisions, so
        merging bundles in any order, or twice, gives the same store.
        """
        engine = self._engine if dry_run else self._writer
        return with_retries(
            lambda: self._apply_once(
                engine, bundle, dry_run, merged_by, operator_id, progress, territory_step
            ),
            what=f"Fusion de {bundle.file_name}",
            postgres=engine.dialect.name == "postgresql",
        )

    def _apply_once(
        self,
        engine: Engine,
        bundle: IncomingBundle,
        dry_run: bool,
        merged_by: str,
        operator_id: int | None,
        progress: ProgressCallback | None,
        territory_step: TerritoryMerge | None,
    ) -> ApplyResult:
        """One attempt of apply_bundle: one transaction, rolled back entirely if it fails."""
        with engine.connect() as conn, conn.begin():
            merger = _Merger(conn, bundle, dry_run, progress)
            result = merger.run()
            result.audit_added = merger.merge_audit()
            result.attachments_added = merge_attachments(
                conn,
                bundle.attachments,
                dry_run=dry_run,
                refused=set(result.outcomes["refused"]),
            )
            territory = bundle.territory if territory_step is not None else None
            if (territory is not None or bundle.fieldwork is not None) and not dry_run:
                lock_shared_settings(conn)
            if territory is not None and territory_step is not None:
                result.territory, result.territory_message = territory_step(
                    conn,
                    territory,
                    submissions=bundle.submissions,
                    source=bundle.device_name,
                    dry_run=dry_run,
                    operator_id=operator_id,
                )
            if bundle.fieldwork is not None:
                result.fieldwork, result.fieldwork_message = merge_fieldwork(
                    conn, bundle.fieldwork, dry_run=dry_run, operator_id=operator_id
                )
            if not dry_run:
                counts: dict[str, Any] = {k: len(v) for k, v in result.outcomes.items()}
                counts.update(
                    revisions_added=result.revisions_added,
                    deletions_added=result.deletions_added,
                    forms_added=len(result.forms_added),
                    audit_added=result.audit_added,
                )
                if result.attachments_added:
                    counts["attachments_added"] = result.attachments_added
                if result.territory:
                    counts["territory"] = result.territory
                conn.execute(
                    text(
                        "INSERT INTO merge_log (created_at, file_name, file_sha256, device_uuid,"
                        " device_name, merged_by, counts) VALUES (:created_at, :file_name,"
                        " :file_sha256, :device_uuid, :device_name, :merged_by, :counts)"
                    ),
                    {
                        "created_at": format_utc(utc_now()),
                        "file_name": bundle.file_name,
                        "file_sha256": bundle.file_sha256,
                        "device_uuid": bundle.device_uuid,
                        "device_name": bundle.device_name,
                        "merged_by": merged_by,
                        "counts": canonical_json(counts),
                    },
                )
                write_audit(
                    conn,
                    action=AuditAction.MERGE,
                    target=bundle.file_name,
                    operator_id=operator_id,
                    detail=f"{bundle.device_name} ; {canonical_json(counts)}",
                )
            else:
                conn.rollback()
        return result

    def import_submissions(
        self,
        *,
        form_version_id: int,
        rows: Sequence[tuple[str, str, datetime, Mapping[str, Any]]],
        device_uuid: str,
        device_name: str,
    ) -> tuple[list[str], list[str]]:
        """Add questionnaires made with another tool (uuid, zone, time, answers), in one go.

        Each becomes a submission with one complete revision, without operator, attributed to
        a device standing for the source tool. A uuid already in the store is skipped, so
        importing the same export twice changes nothing. Returns (created, skipped) uuids.
        """
        created: list[str] = []
        skipped: list[str] = []
        with self._writer.begin() as conn:
            form_sha = conn.execute(
                text("SELECT sha256 FROM form_version WHERE id = :id"), {"id": form_version_id}
            ).scalar()
            if form_sha is None:
                raise StoreError(
                    code=Code.STORE_FORM_VERSION_NOT_FOUND, form_version=form_version_id
                )
            device_id = conn.execute(
                text("SELECT id FROM device WHERE uuid = :uuid"), {"uuid": device_uuid}
            ).scalar()
            if device_id is None:
                device_id = conn.execute(
                    text(
                        "INSERT INTO device (uuid, name, is_local) VALUES (:uuid, :name, :local)"
                        " RETURNING id"
                    ),
                    {"uuid": device_uuid, "name": device_name, "local": False},
                ).scalar_one()
            known = set(ids_by_key(conn, "submission", "uuid", [row[0] for row in rows]))
            submissions: list[tuple[Any, ...]] = []
            revisions: list[tuple[Any, ...]] = []
            for uuid, zone, created_at, answers in rows:
                if uuid in known:
                    skipped.append(uuid)
                    continue
                known.add(uuid)
                at = format_utc(created_at)
                submissions.append(
                    (uuid, form_version_id, zone, "complete", "field", at, at, device_id, None)
                )
                digest = content_hash(
                    submission=uuid,
                    form=form_sha,
                    status="complete",
                    answers=answers,
                    parent=None,
                    reason=None,
                )
                revisions.append((uuid, digest, canonical_json(answers), at))
                created.append(uuid)
            if submissions:
                insert_many(
                    conn,
                    "submission",
                    (
                        "uuid",
                        "form_version_id",
                        "zone",
                        "status",
                        "entry_mode",
                        "created_at",
                        "updated_at",
                        "device_id",
                        "operator_id",
                    ),
                    submissions,
                )
                ids = ids_by_key(conn, "submission", "uuid", created)
                insert_many(
                    conn,
                    "revision",
                    (
                        "submission_id",
                        "number",
                        "content_hash",
                        "answers",
                        "status",
                        "created_at",
                        "device_id",
                    ),
                    [
                        (ids[uuid], 1, digest, answers_text, "complete", at, device_id)
                        for uuid, digest, answers_text, at in revisions
                    ],
                )
        return created, skipped

    def merge_log(self) -> list[MergeLogEntry]:
        """Return every merge done into this store, oldest first."""
        with self._engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT created_at, file_name, file_sha256, device_uuid, device_name,"
                    " merged_by, counts FROM merge_log ORDER BY id"
                )
            ).all()
        return [
            MergeLogEntry(
                datetime.fromisoformat(row[0]),
                row[1],
                row[2],
                row[3],
                row[4],
                row[5],
                json.loads(row[6]),
            )
            for row in rows
        ]

    # -- conflicts ---------------------------------------------------------------------------

    def _heads(self, conn: Connection, submission_id: int) -> dict[str, tuple[Any, ...]]:
        rows = conn.execute(
            text(
                "SELECT content_hash, parent_hash, parent2_hash, number, status, answers"
                " FROM revision WHERE submission_id = :sid"
            ),
            {"sid": submission_id},
        ).all()
        revisions = {row[0]: (row[1], row[2], row[3], row[4], row[5]) for row in rows}
        return {h: revisions[h] for h in _leaves(revisions)}

    def conflicts(self) -> list[ConflictInfo]:
        """List the questionnaires with more than one head, each head's revision attached."""
        query = text(
            "SELECT s.id, s.uuid, s.zone FROM submission s WHERE ("
            " SELECT count(*) FROM revision r WHERE r.submission_id = s.id AND NOT EXISTS ("
            "  SELECT 1 FROM revision c WHERE c.submission_id = r.submission_id"
            "  AND (c.parent_hash = r.content_hash OR c.parent2_hash = r.content_hash))"
            ") > 1 ORDER BY s.created_at, s.id"
        )
        with self._engine.connect() as conn:
            rows = conn.execute(query).all()
            heads = {row[0]: set(self._heads(conn, row[0])) for row in rows}
        result = []
        for sid, uuid, zone in rows:
            revisions = [r for r in self.revisions(uuid) if r.content_hash in heads[sid]]
            revisions.sort(key=lambda r: (r.number, r.content_hash), reverse=True)
            result.append(ConflictInfo(uuid, zone, revisions))
        return result

    def resolve_conflict(
        self,
        uuid: str,
        *,
        operator_id: int,
        chosen_hash: str | None = None,
        answers: Mapping[str, Any] | None = None,
    ) -> RevisionInfo:
        """Close a conflict with a new revision whose parents are two heads.

        Either ``chosen_hash`` names the head to keep (its answers and status are taken), or
        ``answers`` is a version the coordinator edited. With more than two heads, the two first
        are joined and the questionnaire stays in conflict until every branch has been resolved.
        """
        if (chosen_hash is None) == (answers is None):
            raise ValueError("give either chosen_hash or answers")
        return self._edit(
            lambda session: self._resolve_conflict_in(
                session, uuid, operator_id, chosen_hash, answers
            ),
            what=f"Résolution du conflit de {uuid}",
        )

    def _resolve_conflict_in(
        self,
        session: Session,
        uuid: str,
        operator_id: int,
        chosen_hash: str | None,
        answers: Mapping[str, Any] | None,
    ) -> RevisionInfo:
        """One attempt of resolve_conflict, in `session`."""
        # Locked on PostgreSQL until the end (SQLite writers are serialised anyway): a merge
        # adding a head meanwhile waits, then sees the resolution (see store.concurrency).
        sub = session.scalars(
            select(Submission).where(Submission.uuid == uuid).with_for_update()
        ).first()
        if sub is None:
            raise StoreError(code=Code.STORE_SUBMISSION_NOT_FOUND, uuid=uuid)
        heads = self._heads(session.connection(), sub.id)
        if len(heads) < 2:
            raise StoreError(code=Code.STORE_NOT_IN_CONFLICT, uuid=uuid)
        ordered = sorted(heads, key=lambda h: (heads[h][2], h), reverse=True)
        if chosen_hash is not None:
            if chosen_hash not in heads:
                raise StoreError(
                    code=Code.STORE_NOT_A_CONFLICT_VERSION, version=chosen_hash[:12]
                )
            first = chosen_hash
            status = heads[first][3]
            new_answers: Mapping[str, Any] = json.loads(heads[first][4])
            reason = f"Conflit résolu : version {first[:12]} retenue"
        else:
            assert answers is not None
            first, status, new_answers = ordered[0], "complete", answers
            reason = "Conflit résolu : version fusionnée"
        second = next(h for h in ordered if h != first)
        form = session.scalar(
            select(FormVersion.sha256).where(FormVersion.id == sub.form_version_id)
        )
        assert form is not None
        rev = append_revision(
            session,
            sub,
            form_sha=form,
            number=max(heads[first][2], heads[second][2]) + 1,
            parent=first,
            parent2=second,
            answers=new_answers,
            status=status,
            reason=reason,
            device_id=self._local_device_id(session),
            operator_id=operator_id,
            action=AuditAction.CONFLICT_RESOLUTION,
        )
        return revision_info(uuid, rev)


class _Merger:
    """One bundle applied to one open transaction: preload, classify, then batched inserts."""

    def __init__(
        self,
        conn: Connection,
        bundle: IncomingBundle,
        dry_run: bool,
        progress: ProgressCallback | None,
    ) -> None:
        self.conn = conn
        self.bundle = bundle
        self.dry_run = dry_run
        self.progress = progress
        self.result = ApplyResult()

    def _ensure_reference_rows(self) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
        """Register unknown forms, devices and operators; return their uuid/sha -> id maps."""
        bundle, conn = self.bundle, self.conn
        forms = ids_by_key(self.conn, "form_version", "sha256", [f.sha256 for f in bundle.forms])
        missing_forms = [f for f in bundle.forms if f.sha256 not in forms]
        self.result.forms_added = [f.sha256 for f in missing_forms]
        devices = ids_by_key(self.conn, "device", "uuid", [d["uuid"] for d in bundle.devices])
        missing_devices = [d for d in bundle.devices if d["uuid"] not in devices]
        self.result.devices_added = [d["uuid"] for d in missing_devices]
        operators = ids_by_key(self.conn, "operator", "uuid", [o["uuid"] for o in bundle.operators])
        missing_ops = [o for o in bundle.operators if o["uuid"] not in operators]
        now = format_utc(utc_now())
        if self.dry_run:
            # Placeholder ids: a preview never writes, it only needs every key to resolve.
            forms.update((f.sha256, -1) for f in missing_forms)
            devices.update((d["uuid"], -1) for d in missing_devices)
            operators.update((o["uuid"], -1) for o in missing_ops)
            return forms, devices, operators
        if missing_forms:
            conn.execute(
                text(
                    "INSERT INTO form_version (form_id, version, title, sha256, source,"
                    " source_filename, created_at) VALUES (:form_id, :version, :title, :sha256,"
                    " :source, :filename, :created_at)"
                ),
                [
                    {
                        "form_id": f.form_id,
                        "version": f.version,
                        "title": f.title,
                        "sha256": f.sha256,
                        "source": f.source,
                        "filename": f.filename,
                        "created_at": now,
                    }
                    for f in missing_forms
                ],
            )
            forms.update(
                ids_by_key(self.conn, "form_version", "sha256", [f.sha256 for f in missing_forms])
            )
        if missing_devices:
            conn.execute(
                text("INSERT INTO device (uuid, name, is_local) VALUES (:uuid, :name, :local)"),
                [{"uuid": d["uuid"], "name": d["name"], "local": False} for d in missing_devices],
            )
            devices.update(
                ids_by_key(self.conn, "device", "uuid", [d["uuid"] for d in missing_devices])
            )
        if missing_ops:
            conn.execute(
                text(
                    "INSERT INTO operator (uuid, name, created_at, role)"
                    " VALUES (:uuid, :name, :created_at, :role)"
                ),
                # The role is written: the column's server default (coordinateur, for the
                # operators of a store created before roles) would make every merged laptop
                # operator a coordinator here. Roles do not travel; the coordination sets them.
                [
                    {
                        "uuid": o["uuid"],
                        "name": o["name"],
                        "created_at": _canonical_time(o.get("created_at") or now),
                        "role": ROLE_MEDIATOR,
                    }
                    for o in missing_ops
                ],
            )
            # Sealed by this laptop: roles do not travel, and a merge must lock nobody out.
            seal_operators(self.conn, [o["uuid"] for o in missing_ops])
            operators.update(
                ids_by_key(self.conn, "operator", "uuid", [o["uuid"] for o in missing_ops])
            )
        return forms, devices, operators

    def merge_audit(self) -> int:
        """Append the bundle's audit rows this store does not know; return how many are new."""
        records = self.bundle.audit
        if not records:
            return 0
        wanted = sorted({rec["device"] for rec in records if rec["device"] is not None})
        devices = ids_by_key(self.conn, "device", "uuid", wanted) if wanted else {}
        known = {
            row[0]
            for row in select_in(
                self.conn,
                "SELECT uuid FROM audit WHERE uuid IN ({marks})",
                [rec["uuid"] for rec in records],
            )
        }
        new = [rec for rec in records if rec["uuid"] not in known]
        if new and not self.dry_run:
            # Foreign rows keep their time, action, target, detail and author's name; their
            # operator_id stays NULL: the author is not an operator of this store.
            insert_many(
                self.conn,
                "audit",
                (
                    "uuid",
                    "created_at",
                    "device_id",
                    "operator_name",
                    "action",
                    "target",
                    "detail",
                    "chain",
                    "prev_chain",
                ),
                [
                    (
                        rec["uuid"],
                        rec["created_at"],
                        None if rec["device"] is None else devices.get(rec["device"]),
                        rec["operator_name"],
                        rec["action"][:32],
                        rec["target"][:500],
                        rec["detail"],
                        rec.get("chain"),  # the laptop's hash chain, kept (store.audit_chain)
                        rec.get("prev_chain"),
                    )
                    for rec in new
                ],
            )
        signed = [{"u": rec["uuid"], "s": rec["sig"]} for rec in records if rec.get("sig")]
        if signed and not self.dry_run:
            # Known rows too: a laptop signs its older rows once upgraded (store.sealing).
            self.conn.execute(
                text(
                    "INSERT INTO audit_signature (audit_uuid, signature) VALUES (:u, :s)"
                    " ON CONFLICT DO NOTHING"
                ),
                signed,
            )
        return len(new)

    def _existing(
        self, uuids: Sequence[str]
    ) -> tuple[dict[str, tuple[int, str, str, str]], dict[int, dict[str, tuple[Any, ...]]]]:
        """Load the bundle's submissions already in the store, with all their revisions."""
        subs: dict[str, tuple[int, str, str, str]] = {}
        query = (
            "SELECT s.uuid, s.id, f.sha256, s.status, s.updated_at FROM submission s"
            " JOIN form_version f ON f.id = s.form_version_id WHERE s.uuid IN ({marks})"
        )
        if self.conn.dialect.name == "postgresql" and not self.dry_run:
            # Concurrent merges (see store.concurrency): lock them, always in uuid order, before
            # reading their revisions; the lock is held until this transaction ends.
            query += " ORDER BY s.uuid FOR UPDATE OF s"
            uuids = sorted(set(uuids))
        rows = select_in(self.conn, query, uuids)
        subs.update((row[0], (row[1], row[2], row[3], row[4])) for row in rows)
        revisions: dict[int, dict[str, tuple[Any, ...]]] = {}
        ids = [value[0] for value in subs.values()]
        if ids:
            rows = select_in(
                self.conn,
                "SELECT submission_id, content_hash, parent_hash, parent2_hash, number,"
                " status, created_at, id, device_id, operator_id FROM revision"
                " WHERE submission_id IN ({marks})",
                ids,
            )
            for row in rows:
                revisions.setdefault(row[0], {})[row[1]] = (
                    row[2],
                    row[3],
                    row[4],
                    row[5],
                    row[6],
                    row[7],
                    (row[6], row[8], row[9]),
                )
        return subs, revisions

    def _known_authors(self, revision_ids: Sequence[int]) -> dict[int, set[tuple[Any, ...]]]:
        """Load the extra authorships of the given revisions (usually none at all)."""
        known: dict[int, set[tuple[Any, ...]]] = {}
        if not self.conn.execute(text("SELECT 1 FROM revision_author LIMIT 1")).first():
            return known
        for chunk in chunks(list(revision_ids)):
            params = {f"v{i}": v for i, v in enumerate(chunk)}
            marks = ", ".join(f":v{i}" for i in range(len(chunk)))
            rows = self.conn.execute(
                text(
                    "SELECT revision_id, created_at, device_id, operator_id FROM revision_author"
                    f" WHERE revision_id IN ({marks})"
                ),
                params,
            )
            for row in rows:
                known.setdefault(row[0], set()).add((row[1], row[2], row[3]))
        return known

    def _sightings(
        self, rev: dict[str, Any], devices: dict[str, int], operators: dict[str, int]
    ) -> list[tuple[Any, ...]]:
        """Every (time, device id, operator id) a bundle gives for one revision, primary first."""
        result = [
            (
                rev["created_at"],
                devices[rev["device"]],
                None if rev["operator"] is None else operators[rev["operator"]],
            )
        ]
        for created_at, device, operator in rev.get("authors", ()):
            result.append(
                (created_at, devices[device], None if operator is None else operators[operator])
            )
        return result

    def run(self) -> ApplyResult:
        """Classify every submission of the bundle, then write what is new in a few batches."""
        bundle, result = self.bundle, self.result
        forms, devices, operators = self._ensure_reference_rows()
        for form in self.bundle.forms:
            add_form_media(
                self.conn,
                forms[form.sha256],
                form.media,
                form_name=form.filename,
                dry_run=self.dry_run,
            )
        subs, local_revisions = self._existing([rec["uuid"] for rec in bundle.submissions])
        total = len(bundle.submissions)
        new_submissions: list[tuple[Any, ...]] = []
        pending_revisions: list[tuple[str, dict[str, Any]]] = []
        updates: list[tuple[Any, ...]] = []
        # Revisions already here whose bundle copy names another author: (id, primary, record).
        same_content: list[tuple[int, tuple[Any, ...], dict[str, Any]]] = []
        step = max(1, total // 100)
        for index, rec in enumerate(bundle.submissions):
            uuid = rec["uuid"]
            incoming = {
                r["hash"]: (r["parent"], r["parent2"], r["number"], r["status"], r["created_at"])
                for r in rec["revisions"]
            }
            local = subs.get(uuid)
            if local is None:
                leaves = {next(iter(incoming))} if len(incoming) == 1 else _leaves(incoming)
                head = _best(incoming, leaves)
                new_submissions.append(
                    (
                        uuid,
                        forms[rec["form"]],
                        rec["zone"],
                        incoming[head][3],
                        rec["entry_mode"],
                        rec["created_at"],
                        _latest(rec["revisions"]),
                        devices[rec["device"]],
                        None if rec["operator"] is None else operators[rec["operator"]],
                    )
                )
                added = rec["revisions"]
                outcome = "conflict" if len(leaves) > 1 else "new"
            else:
                sub_id, form_sha, status, updated_at = local
                if form_sha != rec["form"]:
                    result.outcomes["refused"].append(uuid)
                    result.refused.append(
                        (uuid, "ce questionnaire existe déjà avec une autre version du formulaire")
                    )
                    continue
                existing = local_revisions.get(sub_id, {})
                added = []
                for rev in rec["revisions"]:
                    known = existing.get(rev["hash"])
                    if known is None:
                        added.append(rev)
                    elif rev.get("authors") or known[6] != (
                        rev["created_at"],
                        devices[rev["device"]],
                        None if rev["operator"] is None else operators[rev["operator"]],
                    ):
                        same_content.append((known[5], known[6], rev))
                # The latest time any author touched it, whichever bundle came first.
                new_updated = max(updated_at, _latest(rec["revisions"]))
                if not added:
                    if new_updated != updated_at:
                        updates.append((status, new_updated, sub_id))
                    local_heads = _leaves(existing)
                    outcome = (
                        "already_present" if _leaves(incoming) <= local_heads else "kept_local"
                    )
                else:
                    union = dict(existing)
                    union.update(incoming)
                    heads = _leaves(union)
                    new_hashes = {r["hash"] for r in added}
                    if len(heads) > 1:
                        outcome = "conflict"
                    elif heads <= new_hashes:
                        outcome = "fast_forwarded"
                    else:
                        outcome = "kept_local"
                    head = _best(union, heads)
                    new_status = union[head][3]
                    if (new_status, new_updated) != (status, updated_at):
                        updates.append((new_status, new_updated, sub_id))
            result.outcomes[outcome].append(uuid)
            for rev in added:
                pending_revisions.append((uuid, rev))
                result.deletions_added += rev["status"] == "deleted"
            if self.progress is not None and index % step == 0:
                self.progress(index, total)
        result.revisions_added = len(pending_revisions)
        if not self.dry_run:
            self._write(new_submissions, pending_revisions, updates, subs, devices, operators)
            self._write_authors(same_content, pending_revisions, devices, operators)
        if self.progress is not None:
            self.progress(total, total)
        return result

    def _write(
        self,
        new_submissions: list[tuple[Any, ...]],
        pending_revisions: list[tuple[str, dict[str, Any]]],
        updates: list[tuple[Any, ...]],
        subs: dict[str, tuple[int, str, str, str]],
        devices: dict[str, int],
        operators: dict[str, int],
    ) -> None:
        conn = self.conn
        ids = {uuid: value[0] for uuid, value in subs.items()}
        if new_submissions:
            # In uuid order, like the locks: two merges inserting the same questionnaires wait
            # for each other in one direction only (see store.concurrency).
            new_submissions.sort(key=lambda row: str(row[0]))
            insert_many(
                self.conn,
                "submission",
                (
                    "uuid",
                    "form_version_id",
                    "zone",
                    "status",
                    "entry_mode",
                    "created_at",
                    "updated_at",
                    "device_id",
                    "operator_id",
                ),
                new_submissions,
            )
            ids.update(
                ids_by_key(self.conn, "submission", "uuid", [row[0] for row in new_submissions])
            )
        if updates:
            mark = placeholder(self.conn)
            conn.exec_driver_sql(
                f"UPDATE submission SET status = {mark}, updated_at = {mark} WHERE id = {mark}",
                updates,
            )
        if pending_revisions:
            insert_many(
                self.conn,
                "revision",
                (
                    "submission_id",
                    "number",
                    "parent_hash",
                    "parent2_hash",
                    "content_hash",
                    "answers",
                    "status",
                    "reason",
                    "created_at",
                    "device_id",
                    "operator_id",
                ),
                [
                    (
                        ids[uuid],
                        rev["number"],
                        rev["parent"],
                        rev["parent2"],
                        rev["hash"],
                        rev["answers"],
                        rev["status"],
                        rev["reason"],
                        rev["created_at"],
                        devices[rev["device"]],
                        None if rev["operator"] is None else operators[rev["operator"]],
                    )
                    for uuid, rev in pending_revisions
                ],
            )

    def _write_authors(
        self,
        same_content: list[tuple[int, tuple[Any, ...], dict[str, Any]]],
        pending_revisions: list[tuple[str, dict[str, Any]]],
        devices: dict[str, int],
        operators: dict[str, int],
    ) -> None:
        """Record every authorship of a revision that its row does not already name."""
        targets = list(same_content)
        with_authors = [(uuid, rev) for uuid, rev in pending_revisions if rev.get("authors")]
        if with_authors:
            ids: dict[tuple[str, str], tuple[int, tuple[Any, ...]]] = {}
            for chunk in chunks(sorted({rev["hash"] for _, rev in with_authors})):
                params = {f"v{i}": v for i, v in enumerate(chunk)}
                marks = ", ".join(f":v{i}" for i in range(len(chunk)))
                for row in self.conn.execute(
                    text(
                        "SELECT s.uuid, r.content_hash, r.id, r.created_at, r.device_id,"
                        " r.operator_id FROM revision r JOIN submission s"
                        f" ON s.id = r.submission_id WHERE r.content_hash IN ({marks})"
                    ),
                    params,
                ):
                    ids[(row[0], row[1])] = (row[2], (row[3], row[4], row[5]))
            for uuid, rev in with_authors:
                rid, primary = ids[(uuid, rev["hash"])]
                targets.append((rid, primary, rev))
        if not targets:
            return
        known = self._known_authors([rid for rid, _, _ in targets])
        rows: list[dict[str, Any]] = []
        for rid, primary, rev in targets:
            seen = known.setdefault(rid, set())
            for sighting in self._sightings(rev, devices, operators):
                if sighting != primary and sighting not in seen:
                    seen.add(sighting)
                    rows.append(
                        {"rid": rid, "at": sighting[0], "dev": sighting[1], "op": sighting[2]}
                    )
        if rows:
            self.conn.execute(
                text(
                    "INSERT INTO revision_author (revision_id, created_at, device_id, operator_id)"
                    " VALUES (:rid, :at, :dev, :op)"
                ),
                rows,
            )
