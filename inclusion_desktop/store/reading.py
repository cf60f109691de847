"""Read-only queries that stream a whole form's questionnaires a page at a time.

The sheets read every questionnaire of a form: with a million of them, one list of every row
(and of every revision's answers) does not fit in memory, so these read pages of questionnaires
and hand each page over before reading the next. The answers the analysis needs are taken out of
the saved JSON by the database itself, so Python never decodes a whole questionnaire for them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from sqlalchemy import Engine, bindparam, select, text

from inclusion_desktop.store.models import FormVersion, Submission

#: Questionnaires read per page: a few megabytes of answers at a time.
PAGE_SIZE = 20_000

#: The tables a questionnaire's head is read from; every revision of it is one row.
HEAD_JOINS = (
    " FROM submission s JOIN form_version f ON f.id = s.form_version_id"
    " JOIN revision r ON r.submission_id = s.id"
)
#: Within a questionnaire, by generation then hash: the last row is its head.
HEAD_ORDER = "r.number, r.content_hash"

#: One page of `iter_latest_answers`: (uuid, zone, form_version_id, *answers) per questionnaire.
AnswerRow = tuple[Any, ...]


def _answer_columns(dialect: str, count: int, whole: bool) -> tuple[str, str]:
    """The SQL of `count` answers (parameters :k0…), as JSON texts, and the FROM they need."""
    if dialect == "postgresql":
        # OFFSET 0 keeps the JSON parsed once per row instead of once per answer read from it.
        source = ", LATERAL (SELECT CAST(r.answers AS jsonb) AS j OFFSET 0) AS a"
        answers = [f"CAST(a.j -> CAST(:k{i} AS TEXT) AS TEXT)" for i in range(count)]
    else:
        source = ""
        answers = [f"r.answers -> :k{i}" for i in range(count)]
    if whole:
        answers.append("r.answers")
    return "".join(", " + column for column in answers), source


def _live_heads(page: list[int], fetched: Sequence[Any]) -> list[AnswerRow]:
    """The page's live questionnaires with their latest complete answers, in the page's order.

    `fetched` holds every revision of the page's questionnaires, each one's head last.
    """
    heads: dict[int, tuple[Any, ...]] = {}
    complete: dict[int, tuple[Any, ...]] = {}
    for row in fetched:
        heads[row[0]] = row
        if row[5] == "complete":
            complete[row[0]] = row
    rows = []
    for submission_id in page:
        head = heads.get(submission_id)
        latest = complete.get(submission_id)
        if head is None or latest is None or "deleted" in (head[4], head[5]):
            continue
        rows.append((head[1], head[2], head[3], *latest[6:]))
    return rows


def _read_ahead(
    pages: list[list[int]], fetch: Callable[[list[int]], Sequence[Any]]
) -> Iterator[tuple[list[int], Sequence[Any]]]:
    """Each page with its fetched rows, the next page being fetched meanwhile on a thread.

    Only that thread uses what `fetch` reads from, one page after the other.
    """
    with ThreadPoolExecutor(max_workers=1) as reader:
        pending = reader.submit(fetch, pages[0]) if pages else None
        for number, page in enumerate(pages):
            assert pending is not None  # submitted for every page
            rows = pending.result()
            if number + 1 < len(pages):
                pending = reader.submit(fetch, pages[number + 1])
            yield page, rows


class ReadingStoreMixin:
    """Paged reading of a form's questionnaires (mixed into Store)."""

    _engine: Engine

    def _form_order(self, form_id: str) -> list[int]:
        """Ids of the questionnaires of `form_id`, newest first."""
        order = (
            select(Submission.id)
            .join(FormVersion, FormVersion.id == Submission.form_version_id)
            .where(FormVersion.form_id == form_id)
            .order_by(Submission.created_at.desc(), Submission.id.desc())
        )
        with self._engine.connect() as conn:
            return list(conn.execute(order).scalars())

    def iter_latest_answers(
        self,
        form_id: str,
        names: Sequence[str],
        *,
        whole: bool = False,
        page_size: int = PAGE_SIZE,
    ) -> Iterator[list[AnswerRow]]:
        """The live questionnaires of `form_id` with their latest complete answers, by pages.

        A row is (uuid, zone, form_version_id, then the answer to each of `names` as its JSON
        text, None when not answered, then with `whole` the whole answers' JSON). Questionnaires
        deleted, whose head is deleted or never complete are left out. Newest first, as
        `submissions_with_heads` read backwards.
        """
        dialect = self._engine.dialect.name
        answers, source = _answer_columns(dialect, len(names), whole)
        keys = {
            f"k{i}": name if dialect == "postgresql" else f'$."{name}"'
            for i, name in enumerate(names)
        }
        # PostgreSQL takes the page's ids as one array: written out as 20,000 placeholders, the
        # query took the driver longer to parse than the server to answer.
        page_filter = "s.id = ANY(:ids)" if dialect == "postgresql" else "s.id IN :ids"
        query = text(
            "SELECT s.id, s.uuid, s.zone, s.form_version_id, s.status, r.status" + answers
            + HEAD_JOINS + source + " WHERE " + page_filter + " ORDER BY s.id, " + HEAD_ORDER
        )
        if dialect != "postgresql":
            query = query.bindparams(bindparam("ids", expanding=True))
        ids = self._form_order(form_id)
        pages = [ids[start : start + page_size] for start in range(0, len(ids), page_size)]
        with self._engine.connect() as conn:

            def fetch(page: list[int]) -> Sequence[Any]:
                return conn.execute(query, {"ids": page, **keys}).all()

            # A server reads the next page while this one is made into columns. A SQLite
            # connection stays in its own thread (an in-memory store is one connection).
            fetched = _read_ahead(pages, fetch) if dialect == "postgresql" else (
                (page, fetch(page)) for page in pages
            )
            for page, rows in fetched:
                yield _live_heads(page, rows)
                del rows

    def iter_submission_days(
        self, form_id: str, page_size: int = PAGE_SIZE
    ) -> Iterator[list[tuple[str, str, str]]]:
        """(uuid, zone, created_at) of every questionnaire of `form_id`, a page at a time.

        `created_at` is the stored fixed-width UTC text: it sorts as the moments do, so the
        first and last of many are found without reading each one as a datetime.
        """
        dialect = self._engine.dialect.name
        form_parameter = "%(form_id)s" if dialect == "postgresql" else ":form_id"
        query = (
            "SELECT s.uuid, s.zone, s.created_at FROM submission s"
            " JOIN form_version f ON f.id = s.form_version_id WHERE f.form_id = " + form_parameter
        )
        # The driver's own cursor: a million rows come out six times faster than as
        # SQLAlchemy rows. On PostgreSQL a named (server-side) cursor sends them a page at a time.
        with self._engine.connect() as conn:
            raw = conn.connection
            cursor = raw.cursor(name="submission_days") if dialect == "postgresql" else raw.cursor()
            try:
                cursor.execute(query, {"form_id": form_id})
                while page := cursor.fetchmany(page_size):
                    yield [tuple(row) for row in page]
            finally:
                cursor.close()
