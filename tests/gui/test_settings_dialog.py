"""Réglages: reload what was saved, save changes, and apply them (home screen, export dialog)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from inclusion_desktop.gui.admin.settings_dialog import SettingsDialog
from inclusion_desktop.gui.common.settings import Preferences
from inclusion_desktop.gui.coordination.sync_dialogs import ExportDialog, MergeDialog
from inclusion_desktop.gui.shell.main_window import SETTING_FORM, MainWindow
from inclusion_desktop.store import Store


@pytest.fixture
def dialog(qtbot, window: MainWindow) -> SettingsDialog:  # type: ignore[no-untyped-def]
    opened = window.admin.settings_dialog()
    qtbot.addWidget(opened)
    return opened


def test_menu_and_shortcut_open_the_settings(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from inclusion_desktop.gui.admin import settings_dialog
    from inclusion_desktop.gui.shell.help_dialogs import SHORTCUTS

    opened: list[SettingsDialog] = []
    monkeypatch.setattr(
        settings_dialog.SettingsDialog, "exec", lambda self: opened.append(self) or 0
    )
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1
    assert any(keys == "Ctrl+," for keys, _ in SHORTCUTS)


def test_settings_dialog_reloads_what_was_saved(
    qtbot, window: MainWindow, preferences: Preferences, tmp_path: Path
) -> None:
    preferences.export_folder = str(tmp_path / "cle")
    preferences.passphrase = "phrase de campagne"
    preferences.questionnaire = "structures"
    dialog = SettingsDialog(window.store, Preferences(), window)  # on its own: reads only
    qtbot.addWidget(dialog)
    assert dialog.device_edit.text() == "Portable test"
    assert dialog.language_combo.currentData() == "fr"
    assert dialog.folder_edit.text() == str(tmp_path / "cle")
    assert dialog.passphrase_edit.text() == dialog.confirm_edit.text() == "phrase de campagne"
    assert dialog.form_combo.currentData() == "structures"
    assert "Maubeuge-Val de Sambre" in dialog.territory_combo.currentText()
    assert dialog.operator_list.count() == 1
    assert "Samira B." in dialog.operator_list.item(0).text()
    assert dialog.preferences.file_name() in dialog.settings_file_label.text()


def test_export_folder_and_passphrase_reach_the_export_dialog(
    qtbot, window: MainWindow, dialog: SettingsDialog, tmp_path: Path
) -> None:
    folder = tmp_path / "exports-campagne"
    dialog.folder_edit.setText(str(folder))
    dialog.passphrase_edit.setText("la sambre en hiver")
    dialog.confirm_edit.setText("la sambre en hiver")
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert folder.is_dir()
    saved = Preferences()
    assert saved.export_folder == str(folder)
    assert saved.passphrase == "la sambre en hiver"

    export = ExportDialog(window.store, window, preferences=window.preferences)
    qtbot.addWidget(export)
    assert export.folder_edit.text() == str(folder)
    assert export.passphrase.text() == "la sambre en hiver"
    merge = MergeDialog(window.store, [], window)
    qtbot.addWidget(merge)
    assert merge.passphrase.text() == "la sambre en hiver"
    # Opened from the menu, it reads the same settings.
    export_from_menu = ExportDialog(window.store)
    qtbot.addWidget(export_from_menu)
    assert export_from_menu.folder_edit.text() == str(folder)

    # The USB key chosen last time comes first while it is plugged in; unplugged, the default.
    usb_key = tmp_path / "cle-usb"
    usb_key.mkdir()
    window.store.set_setting("export_folder", str(usb_key))
    plugged = ExportDialog(window.store, window, preferences=window.preferences)
    qtbot.addWidget(plugged)
    assert plugged.folder_edit.text() == str(usb_key)
    usb_key.rmdir()
    unplugged = ExportDialog(window.store, window, preferences=window.preferences)
    qtbot.addWidget(unplugged)
    assert unplugged.folder_edit.text() == str(folder)


def test_refusals_keep_the_dialog_open(qtbot, dialog: SettingsDialog, store: Store) -> None:
    dialog.passphrase_edit.setText("une phrase")
    dialog.confirm_edit.setText("une autre")
    dialog.save_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.tabs.currentIndex() == 2 and "différentes" in dialog.message.text()
    assert Preferences().passphrase == ""
    dialog.confirm_edit.setText("une phrase")
    dialog.device_edit.setText("  ")
    dialog.save_button.click()
    assert dialog.tabs.currentIndex() == 0 and "obligatoire" in dialog.message.text()
    assert store.device().name == "Portable test"
    dialog.device_edit.setText("Portable accueil")
    dialog.folder_edit.setText("")
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert store.device().name == "Portable accueil"
    assert Preferences().passphrase == "une phrase"


def test_default_questionnaire_moves_the_home_screen(
    qtbot, window: MainWindow, dialog: SettingsDialog, store: Store
) -> None:
    assert window.home.form_combo.currentText() == store.form_versions()[0].title
    dialog.form_combo.setCurrentIndex(dialog.form_combo.findData("structures"))
    dialog.save_button.click()
    window.refresh()
    structures = [v for v in store.form_versions() if v.form_id == "structures"][-1]
    assert window.home.form_combo.currentData() == structures.id
    assert store.get_setting(SETTING_FORM) == str(structures.id)
    assert Preferences().questionnaire == "structures"


def test_new_laptop_home_screen_follows_the_preferred_questionnaire(
    qtbot, window: MainWindow, store: Store
) -> None:
    window.preferences.questionnaire = "structures"
    window.refresh()  # no questionnaire chosen on this laptop yet: the preferred one
    structures = [v for v in store.form_versions() if v.form_id == "structures"][-1]
    assert window.home.form_combo.currentData() == structures.id


def test_language_change_is_saved_and_applied(
    qtbot, window: MainWindow, dialog: SettingsDialog
) -> None:
    from inclusion_desktop.gui.common import i18n

    applied: list[str] = []
    if hasattr(window, "apply_language"):
        original = window.apply_language

        def spy(code: str) -> None:
            applied.append(code)
            original(code)

        window.apply_language = spy  # type: ignore[method-assign]
    try:
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
        dialog.save_button.click()
        assert Preferences().language == "en"
        assert i18n.current_language() == "en"
        if hasattr(type(window), "apply_language"):
            assert applied == ["en"]
    finally:
        if hasattr(type(window), "apply_language"):
            window.apply_language("fr")
        else:
            i18n.install_language(QApplication.instance(), "fr")


def test_manage_operators_opens_the_operators_dialog(
    qtbot, window: MainWindow, dialog: SettingsDialog, store: Store, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from inclusion_desktop.gui.admin import settings_dialog

    opened: list[object] = []

    def fake_exec(self) -> int:  # type: ignore[no-untyped-def]
        opened.append(self)
        store.add_operator("Karim L.")  # as if added in the dialog
        return 1

    monkeypatch.setattr(settings_dialog.OperatorsDialog, "exec", fake_exec)
    dialog.tabs.setCurrentIndex(1)
    dialog.manage_button.click()
    assert len(opened) == 1
    assert dialog.operator_list.count() == 2
    assert window.home.operator_combo.findText("Karim L.") >= 0


def test_changed_settings_are_in_the_audit_log_without_the_passphrase(
    dialog: SettingsDialog, store: Store, tmp_path: Path
) -> None:
    dialog.folder_edit.setText(str(tmp_path / "exports"))
    dialog.passphrase_edit.setText("la sambre en hiver")
    dialog.confirm_edit.setText("la sambre en hiver")
    dialog.device_edit.setText("Portable bureau 2")
    dialog.save()
    changes = {row.target: row.detail for row in store.audit_log() if row.action == "reglage"}
    assert changes["dossier des exports"] == str(tmp_path / "exports")
    assert changes["phrase de passe de campagne"] == "modifiée"
    assert changes["nom de l'ordinateur"].endswith("→ Portable bureau 2")
    assert "questionnaire" not in changes  # unchanged settings are not logged
    assert "sambre en hiver" not in store.audit_csv()
