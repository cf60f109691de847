"""Small things a first day in the field shows: texts, defaults, counts, titles."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from inclusion_desktop.gui.admin.first_run import FirstRunWizard
from inclusion_desktop.gui.common.settings import Preferences
from inclusion_desktop.gui.shell import app as gui_app
from inclusion_desktop.gui.shell.main_window import MainWindow
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


def test_window_title_names_the_application_once(window: MainWindow) -> None:
    # Qt adds the application's name (« — Inclusion numérique ») after every window title.
    assert "Inclusion numérique" not in window.windowTitle()
    assert window.windowTitle() == "Enquête habitants"


def test_the_operator_filter_shows_its_whole_text(window: MainWindow) -> None:
    combo = window.home.filter_operator
    text = combo.itemText(0)
    assert text == "Tous les enquêteur·rices"
    # The combo is at least as wide as its text plus the arrow, on a 1024-pixel screen too.
    window.resize(1024, 600)
    window.layout().activate()
    assert combo.width() >= combo.fontMetrics().horizontalAdvance(text) + 20


def test_export_dialog_says_drafts_are_left_out(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    from inclusion_desktop.gui.coordination.sync_dialogs import ExportDialog

    version = store.form_versions()[0].id
    operator = store.operators()[0].id
    store.create_submission(form_version_id=version, zone="maubeuge/sous_le_bois",
                            operator_id=operator)
    dialog = ExportDialog(store)
    qtbot.addWidget(dialog)
    note = dialog.drafts_note.text()
    assert "brouillons ne sont pas exportés" in note and "1 brouillon" in note, note


def test_dashboard_names_comparison_sources_and_who_sub_rows_count(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from inclusion_desktop.demo import fill_demo_store
    from inclusion_desktop.gui.coordination.reports_dialogs import DashboardDialog

    store = Store.open(str(tmp_path / "bilan.sqlite"))
    try:
        fill_demo_store(store, submissions=80, seed=12)
        dialog = DashboardDialog(store)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.zone_combo.isEnabled(), timeout=60000)
        rows = {
            dialog.table.item(row, 0).text(): dialog.table.item(row, 4).text()
            for row in range(dialog.table.rowCount())
            if dialog.table.item(row, 4) is not None
        }
        assert rows["Possède un smartphone"] == "84\u202f% (France)"
        assert "France = CREDOC, Baromètre du numérique 2021" in dialog.sources.text()
        reasons = [label for label in rows if label.startswith("Par manque de moyens")]
        assert reasons and reasons[0].endswith("parmi les non-équipé·es"), reasons
    finally:
        store.close()


def test_sheets_dialog_grows_to_show_a_long_message(qtbot) -> None:  # type: ignore[no-untyped-def]
    from inclusion_desktop.gui.coordination.reports_dialogs import ReportsDialog

    store = Store.open(":memory:")
    try:
        dialog = ReportsDialog(store)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        long_text = "Fiche du quartier " + "Provinces Françaises – De Joyeuse, " * 8
        dialog.show_message(long_text, ok=True)
        message = dialog.message
        needed = message.heightForWidth(message.width())
        assert message.height() >= needed, (message.height(), needed)
    finally:
        store.close()
