"""Restoring a backup from the File menu brings back the data as it was."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from inclusion_desktop.gui.admin.backup_dialog import RestoreDialog
from inclusion_desktop.gui.shell.main_window import MainWindow
from inclusion_desktop.store import Store
from inclusion_desktop.store.backup import backup_store

from .keyboard import leave_with_one_answer


def test_restore_backup_from_the_menu(qtbot, window: MainWindow, store: Store, monkeypatch) -> None:
    window.new_questionnaire()
    leave_with_one_answer(window)
    backup_store(store, reason="demarrage")
    window.new_questionnaire()
    leave_with_one_answer(window)
    assert len(window.store.list_submissions()) == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: (self._on_restore(), self.result())[1])
    window.admin.open_restore()
    assert len(window.store.list_submissions()) == 1
    assert window.home.model.rowCount() == 1
    assert "restaurée" in window.statusBar().currentMessage()
    window.store.close()
