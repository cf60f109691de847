"""Field mode: a repeat instance added by mistake is taken back, the others keep their answers."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from inclusion_desktop.gui.field.form_view import FieldFormView
from inclusion_desktop.questionnaire.loader import load_form
from inclusion_desktop.questionnaire.session import FormSession

from .keyboard import press, started, type_text

HOUSEHOLD_FORM = """
| survey |
| | type | name | label | calculation | repeat_count | required |
| | begin repeat | personne | Personne | | | |
| | text | prenom | Prénom | | | yes |
| | end repeat | | | | | |
| | calculate | nb_personnes | | count(${personne}) | | |
| | begin repeat | piece | Pièce | | 2 | |
| | text | nom_piece | Nom de la pièce | | | |
| | end repeat | | | | | |
"""


class Answers:
    """Stands in for the confirmation box: clicks the button named, remembers the question."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.button = "Annuler"
        self.asked: list[str] = []

        def answer(box: QMessageBox) -> int:
            self.asked.append(box.text())
            next(b for b in box.buttons() if b.text() == self.button).click()
            return 0

        monkeypatch.setattr(QMessageBox, "exec", answer)


@pytest.fixture
def household(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "foyer.md"
    path.write_text(HOUSEHOLD_FORM, encoding="utf-8")
    session = FormSession(load_form(path))
    saved: list[dict[str, object]] = []
    view = started(qtbot, FieldFormView(), session, "Foyer")
    view._save_draft = lambda uuid, answers, position: saved.append(answers)
    return view, session, saved


def test_an_instance_added_by_mistake_is_removed(
    qtbot, household, monkeypatch: pytest.MonkeyPatch
) -> None:
    view, session, saved = household
    answers = Answers(monkeypatch)
    assert view.current_key == "+personne"
    assert not view.remove_instance_button.isVisible()
    for name in ("Ana", "Bob", "Chloe"):
        press(qtbot, Qt.Key.Key_1)  # « Oui, ajouter »
        type_text(qtbot, name)
        press(qtbot, Qt.Key.Key_Return)
    assert [i["prenom"] for i in session.instances("personne")] == ["Ana", "Bob", "Chloe"]

    view.show_page("prenom[1]")
    assert view.remove_instance_button.isVisible()
    assert view.remove_instance_button.text() == "Retirer « Personne » n° 2"
    # Cancelled: nothing goes.
    view.remove_instance_button.click()
    assert answers.asked == [
        "Retirer « Personne » n° 2 et toutes ses réponses ? Les autres sont gardés."
    ]
    assert len(session.instances("personne")) == 3 and view.current_key == "prenom[1]"

    # Ctrl+Suppr from the text field, confirmed: Bob goes, Ana and Chloe stay.
    answers.button = "Retirer"
    assert QApplication.focusWidget() is not None
    press(qtbot, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert len(answers.asked) == 2
    assert [i["prenom"] for i in session.instances("personne")] == ["Ana", "Chloe"]
    assert session.value("nb_personnes") == "2"
    assert view.current_key == "+personne"
    assert not view.remove_instance_button.isVisible()
    assert [i["prenom"] for i in saved[-1]["personne"]] == ["Ana", "Chloe"]  # type: ignore[index]

    # The page of the instance now second shows Chloe's answer.
    view.show_page("prenom[1]")
    assert view.editors["prenom"].edit.text() == "Chloe"  # type: ignore[attr-defined]


def test_a_counted_repeat_offers_no_removal(qtbot, household) -> None:
    view, session, _ = household
    press(qtbot, Qt.Key.Key_2)  # « Non, continuer »: on to the counted repeat
    assert view.current_key == "nom_piece[0]"
    assert len(session.instances("piece")) == 2
    assert not view.remove_instance_button.isVisible()
    press(qtbot, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert len(session.instances("piece")) == 2
