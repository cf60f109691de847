"""Indicator sheets: what a summary sheet shows, read from a TOML file, computed on the frame.

File format (resources/indicators/habitants.toml is the reference example):

    form_id = "habitants"
    title = { fr = "…", en = "…" }

    [[section]]                       # a block of the sheet, in order
    id = "equipement"
    label = { fr = "Équipement", en = "Equipment" }
    population = "${consentement} = 'oui'"     # optional: who the section is about

    [[section.indicator]]             # one proportion
    id = "smartphone"
    label = { fr = "Possède un smartphone", en = "Has a smartphone" }
    value = "selected(${equipement}, 'smartphone')"   # XPath subset of the forms
    population = "…"                  # optional, combined (and) with the section's
    answered = true                   # default: rows where a question of `value` is empty are
                                      # left out of the denominator
    cross = "aisance"                 # optional: one estimate per answer to this question
    comparisons = [ { value = 0.84, label = { fr = "France", en = "France" },
                      source = "CREDOC, Baromètre du numérique 2021" } ]

    [[section.indicator]]             # one proportion per choice of a question
    choices_of = "raison_sans_equipement"
    exclude = ["autre"]               # optional
    among = { fr = "parmi les non-équipé·es", en = "…" }   # optional: appended to each label
    comparisons_by_choice = { moyens = [ { value = 0.5, source = "…" } ] }

An indicator's denominator is every questionnaire where the section's and the indicator's
`population` are true (and, by default, the questions of `value` are answered); its numerator,
those of them where `value` is true.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from inclusion_desktop.analysis.weighting import (
    FLAG_SUPPRESSED,
    MIN_SHOWN,
    STACK_COLUMNS,
    DomainEstimates,
    SurveyDesign,
    flag_estimates,
    proportion_interval,
)
from inclusion_desktop.catalogue import Code, Text
from inclusion_desktop.errors import AppError
from inclusion_desktop.questionnaire.expressions import (
    Expression,
    ExpressionError,
    parse_expression,
)
from inclusion_desktop.questionnaire.model import (
    GEO_TYPES,
    MEDIA_TYPES,
    Form,
    Group,
    Question,
    QuestionType,
)

#: Indicators whose 0/1 values are held at once while estimating: 32 MB a million questionnaires.
INDICATORS_AT_ONCE = STACK_COLUMNS // 4
#: Domain label of the estimates on the whole sample.
TOTAL_DOMAIN = "ensemble"
RESULT_COLUMNS = (
    "section",
    "section_label_fr",
    "section_label_en",
    "indicator",
    "label_fr",
    "label_en",
    "cross",
    "cross_label_fr",
    "cross_label_en",
    "domain",
    "n",
    "p",
    "se",
    "ci_low",
    "ci_high",
    "flag",
    "comparison_value",
    "comparison_source",
    "comparisons",
    "n_eff",
    "max_weight_share",
)


class IndicatorFileError(AppError, ValueError):
    """An indicator file that cannot be used; the message, in French, says where."""

    area_code = Code.INDICATOR_FILE


@dataclass(frozen=True)
class Comparison:
    """A figure to compare an estimate with (national figure, earlier study…)."""

    value: float
    source: str
    label_fr: str = ""
    label_en: str = ""


@dataclass(frozen=True)
class Indicator:
    """One proportion of the sheet, possibly crossed by the answers to another question."""

    id: str
    label_fr: str
    label_en: str
    value: Expression
    population: tuple[Expression, ...] = ()
    answered: bool = True
    comparisons: tuple[Comparison, ...] = ()
    cross: str | None = None
    cross_levels: tuple[tuple[str, str, str], ...] = ()


@dataclass(frozen=True)
class Section:
    """A block of the sheet."""

    id: str
    label_fr: str
    label_en: str
    indicators: tuple[Indicator, ...]


@dataclass(frozen=True)
class IndicatorSheet:
    """Every indicator of a sheet, in order."""

    form_id: str
    title_fr: str
    title_en: str
    sections: tuple[Section, ...] = field(default_factory=tuple)

    @property
    def indicators(self) -> tuple[Indicator, ...]:
        """Every indicator of every section, in order."""
        return tuple(i for s in self.sections for i in s.indicators)

    @property
    def questions(self) -> frozenset[str]:
        """The questions the indicators read: in their values, populations and crosses."""
        names: set[str] = set()
        for indicator in self.indicators:
            for expression in (indicator.value, *indicator.population):
                names |= expression.references
            if indicator.cross is not None:
                names.add(indicator.cross)
        return frozenset(names)


# ------------------------------------------------------------------------------------------------
# Loading


def _labels(raw: Any, where: str | Text) -> tuple[str, str]:
    if isinstance(raw, str):
        return raw, raw
    if not isinstance(raw, Mapping) or not isinstance(raw.get("fr"), str):
        raise IndicatorFileError(code=Code.INDICATOR_LABEL, where=where)
    return raw["fr"], str(raw.get("en") or raw["fr"])


def _among(label: str, among: str) -> str:
    """A choice's label followed by who it is counted among (", parmi …"), when said."""
    return f"{label.rstrip(' .…')}, {among}" if among else label


def _expression(source: Any, where: str | Text, form: Form | None) -> Expression:
    if not isinstance(source, str) or not source.strip():
        raise IndicatorFileError(code=Code.INDICATOR_EMPTY_EXPRESSION, where=where)
    try:
        expression = parse_expression(source)
    except ExpressionError as exc:
        raise IndicatorFileError(
            code=Code.INDICATOR_EXPRESSION, where=where, error=exc, source=source
        ) from exc
    if form is not None:
        unknown = sorted(name for name in expression.references if name not in form.by_name)
        if unknown:
            raise IndicatorFileError(
                code=Code.INDICATOR_UNKNOWN_QUESTIONS
                if len(unknown) > 1
                else Code.INDICATOR_UNKNOWN_QUESTION,
                where=where,
                names=", ".join(unknown),
            )
    return expression


def _comparisons(raw: Any, where: str | Text) -> tuple[Comparison, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise IndicatorFileError(code=Code.INDICATOR_COMPARISONS_LIST, where=where)
    result = []
    for item in raw:
        value = item.get("value") if isinstance(item, Mapping) else None
        if not isinstance(value, int | float) or not 0 <= value <= 1:
            raise IndicatorFileError(code=Code.INDICATOR_COMPARISON_VALUE, where=where)
        label_fr, label_en = _labels(item.get("label", ""), where) if "label" in item else ("", "")
        result.append(Comparison(float(value), str(item.get("source", "")), label_fr, label_en))
    return tuple(result)


def _select(form: Form | None, name: str, where: str | Text) -> Question:
    if form is None:
        raise IndicatorFileError(code=Code.INDICATOR_NEEDS_FORM, where=where, name=name)
    item = form.by_name.get(name)
    if not isinstance(item, Question) or item.choices is None:
        raise IndicatorFileError(code=Code.INDICATOR_NOT_A_CHOICE, where=where, name=name)
    return item


def _choice_value(question: Question, choice: str) -> Expression:
    quote = '"' if "'" in choice else "'"  # a choice name may hold an apostrophe (Kobo forms)
    if question.type is QuestionType.SELECT_MULTIPLE:
        return parse_expression(f"selected(${{{question.name}}}, {quote}{choice}{quote})")
    return parse_expression(f"${{{question.name}}} = {quote}{choice}{quote}")


def _lang_label(form: Form, text: Any, lang: str) -> str:
    for name in form.languages:
        if name == lang or name.endswith(f"({lang})"):
            return str(text.get(name))
    return str(text.get(form.default_language))


def _indicator_entries(
    raw: Mapping[str, Any],
    section_population: tuple[Expression, ...],
    where: str | Text,
    form: Form | None,
) -> list[Indicator]:
    population = section_population
    if raw.get("population"):
        population = (*population, _expression(raw["population"], where, form))
    cross = raw.get("cross")
    levels: tuple[tuple[str, str, str], ...] = ()
    if cross is not None:
        question = _select(form, str(cross), where)
        assert form is not None and question.choices is not None
        levels = tuple(
            (c.name, _lang_label(form, c.label, "fr"), _lang_label(form, c.label, "en"))
            for c in question.choices.choices
        )
    common: dict[str, Any] = {
        "population": population,
        "answered": bool(raw.get("answered", True)),
        "cross": None if cross is None else str(cross),
        "cross_levels": levels,
    }
    if "choices_of" in raw:
        question = _select(form, str(raw["choices_of"]), where)
        assert form is not None and question.choices is not None
        base = str(raw.get("id") or question.name)
        exclude = set(raw.get("exclude", ()))
        by_choice = raw.get("comparisons_by_choice", {}) or {}
        # « parmi les non-équipé·es »: a choice's label alone does not say who is counted.
        among_fr, among_en = _labels(raw["among"], where) if raw.get("among") else ("", "")
        return [
            Indicator(
                id=f"{base}.{choice.name}",
                label_fr=_among(_lang_label(form, choice.label, "fr"), among_fr),
                label_en=_among(_lang_label(form, choice.label, "en"), among_en),
                value=_choice_value(question, choice.name),
                comparisons=_comparisons(by_choice.get(choice.name), where),
                **common,
            )
            for choice in question.choices.choices
            if choice.name not in exclude
        ]
    if "id" not in raw or "value" not in raw:
        raise IndicatorFileError(code=Code.INDICATOR_ID_AND_VALUE, where=where)
    label_fr, label_en = _labels(raw.get("label"), where)
    return [
        Indicator(
            id=str(raw["id"]),
            label_fr=label_fr,
            label_en=label_en,
            value=_expression(raw["value"], where, form),
            comparisons=_comparisons(raw.get("comparisons"), where),
            **common,
        )
    ]


def parse_indicators(
    text: str, form: Form | None = None, *, name: str = "indicateurs"
) -> IndicatorSheet:
    """Reads an indicator file's TOML text; `form` resolves choice lists and checks names."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise IndicatorFileError(
            code=Code.INDICATOR_UNREADABLE, name=name, reason=str(exc)
        ) from exc
    title_fr, title_en = _labels(data.get("title", name), name)
    sections = []
    seen: set[str] = set()
    for index, raw_section in enumerate(data.get("section", []), start=1):
        where = Text(
            Code.INDICATOR_PLACE_SECTION, {"file": name, "section": raw_section.get("id", index)}
        )
        label_fr, label_en = _labels(raw_section.get("label"), where)
        population: tuple[Expression, ...] = ()
        if raw_section.get("population"):
            population = (_expression(raw_section["population"], where, form),)
        indicators: list[Indicator] = []
        for position, raw in enumerate(raw_section.get("indicator", []), start=1):
            spot = Text(
                Code.INDICATOR_PLACE_INDICATOR,
                {"section": where, "indicator": raw.get("id", raw.get("choices_of", position))},
            )
            for indicator in _indicator_entries(raw, population, spot, form):
                if indicator.id in seen:
                    raise IndicatorFileError(
                        code=Code.INDICATOR_DUPLICATE_ID, where=spot, id=indicator.id
                    )
                seen.add(indicator.id)
                indicators.append(indicator)
        sections.append(
            Section(str(raw_section.get("id", index)), label_fr, label_en, tuple(indicators))
        )
    return IndicatorSheet(str(data.get("form_id", "")), title_fr, title_en, tuple(sections))


def load_indicators(source: str | Path, form: Form | None = None) -> IndicatorSheet:
    """Loads an indicator file from a path, or the shipped one of a form id ("habitants").

    Without `form`, the shipped questionnaire of the same form id is used to resolve choices.
    """
    path = Path(source)
    if path.suffix == ".toml" or path.exists():
        text = path.read_text(encoding="utf-8")
        name = path.name
    else:
        node = resources.files("inclusion_desktop.resources") / "indicators" / f"{source}.toml"
        if not node.is_file():
            raise IndicatorFileError(code=Code.INDICATOR_NO_FILE, form=str(source))
        text = node.read_text(encoding="utf-8")
        name = f"{source}.toml"
    if form is None:
        form_id = tomllib.loads(text).get("form_id", str(source))
        from inclusion_desktop.questionnaire.bundled import BUNDLED_FORMS, load_bundled_form

        filename = f"{form_id}.xlsx"
        if filename in BUNDLED_FORMS:
            form = load_bundled_form(filename)
    return parse_indicators(text, form, name=name)


def has_indicator_file(form_id: str) -> bool:
    """True when the app ships an indicator file for `form_id`."""
    node = resources.files("inclusion_desktop.resources") / "indicators" / f"{form_id}.toml"
    return node.is_file()


def generic_indicators(form: Form) -> IndicatorSheet:
    """The sheet of a form without an indicator file: every select question's distribution.

    Repeats are summarised per questionnaire (at least one instance; the choices made in any
    instance), geopoints and attached files counted (share of questionnaires with one).
    """
    sections = []
    for item in form.walk():
        if isinstance(item, Group) and item.is_repeat:
            sections.append(_repeat_section(form, item))
            continue
        if not isinstance(item, Question) or "/" in item.name:
            continue  # a name reused in another group has no ${} of its own
        question = item
        if question.type in GEO_TYPES or question.type in MEDIA_TYPES:
            sections.append(_presence_section(form, question))
            continue
        choice_list = question.choices
        if choice_list is None:
            continue
        if question.type not in (QuestionType.SELECT_ONE, QuestionType.SELECT_MULTIPLE):
            continue
        if question.repeat is not None:
            # Summarised over the instances: the choices made in any of them.
            question = replace(question, type=QuestionType.SELECT_MULTIPLE)
        # A filtered list (quartiers by commune) repeats choice names: one indicator per name.
        unique = {choice.name: choice for choice in reversed(choice_list.choices)}
        indicators = tuple(
            Indicator(
                id=f"{question.name}.{choice.name}",
                label_fr=_lang_label(form, choice.label, "fr"),
                label_en=_lang_label(form, choice.label, "en"),
                value=_choice_value(question, choice.name),
            )
            for choice in choice_list.choices
            if unique[choice.name] is choice
        )
        sections.append(
            Section(
                question.name,
                _lang_label(form, question.label, "fr") or question.name,
                _lang_label(form, question.label, "en") or question.name,
                indicators,
            )
        )
    return IndicatorSheet(form.form_id, form.title, form.title, tuple(sections))


def _repeat_section(form: Form, group: Group) -> Section:
    """How many questionnaires have at least one instance of a repeat."""
    label_fr = _lang_label(form, group.label, "fr") or group.name
    label_en = _lang_label(form, group.label, "en") or group.name
    indicator = Indicator(
        id=f"{group.name}.au_moins_un",
        label_fr="Au moins une répétition",
        label_en="At least one repetition",
        value=parse_expression(f"${{{group.name}}} > 0"),
        answered=False,
    )
    return Section(group.name, label_fr, label_en, (indicator,))


def _presence_section(form: Form, question: Question) -> Section:
    """How many questionnaires have a position (geopoint…) or an attached file."""
    is_geo = question.type in GEO_TYPES
    indicator = Indicator(
        id=f"{question.name}.renseigne",
        label_fr="Position relevée" if is_geo else "Fichier joint",
        label_en="Location recorded" if is_geo else "File attached",
        value=parse_expression(f"${{{question.name}}} != ''"),
        answered=False,
    )
    return Section(
        question.name,
        _lang_label(form, question.label, "fr") or question.name,
        _lang_label(form, question.label, "en") or question.name,
        (indicator,),
    )


# ------------------------------------------------------------------------------------------------
# Evaluation on the frame


class _Answers:
    """Evaluation context over one combination of answers."""

    def __init__(self, values: Mapping[str, str]) -> None:
        self.values = values

    def nodeset(self, name: str) -> list[str | dt.date | dt.datetime]:
        return [self.values.get(name, "")]

    def current(self) -> str:
        return ""

    def choice_label(self, question: str, value: str) -> str:
        return value

    def position(self) -> int:
        return 0

    def now(self) -> dt.datetime:
        return dt.datetime.now()


def _as_text(series: pd.Series) -> np.ndarray[Any, Any]:
    """Answers as the expressions see them: strings, "" when missing, 3.0 as "3"."""
    if pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series.dtype):
        values = series.to_numpy(dtype=float, na_value=np.nan)
        return np.array(
            ["" if np.isnan(v) else (str(int(v)) if v == int(v) else repr(v)) for v in values],
            dtype=object,
        )
    text: np.ndarray[Any, Any] = (
        series.astype(object).where(series.notna(), "").astype(str).to_numpy(dtype=object)
    )
    return text


_CodeCache = dict[str, tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]]


def _indicator_matrix(
    frame: pd.DataFrame,
    indicators: Sequence[Indicator],
    dtype: type = np.float32,
    code_cache: _CodeCache | None = None,
) -> np.ndarray[Any, Any]:
    """One column per indicator (rows in frame order): 1 or 0 in its population, NaN outside.

    Each expression is evaluated once per distinct combination of the answers it reads, not per
    questionnaire; answers are read through their codes, so no text is made per row.
    `code_cache` keeps those codes from one call to the next on the same frame.
    """
    n = len(frame)
    if code_cache is None:
        code_cache = {}

    def column(name: str) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
        """Codes per row and the text of each code (the last one, "", for missing)."""
        if name not in code_cache:
            if name in frame:
                codes, uniques = pd.factorize(frame[name], use_na_sentinel=True)
                texts = np.append(_as_text(pd.Series(uniques)), "")
                codes = np.where(codes < 0, len(texts) - 1, codes).astype(np.int32)
            else:
                codes, texts = np.zeros(n, dtype=np.int32), np.array([""], dtype=object)
            code_cache[name] = (codes, texts)
        return code_cache[name]

    result: np.ndarray[Any, Any] = np.empty((n, len(indicators)), dtype=dtype)
    combos: dict[tuple[str, ...], tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]] = {}
    for position_k, indicator in enumerate(indicators):
        expressions = (indicator.value, *indicator.population)
        names = sorted(set().union(*(e.references for e in expressions)))
        if tuple(names) in combos:
            first, inverse = combos[tuple(names)]
        elif names:
            key = np.zeros(n, dtype=np.int64)
            for name in names:
                codes = column(name)[0]
                key = key * (int(codes.max(initial=0)) + 1) + codes
                key = pd.factorize(key)[0].astype(np.int64)
            uniq, first, inverse = np.unique(key, return_index=True, return_inverse=True)
            combos[tuple(names)] = (first, inverse)
        else:
            first, inverse = np.zeros(1, dtype=np.int64), np.zeros(n, dtype=np.int64)
        outcome: np.ndarray[Any, Any] = np.empty(len(first), dtype=dtype)
        for position, row in enumerate(first):
            values = {}
            for name in names:
                codes, texts = column(name)
                values[name] = str(texts[codes[row]])
            context = _Answers(values)
            inside = all(e.evaluate_bool(context) for e in indicator.population)
            if inside and indicator.answered:
                inside = all(values.get(ref, "") != "" for ref in indicator.value.references)
            outcome[position] = float(indicator.value.evaluate_bool(context)) if inside else np.nan
        if n:
            result[:, position_k] = outcome[inverse.reshape(-1)]
    return result


def indicator_values(frame: pd.DataFrame, indicators: Sequence[Indicator]) -> pd.DataFrame:
    """One float column per indicator: 1 or 0 in its population, NaN outside.

    Each expression is evaluated once per distinct combination of the answers it reads, not per
    questionnaire.
    """
    matrix = _indicator_matrix(frame, indicators, np.float64)
    ids = [i.id for i in indicators]
    return pd.DataFrame(matrix, index=frame.index, columns=ids, copy=False)


def _side_by_side(parts: Sequence[DomainEstimates]) -> DomainEstimates:
    """Estimates of groups of indicators on the same domains, as if estimated together."""
    if len(parts) == 1:
        return parts[0]

    def joined(arrays: list[Any]) -> Any:
        return None if any(a is None for a in arrays) else np.hstack(arrays)

    return DomainEstimates(
        np.hstack([p.n for p in parts]),
        np.hstack([p.estimate for p in parts]),
        np.hstack([p.se for p in parts]),
        joined([p.n_eff for p in parts]),
        joined([p.max_share for p in parts]),
    )


def _domain_column(frame: pd.DataFrame, by: str | None) -> str | None:
    if by is None or by in frame:
        return by
    if f"_{by}" in frame:
        return f"_{by}"
    raise KeyError(by)


def compute_indicators(
    frame: pd.DataFrame,
    design: SurveyDesign,
    indicators: IndicatorSheet,
    by: str | None = "zone",
    *,
    include_total: bool = True,
) -> pd.DataFrame:
    """Every indicator of the sheet, estimated on each domain of `by` and on the whole sample.

    `by` is a frame column ("zone" stands for `_zone`); the whole sample is the domain
    "ensemble". `design` must be built on `frame`. Columns: see RESULT_COLUMNS; `cross` is empty
    except for crossed indicators; suppressed estimates (n < 5) have NaN values.
    """
    if len(design.frame) != len(frame):
        raise ValueError("Le plan de sondage ne correspond pas au tableau des réponses.")
    column = _domain_column(frame, by)
    if column is None:
        zone_codes = np.zeros(len(frame), dtype=np.int64)
        zone_labels: list[Any] = [TOTAL_DOMAIN]
    else:
        codes, uniques = pd.factorize(frame[column].to_numpy(), sort=True)
        zone_codes, zone_labels = codes.astype(np.int64), list(uniques)
    passes: list[tuple[np.ndarray[Any, Any], list[Any]]] = [(zone_codes, zone_labels)]
    if include_total and column is not None:
        passes.append((np.zeros(len(frame), dtype=np.int64), [TOTAL_DOMAIN]))

    section_of = {i.id: s for s in indicators.sections for i in s.indicators}
    blocks: dict[str | None, list[Indicator]] = {}
    for indicator in indicators.indicators:
        blocks.setdefault(indicator.cross, []).append(indicator)
    parts = []
    code_cache: _CodeCache = {}
    for cross, members in blocks.items():
        if cross is None:
            level_codes = np.zeros(len(frame), dtype=np.int64)
            levels: list[tuple[str, str, str]] = [("", "", "")]
        else:
            levels = list(members[0].cross_levels)
            answers = _as_text(frame[cross]) if cross in frame else np.full(len(frame), "", object)
            level_codes = pd.Index([lvl[0] for lvl in levels]).get_indexer(answers).astype(np.int64)
        pass_codes = [
            np.where(
                (domain_codes >= 0) & (level_codes >= 0),
                domain_codes * len(levels) + level_codes,
                -1,
            )
            for domain_codes, _labels in passes
        ]
        found: list[list[DomainEstimates]] = [[] for _ in passes]
        # A few indicators at a time: the 0/1 values of every indicator at once would take
        # gigabytes on a million questionnaires. Float32 holds 0/1/NaN exactly.
        for start in range(0, len(members), INDICATORS_AT_ONCE):
            matrix = _indicator_matrix(
                frame, members[start : start + INDICATORS_AT_ONCE], np.float32, code_cache
            )
            for found_in_pass, combined, (_codes, labels) in zip(
                found, pass_codes, passes, strict=True
            ):
                found_in_pass.append(
                    design.estimate_matrix(
                        matrix, combined, len(labels) * len(levels), kind="proportion"
                    )
                )
            del matrix
        for parts_of_pass, (_codes, labels) in zip(found, passes, strict=True):
            estimates = _side_by_side(parts_of_pass)
            n = estimates.n.ravel()
            p = estimates.estimate.ravel()
            se = estimates.se.ravel()
            low, high = proportion_interval(p, se, n)
            # Flags and masking follow the effective sample size (Kish), not the raw count.
            n_eff = n if estimates.n_eff is None else estimates.n_eff.ravel()
            share = (
                np.full(len(n), np.nan)
                if estimates.max_share is None
                else estimates.max_share.ravel()
            )
            hidden = np.round(n_eff, 6) < MIN_SHOWN
            count = len(members)
            cells = len(labels) * len(levels)
            parts.append(
                pd.DataFrame(
                    {
                        "indicator_index": np.tile(np.arange(count), cells),
                        "cross_index": np.repeat(np.arange(cells) % len(levels), count),
                        "domain": np.repeat(np.array(labels, dtype=object), len(levels) * count),
                        "n": n.astype(np.int64),
                        "p": np.where(hidden, np.nan, p),
                        "se": np.where(hidden, np.nan, se),
                        "ci_low": np.where(hidden, np.nan, low),
                        "ci_high": np.where(hidden, np.nan, high),
                        "flag": flag_estimates(np.round(n_eff, 6)),
                        "n_eff": n_eff,
                        "max_weight_share": share,
                        "_block": [cross] * (cells * count),
                    }
                )
            )
    if not parts:
        return pd.DataFrame(columns=list(RESULT_COLUMNS))
    table = pd.concat(parts, ignore_index=True)
    rows: dict[str, list[Any]] = {name: [] for name in RESULT_COLUMNS if name not in table}
    for block, index, level in zip(
        table["_block"], table["indicator_index"], table["cross_index"], strict=True
    ):
        indicator = blocks[block][index]
        section = section_of[indicator.id]
        code, fr, en = indicator.cross_levels[level] if block is not None else ("", "", "")
        first = indicator.comparisons[0] if indicator.comparisons else None
        rows["section"].append(section.id)
        rows["section_label_fr"].append(section.label_fr)
        rows["section_label_en"].append(section.label_en)
        rows["indicator"].append(indicator.id)
        rows["label_fr"].append(indicator.label_fr)
        rows["label_en"].append(indicator.label_en)
        rows["cross"].append(code)
        rows["cross_label_fr"].append(fr)
        rows["cross_label_en"].append(en)
        rows["comparison_value"].append(np.nan if first is None else first.value)
        rows["comparison_source"].append("" if first is None else first.source)
        rows["comparisons"].append(indicator.comparisons)
    for name, items in rows.items():
        table[name] = items
    order = {i.id: k for k, i in enumerate(indicators.indicators)}
    table["_order"] = table["indicator"].map(order)
    table["_total"] = table["domain"].eq(TOTAL_DOMAIN) & (column is not None)
    table = table.sort_values(["_order", "_total", "domain", "cross_index"], kind="stable")
    return table[list(RESULT_COLUMNS)].reset_index(drop=True)


__all__ = [
    "FLAG_SUPPRESSED",
    "Comparison",
    "Indicator",
    "IndicatorFileError",
    "IndicatorSheet",
    "Section",
    "compute_indicators",
    "generic_indicators",
    "has_indicator_file",
    "indicator_values",
    "load_indicators",
    "parse_indicators",
]
