"""Repeat groups in tables: Kobo's extra sheets / files, joined by _parent_index and uuid."""

from __future__ import annotations

import csv
import os
import warnings
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from sync_support import empty_store

from inclusion_desktop.questionnaire.loader import load_form
from inclusion_desktop.questionnaire.session import FormSession
from inclusion_desktop.store import Store
from inclusion_desktop.sync.tabular import TabularError, export_tables, import_table

REFERENCE = Path(__file__).resolve().parents[2] / "tests" / "reference-data"
KOBO = REFERENCE / "kobo-exports"
NIGER = KOBO / "niger-msna-2020"
NIGER_FORM = NIGER / "form" / "MSNA_Outil_Collecte_FINAL_V6.xlsx"
HUMIND = KOBO / "humind-msna-2024-dummy"

needs_reference = pytest.mark.skipif(not KOBO.is_dir(), reason="reference data not at hand")

FORM_MD = """\
| survey |
| | type | name | label |
| | text | village | Village |
| | integer | taille | Taille du ménage |
| | begin repeat | membre | Membre |
| | integer | age | Âge |
| | select_one sexe | sexe | Sexe |
| | begin group | usages | Usages |
| | select_multiple equip | equipement | Équipement |
| | end group | | |
| | end repeat | | |
| | begin repeat | visite | Visite |
| | date | jour | Jour |
| | end repeat | | |
| choices |
| | list_name | name | label |
| | sexe | f | Femme |
| | sexe | h | Homme |
| | equip | smartphone | Smartphone |
| | equip | ordinateur | Ordinateur |
| settings |
| | form_id | version | form_title |
| | menage | 2 | Ménages du quartier |
"""

ANSWERS: list[dict[str, Any]] = [
    {
        "village": "Louvroil",
        "taille": "3",
        "membre": [
            {"age": "41", "sexe": "f", "equipement": "smartphone ordinateur"},
            {"age": "12", "sexe": "h"},
            {"age": "70", "sexe": "f", "equipement": "smartphone"},
        ],
        "visite": [{"jour": "2024-05-02"}],
    },
    {"village": "Jeumont", "taille": "1", "membre": [{"age": "33", "sexe": "h"}]},
    {"village": "Maubeuge", "taille": "0"},
]


@pytest.fixture
def form_file(tmp_path: Path) -> Path:
    path = tmp_path / "menage.md"
    path.write_text(FORM_MD, encoding="utf-8")
    return path


def _filled_store(path: Path, form_file: Path) -> tuple[Store, list[str]]:
    store = empty_store(path)
    source = form_file.read_bytes()
    form = load_form(form_file)
    version = store.register_form(
        source=source,
        filename=form_file.name,
        form_id="menage",
        version="2",
        title="Ménages du quartier",
        sha256=form.sha256,
    )
    operator = store.add_operator("Samira").id
    uuids = []
    for answers in ANSWERS:
        sub = store.create_submission(
            form_version_id=version.id, zone="QPV-A", operator_id=operator
        )
        store.finalize(sub.uuid, answers, operator)
        uuids.append(sub.uuid)
    return store, uuids


def test_xlsx_round_trip_keeps_repeat_instances(tmp_path: Path, form_file: Path) -> None:
    source, uuids = _filled_store(tmp_path / "a.sqlite", form_file)
    out = tmp_path / "donnees.xlsx"
    result = export_tables(source, out, fmt="xlsx")
    source.close()
    assert (result.rows, result.files, result.repeat_rows) == (
        3,
        [out],
        {"membre": 4, "visite": 1},
    )
    if os.name != "nt":
        assert out.stat().st_mode & 0o777 == 0o600
    sheets = pd.read_excel(out, sheet_name=None, dtype=str)
    assert list(sheets) == ["Ménages du quartier", "membre", "visite"]
    main = sheets["Ménages du quartier"]
    assert list(main["_index"]) == ["1", "2", "3"]
    membre = sheets["membre"].fillna("")
    assert list(membre.columns) == [
        "membre/age",
        "membre/sexe",
        "membre/usages/equipement",
        "membre/usages/equipement/smartphone",
        "membre/usages/equipement/ordinateur",
        "_index",
        "_parent_index",
        "_parent_table_name",
        "_submission__uuid",
    ]
    assert list(membre["_parent_index"]) == ["1", "1", "1", "2"]
    assert list(membre["_index"]) == ["1", "2", "3", "4"]
    assert set(membre["_parent_table_name"]) == {"Ménages du quartier"}
    assert membre.iloc[3]["_submission__uuid"] == uuids[1].removeprefix("uuid:")

    target = empty_store(tmp_path / "b.sqlite")
    report = import_table(target, form_path=form_file, data_path=out)
    assert (report.created, report.orphan_rows) == (3, 0)
    assert report.repeat_rows == {"membre": 4, "visite": 1}
    assert not [w for w in report.warnings if "répétition" in w.lower()]
    for uuid, answers in zip(uuids, ANSWERS, strict=True):
        assert target.head_answers(uuid) == answers
    # The questionnaire opens with its instances, as if they had been typed in.
    session = FormSession(load_form(form_file), target.head_answers(uuids[0]))
    assert [session.value("age", i) for i in range(3)] == ["41", "12", "70"]
    assert session.value("equipement", 0) == "smartphone ordinateur"
    target.close()


def test_csv_and_dta_write_one_file_per_repeat(tmp_path: Path, form_file: Path) -> None:
    source, uuids = _filled_store(tmp_path / "a.sqlite", form_file)
    out = tmp_path / "donnees.csv"
    result = export_tables(source, out, fmt="csv")
    membre, visite = tmp_path / "donnees-membre.csv", tmp_path / "donnees-visite.csv"
    assert result.files == [out, membre, visite]
    for path in result.files:
        if os.name != "nt":
            assert path.stat().st_mode & 0o777 == 0o600
    with membre.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [row["_parent_index"] for row in rows] == ["1", "1", "1", "2"]
    stata = export_tables(source, tmp_path / "donnees.dta", fmt="dta")
    assert [path.name for path in stata.files] == [
        "donnees.dta",
        "donnees-membre.dta",
        "donnees-visite.dta",
    ]
    read = pd.read_stata(tmp_path / "donnees-membre.dta")
    assert list(read["_parent_index"]) == [1, 1, 1, 2]
    source.close()

    # The repeat files next to the main one are found by their names.
    target = empty_store(tmp_path / "b.sqlite")
    report = import_table(target, form_path=form_file, data_path=out)
    assert report.repeat_rows == {"membre": 4, "visite": 1}
    for uuid, answers in zip(uuids, ANSWERS, strict=True):
        assert target.head_answers(uuid) == answers
    target.close()


def test_rows_without_parent_are_reported(tmp_path: Path, form_file: Path) -> None:
    data = tmp_path / "kobo.csv"
    data.write_text("_uuid,village,_index\nu-1,Louvroil,1\nu-2,Jeumont,2\n", encoding="utf-8")
    loop = tmp_path / "membres_loop.csv"
    loop.write_text(
        "age,sexe,_index,_parent_table_name,_parent_index,_submission__uuid\n"
        "41,f,1,Ménages,1,u-1\n"
        "12,h,2,Ménages,9,u-9\n"
        "33,h,3,Ménages,2,\n",
        encoding="utf-8",
    )
    store = empty_store(tmp_path / "c.sqlite")
    report = import_table(store, form_path=form_file, data_path=data, repeat_paths=[loop])
    assert (report.created, report.orphan_rows, report.repeat_rows) == (2, 1, {"membre": 2})
    (orphan,) = [w for w in report.warnings if "parent" in w]
    assert "membres_loop.csv, ligne 3" in orphan and "non importée" in orphan
    assert any("« visite » absente" in w for w in report.warnings)
    assert store.head_answers("uuid:u-1")["membre"] == [{"age": "41", "sexe": "f"}]
    assert store.head_answers("uuid:u-2")["membre"] == [{"age": "33", "sexe": "h"}]
    assert "orphan_rows" in report.as_dict()
    store.close()


def test_refusal_writes_nothing(tmp_path: Path, form_file: Path) -> None:
    data = tmp_path / "kobo.csv"
    data.write_text("_uuid,village,_index\nu-1,Louvroil,1\n", encoding="utf-8")
    store = empty_store(tmp_path / "c.sqlite")
    with pytest.raises(TabularError, match="absent.csv"):
        import_table(
            store, form_path=form_file, data_path=data, repeat_paths=[tmp_path / "absent.csv"]
        )
    assert store.list_submissions() == []
    store.close()


@needs_reference
def test_kobo_csv_repeat_files(tmp_path: Path) -> None:
    folder = NIGER / "export-2020-07-08"
    names = ("hh_membres", "enfant_sep", "nbre_pers_decedes")
    loops = [folder / f"{name}_loop.csv" for name in names]
    store = empty_store(tmp_path / "n.sqlite")
    # Collected with an earlier form version (its repeat has « vaccin_rougeole_001 » where V6
    # asks « vaccin_rougeole_cmb »): imported only « à vérifier », on request.
    report = import_table(
        store,
        form_path=NIGER_FORM,
        data_path=folder / "data.csv",
        repeat_paths=loops,
        keep_invalid=True,
    )
    assert report.created == 575 and 0 < report.to_review < 575
    # The death loop's file is not named after its repeat: found by its columns.
    assert report.repeat_rows == {
        "hh_membres_loop": 4404,
        "enfant_sep_loop": 155,
        "repeat_nbre_pers_decedes": 37,
    }
    assert report.orphan_rows == 0
    with (folder / "nbre_pers_decedes_loop.csv").open(encoding="cp1252", newline="") as stream:
        first = next(csv.DictReader(stream))
    deaths = store.head_answers(f"uuid:{first['_submission__uuid']}")["repeat_nbre_pers_decedes"]
    assert deaths[0]["sexe_pers_decede"] == first["sexe_pers_decede"]
    assert deaths[0]["age_pers_decede"] == first["age_pers_decede"]
    store.close()


@needs_reference
def test_kobo_workbook_repeat_sheets_round_trip(tmp_path: Path) -> None:
    form = HUMIND / "REACH_2024_MSNA-kobo-tool_draft_v11.xlsx"
    data = HUMIND / "dummy_raw_data.xlsx"
    store = empty_store(tmp_path / "h.sqlite")
    # Dummy data drawn at random, blind to the form's constraints: every row is « à vérifier ».
    report = import_table(store, form_path=form, data_path=data, keep_invalid=True)
    assert report.created == 241 and report.orphan_rows == 0 and report.to_review == 241
    assert report.repeat_rows == {"roster": 965, "edu_ind": 965, "health_ind": 965, "nut_ind": 965}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        roster = pd.read_excel(data, sheet_name="roster", dtype=str).fillna("")
    first = roster.iloc[0]
    instances = store.head_answers(f"uuid:{first['uuid']}")["roster"]
    assert instances[0]["ind_age"] == first["ind_age"]
    assert instances[0]["ind_gender"] == first["ind_gender"]
    # Out again and into a fresh store: the same answers, repeats included.
    out = tmp_path / "humind.xlsx"
    export_tables(store, out, fmt="xlsx")
    again = empty_store(tmp_path / "h2.sqlite")
    second = import_table(again, form_path=form, data_path=out, keep_invalid=True)
    assert second.created == 241 and second.repeat_rows == report.repeat_rows
    for info in store.list_submissions()[:40]:
        assert again.head_answers(info.uuid) == store.head_answers(info.uuid)
    store.close()
    again.close()
