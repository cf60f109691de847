"""The territory a store works on: its communes and quartiers, editable by the coordinator.

The app ships a territory file (resources/reference/territory/, two CSV files). A coordinator
may edit it in the app: the edited territory is kept in the store as the CSV text of one table
(setting ``territory``, one line per quartier, columns `COLUMNS`), each save written to the audit
log. A store whose territory was never edited uses the shipped file.

Rules (checked by `validate_rows`, French messages naming the line):

- ``commune`` / ``quartier`` are the choice names stored with each questionnaire (the zone code
  is ``commune/quartier``): lower case, no accents, digits and ``_``. Left empty on a new line,
  they are derived from the name (``choice_slug``; « Autre quartier / hors QPV » gives ``autre``);
  an existing one is never changed by a rename.
- a commune has one name and one INSEE code (5 characters, optional: never guessed);
- a quartier has a label; no two quartiers of a commune share a choice name or a label;
- ``code_qpv`` is optional (never invented); when given it has the format of the official codes
  of the 2024 priority neighbourhoods, ``QN`` + the department on three characters + two digits +
  a letter (``QN05901M``), and the department is the commune's. One QPV may span two communes
  (same quartier choice name, same code), but two different quartiers cannot share a code;
- every commune keeps its ``autre`` line (« Autre quartier / hors QPV »), without a QPV code:
  the questionnaire offers it whatever the commune, and it groups the respondents outside a QPV.

`save_territory` also refuses to remove a quartier that questionnaires of the store use (it may
be renamed), and names how many use it.

The edited territory travels in export files with when and on which laptop it was saved
(setting ``territory_origin``): a merge applies an incoming territory only when it was saved
later than the store's own, is valid and removes no quartier in use (`merge_territory`).
"""

from __future__ import annotations

import csv
import io
import logging
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from inclusion_desktop.catalogue import Code, TextLines, Translate, french
from inclusion_desktop.catalogue import Text as Problem
from inclusion_desktop.errors import AppError
from inclusion_desktop.questionnaire.bundled import Neighbourhood, choice_slug, resource_csv
from inclusion_desktop.questionnaire.model import Choice, ChoiceList, Form, Group, Question, Text
from inclusion_desktop.store.models import format_utc, utc_now
from inclusion_desktop.store.territory_setting import (
    SETTING_TERRITORY,
    SETTING_TERRITORY_ORIGIN,
    UNKNOWN_SAVE_TIME,
    TerritoryOrigin,
    keep_received_territory,
    setting_value,
    territory_origin,
    zone_usage_with,
)

if TYPE_CHECKING:
    from inclusion_desktop.store import Store

log = logging.getLogger(__name__)

#: The columns of the territory table, as imported and exported.
COLUMNS = ("commune", "nom_commune", "code_insee", "quartier", "libelle", "code_qpv")
#: The quartier every commune keeps: « Autre quartier / hors QPV ».
OTHER_QUARTIER = "autre"
OTHER_QUARTIER_LABEL = "Autre quartier / hors QPV"
#: Commune choice names the questionnaires use for answers outside the territory's list.
RESERVED_COMMUNES = frozenset({"autre_commune", "hors_agglomeration"})
#: The questions whose choice lists follow the territory.
COMMUNE_QUESTION = "commune"
QUARTIER_QUESTION = "quartier"

CHOICE_NAME_RE = re.compile(r"[a-z0-9_]+")
INSEE_RE = re.compile(r"(?:\d{5}|2[AB]\d{3})")
QPV_RE = re.compile(r"QN(?:\d{3}|02[AB])\d{2}[A-Z]")
MAX_AUDIT_DETAIL = 500


class TerritoryError(AppError, ValueError):
    """A territory that cannot be kept: `texts` are catalogued problems, each naming its line."""

    area_code = Code.TERRITORY

    def __init__(self, texts: Sequence[Problem]) -> None:
        self.texts = tuple(texts)
        super().__init__(code=Code.TERRITORY_PROBLEMS, problems=TextLines(self.texts))

    @property
    def problems(self) -> tuple[str, ...]:
        """The problems in French (the command line, the merge report, the logs)."""
        return self.lines()

    def lines(self, translate: Translate = french) -> tuple[str, ...]:
        """The problems in the language of `translate`, one a line."""
        return tuple(text.render(translate) for text in self.texts)


@dataclass(frozen=True, slots=True)
class TerritoryRow:
    """One quartier of the territory table, with its commune; `line` is where it was read."""

    commune: str
    commune_name: str
    code_insee: str
    quartier: str
    label: str
    qpv_code: str = ""
    line: int = 0

    @property
    def zone(self) -> str:
        """The zone code stored with each questionnaire."""
        return f"{self.commune}/{self.quartier}"


@dataclass(frozen=True, slots=True)
class TerritoryTable:
    """A checked territory: its quartiers commune by commune, in table order."""

    rows: tuple[TerritoryRow, ...]

    def neighbourhoods(self) -> list[Neighbourhood]:
        """The quartiers as the home screen, the lists and the sheets show them."""
        return [
            Neighbourhood(
                commune=row.commune,
                commune_name=row.commune_name,
                quartier=row.quartier,
                name=row.label,
                qpv_code=row.qpv_code,
            )
            for row in self.rows
        ]

    def communes(self) -> list[tuple[str, str, str]]:
        """(choice name, name, INSEE code) of each commune, in table order."""
        seen: dict[str, tuple[str, str, str]] = {}
        for row in self.rows:
            seen.setdefault(row.commune, (row.commune, row.commune_name, row.code_insee))
        return list(seen.values())

    def zones(self) -> dict[str, TerritoryRow]:
        """The rows by zone code."""
        return {row.zone: row for row in self.rows}

    def csv_text(self) -> str:
        """The table as CSV text (UTF-8 once written, comma separated, header `COLUMNS`)."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(COLUMNS)
        for row in self.rows:
            writer.writerow(
                [
                    row.commune,
                    row.commune_name,
                    row.code_insee,
                    row.quartier,
                    row.label,
                    row.qpv_code,
                ]
            )
        return buffer.getvalue()


# -- validation ------------------------------------------------------------------------------


def _department(code_insee: str) -> str:
    """The department of a commune on three characters, as in QPV codes (59xxx → 059)."""
    return code_insee[:3] if code_insee.startswith("97") else code_insee[:2].zfill(3)


def validate_rows(rows: Iterable[TerritoryRow]) -> TerritoryTable:
    """Checks and normalises the rows (derived choice names, upper-case codes).

    Raises `TerritoryError` listing every problem found, each naming its line.
    """
    problems: list[Problem] = []
    clean: list[TerritoryRow] = []
    for index, raw in enumerate(rows, start=1):
        line = raw.line or index
        commune_name = " ".join(raw.commune_name.split())
        label = " ".join(raw.label.split())
        commune = raw.commune.strip() or choice_slug(commune_name)
        quartier = raw.quartier.strip() or (
            OTHER_QUARTIER
            if label.casefold() == OTHER_QUARTIER_LABEL.casefold()
            else choice_slug(label)
        )
        code_insee = raw.code_insee.strip().upper()
        qpv_code = "".join(raw.qpv_code.split()).upper()
        if not commune_name:
            problems.append(Problem(Code.TERRITORY_COMMUNE_EMPTY, {"line": line}))
        elif not CHOICE_NAME_RE.fullmatch(commune):
            problems.append(
                Problem(Code.TERRITORY_COMMUNE_NAME, {"line": line, "commune": commune})
            )
        elif commune in RESERVED_COMMUNES:
            problems.append(
                Problem(Code.TERRITORY_COMMUNE_RESERVED, {"line": line, "commune": commune})
            )
        if code_insee and not INSEE_RE.fullmatch(code_insee):
            problems.append(
                Problem(
                    Code.TERRITORY_INSEE_FORMAT, {"line": line, "insee": raw.code_insee.strip()}
                )
            )
        if not label:
            problems.append(Problem(Code.TERRITORY_LABEL_EMPTY, {"line": line}))
        elif not CHOICE_NAME_RE.fullmatch(quartier):
            problems.append(Problem(Code.TERRITORY_ZONE_NAME, {"line": line, "quartier": quartier}))
        if qpv_code:
            if not QPV_RE.fullmatch(qpv_code):
                problems.append(
                    Problem(Code.TERRITORY_QPV_FORMAT, {"line": line, "qpv": raw.qpv_code.strip()})
                )
            elif code_insee and INSEE_RE.fullmatch(code_insee):
                if qpv_code[2:5] != _department(code_insee):
                    problems.append(
                        Problem(
                            Code.TERRITORY_QPV_DEPARTMENT,
                            {
                                "line": line,
                                "qpv": qpv_code,
                                "qpv_department": qpv_code[2:5],
                                "commune": commune_name,
                                "insee": code_insee,
                                "department": _department(code_insee),
                            },
                        )
                    )
            if quartier == OTHER_QUARTIER:
                problems.append(
                    Problem(
                        Code.TERRITORY_OTHER_WITH_QPV,
                        {"line": line, "label": label or OTHER_QUARTIER_LABEL},
                    )
                )
        clean.append(
            TerritoryRow(commune, commune_name, code_insee, quartier, label, qpv_code, line)
        )
    if not clean:
        raise TerritoryError([Problem(Code.TERRITORY_EMPTY)])
    problems.extend(_cross_problems(clean))
    if problems:
        raise TerritoryError(problems)
    return TerritoryTable(tuple(clean))


def _cross_problems(rows: Sequence[TerritoryRow]) -> list[Problem]:
    """Problems between lines: communes named twice, duplicate quartiers, shared QPV codes."""
    problems: list[Problem] = []
    communes: dict[str, TerritoryRow] = {}
    commune_by_name: dict[str, TerritoryRow] = {}
    commune_by_insee: dict[str, TerritoryRow] = {}
    quartiers: dict[tuple[str, str], TerritoryRow] = {}
    labels: dict[tuple[str, str], TerritoryRow] = {}
    qpv_codes: dict[str, TerritoryRow] = {}
    for row in rows:
        if not row.commune_name or not row.label:
            continue
        first = communes.setdefault(row.commune, row)
        if first is not row:
            if first.commune_name != row.commune_name:
                problems.append(
                    Problem(
                        Code.TERRITORY_COMMUNE_RENAMED,
                        {
                            "line": row.line,
                            "commune": row.commune,
                            "first_name": first.commune_name,
                            "first_line": first.line,
                            "name": row.commune_name,
                        },
                    )
                )
            if first.code_insee != row.code_insee:
                problems.append(
                    Problem(
                        Code.TERRITORY_INSEE_DIFFERS,
                        {
                            "line": row.line,
                            "commune": row.commune_name,
                            "insee": row.code_insee,
                            "first_line": first.line,
                            "first_insee": first.code_insee,
                        },
                    )
                )
        else:
            other = commune_by_name.setdefault(row.commune_name.casefold(), row)
            if other is not row:
                problems.append(
                    Problem(
                        Code.TERRITORY_COMMUNE_TWICE,
                        {
                            "line": row.line,
                            "commune": row.commune_name,
                            "other_line": other.line,
                            "other_choice": other.commune,
                        },
                    )
                )
            if row.code_insee:
                other = commune_by_insee.setdefault(row.code_insee, row)
                if other is not row:
                    problems.append(
                        Problem(
                            Code.TERRITORY_INSEE_TAKEN,
                            {
                                "line": row.line,
                                "insee": row.code_insee,
                                "other": other.commune_name,
                                "other_line": other.line,
                            },
                        )
                    )
        other = quartiers.setdefault((row.commune, row.quartier), row)
        if other is not row:
            problems.append(
                Problem(
                    Code.TERRITORY_ZONE_TWICE,
                    {
                        "line": row.line,
                        "quartier": row.quartier,
                        "commune": row.commune_name,
                        "other_line": other.line,
                    },
                )
            )
            continue
        other = labels.setdefault((row.commune, row.label.casefold()), row)
        if other is not row:
            problems.append(
                Problem(
                    Code.TERRITORY_LABEL_TWICE,
                    {
                        "line": row.line,
                        "commune": row.commune_name,
                        "label": row.label,
                        "other_line": other.line,
                    },
                )
            )
        if row.qpv_code:
            other = qpv_codes.setdefault(row.qpv_code, row)
            if other is not row and other.quartier != row.quartier:
                problems.append(
                    Problem(
                        Code.TERRITORY_QPV_TAKEN,
                        {
                            "line": row.line,
                            "qpv": row.qpv_code,
                            "other": other.label,
                            "other_line": other.line,
                        },
                    )
                )
    for commune, first in communes.items():
        if (commune, OTHER_QUARTIER) not in quartiers:
            problems.append(
                Problem(
                    Code.TERRITORY_OTHER_MISSING,
                    {
                        "line": first.line,
                        "commune": first.commune_name,
                        "label": OTHER_QUARTIER_LABEL,
                        "choice": OTHER_QUARTIER,
                    },
                )
            )
    return problems


# -- reading and writing ---------------------------------------------------------------------


def parse_territory_csv(text: str) -> TerritoryTable:
    """Reads and checks the CSV text of a territory table (the format `csv_text` writes)."""
    return validate_rows(read_territory_csv(text))


def read_territory_csv(text: str) -> list[TerritoryRow]:
    """The lines of a territory CSV, unchecked (to show them and their problems).

    Comma or semicolon separated (as Excel saves it in French); raises `TerritoryError` when
    the name columns are missing.
    """
    text = text.lstrip("\ufeff")
    sample = text.split("\n", 1)[0]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    header = [name.strip() for name in reader.fieldnames or ()]
    reader.fieldnames = header
    # Only the names are needed: choice names are derived from them, codes may stay unknown.
    missing = [name for name in ("nom_commune", "libelle") if name not in header]
    if missing:
        raise TerritoryError(
            [
                Problem(
                    Code.TERRITORY_MISSING_COLUMNS
                    if len(missing) > 1
                    else Code.TERRITORY_MISSING_COLUMN,
                    {"missing": ", ".join(missing), "expected": ", ".join(COLUMNS)},
                )
            ]
        )
    rows = []
    for record in reader:
        values = {key: (value or "").strip() for key, value in record.items() if key}
        if not any(values.values()):
            continue
        rows.append(
            TerritoryRow(
                commune=values.get("commune", ""),
                commune_name=values.get("nom_commune", ""),
                code_insee=values.get("code_insee", ""),
                quartier=values.get("quartier", ""),
                label=values.get("libelle", ""),
                qpv_code=values.get("code_qpv", ""),
                line=reader.line_num,
            )
        )
    return rows


def shipped_territory() -> TerritoryTable:
    """The territory file shipped with the app (resources/reference/territory/)."""
    communes = {
        choice_slug(row["nom"]): (row["nom"], (row.get("code_insee") or "").strip())
        for row in resource_csv("reference", "territory", "communes.csv")
    }
    rows = []
    for line, row in enumerate(resource_csv("reference", "territory", "quartiers.csv"), start=2):
        name, insee = communes.get(row["commune"], (row["commune"], ""))
        rows.append(
            TerritoryRow(
                commune=row["commune"],
                commune_name=name,
                code_insee=insee,
                quartier=row["nom"],
                label=row["label"],
                qpv_code=row.get("code_qpv") or "",
                line=line,
            )
        )
    return validate_rows(rows)


def is_territory_edited(store: Store) -> bool:
    """True when a coordinator saved a territory in this store."""
    return bool(store.get_setting(SETTING_TERRITORY))


def load_territory(store: Store | None) -> TerritoryTable:
    """The territory of `store`: the edited one, else the shipped file (also without a store)."""
    text = None if store is None else store.get_setting(SETTING_TERRITORY)
    if text:
        try:
            return parse_territory_csv(text)
        except TerritoryError as exc:  # Saved valid: only a change of rules can get here.
            log.warning("Territoire enregistré illisible, fichier fourni utilisé : %s", exc)
    return shipped_territory()


def store_neighbourhoods(store: Store | None) -> list[Neighbourhood]:
    """The neighbourhoods every list of the app shows for `store` (edited or shipped)."""
    return load_territory(store).neighbourhoods()


def zone_usage(store: Store) -> Counter[str]:
    """How many questionnaires (deleted ones aside) each zone code of the store has."""
    return Counter(store.questionnaires_per_zone())


def removal_problems(
    old: TerritoryTable, new: TerritoryTable, usage: Counter[str]
) -> list[Problem]:
    """The quartiers of `old` missing from `new` while questionnaires use them."""
    kept = set(new.zones())
    problems: list[Problem] = []
    for zone, row in old.zones().items():
        count = usage.get(zone, 0)
        if zone not in kept and count:
            problems.append(
                Problem(
                    Code.TERRITORY_ZONE_IN_USE if count > 1 else Code.TERRITORY_ZONE_IN_USE_ONCE,
                    {"label": row.label, "commune": row.commune_name, "count": count},
                )
            )
    return problems


def territory_changes(old: TerritoryTable, new: TerritoryTable) -> str:
    """A short French account of what changed, for the audit log."""
    before, after = old.zones(), new.zones()
    parts = []
    added = [f"{row.label} ({row.commune_name})" for z, row in after.items() if z not in before]
    removed = [f"{row.label} ({row.commune_name})" for z, row in before.items() if z not in after]
    renamed = [
        f"{before[z].label} → {row.label} ({row.commune_name})"
        for z, row in after.items()
        if z in before and before[z].label != row.label
    ]
    codes = [
        f"{row.label} ({row.commune_name}) : {before[z].qpv_code or '—'} → {row.qpv_code or '—'}"
        for z, row in after.items()
        if z in before and before[z].qpv_code != row.qpv_code
    ]
    old_communes = {c: (n, i) for c, n, i in old.communes()}
    communes = [
        f"{name} ({insee or '—'})"
        for commune, name, insee in new.communes()
        if commune in old_communes and old_communes[commune] != (name, insee)
    ]
    for title, items in (
        ("ajouté", added),
        ("retiré", removed),
        ("renommé", renamed),
        ("code QPV", codes),
        ("commune modifiée", communes),
    ):
        if items:
            parts.append(f"{title} : " + ", ".join(items))
    summary = "territoire : " + ("; ".join(parts) if parts else "aucun changement")
    summary += f" ({len(new.rows)} quartiers, {len(new.communes())} communes)"
    return summary[: MAX_AUDIT_DETAIL - 1] + "…" if len(summary) > MAX_AUDIT_DETAIL else summary


def save_territory(
    store: Store, territory: TerritoryTable | Sequence[TerritoryRow], *, operator_id: int | None
) -> str:
    """Checks and keeps the territory of `store`, with an audit row; returns that row's detail.

    Raises `TerritoryError` when a line is invalid or a quartier in use would be removed.
    """
    table = validate_rows(territory.rows if isinstance(territory, TerritoryTable) else territory)
    old = load_territory(store)
    problems = removal_problems(old, table, zone_usage(store))
    if problems:
        raise TerritoryError(problems)
    detail = territory_changes(old, table)
    store.set_setting(SETTING_TERRITORY, table.csv_text(), detail=detail, operator_id=operator_id)
    device = store.device()
    origin = TerritoryOrigin(
        format_utc(utc_now()), device.uuid if device else "", device.name if device else ""
    )
    store.set_setting(SETTING_TERRITORY_ORIGIN, origin.json())
    return detail


# -- travelling between laptops --------------------------------------------------------------


def _when(saved_at: str) -> str:
    if saved_at == UNKNOWN_SAVE_TIME:
        return "date inconnue"
    try:
        return datetime.fromisoformat(saved_at).astimezone().strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return saved_at or "date inconnue"


def merge_territory(
    conn: Connection,
    incoming: dict[str, Any],
    *,
    submissions: Sequence[dict[str, Any]] = (),
    source: str = "",
    dry_run: bool = False,
    operator_id: int | None = None,
) -> tuple[str, str]:
    """Apply a bundle's territory in the merge's transaction; return (outcome, French message).

    Outcome ``updated`` (applied, or would be in a preview), ``kept`` (the store's is as recent
    or more recent: merging a bundle twice changes nothing) or ``refused`` (invalid, or it would
    remove quartiers that questionnaires use). An applied territory keeps its origin and writes
    an audit row like `save_territory`, naming the laptop it was saved on.
    """
    theirs = TerritoryOrigin(
        incoming["saved_at"], incoming["device"]["uuid"], incoming["device"]["name"]
    )
    sender = theirs.device_name or "un autre ordinateur"
    where = f"enregistré sur {sender} le {_when(theirs.saved_at)}"
    ours = territory_origin(conn)
    if ours is not None and theirs.key <= ours.key:
        if ours.key == theirs.key:
            return "kept", f"territoire déjà à jour ({where})."
        return "kept", (
            f"territoire de ce poste gardé : celui du fichier ({where}) n’est pas plus récent que "
            f"celui de ce poste (enregistré sur {ours.device_name or 'ce poste'} le "
            f"{_when(ours.saved_at)})."
        )
    try:
        table = validate_rows(read_territory_csv(incoming["csv"]))
    except TerritoryError as exc:
        return "refused", f"territoire du fichier ({where}) non appliqué : " + " ".join(
            exc.problems
        )
    local_text = setting_value(conn, SETTING_TERRITORY)
    old = shipped_territory()
    if local_text:
        try:
            old = parse_territory_csv(local_text)
        except TerritoryError:
            pass
    problems = removal_problems(old, table, zone_usage_with(conn, submissions))
    if problems:
        return "refused", (
            f"territoire du fichier ({where}) non appliqué, le territoire de ce poste est gardé : "
            + " ".join(problem.render() for problem in problems)
        )
    if dry_run:
        return "updated", f"le territoire serait remplacé par celui du fichier ({where})."
    detail = territory_changes(old, table)
    suffix = f" — reçu de {sender}"
    if source and source != theirs.device_name:
        suffix += f" par {source}"
    keep_received_territory(
        conn,
        table.csv_text(),
        theirs,
        detail=(detail + suffix)[:MAX_AUDIT_DETAIL],
        operator_id=operator_id,
    )
    return "updated", f"territoire remplacé par celui du fichier ({where})."


# -- the questionnaire's lists ---------------------------------------------------------------


def _plain(text: str) -> str:
    return text.replace("\u2019", "'")


def _label(form: Form, original: Choice | None, label: str, keep_translations: bool) -> Text:
    """The choice label `label`: proper names read the same in every language."""
    languages = form.languages or (form.default_language or "default",)
    if original is None:
        return Text({language: label for language in languages})
    texts = dict(original.label.by_language)
    french = [
        lang
        for lang in texts
        if lang == form.default_language or "(fr)" in lang or lang.lower().startswith("fr")
    ]
    # The XLSForm reader turns typographic apostrophes into straight ones.
    if _plain(original.label.get(french[0] if french else None)) == _plain(label):
        return original.label
    for language in texts if not keep_translations or not french else french:
        texts[language] = label
    return Text(texts)


def apply_territory_choices(form: Form, territory: TerritoryTable) -> Form:
    """`form` with its commune and quartier lists taken from `territory`.

    Applies to forms whose ``quartier`` question is filtered by a ``commune`` column (the
    shipped questionnaires); others are returned unchanged. The XLSForm bytes are not changed.
    Choices outside the territory (« Autre commune », « Hors de l’agglomération ») are kept.
    """
    commune_q = form.by_name.get(COMMUNE_QUESTION)
    quartier_q = form.by_name.get(QUARTIER_QUESTION)
    if not (isinstance(commune_q, Question) and isinstance(quartier_q, Question)):
        return form
    if commune_q.choices is None or quartier_q.choices is None:
        return form
    old_quartiers = quartier_q.choices.choices
    if not old_quartiers or any(COMMUNE_QUESTION not in c.extra for c in old_quartiers):
        return form
    by_key = {(c.extra[COMMUNE_QUESTION], c.name): c for c in old_quartiers}
    quartiers = []
    for row in territory.rows:
        original = by_key.get((row.commune, row.quartier))
        label = _label(form, original, row.label, row.quartier == OTHER_QUARTIER)
        extra = {**(original.extra if original else {}), COMMUNE_QUESTION: row.commune}
        quartiers.append(Choice(row.quartier, label, extra))
    old_communes = {c.name: c for c in commune_q.choices.choices}
    listed = {commune for commune, _name, _insee in territory.communes()}
    shipped = {commune for commune, _name, _insee in shipped_territory().communes()}
    communes = tuple(
        Choice(commune, _label(form, old_communes.get(commune), name, False))
        for commune, name, _insee in territory.communes()
    ) + tuple(
        c for c in commune_q.choices.choices if c.name not in listed and c.name not in shipped
    )
    lists = {
        commune_q.choices.name: ChoiceList(commune_q.choices.name, communes),
        quartier_q.choices.name: ChoiceList(quartier_q.choices.name, tuple(quartiers)),
    }

    def rebuilt(items: tuple[Question | Group, ...]) -> tuple[Question | Group, ...]:
        result: list[Question | Group] = []
        for item in items:
            if isinstance(item, Group):
                result.append(replace(item, children=rebuilt(item.children)))
            elif item.choices is not None and item.choices.name in lists:
                result.append(replace(item, choices=lists[item.choices.name]))
            else:
                result.append(item)
        return tuple(result)

    changed = replace(
        form,
        children=rebuilt(form.children),
        choice_lists={**form.choice_lists, **lists},
    )
    items = {item.name: item for item in changed.walk()}
    return replace(
        changed, by_name={name: items.get(name, item) for name, item in form.by_name.items()}
    )
