"""The analysis frame: one row per questionnaire, one column per question, every form version.

Rows are the latest complete revision of each questionnaire that is not deleted. Columns are
aligned by question name across form versions (a question absent from a version is missing for
its questionnaires). A select_multiple question keeps its raw answer (space-separated choice
names, as the expressions read it) and gets one nullable boolean column per choice,
`<question>__<choice>`, missing when the question was not answered.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd
from pandas.api.types import union_categoricals

from inclusion_desktop.questionnaire.model import (
    GEO_TYPES,
    MEDIA_TYPES,
    Form,
    Question,
    QuestionType,
)

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


_NUMBER_TYPES = (bool, int, float)


def _is_nan(value: Any) -> bool:
    """True for the NaN pandas puts where a questionnaire has no answer to a question."""
    return isinstance(value, float) and value != value


def _answers_categorical(
    raw: np.ndarray[Any, Any],
) -> tuple[pd.Categorical, np.ndarray[Any, Any], list[Any]]:
    """What `_categorical` gives for the cleaned answers, cleaning each distinct answer once.

    `raw` holds the saved answers, None or NaN where a questionnaire has none.
    """
    try:
        codes, uniques = pd.factorize(raw, use_na_sentinel=True)
    except TypeError:  # a list or a mapping where an answer was expected
        return _categorical([None if _is_nan(value) else _text(value) for value in raw])
    if len({type(u) for u in uniques if isinstance(u, _NUMBER_TYPES)}) > 1:
        # 1, 1.0 and True are one value to pandas but three texts.
        return _categorical([None if _is_nan(value) else _text(value) for value in raw])
    cleaned, values = pd.factorize(
        pd.Series([_text(u) for u in uniques], dtype=object), use_na_sentinel=True
    )
    codes = np.append(cleaned, -1)[codes]
    distinct = list(values)
    return pd.Categorical.from_codes(codes, categories=distinct), codes, distinct


def answers_frame(
    records: Iterable[tuple[str, str, str, Mapping[str, Any]]], forms: Sequence[Form]
) -> pd.DataFrame:
    """Builds the frame from (uuid, zone, version, answers) records and the forms they use.

    Text and select answers are stored as pandas categoricals (few distinct answers, many
    questionnaires: a 100,000-row frame stays small); numbers as floats; the choices of a
    select_multiple as nullable booleans.
    """
    return pd.DataFrame(_answer_columns(records, forms))


def _answer_columns(
    records: Iterable[tuple[str, str, str, Mapping[str, Any]]], forms: Sequence[Form]
) -> dict[str, Any]:
    """The columns of `answers_frame`, by name."""
    questions, choices = _columns_of(forms)
    rows = list(records)
    # One table of every answer, built by pandas at C speed, instead of a loop per question.
    answers = pd.DataFrame([r[3] for r in rows], dtype=object, index=None)
    missing = np.full(len(rows), None, dtype=object)
    data = _meta_columns([r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows])
    for question in questions:
        raw = answers[question.name].to_numpy() if question.name in answers else missing
        data.update(_question_columns(question, raw, choices))
    data.update(_repeat_summaries(rows, forms))
    return data


def _meta_columns(
    uuids: Sequence[Any], zones: Sequence[Any], versions: Sequence[Any]
) -> dict[str, Any]:
    """The `_uuid`, `_zone` and `_version` columns."""
    return {
        "_uuid": pd.Series(uuids, dtype=object),
        "_zone": _categorical(list(zones))[0],
        "_version": _categorical(list(versions))[0],
    }


def _question_columns(
    question: Question, raw: np.ndarray[Any, Any], choices: Mapping[str, list[str]]
) -> dict[str, Any]:
    """The column of one question (and of each choice of a select_multiple) from its answers."""
    column, codes, uniques = _answers_categorical(raw)
    if question.type in _NUMERIC:
        numbers = pd.to_numeric(pd.Series(uniques, dtype=object), errors="coerce")
        lookup = np.append(numbers.to_numpy(dtype=float, na_value=np.nan), np.nan)
        return {question.name: pd.Series(lookup[codes], dtype=float)}
    data: dict[str, Any] = {question.name: column}
    if question.type is QuestionType.SELECT_MULTIPLE:
        answered = codes >= 0
        selected = [set(str(v).split()) for v in uniques]
        for choice in choices.get(question.name, []):
            flags = np.array([choice in s for s in selected] + [False], dtype=bool)
            flag_column = pd.array(flags[codes], dtype="boolean")
            flag_column[~answered] = pd.NA
            data[choice_column(question.name, choice)] = flag_column
    return data


def _decoded(texts: Sequence[str | None]) -> np.ndarray[Any, Any]:
    """The answers saved as JSON texts (None: not answered), each distinct text decoded once."""
    codes, uniques = pd.factorize(np.asarray(texts, dtype=object), use_na_sentinel=True)
    values = np.empty(len(uniques) + 1, dtype=object)
    values[:-1] = [json.loads(u) for u in uniques]
    values[-1] = None
    decoded: np.ndarray[Any, Any] = values[codes]
    return decoded


def _page_columns(
    rows: Sequence[tuple[Any, ...]],
    labels: Mapping[int, str],
    questions: Sequence[Question],
    choices: Mapping[str, list[str]],
    forms: Sequence[Form] | None,
    wanted: Collection[str] | None,
) -> dict[str, Any]:
    """The columns of one page of `iter_latest_answers` rows.

    A row holds one JSON text per question, then the whole answers when `forms` is given (for
    the repeats).
    """
    columns = list(zip(*rows, strict=True))
    data = _meta_columns(columns[0], columns[1], [labels.get(i, "") for i in columns[2]])
    for position, question in enumerate(questions, start=3):
        data.update(_question_columns(question, _decoded(columns[position]), choices))
    if forms is not None:
        records = [(row[0], row[1], "", json.loads(row[-1])) for row in rows]
        data.update(_repeat_summaries(records, forms, wanted))
    return data


def _instances(answers: Mapping[str, Any], repeat: str) -> list[Mapping[str, Any]]:
    """The instances of `repeat` in saved answers, inside the instances of outer repeats too."""
    found: list[Mapping[str, Any]] = []
    for key, value in answers.items():
        if not isinstance(value, list):
            continue
        rows = [row for row in value if isinstance(row, Mapping)]
        if key == repeat:
            found += rows
        else:
            for row in rows:
                found += _instances(row, repeat)
    return found


def _repeat_columns(
    forms: Sequence[Form], wanted: Collection[str] | None = None
) -> tuple[list[str], dict[str, Question]]:
    """The repeats, and the questions inside repeats, that give a column (those `wanted`)."""
    repeats: dict[str, None] = {}
    inner: dict[str, Question] = {}
    for form in forms:
        for group in form.groups:
            if group.is_repeat:
                repeats.setdefault(group.name)
        for question in form.questions:
            if question.repeat is not None and (
                question.type in (QuestionType.SELECT_ONE, QuestionType.SELECT_MULTIPLE)
                or question.type in GEO_TYPES
                or question.type in MEDIA_TYPES
            ):
                inner.setdefault(question.name, question)
    if wanted is not None:
        repeats = {name: None for name in repeats if name in wanted}
        inner = {name: q for name, q in inner.items() if name in wanted}
    return list(repeats), inner


def _repeat_summaries(
    rows: Sequence[tuple[str, str, str, Mapping[str, Any]]],
    forms: Sequence[Form],
    wanted: Collection[str] | None = None,
) -> dict[str, Any]:
    """One value per questionnaire for what repeats hold, for the generic sheets.

    A repeat gives its number of instances; a select inside a repeat, the choices made in any
    instance (space-separated, as a select_multiple); a geopoint or a file inside a repeat, "1"
    when at least one instance has one. With `wanted`, only the columns it names.
    """
    repeats, inner = _repeat_columns(forms, wanted)
    data: dict[str, Any] = {}
    for repeat in repeats:
        counts = [float(len(_instances(r[3], repeat))) for r in rows]
        data[repeat] = pd.Series(counts, dtype=float)
    for name, question in inner.items():
        values = []
        for record in rows:
            found = [
                str(instance.get(name, "")).split()
                for instance in _instances(record[3], question.repeat or "")
                if instance.get(name)
            ]
            if question.choices is not None:
                values.append(" ".join(sorted({c for part in found for c in part})) or None)
            else:
                values.append("1" if found else None)
        data[name] = _categorical(values)[0]
    return data


def _union(columns: Sequence[pd.Series]) -> pd.Categorical:
    """Categorical columns joined; a page where nobody answered has no categories of its type."""
    answered = [c for c in columns if len(c.cat.categories)]
    if not answered:
        return pd.Categorical.from_codes(
            np.full(sum(len(c) for c in columns), -1), dtype=columns[0].dtype
        )
    empty = answered[0].cat.categories[:0]
    return union_categoricals(
        [c if len(c.cat.categories) else c.cat.set_categories(empty) for c in columns]
    )


def _sorted_frame(parts: list[dict[str, Any]]) -> pd.DataFrame:
    """The pages' columns one under the other, rows sorted by uuid, one column at a time.

    Each page's column is dropped once joined, so memory holds the frame plus one column, not
    two frames; pandas.concat would also turn categoricals of different categories into text.
    """
    uuids = np.concatenate([part["_uuid"].to_numpy() for part in parts])
    order = np.argsort(uuids, kind="stable")
    del uuids
    data: dict[str, Any] = {}
    for name in list(parts[0]):
        columns = [pd.Series(part.pop(name)) for part in parts]
        if isinstance(columns[0].dtype, pd.CategoricalDtype):
            data[name] = _union(columns).take(order)
        else:
            joined = pd.concat(columns, ignore_index=True)
            data[name] = pd.Series(joined.array.take(order), dtype=joined.dtype, copy=False)
    return pd.DataFrame(data)


def submissions_frame(
    store: Any,
    form_id: str = "habitants",
    *,
    page_size: int | None = None,
    questions: Collection[str] | None = None,
) -> pd.DataFrame:
    """The analysis frame of every questionnaire of `form_id` in `store`.

    One row per questionnaire that is not deleted and has a complete revision (its latest
    complete one); columns `_uuid`, `_zone`, `_version`, then one per question of every version
    of the form (see the module docstring), or only the columns named in `questions`. The store is
    read a page of questionnaires at a time (`page_size`, the store's own by default), each
    page made into columns before the next is read: the answers of every questionnaire are
    never all in memory.
    """
    versions = [v for v in store.form_versions() if v.form_id == form_id]
    forms: dict[int, Form] = {}
    for version in versions:
        forms[version.id] = store.stored_form(version.id)
    labels = {v.id: v.version for v in versions}
    # Oldest version first, so the newest labels win nowhere but column order is stable.
    ordered = [forms[v.id] for v in sorted(versions, key=lambda v: v.id)]
    flat, choices = _columns_of(ordered)
    if questions is not None:
        # A choice's column is made only when asked for by its own name too.
        flat = [q for q in flat if q.name in questions]
        choices = {
            name: [c for c in names if choice_column(name, c) in questions]
            for name, names in choices.items()
        }
    # Repeats are read from the whole answers; flat answers come out of the JSON in the store.
    repeats = ordered if any(_repeat_columns(ordered, questions)) else None
    # Imported « à vérifier »: out of every figure until a coordinator resolves them.
    to_review = store.pending_review_uuids() if hasattr(store, "pending_review_uuids") else set()
    names = [q.name for q in flat]
    paging = {} if page_size is None else {"page_size": page_size}
    pages = store.iter_latest_answers(form_id, names, whole=repeats is not None, **paging)
    parts = []
    # Newest first, the order the figures were always built in (categories follow it).
    for rows in pages:
        kept = [row for row in rows if row[0] not in to_review] if to_review else rows
        if kept:
            parts.append(_page_columns(kept, labels, flat, choices, repeats, questions))
        del rows, kept
    if not parts:
        empty = answers_frame([], ordered)
        if questions is None:
            return empty
        return empty[[c for c in empty.columns if c in META_COLUMNS or c in questions]]
    return _sorted_frame(parts)
