"""Imported rows are checked by the form engine; ODK Central exports; zones and calculations.

Small CSV exports of the resident questionnaire (the shipped XLSForm, read by pyxform), written
the way KoboToolbox and ODK Central write them.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest
from sync_support import empty_store

from inclusion_desktop.analysis import submissions_frame
from inclusion_desktop.cli import main
from inclusion_desktop.store import Store
from inclusion_desktop.sync.tabular import (
    ImportRefused,
    TabularError,
    export_tables,
    import_table,
)

FORM = Path(__file__).resolve().parents[2] / "resources" / "questionnaires" / "habitants.xlsx"
KOBO_HEADERS = [
    "start",
    "end",
    "bloc_consentement/consentement",
    "bloc_residence/commune",
    "bloc_residence/quartier",
    "bloc_profil/age",
    "bloc_profil/age_refus",
    "bloc_profil/tranche_age_declaree",
    "bloc_profil/sexe",
    "bloc_equipement/equipement",
    "bloc_equipement/equipement/smartphone",
    "bloc_equipement/equipement/aucun",
    "bloc_aisance_usages/aisance",
    "_id",
    "_uuid",
    "_submission_time",
    "_index",
]
GOOD = {
    "bloc_consentement/consentement": "oui",
    "bloc_residence/commune": "maubeuge",
    "bloc_residence/quartier": "sous_le_bois",
    "bloc_profil/age": "34",
    "bloc_profil/sexe": "femme",
    "bloc_equipement/equipement": "smartphone",
    "bloc_equipement/equipement/smartphone": "1",
    "bloc_equipement/equipement/aucun": "0",
    "bloc_aisance_usages/aisance": "plutot_aise",
}


def _row(number: int, **changes: str) -> dict[str, str]:
    row = dict(GOOD)
    row.update(
        {
            "_id": str(number),
            "_uuid": f"00000000-0000-4000-8000-{number:012d}",
            "_submission_time": "2026-11-02T10:00:00",
            "_index": str(number),
        }
    )
    row.update({key.replace("__", "/"): value for key, value in changes.items()})
    return row


def _write(path: Path, rows: list[dict[str, str]], headers: list[str] = KOBO_HEADERS) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=headers, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


def _refusal(number: int) -> dict[str, str]:
    row = {key: "" for key in GOOD}
    row.update(_row(number))
    for key in GOOD:
        row[key] = ""
    row["bloc_consentement/consentement"] = "non"
    row["bloc_equipement/equipement/smartphone"] = ""
    row["bloc_equipement/equipement/aucun"] = ""
    return row


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = empty_store(tmp_path / "c.sqlite")
    yield opened
    opened.close()


def _bytes(path: Path) -> bytes:
    with sqlite3.connect(path) as conn:
        return "\n".join(conn.iterdump()).encode()


BAD_ROWS = [
    ("bloc_profil/age", {"bloc_profil__age": "trente"}, "type"),
    ("bloc_profil/age", {"bloc_profil__age": "12"}, "constraint"),
    (
        "bloc_equipement/equipement",
        {
            "bloc_equipement__equipement": "aucun smartphone",
            "bloc_equipement__equipement__aucun": "1",
        },
        "constraint",
    ),
    ("bloc_profil/sexe", {"bloc_profil__sexe": "f"}, "choice"),
    ("bloc_aisance_usages/aisance", {"bloc_aisance_usages__aisance": ""}, "required"),
    (
        "bloc_profil/tranche_age_declaree",
        {"bloc_profil__tranche_age_declaree": "30_44"},
        "relevance",
    ),
]


@pytest.mark.parametrize(("column", "changes", "rule"), BAD_ROWS)
def test_a_row_the_form_refuses_refuses_the_whole_import(
    store: Store, tmp_path: Path, column: str, changes: dict[str, str], rule: str
) -> None:
    data = _write(tmp_path / "export.csv", [_row(1), _row(2, **changes), _row(3)])
    before = _bytes(store.path)
    with pytest.raises(ImportRefused) as caught:
        import_table(store, form_path=FORM, data_path=data)
    report = caught.value.report
    (problem,) = report.problems
    assert (problem.file, problem.line, problem.column, problem.rule) == (
        "export.csv",
        3,
        column,
        rule,
    )
    assert problem.question == column.split("/")[-1]
    assert f"ligne 3, colonne « {column} »" in caught.value.message
    assert store.list_submissions() == [] and store.form_versions() == []
    assert _bytes(store.path) == before  # nothing written, not even the form


def test_keep_invalid_imports_them_to_check_and_out_of_the_figures(
    store: Store, tmp_path: Path
) -> None:
    rows = [_row(1), _row(2, bloc_profil__age="12"), _row(3)]
    data = _write(tmp_path / "export.csv", rows)
    report = import_table(store, form_path=FORM, data_path=data, keep_invalid=True)
    assert (report.created, report.to_review, report.invalid_rows) == (3, 1, 1)
    (pending,) = store.reviews()
    assert pending.submission_uuid == "uuid:00000000-0000-4000-8000-000000000002"
    assert pending.problems[0]["rule"] == "constraint" and pending.problems[0]["line"] == 3
    frame = submissions_frame(store)
    assert len(frame) == 2 and pending.submission_uuid not in set(frame["_uuid"])
    operator = store.add_operator("Coord", role="coordinateur").id
    store.resolve_review(pending.submission_uuid, resolution="confirme", operator_id=operator)
    assert store.reviews() == [] and len(submissions_frame(store)) == 3
    entry = store.audit_log()[-1]
    assert entry.action == "a_verifier" and entry.target == pending.submission_uuid
    assert "confirmé" in entry.detail


def test_cli_refuses_with_a_located_report_and_json(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "c.sqlite"
    data = _write(tmp_path / "export.csv", [_row(1), _row(2, bloc_profil__age="trente")])
    code = main(["data", "import", "--db", str(db), "--form", str(FORM), str(data), "--json"])
    payload = json.loads(capsys.readouterr().out)
    assert code == 1 and payload["ok"] is False
    assert payload["problems"] == [
        {
            "file": "export.csv",
            "line": 3,
            "column": "bloc_profil/age",
            "question": "age",
            "value": "trente",
            "rule": "type",
            "message": "Entrez un nombre entier.",
        }
    ]
    code = main(["data", "import", "--db", str(db), "--form", str(FORM), str(data)])
    err = capsys.readouterr().err
    assert code == 1 and "ligne 3" in err and "--keep-invalid" in err
    code = main(
        ["data", "import", "--db", str(db), "--form", str(FORM), str(data), "--keep-invalid"]
    )
    out = capsys.readouterr().out
    assert code == 0 and "1 questionnaire importé « à vérifier »" in out


def test_zone_from_answers_and_tranche_age_recalculated(store: Store, tmp_path: Path) -> None:
    rows = [
        _row(1),
        _row(2, bloc_residence__quartier="montplaisir", bloc_profil__age="67"),
        _row(3, bloc_residence__commune="louvroil", bloc_residence__quartier="autre"),
        _refusal(4),
    ]
    data = _write(tmp_path / "export.csv", rows)  # no tranche_age column, as some exports
    report = import_table(store, form_path=FORM, data_path=data, zone="maubeuge/autre")
    assert report.created == 4
    assert any("tranche_age" in warning for warning in report.warnings)
    zones = {row.uuid[-1]: row.zone for row in store.list_submissions()}
    assert zones == {
        "1": "maubeuge/sous_le_bois",
        "2": "maubeuge/montplaisir",
        "3": "louvroil/autre",
        "4": "maubeuge/autre",  # a refusal names no neighbourhood: the zone given
    }
    answers = store.head_answers("uuid:00000000-0000-4000-8000-000000000002")
    assert answers["tranche_age"] == "60_74"
    assert "tranche_age" not in store.head_answers("uuid:00000000-0000-4000-8000-000000000004")


def test_disagreeing_calculation_takes_the_engines_value(store: Store, tmp_path: Path) -> None:
    headers = [*KOBO_HEADERS, "bloc_profil/tranche_age"]
    data = _write(tmp_path / "e.csv", [_row(1, bloc_profil__tranche_age="75_plus")], headers)
    import_table(store, form_path=FORM, data_path=data)
    assert store.head_answers("uuid:00000000-0000-4000-8000-000000000001")["tranche_age"] == (
        "30_44"
    )


def test_odk_central_export_with_a_repeat_imports(store: Store, tmp_path: Path) -> None:
    form = tmp_path / "menage.md"
    form.write_text(
        "| survey |\n"
        "| | type | name | label | constraint | calculation |\n"
        "| | begin group | g1 | Ménage | | |\n"
        "| | integer | taille | Taille | . >= 1 | |\n"
        "| | end group | | | | |\n"
        "| | begin repeat | membre | Membre | | |\n"
        "| | integer | age_hh | Âge | . < 120 | |\n"
        "| | end repeat | | | | |\n"
        "| | calculate | n_membres | | | count(${membre}) |\n"
        "| settings |\n| | form_id | version |\n| | menage | 1 |\n",
        encoding="utf-8",
    )
    main_rows = [
        {
            "SubmissionDate": "2026-11-02T10:00:00.000Z",
            "start": "",
            "g1-taille": "2",
            "meta-instanceID": "uuid:aaaa",
            "KEY": "uuid:aaaa",
            "SubmitterID": "5",
            "ReviewState": "",
        },
    ]
    data = _write(tmp_path / "menage.csv", main_rows, list(main_rows[0]))
    repeat_rows = [
        {"age_hh": "40", "PARENT_KEY": "uuid:aaaa", "KEY": "uuid:aaaa/membre[1]"},
        {"age_hh": "9", "PARENT_KEY": "uuid:aaaa", "KEY": "uuid:aaaa/membre[2]"},
    ]
    _write(tmp_path / "menage-membre.csv", repeat_rows, ["age_hh", "PARENT_KEY", "KEY"])
    report = import_table(store, form_path=form, data_path=data)
    assert (report.created, report.repeat_rows) == (1, {"membre": 2})
    answers = store.head_answers("uuid:aaaa")
    assert answers["taille"] == "2"
    assert [m["age_hh"] for m in answers["membre"]] == ["40", "9"]
    assert answers["n_membres"] == "2"  # calculated from the repeat rows
    # A repeat row the form refuses is located in its own file.
    bad = [{"age_hh": "400", "PARENT_KEY": "uuid:bbbb", "KEY": "uuid:bbbb/membre[1]"}]
    main_rows[0].update({"meta-instanceID": "uuid:bbbb", "KEY": "uuid:bbbb"})
    _write(tmp_path / "menage.csv", main_rows, list(main_rows[0]))
    _write(tmp_path / "menage-membre.csv", bad, ["age_hh", "PARENT_KEY", "KEY"])
    with pytest.raises(ImportRefused) as caught:
        import_table(store, form_path=form, data_path=data)
    (problem,) = caught.value.report.problems
    assert (problem.file, problem.line, problem.column) == ("menage-membre.csv", 2, "age_hh")


def test_an_export_matching_nothing_is_refused(store: Store, tmp_path: Path) -> None:
    other = _write(tmp_path / "autre.csv", [{"x": "1", "y": "2"}], ["x", "y"])
    with pytest.raises(TabularError, match="aucune colonne ne correspond"):
        import_table(store, form_path=FORM, data_path=other)
    no_id = _write(tmp_path / "sans_id.csv", [GOOD], list(GOOD))
    with pytest.raises(TabularError, match="aucune ligne n'a d'identifiant"):
        import_table(store, form_path=FORM, data_path=no_id)
    assert store.list_submissions() == []
    code = main(["data", "import", "--db", str(store.path), "--form", str(FORM), str(other)])
    assert code == 1


@pytest.mark.parametrize("language", [None, "Français (fr)"])
def test_export_then_import_round_trip_is_accepted_unchanged(
    store: Store, tmp_path: Path, language: str | None
) -> None:
    from inclusion_desktop.demo import fill_demo_store

    source = Store.open(str(tmp_path / "demo.sqlite"))
    fill_demo_store(source, submissions=40, seed=3)
    out = tmp_path / "export.csv"
    export_tables(source, out, fmt="csv", language=language)  # codes, or labels
    expected = {
        row.uuid: source.head_answers(row.uuid)
        for row in source.list_submissions(form_id="habitants")
        if row.status == "complete"
    }
    source.close()
    report = import_table(store, form_path=FORM, data_path=out)
    assert report.created == len(expected) and report.invalid_rows == 0
    for uuid, answers in expected.items():
        imported = store.head_answers(uuid)
        assert {k: v for k, v in imported.items()} == {
            k: v for k, v in answers.items() if k in imported or v != ""
        }


def test_cli_lists_and_confirms_questionnaires_to_check(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "c.sqlite")
    data = _write(tmp_path / "export.csv", [_row(1), _row(2, bloc_profil__sexe="f")])
    assert (
        main(["data", "import", "--db", db, "--form", str(FORM), str(data), "--keep-invalid"]) == 0
    )
    capsys.readouterr()
    assert main(["data", "review", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "1 questionnaire « à vérifier »" in out and "colonne « bloc_profil/sexe »" in out
    uuid = "uuid:00000000-0000-4000-8000-000000000002"
    assert main(["data", "review", "--db", db, "--confirm", uuid, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["pending"] == []
    assert main(["data", "review", "--db", db, "--confirm", uuid]) == 1  # no longer pending
    assert "n'est pas « à vérifier »" in capsys.readouterr().err


def test_reimport_adds_nothing_and_edits_become_new_revisions(store: Store, tmp_path: Path) -> None:
    data = _write(tmp_path / "export.csv", [_row(1), _row(2)])
    assert import_table(store, form_path=FORM, data_path=data).created == 2
    again = import_table(store, form_path=FORM, data_path=data)
    assert (again.created, again.already_present, again.revised) == (0, 2, 0)
    assert all(len(store.revisions(row.uuid)) == 1 for row in store.list_submissions())
    edited = _write(tmp_path / "export.csv", [_row(1), _row(2, bloc_profil__age="71")])
    report = import_table(store, form_path=FORM, data_path=edited)
    assert (report.created, report.revised) == (0, 1)
    uuid = "uuid:00000000-0000-4000-8000-000000000002"
    assert len(store.revisions(uuid)) == 2
    answers = store.head_answers(uuid)
    assert (answers["age"], answers["tranche_age"]) == ("71", "60_74")
    assert store.audit_log()[-1].action == "modification"


def test_app_export_reimported_into_the_same_store_adds_nothing(tmp_path: Path) -> None:
    from inclusion_desktop.demo import fill_demo_store

    store = Store.open(str(tmp_path / "demo.sqlite"))
    fill_demo_store(store, submissions=30, seed=4)
    before = {row.uuid: len(store.revisions(row.uuid)) for row in store.list_submissions()}
    out = tmp_path / "export.csv"
    export_tables(store, out, fmt="csv", language="Français (fr)")
    report = import_table(store, form_path=FORM, data_path=out)
    assert (report.created, report.revised, report.invalid_rows) == (0, 0, 0)
    after = {row.uuid: len(store.revisions(row.uuid)) for row in store.list_submissions()}
    assert after == before
    store.close()


def test_the_refusal_is_catalogued_and_renders_in_english(store: Store, tmp_path: Path) -> None:
    from translation_support import english

    from inclusion_desktop.catalogue import Code

    data = _write(tmp_path / "export.csv", [_row(1), _row(2, bloc_profil__age="12"), _row(3)])
    with pytest.raises(ImportRefused) as caught:
        import_table(store, form_path=FORM, data_path=data)
    refusal = caught.value
    assert refusal.code is Code.IMPORT_ROWS_REFUSED
    first, located = refusal.message.splitlines()
    assert first == (
        "export.csv : import refusé, rien n'a été écrit : 1 ligne ne respecte pas le "
        "questionnaire (1 réponse en cause). Corrigez le fichier, ou importez avec "
        "--keep-invalid pour les garder « à vérifier » (hors de tous les chiffres)."
    )
    assert "ligne 3, colonne « bloc_profil/age »" in located
    assert refusal.render(english()).splitlines()[0] == (
        "export.csv: import refused, nothing was written: 1 row does not follow the "
        "questionnaire (1 answer at fault). Correct the file, or import with --keep-invalid "
        "to keep them “to check” (outside every figure)."
    )
    in_window = ImportRefused(refusal.report, in_window=True)
    assert in_window.code is Code.IMPORT_ROWS_REFUSED
    assert in_window.render(english()) == (
        "export.csv: import refused, nothing was written: 1 row does not follow the "
        "questionnaire (1 answer at fault). Correct the file, or tick “to check”."
    )
