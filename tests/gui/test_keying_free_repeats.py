"""Keying mode and repeats without repeat_count: « Ajouter un autre ? » keyed 1 or 2."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from inclusion_desktop.gui.keying.keying_view import KeyingFormView
from inclusion_desktop.questionnaire.loader import load_form
from inclusion_desktop.questionnaire.session import FormSession, Instance

from .keyboard import press, started, type_text

FREE_FORM = """
| survey |
| | type         | name       | label                 | required |
| | integer      | taille     | Taille du foyer       | yes      |
| | begin repeat | enfants    | Enfant                |          |
| | text         | prenom     | Prénom                | yes      |
| | integer      | age_enfant | Âge de ${prenom}      | yes      |
| | end repeat   |            |                       |          |
| | text         | fin        | Remarque              |          |
"""

NESTED_FORM = """
| survey |
| | type         | name     | label    | required |
| | begin repeat | membres  | Membre   |          |
| | text         | nom      | Nom      | yes      |
| | begin repeat | emplois  | Emploi   |          |
| | text         | metier   | Métier   | yes      |
| | end repeat   |          |          |          |
| | end repeat   |          |          |          |
"""


def keying_view(qtbot, tmp_path: Path, md: str, finished: list[str]) -> KeyingFormView:  # type: ignore[no-untyped-def]
    path = tmp_path / "foyer.md"
    path.write_text(md, encoding="utf-8")
    session = FormSession(load_form(path))
    return started(
        qtbot, KeyingFormView(), session, "Foyer", finalize=lambda uuid, s: finished.append(uuid)
    )


def places(view: KeyingFormView) -> list[tuple[str, Instance]]:
    return [(row.question.name, row.instance) for row in view.rows]


def focused_place(view: KeyingFormView) -> tuple[str, Instance]:
    focus = QApplication.focusWidget()
    row = next(r for r in view.rows if r.edit is focus)
    return row.question.name, row.instance


def test_instances_are_added_by_keying_1_and_ended_by_keying_2(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    finished: list[str] = []
    view = keying_view(qtbot, tmp_path, FREE_FORM, finished)
    assert places(view) == [("taille", None), ("+enfants", None), ("fin", None)]
    prompt = view.rows[1]
    assert prompt.label.text() == "« Enfant » : aucun saisi pour l'instant. En ajouter un ?"
    assert prompt.legend.text() == "1 Oui, ajouter   2 Non, continuer"
    type_text(qtbot, "3")
    press(qtbot, Qt.Key.Key_Return)
    assert focused_place(view) == ("+enfants", None)
    type_text(qtbot, "1")  # the cursor goes on by itself: 1 and 2 are whole codes
    assert focused_place(view) == ("prenom", 0)
    for keys in ("Lea", "7"):
        type_text(qtbot, keys)
        press(qtbot, Qt.Key.Key_Return)
    assert focused_place(view) == ("+enfants", None)
    type_text(qtbot, "1")
    for keys in ("Tom", "4"):
        type_text(qtbot, keys)
        press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "2")
    assert focused_place(view) == ("fin", None)
    assert places(view) == [
        ("taille", None),
        ("prenom", 0),
        ("age_enfant", 0),
        ("prenom", 1),
        ("age_enfant", 1),
        ("+enfants", None),
        ("fin", None),
    ]
    labels = [row.label.text() for row in view.rows]
    assert labels[2] == "Enfant n° 1 — Âge de Lea"
    assert labels[4] == "Enfant n° 2 — Âge de Tom"
    assert labels[5] == "« Enfant » : 2 saisis. En ajouter un autre ?"
    view.save_and_next()
    assert finished == ["uuid:foyer"]


def test_an_added_instance_left_empty_stops_the_save(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    finished: list[str] = []
    view = keying_view(qtbot, tmp_path, FREE_FORM, finished)
    session = view.session
    assert session is not None
    type_text(qtbot, "3")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "1")
    view.save_and_next()
    assert finished == []
    assert focused_place(view) == ("prenom", 0)
    row = next(r for r in view.rows if (r.question.name, r.instance) == ("prenom", 0))
    assert row.error.isVisibleTo(view)


def test_a_repeat_inside_a_repeat_is_keyed_under_each_outer_instance(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    finished: list[str] = []
    view = keying_view(qtbot, tmp_path, NESTED_FORM, finished)
    session = view.session
    assert session is not None
    assert places(view) == [("+membres", None)]
    type_text(qtbot, "1")
    type_text(qtbot, "Ali")
    press(qtbot, Qt.Key.Key_Return)
    assert focused_place(view) == ("+emplois", 0)  # Ali's jobs come under Ali
    type_text(qtbot, "1")
    assert focused_place(view) == ("metier", (0, 0))
    type_text(qtbot, "boulanger")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "2")  # no more jobs for Ali
    assert focused_place(view) == ("+membres", None)
    type_text(qtbot, "1")
    type_text(qtbot, "Zoe")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "1")
    type_text(qtbot, "infirmiere")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "1")
    type_text(qtbot, "artiste")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "2")
    assert places(view) == [
        ("nom", 0),
        ("metier", (0, 0)),
        ("+emplois", 0),
        ("nom", 1),
        ("metier", (1, 0)),
        ("metier", (1, 1)),
        ("+emplois", 1),
        ("+membres", None),
    ]
    titles = [row.label.text() for row in view.rows]
    assert titles[5] == "Emploi n° 2 du membre n° 2 — Métier"
    assert titles[6] == "« Emploi du membre n° 2 » : 2 saisis. En ajouter un autre ?"
    type_text(qtbot, "2")
    view.save_and_next()
    assert finished == ["uuid:foyer"]
    answers = session.final_answers()
    assert answers["membres"] == [
        {"nom": "Ali", "emplois": [{"metier": "boulanger"}]},
        {"nom": "Zoe", "emplois": [{"metier": "infirmiere"}, {"metier": "artiste"}]},
    ]


def test_an_instance_added_by_mistake_goes_with_enter_while_empty(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    finished: list[str] = []
    view = keying_view(qtbot, tmp_path, FREE_FORM, finished)
    session = view.session
    assert session is not None
    type_text(qtbot, "3")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "1")
    assert "Entrée sans rien taper retire ce bloc" in view.status_label.text()
    assert focused_place(view) == ("prenom", 0)
    press(qtbot, Qt.Key.Key_Return)
    assert session.instances("enfants") == []
    assert focused_place(view) == ("+enfants", None)
    assert places(view) == [("taille", None), ("+enfants", None), ("fin", None)]
    # Once something is keyed in it, Enter on an empty required answer says so instead.
    type_text(qtbot, "1")
    type_text(qtbot, "Lea")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)
    assert focused_place(view) == ("age_enfant", 0)
    row = next(r for r in view.rows if (r.question.name, r.instance) == ("age_enfant", 0))
    assert row.error.text() == "⚠ Cette question est obligatoire."
    assert len(session.instances("enfants")) == 1


def test_the_counter_agrees_with_the_number_of_answers(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    form = """
| survey |
| | type    | name   | label  |
| | integer | taille | Taille |
| | text    | nom    | Nom    |
| | text    | fin    | Fin    |
"""
    view = keying_view(qtbot, tmp_path, form, [])
    assert view.status_label.text() == "0 réponse saisie sur 3 questions"
    type_text(qtbot, "3")
    press(qtbot, Qt.Key.Key_Return)
    assert view.status_label.text() == "1 réponse saisie sur 3 questions"
    type_text(qtbot, "Lea")
    press(qtbot, Qt.Key.Key_Return)
    assert view.status_label.text() == "2 réponses saisies sur 3 questions"
