"""Drafts that survive a killed app, edits that append revisions, deletions that keep history."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog

from inclusion_desktop.gui.field.form_view import REVIEW_KEY
from inclusion_desktop.gui.shell.app import create_application, open_main_window
from inclusion_desktop.gui.shell.main_window import SETTING_ZONE, MainWindow
from inclusion_desktop.gui.shell.submissions_model import SubmissionsTableModel
from inclusion_desktop.store import Store

from .keyboard import confirm_review, key_through, leave_with_one_answer


@pytest.mark.slow
def test_questionnaire_left_open_in_a_killed_app_reopens_where_it_was(
    qtbot, tmp_path: Path
) -> None:
    database = tmp_path / "terrain.sqlite"
    child = textwrap.dedent(
        f"""
        import os, signal
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from inclusion_desktop.gui.shell.app import create_application, open_main_window
        from inclusion_desktop.store import Store
        app = create_application()
        store = Store.open({str(database)!r})
        store.set_device_name("Portable test")
        store.add_operator("Samira B.")
        store.set_setting("{SETTING_ZONE}", "maubeuge/montplaisir")
        window = open_main_window(store, first_run=False)
        window.show()
        window.new_questionnaire()
        view = window.form_view
        view._on_answered(view.session.form.question("mode_collecte"), None, "plie")
        view.go_next()
        view._on_answered(view.session.form.question("consentement"), None, "oui")
        view.go_next()
        view.go_next()
        view._on_answered(view.session.form.question("age"), None, "52")
        print(view.current_key, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", child], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    page_at_kill = result.stdout.strip()
    assert page_at_kill == "bloc_profil"

    create_application()
    store = Store.open(str(database))
    try:
        window = open_main_window(store, first_run=False)
        assert window is not None
        qtbot.addWidget(window)
        window.show()
        assert window.resume_open_questionnaire()
        view = window.form_view
        assert window.stack.currentWidget() is view
        assert view.current_key == "bloc_profil"
        assert view.session is not None
        assert view.session.value("age") == "52"
        assert view.session.value("mode_collecte") == "plie"
        assert view.editors["age"].edit.text() == "52"  # type: ignore[attr-defined]
        view.stop()
    finally:
        store.close()
    assert os.path.exists(database)


def test_edit_of_complete_questionnaire_appends_revision(
    qtbot, window: MainWindow, store: Store
) -> None:
    window.new_questionnaire()
    key_through(qtbot, window.form_view, {"consentement": "1", "age": "40"})
    window.form_view.go_next()
    (row,) = store.list_submissions()
    first = store.revisions(row.uuid)
    assert [r.number for r in first] == [1]

    window.home.table.selectRow(0)
    window.open_selected()
    view = window.form_view
    assert view.session is not None and view.session.value("age") == "40"
    view.show_page("bloc_profil")
    view._on_answered(view.session.form.question("age"), None, "41")
    view.show_page(REVIEW_KEY)
    confirm_review(qtbot)
    history = store.revisions(row.uuid)
    assert [r.number for r in history] == [1, 2]
    assert history[1].parent_hash == history[0].content_hash
    assert history[0].answers["age"] == "40" and history[1].answers["age"] == "41"
    assert history[1].answers["tranche_age"] == "30_44"


def test_delete_asks_reason_and_keeps_history(
    qtbot, window: MainWindow, store: Store, monkeypatch
) -> None:
    window.new_questionnaire()
    key_through(qtbot, window.form_view, {"consentement": "2"})
    window.form_view.go_next()
    window.home.table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Doublon papier", True))
    window.delete_selected()
    (row,) = store.list_submissions()
    assert row.status == "deleted"
    history = store.revisions(row.uuid)
    assert [r.status for r in history] == ["complete", "deleted"]
    assert history[-1].reason == "Doublon papier"
    assert history[-1].answers == history[0].answers
    assert (
        window.home.model.data(window.home.model.index(0, SubmissionsTableModel.COLUMN_STATUS))
        == "Supprimé"
    )


def test_delete_without_reason_changes_nothing(
    qtbot, window: MainWindow, store: Store, monkeypatch
) -> None:
    window.new_questionnaire()
    leave_with_one_answer(window)
    window.home.table.selectRow(0)
    warnings = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("   ", True))
    monkeypatch.setattr(
        "inclusion_desktop.gui.shell.main_window.QMessageBox.warning",
        lambda parent, title, text: warnings.append(text),
    )
    window.delete_selected()
    (row,) = store.list_submissions()
    assert row.status == "draft"
    assert warnings and "motif" in warnings[0]


def test_submissions_model_passes_qt_model_tester(
    qtmodeltester, window: MainWindow, store: Store
) -> None:
    for _ in range(3):
        window.new_questionnaire()
        leave_with_one_answer(window)
    window.refresh_list()
    assert window.home.model.rowCount() == 3
    qtmodeltester.check(window.home.model)


def test_closing_a_new_questionnaire_untouched_leaves_nothing(
    qtbot, window: MainWindow, store: Store
) -> None:  # noqa: E501
    window.new_questionnaire()
    window.form_view._on_close()
    assert store.list_submissions() == []
    assert "rien n'a été gardé" in window.statusBar().currentMessage()
    window.new_questionnaire()
    leave_with_one_answer(window)
    (row,) = store.list_submissions()
    assert row.status == "draft"


@pytest.mark.parametrize("choice", ["Abandonner la correction", "Enregistrer"])
def test_leaving_a_changed_finished_questionnaire_asks_what_to_do(
    qtbot, window: MainWindow, store: Store, monkeypatch, choice: str
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window.new_questionnaire()
    key_through(qtbot, window.form_view, {"consentement": "1", "age": "40"})
    window.form_view.go_next()
    (row,) = store.list_submissions()
    window.home.table.selectRow(0)
    window.open_selected()
    view = window.form_view
    view.show_page("bloc_profil")
    view._on_answered(view.session.form.question("age"), None, "44")
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    monkeypatch.setattr(
        QMessageBox,
        "clickedButton",
        lambda self: next(b for b in self.buttons() if b.text() == choice),
    )
    view._on_close()
    assert window.stack.currentWidget() is window.home
    assert store.load_draft(row.uuid) is None
    ages = [revision.answers["age"] for revision in store.revisions(row.uuid)]
    assert ages == (["40"] if choice.startswith("Abandonner") else ["40", "44"])
    assert "Correction" in window.statusBar().currentMessage()
