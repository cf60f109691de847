"""Read-only queries that stream a whole form's questionnaires a page at a time.

The sheets read every questionnaire of a form: with a million of them, one list of every row
(and of every revision's answers) does not fit in memory, so these read pages of questionnaires
and hand each page over before reading the next.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from sqlalchemy import Engine, bindparam, select, text

from inclusion_desktop.store.models import FormVersion, Submission
from inclusion_desktop.store.records import SubmissionHead

#: Questionnaires read per page: a few megabytes of answers at a time.
PAGE_SIZE = 20_000

_HEADS_OF_PAGE = text(
    "SELECT s.id, s.uuid, f.form_id, f.id, f.version, s.zone, s.status, s.created_at, d.name,"
    " o.name, r.status, r.answers FROM submission s"
    " JOIN form_version f ON f.id = s.form_version_id"
    " JOIN device d ON d.id = s.device_id LEFT JOIN operator o ON o.id = s.operator_id"
    " JOIN revision r ON r.submission_id = s.id"
    " WHERE s.id IN :ids"
    # Within a questionnaire, by generation then hash: the last row is its head.
    " ORDER BY s.id, r.number, r.content_hash"
).bindparams(bindparam("ids", expanding=True))


class ReadingStoreMixin:
    """Paged reading of a form's questionnaires (mixed into Store)."""

    _engine: Engine

    def iter_submission_heads(
        self, form_id: str, page_size: int = PAGE_SIZE
    ) -> Iterator[list[SubmissionHead]]:
        """The questionnaires of `form_id` with their heads, newest first, a page at a time.

        Each item of a page is what `submissions_with_heads` gives for that questionnaire; the
        pages, joined, are its list reversed.
        """
        order = (
            select(Submission.id)
            .join(FormVersion, FormVersion.id == Submission.form_version_id)
            .where(FormVersion.form_id == form_id)
            .order_by(Submission.created_at.desc(), Submission.id.desc())
        )
        with self._engine.connect() as conn:
            ids = list(conn.execute(order).scalars())
            for start in range(0, len(ids), page_size):
                page = ids[start : start + page_size]
                heads: dict[int, SubmissionHead] = {}
                for row in conn.execute(_HEADS_OF_PAGE, {"ids": page}):
                    submission_id, uuid, form, version_id, version, zone, status, at = row[:8]
                    device, operator, head, answers = row[8:]
                    before = heads.get(submission_id)
                    if head != "complete":
                        answers = None if before is None else before.answers_text
                    heads[submission_id] = SubmissionHead(
                        uuid, form, version_id, version, zone, status, at, device, operator, head,
                        answers,
                    )
                yield [heads[i] for i in page if i in heads]

    def iter_submission_days(
        self, form_id: str, page_size: int = PAGE_SIZE
    ) -> Iterator[tuple[str, str, dt.datetime]]:
        """(uuid, zone, created_at) of every questionnaire of `form_id`, streamed."""
        query = (
            select(Submission.uuid, Submission.zone, Submission.created_at)
            .join(FormVersion, FormVersion.id == Submission.form_version_id)
            .where(FormVersion.form_id == form_id)
            .execution_options(yield_per=page_size)
        )
        with self._engine.connect() as conn:
            yield from ((row[0], row[1], row[2]) for row in conn.execute(query))
