"""Réglages (Fichier > Réglages…, Ctrl+,): what the first-run assistant asked, changed later.

Language, the laptop's name, the operators, the territory and default questionnaire, the
campaign passphrase and the export folder. The device name and the operators are in the store;
the rest in the laptop's preferences (QSettings).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QMetaMethod, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inclusion_desktop.gui.admin.first_run import (
    LANGUAGE_NAMES,
    hint_label,
    install_language,
    password_edit,
    store_forms,
    territory_summary,
)
from inclusion_desktop.gui.admin.operators_dialogs import OperatorsDialog
from inclusion_desktop.gui.common.messages import user_message
from inclusion_desktop.gui.common.settings import Preferences, default_export_folder
from inclusion_desktop.gui.common.widgets import choose_folder, show_status
from inclusion_desktop.questionnaire.bundled import TERRITORIES
from inclusion_desktop.store import ROLE_COORDINATOR, Store, StoreError

log = logging.getLogger(__name__)


def _form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


class SettingsDialog(QDialog):
    """Shows the saved settings; « Enregistrer » saves them and applies what it can at once.

    Signals:
        store_changed: the operators or the audited settings were written.
        questionnaire_chosen: another default questionnaire was saved.
        language_chosen(code): another interface language was saved.
    """

    store_changed = Signal()
    questionnaire_chosen = Signal()
    language_chosen = Signal(str)

    def __init__(
        self,
        store: Store,
        preferences: Preferences,
        parent: QWidget | None = None,
        *,
        acting_operator_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.preferences = preferences
        #: Who changes the settings: the coordinator who unlocked them, for the audit log.
        self.acting_operator_id = acting_operator_id
        self.setWindowTitle(self.tr("Réglages"))
        self.setMinimumSize(720, 500)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)
        self._build_general()
        self._build_operators()
        self._build_campaign()
        self._build_exports()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Enregistrer"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.load()

    # -- layout ------------------------------------------------------------------------------

    def _build_general(self) -> None:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        form = _form_layout()
        self.language_combo = QComboBox(page)
        for code, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name, code)
        language_label = QLabel(self.tr("&Langue de l'interface :"), page)
        language_label.setBuddy(self.language_combo)
        form.addRow(language_label, self.language_combo)
        self.device_edit = QLineEdit(page)
        self.device_edit.setMaxLength(120)
        device_label = QLabel(self.tr("&Nom de cet ordinateur :"), page)
        device_label.setBuddy(self.device_edit)
        form.addRow(device_label, self.device_edit)
        layout.addLayout(form)
        device_hint = hint_label(page)
        device_hint.setText(
            self.tr(
                "Le nom de cet ordinateur dans les exports et le journal d'activité ; les "
                "fichiers déjà exportés gardent l'ancien nom."
            )
        )
        layout.addWidget(device_hint)
        layout.addStretch(1)
        self.settings_file_label = hint_label(page)
        self.settings_file_label.setText(
            self.tr("Réglages de cet ordinateur enregistrés dans : {path}").format(
                path=self.preferences.file_name()
            )
        )
        layout.addWidget(self.settings_file_label)
        self.tabs.addTab(page, self.tr("&Général"))

    def _build_operators(self) -> None:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        intro = hint_label(page)
        intro.setText(
            self.tr(
                "Les personnes qui utilisent cet ordinateur. Le nom de chacune suit ses saisies "
                "et ses actions dans le journal d'activité."
            )
        )
        layout.addWidget(intro)
        self.operator_list = QListWidget(page)
        layout.addWidget(self.operator_list, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.manage_button = QPushButton(self.tr("Gérer les &opérateurs…"), page)
        self.manage_button.clicked.connect(self.manage_operators)
        row.addWidget(self.manage_button)
        layout.addLayout(row)
        self.tabs.addTab(page, self.tr("&Opérateurs"))

    def _build_campaign(self) -> None:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        territory_box = QGroupBox(self.tr("Territoire et questionnaire"), page)
        form = _form_layout()
        self.territory_combo = QComboBox(territory_box)
        for territory in TERRITORIES:
            self.territory_combo.addItem(territory.name, territory.code)
        territory_label = QLabel(self.tr("&Territoire :"), territory_box)
        territory_label.setBuddy(self.territory_combo)
        form.addRow(territory_label, self.territory_combo)
        self.form_combo = QComboBox(territory_box)
        for form_id, title in store_forms(self.store):
            self.form_combo.addItem(title, form_id)
        form_label = QLabel(self.tr("&Questionnaire :"), territory_box)
        form_label.setBuddy(self.form_combo)
        form.addRow(form_label, self.form_combo)
        for combo in (self.territory_combo, self.form_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(20)
        territory_layout = QVBoxLayout(territory_box)
        territory_layout.addLayout(form)
        territory_detail = hint_label(territory_box)
        territory_detail.setText(
            territory_summary()
            + " "
            + self.tr("Le questionnaire choisi est proposé pour chaque nouveau questionnaire.")
        )
        territory_layout.addWidget(territory_detail)
        layout.addWidget(territory_box)

        passphrase_box = QGroupBox(self.tr("Phrase de passe de campagne"), page)
        form = _form_layout()
        self.passphrase_edit = password_edit(passphrase_box)
        self.passphrase_edit.setPlaceholderText(self.tr("aucune : exports non chiffrés"))
        self.confirm_edit = password_edit(passphrase_box)
        self.confirm_edit.setPlaceholderText(self.tr("la même, une seconde fois"))
        passphrase_label = QLabel(self.tr("&Phrase de passe :"), passphrase_box)
        passphrase_label.setBuddy(self.passphrase_edit)
        confirm_label = QLabel(self.tr("&Confirmation :"), passphrase_box)
        confirm_label.setBuddy(self.confirm_edit)
        form.addRow(passphrase_label, self.passphrase_edit)
        form.addRow(confirm_label, self.confirm_edit)
        self.show_check = QCheckBox(self.tr("A&fficher ce qui est tapé"), passphrase_box)
        self.show_check.toggled.connect(self._on_show)
        form.addRow("", self.show_check)
        passphrase_layout = QVBoxLayout(passphrase_box)
        passphrase_layout.addLayout(form)
        passphrase_hint = hint_label(passphrase_box)
        passphrase_hint.setText(
            self.tr(
                "Elle chiffre les fichiers d'export (AES-256) ; la même sert à les fusionner. "
                "Laissez vide pour ne pas chiffrer."
            )
        )
        passphrase_layout.addWidget(passphrase_hint)
        layout.addWidget(passphrase_box)
        layout.addStretch(1)
        self.tabs.addTab(page, self.tr("&Campagne"))

    def _build_exports(self) -> None:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        self.folder_edit = QLineEdit(page)
        folder_label = QLabel(self.tr("&Dossier des exports :"), page)
        folder_label.setBuddy(self.folder_edit)
        choose = QPushButton(self.tr("C&hoisir…"), page)
        choose.clicked.connect(
            lambda: choose_folder(self, self.folder_edit, self.tr("Dossier des exports"))
        )
        row.addWidget(folder_label)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(choose)
        layout.addLayout(row)
        hint = hint_label(page)
        hint.setText(
            self.tr(
                "La fenêtre d'export s'ouvre sur ce dossier (il est créé s'il n'existe pas). "
                "Pour une clé USB, choisissez-la au moment d'exporter."
            )
        )
        layout.addWidget(hint)
        layout.addStretch(1)
        self.tabs.addTab(page, self.tr("E&xports"))

    # -- values ------------------------------------------------------------------------------

    def load(self) -> None:
        """Shows the saved values."""
        prefs = self.preferences
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(prefs.language)))
        device = self.store.device()
        self.device_edit.setText(device.name if device else "")
        self.refresh_operators()
        self.territory_combo.setCurrentIndex(max(0, self.territory_combo.findData(prefs.territory)))
        self.form_combo.setCurrentIndex(max(0, self.form_combo.findData(prefs.questionnaire)))
        for edit in (self.passphrase_edit, self.confirm_edit):
            edit.setText(prefs.passphrase)
        self.folder_edit.setText(prefs.export_folder or str(default_export_folder()))

    def refresh_operators(self) -> None:
        """Lists the operators with their role."""
        self.operator_list.clear()
        for operator in self.store.operators():
            role = (
                self.tr("coordinateur·rice")
                if operator.role == ROLE_COORDINATOR
                else self.tr("médiateur·rice")
            )
            secret = self.tr(", avec code ou mot de passe") if operator.has_secret else ""
            self.operator_list.addItem(f"{operator.name} — {role}{secret}")

    def manage_operators(self) -> None:
        """Opens the operators dialog (roles, PINs, passwords) of the operators module."""
        OperatorsDialog(self.store, self.acting_operator_id, self).exec()
        self.refresh_operators()
        self.store_changed.emit()

    def _on_show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for edit in (self.passphrase_edit, self.confirm_edit):
            edit.setEchoMode(mode)

    def _show(self, text: str, *, ok: bool) -> None:
        show_status(self.message, text, ok=ok)

    def _refuse(self, tab: int, widget: QWidget, text: str) -> None:
        self.tabs.setCurrentIndex(tab)
        widget.setFocus()
        self._show(text, ok=False)

    def _campaign_values(self) -> dict[str, str]:
        """The saved settings that shape the data, under the names the audit log gives them."""
        prefs = self.preferences
        return {
            "territoire": prefs.territory,
            "questionnaire": prefs.questionnaire,
            "dossier des exports": prefs.export_folder,
            "phrase de passe de campagne": prefs.passphrase,
        }

    def _audit_changes(self, before: dict[str, str], after: dict[str, str]) -> None:
        """Writes each changed setting to the audit log, by the coordinator who opened Réglages."""
        operator_id = self.acting_operator_id
        for name, value in after.items():
            if value == before[name]:
                continue
            if name == "phrase de passe de campagne":
                # Only that it changed: the passphrase itself never goes to the log.
                value = "modifiée" if value else "retirée"
            self.store.record_setting_change(name, value, operator_id=operator_id)

    def save(self) -> None:
        """Checks, saves and applies the settings, then closes; a refusal keeps it open."""
        prefs = self.preferences
        device_name = " ".join(self.device_edit.text().split())
        if not device_name:
            self._refuse(0, self.device_edit, self.tr("Le nom de l'ordinateur est obligatoire."))
            return
        passphrase = self.passphrase_edit.text()
        if passphrase != self.confirm_edit.text():
            self._refuse(
                2,
                self.confirm_edit,
                self.tr("Les deux saisies de la phrase de passe sont différentes."),
            )
            return
        if passphrase != passphrase.strip():
            self._refuse(2, self.passphrase_edit, self.tr("Pas d'espace au début ni à la fin."))
            return
        folder = self.folder_edit.text().strip()
        if folder:
            try:
                Path(folder).expanduser().mkdir(parents=True, exist_ok=True)
            except OSError as error:
                self._refuse(
                    3,
                    self.folder_edit,
                    self.tr("Ce dossier ne peut pas être créé : {error}").format(
                        error=user_message(error)
                    ),
                )
                return
        device = self.store.device()
        if device is None or device.name != device_name:
            try:
                self.store.set_device_name(device_name)
            except StoreError as error:
                self._refuse(0, self.device_edit, user_message(error))
                return
        questionnaire_changed = self.form_combo.currentData() != prefs.questionnaire
        before = self._campaign_values()
        prefs.territory = str(self.territory_combo.currentData())
        if self.form_combo.currentData():
            prefs.questionnaire = str(self.form_combo.currentData())
        prefs.passphrase = passphrase
        prefs.export_folder = str(Path(folder).expanduser()) if folder else ""
        self._audit_changes(before, self._campaign_values())
        language = str(self.language_combo.currentData())
        language_changed = language != prefs.language
        prefs.language = language
        if questionnaire_changed:
            self.questionnaire_chosen.emit()
        self.store_changed.emit()
        self.accept()
        if language_changed:
            if self.isSignalConnected(QMetaMethod.fromSignal(self.language_chosen)):
                self.language_chosen.emit(language)
            else:  # opened on its own: nothing to rebuild, only the language to install
                install_language(language)
        log.info("Réglages enregistrés (%s)", prefs.file_name())
