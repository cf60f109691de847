"""A repeat in a repeat in tables: one table per level, joined by `_parent_index` as Kobo does."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from sync_support import empty_store

from inclusion_desktop.questionnaire.loader import load_form
from inclusion_desktop.questionnaire.session import FormSession
from inclusion_desktop.store import Store
from inclusion_desktop.sync.tabular import export_tables, import_table

FORM = Path(__file__).with_name("fixtures") / "nested_repeats.md"
NOW = dt.datetime(2024, 5, 2, 10, 30, tzinfo=dt.UTC)


def _answers() -> list[dict[str, object]]:
    """Two questionnaires filled through the session: households with their persons."""
    form = load_form(FORM)
    filled = []
    for households in ([("Lille", ["Marc"]), ("Douai", ["Ana", "Léo", "Zoé"])], [("Anzin", [])]):
        session = FormSession(form, clock=lambda: NOW)
        session.set_answer("nb_menages", str(len(households)))
        for index, (commune, persons) in enumerate(households):
            session.set_answer("commune", commune, index)
            session.set_answer("taille", str(len(persons)), index)
            for rank, name in enumerate(persons):
                session.set_answer("prenom", name, (index, rank))
                session.set_answer("age", str(10 + 7 * rank), (index, rank))
        filled.append(session.final_answers())
    return filled


def _store(path: Path, answers: list[dict[str, object]]) -> tuple[Store, list[str]]:
    store = empty_store(path)
    form = load_form(FORM)
    version = store.register_form(
        source=FORM.read_bytes(),
        filename=FORM.name,
        form_id=form.form_id,
        version=form.version,
        title=form.title,
        sha256=form.sha256,
    )
    operator = store.add_operator("Samira").id
    uuids = []
    for each in answers:
        sub = store.create_submission(
            form_version_id=version.id, zone="QPV-A", operator_id=operator
        )
        store.finalize(sub.uuid, each, operator)
        uuids.append(sub.uuid)
    return store, uuids


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_nested_repeats_export_one_table_per_level_and_import_back(
    tmp_path: Path, fmt: str
) -> None:
    answers = _answers()
    households: list[dict[str, list[dict[str, str]]]] = answers[0]["menage"]  # type: ignore[assignment]
    assert [person["prenom"] for person in households[1]["personne"]] == ["Ana", "Léo", "Zoé"]
    source, uuids = _store(tmp_path / "a.sqlite", answers)
    out = tmp_path / f"donnees.{fmt}"
    result = export_tables(source, out, fmt=fmt)
    source.close()
    assert result.repeat_rows == {"menage": 3, "personne": 4}
    if fmt == "xlsx":
        sheets = pd.read_excel(out, sheet_name=None, dtype=str)
        personne = sheets["personne"].fillna("")
    else:
        with out.with_name("donnees-personne.csv").open(encoding="utf-8-sig") as handle:
            personne = pd.DataFrame(list(csv.DictReader(handle)))
    # Marc belongs to household 1, Ana, Léo and Zoé to household 2 (`_index` of the menage table).
    assert list(personne["menage/personne/prenom"]) == ["Marc", "Ana", "Léo", "Zoé"]
    assert list(personne["_parent_index"]) == ["1", "2", "2", "2"]
    assert set(personne["_parent_table_name"]) == {"menage"}
    assert list(personne["_index"]) == ["1", "2", "3", "4"]

    target = empty_store(tmp_path / "b.sqlite")
    report = import_table(target, form_path=FORM, data_path=out)
    assert (report.created, report.orphan_rows) == (2, 0)
    assert report.repeat_rows == {"menage": 3, "personne": 4}
    for uuid, expected in zip(uuids, answers, strict=True):
        assert target.head_answers(uuid) == expected
    session = FormSession(load_form(FORM), target.head_answers(uuids[0]))
    assert session.value("prenom", (1, 2)) == "Zoé"
    assert session.value("total_age", 1) == str(10 + 17 + 24)
    target.close()
