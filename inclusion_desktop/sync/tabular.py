"""Tables shared with other tools: import of KoboToolbox / ODK Central exports, flat export.

The import reads the same XLSForm leniently (only names, types, groups and choices matter), so
a territory that started on Kobo with a form this app would refuse to render can still bring its
data over. Column names follow Kobo's conventions: ``group/question`` paths, select_multiple as
space-separated text plus ``question/choice`` 0/1 columns (``question.choice`` in some exports,
``TRUE``/``FALSE`` once through R), ``_uuid`` or ``meta/instanceID`` for the instance id.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import re
import uuid as uuid_module
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from inclusion_desktop.catalogue import Code, Text, plural
from inclusion_desktop.errors import AppError
from inclusion_desktop.os_errors import os_error_text
from inclusion_desktop.questionnaire.model import MEDIA_TYPES
from inclusion_desktop.store import Store
from inclusion_desktop.store.files import make_private
from inclusion_desktop.store.records import SubmissionHead
from inclusion_desktop.store.spreadsheet import safe_frame, text_cells_only
from inclusion_desktop.sync.odk_columns import geo_columns, geo_values, geopoint_of_column

IMPORT_DEVICE_NAMESPACE = uuid_module.UUID("6f1c2a8e-8f0b-4a51-9d0a-2b7f4c1e9a30")
_GROUP_STARTS = ("begin group", "begin_group", "begin repeat", "begin_repeat")
_GROUP_ENDS = ("end group", "end_group", "end repeat", "end_repeat")
_SKIPPED_TYPES = {"note", "begin"}
_TRUE = {"1", "1.0", "true", "vrai", "yes"}
_ID_COLUMNS = ("_uuid", "meta/instanceID", "instanceID", "uuid", "X_uuid", "KEY")
_SUBMITTED_COLUMNS = (
    "_submission_time",
    "X_submission_time",
    "_submitted",
    "SubmissionDate",
    "end",
    "start",
)
# ODK Central's own columns, beside meta-instanceID (which becomes meta/instanceID).
_CENTRAL_COLUMNS = frozenset(
    {
        "KEY",
        "PARENT_KEY",
        "SubmissionDate",
        "SubmitterID",
        "SubmitterName",
        "AttachmentsPresent",
        "AttachmentsExpected",
        "Status",
        "ReviewState",
        "DeviceID",
        "Edits",
        "FormVersion",
    }
)
# Row numbers linking repeat tables to their parent (``index`` in some reworked exports), and
# the questionnaire of a repeat row (ODK Central: PARENT_KEY ``uuid:…[/group/repeat[n]]``).
_INDEX_COLUMNS = ("_index", "index")
_PARENT_UUID_COLUMNS = ("_submission__uuid", "PARENT_KEY", "uuid")
_ORPHANS_SHOWN = 20
_PROBLEMS_SHOWN = 30
_DATE = re.compile(r"\d{4}-\d\d-\d\d")
# The questions whose answers name the neighbourhood, as in the resident questionnaire.
_ZONE_QUESTIONS = ("commune", "quartier")
#: The folder beside an exported table holding the attached files, as Kobo names it.
ATTACHMENTS_FOLDER = "attachments"


class TabularError(AppError):
    """A table or form that cannot be imported or exported, with a French message."""

    area_code = Code.TABULAR


@dataclass(frozen=True, slots=True)
class SheetQuestion:
    """One data column of a form: its name, Kobo path, type and choice list."""

    name: str
    path: str
    kind: str
    list_name: str | None
    in_repeat: bool
    repeat: str | None = None  # the innermost repeat group holding the question


@dataclass(slots=True)
class SheetForm:
    """What tables need from an XLSForm, read without the strict checks of the form engine."""

    form_id: str
    version: str
    title: str
    questions: list[SheetQuestion]
    choices: dict[str, list[tuple[str, dict[str, str]]]]
    default_language: str | None
    source: bytes
    filename: str
    # Repeat groups in sheet order, each with the repeat around it (None: in the main table).
    repeats: dict[str, str | None] = field(default_factory=dict)

    @property
    def sha256(self) -> str:
        """SHA-256 of the XLSForm file, the identity of the form version in the store."""
        return hashlib.sha256(self.source).hexdigest()

    def choice_names(self, question: SheetQuestion) -> list[str]:
        """The choice names of a select question, in sheet order."""
        return [name for name, _ in self.choices.get(question.list_name or "", [])]

    def label(self, question: SheetQuestion, value: str, language: str | None) -> str:
        """The label of one choice in a language (the value itself when unknown)."""
        for name, labels in self.choices.get(question.list_name or "", []):
            if name == value:
                if language and labels.get(language):
                    return labels[language]
                return next((text for text in labels.values() if text), value)
        return value


@dataclass(slots=True)
class ImportReport:
    """What an import did: questionnaires created, rows already present, columns ignored."""

    file: str
    form_id: str
    created: int = 0
    already_present: int = 0
    without_id: int = 0
    ignored_columns: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    repeat_rows: dict[str, int] = field(default_factory=dict)
    orphan_rows: int = 0
    problems: list[Any] = field(default_factory=list)  # RowProblem, in file order
    invalid_rows: int = 0
    to_review: int = 0
    refused: bool = False
    revised: int = 0  # questionnaires already here whose answers changed: new revisions

    def as_dict(self) -> dict[str, Any]:
        """Return the report as JSON values, for ``--json``."""
        return {
            "ok": not self.refused,
            "invalid_rows": self.invalid_rows,
            "to_review": self.to_review,
            "revised": self.revised,
            "problems": [problem.as_dict() for problem in self.problems],
            "file": self.file,
            "form_id": self.form_id,
            "created": self.created,
            "already_present": self.already_present,
            "without_id": self.without_id,
            "ignored_columns": self.ignored_columns,
            "warnings": self.warnings,
            "repeat_rows": self.repeat_rows,
            "orphan_rows": self.orphan_rows,
        }

    def summary(self) -> str:
        """A French paragraph for the console."""
        if self.refused:
            return ImportRefused(self).message
        lines = [
            f"{Path(self.file).name} : "
            f"{plural(self.created, 'questionnaire importé', 'questionnaires importés')}, "
            f"{plural(self.already_present, 'déjà présent', 'déjà présents')}, "
            f"{plural(self.without_id, 'ligne', 'lignes')} sans identifiant."
        ]
        for repeat, count in self.repeat_rows.items():
            rows = plural(count, "ligne rattachée", "lignes rattachées")
            lines.append(f"Répétition « {repeat} » : {rows}.")
        if self.ignored_columns:
            shown = ", ".join(self.ignored_columns[:10])
            more = "…" if len(self.ignored_columns) > 10 else ""
            lines.append(f"Colonnes ignorées ({len(self.ignored_columns)}) : {shown}{more}")
        if self.revised:
            revised = plural(
                self.revised,
                "questionnaire déjà présent modifié",
                "questionnaires déjà présents modifiés",
            )
            lines.append(f"{revised} dans l'export : nouvelle version enregistrée.")
        if self.to_review:
            lines.append(
                f"{plural(self.to_review, 'questionnaire importé', 'questionnaires importés')} "
                "« à vérifier » (hors des "
                "chiffres jusqu'à correction ou confirmation par un·e coordinateur·rice) :"
            )
            lines += [problem.text() for problem in self.problems[:_PROBLEMS_SHOWN]]
        lines += self.warnings
        return "\n".join(lines)


# -- forms --------------------------------------------------------------------------------------


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = str(value).strip()
    return "" if text.lower() == "nan" else text


def read_sheet_form(path: Path) -> SheetForm:
    """Read an XLSForm's survey, choices and settings sheets leniently (xlsx, xls)."""
    import pandas as pd

    path = Path(path)
    try:
        source = path.read_bytes()
        sheets = pd.read_excel(io.BytesIO(source), sheet_name=None, dtype=str)
    except (OSError, ValueError) as exc:
        raise TabularError(
            code=Code.TABLE_FORM_UNREADABLE, file=path.name, reason=str(exc)
        ) from exc
    by_name = {name.strip().lower(): frame for name, frame in sheets.items()}
    if "survey" not in by_name:
        raise TabularError(code=Code.TABLE_NOT_AN_XLSFORM, file=path.name)
    survey = by_name["survey"].fillna("")
    survey.columns = [str(c).strip() for c in survey.columns]
    questions: list[SheetQuestion] = []
    repeats: dict[str, str | None] = {}
    stack: list[tuple[str, bool]] = []
    for _, row in survey.iterrows():
        kind = " ".join(_cell(row.get("type")).split())
        name = _cell(row.get("name"))
        if not kind:
            continue
        lowered = kind.lower()
        if lowered.startswith(_GROUP_STARTS):
            if "repeat" in lowered and name:
                repeats[name] = _innermost_repeat(stack)
            stack.append((name, "repeat" in lowered))
            continue
        if lowered.startswith(_GROUP_ENDS):
            if stack:
                stack.pop()
            continue
        if not name:
            continue
        head, _, rest = kind.partition(" ")
        list_name = rest.split(" ")[0] if head.startswith("select_") and rest else None
        if head in _SKIPPED_TYPES:
            continue
        path_text = "/".join([group for group, _ in stack if group] + [name])
        repeat = _innermost_repeat(stack)
        questions.append(
            SheetQuestion(name, path_text, head, list_name, repeat is not None, repeat)
        )
    choices: dict[str, list[tuple[str, dict[str, str]]]] = {}
    if "choices" in by_name:
        frame = by_name["choices"].fillna("")
        frame.columns = [str(c).strip() for c in frame.columns]
        label_columns = [c for c in frame.columns if c.lower().startswith("label")]
        for _, row in frame.iterrows():
            list_name = _cell(row.get("list_name") or row.get("list name"))
            name = _cell(row.get("name"))
            if list_name and name:
                labels = {_language(c): _cell(row.get(c)) for c in label_columns}
                choices.setdefault(list_name, []).append((name, labels))
    settings: dict[str, str] = {}
    if "settings" in by_name and len(by_name["settings"]):
        first = by_name["settings"].fillna("").iloc[0]
        settings = {str(k).strip(): _cell(v) for k, v in first.items()}
    return SheetForm(
        form_id=settings.get("form_id") or path.stem,
        version=settings.get("version", ""),
        title=settings.get("form_title") or path.stem,
        questions=questions,
        choices=choices,
        default_language=settings.get("default_language") or None,
        source=source,
        filename=path.name,
        repeats=repeats,
    )


def _innermost_repeat(stack: list[tuple[str, bool]]) -> str | None:
    """The name of the innermost repeat group of a stack of open groups (None outside any)."""
    return next((name for name, is_repeat in reversed(stack) if is_repeat and name), None)


def _language(column: str) -> str:
    """``label::Français (fr)`` -> ``Français (fr)``; a bare ``label`` is the default language."""
    _, _, language = column.partition("::")
    return language.strip() or "default"


def load_sheet_form(path: Path) -> SheetForm:
    """Read a form with the form engine when it accepts it (any format), else leniently."""
    from inclusion_desktop.questionnaire.loader import FormError, load_form

    try:
        form = load_form(path)
    except FormError:
        if Path(path).suffix.lower() not in (".xlsx", ".xls"):
            raise
        return read_sheet_form(path)
    return _from_form(form)


def _from_form(form: Any) -> SheetForm:
    """Convert a form of the engine to the table view of it."""
    from inclusion_desktop.questionnaire.model import Group

    questions: list[SheetQuestion] = []
    repeats: dict[str, str | None] = {}

    def visit(items: Any, path: list[str], in_repeat: bool) -> None:
        for item in items:
            if isinstance(item, Group):
                if item.is_repeat:
                    repeats[item.name] = item.repeat
                # The name written in the form (a key such as grp/name is made unique only).
                xml_name = getattr(item, "xml_name", item.name)
                visit(item.children, [*path, xml_name], in_repeat or item.is_repeat)
            elif str(item.type) != "note":
                list_name = item.choices.name if item.choices is not None else None
                questions.append(
                    SheetQuestion(
                        item.name,
                        "/".join([*path, getattr(item, "xml_name", item.name)]),
                        str(item.type),
                        list_name,
                        in_repeat,
                        item.repeat,
                    )
                )

    visit(form.children, [], False)
    choices = {
        name: [(choice.name, dict(choice.label.by_language)) for choice in lst.choices]
        for name, lst in form.choice_lists.items()
    }
    return SheetForm(
        form_id=form.form_id,
        version=form.version,
        title=form.title,
        questions=questions,
        choices=choices,
        default_language=form.default_language,
        source=form.source,
        filename=form.source_filename,
        repeats=repeats,
    )


# -- import -------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Table:
    """One table of an export: where it comes from (for messages) and its rows."""

    label: str
    name: str
    rows: Sequence[Mapping[str, str]]


class _Row(Mapping[str, str]):
    """One CSV line: its cells, read through the header positions its table shares.

    A list of cells costs far less than a dict per line on 100,000-line exports.
    """

    __slots__ = ("_cells", "_positions")

    def __init__(self, positions: dict[str, int], cells: list[str]) -> None:
        self._positions = positions
        self._cells = cells

    def __getitem__(self, key: str) -> str:
        position = self._positions[key]
        return self._cells[position] if position < len(self._cells) else ""

    def __iter__(self) -> Iterator[str]:
        return iter(self._positions)

    def __len__(self) -> int:
        return len(self._positions)


def _decode_csv(path: Path) -> list[Mapping[str, str]]:
    raw = path.read_bytes()
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Excel's « Texte Unicode »: UTF-16 with a byte order mark, often tab-separated.
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise TabularError(
                code=Code.TABLE_DAMAGED_UNICODE, file=path.name, reason=exc.reason
            ) from exc
    elif b"\x00" in raw[:65536]:
        raise TabularError(code=Code.TABLE_NOT_CSV, file=path.name)
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
    first = text.split("\n", 1)[0]
    counts = {sep: first.count(sep) for sep in (",", ";", "\t")}
    delimiter = max(counts, key=lambda sep: (counts[sep], sep == ","))
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    del text
    rows: list[Mapping[str, str]] = []
    try:
        header = next(reader, None)
        if header is None:
            return []
        positions: dict[str, int] = {}
        for position, name in enumerate(header):
            positions.setdefault(name, position)
        # Cells repeat a lot (codes, 0/1, empty): one string object per distinct value.
        seen: dict[str, str] = {}
        for cells in reader:
            if not cells:
                continue
            rows.append(_Row(positions, [seen.setdefault(cell, cell) for cell in cells]))
    except csv.Error as exc:
        if "field larger" in str(exc):
            raise TabularError(
                code=Code.TABLE_CELL_TOO_LARGE,
                file=path.name,
                line=reader.line_num,
                limit=csv.field_size_limit() // 1024,
            ) from exc
        raise TabularError(
            code=Code.TABLE_CSV_UNREADABLE, file=path.name, line=reader.line_num, reason=str(exc)
        ) from exc
    return rows


def _refuse_repeated_ids(
    rows: Sequence[Mapping[str, str]], meta: dict[str, str], path: Path
) -> None:
    """A questionnaire id twice in one file: refused, naming the rows, rather than one dropped."""
    seen: dict[str, int] = {}
    for number, row in enumerate(rows, start=2):  # line 1 is the header
        row_id = _instance_id(row, meta)
        if row_id is None:
            continue
        if row_id in seen:
            raise TabularError(
                code=Code.TABLE_DUPLICATE_ID,
                file=path.name,
                id=row_id.removeprefix("uuid:"),
                first=seen[row_id],
                second=number,
            )
        seen[row_id] = number


def _read_tables(path: Path) -> list[_Table]:
    """Read every table of a CSV (comma or semicolon, UTF-8 or Latin-1) or XLSX export.

    A CSV holds one table; a workbook holds the main table on its first sheet and, in Kobo's
    exports, one sheet per repeat group.
    """
    import pandas as pd

    try:
        if path.suffix.lower() not in (".xlsx", ".xls"):
            return [_Table(path.name, path.stem, _decode_csv(path))]
        # keep_default_na=False: an answer "NaN" or "NA" (a calculation, a code) stays text.
        sheets = pd.read_excel(path, sheet_name=None, dtype=str, keep_default_na=False)
    except (OSError, ValueError) as exc:
        raise TabularError(code=Code.TABLE_UNREADABLE, file=path.name, reason=str(exc)) from exc
    tables = []
    for name, frame in sheets.items():
        frame = frame.fillna("")
        rows = [{str(k): str(v) for k, v in row.items()} for row in frame.to_dict("records")]
        tables.append(_Table(f"{path.name}, feuille « {name} »", str(name), rows))
    return tables


def _read_table(path: Path) -> Sequence[Mapping[str, str]]:
    """Read the main table of a CSV or XLSX export."""
    return _read_tables(path)[0].rows


def _clean_header(header: str) -> str:
    """Undo R's and Excel's damage to a header: BOM prefixes, ``X_`` before meta columns."""
    header = header.strip().lstrip("\ufeff")
    header = re.sub(r"^X\.U\.FEFF\.", "", header)
    if re.fullmatch(r"X_[A-Za-z_]+", header):
        header = header[1:]
    if header.startswith("meta-"):  # ODK Central: groups joined by "-"
        header = "meta/" + header.removeprefix("meta-")
    return header


def _instance_id(row: Mapping[str, str], columns: dict[str, str]) -> str | None:
    for name in _ID_COLUMNS:
        original = columns.get(name)
        if original is not None and row.get(original, "").strip():
            value = row[original].strip()
            return value if value.startswith("uuid:") else f"uuid:{value}"
    return None


def _column(row: Mapping[str, str], columns: dict[str, str], names: tuple[str, ...]) -> str:
    """The first non-empty cell among meta columns known under several names."""
    for name in names:
        original = columns.get(name)
        if original is not None and row.get(original, "").strip():
            return _integer_text(row[original].strip())
    return ""


def _integer_text(text: str) -> str:
    """``12.0`` (a number once through a spreadsheet) -> ``12``."""
    return text.split(".")[0] if re.fullmatch(r"-?\d+\.0+", text) else text


def _submitted(row: Mapping[str, str], columns: dict[str, str]) -> datetime:
    for name in _SUBMITTED_COLUMNS:
        original = columns.get(name)
        if original is None:
            continue
        text = row.get(original, "").strip()
        if not text:
            continue
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            continue
        # Kobo writes _submission_time in UTC without an offset.
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return datetime.now(UTC)


def _value(question: SheetQuestion, text: str) -> str:
    """Normalise one cell the way the form engine stores answers (text)."""
    if question.kind == "integer" and re.fullmatch(r"-?\d+\.0+", text):
        return text.split(".")[0]
    if question.kind == "select_multiple":
        return " ".join(text.split())
    if question.kind in ("date", "today") and _DATE.match(text):
        return text[:10]
    return text


@dataclass(slots=True)
class _Columns:
    """How the headers of one table map to the questions of the form."""

    by_name: dict[str, SheetQuestion]
    meta: dict[str, str] = field(default_factory=dict)
    values: dict[str, str] = field(default_factory=dict)
    binary: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    ignored: list[str] = field(default_factory=list)
    missing: frozenset[str] = frozenset()
    # Select questions: their choice names, and label -> name (exports written with labels).
    choice_names: dict[str, frozenset[str]] = field(default_factory=dict)
    choice_labels: dict[str, dict[str, str]] = field(default_factory=dict)

    def column_of(self, name: str) -> str:
        """The header a question was read from (its first choice column for 0/1 columns)."""
        if name in self.values:
            return self.values[name]
        pairs = self.binary.get(name)
        return pairs[0][1] if pairs else name

    def answers(self, row: Mapping[str, str]) -> dict[str, Any]:
        """The answers of one row, keyed by question name like the session stores them."""
        answers: dict[str, Any] = {}
        for name, original in self.values.items():
            text = row.get(original, "").strip()
            if text and text not in self.missing:
                value = _value(self.by_name[name], text)
                known = self.choice_names.get(name)
                if known is not None and value not in known:
                    if self.by_name[name].kind == "select_one":
                        value = self.choice_labels[name].get(value, value)
                    elif name in self.binary and any(c not in known for c in value.split()):
                        continue  # labels joined by spaces: the 0/1 columns say it exactly
                answers[name] = value
        for name, pairs in self.binary.items():
            if name not in answers:
                chosen = [
                    c for c, original in pairs if row.get(original, "").strip().lower() in _TRUE
                ]
                if chosen:
                    answers[name] = " ".join(chosen)
        return answers


def _map_columns(headers: list[str], form: SheetForm, questions: list[SheetQuestion]) -> _Columns:
    """Match the headers of a table to `questions` (by leaf name, choice columns included)."""
    mapping = _Columns({q.name: q for q in questions})
    for asked in questions:
        if asked.kind in ("select_one", "select_multiple"):
            mapping.choice_names[asked.name] = frozenset(form.choice_names(asked))
            by_label: dict[str, str] = {}
            ambiguous: set[str] = set()
            for name, labels in form.choices.get(asked.list_name or "", []):
                for label in set(labels.values()):
                    if label and by_label.setdefault(label, name) != name:
                        ambiguous.add(label)
            mapping.choice_labels[asked.name] = {
                label: name for label, name in by_label.items() if label not in ambiguous
            }
    by_path = {q.path: q.name for q in questions if q.path.split("/")[-1] != q.name}
    r_export = False
    for original in headers:
        header = _clean_header(original)
        r_export = r_export or original.startswith("X_")
        mapping.meta.setdefault(header, original)
        leaf = _leaf(header, mapping.by_name)
        if header in by_path and by_path[header] not in mapping.values:
            mapping.values[by_path[header]] = original  # a name reused in another group
            continue
        if geopoint_of_column(header) in mapping.by_name:
            continue  # Kobo's latitude, longitude... columns: the answer is the text column
        if leaf in mapping.by_name and leaf not in mapping.values:
            mapping.values[leaf] = original
            continue
        matched = False
        for separator in ("/", ".", "-"):
            prefix, sep, choice = header.rpartition(separator)
            name = _leaf(prefix, mapping.by_name)
            question = mapping.by_name.get(name)
            if sep and question is not None and question.kind == "select_multiple":
                if choice in form.choice_names(question):
                    mapping.binary.setdefault(name, []).append((choice, original))
                    matched = True
                    break
        known = (
            header.startswith("_")
            or header in _ID_COLUMNS
            or header in _INDEX_COLUMNS
            or header in _CENTRAL_COLUMNS
        )
        if not matched and not known:
            mapping.ignored.append(original)
    mapping.missing = frozenset({"NA"} if r_export else ())
    return mapping


def _leaf(header: str, names: Mapping[str, Any]) -> str:
    """The question a header names: ``group/question``, or ODK Central's ``group-question``."""
    leaf = header.split("/")[-1]
    if leaf in names or "-" not in leaf:
        return leaf
    parts = leaf.split("-")
    for start in range(1, len(parts)):
        candidate = "-".join(parts[start:])
        if candidate in names:
            return candidate
    return leaf


def _repeat_of(table: _Table, form: SheetForm, taken: set[str]) -> str | None:
    """The repeat group a secondary table holds, or None.

    By its name first (Kobo's sheet names, our file names), else the repeat most of whose
    questions are columns of the table (Kobo's CSV files are named after the export).
    """
    for repeat in form.repeats:
        if repeat in taken:
            continue
        if table.name in (repeat, repeat[:31]) or table.name.endswith(f"-{repeat}"):
            return repeat
    names = {q.name: q for q in form.questions}
    leaves = {_leaf(_clean_header(h), names) for h in (table.rows[0] if table.rows else {})}
    best, best_count = None, 0
    for repeat in form.repeats:
        count = sum(1 for q in form.questions if q.repeat == repeat and q.name in leaves)
        if repeat not in taken and count > best_count:
            best, best_count = repeat, count
    return best


def _at_row(label: str, number: int) -> str:
    return f"{label}, ligne {number}"


def import_table(
    store: Store,
    *,
    form_path: Path,
    data_path: Path,
    zone: str = "",
    repeat_paths: Sequence[Path] = (),
    keep_invalid: bool = False,
) -> ImportReport:
    """Import a Kobo / ODK Central export of `form_path` into the store, skipping known uuids.

    Repeat groups come from the other sheets of a workbook, from `repeat_paths`, or from files
    named ``<main stem>-<repeat>.<ext>`` next to a CSV (what :func:`export_table` writes, and
    ODK Central's ``<form>-<repeat>.csv``). Their rows join their questionnaire by
    ``_submission__uuid`` / ``PARENT_KEY``, else by ``_parent_index`` (the ``_index`` of the
    parent table), and are stored as the session stores repeat instances: ``answers[repeat]``
    is the list of the instances' answer dicts. Rows without a parent are reported.

    Every row is checked by the form engine (:mod:`inclusion_desktop.sync.validation`); a row
    the form does not accept makes the whole import refused (:class:`ImportRefused`, nothing
    written) unless `keep_invalid`, which imports it marked « à vérifier » (left out of every
    figure until a coordinator corrects or confirms it). Calculations are evaluated again. The
    neighbourhood of a row is its ``commune`` / ``quartier`` answers when they name one of the
    territory, else `zone`. Everything is written in one transaction, or nothing.
    """
    import json

    from inclusion_desktop.questionnaire.loader import FormError, load_form
    from inclusion_desktop.sync.validation import RowChecker, RowProblem

    form_path, data_path = Path(form_path), Path(data_path)
    engine_form = None
    try:
        engine_form = load_form(form_path)
        form = _from_form(engine_form)
    except FormError:
        if form_path.suffix.lower() not in (".xlsx", ".xls"):
            raise
        form = read_sheet_form(form_path)
    main_table, *others = _read_tables(data_path)
    rows = main_table.rows
    report = ImportReport(file=str(data_path), form_id=form.form_id)
    if not rows:
        raise TabularError(code=Code.TABLE_NO_ROWS, file=data_path.name)
    given = [Path(p) for p in repeat_paths]
    if data_path.suffix.lower() not in (".xlsx", ".xls"):
        for name in form.repeats:
            beside = data_path.with_name(f"{data_path.stem}-{name}{data_path.suffix}")
            if beside.is_file() and beside not in given:
                given.append(beside)
    for extra in given:
        others += _read_tables(extra)
    main = [q for q in form.questions if not q.in_repeat]
    mapping = _map_columns(list(rows[0]), form, main)
    report.ignored_columns += mapping.ignored
    if not mapping.values and not mapping.binary:
        raise TabularError(
            code=Code.TABLE_NO_MATCHING_COLUMN,
            file=data_path.name,
            form_id=form.form_id,
            form_file=form_path.name,
        )
    _refuse_repeated_ids(rows, mapping.meta, data_path)
    prepared: list[tuple[str, str, datetime, dict[str, Any]]] = []
    answers_of: dict[str, dict[str, Any]] = {}
    line_of: dict[str, int] = {}
    # Parent tables by name: their `_index` -> the questionnaire (None: a row without id).
    # With each row, the answers its inner repeats' instances go in (None: not imported).
    parents: dict[str, dict[str, tuple[str | None, dict[str, Any] | None]]] = {"": {}}
    for number, row in enumerate(rows, start=2):  # line 1 holds the headers
        row_id = _instance_id(row, mapping.meta)
        index = _column(row, mapping.meta, _INDEX_COLUMNS)
        if row_id is None:
            if index:
                parents[""][index] = (None, None)
            report.without_id += 1
            continue
        answers = mapping.answers(row)
        if row_id not in answers_of:
            answers_of[row_id] = answers
            line_of[row_id] = number
        if index:
            parents[""][index] = (row_id, answers_of[row_id])
        prepared.append((row_id, zone, _submitted(row, mapping.meta), answers))
    if not prepared:
        raise TabularError(code=Code.TABLE_NO_ID_COLUMN, file=data_path.name)
    taken: set[str] = set()
    found: list[tuple[str, _Table]] = []
    for table in others:
        matched = _repeat_of(table, form, taken) if table.rows else None
        if matched is None:
            if table.rows:
                report.warnings.append(
                    f"{table.label} : aucune répétition du questionnaire ne correspond, "
                    "table non importée."
                )
            continue
        taken.add(matched)
        found.append((matched, table))
    order = list(form.repeats)
    found.sort(key=lambda pair: order.index(pair[0]))  # outer repeats before inner ones
    orphans = 0
    repeat_columns: dict[str, _Columns] = {}
    # Where each repeat instance comes from: (questionnaire, repeat) -> [(file, line)].
    instance_lines: dict[tuple[str, str], list[tuple[str, int]]] = {}
    for repeat, table in found:
        questions = [q for q in form.questions if q.repeat == repeat]
        columns = _map_columns(list(table.rows[0]), form, questions)
        repeat_columns[repeat] = columns
        report.ignored_columns += [f"{table.name}:{c}" for c in columns.ignored]
        own = parents.setdefault(repeat, {})
        outer = form.repeats[repeat]
        attached = without_parent_id = 0
        for number, row in enumerate(table.rows, start=2):  # row 1 holds the headers
            uuid_text = _column(row, columns.meta, _PARENT_UUID_COLUMNS).split("/")[0]
            parent_index = _column(row, columns.meta, ("_parent_index",))
            parent_table = _column(row, columns.meta, ("_parent_table_name",))
            instance: str | None = None
            container: dict[str, Any] | None = None
            known = False
            # A repeat in a repeat joins the outer instance by _parent_index, never the uuid.
            if uuid_text and outer is None:
                candidate = uuid_text if uuid_text.startswith("uuid:") else f"uuid:{uuid_text}"
                if candidate in answers_of:
                    instance, known = candidate, True
                    container = answers_of[candidate]
            if not known and parent_index:
                table_map = parents.get(
                    outer if outer is not None else parent_table if parent_table in parents else "",
                    {},
                )
                if parent_index in table_map:
                    (instance, container), known = table_map[parent_index], True
            values = columns.answers(row)
            index = _column(row, columns.meta, _INDEX_COLUMNS)
            if index:
                own[index] = (instance, values if container is not None else None)
            if not known:
                orphans += 1
                if orphans <= _ORPHANS_SHOWN:
                    report.warnings.append(
                        f"{_at_row(table.label, number)} : questionnaire parent "
                        f"introuvable (_parent_index « {parent_index} », _submission__uuid "
                        f"« {uuid_text} »), ligne de « {repeat} » non importée."
                    )
                continue
            if instance is None or container is None:
                without_parent_id += 1
                continue
            container.setdefault(repeat, []).append(values)
            instance_lines.setdefault((instance, repeat), []).append((table.label, number))
            attached += 1
        report.repeat_rows[repeat] = attached
        if without_parent_id:
            lost = plural(
                without_parent_id,
                f"ligne de « {repeat} » rattachée à une ligne principale sans identifiant, "
                "non importée",
                f"lignes de « {repeat} » rattachées à une ligne principale sans identifiant, "
                "non importées",
            )
            report.warnings.append(f"{table.label} : {lost}.")
    if orphans > _ORPHANS_SHOWN:
        more_orphans = plural(
            orphans - _ORPHANS_SHOWN,
            "autre ligne de répétition sans questionnaire parent, non importée",
            "autres lignes de répétition sans questionnaire parent, non importées",
        )
        report.warnings.append(f"… et {more_orphans}.")
    report.orphan_rows = orphans
    for repeat in form.repeats:
        if repeat not in taken:
            count = sum(1 for q in form.questions if q.repeat == repeat)
            report.warnings.append(
                f"Répétition « {repeat} » absente de l'export (ni feuille ni fichier) : "
                f"{plural(count, 'question non importée', 'questions non importées')}."
            )
    invalid: dict[str, list[RowProblem]] = {}
    calculated_names: set[str] = set()
    if engine_form is None:
        report.warnings.append(
            f"{form_path.name} : questionnaire lu sans le moteur de formulaires (l'application "
            "ne sait pas l'afficher) : les réponses n'ont pas été vérifiées."
        )
    else:
        present = list(dict.fromkeys([*mapping.values, *mapping.binary]))
        repeat_present = {
            repeat: list(dict.fromkeys([*columns.values, *columns.binary]))
            for repeat, columns in repeat_columns.items()
        }
        checker = RowChecker(
            engine_form,
            absent=[r for r in form.repeats if r not in taken],
            columns=[*present, *(n for names in repeat_present.values() for n in names)],
        )
        zones = _territory_zones(store) if _has_zone_questions(engine_form) else set()
        calculated_names = {
            q.name
            for q in engine_form.questions
            if q.calculation is not None and q.repeat is None and q.name not in checker.unknown
        }
        recalculated: dict[str, int] = {}
        for position, (row_id, row_zone, moment, answers) in enumerate(prepared):
            if answers_of.get(row_id) is not answers:
                continue  # a second row with the same id: only the first is imported
            checked = checker.check(answers, present, repeat_present)
            for name in set(checked.recalculated):
                recalculated[name] = recalculated.get(name, 0) + 1
            answers.clear()
            answers.update(checked.answers)
            where = _zone_of(answers, zones) or row_zone
            prepared[position] = (row_id, where, moment, answers)
            for finding in checked.findings:
                if finding.instance is None:
                    label, line = main_table.label, line_of[row_id]
                    column = mapping.column_of(finding.question)
                else:
                    repeat, number = finding.instance
                    label, line = instance_lines[(row_id, repeat)][number]
                    column = repeat_columns[repeat].column_of(finding.question)
                invalid.setdefault(row_id, []).append(
                    RowProblem(
                        label,
                        line,
                        column,
                        finding.question,
                        finding.value,
                        finding.rule,
                        finding.message,
                    )
                )
        for name, count in recalculated.items():
            report.warnings.append(
                f"Question calculée « {name} » recalculée d'après les réponses pour "
                f"{plural(count, 'questionnaire', 'questionnaires')} (absente de l'export ou en "
                "désaccord avec lui)."
            )
    report.problems = [problem for problems in invalid.values() for problem in problems]
    report.invalid_rows = len(invalid)
    if invalid and not keep_invalid:
        report.refused = True
        raise ImportRefused(report)
    version = store.register_form(
        source=form.source,
        filename=form.filename,
        form_id=form.form_id,
        version=form.version,
        title=form.title,
        sha256=form.sha256,
        media=engine_form.media if engine_form is not None else None,
    )
    if engine_form is not None:
        report.warnings += [f"{form_path.name}, {notice}" for notice in engine_form.missing_media]
    source_name = "Import KoboToolbox / ODK Central"
    device_uuid = str(uuid_module.uuid5(IMPORT_DEVICE_NAMESPACE, form.form_id))
    created, skipped = store.import_submissions(
        form_version_id=version.id, rows=prepared, device_uuid=device_uuid, device_name=source_name
    )
    report.created = len(created)
    report.already_present = len(skipped)
    # Questionnaires already here: the answers the export holds may have been edited since.
    edits: list[tuple[str, dict[str, Any]]] = []
    covered = set(mapping.values) | set(mapping.binary) | taken | calculated_names
    for row_id in dict.fromkeys(skipped):
        imported = answers_of.get(row_id)
        if imported is None or row_id in invalid:
            continue
        head = store.head_answers(row_id)
        new = dict(head)
        for name in covered:
            value = imported.get(name)
            if value in (None, "", []):
                new.pop(name, None)
            else:
                new[name] = value
        if new != head:
            edits.append((row_id, new))
    if edits:
        report.revised = store.import_edits(edits, source=Path(data_path).name)
    fresh = set(created)
    to_review = {
        row_id: json.dumps([p.as_dict() for p in problems], ensure_ascii=False)
        for row_id, problems in invalid.items()
        if row_id in fresh
    }
    if to_review:
        store.mark_for_review(to_review, source=Path(data_path).name)
    report.to_review = len(to_review)
    return report


class ImportRefused(TabularError):
    """Rows the form does not accept: import refused, nothing written; the report says why."""

    area_code = Code.IMPORT_REFUSED

    def __init__(self, report: ImportReport, *, in_window: bool = False) -> None:
        """`in_window`: the advice of the import window, the problems left to its own list."""
        rows, answers = report.invalid_rows, len(report.problems)
        problems = [problem.text() for problem in report.problems[:_PROBLEMS_SHOWN]]
        if answers > _PROBLEMS_SHOWN:
            rest = answers - _PROBLEMS_SHOWN
            problems.append(f"… et {plural(rest, 'autre', 'autres')}.")
        super().__init__(
            code=Code.IMPORT_ROWS_REFUSED,
            file=Path(report.file).name,
            rows=Text(Code.IMPORT_INVALID_ROWS if rows > 1 else Code.IMPORT_INVALID_ROW,
                      {"count": rows}),
            answers=Text(Code.IMPORT_ANSWERS_AT_FAULT if answers > 1
                         else Code.IMPORT_ANSWER_AT_FAULT, {"count": answers}),
            advice=Text(Code.IMPORT_KEEP_INVALID_BOX if in_window
                        else Code.IMPORT_KEEP_INVALID_OPTION),
            problems="" if in_window else "".join(f"\n{line}" for line in problems),
        )
        self.report = report


def _has_zone_questions(form: Any) -> bool:
    return all(name in form.by_name for name in _ZONE_QUESTIONS)


def _territory_zones(store: Store) -> set[str]:
    from inclusion_desktop.territory import store_neighbourhoods

    return {n.code for n in store_neighbourhoods(store)}


def _zone_of(answers: Mapping[str, Any], zones: set[str]) -> str:
    """The neighbourhood code the ``commune`` and ``quartier`` answers name ("" when none)."""
    commune, quartier = (str(answers.get(name, "")) for name in _ZONE_QUESTIONS)
    code = f"{commune}/{quartier}"
    return code if commune and quartier and code in zones else ""


# -- export -------------------------------------------------------------------------------------


def _latest_rows(store: Store, form_id: str | None) -> tuple[list[SubmissionHead], int | None]:
    """Each complete questionnaire of a form, oldest first, and the newest form version used.

    Without `form_id`, the form most complete questionnaires use.
    """
    heads = [
        head
        for head in store.submissions_with_heads(form_id)
        if head.status == "complete" and head.answers_text is not None
    ]
    if form_id is None:
        counts = Counter(head.form_id for head in heads)
        if not counts:
            return [], None
        form_id = max(counts, key=lambda key: counts[key])
    latest = [head for head in heads if head.form_id == form_id]
    return latest, max((head.form_version_id for head in latest), default=None)


@dataclass(slots=True)
class ExportResult:
    """What an export wrote: the questionnaire count, the files, rows per repeat group."""

    rows: int
    files: list[Path]
    repeat_rows: dict[str, int] = field(default_factory=dict)
    # Attached files written in ATTACHMENTS_FOLDER beside the table, one folder per questionnaire.
    attachments: int = 0


def export_table(
    store: Store,
    out: Path,
    *,
    fmt: str,
    language: str | None = None,
    form_id: str | None = None,
) -> int:
    """Write one row per complete questionnaire (csv, xlsx or Stata dta); return the row count.

    See :func:`export_tables`, which also writes the repeat groups.
    """
    return export_tables(store, out, fmt=fmt, language=language, form_id=form_id).rows


def _fill(
    record: dict[str, Any],
    questions: list[SheetQuestion],
    answers: dict[str, Any],
    form: SheetForm,
    language: str | None,
) -> None:
    for q in questions:
        value = answers.get(q.name, "")
        value = "" if value is None or isinstance(value, list) else str(value)
        if q.kind == "select_multiple":
            chosen = value.split()
            shown = [form.label(q, c, language) for c in chosen] if language else chosen
            record[q.path] = " ".join(shown)
            for choice in form.choice_names(q):
                record[f"{q.path}/{choice}"] = int(choice in chosen) if value else None
        elif q.kind == "select_one" and language and value:
            record[q.path] = form.label(q, value, language)
        else:
            record[q.path] = value
        if q.kind == "geopoint":
            record.update(geo_values(q.path, value))


def _sheet_name(name: str, used: set[str]) -> str:
    """A worksheet name like Kobo's: at most 31 characters, no ``[]:*?/`` nor backslash, unique."""
    base = re.sub(r"[\[\]:*?/\\]", "_", name).strip("'") or "donnees"
    candidate, number = base[:31], 1
    while candidate.lower() in used:
        suffix = f"~{number}"
        candidate, number = base[: 31 - len(suffix)] + suffix, number + 1
    used.add(candidate.lower())
    return candidate


def export_tables(
    store: Store,
    out: Path,
    *,
    fmt: str,
    language: str | None = None,
    form_id: str | None = None,
) -> ExportResult:
    """Write one row per complete questionnaire, and the instances of each repeat group.

    Columns are named like Kobo's (``group/question``); a select_multiple gives a text column
    and one 0/1 column per choice; with a language, choice values become labels. The main
    table has Kobo's ``_index``; each repeat group has its own table, one row per instance,
    with ``_index``, ``_parent_index`` (the ``_index`` of the questionnaire), ``_parent_table_name``
    and ``_submission__uuid``: another sheet of the workbook (named after the repeat, 31
    characters at most), or ``<stem>-<repeat>.csv`` / ``.dta`` next to `out`. A repeat nested
    in a repeat has as parent the instance of the outer repeat (its ``_index`` in that table).
    """
    import pandas as pd

    if fmt not in ("csv", "xlsx", "dta"):
        raise TabularError(code=Code.TABLE_UNKNOWN_FORMAT, format=fmt)
    rows, version_id = _latest_rows(store, form_id)
    if version_id is None:
        raise TabularError(code=Code.TABLE_NOTHING_TO_EXPORT)
    source, filename = store.form_source(version_id)
    out = Path(out)
    scratch = out.with_name(f".{filename}")
    form = _sheet_form_from_bytes(source, filename, scratch, store.form_media(version_id))
    questions = [q for q in form.questions if not q.in_repeat]
    repeat_questions = {
        repeat: [q for q in form.questions if q.repeat == repeat] for repeat in form.repeats
    }
    records = []
    repeat_records: dict[str, list[dict[str, Any]]] = {repeat: [] for repeat in form.repeats}
    attached: dict[str, set[str]] = {}
    for index, head in enumerate(rows, start=1):
        answers = head.answers
        attached[head.uuid] = _file_answers(form, answers)
        record: dict[str, Any] = {}
        _fill(record, questions, answers, form, language)
        record["_uuid"] = head.uuid.removeprefix("uuid:")
        record["_device"] = head.device_name
        record["_operator"] = head.operator_name or ""
        record["_submitted"] = head.created_at
        record["_version"] = head.version
        record["_index"] = index
        records.append(record)
        pending: list[tuple[dict[str, Any], str | None, int]] = [(answers, None, index)]
        while pending:  # each instance, then the instances of the repeats inside it
            container, outer, parent_index = pending.pop(0)
            for repeat, table in repeat_records.items():
                instances = container.get(repeat) if form.repeats[repeat] == outer else None
                for instance in instances if isinstance(instances, list) else []:
                    child: dict[str, Any] = {}
                    values = instance if isinstance(instance, dict) else {}
                    _fill(child, repeat_questions[repeat], values, form, language)
                    child["_index"] = len(table) + 1
                    child["_parent_index"] = parent_index
                    child["_parent_table_name"] = form.title if outer is None else outer
                    child["_submission__uuid"] = record["_uuid"]
                    table.append(child)
                    pending.append((values, repeat, child["_index"]))
    frames = {"": pd.DataFrame.from_records(records)}
    for repeat, table in repeat_records.items():
        columns = [q.path for q in repeat_questions[repeat]]
        for q in repeat_questions[repeat]:
            if q.kind == "select_multiple":
                at = columns.index(q.path) + 1
                columns[at:at] = [f"{q.path}/{c}" for c in form.choice_names(q)]
            if q.kind == "geopoint":
                at = columns.index(q.path) + 1
                columns[at:at] = geo_columns(q.path)
        columns += ["_index", "_parent_index", "_parent_table_name", "_submission__uuid"]
        frames[repeat] = pd.DataFrame.from_records(table, columns=columns)
    result = ExportResult(rows=len(records), files=[])
    result.repeat_rows = {repeat: len(table) for repeat, table in repeat_records.items()}
    targets = [out]
    if fmt != "xlsx":
        targets += [out.with_name(f"{out.stem}-{repeat}{out.suffix}") for repeat in form.repeats]
    fresh = {target: not target.exists() for target in targets}
    files = _attachment_targets(store, out, attached)
    try:
        if fmt == "xlsx":
            main_name = _sheet_name(form.title, {r[:31].lower() for r in form.repeats})
            used = {main_name.lower()}
            with pd.ExcelWriter(out, engine="openpyxl") as writer:
                frames[""].to_excel(writer, sheet_name=main_name, index=False)
                for repeat in form.repeats:
                    name = _sheet_name(repeat, used)
                    frames[repeat].to_excel(writer, sheet_name=name, index=False)
                text_cells_only(writer.book)  # an answer is never a live formula
        else:
            for target, frame in zip(targets, frames.values(), strict=True):
                if fmt == "csv":
                    # CRLF ends rows (RFC 4180), so a lone CR inside an answer gets quoted.
                    safe_frame(frame).to_csv(
                        target, index=False, encoding="utf-8-sig", lineterminator="\r\n"
                    )
                else:
                    _to_stata(safe_frame(frame), target)
        result.attachments = _write_attachments(files)
    except OSError as exc:
        raise TabularError(
            code=Code.TABLE_WRITE_FAILED, file=out.name, reason=os_error_text(exc)
        ) from exc
    for target in targets:
        if fresh[target]:
            make_private(target)  # personal data; a file the user already had keeps its mode
    result.files = targets
    return result


def _file_answers(form: SheetForm, answers: Mapping[str, Any]) -> set[str]:
    """The file names a questionnaire's answers to image, audio, video and file questions hold."""
    names: set[str] = set()
    media = {str(kind) for kind in MEDIA_TYPES}
    for q in form.questions:
        if q.kind not in media:
            continue
        scopes = answers.get(q.repeat) if q.repeat else [answers]
        for scope in scopes if isinstance(scopes, list) else []:
            value = scope.get(q.name) if isinstance(scope, dict) else None
            if isinstance(value, str) and value:
                names.add(value)
    return names


def _attachment_targets(
    store: Store, out: Path, attached: Mapping[str, set[str]]
) -> list[tuple[Path, bytes]]:
    """Where each attached file goes, ``attachments/<uuid>/<file>`` beside the table, as Kobo.

    A file already there with other content is refused before anything is written.
    """
    folder = out.with_name(ATTACHMENTS_FOLDER)
    targets = []
    for uuid, name, data in store.attachment_files(attached):
        target = folder / uuid.removeprefix("uuid:") / name
        if target.exists() and (not target.is_file() or target.read_bytes() != data):
            raise TabularError(
                code=Code.TABLE_ATTACHMENT_EXISTS, path=target, folder=ATTACHMENTS_FOLDER
            )
        targets.append((target, data))
    return targets


def _write_attachments(files: Sequence[tuple[Path, bytes]]) -> int:
    """Write the attached files (personal data: private), skipping those already there."""
    for target, data in files:
        if target.exists():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        make_private(target)
    return len(files)


def _sheet_form_from_bytes(
    source: bytes, filename: str, scratch: Path, media: Mapping[str, bytes]
) -> SheetForm:
    """Load a stored form: through the engine when it accepts it, else leniently from a copy."""
    from inclusion_desktop.questionnaire.loader import FormError, load_form_bytes

    try:
        return _from_form(load_form_bytes(source, filename, media=media))
    except FormError:
        scratch = scratch.with_suffix(Path(filename).suffix)
        scratch.write_bytes(source)
        try:
            return read_sheet_form(scratch)
        finally:
            scratch.unlink(missing_ok=True)


def _to_stata(frame: Any, out: Path) -> None:
    """Write a .dta: names made Stata-safe (32 characters, letters, digits, _), labels kept."""
    from pandas.io.stata import StataParser

    reserved = set(StataParser().RESERVED_WORDS)
    names: dict[str, str] = {}
    used: set[str] = set()
    for column in frame.columns:
        base = re.sub(r"[^A-Za-z0-9_]", "_", column.replace("/", "_"))
        if not re.match(r"[A-Za-z_]", base) or base in reserved:
            base = f"v_{base}"
        base = base[:32]
        name, number = base, 1
        while name in used:
            suffix = f"_{number}"
            name, number = base[: 32 - len(suffix)] + suffix, number + 1
        used.add(name)
        names[column] = name
    renamed = frame.rename(columns=names)
    for column in renamed.columns:
        if renamed[column].dtype == object:
            renamed[column] = renamed[column].fillna("").astype(str)
    labels = {names[c]: c[:80] for c in frame.columns if names[c] != c}
    renamed.to_stata(out, write_index=False, version=118, variable_labels=labels)
