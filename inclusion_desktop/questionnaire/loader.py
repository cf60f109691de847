"""Loads an XLSForm (.xlsx, .xls, .csv, .md) with pyxform and checks what the engine supports.

pyxform reads and validates the workbook; this module then builds the typed `Form` and refuses, with
the file, sheet, row and column named, anything the engine would otherwise have to ignore silently.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from inclusion_desktop.os_errors import os_error_text
from inclusion_desktop.questionnaire.expressions import (
    Expression,
    ExpressionError,
    parse_expression,
)
from inclusion_desktop.questionnaire.limits import guarded_build
from inclusion_desktop.questionnaire.model import (
    SUPPORTED_APPEARANCES,
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
_ROW_IN_PYXFORM_MESSAGE = re.compile(r"\[row\s*:\s*(\d+)\]")
_PLACE_IN_PYXFORM_MESSAGE = re.compile(r"On the '([^']+)' sheet, the '([^']+)' value")


@dataclass(frozen=True, slots=True)
class FormProblem:
    """One reason a form is refused, located as precisely as the source allows."""

    file: str
    message: str
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    advice: str | None = None

    def __str__(self) -> str:
        where = [self.file]
        if self.sheet:
            where.append(f"feuille « {self.sheet} »")
        if self.row is not None:
            where.append(f"ligne {self.row}")
        if self.column:
            where.append(f"colonne « {self.column} »")
        text = f"{', '.join(where)} : {self.message}"
        if self.advice:
            text += f" — {self.advice}"
        return text

    def as_dict(self) -> dict[str, Any]:
        """Returns the problem as a JSON-ready dict."""
        return {
            "file": self.file,
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "message": self.message,
            "advice": self.advice,
        }


class FormError(Exception):
    """The form cannot be used; `problems` lists every reason found."""

    def __init__(self, problems: Sequence[FormProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


def load_form(path: str | Path) -> Form:
    """Reads and checks the XLSForm at `path`; raises FormError naming every problem."""
    path = Path(path)
    if path.suffix.lower() not in SUPPORTED_EXTENSIONS:
        raise FormError(
            [
                FormProblem(
                    path.name,
                    f"extension « {path.suffix or '(aucune)'} » non reconnue",
                    advice="enregistrez le questionnaire en .xlsx, .xls, .csv ou .md",
                )
            ]
        )
    try:
        source = path.read_bytes()
    except OSError as error:
        raise FormError(
            [FormProblem(path.name, f"lecture impossible ({os_error_text(error)})")]
        ) from error
    return load_form_bytes(source, path.name)


def load_form_bytes(source: bytes, filename: str) -> Form:
    """Reads and checks an XLSForm given as bytes (e.g. stored in a database or a bundle)."""
    return guarded_build(_FormBuilder(source, filename).build, filename)


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
    all_names: dict[str, Question | Group] = field(default_factory=dict)
    choice_lists: dict[str, ChoiceList] = field(default_factory=dict)
    pending_references: list[tuple[Expression, int, str]] = field(default_factory=list)
    pyxform_warnings: list[str] = field(default_factory=list)

    def problem(
        self,
        message: str,
        *,
        sheet: str | None = "survey",
        row: int | None = None,
        column: str | None = None,
        advice: str | None = None,
    ) -> None:
        self.problems.append(FormProblem(self.filename, message, sheet, row, column, advice))

    def fail_if_problems(self) -> None:
        if self.problems:
            raise FormError(self.problems)

    def build(self) -> Form:
        workbook = self.read_workbook()
        self.check_survey_columns(workbook.survey or [])
        self.check_choices_columns(workbook.choices or [])
        settings = self.check_settings(workbook.settings or [])
        self.fail_if_problems()
        tree = self.validate_with_pyxform(workbook)
        children = self.build_children(tree.get("children", []), parent=None, repeat=None)
        self.check_references()
        instance_name = self.parse_setting_expression(settings, "instance_name")
        self.fail_if_problems()

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
            by_name=dict(self.all_names),
        )

    # -- reading ------------------------------------------------------------------------------

    def read_workbook(self) -> Any:
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
                        f"le fichier n'a pas pu être lu comme un XLSForm ({error})",
                        advice="vérifiez qu'il s'ouvre dans un tableur et qu'il a une feuille "
                        "« survey »",
                    )
                ]
            ) from error
        except Exception as error:  # a damaged .xlsx: zip, deflate or XML errors of any kind
            raise FormError(
                [
                    FormProblem(
                        self.filename,
                        f"le fichier est endommagé ou n'est pas un classeur lisible ({error})",
                        advice="ouvrez-le dans un tableur et enregistrez-le de nouveau",
                    )
                ]
            ) from error
        if not workbook.survey:
            raise FormError(
                [
                    FormProblem(
                        self.filename,
                        "la feuille « survey » est absente ou vide",
                        sheet="survey",
                        advice="un XLSForm a au moins une feuille « survey » avec les colonnes "
                        "type, name et label",
                    )
                ]
            )
        for index, row in enumerate(workbook.survey):
            name = row.get("name")
            sheet_row = index + 2  # the header is row 1
            if _is_end_row(row):
                continue  # "end group" rows often repeat the group's name: not a new item
            if name:
                if name in self.rows_by_name:
                    self.problem(
                        f"le nom « {name} » est déjà utilisé ligne {self.rows_by_name[name]}",
                        row=sheet_row,
                        column="name",
                        advice="chaque question doit avoir un nom unique dans tout le "
                        "questionnaire, pour que ${" + name + "} soit sans ambiguïté",
                    )
                else:
                    self.rows_by_name[name] = sheet_row
                    self.raw_types[name] = str(row.get("type", ""))
                    self.raw_appearances[name] = str(row.get("appearance", ""))
        return workbook

    def check_survey_columns(self, rows: Sequence[Mapping[str, Any]]) -> None:
        for index, row in enumerate(rows):
            for key, value in row.items():
                column = key if isinstance(key, str) else ""  # a cell with no header
                base = column.split("::", 1)[0].strip().lower()
                if base in _SURVEY_COLUMNS or column.startswith("$") or value in (None, ""):
                    continue
                self.problem(
                    f"colonne non prise en charge (valeur « {value} »)",
                    row=index + 2,
                    column=column,
                    advice="retirez cette colonne ou videz la cellule : l'application ne "
                    "saurait pas l'appliquer",
                )

    def check_choices_columns(self, rows: Sequence[Mapping[str, Any]]) -> None:
        for index, row in enumerate(rows):
            for key, value in row.items():
                column = key if isinstance(key, str) else ""  # a cell with no header
                base = column.split("::", 1)[0].strip().lower()
                if base in _CHOICE_MEDIA_COLUMNS and value not in (None, ""):
                    self.problem(
                        "les images et sons dans les choix ne sont pas pris en charge",
                        sheet="choices",
                        row=index + 2,
                        column=column,
                        advice="retirez cette colonne",
                    )

    def check_settings(self, rows: Sequence[Mapping[str, Any]]) -> dict[str, str]:
        settings: dict[str, str] = {}
        for row in rows[:1]:
            for column, value in row.items():
                if value in (None, ""):
                    continue
                key = column.strip().lower() if isinstance(column, str) else ""
                if key not in _SETTINGS and key not in _SETTINGS_EXPRESSIONS:
                    self.problem(
                        f"réglage non pris en charge (valeur « {value} »)",
                        sheet="settings",
                        row=2,
                        column=column,
                        advice="retirez cette colonne de la feuille « settings »",
                    )
                settings[key] = str(value)
        return settings

    def validate_with_pyxform(self, workbook: Any) -> dict[str, Any]:
        from pyxform.errors import PyXFormError
        from pyxform.xls2json import workbook_to_json

        warnings: list[str] = []
        try:
            tree: dict[str, Any] = workbook_to_json(
                workbook_dict=workbook,
                form_name=None,
                fallback_form_name=workbook.fallback_form_name,
                default_language=None,
                warnings=warnings,
            )
        except PyXFormError as error:
            message = str(error)
            match = _ROW_IN_PYXFORM_MESSAGE.search(message)
            row = int(match.group(1)) if match else None
            message = _ROW_IN_PYXFORM_MESSAGE.sub("", message).strip()
            place = _PLACE_IN_PYXFORM_MESSAGE.search(message)
            sheet = place.group(1) if place else "survey"
            raise FormError(
                [
                    FormProblem(
                        self.filename,
                        f"XLSForm refusé par pyxform : {message}",
                        sheet=sheet if row else None,
                        row=row,
                        column=place.group(2) if place else None,
                        advice="corrigez le questionnaire dans le tableur puis rechargez-le",
                    )
                ]
            ) from error
        self.pyxform_warnings = warnings
        self.choice_lists = self.build_choice_lists(tree.get("choices", {}))
        return tree

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

    def build_children(
        self, elements: Sequence[Mapping[str, Any]], parent: str | None, repeat: str | None
    ) -> tuple[Question | Group, ...]:
        children: list[Question | Group] = []
        for element in elements:
            name = str(element.get("name", ""))
            kind = str(element.get("type", ""))
            if name == "meta" and kind == "group" and name not in self.rows_by_name:
                continue  # pyxform's own instanceID block; the store gives every submission a UUID
            if kind in ("group", "repeat"):
                children.append(self.build_group(element, parent, repeat))
            else:
                question = self.build_question(element, children, parent, repeat)
                if question is not None:
                    children.append(question)
                    self.all_names[question.name] = question
        return tuple(children)

    def build_group(
        self, element: Mapping[str, Any], parent: str | None, repeat: str | None
    ) -> Group:
        name = str(element["name"])
        row = self.rows_by_name.get(name, 0)
        is_repeat = element.get("type") == "repeat"
        if is_repeat and (element.get("control", {}) or {}).get("jr:count"):
            self.problem(
                "« repeat_count » n'est pas pris en charge",
                row=row,
                column="repeat_count",
                advice="laissez l'enquêteur ajouter les répétitions une à une",
            )
        appearance = self.appearance(element, row)
        inner_repeat = name if is_repeat else repeat
        group = Group(
            name=name,
            row=row,
            label=_text(element.get("label")),
            relevant=self.expression(element, "relevant", row),
            appearance=appearance,
            is_repeat=is_repeat,
            children=(),
            parent=parent,
            repeat=repeat,
        )
        self.all_names[name] = group
        children = self.build_children(element.get("children", []), name, inner_repeat)
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
        )
        self.all_names[name] = group
        return group

    def build_question(
        self,
        element: Mapping[str, Any],
        siblings: Sequence[Question | Group],
        parent: str | None,
        repeat: str | None,
    ) -> Question | None:
        name = str(element["name"])
        kind = str(element.get("type", ""))
        row = self.rows_by_name.get(name)
        if row is None:
            return self.generated_other(name, siblings, parent, repeat)
        question_type = _TYPES.get(kind)
        if _FROM_FILE.search(self.raw_types.get(name, "")):
            question_type = None  # pyxform calls it "select one": the choices are in another file
        if question_type is None:
            self.problem(
                f"type de question non pris en charge : « {self.raw_types.get(name) or kind} »",
                row=row,
                column="type",
                advice="types possibles : text, integer, decimal, select_one, select_multiple, "
                "date, time, note, calculate, acknowledge, range, hidden, groupes et répétitions",
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
            self.problem(
                "« read_only » doit valoir yes ou no",
                row=row,
                column="read_only",
                advice="une expression n'est pas prise en charge ici",
            )
        choices = None
        if question_type in (QuestionType.SELECT_ONE, QuestionType.SELECT_MULTIPLE):
            list_name = str(element.get("list_name") or element.get("itemset") or "")
            choices = self.choice_lists.get(list_name)
            if choices is None:
                self.problem(f"liste de choix « {list_name} » introuvable", row=row, column="type")
        parameters: Mapping[str, Any] = element.get("parameters", {}) or {}
        unknown_parameters = set(parameters) - (
            {"start", "end", "step"} if question_type is QuestionType.RANGE else set()
        )
        if question_type in (QuestionType.SELECT_ONE, QuestionType.SELECT_MULTIPLE):
            unknown_parameters -= (
                {"randomize", "seed"} if not parameters.get("randomize") else set()
            )
        if unknown_parameters:
            self.problem(
                f"paramètre non pris en charge : {', '.join(sorted(unknown_parameters))}",
                row=row,
                column="parameters",
                advice="retirez ce paramètre",
            )
        question = Question(
            name=name,
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
            default=str(element["default"]) if element.get("default") not in (None, "") else None,
            read_only=read_only_raw in _TRUE,
            calculation=self.expression(element, "calculation", row),
            choice_filter=self.parse(
                str(element["choice_filter"]), row, "choice_filter", choice_filter=True
            )
            if element.get("choice_filter")
            else None,
            appearance=self.appearance(element, row),
            choices=choices,
            or_other=" or_other"
            in f" {self.raw_types.get(name, '')}".replace("or specify other", "or_other"),
            range_start=_number(parameters.get("start"), 0.0),
            range_end=_number(parameters.get("end"), 10.0),
            range_step=_number(parameters.get("step"), 1.0),
            parent=parent,
            repeat=repeat,
        )
        if question.type is QuestionType.CALCULATE and bind.get("calculate") in (None, ""):
            self.problem(
                "un « calculate » doit avoir une « calculation »", row=row, column="calculation"
            )
        return question

    def generated_other(
        self,
        name: str,
        siblings: Sequence[Question | Group],
        parent: str | None,
        repeat: str | None,
    ) -> Question | None:
        """Returns the text question pyxform adds after a select `or_other`."""
        previous = siblings[-1] if siblings else None
        if not isinstance(previous, Question) or name != f"{previous.name}_other":
            if parent in self.refused_appearances:
                return None  # pyxform's rendering of a refused appearance (table-list...)
            self.problem(
                f"élément « {name} » introuvable dans la feuille survey",
                row=self.rows_by_name.get(parent) if parent else None,
                column="name",
            )
            return None
        question = Question(
            name=name,
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
            relevant=parse_expression(f"selected(${{{previous.name}}}, 'other')"),
            parent=parent,
            repeat=repeat,
        )
        self.all_names[name] = question
        return question

    def appearance(self, element: Mapping[str, Any], row: int) -> frozenset[str]:
        control: Mapping[str, Any] = element.get("control", {}) or {}
        name = str(element.get("name", ""))
        # What the author wrote: pyxform rewrites some appearances (table-list → field-list).
        written = self.raw_appearances.get(name, str(control.get("appearance", "")))
        words = frozenset(written.split())
        unsupported = sorted(words - SUPPORTED_APPEARANCES)
        if unsupported:
            self.refused_appearances.add(name)
            self.problem(
                f"apparence non prise en charge : {', '.join(unsupported)}",
                row=row,
                column="appearance",
                advice="utilisez minimal, horizontal, field-list ou multiline, ou videz la cellule",
            )
        return words & SUPPORTED_APPEARANCES

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
            expression = parse_expression(source, choice_filter=choice_filter)
        except ExpressionError as error:
            self.problem(
                f"expression « {source} » : {error.message}",
                row=row,
                column=column,
                advice="corrigez l'expression (syntaxe XLSForm, références ${nom})",
            )
            return None
        self.pending_references.append((expression, row, column))
        return expression

    def check_references(self) -> None:
        for expression, row, column in self.pending_references:
            for reference in sorted(expression.references):
                if reference not in self.all_names:
                    self.problem(
                        f"référence inconnue ${{{reference}}} dans « {expression.source} »",
                        row=row,
                        column=column,
                        advice="vérifiez l'orthographe du nom de la question",
                    )

    def parse_setting_expression(self, settings: Mapping[str, str], key: str) -> Expression | None:
        source = settings.get(key)
        if not source:
            return None
        try:
            expression = parse_expression(source)
        except ExpressionError as error:
            self.problem(
                f"expression « {source} » : {error.message}", sheet="settings", row=2, column=key
            )
            return None
        for reference in sorted(expression.references - set(self.all_names)):
            self.problem(
                f"référence inconnue ${{{reference}}}", sheet="settings", row=2, column=key
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
