"""Repeat groups in field mode: add instances with the keyboard, then move on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from inclusion_desktop.gui.field.form_view import REVIEW_KEY, FieldFormView
from inclusion_desktop.questionnaire.loader import load_form
from inclusion_desktop.questionnaire.session import FormSession

from .keyboard import confirm_review, press, type_text

HOUSEHOLD_FORM = """
| survey |
| | type | name | label | calculation | required |
| | begin repeat | enfant | Enfant | | |
| | integer | age_enfant | Âge de l'enfant | | yes |
| | end repeat | | | | |
| | calculate | nb_enfants | | count(${enfant}) | |
| | calculate | total_ages | | sum(${age_enfant}) | |
| | note | bilan | ${nb_enfants} enfant(s) | | |
"""


def prompt_text(view: FieldFormView) -> str:
    """The question of the repeat prompt on screen."""
    (label,) = [
        label
        for label in view.page_widget.findChildren(QLabel, "questionLabel")
        if label.isVisible()
    ]
    return label.text()


def test_repeat_prompt_adds_instances_by_keyboard(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "foyer.md"
    path.write_text(HOUSEHOLD_FORM, encoding="utf-8")
    session = FormSession(load_form(path))
    finished: list[str] = []
    view = FieldFormView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    view.start(
        session,
        "uuid:foyer",
        title="Foyer",
        position=None,
        save_draft=lambda uuid, answers, position: None,
        finalize=lambda uuid, s: finished.append(uuid),
    )
    assert view.current_key == "+enfant"
    # Nothing entered yet: the prompt does not say « 0 saisi ».
    assert prompt_text(view) == "« Enfant » : aucun saisi pour l'instant. En ajouter un ?"
    for age in ("4", "9"):
        press(qtbot, Qt.Key.Key_1)  # "Oui, ajouter"
        assert view.current_key.startswith("age_enfant[")
        type_text(qtbot, age)
        press(qtbot, Qt.Key.Key_Return)
        assert view.current_key == "+enfant"
    assert prompt_text(view) == "« Enfant » : 2 saisis. En ajouter un autre ?"
    press(qtbot, Qt.Key.Key_2)  # "Non, continuer"
    assert session.value("nb_enfants") == "2"
    assert session.value("total_ages") == "13"
    press(qtbot, Qt.Key.Key_Return)  # past the closing note
    assert view.current_key == REVIEW_KEY
    confirm_review(qtbot)
    assert finished == ["uuid:foyer"]
    assert session.final_answers()["enfant"] == [{"age_enfant": "4"}, {"age_enfant": "9"}]
