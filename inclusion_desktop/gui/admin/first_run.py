"""The first-run assistant: language, laptop, operators, campaign, passphrase, export folder.

Every page can be done with the keyboard: Tab between fields, Entrée for « Suivant » once the
page is valid. The device and the operators go to the store; the rest to the laptop's
preferences (QSettings). The « Ordinateur » page's layout is ui/first_run.ui.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from inclusion_desktop.gui.common.messages import user_message
from inclusion_desktop.gui.common.settings import (
    DEFAULT_QUESTIONNAIRE,
    Preferences,
    default_export_folder,
)
from inclusion_desktop.gui.common.widgets import choose_folder, show_status
from inclusion_desktop.gui.generated.ui_first_run import Ui_DevicePage
from inclusion_desktop.questionnaire.bundled import TERRITORIES, territory_neighbourhoods
from inclusion_desktop.services.access import SecretProblem
from inclusion_desktop.services.access import secret_problem as rule_problem
from inclusion_desktop.services.provisioning import MediatorPlan, SetupPlan, provision
from inclusion_desktop.store import MIN_SECRET_LENGTH, Store, StoreError

log = logging.getLogger(__name__)

#: The interface languages, each named in its own language.
LANGUAGE_NAMES = (("fr", "Français"), ("en", "English"))
#: Form titles when the store holds no questionnaire yet.
FALLBACK_FORMS = (("habitants", "Enquête habitants"), ("structures", "Enquête structures"))
#: A PIN: digits only, 4 to 8 of them.
PIN_PATTERN = QRegularExpression(r"\d{0,8}")


def install_language(code: str) -> bool:
    """Applies the interface language now, when the translations module is there."""
    try:
        from inclusion_desktop.gui.common import i18n
    except ImportError:
        return False
    app = QApplication.instance()
    if not isinstance(app, QApplication) or not hasattr(i18n, "install_language"):
        return False
    i18n.install_language(app, code)
    return True


def store_forms(store: Store) -> list[tuple[str, str]]:
    """(form id, title) of the latest version of each registered questionnaire."""
    latest: dict[str, str] = {}
    for version in store.form_versions():
        latest[version.form_id] = version.title
    return list(latest.items()) or list(FALLBACK_FORMS)


def territory_summary() -> str:
    """« 4 communes, 13 quartiers » for the shipped territory file."""
    neighbourhoods = territory_neighbourhoods()
    communes = list(dict.fromkeys(n.commune_name for n in neighbourhoods))
    return QApplication.translate(
        "FirstRunWizard", "{communes} communes ({names}) ; {count} quartiers dans les listes."
    ).format(communes=len(communes), names=", ".join(communes), count=len(neighbourhoods))


def secret_problem(secret: str, confirmation: str) -> str:
    """Why a PIN or password typed twice cannot be kept ("" when it can, or when empty)."""
    # Spelled out (no alias): lupdate only finds the strings of QApplication.translate(…) calls.
    if not secret and not confirmation:
        return ""
    problem = rule_problem(secret, confirmation)
    if problem is SecretProblem.TOO_SHORT:
        return QApplication.translate("FirstRunWizard", "Au moins {n} caractères.").format(
            n=MIN_SECRET_LENGTH
        )
    if problem is SecretProblem.EDGE_SPACE:
        return QApplication.translate("FirstRunWizard", "Pas d'espace au début ni à la fin.")
    if problem is SecretProblem.MISMATCH:
        return QApplication.translate("FirstRunWizard", "Les deux saisies sont différentes.")
    return ""


def password_edit(parent: QWidget) -> QLineEdit:
    """A field that hides what is typed."""
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def hint_label(parent: QWidget) -> QLabel:
    """A grey, wrapped explanation."""
    label = QLabel(parent)
    label.setObjectName("hintLabel")
    label.setWordWrap(True)
    return label


class _Page(QWizardPage):
    """A page whose texts are set in retranslate(), again when the language changes."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        """Sets the texts again in the new language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Sets every visible text (overridden)."""


class LanguagePage(_Page):
    """Français or English, applied at once when translations are installed."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for code, name in LANGUAGE_NAMES:
            button = QRadioButton(name, self)
            button.setObjectName(f"language_{code}")
            self.group.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button)
        self.buttons.get(language, self.buttons["fr"]).setChecked(True)
        self.note = hint_label(self)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.group.buttonToggled.connect(self._on_toggled)
        self.retranslate()

    def language(self) -> str:
        """The chosen language's code."""
        return next(code for code, button in self.buttons.items() if button.isChecked())

    def _on_toggled(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            install_language(self.language())

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        """The chosen language has the focus: ↑/↓ changes it, Entrée goes on."""
        self.buttons[self.language()].setFocus()

    def retranslate(self) -> None:
        """Sets the page's texts."""
        self.setTitle(self.tr("Langue — Language"))
        self.setSubTitle(self.tr("La langue des menus et des fenêtres de l'application."))
        self.intro.setText(
            self.tr(
                "Les questionnaires gardent leurs propres langues : elles se choisissent "
                "pendant l'entretien, selon la personne interrogée."
            )
        )
        self.note.setText(
            self.tr("Flèches ↑ et ↓ pour choisir, Entrée pour continuer. Modifiable plus tard.")
        )


class DevicePage(_Page):
    """The laptop's name, required (layout: ui/first_run.ui)."""

    def __init__(self, device_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DevicePage()
        self.ui.setupUi(self)
        self.device_edit = self.ui.device_edit
        self.device_edit.setText(device_name)
        self.registerField("device*", self.device_edit)

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        """The name field has the focus."""
        self.device_edit.setFocus()

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        """A name made of more than spaces."""
        return bool(self.device_edit.text().strip())

    def retranslate(self) -> None:
        """Sets the page's texts (from the Designer file)."""
        self.ui.retranslateUi(self)


class OperatorsPage(_Page):
    """The coordinator (required, password advised) and any number of mediators with a PIN."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mediators: list[tuple[str, str]] = []
        layout = QVBoxLayout(self)
        layout.setSpacing(8)

        self.coordinator_box = QGroupBox(self)
        coordinator_layout = QVBoxLayout(self.coordinator_box)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.coordinator_edit = QLineEdit(self.coordinator_box)
        self.coordinator_edit.setMaxLength(200)
        self.password_edit = password_edit(self.coordinator_box)
        self.confirm_edit = password_edit(self.coordinator_box)
        self.coordinator_label = QLabel(self.coordinator_box)
        self.password_label = QLabel(self.coordinator_box)
        self.confirm_label = QLabel(self.coordinator_box)
        for label, edit in (
            (self.coordinator_label, self.coordinator_edit),
            (self.password_label, self.password_edit),
            (self.confirm_label, self.confirm_edit),
        ):
            label.setBuddy(edit)
            form.addRow(label, edit)
        coordinator_layout.addLayout(form)
        self.password_note = hint_label(self.coordinator_box)
        coordinator_layout.addWidget(self.password_note)
        layout.addWidget(self.coordinator_box)

        self.mediators_box = QGroupBox(self)
        box = QVBoxLayout(self.mediators_box)
        row = QHBoxLayout()
        self.mediator_label = QLabel(self.mediators_box)
        self.mediator_edit = QLineEdit(self.mediators_box)
        self.mediator_edit.setMaxLength(200)
        self.mediator_label.setBuddy(self.mediator_edit)
        self.pin_label = QLabel(self.mediators_box)
        self.pin_edit = password_edit(self.mediators_box)
        self.pin_edit.setValidator(QRegularExpressionValidator(PIN_PATTERN, self.pin_edit))
        self.pin_edit.setMaximumWidth(110)
        self.pin_label.setBuddy(self.pin_edit)
        self.add_button = QPushButton(self.mediators_box)
        self.add_button.clicked.connect(self.add_mediator)
        row.addWidget(self.mediator_label)
        row.addWidget(self.mediator_edit, 1)
        row.addWidget(self.pin_label)
        row.addWidget(self.pin_edit)
        row.addWidget(self.add_button)
        box.addLayout(row)
        list_row = QHBoxLayout()
        self.mediator_list = QListWidget(self.mediators_box)
        self.mediator_list.setMinimumHeight(70)
        self.remove_button = QPushButton(self.mediators_box)
        self.remove_button.clicked.connect(self.remove_mediator)
        list_row.addWidget(self.mediator_list, 1)
        list_row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(list_row)
        self.mediators_note = hint_label(self.mediators_box)
        box.addWidget(self.mediators_note)
        layout.addWidget(self.mediators_box, 1)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        self.registerField("coordinator*", self.coordinator_edit)
        for edit in (self.coordinator_edit, self.password_edit, self.confirm_edit):
            edit.textChanged.connect(self._on_changed)
        # Entrée in the mediator fields adds the person instead of leaving the page.
        for edit in (self.mediator_edit, self.pin_edit):
            edit.installEventFilter(self)
        self.mediator_list.installEventFilter(self)
        self.retranslate()
        self._refresh_list()

    def retranslate(self) -> None:
        """Sets the page's texts."""
        self.setTitle(self.tr("Opérateurs"))
        self.setSubTitle(
            self.tr("Les personnes qui utilisent cet ordinateur ; leur nom suit chaque saisie.")
        )
        self.coordinator_box.setTitle(self.tr("Coordinateur ou coordinatrice (obligatoire)"))
        self.coordinator_label.setText(self.tr("&Nom :"))
        self.coordinator_edit.setPlaceholderText(self.tr("ex. Claire D."))
        self.password_label.setText(self.tr("Mot de &passe :"))
        self.confirm_label.setText(self.tr("&Confirmation :"))
        self.password_edit.setPlaceholderText(
            self.tr("facultatif, au moins {n} caractères").format(n=MIN_SECRET_LENGTH)
        )
        self.confirm_edit.setPlaceholderText(self.tr("le même, une seconde fois"))
        self.password_note.setText(
            self.tr(
                "Conseil : choisissez un mot de passe. Il réserve à la coordination les "
                "réglages, les opérateurs et les suppressions. Vous pourrez aussi le définir "
                "plus tard."
            )
        )
        self.mediators_box.setTitle(self.tr("Médiateurs et médiatrices (facultatif)"))
        self.mediator_label.setText(self.tr("N&om :"))
        self.mediator_edit.setPlaceholderText(self.tr("ex. Samira B."))
        self.pin_label.setText(self.tr("Code P&IN :"))
        self.pin_edit.setPlaceholderText(self.tr("facultatif"))
        self.add_button.setText(self.tr("&Ajouter"))
        self.remove_button.setText(self.tr("&Retirer"))
        self.mediators_note.setText(
            self.tr(
                "Entrée dans le nom ou le code ajoute la personne à la liste ; le code PIN "
                "compte de 4 à 8 chiffres. D'autres personnes pourront être ajoutées plus tard."
            )
        )
        self._refresh_list()
        self._on_changed()

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        """The coordinator's name has the focus."""
        self.coordinator_edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """Entrée in a filled mediator field adds the mediator; Suppr in the list removes one."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.mediator_list and key == Qt.Key.Key_Delete:
                self.remove_mediator()
                return True
            if (
                watched in (self.mediator_edit, self.pin_edit)
                and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.mediator_edit.text().strip()
            ):
                if self.add_mediator():
                    self.mediator_edit.setFocus()
                return True
        return super().eventFilter(watched, event)

    def _names(self) -> set[str]:
        names = {name.casefold() for name, _ in self.mediators}
        coordinator = " ".join(self.coordinator_edit.text().split())
        if coordinator:
            names.add(coordinator.casefold())
        return names

    def add_mediator(self) -> bool:
        """Adds the typed mediator to the list; False (with the reason shown) if refused."""
        name = " ".join(self.mediator_edit.text().split())
        pin = self.pin_edit.text()
        if not name:
            self._show(self.tr("Tapez d'abord le nom de la personne."))
            return False
        if name.casefold() in self._names():
            self._show(self.tr("{name} est déjà dans la liste.").format(name=name))
            return False
        if pin and rule_problem(pin) is SecretProblem.TOO_SHORT:
            self._show(
                self.tr("Le code PIN compte au moins {n} chiffres.").format(n=MIN_SECRET_LENGTH)
            )
            self.pin_edit.setFocus()
            return False
        self.mediators.append((name, pin))
        self.mediator_edit.clear()
        self.pin_edit.clear()
        self._refresh_list()
        self._show("")
        return True

    def remove_mediator(self) -> None:
        """Removes the selected mediator from the list."""
        row = self.mediator_list.currentRow()
        if 0 <= row < len(self.mediators):
            del self.mediators[row]
            self._refresh_list()
            self.mediator_list.setCurrentRow(min(row, len(self.mediators) - 1))

    def _refresh_list(self) -> None:
        self.mediator_list.clear()
        for name, pin in self.mediators:
            detail = self.tr("avec code PIN") if pin else self.tr("sans code PIN")
            QListWidgetItem(f"{name} — {detail}", self.mediator_list)
        self.remove_button.setEnabled(bool(self.mediators))

    def password_problem(self) -> str:
        """Why the coordinator's password cannot be kept ("" when it can)."""
        return secret_problem(self.password_edit.text(), self.confirm_edit.text())

    def _on_changed(self) -> None:
        problem = self.password_problem()
        # Say nothing while the confirmation is still being typed.
        typing = self.confirm_edit.text() and self.password_edit.text().startswith(
            self.confirm_edit.text()
        )
        self._show("" if typing or not self.confirm_edit.text() else problem)
        self.completeChanged.emit()

    def _show(self, text: str) -> None:
        show_status(self.message, text, ok=False)

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        """A coordinator's name and, if a password is typed, the same twice."""
        return bool(self.coordinator_edit.text().strip()) and not self.password_problem()

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        """A mediator typed but not added yet is added, not lost."""
        if self.mediator_edit.text().strip():
            return self.add_mediator()
        return True


class CampaignPage(_Page):
    """The territory surveyed and the questionnaire new interviews use."""

    def __init__(self, forms: list[tuple[str, str]], prefs: Preferences, parent: QWidget | None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.territory_box = QGroupBox(self)
        territory_layout = QVBoxLayout(self.territory_box)
        row = QHBoxLayout()
        self.territory_label = QLabel(self.territory_box)
        self.territory_combo = QComboBox(self.territory_box)
        for territory in TERRITORIES:
            self.territory_combo.addItem(territory.name, territory.code)
        self.territory_combo.setCurrentIndex(max(0, self.territory_combo.findData(prefs.territory)))
        self.territory_label.setBuddy(self.territory_combo)
        row.addWidget(self.territory_label)
        row.addWidget(self.territory_combo, 1)
        territory_layout.addLayout(row)
        self.territory_detail = hint_label(self.territory_box)
        territory_layout.addWidget(self.territory_detail)
        layout.addWidget(self.territory_box)

        self.form_box = QGroupBox(self)
        box = QVBoxLayout(self.form_box)
        self.form_group = QButtonGroup(self)
        self.form_buttons: dict[str, QRadioButton] = {}
        for form_id, title in forms:
            button = QRadioButton(title, self.form_box)
            button.setObjectName(f"form_{form_id}")
            self.form_group.addButton(button)
            self.form_buttons[form_id] = button
            box.addWidget(button)
        chosen = prefs.questionnaire
        if chosen not in self.form_buttons:
            chosen = DEFAULT_QUESTIONNAIRE if DEFAULT_QUESTIONNAIRE in self.form_buttons else ""
        (self.form_buttons.get(chosen) or next(iter(self.form_buttons.values()))).setChecked(True)
        self.form_note = hint_label(self.form_box)
        box.addWidget(self.form_note)
        layout.addWidget(self.form_box)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        """Sets the page's texts."""
        self.setTitle(self.tr("Territoire et questionnaire"))
        self.setSubTitle(self.tr("Ce que cet ordinateur sert à collecter."))
        self.territory_box.setTitle(self.tr("Territoire enquêté"))
        self.territory_label.setText(self.tr("&Territoire :"))
        self.territory_combo.setAccessibleName(self.tr("Territoire"))  # a combo reads its value
        self.territory_detail.setText(territory_summary())
        self.form_box.setTitle(self.tr("Questionnaire proposé par défaut"))
        self.form_note.setText(
            self.tr(
                "L'écran d'accueil le propose pour chaque nouveau questionnaire ; l'autre reste "
                "disponible dans la liste."
            )
        )

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        """The territory list has the focus."""
        self.territory_combo.setFocus()

    def territory(self) -> str:
        """The chosen territory's code."""
        return str(self.territory_combo.currentData())

    def questionnaire(self) -> str:
        """The chosen form id."""
        return next(fid for fid, button in self.form_buttons.items() if button.isChecked())


class PassphrasePage(_Page):
    """The campaign passphrase that encrypts export files: optional, typed twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.passphrase_label = QLabel(self)
        self.confirm_label = QLabel(self)
        self.passphrase_edit = password_edit(self)
        self.confirm_edit = password_edit(self)
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.confirm_label.setBuddy(self.confirm_edit)
        form.addRow(self.passphrase_label, self.passphrase_edit)
        form.addRow(self.confirm_label, self.confirm_edit)
        self.show_check = QCheckBox(self)
        self.show_check.toggled.connect(self._on_show)
        form.addRow("", self.show_check)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.note = hint_label(self)
        layout.addWidget(self.note)
        layout.addStretch(1)
        for edit in (self.passphrase_edit, self.confirm_edit):
            edit.textChanged.connect(self._on_changed)
        self.retranslate()

    def retranslate(self) -> None:
        """Sets the page's texts."""
        self.setTitle(self.tr("Phrase de passe de campagne"))
        self.setSubTitle(self.tr("Facultative : elle chiffre les fichiers d'export."))
        self.explanation.setText(
            self.tr(
                "Les fichiers d'export contiennent les réponses des personnes interrogées. "
                "Avec une phrase de passe, ils sont chiffrés (AES-256) : une clé USB perdue "
                "ne laisse rien lire. La coordination choisit une phrase pour toute la "
                "campagne et la donne à chaque ordinateur ; sans elle, les fichiers ne peuvent "
                "pas être fusionnés."
            )
        )
        self.passphrase_label.setText(self.tr("&Phrase de passe :"))
        self.confirm_label.setText(self.tr("&Confirmation :"))
        self.passphrase_edit.setPlaceholderText(
            self.tr("laisser vide pour ne pas chiffrer ; plusieurs mots, c'est plus sûr")
        )
        self.confirm_edit.setPlaceholderText(self.tr("la même, une seconde fois"))
        self.show_check.setText(self.tr("&Afficher ce qui est tapé"))
        self.note.setText(
            self.tr(
                "Elle est gardée sur cet ordinateur, dans un fichier lisible par votre seul "
                "compte, et proposée à chaque export. Modifiable dans les réglages."
            )
        )
        self._on_changed()

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        """The passphrase field has the focus."""
        self.passphrase_edit.setFocus()

    def _on_show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for edit in (self.passphrase_edit, self.confirm_edit):
            edit.setEchoMode(mode)

    def passphrase(self) -> str:
        """The passphrase ("" for none)."""
        return self.passphrase_edit.text()

    def problem(self) -> str:
        """Why the passphrase cannot be kept ("" when it can, or when left empty)."""
        first, second = self.passphrase_edit.text(), self.confirm_edit.text()
        if first != first.strip():
            return self.tr("Pas d'espace au début ni à la fin.")
        if first != second:
            return self.tr("Les deux saisies sont différentes.")
        return ""

    def _on_changed(self) -> None:
        typing = self.passphrase_edit.text().startswith(self.confirm_edit.text())
        problem = self.problem()
        shown = "" if typing or not self.confirm_edit.text() else problem
        show_status(self.message, shown, ok=False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        """Empty, or the same passphrase twice."""
        return not self.problem()


class ExportFolderPage(_Page):
    """Where the export files go by default."""

    def __init__(self, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        row = QHBoxLayout()
        self.folder_label = QLabel(self)
        self.folder_edit = QLineEdit(folder, self)
        self.folder_label.setBuddy(self.folder_edit)
        self.choose_button = QPushButton(self)
        self.choose_button.clicked.connect(
            lambda: choose_folder(self, self.folder_edit, self.tr("Dossier des exports"))
        )
        row.addWidget(self.folder_label)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.choose_button)
        layout.addLayout(row)
        self.note = hint_label(self)
        layout.addWidget(self.note)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.summary_box = QGroupBox(self)
        summary_layout = QVBoxLayout(self.summary_box)
        self.summary = QLabel(self.summary_box)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        summary_layout.addWidget(self.summary)
        layout.addWidget(self.summary_box)
        layout.addStretch(1)
        self.folder_edit.textChanged.connect(self.completeChanged)
        self.retranslate()

    def retranslate(self) -> None:
        """Sets the page's texts."""
        self.setTitle(self.tr("Dossier des exports"))
        self.setSubTitle(self.tr("Où l'export des questionnaires écrit ses fichiers."))
        self.intro.setText(
            self.tr(
                "La fenêtre d'export s'ouvre sur ce dossier. Pour remettre les fichiers à la "
                "coordination sur une clé USB, choisissez la clé au moment d'exporter."
            )
        )
        self.folder_label.setText(self.tr("&Dossier :"))
        self.choose_button.setText(self.tr("C&hoisir…"))
        self.note.setText(self.tr("Le dossier est créé s'il n'existe pas encore."))
        self.summary_box.setTitle(self.tr("Récapitulatif : « Terminer » enregistre"))
        wizard = self.wizard()
        if isinstance(wizard, FirstRunWizard):
            self.summary.setText(wizard.summary())

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        """The folder field has the focus; the summary says what « Terminer » saves."""
        self.retranslate()
        self.folder_edit.setFocus()

    def folder(self) -> str:
        """The chosen folder."""
        return self.folder_edit.text().strip()

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        """A folder is given."""
        return bool(self.folder())

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        """The folder exists, or can be created."""
        try:
            Path(self.folder()).expanduser().mkdir(parents=True, exist_ok=True)
        except OSError as error:
            show_status(
                self.message,
                self.tr("Ce dossier ne peut pas être créé : {error}").format(
                    error=user_message(error)
                ),
                ok=False,
            )
            return False
        return True


class FirstRunWizard(QWizard):
    """Asks, once per laptop, what the app needs; Terminer saves it (see `apply`)."""

    def __init__(
        self, store: Store, preferences: Preferences, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.preferences = preferences
        self.setObjectName("firstRunWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(740, 600)  # fits a 1366×768 screen with its title and task bars
        device = store.device()
        self.language_page = LanguagePage(preferences.language, self)
        self.device_page = DevicePage(device.name if device else "", self)
        self.operators_page = OperatorsPage(self)
        self.campaign_page = CampaignPage(store_forms(store), preferences, self)
        self.passphrase_page = PassphrasePage(self)
        self.folder_page = ExportFolderPage(
            preferences.export_folder or str(default_export_folder()), self
        )
        for page in (
            self.language_page,
            self.device_page,
            self.operators_page,
            self.campaign_page,
            self.passphrase_page,
            self.folder_page,
        ):
            self.addPage(page)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        """Sets the window's texts again in the new language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The window title and the buttons."""
        self.setWindowTitle(self.tr("Bienvenue — premier lancement"))
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< &Précédent")),
            (QWizard.WizardButton.NextButton, self.tr("&Suivant >")),
            (QWizard.WizardButton.FinishButton, self.tr("&Terminer")),
            (QWizard.WizardButton.CancelButton, self.tr("&Quitter")),
        ):
            self.setButtonText(button, text)

    def summary(self) -> str:
        """What « Terminer » will save, one line per page."""
        operators = self.operators_page
        coordinator = " ".join(operators.coordinator_edit.text().split())
        if operators.password_edit.text():
            coordinator = self.tr("{name}, avec mot de passe").format(name=coordinator)
        mediators = ", ".join(name for name, _ in operators.mediators) or self.tr("aucun")
        campaign = self.campaign_page
        form = campaign.form_buttons[campaign.questionnaire()].text()
        encrypted = self.tr("oui") if self.passphrase_page.passphrase() else self.tr("non")
        lines = (
            self.tr("Langue : {value}").format(
                value=dict(LANGUAGE_NAMES)[self.language_page.language()]
            ),
            self.tr("Ordinateur : {value}").format(
                value=" ".join(self.device_page.device_edit.text().split())
            ),
            self.tr("Coordination : {value}").format(value=coordinator),
            self.tr("Médiateurs : {value}").format(value=mediators),
            self.tr("Territoire : {value}").format(value=campaign.territory_combo.currentText()),
            self.tr("Questionnaire : {value}").format(value=form),
            self.tr("Exports chiffrés : {value}").format(value=encrypted),
        )
        return "\n".join(lines)

    def reject(self) -> None:
        """Échap or « Quitter »: asks first, since quitting closes the application."""
        answer = QMessageBox.question(
            self,
            self.tr("Quitter l'assistant ?"),
            self.tr(
                "Rien de ce qui a été saisi n'est gardé et l'application se ferme ; "
                "l'assistant reviendra au prochain lancement.\n\nQuitter quand même ?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            super().reject()

    def accept(self) -> None:
        """Saves everything, then closes; a refusal of the store is shown and nothing closes."""
        try:
            self.apply()
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Enregistrement impossible"), user_message(error))
            return
        super().accept()

    def apply(self) -> None:
        """Writes the device and operators to the store (one transaction), then the preferences.

        A refusal of the store leaves both the store and the preferences as they were.
        """
        store, prefs = self.store, self.preferences
        page = self.operators_page
        form_id = self.campaign_page.questionnaire()
        provision(
            store,
            SetupPlan(
                device_name=self.device_page.device_edit.text(),
                coordinator_name=page.coordinator_edit.text(),
                coordinator_password=page.password_edit.text(),
                mediators=tuple(MediatorPlan(name, pin) for name, pin in page.mediators),
                form_id=form_id,
            ),
        )
        prefs.language = self.language_page.language()
        prefs.territory = self.campaign_page.territory()
        prefs.questionnaire = form_id
        prefs.passphrase = self.passphrase_page.passphrase()
        prefs.export_folder = str(Path(self.folder_page.folder()).expanduser())
        log.info("Premier lancement terminé : %s", store.device())
