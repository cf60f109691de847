"""A PostgreSQL store lists its dumps; restoring one is left to the server's administrator."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.engine import make_url

from inclusion_desktop.gui.admin.backup_dialog import RestoreDialog
from inclusion_desktop.store import Store, server_backup


def test_server_dumps_are_listed_and_restoring_says_how(
    qtbot, postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "donnees"))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append((box.text(), box.informativeText())) or 0
    )
    with Store.open(postgres_url) as store:
        server_backup.dump_store(store.url, reason="avant-fusion")
        newest = server_backup.dump_store(store.url, reason="avant-purge")
        dialog = RestoreDialog(store)
        qtbot.addWidget(dialog)
        assert dialog.table.rowCount() == 2
        assert dialog.table.item(0, 1).text() == "avant une purge"
        assert dialog.table.item(0, 2).text().endswith(" Ko")
        assert dialog.restore_button.text() == "Comment restaurer…"
        dialog.restore_button.click()
        [(text, command)] = shown
        assert "ne se restaure donc pas depuis l'application" in text
        assert command.startswith("pg_restore --clean") and str(newest) in command
        assert str(make_url(postgres_url).password) not in command
        assert dialog.chosen is None and not dialog.result()
        assert newest.exists()
