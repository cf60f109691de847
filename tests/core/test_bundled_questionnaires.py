"""Checks on the questionnaires shipped in ``resources/questionnaires``.

The markdown tables are the reviewable source and the .xlsx workbooks are generated from
them by ``scripts/build_questionnaires.py``. These tests keep both in step, keep the
territory choice lists equal to ``resources/reference/territory/*.csv``, require French and
English text everywhere, and hold the forms to the subset of XLSForm our engine accepts.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path

import pytest
from pyxform.xls2json_backends import get_xlsform
from pyxform.xls2xform import convert

ROOT = Path(__file__).resolve().parents[2]
QUESTIONNAIRES = ROOT / "resources" / "questionnaires"
TERRITORY = ROOT / "resources" / "reference" / "territory"
FORMS = ("habitants", "structures")
FR, EN = "Français (fr)", "English (en)"

# Choices appended after the communes of communes.csv in the "commune" list.
EXTRA_COMMUNES = ("autre_commune", "hors_agglomeration")

ALLOWED_TYPES = {
    "text", "integer", "decimal", "date", "time", "note", "calculate", "acknowledge",
    "range", "hidden", "begin group", "end group", "begin repeat", "end repeat",
}
ALLOWED_SELECTS = {"select_one", "select_multiple"}
ALLOWED_COLUMNS = {
    "type", "name", "required", "constraint", "relevant", "default", "read_only",
    "calculation", "choice_filter", "appearance",
    *(f"{base}::{lang}" for base in ("label", "hint", "required_message",
                                     "constraint_message") for lang in (FR, EN)),
}
ALLOWED_APPEARANCES = {"minimal", "horizontal", "field-list", "multiline"}
ALLOWED_FUNCTIONS = {
    "not", "selected", "count-selected", "selected-at", "jr:choice-name", "if", "coalesce",
    "concat", "string-length", "contains", "starts-with", "regex", "int", "number", "string",
    "round", "today", "now", "date", "format-date", "count", "sum", "position", "true",
    "false",
}
EXPRESSION_COLUMNS = ("required", "constraint", "relevant", "calculation", "choice_filter",
                      "default")
UNLABELLED_TYPES = {"calculate", "hidden", "end group", "end repeat"}
NAME_RE = re.compile(r"^[a-z][a-z0-9_]*$")
CHOICE_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_]*$")


def _slug(text: str) -> str:
    """Choice name of a commune: ASCII, lower case, runs of other characters become ``_``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")


def _read_csv(name: str) -> list[dict[str, str]]:
    with (TERRITORY / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _form(form: str, ext: str = "md"):
    return get_xlsform(QUESTIONNAIRES / f"{form}.{ext}")


def _choices(form: str, list_name: str) -> list[dict[str, str]]:
    return [c for c in _form(form).choices if c.get("list_name") == list_name]


@pytest.mark.parametrize("ext", ["md", "xlsx"])
@pytest.mark.parametrize("form", FORMS)
def test_converts_without_error_or_warning(form: str, ext: str) -> None:
    warnings: list[str] = []
    result = convert(QUESTIONNAIRES / f"{form}.{ext}", warnings=warnings, validate=False)
    assert "<h:html" in result.xform
    assert warnings == []


@pytest.mark.parametrize("form", FORMS)
def test_xlsx_is_up_to_date_with_markdown(form: str) -> None:
    md, xlsx = _form(form, "md"), _form(form, "xlsx")
    for sheet in ("survey", "choices", "settings"):
        assert getattr(xlsx, sheet) == getattr(md, sheet), (
            f"{form}.xlsx is stale ({sheet}): run python scripts/build_questionnaires.py"
        )
        assert getattr(xlsx, f"{sheet}_header") == getattr(md, f"{sheet}_header")


@pytest.mark.parametrize("form", FORMS)
def test_settings(form: str) -> None:
    (settings,) = _form(form).settings
    assert settings["form_id"] == form
    assert settings["default_language"] == FR
    assert re.fullmatch(r"20\d{8}", settings["version"])


def test_territory_files_are_consistent() -> None:
    communes = _read_csv("communes.csv")
    quartiers = _read_csv("quartiers.csv")
    assert list(communes[0]) == ["code_insee", "nom"]
    assert list(quartiers[0]) == ["commune", "nom", "label", "code_qpv"]
    slugs = [_slug(c["nom"]) for c in communes]
    assert len(set(slugs)) == len(slugs)
    assert not set(slugs) & set(EXTRA_COMMUNES)
    for commune in communes:
        # An empty code means "not known for sure"; never a made-up one.
        assert re.fullmatch(r"(\d{5}|2[AB]\d{3})?", commune["code_insee"])
    keys = [(q["commune"], q["nom"]) for q in quartiers]
    assert len(set(keys)) == len(keys)
    for quartier in quartiers:
        assert quartier["commune"] in slugs
        assert CHOICE_NAME_RE.match(quartier["nom"]) and quartier["label"].strip()
        assert re.fullmatch(r"\S*", quartier["code_qpv"])
    for slug in slugs:
        assert (slug, "autre") in keys, f"commune {slug} has no 'autre' quartier"


@pytest.mark.parametrize("form", FORMS)
def test_territory_choice_lists_equal_csv(form: str) -> None:
    communes = _read_csv("communes.csv")
    quartiers = _read_csv("quartiers.csv")
    commune_choices = _choices(form, "commune")
    assert [(c["name"], c[f"label::{FR}"]) for c in commune_choices[: len(communes)]] == [
        (_slug(c["nom"]), c["nom"]) for c in communes
    ]
    assert [c["name"] for c in commune_choices[len(communes):]] == list(EXTRA_COMMUNES)
    assert [
        (c["commune"], c["name"], c[f"label::{FR}"]) for c in _choices(form, "quartier")
    ] == [(q["commune"], q["nom"], q["label"]) for q in quartiers]
    survey = {row["name"]: row for row in _form(form).survey if "name" in row}
    assert survey["commune"]["type"] == "select_one commune"
    assert survey["quartier"]["type"] == "select_one quartier"
    assert survey["quartier"]["choice_filter"] == "commune = ${commune}"


@pytest.mark.parametrize("form", FORMS)
def test_french_and_english_text_everywhere(form: str) -> None:
    data = _form(form)
    for number, row in enumerate(data.survey, start=2):
        where = f"{form} survey row {number} ({row.get('name', row['type'])})"
        if row["type"] not in UNLABELLED_TYPES:
            assert row.get(f"label::{FR}") and row.get(f"label::{EN}"), where
        for base in ("hint", "required_message", "constraint_message"):
            assert bool(row.get(f"{base}::{FR}")) == bool(row.get(f"{base}::{EN}")), (
                f"{where}: {base}"
            )
        assert not any(k.startswith("label") and "::" not in k for k in row), where
    for choice in data.choices:
        where = f"{form} choice {choice['list_name']}/{choice['name']}"
        assert choice.get(f"label::{FR}") and choice.get(f"label::{EN}"), where


@pytest.mark.parametrize("form", FORMS)
def test_forms_stay_within_the_engine_subset(form: str) -> None:
    data = _form(form)
    list_names = {c["list_name"] for c in data.choices}
    names = []
    for number, row in enumerate(data.survey, start=2):
        where = f"{form} survey row {number}"
        assert set(row) <= ALLOWED_COLUMNS, f"{where}: {set(row) - ALLOWED_COLUMNS}"
        kind, _, list_name = row["type"].partition(" ")
        if kind in ALLOWED_SELECTS:
            assert list_name in list_names, where
        else:
            assert row["type"] in ALLOWED_TYPES, where
        if "name" in row:
            assert NAME_RE.match(row["name"]), where
            names.append(row["name"])
        if "appearance" in row:
            assert row["appearance"] in ALLOWED_APPEARANCES, where
        for column in EXPRESSION_COLUMNS:
            expression = row.get(column, "")
            for banned in ("/data/", "../", "instance("):
                assert banned not in expression, f"{where} {column}"
            functions = set(re.findall(r"([a-z][a-z0-9-]*(?::[a-z-]+)?)\s*\(", expression))
            assert functions <= ALLOWED_FUNCTIONS, f"{where} {column}: {functions}"
    assert len(names) == len(set(names)), "question and group names must be unique"
    for choice in data.choices:
        assert CHOICE_NAME_RE.match(choice["name"]), choice


def test_refusal_ends_the_resident_questionnaire() -> None:
    survey = _form("habitants").survey
    start = [row.get("name") for row in survey].index("consentement")
    # Depth of the consent question itself (it may sit in a group with its introduction).
    depth = sum({"begin group": 1, "end group": -1}.get(row["type"], 0) for row in survey[:start])
    for row in survey[start + 1:]:
        if row["type"] == "end group":
            depth -= 1
            continue
        if depth == 0 and row.get("name") != "fin_refus":
            assert row["type"] == "begin group", row
            assert row.get("relevant", "").startswith("${consentement} = 'oui'"), row["name"]
        if row["type"] == "begin group":
            depth += 1


def test_every_specify_question_of_the_resident_form_follows_a_choice_question() -> None:
    from inclusion_desktop.questionnaire.bundled import load_bundled_form
    from inclusion_desktop.questionnaire.followups import followed_question

    form = load_bundled_form()
    specify = [q for q in form.questions if q.label.get("Français (fr)") == "Précisez :"]
    assert len(specify) >= 5
    for question in specify:
        parent = followed_question(form, question)
        assert parent is not None and parent.choices is not None, question.name
    assert followed_question(form, form.question("accomp_motif_autre")) is form.question(
        "accomp_motif"
    )
    assert followed_question(form, form.question("quartier")) is form.question("commune")
    # A question asked of everyone follows nothing.
    assert followed_question(form, form.question("accompagne")) is None
