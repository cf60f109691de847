"""The analysis frame: one row per questionnaire, one column per question, every form version.

Rows are the latest complete revision of each questionnaire that is not deleted. Columns are
aligned by question name across form versions (a question absent from a version is missing for
its questionnaires). A select_multiple question keeps its raw answer (space-separated choice
names, as the expressions read it) and gets one nullable boolean column per choice,
`<question>__<choice>`, missing when the question was not answered.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from inclusion_desktop.questionnaire.loader import load_form_bytes
from inclusion_desktop.questionnaire.model import Form, Question, QuestionType

#: Types that hold no answer of their own.
_SKIPPED = frozenset({QuestionType.NOTE})
_NUMERIC = frozenset({QuestionType.INTEGER, QuestionType.DECIMAL, QuestionType.RANGE})
META_COLUMNS = ("_uuid", "_zone", "_version")


def choice_column(question: str, choice: str) -> str:
    """Name of the boolean column of one choice of a select_multiple question."""
    return f"{question}__{choice}"


def _columns_of(forms: Sequence[Form]) -> tuple[list[Question], dict[str, list[str]]]:
    """Questions in first-seen order (by name), and the union of choices of select_multiple."""
    questions: dict[str, Question] = {}
    choices: dict[str, list[str]] = {}
    for form in forms:
        for question in form.questions:
            if question.type in _SKIPPED or question.repeat is not None:
                continue
            questions.setdefault(question.name, question)
            if question.type is QuestionType.SELECT_MULTIPLE and question.choices is not None:
                names = choices.setdefault(question.name, [])
                for choice in question.choices.choices:
                    if choice.name not in names:
                        names.append(choice.name)
    return list(questions.values()), choices


def _text(value: Any) -> Any:
    if value is None or isinstance(value, list | dict):
        return None
    text = str(value).strip()
    return text or None


def answers_frame(
    records: Iterable[tuple[str, str, str, Mapping[str, Any]]], forms: Sequence[Form]
) -> pd.DataFrame:
    """Builds the frame from (uuid, zone, version, answers) records and the forms they use."""
    questions, choices = _columns_of(forms)
    rows = list(records)
    data: dict[str, Any] = {
        "_uuid": [r[0] for r in rows],
        "_zone": [r[1] for r in rows],
        "_version": [r[2] for r in rows],
    }
    for question in questions:
        raw = [_text(r[3].get(question.name)) for r in rows]
        if question.type in _NUMERIC:
            data[question.name] = pd.to_numeric(pd.Series(raw, dtype=object), errors="coerce")
            continue
        data[question.name] = pd.Series(raw, dtype=object)
        if question.type is QuestionType.SELECT_MULTIPLE:
            answered = np.array([v is not None for v in raw])
            selected = [set(v.split()) if v is not None else set() for v in raw]
            for choice in choices.get(question.name, []):
                flags = np.array([choice in s for s in selected])
                column = pd.array(flags, dtype="boolean")
                column[~answered] = pd.NA
                data[choice_column(question.name, choice)] = column
    frame = pd.DataFrame(data)
    return frame


def submissions_frame(store: Any, form_id: str = "habitants") -> pd.DataFrame:
    """The analysis frame of every questionnaire of `form_id` in `store`.

    One row per questionnaire that is not deleted and has a complete revision (its latest
    complete one); columns `_uuid`, `_zone`, `_version`, then one per question of every version
    of the form (see the module docstring).
    """
    versions = [v for v in store.form_versions() if v.form_id == form_id]
    forms: dict[int, Form] = {}
    for version in versions:
        source, filename = store.form_source(version.id)
        forms[version.id] = load_form_bytes(source, filename)
    labels = {v.id: v.version for v in versions}
    records = []
    for row in store.list_submissions(form_id=form_id):
        if row.status == "deleted":
            continue
        revisions = store.revisions(row.uuid)
        if any(rev.status == "deleted" for rev in revisions[-1:]):
            continue
        complete = [rev for rev in revisions if rev.status == "complete"]
        if not complete:
            continue
        info = store.get_submission(row.uuid)
        records.append(
            (row.uuid, info.zone, labels.get(info.form_version_id, ""), complete[-1].answers)
        )
    # Oldest version first, so the newest labels win nowhere but column order is stable.
    ordered = [forms[v.id] for v in sorted(versions, key=lambda v: v.id)]
    frame = answers_frame(records, ordered)
    return frame.sort_values("_uuid", kind="stable").reset_index(drop=True)
