"""Keying paper questionnaires: choice codes, when a typed answer is complete, double entry.

Staff key paper forms heads-down: every choice has a number code, a field is left by itself as
soon as its code cannot be the start of another, and a second blind keying of a sample is
compared question by question, as CSPro and EpiData do.
"""

from __future__ import annotations

import copy
import random
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from inclusion_desktop.catalogue import DISCREPANCY_LABELS, Translate, french
from inclusion_desktop.questionnaire.model import (
    MEDIA_TYPES,
    Choice,
    Form,
    Group,
    Question,
    QuestionType,
)
from inclusion_desktop.questionnaire.session import stored_from_typed

if TYPE_CHECKING:
    from inclusion_desktop.store import Store

#: The questionnaire whose paper copies are keyed, and whose keying report both front ends show.
KEYED_FORM_ID = "habitants"


def keyed_questions(form: Form) -> list[tuple[int, Question]]:
    """The questions keying mode shows, with their number (1, 2, …), in sheet order.

    Calculations, metadata, notes and questions inside repeat groups are not keyed; the paper
    questionnaire prints the same numbers so that a keyer reads them off the page.
    """
    shown = [
        question
        for question in form.questions
        if not question.is_silent and question.type is not QuestionType.NOTE and not question.repeat
    ]
    return list(enumerate(shown, start=1))


def choice_codes(choices: Sequence[Choice]) -> dict[str, str]:
    """Maps each code ("1", "2", … "12") to its choice name, in the order of the list."""
    return {str(index): choice.name for index, choice in enumerate(choices, start=1)}


def code_of(choices: Sequence[Choice], name: str) -> str:
    """The code of the choice `name` ("" when the choice is not in the list)."""
    for code, choice_name in choice_codes(choices).items():
        if choice_name == name:
            return code
    return ""


def is_complete_code(typed: str, codes: Iterable[str]) -> bool:
    """True when `typed` is a code that no other code begins with (so the field can be left)."""
    codes = list(codes)
    return typed in codes and not any(code != typed and code.startswith(typed) for code in codes)


def parse_codes(question: Question, typed: str, choices: Sequence[Choice]) -> str | None:
    """The stored value for typed codes ("1 3", or "13" when every code is one digit).

    None when a code is unknown.
    """
    codes = choice_codes(choices)
    text = typed.strip()
    if not text:
        return ""
    if question.type is QuestionType.SELECT_ONE:
        return codes.get(text)
    parts = text.replace(",", " ").split()
    if len(parts) == 1 and len(codes) <= 9 and len(text) > 1:
        parts = list(text)  # "134" means 1, 3 and 4 when every code is one digit
    names = []
    for part in parts:
        if part not in codes:
            return None
        if codes[part] not in names:
            names.append(codes[part])
    order = list(codes.values())
    return " ".join(sorted(names, key=order.index))


def unknown_code(question: Question, typed: str, choices: Sequence[Choice]) -> str | None:
    """The first typed code that no choice code is or can become ("7" with 4 choices), or None.

    Checked at every key press, so a wrong code is refused as it is typed: a code still being
    typed ("1" when there are 12 choices) is fine, a finished one must exist. For several
    answers, every code before the last is finished (a space or comma follows it), and when every
    code is one digit, "134" is three codes.
    """
    codes = list(choice_codes(choices))
    text = typed.strip()
    if not text:
        return None
    if question.type is QuestionType.ACKNOWLEDGE:
        return None if text == "1" else text
    if question.type is QuestionType.SELECT_ONE:
        return None if any(code.startswith(text) for code in codes) else text
    if question.type is not QuestionType.SELECT_MULTIPLE:
        return None
    if len(codes) <= 9:
        parts = [char for char in text if char not in " ,"]
        finished = parts
    else:
        parts = text.replace(",", " ").split()
        # The last code is still being typed unless a separator follows it.
        finished = parts if typed[-1:] in (" ", ",") else parts[:-1]
    for part in parts:
        if part in finished and part not in codes:
            return part
        if part not in finished and not any(code.startswith(part) for code in codes):
            return part
    return None


def accepted_prefix(question: Question, typed: str, choices: Sequence[Choice]) -> str:
    """The longest beginning of `typed` with no unknown code: what a field keeps of a bad key."""
    end = len(typed)
    while end > 0 and unknown_code(question, typed[:end], choices) is not None:
        end -= 1
    return typed[:end]


def displayed_codes(question: Question, value: str, choices: Sequence[Choice]) -> str:
    """The codes to show for a stored select value (the inverse of parse_codes)."""
    if not value:
        return ""
    codes = [code_of(choices, name) for name in value.split()]
    return " ".join(code for code in codes if code)


#: How a date is keyed, by the precision its appearance asks for (year, month-year).
DATE_KEYING = {"day": "JJMMAAAA", "month-year": "MMAAAA", "year": "AAAA"}


def parse_keyed_value(question: Question, typed: str) -> str:
    """Converts a typed non-select answer into its stored form (dates keyed as JJMMAAAA)."""
    return stored_from_typed(question.type, typed, question.date_precision)


def is_complete_value(question: Question, typed: str) -> bool:
    """True when a typed non-select answer cannot grow (a full JJMMAAAA date, HHMM time)."""
    digits = typed.replace("/", "").replace(":", "")
    if question.type is QuestionType.DATE:
        return len(digits) == len(DATE_KEYING[question.date_precision]) and digits.isdigit()
    if question.type is QuestionType.TIME:
        return len(digits) == 4 and digits.isdigit()
    return False


# -- double entry ---------------------------------------------------------------------------------


def needs_second_keying(paper_number: str, share: int, seed: str) -> bool:
    """Whether a paper form is in the verification sample: all (share 1) or 1 in `share`.

    The draw depends only on the campaign seed and the paper number, so every laptop and every
    operator gets the same answer for the same form, as CSPro's verification sample does.
    """
    if share <= 1:
        return True
    return random.Random(f"{seed}:{paper_number.strip()}").randrange(share) == 0


@dataclass(frozen=True, slots=True)
class Discrepancy:
    """One answer keyed differently the first and second time.

    `question` is the answer's key: a question's name (« age »), a question of a repeat instance
    (« personne[2]/age », numbered from 1, nested repeats one step each) or, for the number of
    instances of a repeat, the repeat's own key (« personne », « personne[2]/enfant »).
    """

    question: str
    first: str
    second: str


def compare_keyings(
    form: Form, first: Mapping[str, Any], second: Mapping[str, Any]
) -> list[Discrepancy]:
    """Every answer whose two keyings differ (missing in one counts), in sheet order.

    Repeats are compared by their number of instances, then instance by instance by position
    (the n-th person keyed first against the n-th keyed second), nested repeats included.
    Attached files are not compared: they are chosen on disk, not read off the paper.
    """
    differences: list[Discrepancy] = []
    _compare(form.children, first, second, "", differences)
    return differences


def _compare(
    items: Iterable[Question | Group],
    first: Mapping[str, Any],
    second: Mapping[str, Any],
    prefix: str,
    into: list[Discrepancy],
) -> None:
    """Appends to `into` the differences of one level of answers, in sheet order."""
    for item in items:
        if isinstance(item, Group):
            if not item.is_repeat:
                _compare(item.children, first, second, prefix, into)
                continue
            mine, theirs = _instances(first, item.name), _instances(second, item.name)
            if len(mine) != len(theirs):
                into.append(Discrepancy(prefix + item.name, str(len(mine)), str(len(theirs))))
            for number, (row, other) in enumerate(zip(mine, theirs, strict=False), start=1):
                _compare(item.children, row, other, f"{prefix}{item.name}[{number}]/", into)
            continue
        if item.is_silent or item.type is QuestionType.NOTE or item.type in MEDIA_TYPES:
            continue
        one = _normalised(item, first.get(item.name, ""))
        two = _normalised(item, second.get(item.name, ""))
        if one != two:
            into.append(Discrepancy(prefix + item.name, one, two))


_STEP = re.compile(r"^(?P<name>[^\[\]/]+)\[(?P<number>[1-9][0-9]*)\]$")


def _parse_key(key: str) -> tuple[list[tuple[str, int]], str] | None:
    """The repeat instances (name, number from 1) a key goes through and its last name."""
    *steps, last = key.split("/")
    path = []
    for step in steps:
        match = _STEP.match(step)
        if match is None:
            return None
        path.append((match["name"], int(match["number"])))
    return path, last


def _level_at(answers: Mapping[str, Any], path: list[tuple[str, int]]) -> Mapping[str, Any] | None:
    """The answers of the instance `path` leads to (None when there is no such instance)."""
    level: Mapping[str, Any] | None = answers
    for name, number in path:
        rows = _instances(level, name) if level is not None else []
        level = rows[number - 1] if number <= len(rows) else None
    return level


def answer_at(form: Form, answers: Mapping[str, Any], key: str) -> str:
    """The answer a discrepancy key designates ("" when absent; a count for a repeat's key)."""
    parsed = _parse_key(key)
    if parsed is None:
        return ""
    path, name = parsed
    level = _level_at(answers, path)
    if level is None:
        return ""
    item = form.by_name.get(name)
    if isinstance(item, Group) and item.is_repeat:
        return str(len(_instances(level, name)))
    return str(level.get(name, ""))


def question_at(form: Form, key: str) -> Question | None:
    """The question a discrepancy key designates (None for a repeat's number of instances)."""
    parsed = _parse_key(key)
    item = form.by_name.get(parsed[1]) if parsed is not None else None
    return item if isinstance(item, Question) else None


def discrepancy_label(form: Form, key: str, translate: Translate = french) -> str:
    """How the discrepancy lists name an answer: « Personne n° 2 : Âge », « Âge ».

    A repeat's number of instances reads « Personne : nombre de répétitions »; nested repeats
    name each instance (« Personne n° 2, Enfant n° 1 : Prénom »).
    """
    parsed = _parse_key(key)
    if parsed is None:
        return key
    path, name = parsed

    def label_of(item_name: str) -> str:
        item = form.by_name.get(item_name)
        return (item.label.get(form.default_language) if item is not None else "") or item_name

    places = [
        DISCREPANCY_LABELS.label("instance", translate).format(repeat=label_of(repeat), number=n)
        for repeat, n in path
    ]
    item = form.by_name.get(name)
    if isinstance(item, Group) and item.is_repeat:
        places.append(label_of(name))
        return DISCREPANCY_LABELS.label("count", translate).format(place=", ".join(places))
    if not places:
        return label_of(name)
    return DISCREPANCY_LABELS.label("question", translate).format(
        place=", ".join(places), question=label_of(name)
    )


def _normalised(question: Question, value: Any) -> str:
    text = str(value).strip()
    if question.type is QuestionType.SELECT_MULTIPLE:
        return " ".join(sorted(text.split()))
    if question.type is QuestionType.TEXT:
        return " ".join(text.split()).casefold()
    return text


def merge_verified(
    first: Mapping[str, Any],
    second: Mapping[str, Any],
    picks: Mapping[str, str],
    *,
    form: Form,
) -> dict[str, Any]:
    """The verified answers: the first keying, with each discrepancy set to the picked value.

    Attached files are not compared (see compare_keyings): a file only the second keying
    attached is kept, so that no file chosen for the paper form is lost. Inside repeats,
    instances are matched by position, nested repeats included.

    A repeat's number of instances picked takes the instances of that repeat as the keying
    whose number it is has them; the picks inside instances then apply to them.
    """
    merged = copy.deepcopy(dict(first))
    # Numbers of instances first, outer repeats before inner ones, then the answers.
    ordered = sorted(
        picks.items(), key=lambda pick: (question_at(form, pick[0]) is not None, pick[0].count("/"))
    )
    for key, value in ordered:
        parsed = _parse_key(key)
        if parsed is None:
            continue
        path, name = parsed
        level = _level_at(merged, path)
        if not isinstance(level, dict):
            continue  # an instance the picks above removed
        if question_at(form, key) is None and isinstance(form.by_name.get(name), Group):
            # The instances of the keying whose number was picked, as that keying has them.
            for keying in (first, second):
                source = _level_at(keying, path)
                rows = _instances(source, name) if source is not None else []
                if value == str(len(rows)):
                    if rows:
                        level[name] = copy.deepcopy(rows)
                    else:
                        level.pop(name, None)
                    break
        elif value == "":
            level.pop(name, None)
        else:
            level[name] = value
    _keep_second_files(form.children, merged, second)
    return merged


def _level(items: Iterable[Question | Group]) -> tuple[list[Question], list[Group]]:
    """The questions and the repeats of one level of answers (through groups that do not repeat)."""
    questions: list[Question] = []
    repeats: list[Group] = []
    for item in items:
        if isinstance(item, Group):
            if item.is_repeat:
                repeats.append(item)
            else:
                inner_questions, inner_repeats = _level(item.children)
                questions += inner_questions
                repeats += inner_repeats
        else:
            questions.append(item)
    return questions, repeats


def _instances(answers: Mapping[str, Any], repeat: str) -> list[dict[str, Any]]:
    """The instances of `repeat` in one level of answers ([] when it has none)."""
    rows = answers.get(repeat)
    return [row for row in rows if isinstance(row, dict)] if isinstance(rows, list) else []


def _keep_second_files(
    items: Iterable[Question | Group], merged: dict[str, Any], second: Mapping[str, Any]
) -> None:
    """Copies into `merged` each file only `second` attached, instance by instance."""
    questions, repeats = _level(items)
    for question in questions:
        name = question.name
        if question.type in MEDIA_TYPES and not merged.get(name) and second.get(name):
            merged[name] = second[name]
    for repeat in repeats:
        for row, other in zip(
            _instances(merged, repeat.name), _instances(second, repeat.name), strict=False
        ):
            _keep_second_files(repeat.children, row, other)


@dataclass(frozen=True, slots=True)
class KeyingFigures:
    """Keying and verification figures for one operator or one question."""

    key: str
    keyed: int
    verified: int
    discrepancies: int

    @property
    def discrepancy_rate(self) -> float:
        """Discrepancies per verified questionnaire (per operator) or per verified answer."""
        return self.discrepancies / self.verified if self.verified else 0.0

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "key": self.key,
            "keyed": self.keyed,
            "verified": self.verified,
            "discrepancies": self.discrepancies,
            "discrepancy_rate": round(self.discrepancy_rate, 4),
        }


@dataclass(frozen=True, slots=True)
class KeyingReport:
    """Keying and double-entry figures of a store, as EpiData's double-entry report gives them."""

    by_operator: list[KeyingFigures]
    by_question: list[KeyingFigures]
    awaiting_second_keying: list[str]
    pending_review: int
    duplicate_paper_numbers: list[str]
    #: The French label of each key of `by_question` (discrepancy_label), when the form is known.
    question_labels: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "by_operator": [figures.as_dict() for figures in self.by_operator],
            "by_question": [
                {**figures.as_dict(), "label": self.question_labels.get(figures.key, figures.key)}
                for figures in self.by_question
            ],
            "awaiting_second_keying": self.awaiting_second_keying,
            "pending_review": self.pending_review,
            "duplicate_paper_numbers": self.duplicate_paper_numbers,
        }


def keying_report(store: Store, form: Form | None, *, share: int, seed: str) -> KeyingReport:
    """Per operator and per question: questionnaires keyed, verified, discrepancies."""
    keyed = [row for row in store.keyed_submissions() if row.status == "complete"]
    verifications = store.verifications()
    operator_of = {row.uuid: row.operator_name or "—" for row in keyed}
    by_operator: dict[str, list[int]] = {}
    for row in keyed:
        by_operator.setdefault(operator_of[row.uuid], [0, 0, 0])[0] += 1
    # Questions inside repeats have a row per instance, once one of them differs.
    question_names = [
        q.name
        for q in (form.questions if form else ())
        if not q.is_silent and q.type is not QuestionType.NOTE and not q.repeat
    ]
    by_question = {name: [0, 0, 0] for name in question_names}
    for verification in verifications:
        figures = by_operator.setdefault(
            operator_of.get(verification.submission_uuid, "—"), [0, 0, 0]
        )
        figures[1] += 1
        figures[2] += len(verification.discrepancies)
        for name in question_names:
            by_question[name][1] += 1
        for name in verification.discrepancies:
            by_question.setdefault(name, [0, len(verifications), 0])[2] += 1
    for name in by_question:
        by_question[name][0] = len(keyed)
    verified_numbers = {v.paper_number for v in verifications}
    awaiting = [
        row.paper_number
        for row in keyed
        if row.status == "complete"
        and row.paper_number
        and row.paper_number not in verified_numbers
        and needs_second_keying(row.paper_number, share, seed)
    ]
    counts: dict[str, int] = {}
    for row in keyed:
        if row.paper_number:
            counts[row.paper_number] = counts.get(row.paper_number, 0) + 1
    return KeyingReport(
        by_operator=[KeyingFigures(name, *values) for name, values in sorted(by_operator.items())],
        by_question=[
            KeyingFigures(name, *values) for name, values in by_question.items() if values[1]
        ],
        awaiting_second_keying=awaiting,
        pending_review=sum(1 for v in verifications if not v.resolved),
        duplicate_paper_numbers=sorted(number for number, n in counts.items() if n > 1),
        question_labels=(
            {name: discrepancy_label(form, name) for name in by_question} if form else {}
        ),
    )
