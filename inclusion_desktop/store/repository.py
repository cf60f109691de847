"""The Store: every read and write of the local data, one session per operation, no ORM leaks."""

from __future__ import annotations

import json
import os
import platform
import threading
import uuid as uuid_module
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any, Self, TypeVar

from sqlalchemy import Engine, case, delete, func, literal, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from inclusion_desktop.catalogue import Code, plural
from inclusion_desktop.os_errors import os_error_text
from inclusion_desktop.store.attachments import AttachmentsStoreMixin
from inclusion_desktop.store.audit import AuditStoreMixin, write_audit
from inclusion_desktop.store.backup import REASON_MIGRATION, backup_file
from inclusion_desktop.store.concurrency import is_retryable, with_retries
from inclusion_desktop.store.engine import (
    BEGIN_MODE_OPTION,
    check_sqlite_file,
    create_store_engine,
    display_url,
    resolve_database_url,
    server_error,
    sqlite_file_path,
    upgrade_schema,
)
from inclusion_desktop.store.erasure import ErasureStoreMixin
from inclusion_desktop.store.errors import StoreError
from inclusion_desktop.store.fieldwork import FieldworkStoreMixin
from inclusion_desktop.store.files import create_private_file
from inclusion_desktop.store.form_media import FormMediaStoreMixin, add_form_media
from inclusion_desktop.store.hashing import content_hash
from inclusion_desktop.store.history import SyncStoreMixin, count_not_exported
from inclusion_desktop.store.keys import AUDITED_SETTINGS, AuditAction, SettingKey
from inclusion_desktop.store.models import (
    ENTRY_MODES,
    OPERATOR_ROLES,
    ROLE_MEDIATOR,
    Attachment,
    Device,
    Draft,
    FormVersion,
    Operator,
    Revision,
    Setting,
    Submission,
    utc_now,
)
from inclusion_desktop.store.operators import (
    ROLE_LABELS,
    OperatorInfo,
    OperatorsStoreMixin,
    operator_info,
)
from inclusion_desktop.store.reading import HEAD_JOINS, HEAD_ORDER, ReadingStoreMixin
from inclusion_desktop.store.records import (
    LIST_ORDER_KEYS,
    DeviceInfo,
    FormRegistration,
    FormVersionInfo,
    ListOrder,
    RevisionInfo,
    SubmissionCounts,
    SubmissionHead,
    SubmissionInfo,
    SubmissionRow,
    SubmissionStatus,
    device_info,
    form_info,
    revision_info,
    submission_info,
)
from inclusion_desktop.store.review import ReviewStoreMixin
from inclusion_desktop.store.revisions import append_revision
from inclusion_desktop.store.sealing import operator_seal
from inclusion_desktop.store.verification import VerificationStoreMixin

T = TypeVar("T")


def _backup_before_migration(path: Path) -> None:
    """The copy of a store file kept before its schema is migrated ("avant-migration")."""
    backup_file(path, reason=REASON_MIGRATION)


def _rank(column: Any, ranks: Mapping[Any, int], missing: int | None = None) -> Any:
    """A SQL CASE giving each value of `column` its rank; unlisted values rank last."""
    if not ranks:
        return literal(0)
    otherwise = max(ranks.values()) + 1 if missing is None else missing
    return case(dict(ranks), value=column, else_=otherwise)


def _local_day_start(day: date) -> datetime:
    """Return the instant a calendar day starts in the computer's time zone."""
    return datetime.combine(day, time.min).astimezone()


class Store(
    SyncStoreMixin,
    VerificationStoreMixin,
    AuditStoreMixin,
    OperatorsStoreMixin,
    ErasureStoreMixin,
    FieldworkStoreMixin,
    ReviewStoreMixin,
    ReadingStoreMixin,
    AttachmentsStoreMixin,
    FormMediaStoreMixin,
):
    """The local database of questionnaires; open it with Store.open and close it when done."""

    def __init__(self, engine: Engine, url: str, path: Path | None) -> None:
        """Wrap an engine whose schema is already at head (use Store.open instead)."""
        self._engine = engine
        # Writers start with BEGIN IMMEDIATE on SQLite (see engine.BEGIN_MODE_OPTION).
        self._writer = engine.execution_options(**{BEGIN_MODE_OPTION: "immediate"})
        self._url = url
        self._path = path
        self._device_id: int | None = None
        # The session of the transaction() under way and the thread that opened it.
        self._transaction: tuple[int, Session] | None = None

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, url_or_path: str | None = None) -> Store:
        """Open (creating or migrating it if needed) the store named by a URL or a path."""
        url = resolve_database_url(url_or_path)
        path = sqlite_file_path(url)
        if path is not None:
            check_sqlite_file(path)
            # A new database (and the -wal and -shm SQLite derives from it) is private.
            try:
                create_private_file(path)
            except OSError as exc:
                raise StoreError(
                    path=path, code=Code.STORE_CANNOT_CREATE, reason=os_error_text(exc)
                ) from exc
        engine = create_store_engine(url)
        try:
            upgrade_schema(engine, path, before_migration=_backup_before_migration)
        except DBAPIError as exc:
            engine.dispose()
            if path is None:
                raise server_error(exc, url) from exc
            raise StoreError(
                path=path, code=Code.STORE_CANNOT_OPEN, reason=str(exc.orig)
            ) from exc
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, url, path)

    @property
    def url(self) -> str:
        """The SQLAlchemy URL of the store."""
        return self._url

    @property
    def display_url(self) -> str:
        """The URL to show or print: a server password is replaced by ``***``."""
        return display_url(self._url)

    @property
    def path(self) -> Path | None:
        """The database file, or None for an in-memory or server database."""
        return self._path

    @property
    def engine(self) -> Engine:
        """The engine, for read-only analysis queries (pandas) that go beyond this API."""
        return self._engine

    def close(self) -> None:
        """Close every connection; on SQLite the last one folds the WAL back into the file."""
        self._engine.dispose()

    def __enter__(self) -> Self:
        """Use the store as a context manager that closes it."""
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Close the store."""
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Run several store operations as one transaction: all are kept, or none.

        The operations called inside (on this thread) share one writing session; an exception
        rolls every one of them back. Used where a half-done change would leave the store
        unusable, such as the first-run set-up. A check that must keep its write while it
        raises (check_operator_secret's count of wrong attempts) does not belong inside.
        """
        if self._shared_session() is not None:
            yield
            return
        with self._write() as session:
            self._transaction = (threading.get_ident(), session)
            try:
                yield
            except BaseException:
                # A device created inside may have been remembered: it is rolled back too.
                self._device_id = None
                raise
            finally:
                self._transaction = None

    def _shared_session(self) -> Session | None:
        """The session of this thread's transaction() under way, if any."""
        if self._transaction is not None and self._transaction[0] == threading.get_ident():
            return self._transaction[1]
        return None

    @contextmanager
    def _read(self) -> Iterator[Session]:
        shared = self._shared_session()
        if shared is not None:
            yield shared
            return
        with Session(self._engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def _write(self) -> Iterator[Session]:
        shared = self._shared_session()
        if shared is not None:
            yield shared
            return
        try:
            with Session(self._writer, expire_on_commit=False) as session, session.begin():
                yield session
        except DBAPIError as exc:
            # On a shared PostgreSQL store, another coordinator may write the same key at the
            # same moment: said in French, nothing of this operation written.
            if is_retryable(exc):
                raise StoreError(code=Code.STORE_BUSY) from exc
            raise

    def _edit(self, work: Callable[[Session], T], *, what: str) -> T:
        """Run `work` as one write transaction, again while it loses a race on a shared store.

        For the local edits of questionnaires: `work` locks the rows it changes (see
        _submission with lock=True) and reads them again at each attempt, so that an edit
        racing a merge gives the sequential result (see store.concurrency). Inside a
        transaction() under way it runs once, in that transaction.
        """
        shared = self._shared_session()
        if shared is not None:
            return work(shared)

        def once() -> T:
            with Session(self._writer, expire_on_commit=False) as session, session.begin():
                return work(session)

        return with_retries(
            once,
            what=what,
            postgres=self._writer.dialect.name == "postgresql",
            busy_code=Code.STORE_BUSY_DURING,
        )

    # -- device, operators, settings ------------------------------------------------------

    def device(self) -> DeviceInfo | None:
        """Return the local device, None until it has been named."""
        with self._read() as session:
            device = session.scalars(select(Device).where(Device.is_local)).first()
            return None if device is None else device_info(device)

    def set_device_name(self, name: str) -> DeviceInfo:
        """Name the local device, creating it with a fresh UUID the first time."""
        clean = " ".join(name.split())
        if not clean:
            raise StoreError(code=Code.STORE_DEVICE_NAME_EMPTY)
        with self._write() as session:
            device = session.scalars(select(Device).where(Device.is_local)).first()
            if device is None:
                device = Device(uuid=str(uuid_module.uuid4()), name=clean, is_local=True)
                session.add(device)
            elif device.name != clean:
                write_audit(
                    session.connection(),
                    action=AuditAction.SETTING,
                    target="nom de l'ordinateur",
                    detail=f"{device.name} → {clean}",
                )
                device.name = clean
            session.flush()
            return device_info(device)

    def record_setting_change(
        self, name: str, detail: str, *, operator_id: int | None = None
    ) -> None:
        """Write to the audit log a setting kept outside the store (this laptop's preferences)."""
        with self._write() as session:
            write_audit(
                session.connection(),
                action=AuditAction.SETTING,
                target=name,
                operator_id=operator_id,
                detail=detail[:500],
            )

    def _local_device_id(self, session: Session) -> int:
        """Return the local device id, creating it with the host name if nobody named it yet."""
        if self._device_id is None:
            device_id = session.scalar(select(Device.id).where(Device.is_local))
            if device_id is None:
                device = Device(
                    uuid=str(uuid_module.uuid4()),
                    name=platform.node() or "Poste local",
                    is_local=True,
                )
                session.add(device)
                session.flush()
                # Not cached yet: the transaction that created it may still roll back.
                return device.id
            self._device_id = device_id
        return self._device_id

    def operators(self) -> list[OperatorInfo]:
        """Return the operators, sorted by name."""
        with self._read() as session:
            rows = session.scalars(select(Operator).order_by(Operator.name, Operator.id))
            return [operator_info(op) for op in rows]

    def add_operator(
        self, name: str, role: str = ROLE_MEDIATOR, *, by_operator_id: int | None = None
    ) -> OperatorInfo:
        """Add an operator, or return the one already known under that name (any case)."""
        if role not in OPERATOR_ROLES:
            raise StoreError(code=Code.STORE_UNKNOWN_ROLE, role=role)
        clean = " ".join(name.split())
        if not clean:
            raise StoreError(code=Code.STORE_OPERATOR_NAME_EMPTY)
        key = clean.casefold()
        with self._write() as session:
            # Compared in Python: SQLite's lower() ignores accented letters, and the list is short.
            for operator in session.scalars(select(Operator).order_by(Operator.id)):
                if operator.name.casefold() == key:
                    return operator_info(operator)
            new_uuid = str(uuid_module.uuid4())
            operator = Operator(
                uuid=new_uuid,
                name=clean,
                created_at=utc_now(),
                role=role,
                seal=operator_seal(session.connection(), new_uuid, clean, role, None),
            )
            session.add(operator)
            session.flush()
            write_audit(
                session.connection(),
                action=AuditAction.OPERATOR,
                target=clean,
                operator_id=by_operator_id,
                detail=f"ajouté, rôle : {ROLE_LABELS[role]}",
            )
            return operator_info(operator)

    def get_setting(self, key: SettingKey, default: str | None = None) -> str | None:
        """Return a stored preference, or the default when it was never set."""
        with self._read() as session:
            value = session.scalar(select(Setting.value).where(Setting.key == key))
            return default if value is None else value

    def set_setting(
        self,
        key: SettingKey,
        value: str,
        *,
        detail: str | None = None,
        operator_id: int | None = None,
    ) -> None:
        """Store a preference, replacing its previous value.

        An audited setting's row holds `detail` (default: the value) and `operator_id`.
        """
        with self._write() as session:
            session.merge(Setting(key=key, value=value))
            if key in AUDITED_SETTINGS:
                write_audit(
                    session.connection(),
                    action=AuditAction.SETTING,
                    target=key,
                    operator_id=operator_id,
                    detail=(value if detail is None else detail)[:500],
                )

    # -- forms -----------------------------------------------------------------------------

    def register_form(
        self,
        *,
        source: bytes,
        filename: str,
        form_id: str,
        version: str,
        title: str,
        sha256: str,
        media: Mapping[str, bytes] | None = None,
    ) -> FormVersionInfo:
        """Keep an XLSForm file and the files it names (`media`, by name; see store.form_media).

        Registering the same bytes again returns the existing entry, adding the files it lacks.
        """
        return self.add_form_version(
            source=source,
            filename=filename,
            form_id=form_id,
            version=version,
            title=title,
            sha256=sha256,
            media=media,
        ).version

    def add_form_version(
        self,
        *,
        source: bytes,
        filename: str,
        form_id: str,
        version: str,
        title: str,
        sha256: str,
        media: Mapping[str, bytes] | None = None,
        audited: bool = False,
        operator_id: int | None = None,
    ) -> FormRegistration:
        """As `register_form`, saying what was new; `audited`: the audit log records it.

        The version, its files and (when `audited` and something was new) the audit row in the
        name of `operator_id` are written in one transaction.
        """
        with self._write() as session:
            form = session.scalars(select(FormVersion).where(FormVersion.sha256 == sha256)).first()
            created = form is None
            if form is None:
                form = FormVersion(
                    form_id=form_id,
                    version=version,
                    title=title,
                    sha256=sha256,
                    source=source,
                    source_filename=filename,
                    created_at=utc_now(),
                )
                session.add(form)
                session.flush()
            added = add_form_media(session.connection(), form.id, media or {}, form_name=filename)
            if audited and (created or added):
                files = plural(added, "fichier joint", "fichiers joints")
                detail = (
                    f"version {form.version or '(aucune)'}, {filename}, {files}"
                    if created
                    else f"version {form.version or '(aucune)'} déjà présente, {files} ajoutés"
                )
                write_audit(
                    session.connection(),
                    action=AuditAction.FORM_REGISTRATION,
                    target=form.form_id,
                    operator_id=operator_id,
                    detail=f"{detail}, SHA-256 {form.sha256[:12]}",
                )
            return FormRegistration(form_info(form), created, added)

    def form_versions(self) -> list[FormVersionInfo]:
        """Return the registered form versions, oldest first."""
        with self._read() as session:
            # Selecting columns keeps the (possibly large) source bytes out of the query.
            rows = session.execute(
                select(
                    FormVersion.id,
                    FormVersion.form_id,
                    FormVersion.version,
                    FormVersion.title,
                    FormVersion.sha256,
                    FormVersion.source_filename,
                    FormVersion.created_at,
                ).order_by(FormVersion.id)
            )
            return [FormVersionInfo(*row) for row in rows]

    def latest_form_version(self, form_id: str) -> FormVersionInfo | None:
        """The newest registered version of questionnaire `form_id`; None when it has none."""
        versions = [version for version in self.form_versions() if version.form_id == form_id]
        return versions[-1] if versions else None

    def form_source(self, form_version_id: int) -> tuple[bytes, str]:
        """Return the bytes and file name of a registered form version."""
        with self._read() as session:
            row = session.execute(
                select(FormVersion.source, FormVersion.source_filename).where(
                    FormVersion.id == form_version_id
                )
            ).first()
        if row is None:
            raise StoreError(code=Code.STORE_FORM_VERSION_NOT_FOUND, form_version=form_version_id)
        return bytes(row[0]), row[1]

    # -- submissions -----------------------------------------------------------------------

    def create_submission(
        self, *, form_version_id: int, zone: str, operator_id: int, entry_mode: str = "field"
    ) -> SubmissionInfo:
        """Start a questionnaire: a new instanceID, status draft and an empty autosave copy."""
        if entry_mode not in ENTRY_MODES:
            raise ValueError(f"entry_mode must be one of {ENTRY_MODES}, not {entry_mode!r}")
        now = utc_now()
        with self._write() as session:
            if session.get(FormVersion, form_version_id) is None:
                raise StoreError(
                    code=Code.STORE_FORM_VERSION_NOT_FOUND, form_version=form_version_id
                )
            self._require_operator(session, operator_id)
            sub = Submission(
                uuid=f"uuid:{uuid_module.uuid4()}",
                form_version_id=form_version_id,
                zone=zone,
                status="draft",
                entry_mode=entry_mode,
                created_at=now,
                updated_at=now,
                device_id=self._local_device_id(session),
                operator_id=operator_id,
            )
            session.add(sub)
            session.flush()
            session.add(Draft(submission_id=sub.id, answers="{}", position=None, updated_at=now))
            session.flush()
            write_audit(
                session.connection(),
                action=AuditAction.CREATION,
                target=sub.uuid,
                operator_id=operator_id,
            )
            return submission_info(sub)

    def save_draft(
        self,
        uuid: str,
        answers: Mapping[str, Any],
        position: str | None,
        *,
        durable: bool = True,
    ) -> None:
        """Overwrite the autosave copy; one UPDATE and a commit, as it runs on every change.

        With durable=False on SQLite the commit reaches the WAL file without waiting for the
        disk: a killed process loses nothing, and sync_drafts() makes it survive a power cut.
        """
        payload = json.dumps(answers, ensure_ascii=False, separators=(",", ":"))
        now = utc_now()
        submission_id = select(Submission.id).where(Submission.uuid == uuid).scalar_subquery()
        statement = (
            update(Draft)
            .where(Draft.submission_id == submission_id)
            .values(answers=payload, position=position, updated_at=now)
        )
        with self._writer.connect() as connection:
            deferred = not durable and self._path is not None
            if deferred:
                _set_synchronous(connection, "NORMAL")
            try:
                with connection.begin():
                    updated = connection.execute(statement).rowcount
            finally:
                if deferred:
                    _set_synchronous(connection, "FULL")
        if updated == 0:
            # No autosave copy yet: the first change of an edit of a complete questionnaire.
            with self._write() as session:
                sub = self._submission(session, uuid)
                if sub.status == "deleted":
                    raise StoreError(code=Code.STORE_SUBMISSION_DELETED, uuid=uuid)
                session.merge(
                    Draft(submission_id=sub.id, answers=payload, position=position, updated_at=now)
                )

    def sync_drafts(self) -> None:
        """Wait until every draft saved with durable=False is on the disk (fsync of the WAL).

        Touches no connection: it may run in another thread than the one saving drafts.
        """
        if self._path is None:
            return
        wal = self._path.with_name(self._path.name + "-wal")
        try:
            descriptor = os.open(wal, os.O_RDWR)  # Windows syncs only a writable handle
        except FileNotFoundError:
            return  # folded back into the database file, which SQLite synced itself
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)

    def load_draft(self, uuid: str) -> tuple[dict[str, Any], str | None] | None:
        """Return the autosaved answers and question, or None when nothing is being edited."""
        with self._read() as session:
            sub = self._submission(session, uuid)
            draft = session.get(Draft, sub.id)
            if draft is None:
                return None
            return json.loads(draft.answers), draft.position

    def finalize(self, uuid: str, answers: Mapping[str, Any], operator_id: int) -> RevisionInfo:
        """Mark a questionnaire complete: append a revision and drop the autosave copy."""
        return self._save_complete(uuid, answers, operator_id, allow_draft=True)

    def save_revision(
        self, uuid: str, answers: Mapping[str, Any], operator_id: int
    ) -> RevisionInfo:
        """Save an edit of a complete questionnaire; an unchanged one appends nothing."""
        return self._save_complete(uuid, answers, operator_id, allow_draft=False)

    def delete_submission(self, uuid: str, reason: str, operator_id: int) -> RevisionInfo:
        """Delete a questionnaire by appending a 'deleted' revision: its history stays."""
        clean_reason = reason.strip()
        if not clean_reason:
            raise StoreError(code=Code.STORE_DELETION_REASON_MISSING)

        def delete(session: Session) -> RevisionInfo:
            sub = self._submission(session, uuid, lock=True)
            if sub.status == "deleted":
                raise StoreError(code=Code.STORE_SUBMISSION_DELETED, uuid=uuid)
            self._require_operator(session, operator_id)
            head = self._head(session, sub.id)
            if head is not None:
                # Unsaved edits of a complete questionnaire are not part of what is deleted.
                answers: dict[str, Any] = json.loads(head.answers)
            else:
                draft = session.get(Draft, sub.id)
                answers = {} if draft is None else json.loads(draft.answers)
            rev = self._append(session, sub, head, answers, "deleted", clean_reason, operator_id)
            return revision_info(uuid, rev)

        return self._edit(delete, what=f"Suppression du questionnaire {uuid}")

    def revisions(self, uuid: str) -> list[RevisionInfo]:
        """Return the whole history of a questionnaire, oldest first."""
        with self._read() as session:
            sub = self._submission(session, uuid)
            rows = session.scalars(
                select(Revision)
                .where(Revision.submission_id == sub.id)
                .order_by(Revision.number, Revision.content_hash)
            )
            return [revision_info(uuid, rev) for rev in rows]

    def get_submission(self, uuid: str) -> SubmissionInfo:
        """Return the state of one questionnaire."""
        with self._read() as session:
            return submission_info(self._submission(session, uuid))

    def head_answers(self, uuid: str) -> dict[str, Any]:
        """Return the answers to show: the autosave copy if any, else the last revision's."""
        with self._read() as session:
            sub = self._submission(session, uuid)
            text = session.scalar(select(Draft.answers).where(Draft.submission_id == sub.id))
            if text is None:
                head = self._head(session, sub.id)
                text = "{}" if head is None else head.answers
            result: dict[str, Any] = json.loads(text)
            return result

    def list_submissions(
        self,
        *,
        zone: str | None = None,
        status: str | None = None,
        operator_id: int | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        form_id: str | None = None,
        order: ListOrder | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[SubmissionRow]:
        """List questionnaires, newest first unless `order` says otherwise, a page at a time.

        Dates are inclusive local calendar days; `limit` None lists every matching one.
        """
        with self._read() as session:
            # The page is chosen on the submission table alone; names are joined to it after.
            order_by = self._list_order(session, order or ListOrder())
            page = (
                self._filtered(
                    select(Submission.id), zone, status, operator_id, date_from, date_to, form_id
                )
                .order_by(*order_by)
                .limit(limit)
                .offset(offset or None)
                .subquery()
            )
            # An autosave is always newer than the submission row it belongs to.
            updated_at = func.coalesce(Draft.updated_at, Submission.updated_at)
            query = (
                select(
                    Submission.uuid,
                    FormVersion.title,
                    Submission.zone,
                    Submission.status,
                    Submission.entry_mode,
                    Submission.created_at,
                    updated_at,
                    Operator.name,
                    Device.name,
                    Submission.revision_count,
                )
                .join(page, page.c.id == Submission.id)
                .join(FormVersion, FormVersion.id == Submission.form_version_id)
                .join(Device, Device.id == Submission.device_id)
                .outerjoin(Operator, Operator.id == Submission.operator_id)
                .outerjoin(Draft, Draft.submission_id == Submission.id)
                # A join need not keep the page's order: the page's rows are put back in it.
                .order_by(*order_by)
            )
            rows = session.execute(query).all()
        return [
            SubmissionRow(
                uuid=row[0],
                form_title=row[1],
                zone=row[2],
                status=row[3],
                entry_mode=row[4],
                created_at=row[5],
                updated_at=row[6],
                operator_name=row[7],
                device_name=row[8],
                revision_count=int(row[9]),
            )
            for row in rows
        ]

    def count_submissions(
        self,
        *,
        zone: str | None = None,
        status: str | None = None,
        operator_id: int | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        form_id: str | None = None,
    ) -> int:
        """How many questionnaires list_submissions lists with the same filters."""
        everything = select(func.count(Submission.id))
        query = self._filtered(everything, zone, status, operator_id, date_from, date_to, form_id)
        with self._read() as session:
            return int(session.execute(query).scalar_one())

    def questionnaires_per_zone(self) -> dict[str, int]:
        """How many questionnaires, deleted ones aside, each zone code has."""
        query = (
            select(Submission.zone, func.count(Submission.id))
            .where(Submission.status != "deleted")
            .group_by(Submission.zone)
        )
        with self._read() as session:
            return {zone: int(count) for zone, count in session.execute(query)}

    def submission_zones(self) -> list[str]:
        """The zone codes questionnaires were made in (the list orders them by their names)."""
        with self._read() as session:
            return list(session.scalars(select(Submission.zone).distinct()))

    @staticmethod
    def _filtered(
        query: Any,
        zone: str | None,
        status: str | None,
        operator_id: int | None,
        date_from: date | None,
        date_to: date | None,
        form_id: str | None,
    ) -> Any:
        """The query on the submission table restricted to the questionnaires of the filters."""
        if zone is not None:
            query = query.where(Submission.zone == zone)
        if status is not None:
            query = query.where(Submission.status == status)
        if operator_id is not None:
            query = query.where(Submission.operator_id == operator_id)
        if form_id is not None:
            versions = select(FormVersion.id).where(FormVersion.form_id == form_id)
            query = query.where(Submission.form_version_id.in_(versions))
        if date_from is not None:
            query = query.where(Submission.created_at >= _local_day_start(date_from))
        if date_to is not None:
            end = _local_day_start(date_to + timedelta(days=1))
            query = query.where(Submission.created_at < end)
        return query

    @staticmethod
    def _list_order(session: Session, order: ListOrder) -> list[Any]:
        """The ORDER BY of the list: the chosen key, then newest first (stable tie-break)."""
        if order.key not in LIST_ORDER_KEYS:
            raise ValueError(f"unknown list order: {order.key}")
        key: Any
        column: Any
        table: Any
        if order.key == "created_at":
            key = Submission.created_at
        elif order.key in ("zone", "status"):
            column = Submission.zone if order.key == "zone" else Submission.status
            key = _rank(column, order.ranks)
        elif order.key in ("operator", "device", "form"):
            table, column, name = {
                "operator": (Operator, Submission.operator_id, Operator.name),
                "device": (Device, Submission.device_id, Device.name),
                "form": (FormVersion, Submission.form_version_id, FormVersion.title),
            }[order.key]
            # Few operators, laptops and forms: their names are ranked here, without case like
            # the view.
            listed = session.execute(select(table.id, name))
            names = {row[0]: (row[1] or "").casefold() for row in listed}
            places = {name: at for at, name in enumerate(sorted(set(names.values())))}
            # A questionnaire without an operator shows an empty name: before every other one.
            key = _rank(column, {ident: places[name] for ident, name in names.items()}, -1)
        else:
            key = Submission.revision_count
        newest_first = [Submission.created_at.desc(), Submission.id.desc()]
        if order.key == "created_at" and order.descending:
            return newest_first
        return [key.desc() if order.descending else key.asc(), *newest_first]

    def submissions_with_heads(self, form_id: str | None = None) -> list[SubmissionHead]:
        """Every questionnaire that has a revision, with its head and latest complete answers.

        One query for the whole store (or one form), oldest questionnaire first: the analysis
        frame and the data exports read this instead of one history per questionnaire.
        """
        query = (
            "SELECT s.uuid, f.form_id, f.id, f.version, s.zone, s.status, s.created_at, d.name,"
            " o.name, r.status, r.answers" + HEAD_JOINS
            + " JOIN device d ON d.id = s.device_id LEFT JOIN operator o ON o.id = s.operator_id"
            + (" WHERE f.form_id = :form_id" if form_id is not None else "")
            + " ORDER BY s.created_at, s.id, " + HEAD_ORDER
        )
        with self._engine.connect() as conn:
            rows = conn.execute(text(query), {"form_id": form_id}).all()
        heads: dict[str, SubmissionHead] = {}
        for row in rows:
            uuid, form, version_id, version, zone, status, at, device, operator, head, answers = row
            before = heads.get(uuid)
            if head != "complete":
                answers = None if before is None else before.answers_text
            heads[uuid] = SubmissionHead(
                uuid, form, version_id, version, zone, status, at, device, operator, head, answers
            )
        return list(heads.values())

    def submission_origins(self) -> tuple[int, int]:
        """How many questionnaires the store holds, and how many of them came from other laptops."""
        query = select(
            func.count(Submission.id), func.count(case((Device.is_local.is_(False), 1)))
        ).join(Device, Device.id == Submission.device_id)
        with self._read() as session:
            total, foreign = session.execute(query).one()
        return int(total), int(foreign)

    def counts(self, today: date, form_version_id: int | None = None) -> SubmissionCounts:
        """Count questionnaires for the home screen; 'today' is the local calendar day.

        With `form_version_id`, today's, draft and complete questionnaires are those of that
        version's form (any of its versions) only. « Non exportés » always counts every form:
        an export carries them all.
        """
        start = _local_day_start(today)
        end = _local_day_start(today + timedelta(days=1))

        same_form: list[Any] = []
        if form_version_id is not None:
            form_id = (
                select(FormVersion.form_id)
                .where(FormVersion.id == form_version_id)
                .scalar_subquery()
            )
            same_form.append(
                Submission.form_version_id.in_(
                    select(FormVersion.id).where(FormVersion.form_id == form_id)
                )
            )

        def count(*conditions: Any) -> Any:
            return (
                select(func.count(Submission.id))
                .where(*conditions, *same_form)
                .scalar_subquery()
            )

        # One count per index (created_at, status) rather than one pass over every row.
        query = select(
            count(
                Submission.created_at >= start,
                Submission.created_at < end,
                Submission.status != "deleted",
            ),
            count(Submission.status == "draft"),
            count(Submission.status == "complete"),
        )
        with self._read() as session:
            row = session.execute(query).one()
            not_exported = count_not_exported(session)
        return SubmissionCounts(int(row[0]), int(row[1]), int(row[2]), int(not_exported))

    def discard_untouched_draft(self, uuid: str) -> bool:
        """Removes a questionnaire opened and closed without a single saved revision.

        Only a draft never finalised, never exported and never merged qualifies (it has no
        revision); the caller decides that nothing was answered. Returns True when removed.
        """
        with self._write() as session:
            sub = self._submission(session, uuid)
            if sub.status != "draft" or self._head(session, sub.id) is not None:
                return False
            session.execute(delete(Draft).where(Draft.submission_id == sub.id))
            session.execute(delete(Attachment).where(Attachment.submission_id == sub.id))
            session.delete(sub)
            session.flush()
            write_audit(session.connection(), action=AuditAction.ABANDON, target=uuid)
            return True

    def discard_correction(self, uuid: str) -> None:
        """Drops the unsaved corrections of a complete questionnaire; its revisions stay."""
        with self._write() as session:
            sub = self._submission(session, uuid)
            if sub.status == "draft":
                raise StoreError(code=Code.STORE_SUBMISSION_DRAFT_ONLY)
            session.execute(delete(Draft).where(Draft.submission_id == sub.id))

    def open_drafts(self) -> list[str]:
        """Return the questionnaires with an autosave copy, most recent first, to reopen them."""
        query = (
            select(Submission.uuid)
            .join(Draft, Draft.submission_id == Submission.id)
            .order_by(Draft.updated_at.desc(), Submission.id.desc())
        )
        with self._read() as session:
            return list(session.scalars(query))

    # -- internals -------------------------------------------------------------------------

    @staticmethod
    def _submission(session: Session, uuid: str, *, lock: bool = False) -> Submission:
        """The questionnaire `uuid`, its row locked until the end of the transaction with `lock`.

        The lock holds on PostgreSQL (SQLite writers are serialised anyway): a concurrent merge
        or edit of it waits, then sees this one (see store.concurrency).
        """
        query = select(Submission).where(Submission.uuid == uuid)
        if lock:
            query = query.with_for_update()
        sub = session.scalars(query).first()
        if sub is None:
            raise StoreError(code=Code.STORE_SUBMISSION_NOT_FOUND, uuid=uuid)
        return sub

    @staticmethod
    def _require_operator(session: Session, operator_id: int) -> None:
        if session.get(Operator, operator_id) is None:
            raise StoreError(code=Code.STORE_OPERATOR_NOT_FOUND, operator=operator_id)

    @staticmethod
    def _head(session: Session, submission_id: int) -> Revision | None:
        return session.scalars(
            select(Revision)
            .where(Revision.submission_id == submission_id)
            # The highest generation is always a head of the DAG; the hash breaks ties between
            # conflicting branches the same way in every store.
            .order_by(Revision.number.desc(), Revision.content_hash.desc())
            .limit(1)
        ).first()

    def _save_complete(
        self, uuid: str, answers: Mapping[str, Any], operator_id: int, *, allow_draft: bool
    ) -> RevisionInfo:
        """Append a 'complete' revision unless it would repeat the head; drop the autosave."""
        return self._edit(
            lambda session: self._save_complete_in(
                session, uuid, answers, operator_id, allow_draft=allow_draft
            ),
            what=f"Enregistrement du questionnaire {uuid}",
        )

    def _save_complete_in(
        self,
        session: Session,
        uuid: str,
        answers: Mapping[str, Any],
        operator_id: int,
        *,
        allow_draft: bool,
    ) -> RevisionInfo:
        """One attempt of _save_complete, in `session`."""
        sub = self._submission(session, uuid, lock=True)
        if sub.status == "deleted":
            raise StoreError(code=Code.STORE_SUBMISSION_DELETED, uuid=uuid)
        if sub.status == "draft" and not allow_draft:
            raise StoreError(code=Code.STORE_SUBMISSION_NOT_FINISHED, uuid=uuid)
        self._require_operator(session, operator_id)
        head = self._head(session, sub.id)
        if head is not None and head.status == "complete":
            unchanged = content_hash(
                submission=uuid,
                form=self._form_sha(session, sub),
                status="complete",
                answers=answers,
                parent=head.parent_hash,
                reason=None,
            )
            if unchanged == head.content_hash:
                session.execute(delete(Draft).where(Draft.submission_id == sub.id))
                return revision_info(uuid, head)
        rev = self._append(session, sub, head, answers, "complete", None, operator_id)
        return revision_info(uuid, rev)

    @staticmethod
    def _form_sha(session: Session, sub: Submission) -> str:
        sha = session.scalar(
            select(FormVersion.sha256).where(FormVersion.id == sub.form_version_id)
        )
        assert sha is not None  # guaranteed by the foreign key
        return sha

    def _append(
        self,
        session: Session,
        sub: Submission,
        head: Revision | None,
        answers: Mapping[str, Any],
        status: SubmissionStatus,
        reason: str | None,
        operator_id: int,
    ) -> Revision:
        """Append the next revision of the chain and make it the submission's state."""
        session.execute(delete(Draft).where(Draft.submission_id == sub.id))
        action = (
            AuditAction.DELETION
            if status == "deleted"
            else (
                AuditAction.FINALISATION
                if head is None or head.status == "deleted"
                else AuditAction.MODIFICATION
            )
        )
        return append_revision(
            session,
            sub,
            form_sha=self._form_sha(session, sub),
            number=1 if head is None else head.number + 1,
            parent=None if head is None else head.content_hash,
            answers=answers,
            status=status,
            reason=reason,
            device_id=self._local_device_id(session),
            operator_id=operator_id,
            action=action,
        )


def _set_synchronous(connection: Any, level: str) -> None:
    """Set SQLite's synchronous level of one pooled connection, outside any transaction."""
    connection.connection.driver_connection.execute(f"PRAGMA synchronous={level}")
