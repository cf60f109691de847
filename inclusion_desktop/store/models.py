"""ORM tables of the local store; they never leave the store package (see repository.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

SUBMISSION_STATUSES = ("draft", "complete", "deleted")
REVISION_STATUSES = ("complete", "deleted")
ENTRY_MODES = ("field", "keying")
ROLE_MEDIATOR = "mediateur"
ROLE_COORDINATOR = "coordinateur"
OPERATOR_ROLES = (ROLE_MEDIATOR, ROLE_COORDINATOR)

# Fixed width with microseconds, so that string order is time order on every backend.
_ISO_FORMAT = "%Y-%m-%dT%H:%M:%S.%f+00:00"


def utc_now() -> datetime:
    """Return the current instant as a timezone-aware UTC datetime."""
    return datetime.now(UTC)


def format_utc(value: datetime) -> str:
    """Format an aware datetime as the fixed-width UTC ISO string stored in the database."""
    if value.tzinfo is None:
        raise ValueError("naive datetime: the store only keeps timezone-aware instants")
    return value.astimezone(UTC).strftime(_ISO_FORMAT)


class UtcDateTime(TypeDecorator[datetime]):
    """Aware datetime stored as UTC ISO 8601 text, identical on SQLite and PostgreSQL."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        """Store an aware datetime as fixed-width UTC text."""
        return None if value is None else format_utc(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        """Read the stored text back as an aware UTC datetime."""
        return None if value is None else datetime.fromisoformat(value)


def _in(column: str, values: tuple[str, ...]) -> str:
    """Build the SQL of a CHECK constraint limiting a column to a few literals."""
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    """Declarative base of the store tables, with constraint names that migrations can refer to."""

    # Named constraints let SQLite batch migrations find and rebuild them later.
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "uq": "uq_%(table_name)s_%(column_0_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        }
    )


class FormVersion(Base):
    """One XLSForm file as it was used, kept whole so any submission can be re-read with it."""

    __tablename__ = "form_version"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    form_id: Mapped[str] = mapped_column(String(255), index=True)
    version: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[bytes] = mapped_column(LargeBinary)
    source_filename: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Device(Base):
    """A laptop that produced data: the local one, or one known from merged bundles."""

    __tablename__ = "device"
    __table_args__ = (
        # At most one local device per store.
        Index(
            "uq_device_local",
            "is_local",
            unique=True,
            sqlite_where="is_local",
            postgresql_where="is_local",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    is_local: Mapped[bool] = mapped_column(Boolean, default=False)


class Operator(Base):
    """A person who enters questionnaires (mediator or office staff)."""

    __tablename__ = "operator"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    role: Mapped[str] = mapped_column(String(16), default=ROLE_MEDIATOR)
    # "scrypt$n$r$p$salt$hash" (base64), None while the operator has no PIN or password.
    secret_hash: Mapped[str | None] = mapped_column(String(300))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime())
    # The laptop's signature of uuid, name, role and secret hash (store.sealing): a row edited
    # in the file no longer verifies, and the account is refused.
    seal: Mapped[str | None] = mapped_column(String(100), nullable=True)


class Submission(Base):
    """One questionnaire, identified everywhere by its XLSForm instanceID."""

    __tablename__ = "submission"
    __table_args__ = (
        CheckConstraint(_in("status", SUBMISSION_STATUSES), name="ck_submission_status"),
        CheckConstraint(_in("entry_mode", ENTRY_MODES), name="ck_submission_entry_mode"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(64), unique=True)
    form_version_id: Mapped[int] = mapped_column(ForeignKey("form_version.id"), index=True)
    zone: Mapped[str] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    entry_mode: Mapped[str] = mapped_column(String(16), default="field")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    device_id: Mapped[int] = mapped_column(ForeignKey("device.id"))
    # Nullable so that questionnaires imported from other tools, without an operator, fit.
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id"), index=True)
    # Set for paper questionnaires keyed in the office: the number written on the paper, and
    # how long keying took.
    paper_number: Mapped[str | None] = mapped_column(String(64), index=True)
    keying_seconds: Mapped[int | None] = mapped_column(Integer)
    # How many revisions it has, kept by a database trigger (migration 0017) so that the list
    # sorts by it without counting every questionnaire's revisions.
    revision_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Revision(Base):
    """One saved state of a submission, append-only and chained by content hashes.

    The history is a DAG: revisions merged from other laptops may branch (a conflict) and a
    coordinator's resolution has two parents. ``number`` is the generation (1 + the largest
    parent's), so it depends on content only and is the same in every store; two branches may
    share a number, which is why uniqueness is on the content hash.
    """

    __tablename__ = "revision"
    __table_args__ = (
        UniqueConstraint("submission_id", "content_hash", name="uq_revision_submission_content"),
        Index("ix_revision_submission_number", "submission_id", "number"),
        Index("ix_revision_device_submission", "device_id", "submission_id"),
        CheckConstraint(_in("status", REVISION_STATUSES), name="ck_revision_status"),
        CheckConstraint("number >= 1", name="ck_revision_number"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submission.id"))
    number: Mapped[int] = mapped_column(Integer)
    parent_hash: Mapped[str | None] = mapped_column(String(64))
    # Second parent of a coordinator's merged version, None everywhere else.
    parent2_hash: Mapped[str | None] = mapped_column(String(64))
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    answers: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    device_id: Mapped[int] = mapped_column(ForeignKey("device.id"))
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))


class Draft(Base):
    """Autosaved working copy of a submission being entered or edited, overwritten on change."""

    __tablename__ = "draft"

    submission_id: Mapped[int] = mapped_column(ForeignKey("submission.id"), primary_key=True)
    answers: Mapped[str] = mapped_column(Text)
    position: Mapped[str | None] = mapped_column(String(255))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)



class Attachment(Base):
    """A file attached to a questionnaire (photo, recording, document), kept whole.

    An answer refers to it by ``file_name``, unique within its questionnaire, as ODK does; a
    row is never changed, and goes only with its questionnaire (purge, abandoned draft).
    """

    __tablename__ = "attachment"
    __table_args__ = (
        UniqueConstraint("submission_id", "file_name", name="uq_attachment_submission_file"),
        CheckConstraint("size >= 0", name="ck_attachment_size"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submission.id"), index=True)
    # The question it was attached to (its path in the form), for reading only.
    question: Mapped[str] = mapped_column(String(500))
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class FormMedia(Base):
    """A file a form version refers to (choice list, pulldata table, image, sound), kept whole.

    The form names it by ``file_name``, unique within the version; a row is never changed nor
    deleted, as form versions are not.
    """

    __tablename__ = "form_media"
    __table_args__ = (
        UniqueConstraint("form_version_id", "file_name", name="uq_form_media_form_file"),
        CheckConstraint("size >= 0", name="ck_form_media_size"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    form_version_id: Mapped[int] = mapped_column(ForeignKey("form_version.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Setting(Base):
    """A key/value preference stored with the data (last zone, last operator, ...)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class RevisionAuthor(Base):
    """Another laptop or operator that produced the very same revision (same content hash).

    Two mediators making the same edit on the same parent produce one revision; the revision row
    keeps the authorship seen first and this table the others, so a merge loses none of them.
    """

    __tablename__ = "revision_author"
    __table_args__ = (
        UniqueConstraint(
            "revision_id", "created_at", "device_id", "operator_id", name="uq_revision_author"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    revision_id: Mapped[int] = mapped_column(ForeignKey("revision.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    device_id: Mapped[int] = mapped_column(ForeignKey("device.id"))
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))


class Export(Base):
    """One bundle written by this store, so that "since last export" knows what left already."""

    __tablename__ = "export"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    file_name: Mapped[str] = mapped_column(String(500))
    file_sha256: Mapped[str] = mapped_column(String(64))
    since_last: Mapped[bool] = mapped_column(Boolean)
    encrypted: Mapped[bool] = mapped_column(Boolean)
    submissions: Mapped[int] = mapped_column(Integer)
    revisions: Mapped[int] = mapped_column(Integer)


class ExportRevision(Base):
    """Which revisions an export contained (a revision row itself can never be updated)."""

    __tablename__ = "export_revision"

    export_id: Mapped[int] = mapped_column(ForeignKey("export.id"), primary_key=True)
    revision_id: Mapped[int] = mapped_column(
        ForeignKey("revision.id"), primary_key=True, index=True
    )


class MergeLog(Base):
    """One merged bundle: its file hash, the laptop it came from, who merged it, and the counts."""

    __tablename__ = "merge_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    file_name: Mapped[str] = mapped_column(String(500))
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    device_uuid: Mapped[str] = mapped_column(String(36))
    device_name: Mapped[str] = mapped_column(String(200))
    merged_by: Mapped[str] = mapped_column(String(200))
    counts: Mapped[str] = mapped_column(Text)


class Verification(Base):
    """A second, blind keying of a paper questionnaire, and when its discrepancies were settled.

    The first keying is the submission's own history; the verified answers, once a reviewer has
    looked at the paper, become a new revision of the submission.
    """

    __tablename__ = "verification"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submission.id"), index=True)
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    answers: Mapped[str] = mapped_column(Text)
    seconds: Mapped[int | None] = mapped_column(Integer)
    # JSON list of the question names keyed differently the first and second time.
    discrepancies: Mapped[str] = mapped_column(Text)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    resolved_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))


class AuditEntry(Base):
    """One action that changed data: who, on which laptop, when, on what (append-only)."""

    __tablename__ = "audit"
    __table_args__ = (Index("uq_audit_uuid", "uuid", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Nullable only because SQLite cannot tighten a column in place; every row has one.
    uuid: Mapped[str] = mapped_column(String(36), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    device_id: Mapped[int | None] = mapped_column(ForeignKey("device.id"))
    # The author's name as written where the action was done (rows merged from other laptops).
    operator_name: Mapped[str | None] = mapped_column(String(200))
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    action: Mapped[str] = mapped_column(String(32))
    target: Mapped[str] = mapped_column(String(500))
    detail: Mapped[str] = mapped_column(Text)
    # Hash chain of the rows of one laptop (store.audit_chain); NULL for rows written before.
    chain: Mapped[str | None] = mapped_column(String(64), nullable=True)
    prev_chain: Mapped[str | None] = mapped_column(String(64), nullable=True)


# -- fieldwork (issue 18): quota targets and paradata ----------------------------------------


class QuotaTarget(Base):
    """How many questionnaires a neighbourhood needs in one age band × sex cell.

    The rows of a zone are saved together by a coordinator; a newer save (saved_at, then the
    laptop's uuid) replaces them on every laptop it reaches through export files.
    """

    __tablename__ = "quota_target"

    zone: Mapped[str] = mapped_column(String(64), primary_key=True)
    age_band: Mapped[str] = mapped_column(String(32), primary_key=True)
    sex: Mapped[str] = mapped_column(String(32), primary_key=True)
    target: Mapped[int] = mapped_column(Integer)
    planned: Mapped[int] = mapped_column(Integer)
    saved_at: Mapped[str] = mapped_column(String(32))
    device_uuid: Mapped[str] = mapped_column(String(64))
    device_name: Mapped[str] = mapped_column(String(200))


class Paradata(Base):
    """How one questionnaire went, without any answer: pages timed, mode, outcome.

    Not tied to the submission row: a questionnaire abandoned on another laptop never travels,
    its paradata do.
    """

    __tablename__ = "paradata"

    submission_uuid: Mapped[str] = mapped_column(String(64), primary_key=True)
    form_id: Mapped[str] = mapped_column(String(200))
    zone: Mapped[str] = mapped_column(String(64), index=True)
    operator_name: Mapped[str] = mapped_column(String(200))
    entry_mode: Mapped[str] = mapped_column(String(16))
    device_uuid: Mapped[str] = mapped_column(String(64))
    started_at: Mapped[str] = mapped_column(String(32))
    ended_at: Mapped[str] = mapped_column(String(32))
    # "draft" (still open or abandoned), "complete", "refused" or "deleted".
    outcome: Mapped[str] = mapped_column(String(16))
    # JSON list of [page key, start, end] (UTC text), in the order the pages were shown.
    pages: Mapped[str] = mapped_column(Text)


class LaptopKey(Base):
    """A laptop the coordinator enrolled: its signing public key, compared by eye or short code.

    Once a campaign has enrolled laptops, a merge accepts only what they signed (sync.signing).
    """

    __tablename__ = "laptop_key"

    device_uuid: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    public_key: Mapped[str] = mapped_column(String(64))
    enrolled_at: Mapped[str] = mapped_column(String(32))
    enrolled_by: Mapped[str] = mapped_column(String(200))


class AuditSignature(Base):
    """The signature of an audit row by the laptop that wrote it, over its chain value.

    Apart from the row because a merge may bring the signature of a row already known here.
    """

    __tablename__ = "audit_signature"

    audit_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    signature: Mapped[str] = mapped_column(String(100))


class RevisionSignature(Base):
    """The signature of a revision by the laptop that made it, relayed unchanged."""

    __tablename__ = "revision_signature"

    content_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_uuid: Mapped[str] = mapped_column(String(64), primary_key=True)
    signature: Mapped[str] = mapped_column(String(100))


# -- imports to check (« à vérifier ») --------------------------------------------------------


class ReviewItem(Base):
    """A questionnaire imported with answers its form does not accept, left out of the figures.

    Pending while ``resolved_at`` is empty; a coordinator resolves it by correcting the
    questionnaire (a new revision the form accepts) or by confirming it as it is (audited).
    """

    __tablename__ = "review_item"

    submission_uuid: Mapped[str] = mapped_column(String(64), primary_key=True)
    created_at: Mapped[str] = mapped_column(String(32))
    source: Mapped[str] = mapped_column(String(500))
    # JSON list of the problems found at import (file, line, column, question, value, rule).
    problems: Mapped[str] = mapped_column(Text)
    resolved_at: Mapped[str | None] = mapped_column(String(32))
    resolution: Mapped[str | None] = mapped_column(String(16))
    resolved_by: Mapped[str | None] = mapped_column(String(200))
