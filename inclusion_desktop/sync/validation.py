"""Checking rows imported from other tools with the form engine, as if typed in the app.

Each row goes through a :class:`~inclusion_desktop.questionnaire.session.FormSession`: the
same relevance, calculations, types, choice lists, constraints and required answers as the
screen. Only the questions the export has a column for are checked (a column absent from an
export is not an empty answer), and a question whose rules read what the export does not hold
(a repeat group left out of it) is not judged on a guess. Calculations are evaluated again:
a calculated question missing from the export, or disagreeing with it, takes the engine's value.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from inclusion_desktop.catalogue import Code, Said, Text, Translate, french
from inclusion_desktop.questionnaire.model import Form, Group, Question, QuestionType
from inclusion_desktop.questionnaire.session import (
    FormSession,
    Instance,
    instance_of,
    instance_path,
)

#: Functions whose value changes from one evaluation to the next.
_VOLATILE = re.compile(r"\b(?:uuid|random|now|today|once)\s*\(")

#: The rules, as the import report names them.
RULE_CODES = {
    "required": Code.IMPORT_RULE_REQUIRED,
    "type": Code.IMPORT_RULE_TYPE,
    "choice": Code.IMPORT_RULE_CHOICE,
    "constraint": Code.IMPORT_RULE_CONSTRAINT,
    "relevance": Code.IMPORT_RULE_RELEVANCE,
}
# Metadata written by the collecting tool, never typed by the person: not checked.
_METADATA = frozenset(
    {
        QuestionType.START,
        QuestionType.END,
        QuestionType.TODAY,
        QuestionType.DEVICEID,
        QuestionType.USERNAME,
    }
)


@dataclass(frozen=True, slots=True)
class RowProblem:
    """One answer of an imported file the form does not accept, located."""

    file: str
    line: int
    column: str
    question: str
    value: str
    rule: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        """The problem as JSON values, for ``--json``."""
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "question": self.question,
            "value": self.value,
            "rule": self.rule,
            "message": self.message,
        }

    def text(self, translate: Translate = french) -> str:
        """One line: file, line, column, question, value and the rule broken (French default)."""
        shown = (
            Text(Code.IMPORT_VALUE, {"value": self.value})
            if self.value
            else Text(Code.IMPORT_EMPTY_VALUE)
        )
        code = RULE_CODES.get(self.rule)
        return Text(
            Code.IMPORT_ROW_PROBLEM,
            {
                "file": self.file,
                "line": self.line,
                "column": self.column,
                "question": self.question,
                "value": shown,
                "rule": self.rule if code is None else Text(code),
                "message": self.message,
            },
        ).render(translate)


@dataclass(frozen=True, slots=True)
class Finding:
    """A problem before it is located in a file: question, repeat instance, value, rule."""

    question: str
    instance: tuple[str, int] | None
    value: str
    rule: str
    message: str


@dataclass(slots=True)
class Checked:
    """One row after the engine: answers with calculations evaluated, problems, changes."""

    answers: dict[str, Any]
    findings: list[Finding]
    recalculated: list[str]


class RowChecker:
    """Checks the answers of imported rows against one form (built once per import)."""

    def __init__(
        self, form: Form, absent: Iterable[str] = (), columns: Iterable[str] | None = None
    ) -> None:
        """`absent`: repeat groups the export does not hold; `columns`: the questions it has.

        A question typed by people that has no column is unknown (not empty), and so is
        whatever reads it.
        """
        self.form = form
        unknown: set[str] = set()
        self.columns = None if columns is None else frozenset(columns)
        if columns is not None:
            given = set(columns)
            unknown |= {
                q.name
                for q in form.questions
                if q.name not in given
                and q.calculation is None
                and q.type not in _METADATA
                and q.type is not QuestionType.NOTE
            }
        for name in absent:
            group = form.by_name.get(name)
            unknown.add(name)
            if isinstance(group, Group):
                unknown |= {item.name for item in _walk(group)}
        # A calculation reading an unknown value is unknown too (through its relevance as well).
        changed = True
        while changed:
            changed = False
            for question in form.questions:
                if question.name in unknown or question.calculation is None:
                    continue
                reads = set(question.calculation.references) | self._relevance_refs(question)
                if reads & unknown:
                    unknown.add(question.name)
                    changed = True
        self.unknown = frozenset(unknown)
        # Questions whose being asked cannot be told: neither relevance nor answer is judged.
        # Transitively: a question asked only after one whose being asked cannot be told (its
        # answer may have been cleared by the engine) cannot be told either.
        asked_unknown = {q.name for q in form.questions if self._relevance_refs(q) & unknown}
        changed = True
        while changed:
            changed = False
            for question in form.questions:
                if question.name not in asked_unknown and (
                    self._relevance_refs(question) & asked_unknown
                ):
                    asked_unknown.add(question.name)
                    changed = True
        self._asked_unknown = frozenset(asked_unknown)
        self._calculated = [q for q in form.questions if q.calculation is not None]
        # A calculation drawing a new value each time (an identifier, a draw, the time) keeps the
        # value the export carries: computing it again would only change it.
        volatile = {
            q.name
            for q in self._calculated
            if q.calculation is not None and _VOLATILE.search(q.calculation.source)
        }
        changed = True
        while changed:  # and so does a calculation copying one (a person's id, a parent's name)
            changed = False
            for question in self._calculated:
                assert question.calculation is not None
                if question.name not in volatile and (
                    set(question.calculation.references) & volatile
                ):
                    volatile.add(question.name)
                    changed = True
        self._volatile = frozenset(volatile)

    def _relevance_refs(self, item: Question | Group) -> set[str]:
        """The names read by the relevance of `item` and of every group around it."""
        names: set[str] = set()
        current: Question | Group | None = item
        while current is not None:
            if current.relevant is not None:
                names |= set(current.relevant.references)
            parent = current.parent
            current = self.form.by_name.get(parent) if parent else None
        return names

    def check(
        self,
        answers: Mapping[str, Any],
        present: Iterable[str],
        repeat_present: Mapping[str, Iterable[str]] | None = None,
    ) -> Checked:
        """Runs one row through the engine.

        `present`: the questions outside repeats the row has a column for; `repeat_present`:
        per repeat group, the questions its table has a column for.
        """
        session = FormSession(self.form, answers)
        findings: list[Finding] = []
        for name in present:
            question = self.form.by_name.get(name)
            if isinstance(question, Question) and question.repeat is None:
                finding = self._judge(session, question, None, answers.get(name, ""))
                if finding is not None:
                    findings.append(finding)
        for repeat, names in (repeat_present or {}).items():
            questions = [self.form.by_name.get(name) for name in names]
            # Numbered in table order: the instances of each outer instance in turn.
            for number, path in enumerate(session.instance_paths(repeat)):
                values = session.row(repeat, path) or {}
                for question in questions:
                    if isinstance(question, Question) and question.repeat == repeat:
                        finding = self._judge(
                            session, question, instance_of(path), values.get(question.name, "")
                        )
                        if finding is not None:
                            findings.append(replace(finding, instance=(repeat, number)))
        result = copy.deepcopy(dict(answers))
        changed: list[str] = []
        for question in self._calculated:
            exported = self.columns is None or question.name in self.columns
            if (question.name in self.unknown or question.name in self._volatile) and exported:
                continue  # reads what the export lacks, or draws anew: the exported value stays
            if question.repeat is None:
                value = session.value(question.name)
                if str(result.get(question.name, "")) != value:
                    changed.append(question.name)
                    if value:
                        result[question.name] = value
                    else:
                        result.pop(question.name, None)
            else:
                chain = session.repeat_chain(question.repeat)
                for path in session.instance_paths(question.repeat):
                    row = _row_at(result, chain, path)
                    value = session.value(question.name, instance_of(path))
                    if row is not None and str(row.get(question.name, "")) != value:
                        changed.append(question.name)
                        if value:
                            row[question.name] = value
                        else:
                            row.pop(question.name, None)
        return Checked(result, findings, changed)

    def _judge(
        self, session: FormSession, question: Question, instance: Instance, raw: Any
    ) -> Finding | None:
        if question.name in self._asked_unknown or question.type in _METADATA:
            return None
        if question.is_silent or question.type is QuestionType.NOTE:
            return None
        value = "" if raw is None else str(raw)
        where = None if instance is None else (str(question.repeat), instance_path(instance)[-1])
        if not session.is_relevant(question.name, instance):
            if value:
                return Finding(
                    question.name,
                    where,
                    value,
                    "relevance",
                    Said(Text(Code.IMPORT_IRRELEVANT_ANSWER)),
                )
            return None
        problem = session.check(question, instance)
        if problem is None:
            return None
        rule = problem[0]
        # A rule reading what the export lacks is not judged on a guess.
        expression = {
            "required": question.required_if,
            "constraint": question.constraint,
            "choice": question.choice_filter,
        }.get(rule)
        if expression is not None and set(expression.references) & self.unknown:
            return None
        return Finding(question.name, where, value, rule, problem[1])


def _walk(group: Group) -> Iterable[Question | Group]:
    for child in group.children:
        yield child
        if isinstance(child, Group):
            yield from _walk(child)


def _row_at(answers: dict[str, Any], chain: tuple[str, ...], path: tuple[int, ...]) -> Any:
    """The instance at `path` of the nested repeats `chain` in `answers`, or None."""
    row: Any = answers
    for name, index in zip(chain, path, strict=True):
        rows = row.get(name) if isinstance(row, dict) else None
        row = rows[index] if isinstance(rows, list) and index < len(rows) else None
    return row
