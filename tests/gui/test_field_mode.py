"""A full resident questionnaire entered with the keyboard only, in the real window."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from inclusion_desktop.gui.field.form_view import REVIEW_KEY
from inclusion_desktop.gui.shell.main_window import MainWindow
from inclusion_desktop.store import Store

from .keyboard import confirm_review, key_through, press, type_text


def test_full_resident_questionnaire_by_keyboard(qtbot, window: MainWindow, store: Store) -> None:
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    view = window.form_view
    assert window.stack.currentWidget() is view
    pages = key_through(qtbot, view, {"age": "34", "consentement": "1", "accompagne": "2"})
    assert view.current_key == REVIEW_KEY
    assert "bloc_non_accompagne" in "".join(pages) or "non_accomp_raison" in pages
    assert "accomp_motif" not in pages
    confirm_review(qtbot)
    assert window.stack.currentWidget() is window.home

    rows = store.list_submissions()
    assert len(rows) == 1 and rows[0].status == "complete"
    (revision,) = store.revisions(rows[0].uuid)
    answers = revision.answers
    assert answers["consentement"] == "oui"
    assert answers["age"] == "34"
    assert answers["tranche_age"] == "30_44"
    assert answers["commune"] == "maubeuge" and answers["quartier"] == "sous_le_bois"
    assert answers["accompagne"] == "non"
    assert "accomp_motif" not in answers
    assert "start" not in answers or answers["start"]
    assert json.dumps(answers, ensure_ascii=False)
    assert window.home.figure_labels["complete"].text() == "1"


def test_refused_consent_ends_questionnaire(qtbot, window: MainWindow, store: Store) -> None:
    window.new_questionnaire()
    view = window.form_view
    pages = key_through(qtbot, view, {"consentement": "2"})
    assert pages[-1] in ("fin_refus", "bloc_consentement")
    confirm_review(qtbot)
    (row,) = store.list_submissions()
    answers = store.revisions(row.uuid)[-1].answers
    assert answers["consentement"] == "non"
    assert "age" not in answers and "equipement" not in answers


def test_required_and_constraint_messages_inline(qtbot, window: MainWindow) -> None:
    window.new_questionnaire()
    view = window.form_view
    press(qtbot, Qt.Key.Key_Right)  # the first page has a required question not answered
    assert view.current_key == "bloc_collecte"
    assert view.error_labels["mode_collecte"].isVisible()
    assert "obligatoire" in view.error_labels["mode_collecte"].text()
    press(qtbot, Qt.Key.Key_1)
    press(qtbot, Qt.Key.Key_Return)  # to the paper form number, optional
    press(qtbot, Qt.Key.Key_Return)
    assert view.current_key == "bloc_consentement"
    press(qtbot, Qt.Key.Key_1)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)
    assert view.current_key == "bloc_profil"
    type_text(qtbot, "14")
    press(qtbot, Qt.Key.Key_Return)
    assert view.error_labels["age"].isVisible()
    assert "15" in view.error_labels["age"].text()
    assert view.current_key == "bloc_profil"


def test_number_keys_and_arrows(qtbot, window: MainWindow, store: Store) -> None:
    window.new_questionnaire()
    view = window.form_view
    press(qtbot, Qt.Key.Key_2)
    assert view.session is not None
    assert view.session.value("mode_collecte") == "mission_locale"
    press(qtbot, Qt.Key.Key_3)
    assert view.session.value("mode_collecte") == "plie"
    draft = store.load_draft(store.list_submissions()[0].uuid)
    assert draft is not None and draft[0]["mode_collecte"] == "plie"
    press(qtbot, Qt.Key.Key_Right)
    assert view.current_key == "bloc_consentement"
    press(qtbot, Qt.Key.Key_Left)
    assert view.current_key == "bloc_collecte"
    QApplication.processEvents()


def test_the_engine_s_own_checks_speak_the_interface_language(
    qtbot, window: MainWindow, french_after: None
) -> None:
    """The app's own messages follow the interface; a form's own messages stay as written."""
    from inclusion_desktop.gui.common.i18n import install_language

    app = QApplication.instance()
    assert app is not None
    install_language(app, "en")
    window.new_questionnaire()
    view = window.form_view
    press(qtbot, Qt.Key.Key_Right)  # the first page has a required question not answered
    assert view.current_key == "bloc_collecte"
    assert view.error_labels["mode_collecte"].text() == "⚠ This question is required."
    press(qtbot, Qt.Key.Key_1)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_1)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)
    assert view.current_key == "bloc_profil"
    type_text(qtbot, "14")
    press(qtbot, Qt.Key.Key_Return)
    # The form's own constraint message, written in French by its author, is left as it is.
    assert view.error_labels["age"].text() == "⚠ L'âge doit être compris entre 15 et 110 ans."
