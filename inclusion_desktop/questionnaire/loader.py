"""Loads an XLSForm (.xlsx, .xls, .csv, .md) with pyxform and checks what the engine supports.

pyxform reads and validates the workbook; this module then builds the typed `Form` and refuses, with
the file, sheet, row and column named, anything the engine would otherwise have to ignore silently.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from inclusion_desktop.catalogue import Code, Said, TextLines, Translate, french

# A catalogued message; `Text` is a form's own multilingual label (model.Text).
from inclusion_desktop.catalogue import Text as Message
from inclusion_desktop.errors import AppError
from inclusion_desktop.os_errors import os_error_text
from inclusion_desktop.questionnaire.expressions import (
    Expression,
    ExpressionError,
    parse_expression,
)
from inclusion_desktop.questionnaire.limits import MAX_GROUP_DEPTH
from inclusion_desktop.questionnaire.model import (
    SUPPORTED_APPEARANCES,
    WIDTH_APPEARANCE,
    Choice,
    ChoiceList,
    Form,
    Group,
    Question,
    QuestionType,
    Text,
)

SUPPORTED_EXTENSIONS = (".xlsx", ".xls", ".csv", ".md")

# pyxform's normalised type names → the engine's types.
_TYPES = {
    "text": QuestionType.TEXT,
    "string": QuestionType.TEXT,
    "integer": QuestionType.INTEGER,
    "int": QuestionType.INTEGER,
    "decimal": QuestionType.DECIMAL,
    "select one": QuestionType.SELECT_ONE,
    "select all that apply": QuestionType.SELECT_MULTIPLE,
    "date": QuestionType.DATE,
    "time": QuestionType.TIME,
    "note": QuestionType.NOTE,
    "calculate": QuestionType.CALCULATE,
    "acknowledge": QuestionType.ACKNOWLEDGE,
    "trigger": QuestionType.ACKNOWLEDGE,
    "range": QuestionType.RANGE,
    "hidden": QuestionType.HIDDEN,
    "start": QuestionType.START,
    "end": QuestionType.END,
    "today": QuestionType.TODAY,
    "deviceid": QuestionType.DEVICEID,
    "username": QuestionType.USERNAME,
}

# pyxform's bind types and controls → the engine's types, for the types _TYPES does not name
# (pyxform's own aliases such as "gps", "photo" or "phone number" reach these through its table).
_BIND_TYPES = {
    "string": QuestionType.TEXT,
    "int": QuestionType.INTEGER,
    "decimal": QuestionType.DECIMAL,
    "date": QuestionType.DATE,
    "time": QuestionType.TIME,
    "dateTime": QuestionType.DATETIME,
    "geopoint": QuestionType.GEOPOINT,
    "geotrace": QuestionType.GEOTRACE,
    "geoshape": QuestionType.GEOSHAPE,
    "barcode": QuestionType.BARCODE,
    "select1": QuestionType.SELECT_ONE,
    "select": QuestionType.SELECT_MULTIPLE,
    "odk:rank": QuestionType.SELECT_MULTIPLE,
}
_MEDIA_TYPES = {
    "image": QuestionType.IMAGE,
    "audio": QuestionType.AUDIO,
    "video": QuestionType.VIDEO,
}
# Survey columns pyxform knows but that have no meaning on a laptop: noticed once, then ignored.
# Columns the engine reads besides those below: media, counts, pyxform's bind:: and body::.
_READ_COLUMNS = frozenset(
    {"guidance_hint", "repeat_count", "jr:count", "count", "requiredmsg", "list_name",
     "constraint message", "required message", "relevance", "calculate", "caption"}
)  # fmt: skip
# Survey columns the engine honours; translated variants are `column::language`.
_SURVEY_COLUMNS = frozenset(
    {
        "type",
        "name",
        "label",
        "hint",
        "required",
        "required_message",
        "constraint",
        "constraint_message",
        "relevant",
        "default",
        "read_only",
        "readonly",
        "calculation",
        "choice_filter",
        "appearance",
        "parameters",
    }
)
_CHOICE_MEDIA_COLUMNS = frozenset({"image", "audio", "video", "big-image", "media"})
# `id_string` and `title` are pyxform's own names for form_id and form_title (Kobo uses them).
_SETTINGS = frozenset(
    {
        "form_id",
        "form_title",
        "id_string",
        "title",
        "version",
        "default_language",
        "allow_choice_duplicates",
        "style",
    }
)
_SETTINGS_EXPRESSIONS = frozenset({"instance_name"})
_TRUE = frozenset({"yes", "true", "true()", "1"})
_FALSE = frozenset({"no", "false", "false()", "0", ""})
_FROM_FILE = re.compile(r"from[_ ]file", re.IGNORECASE)
_END_TYPES = frozenset({"end group", "end repeat", "end loop"})
# The sheets the loader reads itself, kept in the cache with pyxform's tree.
_CACHED_SHEETS = ("survey", "choices", "settings", "external_choices")
_PULLDATA_FILE = re.compile(r"pulldata\(\s*['\"]([^'\"]+)['\"]")
_ROW_IN_PYXFORM_MESSAGE = re.compile(r"\[row\s*:\s*(\d+)\]")
_PLACE_IN_PYXFORM_MESSAGE = re.compile(r"On the '([^']+)' sheet, the '([^']+)' value")


@dataclass(frozen=True, slots=True)
class _Located:
    """A notice's message and where in the form it applies."""

    sheet: str
    row: int | None
    column: str | None
    message: Message

    def render(self, translate: Translate = french) -> str:
        """« feuille « s », ligne r, colonne « c » : message » in that language."""
        place = [Message(Code.FORM_PLACE_SHEET, {"sheet": self.sheet}).render(translate)]
        if self.row is not None:
            place.append(Message(Code.FORM_PLACE_ROW, {"row": self.row}).render(translate))
        if self.column:
            place.append(Message(Code.FORM_PLACE_COLUMN, {"column": self.column}).render(translate))
        params = {"place": ", ".join(place), "message": self.message}
        return Message(Code.FORM_NOTICE, params).render(translate)


class FormNotice(Said):
    """Something of a form the app ignores or renders differently, located.

    The str is its French (the command line, --json); `render` gives the interface language.
    """


@dataclass(frozen=True, slots=True)
class FormProblem:
    """One reason a form is refused, located as precisely as the source allows.

    `text` and `advice_text` are catalogued messages, so the English interface shows English;
    `message` and `advice` are their French (the command line, --json).
    """

    file: str
    text: Message
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    advice_text: Message | None = None

    @property
    def message(self) -> str:
        """What is wrong, in French."""
        return self.text.render()

    @property
    def advice(self) -> str | None:
        """How to fix it, in French (None when there is no advice)."""
        return None if self.advice_text is None else self.advice_text.render()

    def render(self, translate: Translate = french) -> str:
        """« file, feuille « s », ligne r, colonne « c » : message — advice » in that language."""
        place = [self.file]
        if self.sheet:
            place.append(Message(Code.FORM_PLACE_SHEET, {"sheet": self.sheet}).render(translate))
        if self.row is not None:
            place.append(Message(Code.FORM_PLACE_ROW, {"row": self.row}).render(translate))
        if self.column:
            place.append(Message(Code.FORM_PLACE_COLUMN, {"column": self.column}).render(translate))
        params: dict[str, Any] = {"place": ", ".join(place), "message": self.text}
        if self.advice_text is None:
            return Message(Code.FORM_PROBLEM, params).render(translate)
        params["advice"] = self.advice_text
        return Message(Code.FORM_PROBLEM_ADVICE, params).render(translate)

    def __str__(self) -> str:
        return self.render()

    def as_dict(self) -> dict[str, Any]:
        """Returns the problem as a JSON-ready dict (its French message and its code)."""
        return {
            "file": self.file,
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "code": str(self.text.code),
            "message": self.message,
            "advice": self.advice,
        }


class FormError(AppError):
    """The form cannot be used; `problems` lists every reason found, one a line."""

    area_code = Code.FORM

    def __init__(self, problems: Sequence[FormProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__(code=Code.FORM_PROBLEMS, problems=TextLines(self.problems))


def _group_depth(form: Form) -> int:
    """The deepest nesting of groups and repeats in the form (0 when it has none)."""
    deepest = 0
    stack: list[tuple[tuple[Any, ...], int]] = [(form.children, 0)]
    while stack:
        items, depth = stack.pop()
        for item in items:
            if isinstance(item, Group):
                deepest = max(deepest, depth + 1)
                stack.append((item.children, depth + 1))
    return deepest


def _too_deep(filename: str) -> Exception:
    return FormError(
        [
            FormProblem(
                filename,
                Message(Code.FORM_TOO_DEEP, {"levels": MAX_GROUP_DEPTH}),
                sheet="survey",
                advice_text=Message(Code.FORM_ADVICE_GROUP_ENDS),
            )
        ]
    )


def _guarded_build(build: Callable[[], Form], filename: str) -> Form:
    """Run a form build; nesting too deep (or a stack exhausted) becomes a located FormError."""
    try:
        form = build()
    except RecursionError:
        raise _too_deep(filename) from None
    if _group_depth(form) > MAX_GROUP_DEPTH:
        raise _too_deep(filename)
    return form


def load_form(path: str | Path, *, media_dirs: Sequence[Path] | None = None) -> Form:
    """Reads and checks the XLSForm at `path`; raises FormError naming every problem.

    Its files are looked for in `media_dirs`, by default in `media_folders(path)`.
    """
    path = Path(path)
    if path.suffix.lower() not in SUPPORTED_EXTENSIONS:
        raise FormError(
            [
                FormProblem(
                    path.name,
                    Message(
                        Code.FORM_EXTENSION,
                        {"extension": path.suffix or Message(Code.FORM_NO_EXTENSION)},
                    ),
                    advice_text=Message(Code.FORM_ADVICE_SAVE_AS),
                )
            ]
        )
    try:
        source = path.read_bytes()
    except OSError as error:
        raise FormError(
            [
                FormProblem(
                    path.name, Message(Code.FORM_UNREADABLE, {"reason": os_error_text(error)})
                )
            ]
        ) from error
    folders = media_folders(path) if media_dirs is None else tuple(media_dirs)
    return load_form_bytes(source, path.name, media_dirs=folders)


def media_folders(path: Path) -> tuple[Path, ...]:
    """Where a form's attached files are looked for: `<form>-media/`, `media/`, then beside it."""
    candidates = (path.parent / f"{path.stem}-media", path.parent / "media", path.parent)
    return tuple(folder for folder in candidates if folder.is_dir())


def load_form_bytes(
    source: bytes,
    filename: str,
    *,
    media: Mapping[str, bytes] | None = None,
    media_dirs: Sequence[Path] = (),
) -> Form:
    """Reads and checks an XLSForm given as bytes (e.g. stored in a database or a bundle).

    `media` gives the form's attached files by name (choice files, pulldata CSV); files not
    given are looked for in `media_dirs`.
    """
    from inclusion_desktop.questionnaire import form_cache

    sha256 = hashlib.sha256(source).hexdigest()
    folders = tuple(media_dirs)
    given = form_cache.given_media_key(media or {})
    form = form_cache.remembered(sha256, filename, folders, given)
    if form is not None:
        return form
    builder = _FormBuilder(source, filename)
    builder.media = dict(media or {})
    builder.media_dirs = folders
    form = _guarded_build(builder.build, filename)
    # Names found in the given files are not looked for in the folders: only the others count.
    from_folders = sorted(builder.looked_up - set(media or {}))
    form_cache.remember(form, folders, from_folders, given)
    return form


@dataclass
class _FormBuilder:
    """Builds one Form; collects every problem before raising, so the author fixes them at once."""

    source: bytes
    filename: str
    problems: list[FormProblem] = field(default_factory=list)
    rows_by_name: dict[str, int] = field(default_factory=dict)
    raw_types: dict[str, str] = field(default_factory=dict)
    raw_appearances: dict[str, str] = field(default_factory=dict)
    refused_appearances: set[str] = field(default_factory=set)
    notices: list[str] = field(default_factory=list)
    rows_by_path: dict[tuple[str, ...], int] = field(default_factory=dict)
    types_by_path: dict[tuple[str, ...], str] = field(default_factory=dict)
    appearances_by_path: dict[tuple[str, ...], str] = field(default_factory=dict)
    media: dict[str, bytes] = field(default_factory=dict)
    media_dirs: tuple[Path, ...] = ()
    external_choices: dict[str, ChoiceList] = field(default_factory=dict)
    noticed: set[tuple[str, str]] = field(default_factory=set)
    renamed_rows: dict[int, str] = field(default_factory=dict)
    looked_up: set[str] = field(default_factory=set)
    missing_media: list[str] = field(default_factory=list)
    parsed: dict[tuple[str, bool], Expression] = field(default_factory=dict)
    known_expressions: Mapping[str, Any] = field(default_factory=dict)
    duplicate_choices: bool = False
    all_names: dict[str, Question | Group] = field(default_factory=dict)
    choice_lists: dict[str, ChoiceList] = field(default_factory=dict)
    pending_references: list[tuple[Expression, int, str]] = field(default_factory=list)
    pyxform_warnings: list[str] = field(default_factory=list)

    def problem(
        self,
        code: Code,
        *,
        sheet: str | None = "survey",
        row: int | None = None,
        column: str | None = None,
        advice: Code | None = None,
        **params: Any,
    ) -> None:
        """Records a refusal: the catalogued message `code` filled with `params`, located."""
        advice_text = None if advice is None else Message(advice)
        problem = FormProblem(self.filename, Message(code, params), sheet, row, column, advice_text)
        self.problems.append(problem)

    def notice(
        self,
        message: Message,
        *,
        sheet: str = "survey",
        row: int | None = None,
        column: str | None = None,
        key: str | None = None,
    ) -> None:
        """Records something the app ignores or renders differently: shown, never a refusal."""
        if key is not None:
            if (sheet, key) in self.noticed:
                return
            self.noticed.add((sheet, key))
        self.notices.append(FormNotice(_Located(sheet, row, column, message)))

    def fail_if_problems(self) -> None:
        if self.problems:
            raise FormError(self.problems)

    def build(self) -> Form:
        from inclusion_desktop.questionnaire import form_cache

        # pyxform names a form without form_id after its file: the name is part of the key.
        sha256 = hashlib.sha256(self.source + b"\0" + Path(self.filename).stem.encode()).hexdigest()
        cached = form_cache.read_pyxform_result(sha256)
        workbook = self.read_workbook(cached)
        self.check_survey_columns(workbook.survey or [])
        self.check_choices_columns(workbook.choices or [])
        settings = self.check_settings(workbook.settings or [])
        self.check_choice_names(workbook.choices or [], settings)
        fingerprint = form_cache.parser_fingerprint()
        if cached is not None and not self.problems:
            tree: dict[str, Any] = cached["tree"]
            self.pyxform_warnings = list(cached["warnings"])
            self.choice_lists = self.build_choice_lists(tree.get("choices", {}))
            if cached.get("parser") == fingerprint:
                self.known_expressions = cached.get("expressions") or {}
        else:
            tree = self.validate_with_pyxform(workbook)
        self.external_choices = self.read_external_choices(workbook.external_choices or [])
        children = self.build_children(tree.get("children", []), parent=None, repeat=None)
        self.check_references()
        self.attach_pulldata_files([e.source for e, _, _ in self.pending_references])
        instance_name = self.parse_setting_expression(settings, "instance_name")
        self.fail_if_problems()
        if cached is None or not self.known_expressions:
            form_cache.write_pyxform_result(
                sha256,
                {
                    "tree": tree,
                    "warnings": self.pyxform_warnings,
                    **{sheet: getattr(workbook, sheet) for sheet in _CACHED_SHEETS},
                    "parser": fingerprint,
                    "expressions": {
                        f"{int(choice_filter)}:{source}": _expression_facts(expression)
                        for (source, choice_filter), expression in self.parsed.items()
                    },
                },
            )

        languages = self.collect_languages(tree)
        default_language = tree.get("default_language")
        if default_language in (None, "default") and languages:
            default_language = languages[0]
        return Form(
            form_id=str(tree.get("id_string") or Path(self.filename).stem),
            version=str(tree.get("version") or ""),
            title=str(tree.get("title") or Path(self.filename).stem),
            default_language=default_language,
            languages=tuple(languages),
            children=children,
            choice_lists=self.choice_lists,
            settings=settings,
            sha256=hashlib.sha256(self.source).hexdigest(),
            source=self.source,
            source_filename=self.filename,
            instance_name=instance_name,
            warnings=tuple(self.pyxform_warnings),
            notices=tuple(self.notices),
            by_name=dict(self.all_names),
            media=dict(self.media),
            missing_media=tuple(self.missing_media),
        )

    # -- reading ------------------------------------------------------------------------------

    def read_workbook(self, cached: Mapping[str, Any] | None = None) -> Any:
        """The sheets of the workbook, read by pyxform (or taken from the cache of this file)."""
        if cached is not None:
            from pyxform.xls2json_backends import DefinitionData

            workbook = DefinitionData(
                **{sheet: cached.get(sheet) for sheet in _CACHED_SHEETS},
                fallback_form_name=Path(self.filename).stem,
            )
        else:
            workbook = self.read_definition()
        self.scan_rows(workbook)
        return workbook

    def read_definition(self) -> Any:
        from io import BytesIO

        from pyxform.errors import PyXFormError
        from pyxform.xls2json_backends import Definition, SupportedFileTypes, get_xlsform

        suffix = Path(self.filename).suffix.lower()
        try:
            file_type = SupportedFileTypes(suffix)
        except ValueError:
            file_type = None
        data = self.source
        if suffix in (".csv", ".md") and data.startswith(codecs.BOM_UTF8):
            data = data[len(codecs.BOM_UTF8) :]  # Excel's "CSV UTF-8" starts with a BOM
        definition = Definition(
            data=BytesIO(data), file_type=file_type, file_path_stem=Path(self.filename).stem
        )
        try:
            workbook = get_xlsform(definition, file_type=file_type.value if file_type else None)
        except (PyXFormError, ValueError, KeyError, IndexError, TypeError, OSError) as error:
            raise FormError(
                [
                    FormProblem(
                        self.filename,
                        Message(Code.FORM_NOT_AN_XLSFORM, {"error": str(error)}),
                        advice_text=Message(Code.FORM_ADVICE_OPEN_SURVEY),
                    )
                ]
            ) from error
        except Exception as error:  # a damaged .xlsx: zip, deflate or XML errors of any kind
            raise FormError(
                [
                    FormProblem(
                        self.filename,
                        Message(Code.FORM_DAMAGED, {"error": str(error)}),
                        advice_text=Message(Code.FORM_ADVICE_SAVE_AGAIN),
                    )
                ]
            ) from error
        if not workbook.survey:
            raise FormError(
                [
                    FormProblem(
                        self.filename,
                        Message(Code.FORM_NO_SURVEY),
                        sheet="survey",
                        advice_text=Message(Code.FORM_ADVICE_SURVEY_COLUMNS),
                    )
                ]
            )
        return workbook

    def scan_rows(self, workbook: Any) -> None:
        """Locates every named row; names repeated within one group are problems."""
        # Names are unique within their nearest group or repeat, as pyxform requires; the same
        # name in two groups is allowed (pyxform resolves ${name} and refuses ambiguous ones).
        stack: list[str] = []
        for index, row in enumerate(workbook.survey):
            name = str(row.get("name") or "").strip()
            sheet_row = index + 2  # the header is row 1
            if _is_end_row(row):
                if stack:
                    stack.pop()
                continue  # "end group" rows often repeat the group's name: not a new item
            kind = " ".join(str(row.get("type", "")).replace("_", " ").lower().split())
            if not name:
                if kind.startswith("begin"):
                    stack.append("")
                continue
            path = (*stack, name)
            if path in self.rows_by_path:
                self.problem(
                    Code.FORM_NAME_TWICE,
                    row=sheet_row,
                    column="name",
                    advice=Code.FORM_ADVICE_DISTINCT_NAMES,
                    name=name,
                    first_row=self.rows_by_path[path],
                )
                self.renamed_rows[index] = f"{name}__ligne{sheet_row}"
            elif name == "meta" and kind.startswith("begin"):
                self.problem(
                    Code.FORM_META_RESERVED,
                    row=sheet_row,
                    column="name",
                    advice=Code.FORM_ADVICE_RENAME_GROUP,
                )
                self.renamed_rows[index] = f"meta__ligne{sheet_row}"
            else:
                self.rows_by_path[path] = sheet_row
                self.types_by_path[path] = str(row.get("type", ""))
                self.appearances_by_path[path] = str(row.get("appearance", ""))
                self.rows_by_name.setdefault(name, sheet_row)
                self.raw_types.setdefault(name, str(row.get("type", "")))
                self.raw_appearances.setdefault(name, str(row.get("appearance", "")))
            if kind.startswith("begin"):
                stack.append(name)

    def check_survey_columns(self, rows: Sequence[Mapping[str, Any]]) -> None:
        """Columns the app does not apply are noticed once each (documentation, SMS, ...)."""
        from pyxform.aliases import survey_header

        for index, row in enumerate(rows):
            for key, value in row.items():
                column = key if isinstance(key, str) else ""  # a cell with no header
                base = column.split("::", 1)[0].strip().lower()
                if column.startswith("$") or value in (None, ""):
                    continue
                if base in _SURVEY_COLUMNS or base in _READ_COLUMNS:
                    continue
                alias = survey_header.get(base)
                if isinstance(alias, tuple) and alias[1] in ("jr:count",):
                    continue
                if base in _CHOICE_MEDIA_COLUMNS:
                    self.attach_media(str(value), sheet="survey", row=index + 2, column=column)
                image = base == "image" or column.lower().startswith("media::image")
                if image and str(row.get("type", "")).strip() == "note":
                    continue  # a note's image is shown in field mode
                if base in ("bind", "body", "instance", "media") or base in _CHOICE_MEDIA_COLUMNS:
                    message = Message(Code.FORM_NOTICE_ODK_COLUMN)
                else:
                    message = Message(Code.FORM_NOTICE_IGNORED_COLUMN)
                self.notice(message, row=index + 2, column=column, key=column)

    def check_choices_columns(self, rows: Sequence[Mapping[str, Any]]) -> None:
        for index, row in enumerate(rows):
            for key, value in row.items():
                column = key if isinstance(key, str) else ""  # a cell with no header
                base = column.split("::", 1)[0].strip().lower()
                if base in _CHOICE_MEDIA_COLUMNS and value not in (None, ""):
                    self.attach_media(str(value), sheet="choices", row=index + 2, column=column)
                    self.notice(
                        Message(Code.FORM_NOTICE_CHOICE_MEDIA),
                        sheet="choices",
                        row=index + 2,
                        column=column,
                        key=column,
                    )

    def check_choice_names(
        self, rows: Sequence[Mapping[str, Any]], settings: Mapping[str, str]
    ) -> None:
        """Every duplicate choice name at once (pyxform stops at the first)."""
        if settings.get("allow_choice_duplicates", "").strip().lower() in _TRUE:
            return
        seen: dict[tuple[str, str], int] = {}
        for index, row in enumerate(rows):
            list_name = str(row.get("list_name") or row.get("list name") or "").strip()
            name = str(row.get("name") or row.get("value") or "").strip()
            if not list_name or not name:
                continue
            first = seen.setdefault((list_name, name), index + 2)
            if first != index + 2:
                self.duplicate_choices = True
                self.problem(
                    Code.FORM_CHOICE_TWICE,
                    sheet="choices",
                    row=index + 2,
                    column="name",
                    advice=Code.FORM_ADVICE_CHOICE_DUPLICATES,
                    name=name,
                    first_row=first,
                    list_name=list_name,
                )

    def check_settings(self, rows: Sequence[Mapping[str, Any]]) -> dict[str, str]:
        settings: dict[str, str] = {}
        for row in rows[:1]:
            for column, value in row.items():
                if value in (None, ""):
                    continue
                key = column.strip().lower() if isinstance(column, str) else ""
                if key not in _SETTINGS and key not in _SETTINGS_EXPRESSIONS:
                    self.notice(
                        Message(Code.FORM_NOTICE_SETTING_IGNORED, {"value": value}),
                        sheet="settings",
                        row=2,
                        column=str(column),
                    )
                settings[key] = str(value)
        return settings

    def validate_with_pyxform(self, workbook: Any) -> dict[str, Any]:
        """pyxform's tree of the form; its refusal is added to the problems found so far.

        pyxform stops at its first error. When that error is one already located here (a
        duplicate name or choice), pyxform is run again on a copy where those are set aside,
        so that the author learns every problem in one pass.
        """
        from pyxform.errors import PyXFormError
        from pyxform.xls2json import workbook_to_json

        attempt = workbook
        for _ in range(3):
            warnings: list[str] = []
            try:
                tree: dict[str, Any] = workbook_to_json(
                    workbook_dict=attempt,
                    form_name=None,
                    fallback_form_name=workbook.fallback_form_name,
                    default_language=None,
                    warnings=warnings,
                )
            except PyXFormError as error:
                self.add_pyxform_problem(str(error))
                relaxed = self.relaxed(attempt) if attempt is workbook else None
                if relaxed is None:
                    raise FormError(self.problems) from error
                attempt = relaxed
                continue
            self.pyxform_warnings = warnings
            self.choice_lists = self.build_choice_lists(tree.get("choices", {}))
            return tree
        raise FormError(self.problems)

    def add_pyxform_problem(self, message: str) -> None:
        """pyxform's error, located, unless it is a problem already found here."""
        match = _ROW_IN_PYXFORM_MESSAGE.search(message)
        row = int(match.group(1)) if match else None
        message = _ROW_IN_PYXFORM_MESSAGE.sub("", message).strip()
        place = _PLACE_IN_PYXFORM_MESSAGE.search(message)
        sheet = place.group(1) if place else "survey"
        if row is not None and any(p.row == row and p.sheet == sheet for p in self.problems):
            return
        # pyxform's own words stay as it wrote them, inside a catalogued frame.
        self.problem(
            Code.FORM_PYXFORM,
            sheet=sheet if row else None,
            row=row,
            column=place.group(2) if place else None,
            advice=Code.FORM_ADVICE_FIX_SPREADSHEET,
            message=message,
        )

    def relaxed(self, workbook: Any) -> Any:
        """A copy of the workbook without the problems already located, or None when none."""
        import dataclasses

        if not self.renamed_rows and not self.duplicate_choices:
            return None
        survey = [dict(row) for row in workbook.survey or []]
        for index, new_name in self.renamed_rows.items():
            survey[index]["name"] = new_name
        settings = [dict(row) for row in workbook.settings or [{}]] or [{}]
        header = [dict(row) for row in workbook.settings_header or [{}]] or [{}]
        if self.duplicate_choices:
            settings[0]["allow_choice_duplicates"] = "yes"
            header[0]["allow_choice_duplicates"] = None
        return dataclasses.replace(
            workbook, survey=survey, settings=settings, settings_header=header
        )

    def build_choice_lists(
        self, raw: Mapping[str, Sequence[Mapping[str, Any]]]
    ) -> dict[str, ChoiceList]:
        lists: dict[str, ChoiceList] = {}
        for list_name, choices in raw.items():
            built = []
            for choice in choices:
                extra = {
                    key: str(value)
                    for key, value in choice.items()
                    if key not in ("name", "label", "media") and isinstance(value, str)
                }
                built.append(Choice(str(choice["name"]), _text(choice.get("label")), extra))
            lists[list_name] = ChoiceList(list_name, tuple(built))
        return lists

    # -- building -----------------------------------------------------------------------------

    def read_external_choices(self, rows: Sequence[Mapping[str, Any]]) -> dict[str, ChoiceList]:
        """The `external_choices` sheet (select_one_external): choices read like the others."""
        grouped: dict[str, list[Mapping[str, Any]]] = {}
        for row in rows:
            list_name = str(row.get("list_name") or row.get("list name") or "").strip()
            if list_name and row.get("name") not in (None, ""):
                grouped.setdefault(list_name, []).append(row)
        return self.build_choice_lists(grouped)

    def choices_from_file(self, file_name: str, row: int) -> ChoiceList | None:
        """The choices of select_*_from_file, read from the form's media file (CSV or XML)."""
        data = self.media_file(file_name)
        if data is None:
            return None
        choices: list[Choice] = []
        if file_name.lower().endswith(".geojson"):
            return self.choices_from_geojson(file_name, data, row)
        if file_name.lower().endswith(".csv"):
            import csv
            import io

            text = data.decode("utf-8-sig", errors="replace")
            for record in csv.DictReader(io.StringIO(text)):
                name = str(record.get("name") or "").strip()
                if name:
                    extra = {
                        k: str(v) for k, v in record.items() if k and k not in ("name", "label")
                    }
                    choices.append(Choice(name, _text(record.get("label") or name), extra))
        else:
            import xml.etree.ElementTree as ElementTree

            try:
                root = ElementTree.fromstring(data)
            except ElementTree.ParseError as error:
                self.problem(
                    Code.FORM_FILE_UNREADABLE,
                    row=row,
                    column="type",
                    file=file_name,
                    error=str(error),
                )
                return None
            for item in root.iter("item"):
                fields = {child.tag: (child.text or "") for child in item}
                if fields.get("name"):
                    extra = {k: v for k, v in fields.items() if k not in ("name", "label")}
                    label = _text(fields.get("label") or fields["name"])
                    choices.append(Choice(fields["name"], label, extra))
        return ChoiceList(file_name, tuple(choices))

    def choices_from_geojson(self, file_name: str, data: bytes, row: int) -> ChoiceList | None:
        """Choices of a GeoJSON file as ODK reads them: a feature's `id` and `title`, its point."""
        import json

        try:
            features = json.loads(data.decode("utf-8-sig"))["features"]
            choices = []
            for feature in features:
                properties = dict(feature.get("properties") or {})
                name = str(feature.get("id") or properties.pop("id", "") or "").strip()
                if not name:
                    continue
                extra = {key: str(value) for key, value in properties.items() if key != "title"}
                geometry = feature.get("geometry") or {}
                if geometry.get("type") == "Point":
                    longitude, latitude, *_rest = geometry["coordinates"]
                    extra["geometry"] = f"{latitude} {longitude} 0 0"
                label = _text(properties.get("title") or name)
                choices.append(Choice(name, label, extra))
        except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as error:
            self.problem(
                Code.FORM_GEOJSON_UNREADABLE,
                row=row,
                column="type",
                file=file_name,
                error=str(error),
            )
            return None
        return ChoiceList(file_name, tuple(choices))

    def media_file(self, file_name: str) -> bytes | None:
        """An attached file of the form, from the given ones or the media folders."""
        self.looked_up.add(file_name)
        if file_name in self.media:
            return self.media[file_name]
        for folder in self.media_dirs:
            candidate = folder / file_name
            if Path(file_name).name == file_name and candidate.is_file():
                try:
                    self.media[file_name] = candidate.read_bytes()
                except OSError:
                    continue
                return self.media[file_name]
        return None

    def missing_file(self, message: Message, **where: Any) -> None:
        """A file the form names is not among its files: noticed, and listed for registration."""
        before = len(self.notices)
        self.notice(message, **where)
        self.missing_media.extend(self.notices[before:])

    def attach_media(self, file_name: str, *, sheet: str, row: int, column: str) -> None:
        """Reads an image or sound a question or choice names, so that the form carries it."""
        name = file_name.strip()
        if name and self.media_file(name) is None:
            self.missing_file(
                Message(Code.FORM_NOTICE_MEDIA_MISSING, {"name": name}),
                sheet=sheet,
                row=row,
                column=column,
                key=f"media:{name}",
            )

    def attach_pulldata_files(self, expressions: Sequence[str]) -> None:
        """Reads the CSV files pulldata() names, so that the form carries them."""
        for source in expressions:
            for match in _PULLDATA_FILE.finditer(source):
                name = match.group(1)
                if self.media_file(name) is None and self.media_file(f"{name}.csv") is None:
                    self.missing_file(
                        Message(Code.FORM_NOTICE_PULLDATA_MISSING, {"name": name}),
                        key=f"pulldata:{name}",
                    )

    # -- building -----------------------------------------------------------------------------

    def build_children(
        self,
        elements: Sequence[Mapping[str, Any]],
        parent: str | None,
        repeat: str | None,
        path: tuple[str, ...] = (),
    ) -> tuple[Question | Group, ...]:
        children: list[Question | Group] = []
        for element in elements:
            name = str(element.get("name", ""))
            kind = str(element.get("type", ""))
            if name == "meta" and kind == "group" and (name,) not in self.rows_by_path:
                continue  # pyxform's own instanceID block; the store gives every submission a UUID
            if kind in ("group", "repeat"):
                children.append(self.build_group(element, parent, repeat, path))
            else:
                question = self.build_question(element, children, parent, repeat, path)
                if question is not None:
                    children.append(question)
                    self.all_names[question.name] = question
        return tuple(children)

    def unique_key(self, name: str, path: tuple[str, ...]) -> tuple[str, str | None]:
        """The key answers are stored under: the name, or its path when a group reuses it."""
        if name not in self.all_names:
            return name, None
        return "/".join((*path, name)), name

    def build_group(
        self,
        element: Mapping[str, Any],
        parent: str | None,
        repeat: str | None,
        path: tuple[str, ...] = (),
    ) -> Group:
        name = str(element["name"])
        inner_path = (*path, name)
        row = self.rows_by_path.get(inner_path, self.rows_by_name.get(name, 0))
        key, source_name = self.unique_key(name, path)
        is_repeat = element.get("type") == "repeat"
        count_source = str((element.get("control", {}) or {}).get("jr:count") or "").strip()
        repeat_count = None
        if is_repeat and count_source:
            repeat_count = self.parse(count_source, row, "repeat_count")
        appearance = self.appearance(element, row, inner_path)
        inner_repeat = key if is_repeat else repeat
        group = Group(
            name=key,
            row=row,
            label=_text(element.get("label")),
            relevant=self.expression(element, "relevant", row),
            appearance=appearance,
            is_repeat=is_repeat,
            children=(),
            parent=parent,
            repeat=repeat,
            repeat_count=repeat_count,
            source_name=source_name,
        )
        self.all_names[key] = group
        children = self.build_children(element.get("children", []), key, inner_repeat, inner_path)
        group = Group(
            name=group.name,
            row=group.row,
            label=group.label,
            relevant=group.relevant,
            appearance=group.appearance,
            is_repeat=group.is_repeat,
            children=children,
            parent=parent,
            repeat=repeat,
            repeat_count=repeat_count,
            source_name=source_name,
        )
        self.all_names[key] = group
        return group

    def question_type(self, kind: str, raw: str, row: int) -> QuestionType | None:
        """The engine's type for pyxform's normalised type, read from pyxform's own type table."""
        from pyxform.question_type_dictionary import QUESTION_TYPE_DICT

        if kind in _TYPES:
            return _TYPES[kind]
        if kind in _MEDIA_TYPES:
            return _MEDIA_TYPES[kind]
        definition = QUESTION_TYPE_DICT.get(kind)
        if definition is None:
            if kind.startswith("select"):
                return (
                    QuestionType.SELECT_MULTIPLE
                    if "multiple" in kind
                    else (QuestionType.SELECT_ONE)
                )
            return None
        control = definition.get("control", {}) or {}
        bind_type = str((definition.get("bind", {}) or {}).get("type", ""))
        if control.get("tag") == "upload":
            media = str(control.get("mediatype", ""))
            return _MEDIA_TYPES.get(media.split("/")[0], QuestionType.FILE)
        if not control:
            # Metadata ODK fills in (phone number, SIM serial, audit, location in background…).
            self.notice(
                Message(Code.FORM_NOTICE_METADATA, {"type": raw.strip()}),
                row=row,
                column="type",
                key=f"meta:{kind}",
            )
            return QuestionType.HIDDEN
        if bind_type == "odk:rank":
            self.notice(
                Message(Code.FORM_NOTICE_RANK),
                row=row,
                column="type",
            )
        return _BIND_TYPES.get(bind_type, QuestionType.TEXT)

    def build_question(
        self,
        element: Mapping[str, Any],
        siblings: Sequence[Question | Group],
        parent: str | None,
        repeat: str | None,
        path: tuple[str, ...] = (),
    ) -> Question | None:
        name = str(element["name"])
        kind = str(element.get("type", ""))
        row = self.rows_by_path.get((*path, name))
        if row is None and kind == "calculate" and name.endswith("_count"):
            # pyxform's calculate for a computed repeat_count: kept, silent.
            count_row = self.rows_by_path.get((*path, name[: -len("_count")]), 0)
            source = str((element.get("bind", {}) or {}).get("calculate") or "")
            question = Question(
                name=name,
                type=QuestionType.CALCULATE,
                row=count_row,
                calculation=self.parse(source, count_row, "repeat_count") if source else None,
                parent=parent,
                repeat=repeat,
            )
            self.all_names[name] = question
            return question
        if row is None:
            return self.generated_other(name, siblings, parent, repeat, path)
        raw_type = self.types_by_path.get((*path, name), kind)
        key, source_name = self.unique_key(name, path)
        question_type = self.question_type(kind, raw_type, row)
        if question_type is None:
            self.problem(
                Code.FORM_UNSUPPORTED_TYPE,
                row=row,
                column="type",
                advice=Code.FORM_ADVICE_TYPES,
                type=raw_type or kind,
            )
            return None
        bind: Mapping[str, Any] = element.get("bind", {}) or {}
        required_raw = str(bind.get("required", "")).strip()
        required = required_raw.lower() in _TRUE
        required_if = None
        if required_raw and required_raw.lower() not in _TRUE | _FALSE:
            required_if = self.parse(required_raw, row, "required")
        read_only_raw = str(bind.get("readonly", "")).strip().lower()
        if read_only_raw and read_only_raw not in _TRUE | _FALSE:
            self.notice(
                Message(Code.FORM_NOTICE_READ_ONLY),
                row=row,
                column="read_only",
            )
        choices = None
        if question_type in (QuestionType.SELECT_ONE, QuestionType.SELECT_MULTIPLE):
            list_name = str(element.get("list_name") or element.get("itemset") or "")
            itemset = str(element.get("itemset") or "")
            choices = self.choice_lists.get(list_name)
            if choices is None and "external" in kind:
                choices = self.external_choices.get(list_name)
            if choices is None and _FROM_FILE.search(raw_type):
                file_name = itemset or list_name
                choices = self.choices_from_file(file_name, row)
                if choices is None:
                    self.missing_file(
                        Message(Code.FORM_NOTICE_CHOICE_FILE_MISSING, {"name": file_name}),
                        row=row,
                        column="type",
                    )
                    question_type = QuestionType.TEXT
            if choices is None and question_type is not QuestionType.TEXT:
                if "external" in kind:
                    self.notice(
                        Message(Code.FORM_NOTICE_EXTERNAL_LIST_MISSING, {"list_name": list_name}),
                        row=row,
                        column="type",
                    )
                    question_type = QuestionType.TEXT
                else:
                    self.problem(
                        Code.FORM_UNKNOWN_LIST, row=row, column="type", list_name=list_name
                    )
        parameters: Mapping[str, Any] = element.get("parameters", {}) or {}
        if not isinstance(parameters, Mapping):
            parameters = {}
        unknown_parameters = set(parameters) - (
            {"start", "end", "step"} if question_type is QuestionType.RANGE else set()
        )
        unknown_parameters -= {"randomize", "seed"}
        if parameters.get("randomize"):
            self.notice(Message(Code.FORM_NOTICE_RANDOMIZE), row=row, column="parameters")
        if unknown_parameters:
            self.notice(
                Message(
                    Code.FORM_NOTICE_PARAMETERS,
                    {"parameters": ", ".join(sorted(unknown_parameters))},
                ),
                row=row,
                column="parameters",
            )
        default_raw = element.get("default")
        default = str(default_raw) if default_raw not in (None, "") else None
        dynamic_default = None
        if default is not None and ("${" in default or "(" in default):
            dynamic_default = self.parse(default, row, "default")
            default = None
        question = Question(
            name=key,
            type=question_type,
            row=row,
            label=_text(element.get("label")),
            hint=_text(element.get("hint")),
            required=required,
            required_if=required_if,
            required_message=_text(bind.get("jr:requiredMsg")),
            constraint=self.expression(element, "constraint", row),
            constraint_message=_text(bind.get("jr:constraintMsg")),
            relevant=self.expression(element, "relevant", row),
            default=default,
            read_only=read_only_raw in _TRUE,
            calculation=self.expression(element, "calculation", row),
            choice_filter=self.parse(
                str(element["choice_filter"]), row, "choice_filter", choice_filter=True
            )
            if element.get("choice_filter") and choices is not None
            else None,
            appearance=self.appearance(element, row, (*path, name)),
            choices=choices,
            or_other=" or_other" in f" {raw_type}".replace("or specify other", "or_other"),
            range_start=_number(parameters.get("start"), 0.0),
            range_end=_number(parameters.get("end"), 10.0),
            range_step=_number(parameters.get("step"), 1.0),
            parent=parent,
            repeat=repeat,
            guidance_hint=_text(element.get("guidance_hint")),
            dynamic_default=dynamic_default,
            source_name=source_name,
            image=_text((element.get("media") or {}).get("image")),
        )
        if question.type is QuestionType.CALCULATE and bind.get("calculate") in (None, ""):
            self.notice(
                Message(Code.FORM_NOTICE_NO_CALCULATION),
                row=row,
                column="calculation",
            )
        return question

    def generated_other(
        self,
        name: str,
        siblings: Sequence[Question | Group],
        parent: str | None,
        repeat: str | None,
        path: tuple[str, ...] = (),
    ) -> Question | None:
        """Returns the text question pyxform adds after a select `or_other`."""
        previous = siblings[-1] if siblings else None
        if not isinstance(previous, Question) or name != f"{previous.xml_name}_other":
            # pyxform's own additions: labels of a table-list, a repeat's count…
            return None
        key, source_name = self.unique_key(name, path)
        question = Question(
            name=key,
            type=QuestionType.TEXT,
            row=previous.row,
            label=Text(
                {
                    lang: "Précisez « autre »"
                    if lang.lower().startswith(("fr", "fran"))
                    else "Specify other"
                    for lang in previous.label.by_language
                }
                or {"default": "Précisez « autre »"}
            ),
            required=True,
            relevant=parse_expression(f"selected(${{{previous.name}}}, 'other')")
            if "/" not in previous.name
            else None,
            parent=parent,
            repeat=repeat,
            source_name=source_name,
        )
        self.all_names[key] = question
        return question

    def appearance(
        self, element: Mapping[str, Any], row: int, path: tuple[str, ...] = ()
    ) -> frozenset[str]:
        control: Mapping[str, Any] = element.get("control", {}) or {}
        name = str(element.get("name", ""))
        # What the author wrote: pyxform rewrites some appearances (table-list → field-list).
        written = self.appearances_by_path.get(
            path, self.raw_appearances.get(name, str(control.get("appearance", "")))
        )
        words = frozenset(written.split())
        ignored = sorted(
            word for word in words
            if word not in SUPPORTED_APPEARANCES and not WIDTH_APPEARANCE.fullmatch(word)
        )  # fmt: skip
        for word in ignored:
            self.notice(
                Message(Code.FORM_NOTICE_APPEARANCE, {"appearance": word}),
                row=row,
                column="appearance",
                key=f"appearance:{word}",
            )
        if "table-list" in words:
            words = words | {"field-list"}
        return words

    def expression(self, element: Mapping[str, Any], column: str, row: int) -> Expression | None:
        bind_key = {"relevant": "relevant", "constraint": "constraint", "calculation": "calculate"}
        source = (element.get("bind", {}) or {}).get(bind_key[column])
        if source in (None, ""):
            return None
        return self.parse(str(source), row, column)

    def parse(
        self, source: str, row: int, column: str, *, choice_filter: bool = False
    ) -> Expression | None:
        try:
            # Real forms repeat the same relevant on many rows: parsed once (expressions are
            # immutable).
            expression = self.parsed.get((source, choice_filter))
            facts = self.known_expressions.get(f"{int(choice_filter)}:{source}")
            if expression is None and facts is not None:
                expression = _deferred_expression(source, choice_filter, facts)
            elif expression is None:
                expression = parse_expression(source, choice_filter=choice_filter)
            self.parsed[(source, choice_filter)] = expression
        except ExpressionError as error:
            self.problem(
                Code.FORM_EXPRESSION,
                row=row,
                column=column,
                advice=Code.FORM_ADVICE_EXPRESSION,
                source=source,
                error=error,
            )
            return None
        self.pending_references.append((expression, row, column))
        return expression

    def check_references(self) -> None:
        for expression, row, column in self.pending_references:
            for reference in sorted(expression.references):
                if reference in self.all_names:
                    continue
                if f"${{{reference}}}" in expression.source:
                    self.problem(
                        Code.FORM_UNKNOWN_REFERENCE_IN,
                        row=row,
                        column=column,
                        advice=Code.FORM_ADVICE_SPELLING,
                        reference=reference,
                        source=expression.source,
                    )
                else:  # a written XPath path: JavaRosa reads a path to nothing as empty
                    self.notice(
                        Message(Code.FORM_NOTICE_PATH_MISSING, {"reference": reference}),
                        row=row,
                        column=column,
                    )
            for name in sorted(expression.bare_names):
                self.notice(
                    Message(Code.FORM_NOTICE_BARE_NAME, {"name": name}),
                    row=row,
                    column=column,
                    key=f"bare:{name}:{row}:{column}",
                )

    def parse_setting_expression(self, settings: Mapping[str, str], key: str) -> Expression | None:
        source = settings.get(key)
        if not source:
            return None
        try:
            expression = parse_expression(source)
        except ExpressionError as error:
            self.problem(
                Code.FORM_EXPRESSION,
                sheet="settings",
                row=2,
                column=key,
                source=source,
                error=error,
            )
            return None
        for reference in sorted(expression.references - set(self.all_names)):
            self.problem(
                Code.FORM_UNKNOWN_REFERENCE,
                sheet="settings",
                row=2,
                column=key,
                reference=reference,
            )
        return expression

    def collect_languages(self, tree: Mapping[str, Any]) -> list[str]:
        languages: list[str] = []

        def add(value: Any) -> None:
            if isinstance(value, Mapping):
                for language in value:
                    if language not in languages:
                        languages.append(str(language))

        for item in self.all_names.values():
            add(item.label.by_language)
            if isinstance(item, Question):
                add(item.hint.by_language)
        for choice_list in self.choice_lists.values():
            for choice in choice_list.choices:
                add(choice.label.by_language)
        default = tree.get("default_language")
        if default in languages:
            languages.remove(default)
            languages.insert(0, default)
        if "default" in languages and len(languages) > 1:
            languages.remove("default")
        return languages


def _expression_facts(expression: Expression) -> dict[str, Any]:
    """What the loader reads from a parsed expression, kept in the cache (JSON)."""
    return {
        "references": sorted(expression.references),
        "functions": sorted(expression.functions),
        "uses_current": expression.uses_current,
        "choice_columns": sorted(expression.choice_columns),
        "bare_names": sorted(expression.bare_names),
    }


def _deferred_expression(source: str, choice_filter: bool, facts: Mapping[str, Any]) -> Expression:
    """An expression this very parser accepted before: compiled when first evaluated."""
    compiled: list[Any] = []

    def evaluate(context: Any) -> Any:
        if not compiled:
            compiled.append(parse_expression(source, choice_filter=choice_filter).evaluate)
        return compiled[0](context)

    return Expression(
        source=source,
        references=frozenset(facts["references"]),
        functions=frozenset(facts["functions"]),
        uses_current=bool(facts["uses_current"]),
        _evaluator=evaluate,
        choice_columns=frozenset(facts["choice_columns"]),
        bare_names=frozenset(facts["bare_names"]),
    )


def _is_end_row(row: Mapping[str, Any]) -> bool:
    """True for the row that closes a group or repeat (`end group`, `end_repeat`, ...)."""
    kind = " ".join(str(row.get("type", "")).replace("_", " ").lower().split())
    return kind in _END_TYPES


def _text(value: Any) -> Text:
    if value is None or value == "":
        return Text()
    if isinstance(value, Mapping):
        return Text({str(language): str(text) for language, text in value.items()})
    return Text({"default": str(value)})


def _number(value: Any, default: float) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return default
