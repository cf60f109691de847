"""On screen: edited accounts refused, no answer in the log, damaged stores restored.

An account edited in the store file is refused with its message; the technical log keeps no
answer even when an error quotes one; a store damaged on disk is replaced at start-up by its
last sound backup.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from inclusion_desktop import app_log
from inclusion_desktop.gui.admin.backup_dialog import RestoreDialog
from inclusion_desktop.gui.admin.operators_dialogs import SecretDialog
from inclusion_desktop.gui.common.messages import user_message
from inclusion_desktop.gui.common.workers import Task
from inclusion_desktop.gui.shell import app as gui_app
from inclusion_desktop.gui.shell.app import install_exception_hook, open_main_window
from inclusion_desktop.gui.shell.main_window import SETTING_OPERATOR, MainWindow
from inclusion_desktop.store import ROLE_COORDINATOR, Store
from inclusion_desktop.store.backup import backup_store, list_backups, quick_check

from .keyboard import leave_with_one_answer
from .test_operators import on_modal

DISTINCTIVE = "Zanzibar-7391 rue des Tilleuls"


@pytest.fixture
def team(store: Store) -> dict[str, int]:
    """Claire (coordinator, password) and Karim (mediator, PIN 2468), Karim remembered."""
    claire = store.add_operator("Claire", ROLE_COORDINATOR)
    store.set_operator_secret(claire.id, "claire-pw", by_operator_id=claire.id)
    karim = store.add_operator("Karim")
    store.set_operator_secret(karim.id, "2468", by_operator_id=claire.id)
    store.set_setting(SETTING_OPERATOR, str(karim.id))
    return {"claire": claire.id, "karim": karim.id}


def _edit_file(store: Store, statement: str) -> None:
    assert store.path is not None
    with closing(sqlite3.connect(store.path)) as conn:
        conn.execute(statement)
        conn.commit()


def _karim_edited_then_typing_his_pin(  # type: ignore[no-untyped-def]
    qtbot, store: Store
) -> tuple[MainWindow, list[str], list[str]]:
    """Karim's role edited in the file, then his PIN typed at start: the messages shown."""
    _edit_file(store, "UPDATE operator SET role = 'coordinateur' WHERE name = 'Karim'")
    window = open_main_window(store, first_run=False)
    assert window is not None
    qtbot.addWidget(window)
    messages: list[str] = []

    def type_pin(dialog: QDialog) -> None:
        assert isinstance(dialog, SecretDialog)
        dialog.secret_edit.setText("2468")
        dialog.ok_button.click()
        messages.append(dialog.message.text())
        assert dialog.isVisible()  # refused: the dialog stays, with the reason
        dialog.reject()

    seen = on_modal(qtbot, type_pin)
    assert not window.ask_start_operator()
    return window, messages, seen


def test_login_with_a_role_edited_in_the_file_is_refused_with_the_message(
    qtbot, team: dict[str, int], store: Store
) -> None:
    window, messages, seen = _karim_edited_then_typing_his_pin(qtbot, store)
    assert seen == ["SecretDialog"]
    assert "Le compte de « Karim » a été modifié en dehors de l'application" in messages[0]
    assert window.current_operator_id() is None


def test_coordinator_action_by_an_account_edited_after_login_is_refused(
    qtbot, team: dict[str, int], window: MainWindow, store: Store
) -> None:
    window.set_active_operator(team["claire"])
    assert window.require_coordinator("merge")
    # The row is read again at every check: an edit made meanwhile is seen at once.
    _edit_file(store, "UPDATE operator SET name = 'Claire B.' WHERE name = 'Claire'")
    shown: list[str] = []

    def read_and_close(dialog: QDialog) -> None:
        shown.append(dialog.text())  # type: ignore[attr-defined]
        dialog.reject()

    seen = on_modal(qtbot, read_and_close)
    assert not window.require_coordinator("merge")
    # No password asked: the refusal is told in a message the whole of which can be read.
    assert seen.stop() == ["QMessageBox"]
    assert "Le compte de « Claire B. » a été modifié" in shown[0]


def test_technical_log_never_holds_an_answer(
    qtbot, window: MainWindow, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log_file = tmp_path / "journal" / "inclusion-desktop.log"
    monkeypatch.setattr(app_log, "log_path", lambda: log_file)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    handlers = list(logging.getLogger().handlers)
    assert app_log.setup_logging() == log_file
    install_exception_hook(log_file)
    try:
        window.new_questionnaire()
        view = window.form_view
        assert view.session is not None
        question = view.session.form.question("commune_autre")
        view._on_answered(question, None, DISTINCTIVE)
        draft = store.load_draft(view.submission_uuid)
        assert draft is not None and draft[0]["commune_autre"] == DISTINCTIVE
        # The disk starts refusing writes: the next save fails with SQLite's error, whose
        # text quotes the SQL parameters, answers included.
        _edit_file(
            store,
            "CREATE TRIGGER disque_en_panne BEFORE UPDATE ON draft"
            " BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END",
        )
        with pytest.raises(Exception) as failure:
            view._on_answered(question, None, DISTINCTIVE + " bis")
        assert DISTINCTIVE in str(failure.value)
        # Unexpected in a slot: the application's exception hook gets it.
        sys.excepthook(failure.type, failure.value, failure.tb)
        # The same failure in background work (an export, a merge) is logged when it is shown.
        task = Task(lambda progress: view._save())
        with qtbot.waitSignal(task.signals.failed) as failed:
            task.run()
        shown = user_message(failed.args[0])
        assert "Erreur inattendue" in shown and DISTINCTIVE not in shown
    finally:
        _edit_file(store, "DROP TRIGGER IF EXISTS disque_en_panne")  # the window closes cleanly
        for handler in logging.getLogger().handlers:
            if handler not in handlers:
                logging.getLogger().removeHandler(handler)
                handler.close()
    logged = log_file.read_text(encoding="utf-8")
    assert logged.count("IntegrityError (message non journalisé") == 2
    assert "Zanzibar" not in logged and "Tilleuls" not in logged


def _damage(path: Path) -> None:
    """Overwrite the revision table's pages, as a failing disk would."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = [
            row[0]
            for row in conn.execute(
                "SELECT pageno FROM dbstat WHERE name IN ('revision', 'draft', 'submission')"
            )
        ]
    with path.open("r+b") as stream:
        for page in pages:
            stream.seek((page - 1) * page_size + 8)
            stream.write(b"\xff" * 64)


def test_start_up_on_a_damaged_store_offers_its_last_sound_backup(
    qtbot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.new_questionnaire()
    leave_with_one_answer(window)
    backup_store(store, reason="demarrage")
    window.new_questionnaire()
    leave_with_one_answer(window)
    backup_store(store, reason="avant-fusion")
    assert store.path is not None
    database = store.path
    window.close()
    store.close()
    _damage(database)
    assert quick_check(database)
    newest = list_backups(database)[-1]
    assert quick_check(newest.path) == []
    shown: dict[str, object] = {}

    def critical(_parent: object, title: str, text: str) -> QMessageBox.StandardButton:
        shown.setdefault("title", title)
        shown.setdefault("text", text)
        return QMessageBox.StandardButton.Ok

    def choose_offered(dialog: RestoreDialog) -> int:
        shown["offered"] = dialog.backups[dialog.table.currentRow()].path
        dialog._on_restore()
        return int(dialog.result())

    opened: list[int] = []

    def attach_and_count(_window: MainWindow, restored: Store, **kwargs: object) -> bool:
        opened.append(len(restored.list_submissions()))
        return False  # the window is not needed: quitting here closes the store

    monkeypatch.setattr(QMessageBox, "critical", critical)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(RestoreDialog, "exec", choose_offered)
    monkeypatch.setattr(gui_app, "attach_main_window", attach_and_count)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    assert QApplication.instance() is not None
    assert gui_app.run_app(database=str(database), demo_if_empty=False, log_file=None) == 0
    assert shown["title"] == "Base de données endommagée"
    assert "endommagée" in str(shown["text"]) and "Restaurez" in str(shown["text"])
    assert shown["offered"] == newest.path
    # The restored store opened, with both questionnaires of the last sound backup.
    assert opened == [2]
    assert quick_check(database) == []


def test_an_edited_account_is_refused_in_english(
    qtbot, team: dict[str, int], store: Store, french_after: None
) -> None:
    from inclusion_desktop.gui.common.i18n import install_language

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, "en")
    _window, messages, _seen = _karim_edited_then_typing_his_pin(qtbot, store)
    assert messages[0].startswith(
        "The account of “Karim” was changed outside the application (role or code changed in "
        "the database file): it is refused."
    ), messages
