"""Small things a first day in the field shows: texts, defaults, counts, titles."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from inclusion_desktop.gui import app as gui_app
from inclusion_desktop.gui.first_run import FirstRunWizard
from inclusion_desktop.gui.main_window import MainWindow
from inclusion_desktop.gui.settings import Preferences
from inclusion_desktop.store import Store

from .keyboard import press, type_text
from .test_keying import key_paper_form


def test_paper_number_owner_ending_with_a_period_has_no_double_period(
    qtbot, window: MainWindow, store: Store
) -> None:  # type: ignore[no-untyped-def]
    julien = store.add_operator("Julien D.")
    window.refresh()
    window.set_active_operator(julien.id)
    window.mode_combo.setCurrentIndex(window.mode_combo.findData("keying"))
    window.new_questionnaire()
    view = window.keying_view
    key_paper_form(qtbot, view, {"numero_papier": "P-8", "consentement": "2"})
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "1")
    type_text(qtbot, "P-8")
    press(qtbot, Qt.Key.Key_Return)
    paper = next(row for row in view.rows if row.question.name == "numero_papier")
    text = paper.error.text()
    assert "Julien D." in text and ".." not in text, text
    assert text.endswith("."), text


def test_escape_in_the_assistant_asks_before_quitting(
    qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    store = Store.open(str(tmp_path / "neuf.sqlite"))
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(parent, title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(title)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    try:
        wizard = FirstRunWizard(store, Preferences())
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)
        assert asked == ["Quitter l'assistant ?"]
        assert wizard.isVisible()  # still open: « Non » goes back to the assistant
        answer[0] = QMessageBox.StandardButton.Yes
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)
        assert not wizard.isVisible() and wizard.result() == QDialog.DialogCode.Rejected
    finally:
        store.close()


def test_quitting_the_assistant_leaves_no_database_file(
    qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    database = tmp_path / "donnees" / "terrain.sqlite"
    database.parent.mkdir()
    monkeypatch.setattr(FirstRunWizard, "exec", lambda self: QDialog.DialogCode.Rejected)
    status = gui_app.run_app(database=str(database), demo_if_empty=False, log_file=None)
    assert status == 0
    assert sorted(p.name for p in database.parent.iterdir()) == []


def test_quitting_the_assistant_keeps_an_existing_database(
    qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    database = tmp_path / "terrain.sqlite"
    Store.open(str(database)).close()  # made by an earlier start, assistant never finished
    monkeypatch.setattr(FirstRunWizard, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert gui_app.run_app(database=str(database), demo_if_empty=False, log_file=None) == 0
    assert database.exists()
