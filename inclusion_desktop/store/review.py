"""Questionnaires imported « à vérifier »: listed, left out of every figure until resolved.

An import with ``--keep-invalid`` keeps the rows its form does not accept; each gets a pending
``review_item`` with the problems found. A coordinator resolves it by confirming it as it is
or by correcting it (a new revision); either is written to the audit log.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from inclusion_desktop.catalogue import Code, plural
from inclusion_desktop.store.audit import write_audit
from inclusion_desktop.store.errors import StoreError
from inclusion_desktop.store.keys import AuditAction
from inclusion_desktop.store.models import Operator, ReviewItem, format_utc, utc_now

#: How a review is closed.
RESOLUTIONS = ("confirme", "corrige")

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ReviewInfo:
    """One questionnaire imported « à vérifier »."""

    submission_uuid: str
    created_at: str
    source: str
    problems: list[dict[str, Any]]
    resolved_at: str | None
    resolution: str | None
    resolved_by: str | None

    @property
    def pending(self) -> bool:
        """True until a coordinator has confirmed or corrected it."""
        return self.resolved_at is None


class ReviewStoreMixin:
    """The « à vérifier » list of a store (mixed into Store)."""

    if TYPE_CHECKING:

        def _read(self) -> AbstractContextManager[Session]: ...

        def _write(self) -> AbstractContextManager[Session]: ...

        def _edit(self, work: Callable[[Session], T], *, what: str) -> T: ...

        @staticmethod
        def _submission(session: Session, uuid: str, *, lock: bool = False) -> Any: ...

        @staticmethod
        def _head(session: Session, submission_id: int) -> Any: ...

        def _append(
            self,
            session: Session,
            sub: Any,
            head: Any,
            answers: Mapping[str, Any],
            status: Any,
            reason: str | None,
            operator_id: Any,
        ) -> Any: ...

    def import_edits(self, edits: Sequence[tuple[str, Mapping[str, Any]]], *, source: str) -> int:
        """New revisions for imported questionnaires whose answers changed in the other tool.

        A deleted questionnaire is left alone. Returns how many revisions were added; each is
        written to the audit log.
        """

        def import_all(session: Session) -> int:
            added = 0
            # Locked in uuid order, as merges lock them, so that neither waits for the other
            # in a cycle (see store.concurrency).
            for uuid, answers in sorted(edits, key=lambda edit: edit[0]):
                sub = self._submission(session, uuid, lock=True)
                head = self._head(session, sub.id)
                if sub.status != "complete" or head is None:
                    continue
                self._append(session, sub, head, answers, "complete", None, None)
                write_audit(
                    session.connection(),
                    action=AuditAction.MODIFICATION,
                    target=uuid,
                    detail=f"nouvelle version importée de {source}"[:500],
                )
                added += 1
            return added

        return self._edit(import_all, what=f"Import des modifications de {source}")

    def mark_for_review(self, problems: Mapping[str, str], *, source: str) -> None:
        """Marks questionnaires « à vérifier » (uuid -> JSON list of their problems)."""
        now = format_utc(utc_now())

        def mark(session: Session) -> None:
            for uuid, text in sorted(problems.items()):
                item = session.get(ReviewItem, uuid, with_for_update=True)
                if item is None:
                    session.add(
                        ReviewItem(
                            submission_uuid=uuid, created_at=now, source=source[:500],
                            problems=text,
                        )
                    )
                else:
                    item.problems, item.resolved_at, item.resolution = text, None, None

        self._edit(mark, what=f"Import de {source}")

    def reviews(self, *, pending_only: bool = True) -> list[ReviewInfo]:
        """The questionnaires imported « à vérifier » (only those still pending by default)."""
        query = select(ReviewItem).order_by(ReviewItem.created_at, ReviewItem.submission_uuid)
        if pending_only:
            query = query.where(ReviewItem.resolved_at.is_(None))
        with self._read() as session:
            return [
                ReviewInfo(
                    item.submission_uuid, item.created_at, item.source, json.loads(item.problems),
                    item.resolved_at, item.resolution, item.resolved_by,
                )
                for item in session.scalars(query)
            ]

    def pending_review_uuids(self) -> set[str]:
        """The questionnaires left out of every figure until a coordinator resolves them."""
        with self._read() as session:
            return set(
                session.scalars(
                    select(ReviewItem.submission_uuid).where(ReviewItem.resolved_at.is_(None))
                )
            )

    def resolve_review(self, uuid: str, *, resolution: str, operator_id: int | None) -> None:
        """Closes a pending review: « confirme » (kept as it is) or « corrige » (audited)."""
        if resolution not in RESOLUTIONS:
            raise StoreError(code=Code.STORE_RESOLUTION_UNKNOWN, resolution=resolution)
        self._edit(
            lambda session: self._resolve_review_in(session, uuid, resolution, operator_id),
            what=f"Vérification du questionnaire {uuid}",
        )

    def _resolve_review_in(
        self, session: Session, uuid: str, resolution: str, operator_id: int | None
    ) -> None:
        """One attempt of resolve_review, in `session` (the review row locked until the end)."""
        item = session.get(ReviewItem, uuid, with_for_update=True)
        if item is None or item.resolved_at is not None:
            raise StoreError(code=Code.STORE_NOT_IN_REVIEW, uuid=uuid)
        name = (
            None
            if operator_id is None
            else session.scalar(select(Operator.name).where(Operator.id == operator_id))
        )
        item.resolved_at = format_utc(utc_now())
        item.resolution = resolution
        item.resolved_by = name
        count = len(json.loads(item.problems))
        write_audit(
            session.connection(),
            action=AuditAction.REVIEW,
            target=uuid,
            operator_id=operator_id,
            detail=(
                f"importé « à vérifier » ({plural(count, 'réponse', 'réponses')} en cause, "
                f"{item.source}) : "
                + ("confirmé tel quel" if resolution == "confirme" else "corrigé")
            ),
        )
