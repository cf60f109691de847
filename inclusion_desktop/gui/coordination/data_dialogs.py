"""Answers as a table for other tools (Excel, CSV, Stata), and imports of KoboToolbox / ODK exports.

The same work as ``inclusion-desktop data export`` and ``data import``, off the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inclusion_desktop.errors import AppError
from inclusion_desktop.gui.common.messages import as_sentence, translate, user_message
from inclusion_desktop.gui.common.settings import Preferences, default_export_folder
from inclusion_desktop.gui.common.task_dialog import TaskDialog
from inclusion_desktop.gui.common.widgets import file_row, fit_height, folder_row, show_status
from inclusion_desktop.gui.field.form_view import language_display_name
from inclusion_desktop.store import Store, StoreError
from inclusion_desktop.store.keys import SettingKey
from inclusion_desktop.sync.tabular import ExportResult, ImportReport
from inclusion_desktop.territory import store_neighbourhoods

# Store settings remembering the last export's folder, format and label language.
SETTING_FOLDER = SettingKey.DATA_EXPORT_FOLDER
SETTING_FORMAT = SettingKey.DATA_EXPORT_FORMAT
SETTING_LANGUAGE = SettingKey.DATA_EXPORT_LANGUAGE
_FORMATS = (("Excel (.xlsx)", "xlsx"), ("CSV (.csv)", "csv"), ("Stata (.dta)", "dta"))
_WARNING_STYLE = "color: #8a4b00; font-weight: 600;"


def form_languages(store: Store, *, newest: int = 3) -> list[str]:
    """The label languages of the newest registered form versions, newest first, no repeats."""
    languages: list[str] = []
    seen: set[str] = set()
    for info in reversed(store.form_versions()):
        if info.sha256 in seen:
            continue
        seen.add(info.sha256)
        if len(seen) > newest:
            break
        try:
            form = store.stored_form(info.id)
        except AppError:  # a form the engine refuses (or a missing version) offers no language
            continue
        languages += [lang for lang in form.languages if lang and lang not in languages]
    return languages


class DataExportDialog(TaskDialog):
    """Writes every complete questionnaire as a table (xlsx, csv or dta) in a chosen folder."""

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        preferences: Preferences | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        #: What the last export wrote.
        self.outcome: ExportResult | None = None
        self.setWindowTitle(self.tr("Exporter les réponses (tableau)"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Une ligne par questionnaire terminé, avec les colonnes nommées comme dans "
                "KoboToolbox, pour un tableur, R ou Stata. Les groupes répétés vont dans d'autres "
                "feuilles du classeur, ou dans des fichiers à côté du premier."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addSpacing(6)
        self.warning = QLabel(
            self.tr(
                "⚠ Ce fichier contient toutes les réponses, textes libres compris : quiconque "
                "l'obtient peut les lire. Rangez-le en lieu sûr et ne l'envoyez pas sans "
                "protection."
            ),
            self,
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(_WARNING_STYLE)
        layout.addWidget(self.warning)
        form = QFormLayout()
        self.format_combo = QComboBox(self)
        for text, code in _FORMATS:
            self.format_combo.addItem(text, code)
        self.format_combo.setCurrentIndex(
            max(self.format_combo.findData(store.get_setting(SETTING_FORMAT) or "xlsx"), 0)
        )
        form.addRow(self.tr("Format :"), self.format_combo)
        self.folder_edit = QLineEdit(self)
        form.addRow(
            self.tr("Dossier :"),
            folder_row(self, self.folder_edit, self.tr("Dossier du tableau")),
        )
        self.language_combo = QComboBox(self)
        self.language_combo.addItem(self.tr("Codes des réponses (sans libellés)"), "")
        for language in form_languages(store):
            self.language_combo.addItem(
                self.tr("Libellés : {language}").format(language=language_display_name(language)),
                language,
            )
        self.language_combo.setCurrentIndex(
            max(self.language_combo.findData(store.get_setting(SETTING_LANGUAGE) or ""), 0)
        )
        form.addRow(self.tr("Réponses :"), self.language_combo)
        layout.addLayout(form)
        self.add_task_area(layout, busy=True)
        self.add_buttons(layout)
        self.export_button = self.add_button(
            self.tr("Exporter"), QDialogButtonBox.ButtonRole.AcceptRole, self.start
        )
        self.open_button = self.add_button(
            self.tr("Ouvrir le dossier"), QDialogButtonBox.ButtonRole.ActionRole, self.open_folder
        )
        self.close_button = self.add_button(
            self.tr("Fermer"), QDialogButtonBox.ButtonRole.RejectRole, self.reject
        )
        self.open_button.hide()
        # The folder used last time while it exists, else the export folder of the settings.
        prefs = preferences or Preferences()
        last = store.get_setting(SETTING_FOLDER)
        if last and Path(last).is_dir():
            self.folder_edit.setText(last)
        else:
            self.folder_edit.setText(prefs.export_folder or str(default_export_folder()))

    def target(self, folder: Path, fmt: str) -> Path:
        """A new file name in `folder` that says when: reponses-AAAAMMJJ-HHMMSS.<format>."""
        name = f"reponses-{dt.datetime.now():%Y%m%d-%H%M%S}"
        target, copy = folder / f"{name}.{fmt}", 1
        while target.exists():  # two exports within the same second
            copy += 1
            target = folder / f"{name}-{copy}.{fmt}"
        return target

    def start(self) -> None:
        """Writes the table(s) on a worker thread."""
        from inclusion_desktop.sync.tabular import export_tables

        text = self.folder_edit.text().strip()
        if not text:
            self.show_message(self.tr("Choisissez un dossier."), ok=False)
            return
        folder = Path(text)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.show_message(
                self.tr("Dossier impossible à créer : {error}").format(error=user_message(error)),
                ok=False,
            )
            return
        fmt = str(self.format_combo.currentData())
        language = str(self.language_combo.currentData()) or None
        self.store.set_setting(SETTING_FOLDER, str(folder))
        self.store.set_setting(SETTING_FORMAT, fmt)
        self.store.set_setting(SETTING_LANGUAGE, language or "")
        target = self.target(folder, fmt)
        self.open_button.hide()
        self.run_task(
            lambda report: export_tables(self.store, target, fmt=fmt, language=language),
            self.tr("Écriture du tableau…"),
            lock=[self.export_button],
            on_done=self._on_done,
            failure=self.tr("Export impossible : {reason}"),
        )

    def _on_done(self, result: ExportResult) -> None:
        self.outcome = result
        self.open_button.show()
        main = result.files[0]
        lines = [
            self.tr("✓ %n questionnaire(s) écrits dans {file}.", "", result.rows).format(
                file=main.name
            )
        ]
        repeat_files = result.files[1:]
        for index, (name, count) in enumerate(result.repeat_rows.items()):
            if index < len(repeat_files):
                line = self.tr("Répétition « {name} » : %n ligne(s) dans {file}.", "", count)
                lines.append(line.format(name=name, file=repeat_files[index].name))
            else:
                line = self.tr(
                    "Répétition « {name} » : %n ligne(s), feuille du classeur.", "", count
                )
                lines.append(line.format(name=name))
        lines.append(self.tr("Dossier : {folder}").format(folder=main.parent))
        self.show_message("\n".join(lines), ok=True)

    def open_folder(self) -> None:
        """Opens the folder of the table in the file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder_edit.text().strip()))


class DataImportDialog(TaskDialog):
    """Imports a KoboToolbox / ODK Central export with its XLSForm, off the GUI thread."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Importer des données (Kobo, ODK)"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Importe un export de KoboToolbox ou d'ODK Central (CSV ou Excel) avec le "
                "formulaire XLSForm qui a servi à le collecter. Les questionnaires déjà présents "
                "(même identifiant) sont ignorés ; tout est importé en une fois, ou rien."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addSpacing(6)
        form = QFormLayout()
        self.form_edit = QLineEdit(self)
        self.form_edit.setPlaceholderText(self.tr("formulaire .xlsx de l'enquête"))
        form.addRow(
            self.tr("Formulaire XLSForm :"),
            file_row(
                self,
                self.form_edit,
                self.tr("Formulaire XLSForm"),
                self.tr("Formulaires XLSForm (*.xlsx *.xls);;Tous les fichiers (*)"),
            ),
        )
        self.data_edit = QLineEdit(self)
        self.data_edit.setPlaceholderText(self.tr("export .csv ou .xlsx"))
        form.addRow(
            self.tr("Données :"),
            file_row(
                self, self.data_edit, self.tr("Fichier de données"), self._data_filter()
            ),
        )
        self.repeat_list = QListWidget(self)
        self.repeat_list.setMinimumHeight(60)
        self.repeat_list.setMaximumHeight(72)
        add = QPushButton(self.tr("Ajouter…"), self)
        add.clicked.connect(self._on_add_repeats)
        remove = QPushButton(self.tr("Retirer"), self)
        remove.clicked.connect(lambda: self.repeat_list.takeItem(self.repeat_list.currentRow()))
        repeat_buttons = QVBoxLayout()
        repeat_buttons.addWidget(add)
        repeat_buttons.addWidget(remove)
        repeat_buttons.addStretch(1)
        repeat_row = QHBoxLayout()
        repeat_row.addWidget(self.repeat_list, 1)
        repeat_row.addLayout(repeat_buttons)
        form.addRow(self.tr("Répétitions :"), repeat_row)
        hint = QLabel(
            self.tr(
                "Facultatif : les fichiers des groupes répétés. Les feuilles d'un classeur et les "
                "fichiers voisins nommés « données-groupe.csv » sont trouvés sans aide."
            ),
            self,
        )
        hint.setObjectName("hintLabel")
        hint.setWordWrap(True)
        form.addRow("", hint)
        self.zone_combo = QComboBox(self)
        self.zone_combo.addItem(self.tr("Aucune"), "")
        for neighbourhood in store_neighbourhoods(store):
            self.zone_combo.addItem(neighbourhood.display_name, neighbourhood.code)
        form.addRow(self.tr("Zone à donner :"), self.zone_combo)
        # A check box never wraps: a short text, and the sentence in a wrapped label below it.
        self.keep_invalid = QCheckBox(self.tr("Importer aussi les lignes refusées"), self)
        keep_invalid_hint = QLabel(
            self.tr("Les lignes que le questionnaire refuse sont alors importées « à vérifier »."),
            self,
        )
        keep_invalid_hint.setObjectName("hintLabel")
        keep_invalid_hint.setWordWrap(True)
        keep_invalid_hint.setBuddy(self.keep_invalid)
        self.keep_invalid.setAccessibleDescription(keep_invalid_hint.text())
        self.keep_invalid.setToolTip(
            self.tr(
                "Sans cette case, une seule ligne refusée (type, contrainte, choix inconnu, "
                "réponse obligatoire…) fait refuser tout l'import. Avec elle, ces lignes sont "
                "importées mais restent hors de tous les chiffres jusqu'à leur correction ou "
                "leur confirmation par un·e coordinateur·rice."
            )
        )
        form.addRow("", self.keep_invalid)
        form.addRow("", keep_invalid_hint)
        layout.addLayout(form)
        self.add_task_area(layout, busy=True)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setMinimumHeight(110)
        self.details.hide()
        layout.addWidget(self.details, 1)
        self.add_buttons(layout)
        self.import_button = self.add_button(
            self.tr("Importer"), QDialogButtonBox.ButtonRole.AcceptRole, self.start
        )
        self.close_button = self.add_button(
            self.tr("Fermer"), QDialogButtonBox.ButtonRole.RejectRole, self.reject
        )

    def _data_filter(self) -> str:
        return self.tr("Exports (*.csv *.xlsx *.xls);;Tous les fichiers (*)")

    def _on_add_repeats(self) -> None:
        start = str(Path(self.data_edit.text().strip()).parent) if self.data_edit.text() else ""
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Fichiers des groupes répétés"), start, self._data_filter()
        )
        self.add_repeat_files(paths)

    def add_repeat_files(self, paths: list[str]) -> None:
        """Lists extra repeat files, each once."""
        for path in paths:
            if path not in self.repeat_files():
                self.repeat_list.addItem(path)

    def repeat_files(self) -> list[str]:
        """The extra repeat files listed."""
        return [self.repeat_list.item(i).text() for i in range(self.repeat_list.count())]

    def start(self) -> None:
        """Checks the two files are there, then imports on a worker thread."""
        from inclusion_desktop.sync.tabular import import_table

        form_path = Path(self.form_edit.text().strip())
        data_path = Path(self.data_edit.text().strip())
        if not self.form_edit.text().strip() or not form_path.is_file():
            self.show_message(
                self.tr("Choisissez le formulaire XLSForm (un fichier qui existe)."), ok=False
            )
            return
        if not self.data_edit.text().strip() or not data_path.is_file():
            self.show_message(
                self.tr("Choisissez le fichier de données (un fichier qui existe)."), ok=False
            )
            return
        repeats = [Path(path) for path in self.repeat_files()]
        zone = str(self.zone_combo.currentData() or "")
        keep_invalid = self.keep_invalid.isChecked()
        self.report = None
        self.details.hide()
        self.run_task(
            lambda report: import_table(
                self.store,
                form_path=form_path,
                data_path=data_path,
                zone=zone,
                repeat_paths=repeats,
                keep_invalid=keep_invalid,
            ),
            self.tr("Lecture et import des données…"),
            lock=[self.import_button],
            on_done=self._on_done,
            on_failed=self._on_failed,
        )

    def _on_done(self, report: ImportReport) -> None:
        self.report = report
        text = self.tr("✓ %n questionnaire(s) importé(s)", "", report.created)
        text += self.tr(", %n déjà présent(s) ignoré(s)", "", report.already_present)
        if report.without_id:
            text += self.tr(", %n ligne(s) sans identifiant ignorée(s)", "", report.without_id)
        self.show_message(text + ".", ok=True)
        lines = []
        for name, count in report.repeat_rows.items():
            line = self.tr("Répétition « {name} » : %n ligne(s) rattachée(s).", "", count)
            lines.append(line.format(name=name))
        if report.orphan_rows:
            lines.append(
                self.tr(
                    "%n ligne(s) de répétition sans questionnaire parent, non importée(s).",
                    "",
                    report.orphan_rows,
                )
            )
        if report.ignored_columns:
            lines.append(
                self.tr("Colonnes ignorées (%n) :", "", len(report.ignored_columns))
                + " "
                + ", ".join(report.ignored_columns)
            )
        if report.to_review:
            lines.append(
                self.tr(
                    "%n questionnaire(s) « à vérifier », hors des chiffres jusqu'à correction "
                    "ou confirmation :",
                    "",
                    report.to_review,
                )
            )
            lines += [f"• {problem.text(translate)}" for problem in report.problems]
        if report.warnings:
            lines.append(self.tr("Avertissements :"))
            lines += [f"• {warning}" for warning in report.warnings]
        self.details.setPlainText("\n".join(lines))
        self.details.setVisible(bool(lines))
        fit_height(self)  # the report never squeezes the fields

    def _on_failed(self, error: Exception) -> None:
        from inclusion_desktop.sync.tabular import ImportRefused

        if isinstance(error, ImportRefused):
            report = error.report
            self.show_message(user_message(ImportRefused(report, in_window=True)), ok=False)
            self.details.setPlainText("\n".join(p.text(translate) for p in report.problems))
            self.details.show()
            fit_height(self)
            return
        if not isinstance(error, AppError | OSError):
            self.show_message(user_message(error), ok=False)  # a bug, not a refusal
            fit_height(self)
            return
        self.show_message(
            self.tr("Import refusé : {reason} Aucun questionnaire n'a été importé.").format(
                reason=as_sentence(user_message(error))
            ),
            ok=False,
        )
        fit_height(self)  # the report never squeezes the fields


class ReviewDialog(QDialog):
    """The questionnaires imported « à vérifier »: what is wrong, and the coordinator's word."""

    def __init__(
        self, store: Store, operator_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.operator_id = operator_id
        self.setWindowTitle(self.tr("Questionnaires importés à vérifier"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Ces questionnaires ont été importés alors que le questionnaire refuse certaines "
                "réponses : ils restent hors de tous les chiffres. Corrigez-les (ouvrez-les "
                "depuis la liste des questionnaires) puis marquez-les « corrigé », ou confirmez-"
                "les tels quels. Chaque décision est inscrite au journal."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.items = QListWidget(self)
        self.items.currentRowChanged.connect(self._show_problems)
        layout.addWidget(self.items, 1)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        layout.addWidget(self.details, 1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.confirm_button = buttons.addButton(
            self.tr("Confirmer tel quel"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.corrected_button = buttons.addButton(
            self.tr("Marquer corrigé"), QDialogButtonBox.ButtonRole.ActionRole
        )
        close = buttons.addButton(self.tr("Fermer"), QDialogButtonBox.ButtonRole.RejectRole)
        self.confirm_button.clicked.connect(lambda: self.resolve("confirme"))
        self.corrected_button.clicked.connect(lambda: self.resolve("corrige"))
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        """Lists the pending questionnaires."""
        self.pending = self.store.reviews()
        self.items.clear()
        for item in self.pending:
            text = self.tr("{uuid} — {source}, %n réponse(s) en cause", "", len(item.problems))
            self.items.addItem(text.format(uuid=item.submission_uuid, source=item.source))
        has_items = bool(self.pending)
        self.confirm_button.setEnabled(has_items)
        self.corrected_button.setEnabled(has_items)
        if has_items:
            self.items.setCurrentRow(0)
        else:
            self.details.setPlainText(self.tr("Aucun questionnaire à vérifier."))

    def _show_problems(self, row: int) -> None:
        if not 0 <= row < len(self.pending):
            return
        self.details.setPlainText(
            "\n".join(
                self.tr("ligne {line}, colonne « {column} » : « {value} » — {message}").format(
                    **problem
                )
                for problem in self.pending[row].problems
            )
        )

    def resolve(self, resolution: str) -> None:
        """Confirms or marks corrected the selected questionnaire (audited)."""
        row = self.items.currentRow()
        if not 0 <= row < len(self.pending):
            return
        uuid = self.pending[row].submission_uuid
        try:
            self.store.resolve_review(uuid, resolution=resolution, operator_id=self.operator_id)
        except StoreError as error:
            show_status(self.message, user_message(error), ok=False)
            return
        show_status(
            self.message,
            self.tr("✓ {uuid} : compté à nouveau dans les chiffres.").format(uuid=uuid),
            ok=True,
        )
        self.reload()
