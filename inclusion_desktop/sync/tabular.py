"""Tables shared with other tools: import of KoboToolbox / ODK Central exports, flat export.

The import reads the same XLSForm leniently (only names, types, groups and choices matter), so
a territory that started on Kobo with a form this app would refuse to render can still bring its
data over. Column names follow Kobo's conventions: ``group/question`` paths, select_multiple as
space-separated text plus ``question/choice`` 0/1 columns (``question.choice`` in some exports,
``TRUE``/``FALSE`` once through R), ``_uuid`` or ``meta/instanceID`` for the instance id.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import uuid as uuid_module
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from inclusion_desktop.store import Store
from inclusion_desktop.store.files import make_private

IMPORT_DEVICE_NAMESPACE = uuid_module.UUID("6f1c2a8e-8f0b-4a51-9d0a-2b7f4c1e9a30")
_GROUP_STARTS = ("begin group", "begin_group", "begin repeat", "begin_repeat")
_GROUP_ENDS = ("end group", "end_group", "end repeat", "end_repeat")
_SKIPPED_TYPES = {"note", "begin"}
_TRUE = {"1", "1.0", "true", "vrai", "yes"}
_ID_COLUMNS = ("_uuid", "meta/instanceID", "instanceID", "uuid", "X_uuid")
_SUBMITTED_COLUMNS = ("_submission_time", "X_submission_time", "end", "start")
_DATE = re.compile(r"\d{4}-\d\d-\d\d")


class TabularError(Exception):
    """A table or form that cannot be imported or exported, with a French message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True, slots=True)
class SheetQuestion:
    """One data column of a form: its name, Kobo path, type and choice list."""

    name: str
    path: str
    kind: str
    list_name: str | None
    in_repeat: bool


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

    def as_dict(self) -> dict[str, Any]:
        """Return the report as JSON values, for ``--json``."""
        return {
            "ok": True,
            "file": self.file,
            "form_id": self.form_id,
            "created": self.created,
            "already_present": self.already_present,
            "without_id": self.without_id,
            "ignored_columns": self.ignored_columns,
            "warnings": self.warnings,
        }

    def summary(self) -> str:
        """A French paragraph for the console."""
        lines = [
            f"{Path(self.file).name} : {self.created} questionnaire(s) importé(s), "
            f"{self.already_present} déjà présent(s), {self.without_id} ligne(s) sans identifiant."
        ]
        if self.ignored_columns:
            shown = ", ".join(self.ignored_columns[:10])
            more = "…" if len(self.ignored_columns) > 10 else ""
            lines.append(f"Colonnes ignorées ({len(self.ignored_columns)}) : {shown}{more}")
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
        raise TabularError(f"{path.name} : XLSForm illisible ({exc}).") from exc
    by_name = {name.strip().lower(): frame for name, frame in sheets.items()}
    if "survey" not in by_name:
        raise TabularError(f"{path.name} : pas de feuille « survey », ce n'est pas un XLSForm.")
    survey = by_name["survey"].fillna("")
    survey.columns = [str(c).strip() for c in survey.columns]
    questions: list[SheetQuestion] = []
    stack: list[tuple[str, bool]] = []
    for _, row in survey.iterrows():
        kind = " ".join(_cell(row.get("type")).split())
        name = _cell(row.get("name"))
        if not kind:
            continue
        lowered = kind.lower()
        if lowered.startswith(_GROUP_STARTS):
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
        in_repeat = any(is_repeat for _, is_repeat in stack)
        questions.append(SheetQuestion(name, path_text, head, list_name, in_repeat))
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
    )


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

    def visit(items: Any, path: list[str], in_repeat: bool) -> None:
        for item in items:
            if isinstance(item, Group):
                visit(item.children, [*path, item.name], in_repeat or item.is_repeat)
            elif str(item.type) != "note":
                list_name = item.choices.name if item.choices is not None else None
                questions.append(
                    SheetQuestion(
                        item.name,
                        "/".join([*path, item.name]),
                        str(item.type),
                        list_name,
                        in_repeat,
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
    )


# -- import -------------------------------------------------------------------------------------


def _read_table(path: Path) -> list[dict[str, str]]:
    """Read the main table of a CSV (comma or semicolon, UTF-8 or Latin-1) or XLSX export."""
    import pandas as pd

    try:
        if path.suffix.lower() in (".xlsx", ".xls"):
            frame = pd.read_excel(path, sheet_name=0, dtype=str)
        else:
            raw = path.read_bytes()
            try:
                text = raw.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = raw.decode("cp1252", errors="replace")
            first = text.split("\n", 1)[0]
            delimiter = ";" if first.count(";") > first.count(",") else ","
            reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
            return [{k: (v or "") for k, v in row.items() if k is not None} for row in reader]
    except (OSError, ValueError) as exc:
        raise TabularError(f"{path.name} : fichier illisible ({exc}).") from exc
    frame = frame.fillna("")
    return [{str(k): str(v) for k, v in row.items()} for row in frame.to_dict("records")]


def _clean_header(header: str) -> str:
    """Undo R's and Excel's damage to a header: BOM prefixes, ``X_`` before meta columns."""
    header = header.strip().lstrip("\ufeff")
    header = re.sub(r"^X\.U\.FEFF\.", "", header)
    if re.fullmatch(r"X_[A-Za-z_]+", header):
        header = header[1:]
    return header


def _instance_id(row: dict[str, str], columns: dict[str, str]) -> str | None:
    for name in _ID_COLUMNS:
        original = columns.get(name)
        if original is not None and row.get(original, "").strip():
            value = row[original].strip()
            return value if value.startswith("uuid:") else f"uuid:{value}"
    return None


def _submitted(row: dict[str, str], columns: dict[str, str]) -> datetime:
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


def import_table(store: Store, *, form_path: Path, data_path: Path, zone: str = "") -> ImportReport:
    """Import a Kobo / ODK Central export of `form_path` into the store, skipping known uuids."""
    form_path, data_path = Path(form_path), Path(data_path)
    form = load_sheet_form(form_path)
    rows = _read_table(data_path)
    report = ImportReport(file=str(data_path), form_id=form.form_id)
    if not rows:
        raise TabularError(f"{data_path.name} : aucune ligne à importer.")
    main = [q for q in form.questions if not q.in_repeat]
    repeats = [q for q in form.questions if q.in_repeat]
    by_name = {q.name: q for q in main}
    columns: dict[str, str] = {}
    value_columns: dict[str, str] = {}
    binary_columns: dict[str, list[tuple[str, str]]] = {}
    r_export = False
    for original in rows[0]:
        header = _clean_header(original)
        r_export = r_export or original.startswith("X_")
        columns.setdefault(header, original)
        leaf = header.split("/")[-1]
        if leaf in by_name and leaf not in value_columns:
            value_columns[leaf] = original
            continue
        matched = False
        for separator in ("/", "."):
            prefix, sep, choice = header.rpartition(separator)
            name = prefix.split("/")[-1]
            question = by_name.get(name)
            if sep and question is not None and question.kind == "select_multiple":
                if choice in form.choice_names(question):
                    binary_columns.setdefault(name, []).append((choice, original))
                    matched = True
                    break
        if not matched and not header.startswith("_") and header not in _ID_COLUMNS:
            report.ignored_columns.append(original)
    if repeats:
        report.warnings.append(
            f"Les {len(repeats)} question(s) des groupes répétés (autres feuilles ou fichiers "
            "de l'export) ne sont pas importées."
        )
    missing = {"NA"} if r_export else set()
    version = store.register_form(
        source=form.source,
        filename=form.filename,
        form_id=form.form_id,
        version=form.version,
        title=form.title,
        sha256=form.sha256,
    )
    prepared: list[tuple[str, str, datetime, dict[str, Any]]] = []
    for row in rows:
        instance = _instance_id(row, columns)
        if instance is None:
            report.without_id += 1
            continue
        answers: dict[str, Any] = {}
        for name, original in value_columns.items():
            text = row.get(original, "").strip()
            if text and text not in missing:
                answers[name] = _value(by_name[name], text)
        for name, pairs in binary_columns.items():
            if name not in answers:
                chosen = [
                    c for c, original in pairs if row.get(original, "").strip().lower() in _TRUE
                ]
                if chosen:
                    answers[name] = " ".join(chosen)
        prepared.append((instance, zone, _submitted(row, columns), answers))
    source_name = "Import KoboToolbox / ODK Central"
    device_uuid = str(uuid_module.uuid5(IMPORT_DEVICE_NAMESPACE, form.form_id))
    created, skipped = store.import_submissions(
        form_version_id=version.id, rows=prepared, device_uuid=device_uuid, device_name=source_name
    )
    report.created = len(created)
    report.already_present = len(skipped)
    return report


# -- export -------------------------------------------------------------------------------------


def _latest_rows(store: Store, form_id: str | None) -> tuple[list[tuple[Any, ...]], int | None]:
    """Return each complete questionnaire of a form with its head answers, and the newest version.

    Rows: uuid, created_at, device, operator, version, answers text, form version id, ...
    """
    from sqlalchemy import text

    query = text(
        "SELECT s.uuid, s.created_at, d.name, o.name, f.version, r.answers, f.id, f.form_id,"
        " r.number, r.content_hash FROM submission s"
        " JOIN form_version f ON f.id = s.form_version_id"
        " JOIN device d ON d.id = s.device_id LEFT JOIN operator o ON o.id = s.operator_id"
        " JOIN revision r ON r.submission_id = s.id"
        " WHERE s.status = 'complete' AND r.status = 'complete'"
        " ORDER BY s.created_at, s.id, r.number, r.content_hash"
    )
    with store.engine.connect() as conn:
        rows = conn.execute(query).all()
    if form_id is None:
        counts: dict[str, int] = {}
        for row in rows:
            counts[row[7]] = counts.get(row[7], 0) + 1
        if not counts:
            return [], None
        form_id = max(counts, key=lambda key: counts[key])
    latest: dict[str, tuple[Any, ...]] = {}
    newest_version: int | None = None
    for row in rows:
        if row[7] == form_id:
            latest[row[0]] = row  # ordered by generation: the last one is the head
            newest_version = max(newest_version or 0, row[6])
    return list(latest.values()), newest_version


def export_table(
    store: Store,
    out: Path,
    *,
    fmt: str,
    language: str | None = None,
    form_id: str | None = None,
) -> int:
    """Write one row per complete questionnaire (csv, xlsx or Stata dta); return the row count.

    Columns are named like Kobo's (``group/question``); a select_multiple gives a text column
    and one 0/1 column per choice; with a language, choice values become labels.
    """
    import json

    import pandas as pd

    rows, version_id = _latest_rows(store, form_id)
    if version_id is None:
        raise TabularError("Aucun questionnaire terminé à exporter.")
    source, filename = store.form_source(version_id)
    scratch = Path(out).with_name(f".{filename}")
    form = _sheet_form_from_bytes(source, filename, scratch)
    questions = [q for q in form.questions if not q.in_repeat]
    records = []
    for uuid, created_at, device, operator, version, answers_text, *_ in rows:
        answers = json.loads(answers_text)
        record: dict[str, Any] = {}
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
        record["_uuid"] = uuid.removeprefix("uuid:")
        record["_device"] = device
        record["_operator"] = operator or ""
        record["_submitted"] = created_at
        record["_version"] = version
        records.append(record)
    frame = pd.DataFrame.from_records(records)
    out = Path(out)
    created = not out.exists()
    try:
        if fmt == "csv":
            frame.to_csv(out, index=False, encoding="utf-8-sig")
        elif fmt == "xlsx":
            frame.to_excel(out, index=False)
        elif fmt == "dta":
            _to_stata(frame, out)
        else:
            raise TabularError(f"Format inconnu : {fmt} (csv, xlsx ou dta).")
    except OSError as exc:
        raise TabularError(f"{out.name} : écriture impossible ({exc.strerror or exc}).") from exc
    if created:
        make_private(out)  # personal data; a file the user already had keeps its mode
    return len(records)


def _sheet_form_from_bytes(source: bytes, filename: str, scratch: Path) -> SheetForm:
    """Load a stored form: through the engine when it accepts it, else leniently from a copy."""
    from inclusion_desktop.questionnaire.loader import FormError, load_form_bytes

    try:
        return _from_form(load_form_bytes(source, filename))
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
