"""Keying mode: a whole resident questionnaire keyed from a list of keystrokes, no mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from inclusion_desktop.gui.keying.keying_view import KeyingFormView
from inclusion_desktop.gui.shell.main_window import MainWindow
from inclusion_desktop.questionnaire.model import QuestionType
from inclusion_desktop.store import Store

from .keyboard import press, type_text


def _focused_row(view: KeyingFormView):  # type: ignore[no-untyped-def]
    focus = QApplication.focusWidget()
    return next((row for row in view.rows if row.edit is focus), None)


def key_paper_form(qtbot, view: KeyingFormView, answers: dict[str, str]) -> int:  # type: ignore[no-untyped-def]
    """Keys every visible question; `answers` gives the keystrokes per question (codes or text).

    Returns the number of keystrokes sent, Enter and Tab included.
    """
    keystrokes = 0
    for _ in range(200):
        row = _focused_row(view)
        if row is None:
            break
        name = row.question.name
        kind = row.question.type
        typed = answers.get(name)
        if typed is None:
            typed = {
                QuestionType.SELECT_ONE: "1",
                QuestionType.SELECT_MULTIPLE: "1",
                QuestionType.INTEGER: "3",
            }.get(kind, "")
        if row.edit.text() and name not in answers:
            press(qtbot, Qt.Key.Key_Return)  # a prefilled answer (commune, quartier): confirm
            keystrokes += 1
            continue
        if typed:
            type_text(qtbot, typed)
            keystrokes += len(typed)
        if _focused_row(view) is row:  # not left by itself: the answer needs Enter
            press(qtbot, Qt.Key.Key_Return)
            keystrokes += 1
        assert _focused_row(view) is not row or row.error.isVisible()
        if _focused_row(view) is row:
            raise AssertionError(f"{name}: {row.error.text()}")
    return keystrokes


def test_full_resident_questionnaire_keyed_without_mouse(
    qtbot, window: MainWindow, store: Store
) -> None:
    window.mode_combo.setCurrentIndex(window.mode_combo.findData("keying"))
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    view = window.keying_view
    assert window.stack.currentWidget() is view
    answers = {
        "mode_collecte": "2",
        "numero_papier": "ML-0042",
        "consentement": "1",
        "age": "34",
        "sexe": "1",
        "equipement": "12",
        "accompagne": "2",
        "commentaire": "",
    }
    keystrokes = key_paper_form(qtbot, view, answers)
    assert keystrokes > 20
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    complete = [row for row in store.list_submissions() if row.status == "complete"]
    assert len(complete) == 1
    saved = store.revisions(complete[0].uuid)[-1].answers
    assert saved["mode_collecte"] == "mission_locale"
    assert saved["numero_papier"] == "ML-0042"
    assert saved["age"] == "34" and saved["tranche_age"] == "30_44"
    assert saved["equipement"] == "smartphone ordinateur"
    assert saved["accompagne"] == "non" and "accomp_motif" not in saved
    assert complete[0].entry_mode == "keying"
    # Heads-down: the next blank paper form is already open.
    assert window.stack.currentWidget() is view
    assert isinstance(QApplication.focusWidget(), QLineEdit)
    assert view.session is not None and view.session.value("mode_collecte") == ""


def test_wrong_code_beeps_and_stays(qtbot, window: MainWindow) -> None:
    window.mode_combo.setCurrentIndex(window.mode_combo.findData("keying"))
    window.new_questionnaire()
    view = window.keying_view
    first = view.rows[0]
    type_text(qtbot, "9")  # refused as typed, before Enter
    assert first.error.isVisible() and "Code inconnu" in first.error.text()
    assert first.edit.text() == ""
    press(qtbot, Qt.Key.Key_Return)
    assert first.error.isVisible()
    assert _focused_row(view) is first
    type_text(qtbot, "1")
    assert _focused_row(view) is view.rows[1]  # left by itself once the code is complete
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert _focused_row(view) is first


def test_paper_number_keyed_twice_is_refused(qtbot, window: MainWindow, store: Store) -> None:
    window.mode_combo.setCurrentIndex(window.mode_combo.findData("keying"))
    window.new_questionnaire()
    view = window.keying_view
    key_paper_form(qtbot, view, {"numero_papier": "P-7", "consentement": "2"})
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len([r for r in store.list_submissions() if r.status == "complete"]) == 1
    type_text(qtbot, "1")
    type_text(qtbot, "P-7")
    press(qtbot, Qt.Key.Key_Return)
    paper = next(row for row in view.rows if row.question.name == "numero_papier")
    assert paper.error.isVisible()
    assert "déjà été saisi" in paper.error.text() and "Samira B." in paper.error.text()


def test_double_entry_lists_discrepancies_and_saves_the_verified_version(
    qtbot, window: MainWindow, store: Store
) -> None:
    from inclusion_desktop.gui.keying.keying_dialogs import DoubleEntryDialog
    from inclusion_desktop.services.collect import SETTING_SHARE

    store.set_setting(SETTING_SHARE, "1")  # every paper form is keyed twice
    window.mode_combo.setCurrentIndex(window.mode_combo.findData("keying"))
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    first = {
        "mode_collecte": "2",
        "numero_papier": "PLIE-17",
        "consentement": "1",
        "age": "47",
        "sexe": "2",
        "equipement": "1",
        "accompagne": "2",
        "commentaire": "",
    }
    key_paper_form(qtbot, window.keying_view, first)
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "double saisie" in window.statusBar().currentMessage()
    window.keying_view.close_questionnaire()
    (keyed,) = [row for row in store.list_submissions() if row.status == "complete"]

    dialog = DoubleEntryDialog(
        window.collector, store.operators()[0].id, window.keying.start_second_keying
    )
    qtbot.addWidget(dialog)
    assert dialog.todo_list.item(0).text() == "Questionnaire papier n° PLIE-17"
    dialog._on_rekey()
    view = window.keying_view
    assert view.verification and window.stack.currentWidget() is view
    assert view.session is not None and view.session.value("mode_collecte") == ""  # blind
    second = dict(first, age="41", equipement="2")  # two keying mistakes, one of them ours
    second.pop("numero_papier")
    key_paper_form(qtbot, view, second)
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    review = window.keying.discrepancy_dialog
    # The age band is calculated, so only what was keyed differs: the age and the equipment.
    assert list(review.choices) == ["age", "equipement"]
    assert not review.ok_button.isEnabled()
    # The paper says 47 (first keying right) and a computer (second keying right).
    review.choices["age"].setCurrentIndex(1)
    review.choices["equipement"].setCurrentIndex(2)
    review.ok_button.click()
    history = store.revisions(keyed.uuid)
    assert len(history) == 2  # the first keying, then the verified version
    verified = history[-1].answers
    assert verified["age"] == "47" and verified["tranche_age"] == "45_59"
    assert verified["equipement"] == "ordinateur"
    (verification,) = store.verifications()
    assert verification.resolved and verification.answers["age"] == "41"
    report = window.collector.keying_report()
    assert report.pending_review == 0 and report.awaiting_second_keying == []
    (samira,) = report.by_operator
    assert (samira.keyed, samira.verified, samira.discrepancies) == (1, 1, 2)
    # The report tab: two discrepancies in one questionnaire are 2 per questionnaire, not 200 %.
    dialog.reload()
    table = dialog.operator_table
    assert table.horizontalHeaderItem(4).text() == "Écarts par questionnaire"
    assert table.item(0, 4).text() == "2,00"
    assert dialog.question_table.horizontalHeaderItem(4).text() == "Taux d'écart"


def test_discrepancy_review_names_the_repeat_instance_and_question(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from inclusion_desktop.gui.keying.keying_dialogs import DiscrepancyDialog
    from inclusion_desktop.questionnaire.session import FormSession
    from inclusion_desktop.services.collect import Collector
    from tests.core.sync_support import keyed_paper_form

    source = (
        "| survey |\n| | type | name | label |\n| | text | numero_papier | Numéro papier |\n"
        "| | begin_repeat | personne | Personne |\n| | integer | age | âge |\n"
        "| | select_one sexe | sexe | sexe |\n| | end_repeat | | |\n"
        "| choices |\n| | list_name | name | label |\n"
        "| | sexe | f | Femme |\n| | sexe | h | Homme |\n"
    ).encode()
    people = [{"age": "40", "sexe": "f"}, {"age": "12", "sexe": "h"}]
    answers = {"numero_papier": "P-1", "personne": people}
    store, uuid, op = keyed_paper_form(tmp_path / "saisie.sqlite", source, answers)
    with store:
        collector = Collector(store)
        blind = [{"age": "40", "sexe": "h"}, {"age": "21", "sexe": "h"}, {"age": "70"}]
        session = FormSession(
            collector.form(store.get_submission(uuid).form_version_id),
            {"numero_papier": "P-1", "personne": blind},
        )
        verification, _found = collector.finish_verification(uuid, session, op)

        dialog = DiscrepancyDialog(collector, verification, op)
        qtbot.addWidget(dialog)
        rows = [
            [dialog.table.item(row, column).text() for column in range(3)]
            for row in range(dialog.table.rowCount())
        ]
        assert rows == [
            ["Personne : nombre de répétitions", "2", "3"],
            ["Personne n° 1 : sexe", "Femme", "Homme"],
            ["Personne n° 2 : âge", "12", "21"],
        ]
        # The paper has two persons, the first a woman of 40 and the second aged 21.
        dialog.choices["personne"].setCurrentIndex(1)
        dialog.choices["personne[1]/sexe"].setCurrentIndex(1)
        dialog.choices["personne[2]/age"].setCurrentIndex(2)
        dialog.validate()
        assert store.head_answers(uuid)["personne"] == [
            {"age": "40", "sexe": "f"},
            {"age": "21", "sexe": "h"},
        ]
        (resolved,) = store.verifications()
        assert resolved.resolved
