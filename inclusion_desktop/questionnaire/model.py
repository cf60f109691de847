"""Typed model of a loaded XLSForm: the tree the form view renders and the runtime evaluates."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from inclusion_desktop.questionnaire.expressions import Expression


class QuestionType(StrEnum):
    """The question types the engine supports; anything else is refused at load."""

    TEXT = "text"
    INTEGER = "integer"
    DECIMAL = "decimal"
    SELECT_ONE = "select_one"
    SELECT_MULTIPLE = "select_multiple"
    DATE = "date"
    TIME = "time"
    NOTE = "note"
    CALCULATE = "calculate"
    ACKNOWLEDGE = "acknowledge"
    RANGE = "range"
    HIDDEN = "hidden"
    # Metadata filled in by the app itself, as ODK and Kobo do.
    START = "start"
    END = "end"
    TODAY = "today"
    DEVICEID = "deviceid"
    USERNAME = "username"
    # Types pyxform accepts that the laptop answers in its own way (see README, "Formulaires ODK").
    DATETIME = "datetime"
    GEOPOINT = "geopoint"
    GEOTRACE = "geotrace"
    GEOSHAPE = "geoshape"
    BARCODE = "barcode"
    IMAGE = "image"
    AUDIO = "audio"
    VIDEO = "video"
    FILE = "file"


#: Types that never show a widget: their value is computed or filled in by the app.
SILENT_TYPES = frozenset(
    {
        QuestionType.CALCULATE,
        QuestionType.HIDDEN,
        QuestionType.START,
        QuestionType.END,
        QuestionType.TODAY,
        QuestionType.DEVICEID,
        QuestionType.USERNAME,
    }
)

#: Types whose answer is a file attached to the questionnaire (its name is the answer).
MEDIA_TYPES = frozenset(
    {QuestionType.IMAGE, QuestionType.AUDIO, QuestionType.VIDEO, QuestionType.FILE}
)

#: Types whose answer is a list of coordinates "lat lon [alt [precision]]" separated by ";".
GEO_TYPES = frozenset({QuestionType.GEOPOINT, QuestionType.GEOTRACE, QuestionType.GEOSHAPE})

#: The question holding the number written on a paper questionnaire: typed, but not free text.
PAPER_NUMBER_NAME = "numero_papier"

#: Appearances the form view honours (horizontal-compact and compact as horizontal, table-list
#: as field-list), or that a laptop gives by itself (typed dates: no-calendar; a keyboard with
#: digits: numbers; keyboard navigation: quick). Any other is shown plainly, with a notice.
SUPPORTED_APPEARANCES = frozenset(
    {
        "minimal", "horizontal", "horizontal-compact", "compact", "field-list", "table-list",
        "multiline", "quick", "quickcompact", "no-calendar", "numbers", "year", "month-year",
        "likert",
    }
)  # fmt: skip

#: A reference to an answer inside a label, hint or message (`Quel âge a ${prenom} ?`).
TEXT_REFERENCE = re.compile(r"\$\{([^{}\s]+)\}")

#: Width appearances (w1 … w10, columns-3 …) only arrange a grid: nothing to notice.
WIDTH_APPEARANCE = re.compile(r"w\d+|columns-\d+|compact-\d+")


@dataclass(frozen=True, slots=True)
class Text:
    """A label or hint in every language of the form (key: language name as in the XLSForm)."""

    by_language: Mapping[str, str] = field(default_factory=dict)

    def get(self, language: str | None, fallback: str | None = None) -> str:
        """Returns the text in `language`, else in `fallback`, else in any language, else ""."""
        for lang in (language, fallback):
            if lang is not None and self.by_language.get(lang):
                return self.by_language[lang]
        return next((value for value in self.by_language.values() if value), "")

    def __bool__(self) -> bool:
        return any(self.by_language.values())

    @property
    def references(self) -> frozenset[str]:
        """The names of the ${name} references written in the text, in any language."""
        return frozenset(
            match.group(1)
            for text in self.by_language.values()
            for match in TEXT_REFERENCE.finditer(text)
        )


@dataclass(frozen=True, slots=True)
class Choice:
    """One choice of a list; `extra` holds the other columns, used by choice_filter."""

    name: str
    label: Text
    extra: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ChoiceList:
    """A named list of choices from the choices sheet."""

    name: str
    choices: tuple[Choice, ...]

    def label_of(self, value: str, language: str | None, fallback: str | None) -> str:
        """Returns the label of the choice named `value`, or the value itself when unknown."""
        for choice in self.choices:
            if choice.name == value:
                return choice.label.get(language, fallback) or value
        return value


@dataclass(frozen=True, slots=True)
class Question:
    """One question (or note, calculation, metadata) of the survey sheet."""

    name: str
    type: QuestionType
    row: int
    label: Text = Text()
    hint: Text = Text()
    required: bool = False
    required_if: Expression | None = None
    required_message: Text = Text()
    constraint: Expression | None = None
    constraint_message: Text = Text()
    relevant: Expression | None = None
    default: str | None = None
    read_only: bool = False
    calculation: Expression | None = None
    choice_filter: Expression | None = None
    appearance: frozenset[str] = frozenset()
    choices: ChoiceList | None = None
    or_other: bool = False
    range_start: float = 0.0
    range_end: float = 10.0
    range_step: float = 1.0
    parent: str | None = None
    repeat: str | None = None
    guidance_hint: Text = Text()
    #: A default written as an expression (e.g. `${other_question}` or `today()`).
    dynamic_default: Expression | None = None
    #: The name written in the XLSForm when `name` had to be made unique (same name in two groups).
    source_name: str | None = None
    #: The `media::image` column: the file name (among the form's media) in each language.
    image: Text = Text()

    @property
    def xml_name(self) -> str:
        """The name written in the XLSForm (the column name of exports)."""
        return self.source_name or self.name

    @property
    def date_precision(self) -> str:
        """What a date question asks: "year", "month-year" (ODK appearances) or "day".

        ODK stores such a date on the first day of its year or month, as done here.
        """
        if self.type is QuestionType.DATE:
            for precision in ("year", "month-year"):
                if precision in self.appearance:
                    return precision
        return "day"

    @property
    def is_silent(self) -> bool:
        """True for questions without a widget (calculations, hidden values, metadata)."""
        return self.type in SILENT_TYPES

    @property
    def is_free_text(self) -> bool:
        """True for a freely typed answer: a text question, neither calculated nor the paper number.

        It might hold a name, an address or a phone number, so it is flagged on screen and can
        be cleared before data leave or at the end of a campaign.
        """
        return (
            self.type == QuestionType.TEXT
            and self.calculation is None
            and self.name != PAPER_NUMBER_NAME
        )

    @property
    def expressions(self) -> dict[str, Expression]:
        """The question's expressions by XLSForm column name."""
        candidates = {
            "relevant": self.relevant,
            "constraint": self.constraint,
            "calculation": self.calculation,
            "choice_filter": self.choice_filter,
            "required": self.required_if,
            "default": self.dynamic_default,
        }
        return {column: expr for column, expr in candidates.items() if expr is not None}


@dataclass(frozen=True, slots=True)
class Group:
    """A group or repeat group and its children, in sheet order."""

    name: str
    row: int
    label: Text = Text()
    relevant: Expression | None = None
    appearance: frozenset[str] = frozenset()
    is_repeat: bool = False
    children: tuple[Question | Group, ...] = ()
    parent: str | None = None
    repeat: str | None = None
    #: repeat_count: the number of instances, fixed or computed; None lets the person add them.
    repeat_count: Expression | None = None
    source_name: str | None = None

    @property
    def xml_name(self) -> str:
        """The name written in the XLSForm (the column name of exports)."""
        return self.source_name or self.name

    @property
    def is_field_list(self) -> bool:
        """True when the whole group is shown on one page."""
        return "field-list" in self.appearance


@dataclass(frozen=True, slots=True)
class Form:
    """A loaded, checked XLSForm."""

    form_id: str
    version: str
    title: str
    default_language: str | None
    languages: tuple[str, ...]
    children: tuple[Question | Group, ...]
    choice_lists: Mapping[str, ChoiceList]
    settings: Mapping[str, str]
    sha256: str
    source: bytes
    source_filename: str
    instance_name: Expression | None = None
    warnings: tuple[str, ...] = ()
    #: What the app ignores or shows differently from ODK, located (never a refusal).
    notices: tuple[str, ...] = ()
    by_name: Mapping[str, Question | Group] = field(default_factory=dict)
    #: The form's attached files (choice CSV/XML, pulldata CSV, images, sounds), by file name.
    media: Mapping[str, bytes] = field(default_factory=dict)
    #: The notices of files the form names that none of its folders holds (also in `notices`).
    missing_media: tuple[str, ...] = ()

    def lookup(self, file: str, column: str, key_column: str, key: str) -> str:
        """pulldata(): `column` of the first row of CSV `file` whose `key_column` equals `key`."""
        import csv
        import io

        data = self.media.get(file) or self.media.get(f"{file}.csv")
        if data is None:
            return ""
        for row in csv.DictReader(io.StringIO(data.decode("utf-8-sig", errors="replace"))):
            if (row.get(key_column) or "") == key:
                return str(row.get(column) or "")
        return ""

    def walk(self) -> Iterator[Question | Group]:
        """Yields every group and question in sheet order, depth first."""

        def visit(items: tuple[Question | Group, ...]) -> Iterator[Question | Group]:
            for item in items:
                yield item
                if isinstance(item, Group):
                    yield from visit(item.children)

        return visit(self.children)

    @property
    def questions(self) -> tuple[Question, ...]:
        """Every question in sheet order."""
        return tuple(item for item in self.walk() if isinstance(item, Question))

    @property
    def groups(self) -> tuple[Group, ...]:
        """Every group and repeat in sheet order."""
        return tuple(item for item in self.walk() if isinstance(item, Group))

    def item(self, name: str) -> Question | Group:
        """Returns the question or group named `name` (KeyError when absent)."""
        return self.by_name[name]

    def question(self, name: str) -> Question:
        """Returns the question named `name` (KeyError when absent or a group)."""
        item = self.item(name)
        if not isinstance(item, Question):
            raise KeyError(name)
        return item

    def label_language(self, language: str | None) -> str | None:
        """Returns `language` when the form has it, else the form's default language."""
        if language in self.languages:
            return language
        return self.default_language
