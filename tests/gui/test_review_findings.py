"""Keyboard and display details a field mediator relies on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QInputDialog

from inclusion_desktop.gui.field.form_view import REVIEW_KEY
from inclusion_desktop.gui.field.question_widgets import ChoiceButtons
from inclusion_desktop.gui.shell.main_window import MainWindow
from inclusion_desktop.store import Store

from .keyboard import leave_with_one_answer, press


def _to_page(window: MainWindow, key: str, answers: dict[str, str]) -> None:
    view = window.form_view
    assert view.session is not None
    for name, value in answers.items():
        view.session.set_answer(name, value)
    view.show_page(key)


def test_azerty_number_row_picks_choices(qtbot, window: MainWindow) -> None:
    window.new_questionnaire()
    view = window.form_view
    focus = view.editors["mode_collecte"].buttons[0][1]  # type: ignore[attr-defined]
    # Without Shift, the AZERTY number row sends "&" for 1 and "é" for 2.
    qtbot.keyClick(focus, Qt.Key.Key_Ampersand, Qt.KeyboardModifier.NoModifier)
    assert view.session is not None and view.session.value("mode_collecte") == "porte_a_porte"
    view.editors["mode_collecte"].focus_input()
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    event = QKeyEvent(QKeyEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, "é")
    QApplication.sendEvent(QApplication.focusWidget(), event)
    assert view.session.value("mode_collecte") == "mission_locale"
    # With Shift, the same row gives the digits.
    press(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.ShiftModifier)
    assert view.session.value("mode_collecte") == "plie"


def test_delete_key_does_nothing_during_a_questionnaire(
    qtbot, window: MainWindow, store: Store, monkeypatch
) -> None:
    window.new_questionnaire()
    leave_with_one_answer(window)
    window.home.table.selectRow(0)
    window.new_questionnaire()
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: asked.append(1) or ("x", True))
    press(qtbot, Qt.Key.Key_Delete)
    window.delete_selected()
    assert asked == []
    assert all(row.status == "draft" for row in store.list_submissions())
    delete_shortcuts = [
        a
        for a in window.home.table.actions()
        if a.shortcut() == QKeySequence.StandardKey.Delete or a.shortcut().toString() == "Del"
    ]
    assert (
        delete_shortcuts
        and delete_shortcuts[0].shortcutContext() == Qt.ShortcutContext.WidgetShortcut
    )


def test_changing_commune_refreshes_and_clears_quartier(qtbot, window: MainWindow) -> None:
    window.new_questionnaire()
    view = window.form_view
    _to_page(window, "bloc_residence", {"mode_collecte": "porte_a_porte", "consentement": "oui"})
    assert view.session is not None
    assert view.session.value("quartier") == "sous_le_bois"
    commune = view.session.form.question("commune")
    view._on_answered(commune, None, "feignies")
    assert view.session.value("quartier") == ""
    shown = view.editors["quartier"]
    names = (
        [name for name, _ in shown.buttons]
        if isinstance(shown, ChoiceButtons)
        else [
            shown.combo.itemData(i)
            for i in range(1, shown.combo.count())  # type: ignore[attr-defined]
        ]
    )
    assert names == ["autre"]


def test_tenth_choice_has_key_zero_and_arrows_move(qtbot, window: MainWindow) -> None:
    window.new_questionnaire()
    view = window.form_view
    _to_page(
        window,
        "accomp_structure",
        {"mode_collecte": "porte_a_porte", "consentement": "oui", "accompagne": "oui"},
    )
    editor = view.editors["accomp_structure"]
    assert isinstance(editor, ChoiceButtons)
    assert len(editor.buttons) >= 10
    assert editor.buttons[9][1].text().startswith("0 ")
    press(qtbot, Qt.Key.Key_0)
    assert view.session is not None
    assert view.session.value("accomp_structure") == editor.buttons[9][0]
    editor.focus_input()
    tenth, ninth = editor.buttons[9][1], editor.buttons[8][1]
    assert tenth.hasFocus()
    press(qtbot, Qt.Key.Key_Up)
    assert ninth.hasFocus()
    press(qtbot, Qt.Key.Key_Down)
    assert tenth.hasFocus()
    press(qtbot, Qt.Key.Key_Space)  # Space unticks the focused choice
    assert view.session.value("accomp_structure") == ""


def test_review_row_opens_page_with_way_back(qtbot, window: MainWindow) -> None:
    window.new_questionnaire()
    view = window.form_view
    _to_page(window, REVIEW_KEY, {"mode_collecte": "porte_a_porte", "consentement": "non"})
    assert view.review_table is not None
    view.edit_from_review("bloc_collecte")
    assert view.current_key == "bloc_collecte"
    assert view.review_button.isVisible()
    view.review_button.click()
    assert view.current_key == REVIEW_KEY
    assert not view.review_button.isVisible()


def test_held_enter_on_review_does_not_save(qtbot, window: MainWindow, store: Store) -> None:
    window.new_questionnaire()
    _to_page(window, REVIEW_KEY, {"mode_collecte": "porte_a_porte", "consentement": "non"})
    press(qtbot, Qt.Key.Key_Return)  # right after the review appears: ignored
    assert window.stack.currentWidget() is window.form_view
    assert store.list_submissions()[0].status == "draft"


def test_finished_questionnaire_reopens_on_review(qtbot, window: MainWindow, store: Store) -> None:
    window.new_questionnaire()
    _to_page(window, REVIEW_KEY, {"mode_collecte": "porte_a_porte", "consentement": "non"})
    window.form_view.go_next()
    assert store.list_submissions()[0].status == "complete"
    window.home.table.selectRow(0)
    window.open_selected()
    assert window.form_view.current_key == REVIEW_KEY
