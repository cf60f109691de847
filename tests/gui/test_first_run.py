"""The first-run assistant, driven page by page with the keyboard, fills store and QSettings."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt, QTranslator
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from inclusion_desktop.gui.admin.first_run import FirstRunWizard
from inclusion_desktop.gui.common.settings import Preferences
from inclusion_desktop.gui.shell.main_window import SETTING_FORM, SETTING_OPERATOR
from inclusion_desktop.services.collect import Collector
from inclusion_desktop.services.provisioning import needs_first_run
from inclusion_desktop.store import ROLE_COORDINATOR, ROLE_MEDIATOR, Store


@pytest.fixture
def new_store(tmp_path: Path):  # type: ignore[no-untyped-def]
    store = Store.open(str(tmp_path / "neuf.sqlite"))
    Collector(store).register_bundled_forms()
    yield store
    store.close()


@pytest.fixture
def wizard(qtbot, new_store: Store, preferences: Preferences) -> FirstRunWizard:  # type: ignore[no-untyped-def]
    shown = FirstRunWizard(new_store, preferences)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    QApplication.processEvents()
    return shown


def focused() -> object:
    return QApplication.focusWidget()


def type_in(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Types into the focused widget, accents included (QTest.keyClicks takes ASCII only)."""
    widget = focused()
    assert widget is not None
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def enter(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    QApplication.processEvents()


def test_wizard_by_keyboard_writes_store_and_settings(
    qtbot, wizard: FirstRunWizard, new_store: Store, preferences: Preferences, tmp_path: Path
) -> None:
    assert needs_first_run(new_store)
    # Langue: French is chosen, Entrée goes on.
    assert wizard.currentPage() is wizard.language_page
    assert focused() is wizard.language_page.buttons["fr"]
    enter(qtbot)
    # Ordinateur: Entrée on an empty name stays; a name, then Entrée.
    assert wizard.currentPage() is wizard.device_page
    assert focused() is wizard.device_page.device_edit
    enter(qtbot)
    assert wizard.currentPage() is wizard.device_page
    type_in(qtbot, "Portable médiation 3")
    enter(qtbot)
    # Opérateurs: coordinator with a password typed twice, two mediators (one with a PIN).
    page = wizard.operators_page
    assert wizard.currentPage() is page
    assert focused() is page.coordinator_edit
    type_in(qtbot, "Claire D.")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_in(qtbot, "sambre-2021")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_in(qtbot, "sambre-2021")
    assert page.isComplete()
    page.mediator_edit.setFocus()
    type_in(qtbot, "Samira B.")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is page.pin_edit
    type_in(qtbot, "48x")  # the validator keeps digits only
    assert page.pin_edit.text() == "48"
    type_in(qtbot, "21")
    enter(qtbot)  # adds Samira, stays on the page
    assert wizard.currentPage() is page
    assert page.mediators == [("Samira B.", "4821")]
    assert focused() is page.mediator_edit
    type_in(qtbot, "Karim L.")
    enter(qtbot)
    assert [name for name, _ in page.mediators] == ["Samira B.", "Karim L."]
    type_in(qtbot, "samira b.")
    enter(qtbot)  # the same name twice is refused
    assert len(page.mediators) == 2 and "déjà" in page.message.text()
    page.mediator_edit.clear()
    enter(qtbot)  # an empty mediator field: Entrée goes on
    # Territoire et questionnaire: CAMVS, « structures » chosen with the keyboard.
    campaign = wizard.campaign_page
    assert wizard.currentPage() is campaign
    assert "Maubeuge-Val de Sambre" in campaign.territory_combo.currentText()
    assert "Maubeuge" in campaign.territory_detail.text()
    assert campaign.questionnaire() == "habitants"
    campaign.form_buttons["habitants"].setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert campaign.questionnaire() == "structures"
    enter(qtbot)
    # Phrase de passe: typed twice.
    phrase = wizard.passphrase_page
    assert wizard.currentPage() is phrase
    assert focused() is phrase.passphrase_edit
    type_in(qtbot, "la sambre en hiver")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_in(qtbot, "la sambre en hiver")
    enter(qtbot)
    # Dossier des exports: a default in the documents, replaced by a folder to be created.
    folder_page = wizard.folder_page
    assert wizard.currentPage() is folder_page
    assert folder_page.folder().endswith("inclusion-exports")
    target = tmp_path / "exports" / "campagne"
    folder_page.folder_edit.selectAll()
    type_in(qtbot, str(target))
    enter(qtbot)  # Terminer
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert target.is_dir()

    assert not needs_first_run(new_store)
    device = new_store.device()
    assert device is not None and device.name == "Portable médiation 3"
    operators = {op.name: op for op in new_store.operators()}
    assert set(operators) == {"Claire D.", "Samira B.", "Karim L."}
    assert operators["Claire D."].role == ROLE_COORDINATOR
    assert operators["Claire D."].has_secret
    assert operators["Samira B."].role == ROLE_MEDIATOR and operators["Samira B."].has_secret
    assert operators["Karim L."].role == ROLE_MEDIATOR and not operators["Karim L."].has_secret
    new_store.check_operator_secret(operators["Samira B."].id, "4821")
    # The laptop's default enquêteur·rice is the first mediator, not the coordinator.
    assert new_store.get_setting(SETTING_OPERATOR) == str(operators["Samira B."].id)
    structures = [v for v in new_store.form_versions() if v.form_id == "structures"]
    assert new_store.get_setting(SETTING_FORM) == str(structures[-1].id)

    again = Preferences()  # read back from the file
    assert again.language == "fr"
    assert again.questionnaire == "structures"
    assert again.territory == "camvs"
    assert again.passphrase == "la sambre en hiver"
    assert again.export_folder == str(target)
    settings_file = Path(again.file_name())
    assert settings_file.is_relative_to(tmp_path)
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(settings_file).st_mode) == 0o600


def test_back_and_next_validation(
    qtbot, wizard: FirstRunWizard, new_store: Store, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    wizard.next()
    assert wizard.currentPage() is wizard.device_page
    assert not next_button.isEnabled()
    wizard.device_page.device_edit.setText("   ")
    assert not next_button.isEnabled()  # spaces are no name
    wizard.device_page.device_edit.setText("Portable 1")
    assert next_button.isEnabled()
    wizard.next()
    page = wizard.operators_page
    assert not next_button.isEnabled()  # the coordinator is required
    page.coordinator_edit.setText("Claire D.")
    assert next_button.isEnabled()
    page.password_edit.setText("abc")
    assert not next_button.isEnabled()  # too short
    page.password_edit.setText("abcdef")
    page.confirm_edit.setText("abcdeg")
    assert not next_button.isEnabled()
    assert "différentes" in page.message.text()
    page.confirm_edit.setText("abcdef")
    assert next_button.isEnabled() and not page.message.text()
    page.mediator_edit.setText("Samira B.")
    page.pin_edit.setText("12")
    wizard.next()  # a mediator typed but not added: added on « Suivant », unless refused
    assert wizard.currentPage() is page and "PIN" in page.message.text()
    page.pin_edit.setText("1234")
    wizard.next()
    assert page.mediators == [("Samira B.", "1234")]
    assert wizard.currentPage() is wizard.campaign_page
    wizard.back()
    wizard.back()
    assert wizard.device_page.device_edit.text() == "Portable 1"  # kept when going back
    wizard.next()
    wizard.next()
    wizard.next()
    phrase = wizard.passphrase_page
    assert wizard.currentPage() is phrase and next_button.isEnabled()  # optional
    phrase.passphrase_edit.setText("secret de campagne")
    assert not next_button.isEnabled()
    phrase.confirm_edit.setText("secret de campagne")
    assert next_button.isEnabled()
    # Cancelling (once confirmed) writes nothing.
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    wizard.reject()
    assert new_store.device() is None and new_store.operators() == []
    assert not Preferences().is_configured()


class FakeEnglish(QTranslator):
    """Translates a few of the wizard's strings, whatever the shipped catalogue holds."""

    WORDS = {"&Quitter": "&Quit", "Ordinateur": "Computer", "Opérateurs": "Operators"}

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]  # noqa: ANN001
        return self.WORDS.get(source, "")

    def isEmpty(self) -> bool:  # noqa: N802 (Qt API: an empty translator sends no LanguageChange)
        return False


def test_language_page_saves_and_applies_english_at_once(
    qtbot, wizard: FirstRunWizard, preferences: Preferences, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from inclusion_desktop.gui.common import i18n

    app = QApplication.instance()
    fake = FakeEnglish(app)
    installed: list[str] = []

    def install_language(application, code: str) -> bool:  # type: ignore[no-untyped-def]
        installed.append(code)
        if code == "en":
            application.installTranslator(fake)
        else:
            application.removeTranslator(fake)
        return True

    monkeypatch.setattr(i18n, "install_language", install_language)
    cancel = wizard.button(QWizard.WizardButton.CancelButton)
    try:
        assert cancel.text() == "&Quitter"
        qtbot.keyClick(wizard.language_page.buttons["fr"], Qt.Key.Key_Down)
        assert wizard.language_page.language() == "en" and installed == ["en"]
        qtbot.waitUntil(lambda: cancel.text() == "&Quit")  # LanguageChange is posted
        assert wizard.device_page.title() == "Computer"  # the Designer page too
        assert wizard.operators_page.title() == "Operators"
        wizard.next()
        wizard.device_page.device_edit.setText("Laptop 1")
        wizard.next()
        wizard.operators_page.coordinator_edit.setText("Claire D.")
        wizard.next()
        wizard.next()
        wizard.next()
        wizard.folder_page.folder_edit.setText(str(tmp_path / "exports"))
        wizard.accept()
        assert Preferences().language == "en"
    finally:
        app.removeTranslator(fake)
    qtbot.waitUntil(lambda: cancel.text() == "&Quitter")


def test_preferences_default_and_stay_in_tmp(preferences: Preferences, user_settings) -> None:  # type: ignore[no-untyped-def]
    assert not preferences.is_configured()
    assert (preferences.language, preferences.questionnaire, preferences.territory) == (
        "fr",
        "habitants",
        "camvs",
    )
    assert preferences.passphrase == "" and preferences.export_folder == ""
    preferences.language = "en"
    with pytest.raises(ValueError):
        preferences.language = "de"
    assert Path(preferences.file_name()).is_relative_to(user_settings)
    explicit = Preferences(QSettings(str(user_settings / "autre.ini"), QSettings.Format.IniFormat))
    assert explicit.language == "fr"
