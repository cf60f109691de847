"""Second keying that survives a crash, abandoning it, and the paper number out of field mode."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from inclusion_desktop.gui.field.form_view import REVIEW_KEY
from inclusion_desktop.gui.keying.keying_view import KeyingFormView
from inclusion_desktop.gui.shell.app import create_application, open_main_window
from inclusion_desktop.gui.shell.main_window import SETTING_ZONE, MainWindow
from inclusion_desktop.services.collect import SETTING_SHARE
from inclusion_desktop.store import Store

from .keyboard import key_through, press, type_text
from .test_keying import key_paper_form

FIRST = {
    "mode_collecte": "2",
    "numero_papier": "PLIE-17",
    "consentement": "1",
    "age": "47",
    "sexe": "2",
    "equipement": "1",
    "accompagne": "2",
    "commentaire": "",
}


def _keyed_once(qtbot, window: MainWindow, store: Store) -> str:  # type: ignore[no-untyped-def]
    """Keys paper form PLIE-17 a first time and goes back home; returns its instanceID."""
    store.set_setting(SETTING_SHARE, "1")
    window.mode_combo.setCurrentIndex(window.mode_combo.findData("keying"))
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    key_paper_form(qtbot, window.keying_view, FIRST)
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    window.keying_view.close_questionnaire()  # the next blank form, left untouched
    (keyed,) = [row for row in store.list_submissions() if row.status == "complete"]
    return keyed.uuid


def _key_up_to(qtbot, view: KeyingFormView, answers: dict[str, str], last: str) -> None:  # type: ignore[no-untyped-def]
    """Keys the questions from the cursor on, up to `last`; code 1 where `answers` says none."""
    for _ in range(50):
        row = next(r for r in view.rows if r.edit is QApplication.focusWidget())
        name = row.question.name
        typed = answers.get(name, "" if row.edit.text() else "1")
        if typed:
            type_text(qtbot, typed)
        if QApplication.focusWidget() is row.edit:
            press(qtbot, Qt.Key.Key_Return)
        assert QApplication.focusWidget() is not row.edit, row.error.text()
        if name == last:
            return


def _texts(view: KeyingFormView) -> dict[str, str]:
    return {row.question.name: row.edit.text() for row in view.rows}


def _row(view: KeyingFormView, name: str):  # type: ignore[no-untyped-def]
    return next(row for row in view.rows if row.question.name == name)


def test_second_keying_comes_back_blind_after_a_crash(
    qtbot, window: MainWindow, store: Store
) -> None:
    first_uuid = _keyed_once(qtbot, window, store)
    window.keying.start_second_keying("PLIE-17")
    view = window.keying_view
    assert view.verification
    # The window names the form keyed, as for a first keying; the page says it is the blind one.
    version_id = store.get_submission(first_uuid).form_version_id
    keyed = next(version for version in store.form_versions() if version.id == version_id)
    assert window.windowTitle() == keyed.title
    assert "aveugle" in view.title_label.text() and "PLIE-17" in view.title_label.text()
    # Part of the paper form keyed again: the collection mode, consent, then a different age.
    _key_up_to(qtbot, view, {"mode_collecte": "2", "consentement": "1", "age": "41"}, "age")
    saved = store.second_keying()
    assert saved is not None and saved.submission_uuid == first_uuid
    assert saved.answers["age"] == "41" and saved.answers["consentement"] == "oui"
    assert store.load_draft(first_uuid) is None  # the first keying is not being corrected

    # The power goes: no close, no clean-up. A new window opens on the same file.
    window.hide()
    again = Store.open(str(store.path))
    try:
        create_application()
        restarted = open_main_window(again, first_run=False)
        assert restarted is not None
        qtbot.addWidget(restarted)
        restarted.resize(1366, 768)
        restarted.show()
        qtbot.waitExposed(restarted)
        restarted.activateWindow()
        qtbot.waitUntil(restarted.isActiveWindow)
        assert restarted.resume_open_questionnaire()
        view = restarted.keying_view
        assert restarted.stack.currentWidget() is view and view.verification
        assert "rouverte" in restarted.statusBar().currentMessage()
        assert "PLIE-17" in view.title_label.text()
        texts = _texts(view)
        assert texts["mode_collecte"] == "2" and texts["consentement"] == "1"
        assert texts["age"] == "41"
        assert texts["numero_papier"] == "PLIE-17"
        assert _row(view, "numero_papier").edit.isReadOnly()
        # Still blind: what only the first keying holds never shows.
        assert texts["sexe"] == "" and texts["equipement"] == "" and texts["accompagne"] == ""
        assert view.session is not None and view.session.value("sexe") == ""
        # The cursor waits on the first question not keyed yet.
        assert view.focusWidget() is _row(view, "sexe").edit
        Path("/tmp/shots").mkdir(exist_ok=True)
        QApplication.processEvents()
        restarted.grab().save("/tmp/shots/keying_resumed_second_keying.png")

        second = {k: v for k, v in FIRST.items() if k not in ("numero_papier",)}
        key_paper_form(qtbot, view, {**second, "equipement": "2"})
        press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert list(restarted.keying.discrepancy_dialog.choices) == ["age", "equipement"]
        assert again.second_keying() is None
        (verification,) = again.verifications()
        assert verification.answers["age"] == "41"
        assert again.head_answers(first_uuid)["age"] == "47"
        restarted.keying.discrepancy_dialog.reject()
    finally:
        again.close()


def test_abandoning_a_second_keying_asks_then_forgets_it(
    qtbot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    first_uuid = _keyed_once(qtbot, window, store)
    window.keying.start_second_keying("PLIE-17")
    view = window.keying_view
    assert view.close_button.text() == "Abandonner la double saisie"
    Path("/tmp/shots").mkdir(exist_ok=True)
    QApplication.processEvents()
    view.grab().save("/tmp/shots/keying_second_keying.png")
    type_text(qtbot, "2")
    assert store.second_keying() is not None

    answer = {"role": QMessageBox.ButtonRole.RejectRole}

    def click(box: QMessageBox) -> int:
        (button,) = [b for b in box.buttons() if box.buttonRole(b) == answer["role"]]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click)
    press(qtbot, Qt.Key.Key_Escape)  # "Continuer la saisie"
    assert window.stack.currentWidget() is view and store.second_keying() is not None

    answer["role"] = QMessageBox.ButtonRole.DestructiveRole
    press(qtbot, Qt.Key.Key_Escape)  # "Abandonner la double saisie"
    assert window.stack.currentWidget() is window.home
    assert "abandonnée" in window.statusBar().currentMessage()
    assert store.second_keying() is None and store.verifications() == []
    assert store.load_draft(first_uuid) is None
    assert not window.resume_open_questionnaire()
    # The first keying's own close button is unchanged.
    window.new_questionnaire()
    assert view.close_button.text() == "Fermer (brouillon gardé)"


def test_rekeying_the_same_form_goes_on_with_the_saved_second_keying(
    qtbot, window: MainWindow, store: Store
) -> None:
    _keyed_once(qtbot, window, store)
    window.keying.start_second_keying("PLIE-17")
    type_text(qtbot, "2")
    # The app stopped without resuming it (no operator chosen at start, say): asking for the
    # same paper form again brings the saved answers back.
    window.stack.setCurrentWidget(window.home)
    window.keying.start_second_keying("PLIE-17")
    view = window.keying_view
    assert _texts(view)["mode_collecte"] == "2"
    assert QApplication.focusWidget() is _row(view, "consentement").edit


def test_paper_number_only_in_keying_mode(qtbot, window: MainWindow) -> None:
    window.new_questionnaire()
    view = window.form_view
    assert view.current_key == "bloc_collecte"
    assert "mode_collecte" in view.editors
    assert "numero_papier" not in view.editors  # door to door there is no paper
    Path("/tmp/shots").mkdir(exist_ok=True)
    view.grab().save("/tmp/shots/keying_field_mode_first_page.png")
    key_through(qtbot, view, {"consentement": "2"})
    assert view.current_key == REVIEW_KEY
    table = view.review_table
    assert table is not None
    labels = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert labels and not any("papier" in label for label in labels)
    view._on_close()

    window.mode_combo.setCurrentIndex(window.mode_combo.findData("keying"))
    window.new_questionnaire()
    paper = _row(window.keying_view, "numero_papier")
    assert paper.edit.isVisibleTo(window.keying_view)
    window.keying_view.save_and_next()  # still required when keying paper forms
    assert window.stack.currentWidget() is window.keying_view


@pytest.mark.slow
def test_second_keying_in_a_killed_app_reopens_blind(qtbot, tmp_path: Path) -> None:
    database = tmp_path / "saisie.sqlite"
    child = textwrap.dedent(
        f"""
        import os, signal
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from inclusion_desktop.gui.shell.app import create_application, open_main_window
        from inclusion_desktop.store import Store
        app = create_application()
        store = Store.open({str(database)!r})
        store.set_device_name("Poste de saisie")
        op = store.add_operator("Samira B.").id
        store.set_setting("{SETTING_ZONE}", "maubeuge/montplaisir")
        window = open_main_window(store, first_run=False)
        window.show()
        collector = window.collector
        version = [v for v in store.form_versions() if v.form_id == "habitants"][-1]
        first = collector.new_questionnaire(version.id, None, op, entry_mode="keying")
        for name, value in (("mode_collecte", "plie"), ("numero_papier", "K-9"),
                            ("consentement", "oui"), ("age", "47"), ("sexe", "femme")):
            first.session.set_answer(name, value)
        collector.complete(first.uuid, first.session, op)
        window.keying.start_second_keying("K-9")
        view = window.keying_view
        for name, typed in (("mode_collecte", "2"), ("consentement", "1"), ("age", "52")):
            row = next(r for r in view.rows if r.question.name == name)
            row.edit.setText(typed)
            assert view.confirm(row), row.error.text()
        print(first.uuid, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", child], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    first_uuid = result.stdout.strip()

    create_application()
    store = Store.open(str(database))
    try:
        window = open_main_window(store, first_run=False)
        assert window is not None
        qtbot.addWidget(window)
        window.show()
        assert window.resume_open_questionnaire()
        view = window.keying_view
        assert window.stack.currentWidget() is view and view.verification
        assert view.submission_uuid == first_uuid
        texts = _texts(view)
        assert (texts["mode_collecte"], texts["consentement"], texts["age"]) == ("2", "1", "52")
        assert texts["numero_papier"] == "K-9" and texts["sexe"] == ""  # blind
        assert store.head_answers(first_uuid)["age"] == "47"
    finally:
        store.close()


def test_another_second_keying_asks_before_dropping_the_one_under_way(
    qtbot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from inclusion_desktop.gui.keying.keying_dialogs import DoubleEntryDialog

    first_uuid = _keyed_once(qtbot, window, store)
    collector = window.collector
    operator = window.current_operator_id()
    version = [v for v in store.form_versions() if v.form_id == "habitants"][-1]
    other = collector.new_questionnaire(version.id, None, operator, entry_mode="keying")
    for name, value in (("mode_collecte", "plie"), ("numero_papier", "K-9"),
                        ("consentement", "oui"), ("age", "30"), ("sexe", "homme")):
        other.session.set_answer(name, value)
    collector.complete(other.uuid, other.session, operator)
    window.keying.start_second_keying("PLIE-17")
    type_text(qtbot, "2")
    # The app stopped without reopening it (no operator chosen at start, say).
    window.stack.setCurrentWidget(window.home)
    dialog = DoubleEntryDialog(collector, operator, window.keying.start_second_keying, window)
    qtbot.addWidget(dialog)
    todo = [dialog.todo_list.item(i).text() for i in range(dialog.todo_list.count())]
    assert "Questionnaire papier n° PLIE-17 — commencée, à reprendre" in todo
    assert "Questionnaire papier n° K-9" in todo

    asked: list[str] = []
    answer = {"role": QMessageBox.ButtonRole.RejectRole}

    def click(box: QMessageBox) -> int:
        asked.append(box.text())
        (button,) = [b for b in box.buttons() if box.buttonRole(b) == answer["role"]]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click)
    window.keying.start_second_keying("K-9")  # Annuler: nothing changes
    assert "n° PLIE-17 n'est pas terminée" in asked[-1] and "le n° K-9" in asked[-1]
    assert window.stack.currentWidget() is window.home
    saved = store.second_keying()
    assert saved is not None and saved.submission_uuid == first_uuid
    assert saved.answers["mode_collecte"] == "mission_locale"  # code 2, typed before

    answer["role"] = QMessageBox.ButtonRole.AcceptRole  # Reprendre le n° PLIE-17
    window.keying.start_second_keying("K-9")
    view = window.keying_view
    assert window.stack.currentWidget() is view and view.submission_uuid == first_uuid
    assert _texts(view)["mode_collecte"] == "2"

    window.stack.setCurrentWidget(window.home)
    answer["role"] = QMessageBox.ButtonRole.DestructiveRole  # Abandonner le n° PLIE-17
    window.keying.start_second_keying("K-9")
    assert view.submission_uuid == other.uuid and _texts(view)["numero_papier"] == "K-9"
    saved = store.second_keying()
    assert saved is not None and saved.submission_uuid == other.uuid
