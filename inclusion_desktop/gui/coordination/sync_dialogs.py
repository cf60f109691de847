"""Export to a USB key, merge bundles from every laptop, resolve conflicts, read the merge log."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inclusion_desktop.catalogue import AUDIT_ACTION_LABELS, Said
from inclusion_desktop.gui.common.messages import audit_action_label, message_text, user_message
from inclusion_desktop.gui.common.settings import Preferences
from inclusion_desktop.gui.common.table_model import RowsTableModel
from inclusion_desktop.gui.common.task_dialog import TaskDialog
from inclusion_desktop.gui.common.widgets import folder_row, show_status, size_to_screen
from inclusion_desktop.gui.coordination.conflicts_model import (
    CHOICE_COLUMN,
    COLUMN_COUNT,
    AnswerRow,
    ConflictTableModel,
)
from inclusion_desktop.os_errors import os_error_text
from inclusion_desktop.questionnaire.model import Form, Question, QuestionType
from inclusion_desktop.questionnaire.session import recalculated
from inclusion_desktop.store import Store, StoreError
from inclusion_desktop.store.audit import AuditInfo
from inclusion_desktop.store.keys import SettingKey
from inclusion_desktop.store.provenance import RevisionOrigin, revision_origins
from inclusion_desktop.sync import (
    ExportResult,
    MergeProgress,
    MergeReport,
    export_bundle,
)
from inclusion_desktop.sync.merge import iter_merge
from inclusion_desktop.territory import store_neighbourhoods


def bundle_file_name(device_name: str, moment: dt.datetime) -> str:
    """A file name that says which laptop and when, safe on any USB key's file system."""
    ascii_name = unicodedata.normalize("NFKD", device_name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", ascii_name).strip("-").lower() or "poste"
    return f"inclusion-{slug}-{moment:%Y%m%d-%H%M%S}.zip"


def _passphrase_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setPlaceholderText(
        QCoreApplication.translate(
            "MergeDialog", "facultative : celle de la campagne, si les fichiers sont chiffrés"
        )
    )
    return edit


class ExportDialog(TaskDialog):
    """Writes this laptop's questionnaires to one verified bundle file (e.g. on a USB key)."""

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        preferences: Preferences | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        #: The verified export file, once written.
        self.outcome: ExportResult | None = None
        self.setWindowTitle(self.tr("Exporter les questionnaires"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Le fichier d'export contient les questionnaires de cet ordinateur, avec tout leur "
                "historique. Il est relu et vérifié avant que vous retiriez la clé."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        # Drafts have no saved version yet: the file leaves them out, and says how many.
        drafts = store.counts(dt.date.today()).drafts
        self.drafts_note = QLabel(
            self.tr(
                "Les brouillons ne sont pas exportés : terminez-les d'abord. "
                "%n brouillon(s) sur cet ordinateur.",
                "",
                drafts,
            ),
            self,
        )
        self.drafts_note.setObjectName("hintLabel")
        self.drafts_note.setWordWrap(True)
        layout.addWidget(self.drafts_note)
        form = QFormLayout()
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setPlaceholderText(self.tr("dossier de la clé USB"))
        form.addRow(
            self.tr("Dossier :"), folder_row(self, self.folder_edit, self.tr("Dossier d'export"))
        )
        self.since_last = QCheckBox(self.tr("Seulement ce qui n'a pas encore été exporté"), self)
        self.since_last.setChecked(bool(store.exports()))
        form.addRow("", self.since_last)
        self.passphrase = _passphrase_edit(self)
        self.passphrase.setPlaceholderText(self.tr("facultative : chiffre le fichier (AES-256)"))
        form.addRow(self.tr("Phrase de passe :"), self.passphrase)
        layout.addLayout(form)
        self.add_task_area(layout, busy=True)
        self.add_buttons(layout)
        self.export_button = self.add_button(
            self.tr("Exporter"), QDialogButtonBox.ButtonRole.AcceptRole, self.start_export
        )
        self.close_button = self.add_button(
            self.tr("Fermer"), QDialogButtonBox.ButtonRole.RejectRole, self.reject
        )
        # The folder used last time while it is there (the USB key is plugged in), else the
        # default folder of the settings (Réglages).
        prefs = preferences or Preferences()
        last = store.get_setting(SettingKey.EXPORT_FOLDER)
        saved = last if last and Path(last).is_dir() else prefs.export_folder or last
        if saved:
            self.folder_edit.setText(saved)
        self.passphrase.setText(prefs.passphrase)

    def start_export(self) -> None:
        """Writes and verifies the bundle on a worker thread."""
        folder = Path(self.folder_edit.text().strip())
        if not self.folder_edit.text().strip() or not folder.is_dir():
            self.show_message(
                self.tr("Choisissez un dossier qui existe (la clé est-elle branchée ?)."), ok=False
            )
            return
        device = self.store.device()
        name = bundle_file_name(device.name if device else "poste", dt.datetime.now())
        target = folder / name
        copy = 1
        while target.exists():  # two exports within the same second
            copy += 1
            target = folder / name.replace(".zip", f"-{copy}.zip")
        since_last = self.since_last.isChecked()
        passphrase = self.passphrase.text() or None
        self.store.set_setting(SettingKey.EXPORT_FOLDER, str(folder))
        self.run_task(
            lambda report: export_bundle(
                self.store, target, since_last=since_last, passphrase=passphrase
            ),
            self.tr("Écriture et vérification du fichier…"),
            lock=[self.export_button],
            on_done=self._on_done,
            failure=self.tr(
                "Export impossible : {reason} Aucun fichier incomplet n'a été laissé."
            ),
        )

    def _on_done(self, result: ExportResult) -> None:
        self.outcome = result
        if result.encrypted:
            text = self.tr(
                "✓ Export vérifié : {file} — {submissions}, {revisions}, chiffré. "
                "Vous pouvez retirer la clé."
            )
        else:
            text = self.tr(
                "✓ Export vérifié : {file} — {submissions}, {revisions}. "
                "Vous pouvez retirer la clé."
            )
        self.show_message(
            text.format(
                file=result.path.name,
                submissions=self.tr("%n questionnaire(s)", "", result.submissions),
                revisions=self.tr("%n version(s)", "", result.revisions),
            ),
            ok=True,
        )


_REPORT_COLUMNS = (
    QT_TRANSLATE_NOOP("MergeDialog", "Fichier"),
    QT_TRANSLATE_NOOP("MergeDialog", "Ordinateur"),
    QT_TRANSLATE_NOOP("MergeDialog", "Nouveaux"),
    QT_TRANSLATE_NOOP("MergeDialog", "Déjà présents"),
    QT_TRANSLATE_NOOP("MergeDialog", "Mis à jour"),
    QT_TRANSLATE_NOOP("MergeDialog", "Gardés ici"),
    QT_TRANSLATE_NOOP("MergeDialog", "Conflits"),
    QT_TRANSLATE_NOOP("MergeDialog", "Refusés"),
    QT_TRANSLATE_NOOP("MergeDialog", "État"),
)


class MergeDialog(TaskDialog):
    """Previews then merges bundle files, one transaction per file, off the GUI thread."""

    def __init__(
        self,
        store: Store,
        files: list[str] | None = None,
        parent: QWidget | None = None,
        *,
        operator_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        #: The coordinator who merges: named in the merge log and the audit log.
        self.operator_id = operator_id
        self.reports: list[MergeReport] = []
        self.setWindowTitle(self.tr("Fusionner des fichiers d'export"))
        self.resize(1180, 560)
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Ajoutez les fichiers d'export des ordinateurs (ou déposez-les ici). L'aperçu dit "
                "ce que la fusion ferait ; rien n'est écrasé : deux versions divergentes d'un même "
                "questionnaire sont gardées et signalées comme conflit."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.file_list = QListWidget(self)
        self.file_list.setMaximumHeight(110)
        row.addWidget(self.file_list, 1)
        side = QVBoxLayout()
        add = QPushButton(self.tr("Ajouter des fichiers…"), self)
        add.clicked.connect(self._on_add)
        remove = QPushButton(self.tr("Retirer"), self)
        remove.clicked.connect(self._on_remove)
        side.addWidget(add)
        side.addWidget(remove)
        side.addStretch(1)
        row.addLayout(side)
        layout.addLayout(row)
        form = QFormLayout()
        self.passphrase = _passphrase_edit(self)
        self.passphrase.setText(Preferences().passphrase)  # the campaign's, from Réglages
        form.addRow(self.tr("Phrase de passe :"), self.passphrase)
        layout.addLayout(form)
        self.table = QTableWidget(0, len(_REPORT_COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr(str(column)) for column in _REPORT_COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # A read-only report: the arrows move in it, Tab goes on to the buttons (not cell by cell).
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(_REPORT_COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        # The style clips a title at the font's ascent, which the accent of « É » (État) passes.
        header.setMinimumHeight(header.sizeHint().height() + header.fontMetrics().height() // 4)
        # A refusal reason is a sentence: rows grow to show it whole.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.add_task_area(layout, busy=False)
        self.add_buttons(layout)
        self.preview_button = self.add_button(
            self.tr("Aperçu"),
            QDialogButtonBox.ButtonRole.ActionRole,
            lambda: self.start(dry_run=True),
        )
        self.merge_button = self.add_button(
            self.tr("Fusionner"),
            QDialogButtonBox.ButtonRole.AcceptRole,
            lambda: self.start(dry_run=False),
        )
        self.conflicts_button = self.add_button(
            self.tr("Voir les conflits…"),
            QDialogButtonBox.ButtonRole.ActionRole,
            self._on_conflicts,
        )
        self.close_button = self.add_button(
            self.tr("Fermer"), QDialogButtonBox.ButtonRole.RejectRole, self.reject
        )
        self.conflicts_button.hide()
        for path in files or []:
            self.add_file(path)

    # -- files ---------------------------------------------------------------------------------

    def add_file(self, path: str) -> None:
        """Adds a file to merge (once)."""
        existing = [self.file_list.item(i).text() for i in range(self.file_list.count())]
        if path not in existing:
            self.file_list.addItem(path)

    def files(self) -> list[str]:
        """The files to merge, in the order given."""
        return [self.file_list.item(i).text() for i in range(self.file_list.count())]

    def _on_add(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Fichiers d'export"),
            "",
            self.tr("Exports inclusion (*.zip);;Tous les fichiers (*)"),
        )
        for path in paths:
            self.add_file(path)

    def _on_remove(self) -> None:
        for item in self.file_list.selectedItems():
            self.file_list.takeItem(self.file_list.row(item))

    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        """Accepts files dropped from the file manager."""
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        """Adds the dropped files."""
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.add_file(url.toLocalFile())

    # -- merging --------------------------------------------------------------------------------

    def start(self, *, dry_run: bool) -> None:
        """Previews (dry_run) or merges every file on a worker thread."""
        files = self.files()
        if not files:
            self.show_message(self.tr("Ajoutez au moins un fichier d'export."), ok=False)
            return
        passphrase = self.passphrase.text() or None
        self.reports = []
        self.table.setRowCount(0)
        self.dry_run = dry_run

        merged_by = None
        if self.operator_id is not None:
            try:
                merged_by = self.store.get_operator(self.operator_id).name
            except StoreError:
                merged_by = None

        def work(report: Any) -> list[MergeReport]:
            results = []
            for result in iter_merge(
                self.store,
                files,
                passphrase=passphrase,
                merged_by=merged_by,
                operator_id=self.operator_id if merged_by is not None else None,
                dry_run=dry_run,
                progress=report,
            ):
                results.append(result)
                report(result)
            return results

        self.run_task(
            work,
            self.tr("Aperçu en cours…") if dry_run else self.tr("Fusion en cours…"),
            lock=[self.preview_button, self.merge_button, self.close_button],
            on_done=self._on_done,
            failure=self.tr("La fusion s'est arrêtée : {error}"),
            on_progress=self._on_progress,
        )

    def _on_progress(self, item: object) -> None:
        if isinstance(item, MergeProgress):
            total = max(item.file_count * 1000, 1)
            done = item.file_index * 1000 + (1000 * item.done // max(item.total, 1))
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        elif isinstance(item, MergeReport):
            self._add_report(item)

    def _add_report(self, report: MergeReport) -> None:
        self.reports.append(report)
        row = self.table.rowCount()
        self.table.insertRow(row)
        if report.ok:
            state = self.tr("fusionné") if report.merged else self.tr("prêt à fusionner")
            if report.refused:
                state += self.tr(" — %n questionnaire(s) refusé(s)", "", len(report.refused))
        else:
            state = self.tr("REFUSÉ : {reason}").format(reason=refusal_reason(report))
        values = [
            Path(report.file).name,
            report.device_name,
            report.new,
            report.already_present,
            report.fast_forwarded,
            report.kept_local,
            report.conflicts,
            len(report.refused),
            state,
        ]
        if not report.ok:
            values[2:8] = [""] * 6  # nothing was read from a refused file
        for column, value in enumerate(values):
            item = QTableWidgetItem(str(value))
            if not report.ok:
                item.setToolTip(self.tr("Refusé : {reason}").format(reason=refusal_reason(report)))
            if not report.ok or (column == 6 and report.conflicts):
                item.setForeground(QColor("#a4161a"))
            if column == len(values) - 1 and report.refused:
                item.setToolTip("\n".join(_refusal_line(r) for r in report.refused))
            self.table.setItem(row, column, item)

    def _on_done(self, reports: list[MergeReport]) -> None:
        refused = sum(1 for report in reports if not report.ok)
        conflicts = sum(report.conflicts for report in reports)
        if self.dry_run:
            text = self.tr("Aperçu de %n fichier(s) : rien n'a été écrit.", "", len(reports))
        else:
            text = self.tr("%n fichier(s) fusionné(s).", "", len(reports) - refused)
        if refused:
            text += " " + self.tr("%n fichier(s) refusé(s) : voir la colonne État.", "", refused)
        if conflicts and not self.dry_run:
            text += " " + self.tr("%n conflit(s) à résoudre.", "", conflicts)
            self.conflicts_button.show()
        for report in reports:
            if report.territory:
                text += "\n" + self.tr("Territoire ({file}) : {message}").format(
                    file=Path(report.file).name, message=report.territory_message
                )
        territory_refused = any(report.territory == "refused" for report in reports)
        self.show_message(text, ok=not refused and not territory_refused)

    def _on_conflicts(self) -> None:
        ConflictsDialog(self.store, self, operator_id=self.operator_id).exec()


class ConflictsDialog(QDialog):
    """Two versions of a questionnaire side by side; the coordinator keeps one or mixes them."""

    def __init__(
        self, store: Store, parent: QWidget | None = None, *, operator_id: int | None = None
    ) -> None:
        super().__init__(parent)
        #: Who resolves: the coordinator who unlocked the action, else the home screen's
        #: operator; None (nobody chosen) refuses to resolve rather than sign for someone.
        self.operator_id = operator_id
        self.store = store
        self._forms: dict[int, Form] = {}
        self.setWindowTitle(self.tr("Conflits à résoudre"))
        self.resize(1100, 620)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Ces questionnaires ont été modifiés différemment sur deux ordinateurs. Les "
                "réponses qui diffèrent sont surlignées. Gardez une version, ou choisissez "
                "question par question dans la colonne « Version retenue »."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        splitter = QSplitter(self)
        self.conflict_list = QListWidget(splitter)
        self.conflict_list.setMinimumWidth(220)
        self.model = ConflictTableModel(self._plain_headers(), self)
        self.table = QTableView(splitter)
        self.table.setModel(self.model)
        self.table.setObjectName("conflictTable")
        self.table.setAccessibleName(self.tr("Réponses des deux versions"))
        self.conflict_list.setAccessibleName(self.tr("Questionnaires en conflit"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab goes from the table to each « Version retenue » list, then to the buttons.
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        for column in range(COLUMN_COUNT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.keep_a = QPushButton(self.tr("Garder la version {letter}").format(letter="A"), self)
        self.keep_b = QPushButton(self.tr("Garder la version {letter}").format(letter="B"), self)
        self.keep_mixed = QPushButton(self.tr("Enregistrer la version retenue"), self)
        self.keep_mixed.setObjectName("primaryButton")
        close = QPushButton(self.tr("Fermer"), self)
        close.clicked.connect(self.accept)
        for button in (self.keep_a, self.keep_b, self.keep_mixed):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.keep_a.clicked.connect(lambda: self.keep(0))
        self.keep_b.clicked.connect(lambda: self.keep(1))
        self.keep_mixed.clicked.connect(self.keep_chosen)
        self.conflict_list.currentRowChanged.connect(self._show_conflict)
        self.merged_choices: dict[str, QComboBox] = {}
        self.reload()

    def reload(self) -> None:
        """Lists the open conflicts and shows the first."""
        self.conflicts = self.store.conflicts()
        self.conflict_list.clear()
        zones = {n.code: n.display_name for n in store_neighbourhoods(self.store)}
        for conflict in self.conflicts:
            zone = zones.get(conflict.zone, conflict.zone or "—")
            self.conflict_list.addItem(f"{zone}\n{conflict.uuid[5:18]}…")
        has_any = bool(self.conflicts)
        for button in (self.keep_a, self.keep_b, self.keep_mixed):
            button.setEnabled(has_any)
        if has_any:
            self.conflict_list.setCurrentRow(0)
        else:
            # The resolved versions' computers and files are gone from the column titles.
            self.model.set_rows([], self._plain_headers())
            self.message.setText(self.tr("Aucun conflit : toutes les versions concordent."))

    def _plain_headers(self) -> list[str]:
        """The column titles without any version's details (no conflict shown)."""
        return [
            self.tr("Question"),
            self.tr("Version {letter}").format(letter="A"),
            self.tr("Version {letter}").format(letter="B"),
            self.tr("Version retenue"),
        ]

    def version_header(self, letter: str, head: Any, origin: RevisionOrigin) -> str:
        """« Version A (supprimé) », the computer and person, the time, the export file."""
        title = (
            self.tr("Version {letter} (supprimé)")
            if head.status == "deleted"
            else self.tr("Version {letter}")
        ).format(letter=letter)
        # One short line each: a column header does not wrap its lines.
        who = origin.device_name
        if origin.operator_name:
            who += "\n" + origin.operator_name
        moment = origin.created_at.astimezone().strftime("%d/%m/%Y %H:%M")
        if origin.local:
            source = self.tr("saisie sur cet ordinateur")
        elif origin.file_name:
            source = self.tr("fichier {name}").format(name=origin.file_name)
        else:
            source = self.tr("fichier inconnu")
        return "\n".join((title, who, moment, source))

    def _form(self, uuid: str) -> Form | None:
        from inclusion_desktop.questionnaire.loader import FormError

        version_id = self.store.get_submission(uuid).form_version_id
        if version_id not in self._forms:
            try:
                self._forms[version_id] = self.store.stored_form(version_id)
            except FormError:
                return None
        return self._forms[version_id]

    def _show_conflict(self, index: int) -> None:
        self.merged_choices = {}
        if not 0 <= index < len(self.conflicts):
            return
        conflict = self.conflicts[index]
        a, b = conflict.heads[0], conflict.heads[1]
        form = self._form(conflict.uuid)
        origins = revision_origins(self.store, [a, b])
        headers = [self.tr("Question")]
        for letter, head, origin in (("A", a, origins[0]), ("B", b, origins[1])):
            headers.append(self.version_header(letter, head, origin))
        headers.append(self.tr("Version retenue"))
        # The versions' whole titles as tooltips, should their columns be narrow.
        tips = ["", headers[1], headers[2], ""]
        names = list(dict.fromkeys([*a.answers, *b.answers]))
        # Calculated fields (tranche_age…) are no questions: recalculated when saved.
        calculated = [n for n in names if form is not None and _is_calculated(form, n)]
        names = [n for n in names if n not in calculated]
        order = {q.name: i for i, q in enumerate(form.questions)} if form is not None else {}
        # Differing answers first, then the rest in sheet order.
        names.sort(
            key=lambda name: (
                a.answers.get(name) == b.answers.get(name),
                order.get(name, len(order)),
            )
        )
        rows = []
        for name in names:
            label = name
            if form is not None and name in form.by_name:
                label = form.by_name[name].label.get(form.default_language) or name
            left, right = str(a.answers.get(name, "")), str(b.answers.get(name, ""))
            shown = self._shown(form, name, left), self._shown(form, name, right)
            rows.append(AnswerRow(name, label, left, right, *shown))
        self.model.set_rows(rows, headers, tips)
        previous: QWidget = self.table
        for row, answer in enumerate(rows):
            if not answer.differs:
                continue
            combo = QComboBox(self.table)
            combo.setAccessibleName(answer.label)  # the question, for screen readers
            combo.addItem(f"A : {answer.shown_a or '—'}", answer.value_a)
            combo.addItem(f"B : {answer.shown_b or '—'}", answer.value_b)
            self.table.setIndexWidget(self.model.index(row, CHOICE_COLUMN), combo)
            self.merged_choices[answer.name] = combo
            QWidget.setTabOrder(previous, combo)
            previous = combo
        message = self.tr("%n réponse(s) diffèrent.", "", len(self.merged_choices))
        if calculated:
            message += " " + self.tr(
                "Les valeurs calculées ({names}) sont recalculées à l'enregistrement."
            ).format(names=", ".join(calculated))
        self.message.setText(message)

    @staticmethod
    def _shown(form: Form | None, name: str, value: str) -> str:
        if form is None or not value or name not in form.by_name:
            return value
        question = form.by_name[name]
        choices = getattr(question, "choices", None)
        if choices is None:
            return value
        names = value.split() if question.type is QuestionType.SELECT_MULTIPLE else [value]  # type: ignore[union-attr]
        return " ; ".join(choices.label_of(n, form.default_language, None) for n in names)

    def _current(self) -> Any:
        index = self.conflict_list.currentRow()
        return self.conflicts[index] if 0 <= index < len(self.conflicts) else None

    def keep(self, which: int) -> None:
        """Keeps version A (0) or B (1) as it is."""
        conflict = self._current()
        if conflict is None:
            return
        self._resolve(conflict.uuid, chosen_hash=conflict.heads[which].content_hash)

    def keep_chosen(self) -> None:
        """Saves the version made of the answer chosen for each differing question."""
        conflict = self._current()
        if conflict is None:
            return
        answers = dict(conflict.heads[0].answers)
        for name, combo in self.merged_choices.items():
            value = combo.currentData()
            if value:
                answers[name] = value
            else:
                answers.pop(name, None)
        form = self._form(conflict.uuid)
        if form is not None:
            answers = recalculated(form, answers)
        self._resolve(conflict.uuid, answers=answers)

    def _resolve(self, uuid: str, **choice: Any) -> None:
        from inclusion_desktop.permissions import Action
        from inclusion_desktop.services.access import require
        from inclusion_desktop.services.conflicts import resolve_conflict

        try:
            actor = None if self.operator_id is None else self.store.get_operator(self.operator_id)
            grant = require(self.store, Action.RESOLVE_CONFLICTS, actor)
            resolve_conflict(self.store, grant, uuid, **choice)
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Conflit non résolu"), user_message(error))
            return
        self.reload()


def _is_calculated(form: Form, name: str) -> bool:
    """True for a `calculate` field: its value follows from the answers."""
    item = form.by_name.get(name)
    return isinstance(item, Question) and item.calculation is not None


class MergeLogDialog(QDialog):
    """Every merge done into this store: when, which file, which laptop, who, what it did."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Journal des fusions"))
        self.resize(900, 420)
        layout = QVBoxLayout(self)
        entries = store.merge_log()
        columns = [
            self.tr("Date"),
            self.tr("Fichier"),
            self.tr("Ordinateur"),
            self.tr("Par"),
            self.tr("Nouveaux"),
            self.tr("Mis à jour"),
            self.tr("Conflits"),
        ]
        self.table = QTableWidget(len(entries), len(columns), self)
        self.table.setHorizontalHeaderLabels(columns)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, entry in enumerate(reversed(entries)):
            counts = entry.counts
            values = [
                entry.created_at.astimezone().strftime("%d/%m/%Y %H:%M"),
                entry.file_name,
                entry.device_name,
                entry.merged_by,
                counts.get("new", 0),
                counts.get("fast_forwarded", counts.get("updated", 0)),
                counts.get("conflict", counts.get("conflicts", 0)),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                item.setToolTip(
                    self.tr("Empreinte du fichier : {sha256}").format(sha256=entry.file_sha256)
                )
                self.table.setItem(row, column, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        if not entries:
            layout.addWidget(QLabel(self.tr("Aucune fusion pour l'instant."), self))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)


def refusal_reason(report: MergeReport) -> str:
    """Why a whole export file was refused, in the interface language."""
    if report.refused_text is not None:
        return message_text(report.refused_text)
    return report.refused_reason or ""


def audit_action_text(action: str, label: str) -> str:
    """An audit action in the interface language (`label`, the store's French, if unknown)."""
    return label if action not in AUDIT_ACTION_LABELS.sources else audit_action_label(action)


class AuditTableModel(RowsTableModel[AuditInfo]):
    """The audit log, newest first: a row's texts are made when the view draws it."""

    TARGET_COLUMN = 2

    def __init__(
        self,
        entries: list[AuditInfo],
        headers: list[str],
        parent: QObject | None = None,
        zone_names: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(entries, headers, parent)
        self._zone_names = zone_names or {}

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> str | None:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.TARGET_COLUMN:
            # The identifier stays one hover away for whoever must trace the questionnaire.
            entry = self.item(index.row())
            shown = self.target_text(entry)
            return shown if shown == entry.target else f"{shown}\n{entry.target}"
        return self.row_texts(index.row())[index.column()]

    def row_texts(self, row: int) -> list[str]:
        """Date, action, target, person, laptop and detail of one entry, as shown."""
        entry = self.item(row)
        return [
            entry.created_at.astimezone().strftime("%d/%m/%Y %H:%M:%S"),
            audit_action_text(entry.action, entry.action_label),
            self.target_text(entry),
            entry.operator_name or "",
            entry.device_name or "",
            entry.detail,
        ]

    def target_text(self, entry: AuditInfo) -> str:
        """A questionnaire by its place, start and paper number; other targets as written."""
        if entry.questionnaire_zone is None or entry.questionnaire_created_at is None:
            return entry.target
        text = self.tr("{zone}, commencé le {date}").format(
            date=entry.questionnaire_created_at.astimezone().strftime("%d/%m/%Y %H:%M"),
            zone=self._zone_names.get(entry.questionnaire_zone, entry.questionnaire_zone),
        )
        if entry.questionnaire_paper_number:
            text += self.tr(", papier n° {number}").format(
                number=entry.questionnaire_paper_number
            )
        return text


# The widest a name column of the audit log starts, so the questionnaire column keeps its room.
NAME_COLUMN_WIDTH = 170


class AuditDialog(QDialog):
    """The audit log: every action that changed data, who did it, on which laptop, when."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Journal d'activité"))
        # As wide as the screen allows: the questionnaire column takes what the others leave.
        size_to_screen(self, 1240, 520)
        layout = QVBoxLayout(self)
        entries = list(reversed(store.audit_log()))
        columns = [
            self.tr("Date"),
            self.tr("Action"),
            self.tr("Cible"),
            self.tr("Personne"),
            self.tr("Ordinateur"),
            self.tr("Détail"),
        ]
        zone_names = {n.code: n.display_name for n in store_neighbourhoods(store)}
        self.model = AuditTableModel(entries, columns, self, zone_names)
        # Keeps the rows where any column holds the typed text, whatever its case.
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filtrer…"))
        self.filter_edit.setAccessibleName(self.tr("Filtrer le journal"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        layout.addWidget(self.filter_edit)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The target takes what is left, so every column fits a 1024-pixel screen; most
        # details are empty, and a long one is read in its tooltip or by widening the column.
        header.setSectionResizeMode(AuditTableModel.TARGET_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(5, 150)
        # A person's or a laptop's name can be long: cut, whole in its tooltip.
        for column in (3, 4):
            self.table.resizeColumnToContents(column)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, min(header.sectionSize(column), NAME_COLUMN_WIDTH))
        self.table.setWordWrap(False)  # one line per entry, cut at the last letter that fits
        layout.addWidget(self.table, 1)
        self.message = QLabel(self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        export = buttons.addButton(
            self.tr("Exporter en CSV…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        close = buttons.addButton(self.tr("Fermer"), QDialogButtonBox.ButtonRole.RejectRole)
        export.clicked.connect(self.export_csv)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def export_csv(self) -> None:
        """Writes the whole log to a CSV file the coordinator picks."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Exporter le journal"), "journal-activite.csv", "CSV (*.csv)"
        )
        if not path:
            return
        try:
            count = self.store.export_audit(Path(path))
        except OSError as error:
            show_status(
                self.message,
                self.tr("Export impossible : {error}").format(error=os_error_text(error)),
                ok=False,
            )
            return
        show_status(
            self.message,
            self.tr("✓ %n ligne(s) écrites dans {path}.", "", count).format(path=path),
            ok=True,
        )


def _refusal_line(refused: dict[str, Any]) -> str:
    """A questionnaire refused by a merge and why, in the interface language when catalogued."""
    reason = refused["reason"]
    shown = message_text(reason) if isinstance(reason, Said) else str(reason)
    return f"{refused['uuid']} : {shown}"
