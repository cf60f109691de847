"""A repeat inside a repeat in field mode: each person is entered under their household."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from inclusion_desktop.gui.field.form_view import REVIEW_KEY, FieldFormView
from inclusion_desktop.questionnaire.loader import load_form
from inclusion_desktop.questionnaire.session import FormSession

from .keyboard import confirm_review, press, started, type_text

NESTED_FORM = """
| survey |
| | type         | name     | label    | required |
| | begin repeat | menage   | Ménage   |          |
| | text         | commune  | Commune  | yes      |
| | begin repeat | personne | Personne |          |
| | text         | prenom   | Prénom   | yes      |
| | end repeat   |          |          |          |
| | end repeat   |          |          |          |
"""


def group_title(view: FieldFormView) -> str:
    shown = [
        label.text() for label in view.findChildren(QLabel, "groupLabel") if label.isVisibleTo(view)
    ]
    return " | ".join(shown)


@pytest.mark.slow
def test_persons_are_added_under_their_household_with_the_keyboard(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "menages.md"
    path.write_text(NESTED_FORM, encoding="utf-8")
    session = FormSession(load_form(path))
    finished: list[str] = []
    view = started(
        qtbot, FieldFormView(), session, "Menages", finalize=lambda uuid, s: finished.append(uuid)
    )
    households = [("Lille", ["Marc"]), ("Douai", ["Ana", "Leo"])]
    for number, (commune, persons) in enumerate(households):
        assert view.current_key == "+menage"
        press(qtbot, Qt.Key.Key_1)  # « Oui, ajouter »
        assert view.current_key == f"commune[{number}]"
        type_text(qtbot, commune)
        press(qtbot, Qt.Key.Key_Return)
        assert view.current_key == f"+personne[{number}]"
        for rank, name in enumerate(persons):
            press(qtbot, Qt.Key.Key_1)
            assert view.current_key == f"prenom[{number}][{rank}]"
            assert group_title(view) == f"Personne — n° {rank + 1} du ménage n° {number + 1}"
            assert QApplication.focusWidget() is not None  # the cursor is in the answer
            type_text(qtbot, name)
            press(qtbot, Qt.Key.Key_Return)
            assert view.current_key == f"+personne[{number}]"
        press(qtbot, Qt.Key.Key_2)  # « Non, continuer »: back to the households
    assert view.current_key == "+menage"
    press(qtbot, Qt.Key.Key_2)
    assert view.current_key == REVIEW_KEY
    confirm_review(qtbot)
    assert finished == ["uuid:menages"]
    assert session.final_answers()["menage"] == [
        {"commune": "Lille", "personne": [{"prenom": "Marc"}]},
        {"commune": "Douai", "personne": [{"prenom": "Ana"}, {"prenom": "Leo"}]},
    ]
