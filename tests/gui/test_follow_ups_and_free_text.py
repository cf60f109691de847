"""What a question shows around it, in field and keying mode.

The question a lone « Précisez : » follows, the free-text warning (once), and wrong codes refused
as they are typed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from inclusion_desktop.gui.shell.main_window import MainWindow

from .keyboard import press, type_text


def _reminders(view) -> list[QLabel]:  # type: ignore[no-untyped-def]
    page = view.page_widget
    return [label for label in page.findChildren(QLabel) if label.property("reminderOf")]


def test_a_lone_specify_page_recalls_the_question_and_answer_it_follows(
    qtbot, window: MainWindow
) -> None:
    window.new_questionnaire()
    view = window.form_view
    assert view.session is not None
    for name, value in (("consentement", "oui"), ("accompagne", "oui"), ("accomp_motif", "autre")):
        view.session.set_answer(name, value)
    view.show_page("accomp_motif_autre")
    (reminder,) = _reminders(view)
    assert reminder.isVisible()
    assert reminder.text() == (
        "À propos de « Pour quoi avez-vous été accompagné·e ? » — réponse : Autre motif"
    )
    # A question that shares its page with the one it follows needs no reminder.
    view.session.set_answer("equipement", "aucun")
    view.show_page("bloc_equipement")
    assert _reminders(view) == []
    # Nor does a question asked of everyone.
    view.show_page("accomp_structure_nom")
    assert _reminders(view) == []


def test_the_personal_data_warning_shows_once_and_allows_a_structure_name(
    qtbot, window: MainWindow
) -> None:
    window.new_questionnaire()
    view = window.form_view
    assert view.session is not None
    view.session.set_answer("consentement", "oui")
    view.show_page("bloc_fin")
    page_text = " ".join(label.text() for label in view.page_widget.findChildren(QLabel))
    assert page_text.count("téléphone") == 1, page_text
    (note,) = view.page_widget.findChildren(QLabel, "freeTextNote")
    assert "personne" in note.text() and "ni nom" not in note.text()
    view.session.set_answer("accompagne", "oui")
    view.show_page("accomp_structure_nom")
    (note,) = view.page_widget.findChildren(QLabel, "freeTextNote")
    # Asked for the name of a structure, the mediator is told not to note a person's.
    assert "reconnaître une personne" in note.text()


def test_keying_free_text_questions_show_the_warning(qtbot, window: MainWindow) -> None:
    window.mode_combo.setCurrentIndex(window.mode_combo.findData("keying"))
    window.new_questionnaire()
    view = window.keying_view
    legends = {row.question.name: row.legend.text() for row in view.rows}
    assert "reconnaître une personne" in legends["commentaire"]
    assert "reconnaître une personne" in legends["accomp_structure_nom"]
    assert "reconnaître une personne" not in legends["numero_papier"]
    assert "reconnaître une personne" not in legends["age"]


def test_keying_refuses_an_unknown_code_as_it_is_typed(qtbot, window: MainWindow, store) -> None:  # type: ignore[no-untyped-def]
    window.mode_combo.setCurrentIndex(window.mode_combo.findData("keying"))
    window.new_questionnaire()
    view = window.keying_view
    first = view.rows[0]
    assert first.question.name == "mode_collecte" and first.edit.hasFocus()
    type_text(qtbot, "7")
    assert first.edit.text() == "" and first.edit.hasFocus()
    assert first.error.isVisible()
    assert first.error.text() == "⚠ Code inconnu : 7. Codes possibles : 1 à 4."
    assert view.session is not None and view.session.value("mode_collecte") == ""
    type_text(qtbot, "2")
    assert not first.error.isVisible() and not first.edit.hasFocus()
    assert view.session.value("mode_collecte") == "mission_locale"
    type_text(qtbot, "9")  # paper number
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "1")  # consent: the rest of the form shows
    # Several answers: « 1 2 7 » keeps « 1 2 ».
    row = next(r for r in view.rows if r.question.name == "equipement")
    row.edit.setFocus()
    assert row.edit.hasFocus()
    type_text(qtbot, "1")
    assert row.edit.text() == "1", row.error.text()
    type_text(qtbot, "27")
    assert row.edit.text() == "12" and row.error.isVisible() and "7" in row.error.text()
    press(qtbot, Qt.Key.Key_Return)
    assert view.session.value("equipement") == "smartphone ordinateur"
