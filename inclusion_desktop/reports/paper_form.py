"""The paper questionnaire: any loaded XLSForm as an A4 PDF to fill in with a pen.

Every question carries the number keying mode shows and every choice the code keying mode
expects (both from `inclusion_desktop.keying`), so the person who keys the paper form reads
numbers and codes straight off the page. Skip logic (`relevant`) becomes « passez à la
question … » instructions, constraints become instructions, repeat groups become tables.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

from inclusion_desktop.catalogue import Code
from inclusion_desktop.errors import AppError
from inclusion_desktop.keying import choice_codes, keyed_questions
from inclusion_desktop.questionnaire.model import (
    PAPER_NUMBER_NAME,
    Choice,
    Form,
    Group,
    Question,
    QuestionType,
)
from inclusion_desktop.questionnaire.session import FormSession
from inclusion_desktop.reports.fonts import FONT, FONT_BOLD, FONT_ITALIC, register_fonts
from inclusion_desktop.reports.typography import french_spacing

PAGE_WIDTH = 210 * mm
PAGE_HEIGHT = 297 * mm
MARGIN = 15 * mm
BOX = 6.5 * mm
#: The tick box printed before each choice code (DejaVu Sans has the glyph).
TICK = "\u2610"
PAPER_NUMBER_BOXES = 6

_WORDS = {
    "fr": {
        "number": "N° du questionnaire",
        "page": "page",
        "question": "la question {n}",
        "questions": "Questions {a} à {b}",
        "one_question": "Question {a}",
        "only_if": "{who} : seulement si {cond}.",
        "go_to": "Si {cond}, passez à la question {n}.",
        "go_end": "Si {cond}, le questionnaire est terminé.",
        "else_go": " Sinon, passez à la question {n}.",
        "else_end": " Sinon, le questionnaire est terminé.",
        "eq": "« {v} » à {q}",
        "ne": "une autre réponse que « {v} » à {q}",
        "ne_many": "une réponse à {q} autre que {vs}",
        "quoted": "« {v} »",
        "empty": "pas de réponse à {q}",
        "filled": "une réponse à {q}",
        "selected": "« {v} » coché à {q}",
        "not_selected": "« {v} » non coché à {q}",
        "compare": "une réponse à {q} {op} {v}",
        ">=": "d'au moins",
        "<=": "d'au plus",
        ">": "de plus de",
        "<": "de moins de",
        "and": " et ",
        "or": " ou ",
        "between": "Réponse entre {a} et {b}.",
        "bound": "Réponse {bounds}.",
        "bound>=": "d'au moins {v}",
        "bound>": "de plus de {v}",
        "bound<=": "d'au plus {v}",
        "bound<": "de moins de {v}",
        "check": "Contrôle : {text}",
        "several": "Plusieurs réponses possibles : entourez ou cochez chaque code.",
        "if_filter": "Si {cond} :",
        "date": "JJ / MM / AAAA",
        "time": "HH : MM",
        "range": "Nombre de {a} à {b}.",
        "repeat": "Tableau : une ligne par {label} ({rows} lignes au plus).",
        "table_if": "Tableau à remplir seulement si {cond}.",
        "row": "n°",
        "codes": "Codes de « {label} » : {codes}",
        "computed": "la valeur calculée « {name} »",
    },
    "en": {
        "number": "Questionnaire no.",
        "page": "page",
        "question": "question {n}",
        "questions": "Questions {a} to {b}",
        "one_question": "Question {a}",
        "only_if": "{who}: only if {cond}.",
        "go_to": "If {cond}, go to question {n}.",
        "go_end": "If {cond}, the questionnaire ends here.",
        "else_go": " Otherwise, go to question {n}.",
        "else_end": " Otherwise, the questionnaire ends here.",
        "eq": "“{v}” to {q}",
        "ne": "an answer other than “{v}” to {q}",
        "ne_many": "an answer to {q} other than {vs}",
        "quoted": "“{v}”",
        "empty": "no answer to {q}",
        "filled": "an answer to {q}",
        "selected": "“{v}” ticked at {q}",
        "not_selected": "“{v}” not ticked at {q}",
        "compare": "an answer to {q} {op} {v}",
        ">=": "of at least",
        "<=": "of at most",
        ">": "of more than",
        "<": "of less than",
        "and": " and ",
        "or": " or ",
        "between": "Answer between {a} and {b}.",
        "bound": "Answer {bounds}.",
        "bound>=": "of at least {v}",
        "bound>": "of more than {v}",
        "bound<=": "of at most {v}",
        "bound<": "of less than {v}",
        "check": "Check: {text}",
        "several": "Several answers possible: circle or tick each code.",
        "if_filter": "If {cond}:",
        "date": "DD / MM / YYYY",
        "time": "HH : MM",
        "range": "Number from {a} to {b}.",
        "repeat": "Table: one row per {label} (at most {rows} rows).",
        "table_if": "Fill in the table only if {cond}.",
        "row": "no.",
        "codes": "Codes of “{label}”: {codes}",
        "computed": "the computed value “{name}”",
    },
}

_REF = r"\$\{(\w+)\}"
_VALUE = r"'([^']*)'|\"([^\"]*)\""
_EQUALITY = re.compile(rf"^{_REF}\s*(=|!=)\s*(?:{_VALUE})$")
_SELECTED = re.compile(rf"^(not\s*\(\s*)?selected\(\s*{_REF}\s*,\s*(?:{_VALUE})\s*\)\s*(\))?$")
_COMPARE = re.compile(rf"^{_REF}\s*(>=|<=|>|<)\s*(-?\d+(?:\.\d+)?)$")
_BOUND = re.compile(r"^\.\s*(>=|<=|>|<)\s*(-?\d+(?:\.\d+)?)$")


class PaperFormError(AppError):
    """The paper questionnaire could not be written; the message says why, in French."""

    area_code = Code.PAPER_FORM


@dataclass(frozen=True, slots=True)
class PaperFormResult:
    """What was printed: the file, its language, how many numbered questions and pages."""

    path: Path
    language: str | None
    questions: int
    pages: int

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "ok": True,
            "file": str(self.path),
            "language": self.language,
            "questions": self.questions,
            "pages": self.pages,
        }


def instruction_language(form: Form, language: str | None) -> str:
    """The language of the instructions: "en" for an English form language, else "fr"."""
    chosen = form.label_language(language) or ""
    code = re.search(r"\((\w+)\)", chosen)
    key = (code.group(1) if code else chosen).casefold()
    return "en" if key in ("en", "english", "anglais") else "fr"


def split_top(source: str, word: str) -> list[str]:
    """Splits an XPath expression on `word` ("and", "or") outside parentheses and quotes."""
    parts, depth, quote, start, index = [], 0, "", 0, 0
    token = f" {word} "
    while index < len(source):
        char = source[index]
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif depth == 0 and source.startswith(token, index):
            parts.append(source[start:index].strip())
            index += len(token)
            start = index
            continue
        index += 1
    parts.append(source[start:].strip())
    return parts


def _unwrap(source: str) -> str:
    """The expression without parentheses around the whole of it."""
    text = source.strip()
    while text.startswith("(") and text.endswith(")") and split_top(text[1:-1], "and"):
        inner = text[1:-1]
        depth = 0
        for char in inner:
            depth += char == "("
            depth -= char == ")"
            if depth < 0:
                return text
        text = inner.strip()
    return text


class _FilterContext:
    """Evaluates a choice_filter for one value of the question it reads.

    That is what keying mode shows once the question is answered, whatever its own relevance.
    """

    def __init__(self, name: str, value: str) -> None:
        self.name = name
        self.value = value
        self.choice: Choice | None = None

    def nodeset(self, name: str) -> list[str | dt.date | dt.datetime]:
        return [self.value if name == self.name else ""]

    def current(self) -> str:
        return ""

    def choice_label(self, question: str, value: str) -> str:
        return value

    def position(self) -> int:
        return 0

    def now(self) -> dt.datetime:
        return dt.datetime.now().astimezone()

    def choice_field(self, name: str) -> str:
        if self.choice is None:
            return ""
        if name == "name":
            return self.choice.name
        return self.choice.extra.get(name, "")


class PaperForm:
    """Builds the flowables of a form's paper questionnaire in one language."""

    def __init__(self, form: Form, language: str | None = None, repeat_rows: int = 5) -> None:
        self.form = form
        self.language = form.label_language(language)
        self.words = _WORDS[instruction_language(form, language)]
        self.repeat_rows = repeat_rows
        self.session = FormSession(form, language=self.language)
        self.numbered = keyed_questions(form)
        self.number_of = {question.name: number for number, question in self.numbered}
        register_fonts()
        self.style = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12)
        self.title_style = ParagraphStyle(
            "title", fontName=FONT_BOLD, fontSize=15, leading=19, spaceAfter=4
        )
        self.group_style = ParagraphStyle(
            "group",
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=8,
            spaceAfter=3,
            textColor=colors.HexColor("#1f4e79"),
        )
        self.question_style = ParagraphStyle(
            "question", fontName=FONT_BOLD, fontSize=10, leading=13, spaceBefore=5
        )
        self.hint_style = ParagraphStyle(
            "hint",
            fontName=FONT_ITALIC,
            fontSize=8.5,
            leading=10.5,
            textColor=colors.HexColor("#444444"),
        )
        self.skip_style = ParagraphStyle(
            "skip",
            fontName=FONT_BOLD,
            fontSize=9,
            leading=11.5,
            textColor=colors.HexColor("#9c2a00"),
            spaceBefore=2,
        )

    # -- words -------------------------------------------------------------------------------

    def _label(self, item: Question | Group | Choice) -> str:
        return item.label.get(self.language, self.form.default_language)

    def _question_words(self, name: str) -> str:
        if name in self.number_of:
            return self.words["question"].format(n=self.number_of[name])
        return self.words["computed"].format(name=name)

    def _value_words(self, name: str, value: str) -> str:
        item = self.form.by_name.get(name)
        if isinstance(item, Question) and item.choices is not None:
            return item.choices.label_of(value, self.language, self.form.default_language)
        return value

    def condition_words(self, source: str) -> str:
        """A `relevant` expression in words: « Oui » à la question 14 et …"""
        source = _unwrap(source)
        alternatives = split_top(source, "or")
        if len(alternatives) > 1:
            return self.words["or"].join(self.condition_words(part) for part in alternatives)
        parts = split_top(source, "and")
        if len(parts) > 1:
            return self.all_of(parts)
        return self._atom_words(source)

    def all_of(self, atoms: list[str]) -> str:
        """Conditions that must all hold, in words.

        « Answered, not A and not B » on one question reads as one phrase: « une réponse à la
        question 4 autre que « A » et « B » ».
        """
        excluded: dict[str, list[str]] = {}
        for atom in atoms:
            match = _EQUALITY.fullmatch(_unwrap(atom))
            if match and match.group(2) == "!=":
                value = match.group(3) if match.group(3) is not None else match.group(4) or ""
                if value:
                    excluded.setdefault(match.group(1), []).append(value)
        phrases: list[str] = []
        done: set[str] = set()
        for atom in atoms:
            match = _EQUALITY.fullmatch(_unwrap(atom))
            name = match.group(1) if match and match.group(2) == "!=" else None
            if name is None or len(excluded.get(name, [])) < 2:
                phrases.append(self.condition_words(atom))
            elif name not in done:
                done.add(name)
                values = [
                    self.words["quoted"].format(v=self._value_words(name, value))
                    for value in excluded[name]
                ]
                phrases.append(self.words["ne_many"].format(
                    q=self._question_words(name), vs=self.words["and"].join(values)
                ))
        return self.words["and"].join(phrases)

    def _atom_words(self, atom: str) -> str:
        words = self.words
        if match := _EQUALITY.fullmatch(atom):
            name, op = match.group(1), match.group(2)
            value = match.group(3) if match.group(3) is not None else match.group(4) or ""
            question = self._question_words(name)
            if value == "":
                return words["empty" if op == "=" else "filled"].format(q=question)
            return words["eq" if op == "=" else "ne"].format(
                v=self._value_words(name, value), q=question
            )
        if (match := _SELECTED.fullmatch(atom)) and bool(match.group(1)) == bool(match.group(5)):
            name = match.group(2)
            value = match.group(3) if match.group(3) is not None else match.group(4) or ""
            key = "not_selected" if match.group(1) else "selected"
            return words[key].format(v=self._value_words(name, value), q=self._question_words(name))
        if match := _COMPARE.fullmatch(atom):
            return words["compare"].format(
                q=self._question_words(match.group(1)),
                op=words[match.group(2)],
                v=match.group(3),
            )
        return re.sub(_REF, lambda m: self._question_words(m.group(1)), atom)

    def _negation(self, atom: str) -> str | None:
        """The one other choice of a yes/no-like condition, in words (« Non » à la question 14)."""
        match = _EQUALITY.fullmatch(_unwrap(atom))
        if not match or match.group(2) != "=":
            return None
        name = match.group(1)
        value = match.group(3) if match.group(3) is not None else match.group(4) or ""
        item = self.form.by_name.get(name)
        if not isinstance(item, Question) or item.choices is None or name not in self.number_of:
            return None
        others = [choice for choice in item.choices.choices if choice.name != value]
        if len(others) != 1 or len(others) == len(item.choices.choices):
            return None
        return self.words["eq"].format(v=self._label(others[0]), q=self._question_words(name))

    def constraint_words(self, question: Question) -> str:
        """The question's constraint as an instruction: « Réponse entre 15 et 110. »"""
        if question.constraint is None:
            return ""
        bounds: dict[str, tuple[str, str]] = {}
        atoms = split_top(_unwrap(question.constraint.source), "and")
        for atom in atoms:
            match = _BOUND.fullmatch(_unwrap(atom))
            if not match:
                break
            side = "low" if match.group(1).startswith(">") else "high"
            bounds[side] = (match.group(1), match.group(2))
        else:
            if bounds.get("low", ("",))[0] == ">=" and bounds.get("high", ("",))[0] == "<=":
                return self.words["between"].format(a=bounds["low"][1], b=bounds["high"][1])
            if bounds:
                return self.words["bound"].format(
                    bounds=self.words["and"].join(
                        self.words[f"bound{op}"].format(v=value)
                        for op, value in (
                            bounds[side] for side in ("low", "high") if side in bounds
                        )
                    )
                )
        message = question.constraint_message.get(self.language, self.form.default_language)
        return message or self.words["check"].format(
            text=self.condition_words(question.constraint.source)
        )

    # -- skip logic --------------------------------------------------------------------------

    def _conditions(self, question: Question | Group) -> list[str]:
        """The `relevant` atoms a question (or group) depends on: its groups' and its own."""
        atoms: list[str] = []
        item: Question | Group = question
        while True:
            if item.relevant is not None:
                atoms = split_top(_unwrap(item.relevant.source), "and") + atoms
            if item.parent is None:
                return atoms
            item = self.form.item(item.parent)

    def skip_instructions(self) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
        """Skip instructions, by question number: printed before and after the question.

        Before: « Questions 15 à 21 : seulement si … ». After the question that decides a
        skip: « Si « Non » à la question 14, passez à la question 22. »
        """
        before: dict[int, list[str]] = {}
        after: dict[int, list[str]] = {}
        per_question = [(n, self._conditions(q)) for n, q in self.numbered]
        last = len(per_question)
        runs: dict[tuple[int, int], list[str]] = {}
        seen: set[tuple[str, int]] = set()
        for position, (_number, atoms) in enumerate(per_question):
            for atom in atoms:
                if (atom, position) in seen:
                    continue
                end = position
                while end + 1 < last and atom in per_question[end + 1][1]:
                    end += 1
                seen.update((atom, covered) for covered in range(position, end + 1))
                runs.setdefault((position, end), []).append(atom)
        for (position, end), atoms in runs.items():
            number, last_number = per_question[position][0], per_question[end][0]
            next_number = self._after_skip(per_question, position, end)
            who = (
                self.words["questions"].format(a=number, b=last_number)
                if end > position
                else self.words["one_question"].format(a=number)
            )
            cond = self.all_of(atoms)
            text = self.words["only_if"].format(who=who, cond=cond)
            text += (
                self.words["else_go"].format(n=next_number)
                if next_number
                else self.words["else_end"]
            )
            before.setdefault(number, []).append(text)
            negation = self._negation(atoms[0]) if len(atoms) == 1 else None
            references = re.findall(_REF, atoms[0])
            controller = self.number_of.get(references[0]) if references else None
            if negation and controller is not None and controller == number - 1:
                key = "go_to" if next_number else "go_end"
                after.setdefault(controller, []).append(
                    self.words[key].format(cond=negation, n=next_number)
                )
        return before, after

    def _after_skip(
        self, per_question: list[tuple[int, list[str]]], position: int, end: int
    ) -> int | None:
        """The first question after a skipped run that does not depend on a skipped question."""
        skipped = {self.numbered[index][1].name for index in range(position, end + 1)}
        for index in range(end + 1, len(per_question)):
            references = {
                name for atom in per_question[index][1] for name in re.findall(_REF, atom)
            }
            if references & skipped:
                skipped.add(self.numbered[index][1].name)
                continue
            return per_question[index][0]
        return None

    # -- answer areas ------------------------------------------------------------------------

    def _boxes(self, groups: Sequence[int | str]) -> Table:
        """A row of empty boxes: ints are runs of boxes, strings are separators (/ : ,)."""
        cells: list[str] = []
        styles: list[Any] = [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("FONTSIZE", (0, 0), (-1, -1), 11),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]
        widths: list[float] = []
        for group in groups:
            if isinstance(group, str):
                cells.append(group)
                widths.append(4 * mm)
                continue
            start = len(cells)
            cells += [""] * group
            widths += [BOX] * group
            styles.append(("BOX", (start, 0), (start + group - 1, 0), 0.8, colors.black))
            styles.append(("INNERGRID", (start, 0), (start + group - 1, 0), 0.5, colors.grey))
        table = Table([cells], colWidths=widths, rowHeights=[BOX], hAlign="LEFT")
        table.setStyle(TableStyle(styles))
        return table

    def _lines(self, count: int) -> Table:
        table = Table(
            [[""] for _ in range(count)],
            colWidths=[PAGE_WIDTH - 2 * MARGIN - 10 * mm],
            rowHeights=[7 * mm] * count,
            hAlign="LEFT",
        )
        table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.grey)]))
        return table

    def _choice_lines(self, choices: Sequence[Choice], horizontal: bool) -> list[Flowable]:
        entries = [
            f"{TICK} <b>{code}</b>&nbsp;{self._text(self._label(choice) or choice.name)}"
            for code, choice in zip(choice_codes(choices), choices, strict=True)
        ]
        if horizontal or (len(entries) <= 4 and sum(len(e) for e in entries) < 120):
            return [Paragraph("&nbsp;&nbsp;&nbsp;&nbsp;".join(entries), self.style)]
        return [Paragraph(entry, self.style) for entry in entries]

    def _filtered_choices(self, question: Question) -> list[Flowable] | None:
        """Per value of the question a choice_filter reads, the codes keying mode then shows."""
        assert question.choice_filter is not None
        references = sorted(question.choice_filter.references)
        if len(references) != 1:
            return None
        source = self.form.by_name.get(references[0])
        if not isinstance(source, Question) or source.choices is None:
            return None
        lists: dict[tuple[str, ...], tuple[list[Choice], list[str]]] = {}
        for value in source.choices.choices:
            context = _FilterContext(source.name, value.name)
            kept = []
            for choice in question.choices.choices if question.choices else ():
                context.choice = choice
                if question.choice_filter.evaluate_bool(context):
                    kept.append(choice)
            if kept:
                key = tuple(f"{c.name}\t{self._label(c)}" for c in kept)
                entry = lists.setdefault(key, (kept, []))
                entry[1].append(self._label(value) or value.name)
        flowables: list[Flowable] = []
        for choices, values in lists.values():
            cond = self.words["eq"].format(
                v=" », « ".join(values) if self.words is _WORDS["fr"] else "”, “".join(values),
                q=self._question_words(source.name),
            )
            flowables.append(
                Paragraph(self._text(self.words["if_filter"].format(cond=cond)), self.hint_style)
            )
            flowables += self._choice_lines(choices, False)
        return flowables

    def answer_area(self, question: Question) -> list[Flowable]:
        """The boxes, lines or coded choices where the answer is written."""
        kind = question.type
        if question.choices is not None:
            flowables: list[Flowable] = []
            hint = question.hint.get(self.language, self.form.default_language).casefold()
            # The form's own hint often says it already.
            said = self.words["several"].split(":")[0].strip().casefold() in hint
            if kind is QuestionType.SELECT_MULTIPLE and not said:
                flowables.append(Paragraph(self.words["several"], self.hint_style))
            filtered = self._filtered_choices(question) if question.choice_filter else None
            if filtered is not None:
                return flowables + filtered
            choices = list(question.choices.choices)
            return flowables + self._choice_lines(choices, "horizontal" in question.appearance)
        if kind is QuestionType.ACKNOWLEDGE:
            return [Paragraph(f"{TICK} <b>1</b>&nbsp;OK", self.style)]
        if kind is QuestionType.DATE:
            return [
                self._boxes([2, "/", 2, "/", 4]),
                Paragraph(self.words["date"], self.hint_style),
            ]
        if kind is QuestionType.TIME:
            return [self._boxes([2, ":", 2]), Paragraph(self.words["time"], self.hint_style)]
        if kind is QuestionType.INTEGER:
            return [self._boxes([self._digits(question)])]
        if kind is QuestionType.DECIMAL:
            return [self._boxes([self._digits(question), ",", 2])]
        if kind is QuestionType.RANGE:
            text = self.words["range"].format(
                a=f"{question.range_start:g}", b=f"{question.range_end:g}"
            )
            digits = len(str(int(max(abs(question.range_start), abs(question.range_end)))))
            return [self._boxes([digits]), Paragraph(text, self.hint_style)]
        if question.name == PAPER_NUMBER_NAME:
            return [self._boxes([PAPER_NUMBER_BOXES])]
        return [self._lines(3 if "multiline" in question.appearance else 1)]

    def _digits(self, question: Question) -> int:
        """As many boxes as the largest allowed number has digits (4 when unbounded)."""
        if question.constraint is not None:
            highs = [
                match.group(2)
                for atom in split_top(_unwrap(question.constraint.source), "and")
                if (match := _BOUND.fullmatch(_unwrap(atom))) and match.group(1).startswith("<")
            ]
            if highs:
                return max(1, len(str(int(abs(float(highs[0]))))))
        return 4

    # -- the document ------------------------------------------------------------------------

    def _text(self, value: str) -> str:
        """Text escaped for a Paragraph, with French no-break spaces in French."""
        value = escape(value)
        return french_spacing(value) if self.words is _WORDS["fr"] else value

    def story(self) -> list[Flowable]:
        """Every flowable of the questionnaire, in sheet order."""
        before, after = self.skip_instructions()
        story: list[Flowable] = [Paragraph(self._text(self.form.title), self.title_style)]
        # Group titles and notes stay on the page of the question that follows them.
        pending: list[Flowable] = []
        for item in self.form.walk():
            if isinstance(item, Group):
                if item.is_repeat:
                    story.append(KeepTogether([*pending, *self._repeat_table(item)]))
                    pending = []
                elif item.repeat is None and self._label(item):
                    pending.append(Paragraph(self._text(self._label(item)), self.group_style))
                continue
            if item.repeat is not None:
                continue
            if item.type is QuestionType.NOTE:
                text = self._text(self._label(item))
                atoms = self._conditions(item)
                if atoms:
                    cond = self.all_of(atoms)
                    text = f"<b>{self._text(self.words['if_filter'].format(cond=cond))}</b> {text}"
                pending.append(Paragraph(text, self.hint_style))
                continue
            number = self.number_of.get(item.name)
            if number is None:
                continue
            block: list[Flowable] = pending + [
                Paragraph(self._text(text), self.skip_style) for text in before.get(number, [])
            ]
            pending = []
            label = self._text(self._label(item) or item.name)
            block.append(Paragraph(f"{number}. {label}", self.question_style))
            hint = item.hint.get(self.language, self.form.default_language)
            if hint:
                block.append(Paragraph(self._text(hint), self.hint_style))
            constraint = self.constraint_words(item)
            if constraint:
                block.append(Paragraph(self._text(constraint), self.hint_style))
            block += self.answer_area(item)
            block += [
                Paragraph("\u2192 " + self._text(text), self.skip_style)
                for text in after.get(number, [])
            ]
            story.append(KeepTogether(block))
        story += pending
        return story

    def _repeat_table(self, group: Group) -> list[Flowable]:
        """A repeat group as a table: one column per question, `repeat_rows` empty rows."""
        questions = [
            child
            for child in self.form.questions
            if child.repeat == group.name
            and not child.is_silent
            and child.type is not QuestionType.NOTE
        ]
        label = self._label(group) or group.name
        header = [Paragraph(self.words["row"], self.hint_style)] + [
            Paragraph(self._text(self._label(q) or q.name), self.hint_style) for q in questions
        ]
        rows = [header] + [
            [str(index)] + [""] * len(questions) for index in range(1, self.repeat_rows + 1)
        ]
        width = PAGE_WIDTH - 2 * MARGIN - 12  # the frame's own padding, 6 points each side
        first = 9 * mm
        column = (width - first) / max(1, len(questions))
        table = Table(
            rows,
            colWidths=[first] + [column] * len(questions),
            rowHeights=[None] + [8 * mm] * self.repeat_rows,
            repeatRows=1,
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef2f7")),
                ]
            )
        )
        legends: list[Flowable] = []
        for question in questions:
            if question.choices is not None:
                codes = ", ".join(
                    f"{code} {self._label(choice) or choice.name}"
                    for code, choice in zip(
                        choice_codes(question.choices.choices),
                        question.choices.choices,
                        strict=True,
                    )
                )
                legends.append(
                    Paragraph(
                        self._text(
                            self.words["codes"].format(
                                label=self._label(question) or question.name, codes=codes
                            )
                        ),
                        self.hint_style,
                    )
                )
        intro = Paragraph(
            self._text(self.words["repeat"].format(label=label, rows=self.repeat_rows)),
            self.group_style,
        )
        atoms = self._conditions(group)
        condition = (
            [
                Paragraph(
                    self._text(
                        self.words["table_if"].format(
                            cond=self.all_of(atoms)
                        )
                    ),
                    self.skip_style,
                )
            ]
            if atoms
            else []
        )
        return [intro, *condition, table, *legends]


def paper_form_pdf(
    form: Form, *, language: str | None = None, repeat_rows: int = 5
) -> tuple[bytes, int]:
    """The paper questionnaire of `form` as PDF bytes (A4), and its number of pages."""
    paper = PaperForm(form, language, repeat_rows)
    words = paper.words
    output = io.BytesIO()

    def header(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT - MARGIN + 2 * mm
        canvas.setFont(FONT, 9)
        canvas.drawRightString(
            PAGE_WIDTH - MARGIN - PAPER_NUMBER_BOXES * BOX - 2 * mm, top + 2 * mm, words["number"]
        )
        left = PAGE_WIDTH - MARGIN - PAPER_NUMBER_BOXES * BOX
        for index in range(PAPER_NUMBER_BOXES):
            canvas.rect(left + index * BOX, top, BOX, BOX)
        canvas.setFont(FONT, 8)
        canvas.drawString(
            MARGIN,
            MARGIN - 7 * mm,
            f"{paper.form.title} — {paper.form.form_id} {paper.form.version}".strip(),
        )
        canvas.drawRightString(PAGE_WIDTH - MARGIN, MARGIN - 7 * mm, f"{words['page']} {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        output,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 10 * mm,
        bottomMargin=MARGIN,
        title=paper.form.title,
        author="inclusion_desktop",
    )
    doc.build(paper.story(), onFirstPage=header, onLaterPages=header)
    return output.getvalue(), doc.page


def write_paper_form(
    form: Form, path: Path, *, language: str | None = None, repeat_rows: int = 5
) -> PaperFormResult:
    """Writes the paper questionnaire to `path` (whole or not at all); says what it holds."""
    from inclusion_desktop.sync.bundle import BundleError, write_atomically

    if language is not None and language not in form.languages:
        known = ", ".join(form.languages) or "aucune (une seule langue)"
        raise PaperFormError(
            f"langue « {language} » absente du questionnaire {form.form_id} : "
            f"langues disponibles : {known}."
        )
    if repeat_rows < 1 or repeat_rows > 40:
        raise PaperFormError(
            f"nombre de lignes des tableaux répétés invalide ({repeat_rows}) : entre 1 et 40."
        )
    data, pages = paper_form_pdf(form, language=language, repeat_rows=repeat_rows)
    try:
        write_atomically(path, data, what="fichier PDF")
    except BundleError as error:
        raise PaperFormError(str(error)) from error
    return PaperFormResult(path, form.label_language(language), len(keyed_questions(form)), pages)
