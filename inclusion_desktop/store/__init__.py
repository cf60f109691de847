"""Local store of questionnaires: SQLite by default, PostgreSQL through a URL, no Qt."""

from inclusion_desktop.store.audit import AuditInfo
from inclusion_desktop.store.backup import (
    BackupInfo,
    backup_store,
    list_backups,
    restore_backup,
)
from inclusion_desktop.store.engine import (
    SCHEMA_HEAD,
    create_store_engine,
    default_database_path,
    resolve_database_url,
)
from inclusion_desktop.store.errors import StoreError
from inclusion_desktop.store.hashing import canonical_json, content_hash, content_hash_of_text
from inclusion_desktop.store.history import (
    ConflictInfo,
    ExportInfo,
    ExportPayload,
    FormSource,
    IncomingBundle,
    MergeLogEntry,
)
from inclusion_desktop.store.models import ROLE_COORDINATOR, ROLE_MEDIATOR
from inclusion_desktop.store.operators import (
    LOCK_SECONDS,
    MAX_ATTEMPTS,
    MIN_SECRET_LENGTH,
    ROLE_LABELS,
    OperatorInfo,
    OperatorLocked,
    WrongSecret,
)
from inclusion_desktop.store.records import (
    DeviceInfo,
    EntryMode,
    FormRegistration,
    FormVersionInfo,
    ListOrder,
    RevisionInfo,
    SubmissionCounts,
    SubmissionInfo,
    SubmissionRow,
    SubmissionStatus,
)
from inclusion_desktop.store.repository import Store
from inclusion_desktop.store.verification import (
    KeyedSubmission,
    SecondKeyingDraft,
    VerificationInfo,
)

__all__ = [
    "ListOrder",
    "ROLE_COORDINATOR",
    "ROLE_MEDIATOR",
    "ROLE_LABELS",
    "LOCK_SECONDS",
    "MAX_ATTEMPTS",
    "MIN_SECRET_LENGTH",
    "OperatorLocked",
    "WrongSecret",
    "AuditInfo",
    "BackupInfo",
    "backup_store",
    "list_backups",
    "restore_backup",
    "KeyedSubmission",
    "SecondKeyingDraft",
    "VerificationInfo",
    "SCHEMA_HEAD",
    "ConflictInfo",
    "ExportInfo",
    "ExportPayload",
    "FormSource",
    "IncomingBundle",
    "MergeLogEntry",
    "DeviceInfo",
    "EntryMode",
    "FormRegistration",
    "FormVersionInfo",
    "OperatorInfo",
    "RevisionInfo",
    "Store",
    "StoreError",
    "SubmissionCounts",
    "SubmissionInfo",
    "SubmissionRow",
    "SubmissionStatus",
    "canonical_json",
    "content_hash",
    "content_hash_of_text",
    "create_store_engine",
    "default_database_path",
    "resolve_database_url",
]
