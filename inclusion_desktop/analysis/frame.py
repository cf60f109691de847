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


def _categorical(raw: list[Any]) -> tuple[pd.Categorical, np.ndarray[Any, Any], list[Any]]:
    """The answers as a categorical (missing = NaN), with their codes and distinct values."""
    codes, uniques = pd.factorize(pd.Series(raw, dtype=object), use_na_sentinel=True)
    values = list(uniques)
    return pd.Categorical.from_codes(codes, categories=values), codes, values


def answers_frame(
    records: Iterable[tuple[str, str, str, Mapping[str, Any]]], forms: Sequence[Form]
) -> pd.DataFrame:
    """Builds the frame from (uuid, zone, version, answers) records and the forms they use.

    Text and select answers are stored as pandas categoricals (few distinct answers, many
    questionnaires: a 100,000-row frame stays small); numbers as floats; the choices of a
    select_multiple as nullable booleans.
    """
    questions, choices = _columns_of(forms)
    rows = list(records)
    data: dict[str, Any] = {
        "_uuid": pd.Series([r[0] for r in rows], dtype=object),
        "_zone": _categorical([r[1] for r in rows])[0],
        "_version": _categorical([r[2] for r in rows])[0],
    }
    for question in questions:
        raw = [_text(r[3].get(question.name)) for r in rows]
        column, codes, uniques = _categorical(raw)
        del raw
        if question.type in _NUMERIC:
            numbers = pd.to_numeric(pd.Series(uniques, dtype=object), errors="coerce")
            lookup = np.append(numbers.to_numpy(dtype=float, na_value=np.nan), np.nan)
            data[question.name] = pd.Series(lookup[codes], dtype=float)
            continue
        data[question.name] = column
        if question.type is QuestionType.SELECT_MULTIPLE:
            answered = codes >= 0
            selected = [set(str(v).split()) for v in uniques]
            for choice in choices.get(question.name, []):
                flags = np.array([choice in s for s in selected] + [False], dtype=bool)
                flag_column = pd.array(flags[codes], dtype="boolean")
                flag_column[~answered] = pd.NA
                data[choice_column(question.name, choice)] = flag_column
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
    # Imported « à vérifier »: out of every figure until a coordinator resolves them.
    to_review = store.pending_review_uuids() if hasattr(store, "pending_review_uuids") else set()
    for row in store.list_submissions(form_id=form_id):
        if row.status == "deleted" or row.uuid in to_review:
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
