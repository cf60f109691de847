"""The territory a coordinator edits: checks with line numbers, storage, audit, the form's lists."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from translation_support import english

from inclusion_desktop.catalogue import Code
from inclusion_desktop.questionnaire.bundled import (
    RESIDENT_FORM,
    STRUCTURES_FORM,
    load_bundled_form,
    territory_neighbourhoods,
)
from inclusion_desktop.reports.generate import zone_names
from inclusion_desktop.services.collect import Collector, zone_answers
from inclusion_desktop.store import Store
from inclusion_desktop.store.models import ROLE_COORDINATOR
from inclusion_desktop.territory import (
    SETTING_TERRITORY,
    TerritoryError,
    TerritoryRow,
    apply_territory_choices,
    is_territory_edited,
    load_territory,
    parse_territory_csv,
    read_territory_csv,
    save_territory,
    shipped_territory,
    store_neighbourhoods,
    validate_rows,
)

HEADER = "commune,nom_commune,code_insee,quartier,libelle,code_qpv\n"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(str(tmp_path / "coordination.sqlite"))
    opened.set_device_name("Bureau")
    yield opened
    opened.close()


def problems(text: str) -> tuple[str, ...]:
    with pytest.raises(TerritoryError) as caught:
        parse_territory_csv(HEADER + text)
    return caught.value.problems


def test_fallback_is_the_shipped_file(store: Store) -> None:
    assert not is_territory_edited(store)
    assert store_neighbourhoods(store) == territory_neighbourhoods()
    assert store_neighbourhoods(None) == territory_neighbourhoods()
    shipped = shipped_territory()
    assert ("maubeuge", "Maubeuge", "59392") in shipped.communes()
    assert all(row.qpv_code == "" for row in shipped.rows)  # none invented


def test_csv_round_trip() -> None:
    shipped = shipped_territory()
    again = parse_territory_csv(shipped.csv_text())
    assert [replace(row, line=0) for row in again.rows] == [
        replace(row, line=0) for row in shipped.rows
    ]
    assert again.csv_text() == shipped.csv_text()


def test_new_lines_get_choice_names_from_their_names_and_codes_are_normalised() -> None:
    table = parse_territory_csv(
        HEADER
        + ",Saint-Rémy-du-Nord,,,Autre quartier / hors QPV,\n"
        + ",Saint-Rémy-du-Nord,,,Les Épinettes Hautes, qn 05902a\n"
    )
    row = table.rows[1]
    assert (row.commune, row.quartier, row.qpv_code) == (
        "saint_remy_du_nord",
        "les_epinettes_hautes",
        "QN05902A",
    )
    assert table.neighbourhoods()[1].code == "saint_remy_du_nord/les_epinettes_hautes"


def test_semicolon_csv_as_excel_saves_it_is_read() -> None:
    text = HEADER.replace(",", ";") + "hautmont;Hautmont;59291;autre;Autre quartier / hors QPV;\n"
    assert parse_territory_csv(text).rows[0].commune_name == "Hautmont"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("maubeuge,Maubeuge,59392,montplaisir,Montplaisir,QP059001", "Ligne 3 : le code QPV"),
        ("maubeuge,Maubeuge,59392,montplaisir,Montplaisir,QN6201M", "par exemple QN05901M"),
        ("maubeuge,Maubeuge,59392,montplaisir,Montplaisir,QN06201M", "département 062"),
        ("maubeuge,Maubeuge,5939,montplaisir,Montplaisir,", "Ligne 3 : le code INSEE « 5939 »"),
        ("maubeuge,Maubeuge,59392,montplaisir,,", "Ligne 3 : le libellé du quartier est vide"),
        ("maubeuge,,59392,montplaisir,Montplaisir,", "Ligne 3 : le nom de la commune est vide"),
        ("maubeuge,Maubeuge,59392,Mont-Plaisir,Montplaisir,", "nom de choix de quartier"),
        ("maubeuge,Maubeuge,59392,autre,Autre,", "Ligne 3 : le quartier « autre » figure déjà"),
        ("maubeuge,Maubeuge,59392,mont,autre quartier / HORS QPV,", "a déjà un quartier"),
        ("maubeuge,Maubeuge,59391,montplaisir,Montplaisir,", "Ligne 3 : le code INSEE de"),
        ("maubeuge,Maubeuge-Ville,59392,montplaisir,Montplaisir,", "s’appelle « Maubeuge »"),
        ("autre_commune,Autre,,autre,Autre,", "réservé"),
    ],
)
def test_each_problem_names_its_line(line: str, expected: str) -> None:
    found = problems("maubeuge,Maubeuge,59392,autre,Autre quartier / hors QPV,\n" + line + "\n")
    assert any(expected in problem for problem in found), found
    assert all(problem.startswith("Ligne ") for problem in found), found


def test_valid_qpv_code_passes_and_a_qpv_may_span_two_communes() -> None:
    table = parse_territory_csv(
        HEADER
        + "maubeuge,Maubeuge,59392,sous_le_bois,Sous-le-Bois,QN05999A\n"
        + "maubeuge,Maubeuge,59392,autre,Autre quartier / hors QPV,\n"
        + "louvroil,Louvroil,59365,sous_le_bois,Sous-le-Bois (côté Louvroil),QN05999A\n"
        + "louvroil,Louvroil,59365,autre,Autre quartier / hors QPV,\n"
    )
    assert [row.qpv_code for row in table.rows] == ["QN05999A", "", "QN05999A", ""]
    found = problems(
        "maubeuge,Maubeuge,59392,sous_le_bois,Sous-le-Bois,QN05999A\n"
        "maubeuge,Maubeuge,59392,montplaisir,Montplaisir,QN05999A\n"
        "maubeuge,Maubeuge,59392,autre,Autre quartier / hors QPV,\n"
    )
    assert found == (
        "Ligne 3 : le code QPV QN05999A est déjà celui du quartier « Sous-le-Bois » (ligne 2) ; "
        "un même QPV sur deux communes garde le même nom de choix de quartier.",
    )


def test_every_commune_keeps_its_other_quartier_without_code() -> None:
    found = problems(
        "maubeuge,Maubeuge,59392,autre,Autre quartier / hors QPV,QN05999A\n"
        "jeumont,Jeumont,59324,centre,Centre,\n"
    )
    assert any(p.startswith("Ligne 2 : ") and "hors QPV" in p for p in found)
    assert any(p.startswith("Ligne 3 : la commune Jeumont n’a plus sa ligne") for p in found)
    with pytest.raises(TerritoryError, match="aucun quartier"):
        validate_rows([])


def test_missing_columns_are_named() -> None:
    with pytest.raises(TerritoryError, match="Ligne 1 : colonne.*libelle"):
        read_territory_csv("commune,nom_commune\nmaubeuge,Maubeuge\n")


def louvroil_with_code(table_rows: tuple[TerritoryRow, ...], code: str) -> list[TerritoryRow]:
    return [
        replace(row, qpv_code=code)
        if (row.commune, row.quartier) == ("louvroil", "sous_le_bois")
        else row
        for row in table_rows
    ]


def test_save_keeps_the_territory_and_writes_an_audit_row(store: Store) -> None:
    coordinator = store.add_operator("Claire", role=ROLE_COORDINATOR)
    rows = louvroil_with_code(shipped_territory().rows, "QN05999A")
    rows.append(TerritoryRow("hautmont", "Hautmont", "59291", "", "Les Hauts", ""))
    detail = save_territory(store, rows, operator_id=coordinator.id)
    assert is_territory_edited(store)
    neighbourhoods = {n.code: n for n in store_neighbourhoods(store)}
    assert neighbourhoods["louvroil/sous_le_bois"].qpv_code == "QN05999A"
    assert neighbourhoods["hautmont/les_hauts"].display_name == "Les Hauts — Hautmont"
    assert zone_names(store)["hautmont/les_hauts"] == "Les Hauts — Hautmont"
    assert "hautmont/les_hauts" not in zone_names()
    row = store.audit_log()[-1]
    assert (row.action, row.target, row.operator_name) == ("reglage", "territory", "Claire")
    assert row.detail == detail
    assert "ajouté : Les Hauts (Hautmont)" in detail
    assert "code QPV : Sous-le-Bois (côté Louvroil) (Louvroil) : — → QN05999A" in detail
    # The stored text is the table's CSV, read back the same.
    assert load_territory(store).csv_text() == store.get_setting(SETTING_TERRITORY)


def test_a_bad_code_is_refused_and_nothing_is_kept(store: Store) -> None:
    with pytest.raises(TerritoryError, match="par exemple QN05901M"):
        save_territory(
            store, louvroil_with_code(shipped_territory().rows, "QN-059"), operator_id=None
        )
    assert not is_territory_edited(store)
    assert [row for row in store.audit_log() if row.target == "territory"] == []


def test_a_quartier_in_use_cannot_be_removed_but_can_be_renamed(store: Store) -> None:
    operator = store.add_operator("Samira")
    form = store.register_form(
        source=b"x", filename="f.md", form_id="f", version="1", title="F", sha256="1" * 64
    )
    for _ in range(3):
        store.create_submission(
            form_version_id=form.id, zone="maubeuge/montplaisir", operator_id=operator.id
        )
    deleted = store.create_submission(
        form_version_id=form.id, zone="maubeuge/pont_de_pierre", operator_id=operator.id
    )
    store.delete_submission(deleted.uuid, "doublon", operator.id)
    shipped = shipped_territory().rows
    without = [row for row in shipped if row.quartier != "montplaisir"]
    with pytest.raises(TerritoryError) as caught:
        save_territory(store, without, operator_id=None)
    assert caught.value.problems == (
        "Le quartier « Montplaisir » de Maubeuge ne peut pas être retiré : 3 questionnaires "
        "l’utilisent. Vous pouvez le renommer.",
    )
    renamed = [
        replace(row, label="Montplaisir – Les Hauts") if row.quartier == "montplaisir" else row
        for row in shipped
    ]
    save_territory(store, renamed, operator_id=None)
    names = zone_names(store)
    assert names["maubeuge/montplaisir"] == "Montplaisir – Les Hauts — Maubeuge"
    # Only deleted questionnaires: the quartier may go.
    save_territory(
        store, [row for row in renamed if row.quartier != "pont_de_pierre"], operator_id=None
    )
    assert "maubeuge/pont_de_pierre" not in zone_names(store)


@pytest.mark.parametrize("filename", [RESIDENT_FORM, STRUCTURES_FORM])
def test_shipped_territory_leaves_the_shipped_forms_as_they_are(filename: str) -> None:
    form = load_bundled_form(filename)
    same = apply_territory_choices(form, shipped_territory())
    for name in ("commune", "quartier"):
        assert same.question(name).choices == form.question(name).choices


def test_the_session_form_follows_the_edited_territory(store: Store) -> None:
    collector = Collector(store)
    resident = next(
        v for v in collector.register_bundled_forms() if v.source_filename == RESIDENT_FORM
    )
    rows = list(shipped_territory().rows)
    rows.insert(9, TerritoryRow("hautmont", "Hautmont", "59291", "", "Les Hauts", ""))
    rows = [
        replace(row, label="Montplaisir (centre)") if row.quartier == "montplaisir" else row
        for row in rows
    ]
    source_before = store.form_source(resident.id)
    save_territory(store, rows, operator_id=None)
    form = collector.form(resident.id)
    quartiers = form.question("quartier").choices
    assert quartiers is not None
    hauts = next(c for c in quartiers.choices if c.name == "les_hauts")
    assert hauts.extra == {"commune": "hautmont"}
    assert set(hauts.label.by_language.values()) == {"Les Hauts"}
    assert quartiers.label_of("montplaisir", "English (en)", None) == "Montplaisir (centre)"
    other = next(c for c in quartiers.choices if c.name == "autre")
    assert other.label.get("English (en)") == "Other neighbourhood / outside a QPV"
    communes = form.question("commune").choices
    assert communes is not None
    assert [c.name for c in communes.choices][-2:] == ["autre_commune", "hors_agglomeration"]
    # The home screen's neighbourhood prefills the form, the stored XLSForm is unchanged.
    hauts_zone = next(n for n in store_neighbourhoods(store) if n.quartier == "les_hauts")
    assert zone_answers(form, hauts_zone) == {"commune": "hautmont", "quartier": "les_hauts"}
    assert store.form_source(resident.id) == source_before
    assert form.sha256 == collector.form(resident.id).sha256


def test_territory_problems_are_catalogued_and_shown_in_english() -> None:
    with pytest.raises(TerritoryError) as caught:
        parse_territory_csv(
            HEADER
            + "maubeuge,Maubeuge,59392,autre,Autre quartier / hors QPV,\n"
            + "maubeuge,Maubeuge,5939,sous_le_bois,Sous-le-Bois,\n"
        )
    refused = caught.value
    assert [text.code for text in refused.texts] == [
        Code.TERRITORY_INSEE_FORMAT,
        Code.TERRITORY_INSEE_DIFFERS,
    ]
    assert refused.texts[0].params == {"line": 3, "insee": "5939"}
    assert refused.code is Code.TERRITORY_PROBLEMS
    assert refused.problems[0] == (
        "Ligne 3 : le code INSEE « 5939 » n’a pas le bon format (cinq caractères, par exemple "
        "59392) ; laissez-le vide s’il n’est pas connu."
    )
    translate = english()
    shown = refused.lines(translate)
    assert shown == (
        "Line 3: the INSEE code “5939” does not have the right format (five characters, for "
        "example 59392); leave it empty if it is not known.",
        "Line 3: the INSEE code of Maubeuge (“5939”) differs from the one on line 2 (“59392”).",
    )
    # The whole refusal, as the GUI's user_message shows it: one problem a line.
    assert refused.render(translate) == "\n".join(shown)
