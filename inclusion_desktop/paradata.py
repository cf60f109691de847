"""Fieldwork figures (paradata): how questionnaires went, never what people answered.

Each questionnaire keeps the start and end of every page shown (field mode) or of the keying
page (paper forms), its entry mode and its outcome: finished, refused (consent « non »),
abandoned (left unfinished, or deleted) or still open. The coordinator's report counts them per
day, per mediator and per neighbourhood, gives median durations, the pages that take longest,
the questions most often answered « ne sait pas », and flags interviews too short to be
plausible (a flag to look at, not a rejection).
"""

from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from inclusion_desktop.catalogue import Code
from inclusion_desktop.errors import AppError
from inclusion_desktop.questionnaire.model import Form, Group, Question
from inclusion_desktop.store.errors import StoreError
from inclusion_desktop.store.fieldwork import ParadataRow
from inclusion_desktop.store.models import format_utc, utc_now

if TYPE_CHECKING:
    from inclusion_desktop.store import Store

#: The page key of a paper questionnaire keyed on one page.
KEYING_PAGE = "saisie"
#: The entry mode of a questionnaire that came in by import, without page timings.
IMPORTED_MODE = "import"
#: Below this share of the median duration an interview is flagged as implausibly short...
SHORT_SHARE = 1 / 3
#: ...and always below this many minutes.
SHORT_FLOOR_MINUTES = 2.0
_DONT_KNOW = re.compile(r"\bne sai[ts] pas\b|\bdon.t know\b", re.IGNORECASE)
_DONT_KNOW_NAMES = frozenset({"nsp", "ne_sait_pas", "ne_sais_pas", "dont_know", "dk"})


class FieldworkError(AppError, ValueError):
    """Fieldwork figures asked with settings that cannot be used (French message)."""

    area_code = Code.FIELDWORK


@dataclass(slots=True)
class PageTimer:
    """Times the pages of one questionnaire as they are shown; holds no answer."""

    submission_uuid: str
    clock: Callable[[], datetime] = utc_now
    pages: list[tuple[str, str, str]] = field(default_factory=list)
    _current: tuple[str, datetime] | None = None

    def enter(self, page: str) -> None:
        """A page is on screen: the previous one ends now (the same page drawn again goes on)."""
        if self._current is not None and self._current[0] == page:
            return
        now = self.clock()
        self._close(now)
        self._current = (page, now)

    def close(self) -> None:
        """The questionnaire left the screen (finished, closed or crashed out)."""
        self._close(self.clock())

    def _close(self, now: datetime) -> None:
        if self._current is not None:
            page, start = self._current
            self.pages.append((page, format_utc(start), format_utc(now)))
            self._current = None


def save_timer(store: Store, timer: PageTimer) -> ParadataRow | None:
    """Adds the timed pages to the questionnaire's paradata, with its outcome as it stands.

    Returns None when the questionnaire is gone (an untouched draft closed is not kept).
    """
    timer.close()
    try:
        info = store.get_submission(timer.submission_uuid)
    except (StoreError, KeyError, LookupError):
        return None
    existing = next(
        (r for r in store.paradata() if r.submission_uuid == timer.submission_uuid), None
    )
    pages = (existing.pages if existing else []) + timer.pages
    if not pages:
        return None
    status = info.status
    if (
        status == "complete"
        and store.head_answers(timer.submission_uuid).get("consentement") == "non"
    ):
        status = "refused"
    form_id = next((v.form_id for v in store.form_versions() if v.id == info.form_version_id), "")
    operator = next((op.name for op in store.operators() if op.id == info.operator_id), "")
    device = store.device()
    row = ParadataRow(
        submission_uuid=timer.submission_uuid,
        form_id=form_id,
        zone=info.zone,
        operator_name=operator,
        entry_mode=info.entry_mode,
        device_uuid=device.uuid if device else "",
        started_at=pages[0][1],
        ended_at=pages[-1][2],
        outcome=status,
        pages=pages,
    )
    store.record_paradata(row)
    timer.pages = []
    return row


# -- the report ----------------------------------------------------------------------------------


def _seconds(start: str, end: str) -> float:
    return max(0.0, (datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds())


def duration_seconds(row: ParadataRow) -> float:
    """Time spent on the questionnaire's pages (pauses between sessions left out)."""
    return sum(_seconds(start, end) for _page, start, end in row.pages)


def _day(text: str) -> str:
    return datetime.fromisoformat(text).astimezone().date().isoformat()


def _rate(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def _median_minutes(values: Sequence[float]) -> float | None:
    return round(statistics.median(values) / 60, 2) if values else None


def dont_know_codes(form: Form) -> dict[str, set[str]]:
    """Per select question, the choices that mean « ne sait pas » (by name or label)."""
    codes: dict[str, set[str]] = {}
    for question in form.questions:
        if question.choices is None:
            continue
        found = {
            choice.name
            for choice in question.choices.choices
            if choice.name in _DONT_KNOW_NAMES
            or any(_DONT_KNOW.search(text) for text in choice.label.by_language.values())
        }
        if found:
            codes[question.name] = found
    return codes


def _page_label(form: Form | None, key: str) -> str:
    name = key.split("[")[0].lstrip("+")
    item = form.by_name.get(name) if form is not None else None
    if isinstance(item, Question | Group):
        return item.label.get(form.default_language if form else None) or name
    return "saisie d'un questionnaire papier" if key == KEYING_PAGE else name


@dataclass(frozen=True, slots=True)
class FieldworkReport:
    """The coordinator's fieldwork figures, ready for JSON, the screen and the PDF."""

    total: int
    outcomes: Mapping[str, int]
    by_day: list[dict[str, Any]]
    by_mediator: list[dict[str, Any]]
    by_neighbourhood: list[dict[str, Any]]
    median_minutes: float | None
    short_threshold_minutes: float | None
    short_interviews: list[dict[str, Any]]
    longest_pages: list[dict[str, Any]]
    dont_know: list[dict[str, Any]]
    durations_minutes: list[float]

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "total": self.total,
            "outcomes": dict(self.outcomes),
            "by_day": self.by_day,
            "by_mediator": self.by_mediator,
            "by_neighbourhood": self.by_neighbourhood,
            "median_minutes": self.median_minutes,
            "short_threshold_minutes": self.short_threshold_minutes,
            "short_interviews": self.short_interviews,
            "longest_pages": self.longest_pages,
            "dont_know": self.dont_know,
        }


def _group_figures(
    rows: Iterable[ParadataRow], key: Callable[[ParadataRow], str]
) -> list[dict[str, Any]]:
    groups: dict[str, list[ParadataRow]] = defaultdict(list)
    for row in rows:
        groups[key(row)].append(row)
    figures = []
    for name, members in sorted(groups.items()):
        counts = Counter(row.outcome for row in members)
        finished = [duration_seconds(r) for r in members if r.outcome == "complete" and r.pages]
        abandoned = counts["draft"] + counts["deleted"]
        figures.append(
            {
                "key": name or "—",
                "questionnaires": len(members),
                "complete": counts["complete"],
                "refused": counts["refused"],
                "abandoned": abandoned,
                "refusal_rate": _rate(counts["refused"], len(members)),
                "abandon_rate": _rate(abandoned, len(members)),
                "median_minutes": _median_minutes(finished),
            }
        )
    return figures


def fieldwork_report(
    rows: Sequence[ParadataRow],
    answers: Sequence[Mapping[str, Any]] = (),
    *,
    form: Form | None = None,
    labels: Mapping[str, str] | None = None,
    short_minutes: float | None = None,
    top: int = 5,
) -> FieldworkReport:
    """The figures of `rows` (paradata) and `answers` (finished ones, for « ne sait pas »).

    An interview is flagged short below `short_minutes`, by default a third of the median
    duration of finished field interviews and never less than SHORT_FLOOR_MINUTES.
    """
    if short_minutes is not None and not short_minutes > 0:
        raise FieldworkError(
            f"durée minimale d'entretien invalide : {short_minutes} (un nombre de minutes positif)."
        )
    outcomes = Counter(row.outcome for row in rows)
    # Imported questionnaires have no page timings: counted, but kept out of the durations.
    finished = [r for r in rows if r.outcome == "complete" and r.pages]
    field_durations = [duration_seconds(r) for r in finished if r.entry_mode == "field"]
    threshold = short_minutes
    if threshold is None and field_durations:
        threshold = max(SHORT_FLOOR_MINUTES, statistics.median(field_durations) / 60 * SHORT_SHARE)
    short = [
        {
            "submission_uuid": r.submission_uuid,
            "mediator": r.operator_name,
            "zone": (labels or {}).get(r.zone, r.zone),
            "day": _day(r.started_at),
            "minutes": round(duration_seconds(r) / 60, 2),
        }
        for r in finished
        if r.entry_mode == "field"
        and threshold is not None
        and duration_seconds(r) < threshold * 60
    ]
    by_day: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        by_day[_day(row.started_at)][row.outcome] += 1
    page_times: dict[str, list[float]] = defaultdict(list)
    for row in finished:
        for page, start, end in row.pages:
            if page != "__revue__":
                page_times[page.split("[")[0]].append(_seconds(start, end))
    medians = {page: statistics.median(times) for page, times in page_times.items()}
    longest = [
        {
            "page": page,
            "label": _page_label(form, page),
            "median_seconds": round(medians[page], 1),
            "shown": len(page_times[page]),
        }
        for page in sorted(medians, key=lambda page: (-medians[page], page))[:top]
    ]
    dont_know: Counter[str] = Counter()
    asked: Counter[str] = Counter()
    codes = dont_know_codes(form) if form is not None else {}
    for answer in answers:
        for name, values in codes.items():
            value = str(answer.get(name, "")).split()
            if value:
                asked[name] += 1
                dont_know[name] += bool(values.intersection(value))
    most_dont_know = [
        {
            "question": name,
            "label": _page_label(form, name),
            "dont_know": count,
            "answered": asked[name],
            "rate": _rate(count, asked[name]),
        }
        for name, count in sorted(dont_know.items(), key=lambda item: (-item[1], item[0]))
        if count
    ][:top]
    return FieldworkReport(
        total=len(rows),
        outcomes={key: outcomes.get(key, 0) for key in ("complete", "refused", "draft", "deleted")},
        by_day=[
            {
                "day": day,
                "questionnaires": sum(counts.values()),
                "complete": counts["complete"],
                "refused": counts["refused"],
                "abandoned": counts["draft"] + counts["deleted"],
            }
            for day, counts in sorted(by_day.items())
        ],
        by_mediator=_group_figures(rows, lambda r: r.operator_name),
        by_neighbourhood=_group_figures(rows, lambda r: (labels or {}).get(r.zone, r.zone)),
        median_minutes=_median_minutes([duration_seconds(r) for r in finished]),
        short_threshold_minutes=None if threshold is None else round(threshold, 2),
        short_interviews=short,
        longest_pages=longest,
        dont_know=most_dont_know,
        durations_minutes=[round(duration_seconds(r) / 60, 2) for r in finished],
    )


def untimed_rows(store: Store, form_id: str, known: set[str]) -> list[ParadataRow]:
    """Report rows for the finished questionnaires of `form_id` that have no page timings.

    These came in by import (KoboToolbox, ODK Central): their outcome follows their consent
    answer, so that their refusals count per neighbourhood and per mediator; a questionnaire
    without mediator is put under the tool it came from. `known` uuids are left out.
    """
    rows = []
    for head in store.submissions_with_heads(form_id):
        if head.uuid in known or head.status != "complete" or head.answers_text is None:
            continue
        refused = str(head.answers.get("consentement", "")) == "non"
        rows.append(
            ParadataRow(
                submission_uuid=head.uuid,
                form_id=form_id,
                zone=head.zone,
                operator_name=head.operator_name or head.device_name,
                entry_mode=IMPORTED_MODE,
                device_uuid="",
                started_at=head.created_at,
                ended_at=head.created_at,
                outcome="refused" if refused else "complete",
                pages=[],
            )
        )
    return rows


def store_report(
    store: Store,
    form_id: str = "habitants",
    *,
    short_minutes: float | None = None,
    form: Form | None = None,
) -> FieldworkReport:
    """The fieldwork report of a store's questionnaires of `form_id`.

    `form` is that questionnaire already loaded, if the caller has it (else its newest version
    is read from the store: pyxform takes a moment).
    """
    from inclusion_desktop.territory import store_neighbourhoods

    if form is None or form.form_id != form_id:
        version = store.latest_form_version(form_id)
        form = store.stored_form(version.id) if version is not None else None
    to_review = store.pending_review_uuids()
    timed = store.paradata()
    rows = [
        row for row in timed if row.form_id == form_id and row.submission_uuid not in to_review
    ]
    rows += untimed_rows(store, form_id, {row.submission_uuid for row in timed} | to_review)
    fields = tuple(dont_know_codes(form)) if form is not None else ()
    answers = [values for _zone, values in store.quota_answers(form_id, fields)]
    labels = {n.code: n.display_name for n in store_neighbourhoods(store)}
    return fieldwork_report(rows, answers, form=form, labels=labels, short_minutes=short_minutes)
