"""Keying of paper questionnaires in the store: paper numbers, keying time, double entry.

A second, blind keying is kept beside the submission with the list of questions keyed
differently; once a reviewer has settled them against the paper, the verified answers become a
new revision of the submission (when they differ from the first keying) and the verification is
marked resolved. Both keyings stay: the first in the revision history, the second here.

A second keying under way is autosaved on every answer in the setting SECOND_KEYING_SETTING
(one at a time per store, like the questionnaire left open): the submission's own draft cannot
hold it, as that would be a correction of the first keying. Keeping the verification removes it
in the same transaction; erasure.py scrubs and purges it with the rest.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from inclusion_desktop.catalogue import Code, plural
from inclusion_desktop.store.audit import write_audit
from inclusion_desktop.store.errors import StoreError
from inclusion_desktop.store.keys import AuditAction, SettingKey
from inclusion_desktop.store.models import (
    FormVersion,
    Operator,
    Setting,
    Submission,
    Verification,
    utc_now,
)

if TYPE_CHECKING:
    from inclusion_desktop.store.records import RevisionInfo


@dataclass(frozen=True, slots=True)
class VerificationInfo:
    """A second keying of a paper questionnaire and where its review stands."""

    id: int
    submission_uuid: str
    paper_number: str
    operator_id: int | None
    operator_name: str | None
    created_at: datetime
    answers: dict[str, Any]
    seconds: int | None
    discrepancies: list[str]
    resolved_at: datetime | None

    @property
    def resolved(self) -> bool:
        """True once a reviewer has settled every discrepancy."""
        return self.resolved_at is not None


#: Setting holding the second keying under way: JSON {"submission", "answers", "seconds"}.
SECOND_KEYING_SETTING = SettingKey.SECOND_KEYING_DRAFT


@dataclass(frozen=True, slots=True)
class SecondKeyingDraft:
    """The autosaved state of a second, blind keying not finished yet."""

    submission_uuid: str
    answers: dict[str, Any]
    seconds: int


@dataclass(frozen=True, slots=True)
class KeyedSubmission:
    """A questionnaire keyed from paper, for the keying report."""

    uuid: str
    form_id: str
    paper_number: str
    operator_name: str | None
    keying_seconds: int | None
    status: str


class VerificationStoreMixin:
    """Keying and double-entry operations of Store (mixed into it)."""

    if TYPE_CHECKING:

        def _read(self) -> AbstractContextManager[Session]: ...

        def _write(self) -> AbstractContextManager[Session]: ...

        def save_revision(
            self, uuid: str, answers: Mapping[str, Any], operator_id: int
        ) -> RevisionInfo: ...

        def head_answers(self, uuid: str) -> dict[str, Any]: ...

    def record_keying(self, uuid: str, *, paper_number: str, seconds: int | None) -> None:
        """Notes the paper form's number and how long keying took, for lookups and reports."""
        with self._write() as session:
            submission = session.scalars(select(Submission).where(Submission.uuid == uuid)).first()
            if submission is None:
                raise StoreError(code=Code.STORE_SUBMISSION_NOT_FOUND, uuid=uuid)
            submission.paper_number = paper_number.strip() or None
            submission.keying_seconds = seconds

    def find_paper_number(
        self, paper_number: str, *, form_id: str | None = None, exclude: str | None = None
    ) -> str | None:
        """The instanceID of the non-deleted questionnaire keyed with this paper number."""
        query = (
            select(Submission.uuid)
            .join(FormVersion, FormVersion.id == Submission.form_version_id)
            .where(Submission.paper_number == paper_number.strip())
            .where(Submission.status != "deleted")
            .order_by(Submission.id)
        )
        if form_id is not None:
            query = query.where(FormVersion.form_id == form_id)
        if exclude is not None:
            query = query.where(Submission.uuid != exclude)
        with self._read() as session:
            return session.scalars(query).first()

    def add_verification(
        self,
        uuid: str,
        *,
        answers: Mapping[str, Any],
        discrepancies: Sequence[str],
        operator_id: int | None,
        seconds: int | None,
    ) -> VerificationInfo:
        """Keeps a second keying of `uuid`; with no discrepancy it is resolved at once."""
        now = utc_now()
        with self._write() as session:
            submission = session.scalars(select(Submission).where(Submission.uuid == uuid)).first()
            if submission is None:
                raise StoreError(code=Code.STORE_SUBMISSION_NOT_FOUND, uuid=uuid)
            if submission.status != "complete":
                raise StoreError(code=Code.VERIFICATION_NOT_COMPLETE)
            row = Verification(
                submission_id=submission.id,
                operator_id=operator_id,
                created_at=now,
                answers=json.dumps(dict(answers), ensure_ascii=False, sort_keys=True),
                seconds=seconds,
                discrepancies=json.dumps(list(discrepancies)),
                resolved_at=None if discrepancies else now,
                resolved_by=None if discrepancies else operator_id,
            )
            session.add(row)
            session.flush()
            if self._second_keying_of(session) == uuid:
                session.execute(delete(Setting).where(Setting.key == SECOND_KEYING_SETTING))
            write_audit(
                session.connection(),
                action=AuditAction.SECOND_KEYING,
                target=uuid,
                operator_id=operator_id,
                detail=plural(len(discrepancies), "écart", "écarts"),
            )
            return self._verification_info(session, row)

    def save_second_keying(self, uuid: str, answers: Mapping[str, Any], seconds: int) -> None:
        """Autosaves the second keying of `uuid` under way (on every answer), replacing any."""
        payload = json.dumps(
            {"submission": uuid, "answers": dict(answers), "seconds": seconds},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        with self._write() as session:
            session.merge(Setting(key=SECOND_KEYING_SETTING, value=payload))

    def second_keying(self) -> SecondKeyingDraft | None:
        """The second keying left under way (after a crash or a power cut), if any."""
        with self._read() as session:
            value = session.scalar(
                select(Setting.value).where(Setting.key == SECOND_KEYING_SETTING)
            )
        try:
            saved = json.loads(value) if value else None
            if not isinstance(saved, dict):
                return None
            return SecondKeyingDraft(
                str(saved["submission"]), dict(saved["answers"]), int(saved.get("seconds") or 0)
            )
        except (ValueError, KeyError, TypeError):
            return None

    def discard_second_keying(self) -> None:
        """Forgets the second keying under way (abandoned)."""
        with self._write() as session:
            session.execute(delete(Setting).where(Setting.key == SECOND_KEYING_SETTING))

    @staticmethod
    def _second_keying_of(session: Session) -> str | None:
        """The submission whose second keying is under way, read in `session`."""
        value = session.scalar(select(Setting.value).where(Setting.key == SECOND_KEYING_SETTING))
        try:
            saved = json.loads(value) if value else None
        except ValueError:
            return None
        return str(saved.get("submission")) if isinstance(saved, dict) else None

    def verifications(self, *, pending: bool | None = None) -> list[VerificationInfo]:
        """Second keyings, oldest first; `pending` keeps only unresolved (or resolved) ones."""
        query = select(Verification).order_by(Verification.id)
        if pending is True:
            query = query.where(Verification.resolved_at.is_(None))
        elif pending is False:
            query = query.where(Verification.resolved_at.is_not(None))
        with self._read() as session:
            return [self._verification_info(session, row) for row in session.scalars(query)]

    def verified_paper_numbers(self) -> set[str]:
        """Paper numbers that already have a second keying."""
        query = (
            select(Submission.paper_number)
            .join(Verification, Verification.submission_id == Submission.id)
            .where(Submission.paper_number.is_not(None))
        )
        with self._read() as session:
            return {str(number) for number in session.scalars(query)}

    def resolve_verification(
        self, verification_id: int, *, answers: Mapping[str, Any], operator_id: int
    ) -> RevisionInfo | None:
        """Saves the verified answers (a new revision when they differ) and closes the review."""
        with self._read() as session:
            row = session.get(Verification, verification_id)
            if row is None:
                raise StoreError(code=Code.VERIFICATION_NOT_FOUND, verification=verification_id)
            if row.resolved_at is not None:
                raise StoreError(code=Code.VERIFICATION_ALREADY_DONE)
            uuid = session.scalar(select(Submission.uuid).where(Submission.id == row.submission_id))
        assert uuid is not None
        revision = None
        if dict(answers) != self.head_answers(uuid):
            revision = self.save_revision(uuid, answers, operator_id)
        with self._write() as session:
            session.execute(
                update(Verification)
                .where(Verification.id == verification_id)
                .values(resolved_at=utc_now(), resolved_by=operator_id)
            )
            write_audit(
                session.connection(),
                action=AuditAction.VERIFICATION,
                target=uuid,
                operator_id=operator_id,
                detail="version vérifiée enregistrée" if revision else "première saisie confirmée",
            )
        return revision

    def keyed_submissions(self) -> list[KeyedSubmission]:
        """Every questionnaire keyed from paper, oldest first, for the keying report."""
        query = (
            select(
                Submission.uuid,
                FormVersion.form_id,
                Submission.paper_number,
                Operator.name,
                Submission.keying_seconds,
                Submission.status,
            )
            .join(FormVersion, FormVersion.id == Submission.form_version_id)
            .outerjoin(Operator, Operator.id == Submission.operator_id)
            .where(Submission.entry_mode == "keying")
            .order_by(Submission.id)
        )
        with self._read() as session:
            return [
                KeyedSubmission(row[0], row[1], row[2] or "", row[3], row[4], row[5])
                for row in session.execute(query)
            ]

    @staticmethod
    def _verification_info(session: Session, row: Verification) -> VerificationInfo:
        submission = session.get(Submission, row.submission_id)
        assert submission is not None
        operator = session.get(Operator, row.operator_id) if row.operator_id else None
        return VerificationInfo(
            id=row.id,
            submission_uuid=submission.uuid,
            paper_number=submission.paper_number or "",
            operator_id=row.operator_id,
            operator_name=operator.name if operator else None,
            created_at=row.created_at,
            answers=json.loads(row.answers),
            seconds=row.seconds,
            discrepancies=json.loads(row.discrepancies),
            resolved_at=row.resolved_at,
        )
