"""The one « store changed » signal: the home screen follows it; dialogs that write emit it."""

from __future__ import annotations

from inclusion_desktop.gui.shell.main_window import MainWindow
from inclusion_desktop.store import Store


def test_home_screen_follows_the_store_changed_signal(window: MainWindow, store: Store) -> None:
    version = store.form_versions()[0].id
    operator = store.operators()[0].id
    store.create_submission(form_version_id=version, zone="Z", operator_id=operator)
    store.add_operator("Karim L.")
    assert window.home.model.rowCount() == 0 and window.home.operator_combo.findText("Karim L.") < 0
    window.store_events.changed.emit()
    assert window.home.model.rowCount() == 1
    assert window.home.operator_combo.findText("Karim L.") >= 0
    assert window.home.figure_labels["drafts"].text() == "1"


def test_settings_dialog_says_what_it_changed(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = window.admin.settings_dialog()
    qtbot.addWidget(dialog)
    dialog.device_edit.setText("Portable accueil")
    emitted: list[bool] = []
    window.store_events.changed.connect(lambda: emitted.append(True))
    dialog.save_button.click()
    assert emitted
    assert window.store.device().name == "Portable accueil"


def test_deleting_a_questionnaire_updates_the_list(
    qtbot, window: MainWindow, store: Store, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    version = store.form_versions()[0].id
    operator = store.operators()[0].id
    store.create_submission(form_version_id=version, zone="Z", operator_id=operator)
    window.store_events.changed.emit()
    window.home.table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("doublon", True))
    emitted: list[bool] = []
    window.store_events.changed.connect(lambda: emitted.append(True))
    window.delete_selected()
    assert emitted
    assert window.home.figure_labels["drafts"].text() == "0"
