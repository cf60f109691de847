"""Import of real KoboToolbox / ODK Central exports, and the flat export with Kobo's columns."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd
import pytest
from sync_support import empty_store

from inclusion_desktop.store import Store
from inclusion_desktop.sync.tabular import ImportRefused, TabularError, export_table, import_table

REFERENCE = Path(__file__).resolve().parents[2] / "tests" / "reference-data"
KOBO = REFERENCE / "kobo-exports"
NIGER = KOBO / "niger-msna-2020"
NIGER_FORM = NIGER / "form" / "MSNA_Outil_Collecte_FINAL_V6.xlsx"

needs_reference = pytest.mark.skipif(not KOBO.is_dir(), reason="reference data not at hand")

FORM_MD = """\
| survey |
| | type | name | label::Français (fr) | label::English (en) |
| | begin group | profil | Profil | Profile |
| | integer | age | Âge | Age |
| | select_multiple equip | equipement | Équipement | Equipment |
| | end group | | | |
| | select_one oui_non | accompagne | Accompagné ? | Helped? |
| | text | commentaire | Commentaire | Comment |
| choices |
| | list_name | name | label::Français (fr) | label::English (en) |
| | equip | smartphone | Smartphone | Smartphone |
| | equip | ordinateur | Ordinateur | Computer |
| | equip | aucun | Aucun | None |
| | oui_non | oui | Oui | Yes |
| | oui_non | non | Non | No |
| settings |
| | form_id | version | form_title | default_language |
| | inclusion_test | 3 | Enquête test | Français (fr) |
"""


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = empty_store(tmp_path / "c.sqlite")
    yield opened
    opened.close()


def _csv_rows(path: Path, delimiter: str) -> list[dict[str, str]]:
    with path.open(encoding="cp1252", newline="") as stream:
        return list(csv.DictReader(stream, delimiter=delimiter))


@needs_reference
def test_kobo_csv_import_is_faithful_and_not_duplicated(store: Store) -> None:
    data = NIGER / "export-2020-07-08" / "data.csv"
    # This export was collected with an earlier version of the form: some rows answer questions
    # the V6 form does not ask. By default the import is refused and writes nothing at all.
    with pytest.raises(ImportRefused, match="--keep-invalid"):
        import_table(store, form_path=NIGER_FORM, data_path=data, zone="NE-TEST")
    assert store.list_submissions() == [] and store.form_versions() == []
    report = import_table(
        store, form_path=NIGER_FORM, data_path=data, zone="NE-TEST", keep_invalid=True
    )
    assert (report.created, report.already_present, report.without_id) == (575, 0, 0)
    assert 0 < report.to_review == report.invalid_rows < 575
    assert any("Répétition" in warning for warning in report.warnings)
    source = next(row for row in _csv_rows(data, ",") if row["raison_depart"].strip())
    uuid = f"uuid:{source['_uuid']}"
    answers = store.head_answers(uuid)
    assert answers["raison_depart"] == " ".join(source["raison_depart"].split())
    assert answers["region_enquete"] == source["region_enquete"]
    submission = store.get_submission(uuid)
    assert (submission.zone, submission.status, submission.operator_id) == (
        "NE-TEST",
        "complete",
        None,
    )
    (revision,) = store.revisions(uuid)
    assert revision.created_at.isoformat().startswith(source["_submission_time"][:16])
    again = import_table(store, form_path=NIGER_FORM, data_path=data, keep_invalid=True)
    assert (again.created, again.already_present) == (0, 575)
    assert len(store.list_submissions()) == 575


@needs_reference
def test_semicolon_export_with_dotted_choice_columns(store: Store) -> None:
    data = NIGER / "export-2020-08-02" / "data.csv"
    report = import_table(store, form_path=NIGER_FORM, data_path=data)
    assert report.created == 87
    source = next(row for row in _csv_rows(data, ";") if row["raison_depart"].strip())
    answers = store.head_answers(f"uuid:{source['_uuid']}")
    assert answers["raison_depart"] == " ".join(source["raison_depart"].split())


@needs_reference
def test_r_mangled_xlsx_export(store: Store) -> None:
    folder = KOBO / "cleaningtools-irq-2021"
    # R rewrote the neighbourhood codes (« A2 » is not a choice of the form): refused by default,
    # kept « à vérifier » on request.
    with pytest.raises(ImportRefused, match="code absent de la liste"):
        import_table(store, form_path=folder / "form.xlsx", data_path=folder / "data.xlsx")
    report = import_table(
        store, form_path=folder / "form.xlsx", data_path=folder / "data.xlsx", keep_invalid=True
    )
    assert report.created == 632 and report.to_review > 0
    frame = pd.read_excel(folder / "data.xlsx", dtype=str).fillna("")
    first = frame.iloc[0]
    answers = store.head_answers(f"uuid:{first['X_uuid']}")
    assert answers["neighbourhood"] == first["neighbourhood"]
    assert "NA" not in answers.values()


def test_odk_central_csv_with_group_paths(store: Store, tmp_path: Path) -> None:
    form = tmp_path / "enquete.md"
    form.write_text(FORM_MD, encoding="utf-8")
    data = tmp_path / "central.csv"
    data.write_text(
        "SubmissionDate,profil/age,profil/equipement,profil/equipement/smartphone,"
        "profil/equipement/ordinateur,profil/equipement/aucun,accompagne,commentaire,"
        "meta/instanceID,KEY\n"
        "2024-03-01T09:00:00.000Z,34,smartphone  ordinateur,1,1,0,oui,« bien »,"
        "uuid:aaaa-1,uuid:aaaa-1\n"
        "2024-03-01T10:00:00.000Z,71,,0,0,1,non,,uuid:aaaa-2,uuid:aaaa-2\n"
        "2024-03-01T11:00:00.000Z,50,,0,0,0,non,,,\n",
        encoding="utf-8",
    )
    report = import_table(store, form_path=form, data_path=data)
    assert (report.created, report.without_id) == (2, 1)
    assert store.head_answers("uuid:aaaa-1") == {
        "age": "34",
        "equipement": "smartphone ordinateur",
        "accompagne": "oui",
        "commentaire": "« bien »",
    }
    # Text column empty: rebuilt from the 0/1 columns.
    assert store.head_answers("uuid:aaaa-2")["equipement"] == "aucun"
    assert import_table(store, form_path=form, data_path=data).already_present == 2


def test_flat_export_like_kobo(store: Store, tmp_path: Path) -> None:
    form = tmp_path / "enquete.md"
    form.write_text(FORM_MD, encoding="utf-8")
    data = tmp_path / "central.csv"
    data.write_text(
        "meta/instanceID,profil/age,profil/equipement,accompagne\n"
        "uuid:b-1,34,smartphone ordinateur,oui\nuuid:b-2,20,aucun,non\n",
        encoding="utf-8",
    )
    import_table(store, form_path=form, data_path=data)
    operator = store.add_operator("Coordinatrice").id
    store.delete_submission("uuid:b-2", "Doublon", operator)
    out = tmp_path / "table.csv"
    assert export_table(store, out, fmt="csv") == 1
    frame = pd.read_csv(out, dtype=str, encoding="utf-8-sig").fillna("")
    assert list(frame.columns) == [
        "profil/age",
        "profil/equipement",
        "profil/equipement/smartphone",
        "profil/equipement/ordinateur",
        "profil/equipement/aucun",
        "accompagne",
        "commentaire",
        "_uuid",
        "_device",
        "_operator",
        "_submitted",
        "_version",
        "_index",
    ]
    row = frame.iloc[0]
    assert (row["_uuid"], row["profil/equipement"], row["_version"]) == (
        "b-1",
        "smartphone ordinateur",
        "3",
    )
    assert [row[f"profil/equipement/{c}"] for c in ("smartphone", "ordinateur", "aucun")] == [
        "1",
        "1",
        "0",
    ]
    english = tmp_path / "table.xlsx"
    export_table(store, english, fmt="xlsx", language="English (en)")
    sheet = pd.read_excel(english, dtype=str).fillna("")
    assert sheet.iloc[0]["profil/equipement"] == "Smartphone Computer"
    assert sheet.iloc[0]["accompagne"] == "Yes"
    stata = tmp_path / "table.dta"
    export_table(store, stata, fmt="dta")
    read = pd.read_stata(stata)
    assert "profil_equipement_smartphone" in read.columns and "_uuid" in read.columns


def test_export_of_an_empty_store_is_refused(store: Store, tmp_path: Path) -> None:
    with pytest.raises(TabularError, match="Aucun questionnaire"):
        export_table(store, tmp_path / "x.csv", fmt="csv")


def test_answers_are_json_text(store: Store, tmp_path: Path) -> None:
    form = tmp_path / "enquete.md"
    form.write_text(FORM_MD, encoding="utf-8")
    data = tmp_path / "c.csv"
    data.write_text("_uuid,profil/age\nc-1,40.0\n", encoding="utf-8")
    import_table(store, form_path=form, data_path=data)
    assert json.dumps(store.head_answers("uuid:c-1")) == '{"age": "40"}'
