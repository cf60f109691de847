"""End of campaign (coordinators): clear the free-text answers, purge the laptop's questionnaires.

Both run their work off the GUI thread (gui/common/workers.py): clearing and purging end by
compacting the database file, which takes a while on a full laptop.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inclusion_desktop.gui.common.messages import message_text, user_message
from inclusion_desktop.gui.common.settings import Preferences
from inclusion_desktop.gui.common.task_dialog import TaskDialog
from inclusion_desktop.gui.common.widgets import fit_height, show_status
from inclusion_desktop.gui.common.workers import Work
from inclusion_desktop.services.campaign import (
    PurgeCheck,
    PurgeResult,
    check_purge,
    clear_free_text,
    preview_free_text,
    purge_campaign,
)
from inclusion_desktop.services.collect import Collector
from inclusion_desktop.store import Store
from inclusion_desktop.store.erasure import ScrubResult


def _show(dialog: QDialog, label: QLabel, text: str, *, ok: bool) -> None:
    show_status(label, text, ok=ok)
    fit_height(dialog)


class ClearFreeTextDialog(TaskDialog):
    """Counts the free-text answers, then clears them from every questionnaire once confirmed."""

    grows_with_message = True

    def __init__(
        self, collector: Collector, operator_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.collector = collector
        self.operator_id = operator_id
        self.preview: ScrubResult | None = None
        #: What the clearing removed, once done.
        self.outcome: ScrubResult | None = None
        self.setWindowTitle(self.tr("Effacer les textes libres"))
        self.setMinimumWidth(620)
        self.resize(620, 10)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Les réponses en texte libre (« Précisez », commentaires…) peuvent contenir un "
                "nom, une adresse ou un numéro de téléphone. Les effacer les retire des "
                "questionnaires de cet ordinateur, de leur historique et des brouillons ; les "
                "autres ordinateurs les perdent à la prochaine fusion de ses exports. Les "
                "réponses à choix et le numéro du questionnaire papier sont gardés. "
                "L'effacement est définitif."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.summary = QLabel(self.tr("Recherche des textes libres…"), self)
        self.summary.setObjectName("freeTextSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.add_task_area(layout, busy=True, visible=True)
        self.add_buttons(layout)
        self.clear_button = self.add_button(
            self.tr("Effacer les textes libres"),
            QDialogButtonBox.ButtonRole.AcceptRole,
            self.confirm_and_clear,
        )
        self.clear_button.setEnabled(False)
        self.close_button = self.add_button(
            self.tr("Fermer"), QDialogButtonBox.ButtonRole.RejectRole, self.reject
        )
        fit_height(self)
        self.run_task(
            lambda report: preview_free_text(self.collector),
            None,  # the summary line says what is being looked for
            lock=[],
            on_done=self._on_preview,
            failure=self._failure(),
        )

    def _failure(self) -> str:
        return self.tr("Effacement impossible : {reason}")

    def _on_preview(self, preview: ScrubResult) -> None:
        self.preview = preview
        if not preview.answers and not preview.questionnaires:
            self.summary.setText(self.tr("Aucune réponse en texte libre : rien à effacer."))
            return
        self.summary.setText(
            self.tr("{answers} dans {questionnaires}, plus {history} à nettoyer.").format(
                answers=self.tr("%n réponse(s) en texte libre", "", preview.answers),
                questionnaires=self.tr("%n questionnaire(s)", "", preview.questionnaires),
                history=self.tr("%n version(s) de l'historique", "", preview.revisions_scrubbed),
            )
        )
        self.clear_button.setEnabled(True)
        fit_height(self)

    def confirm_and_clear(self) -> None:
        """Asks once more, then clears on a worker thread."""
        preview = self.preview
        if preview is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Effacer les textes libres"),
            self.tr("Effacer définitivement {answers} de {questionnaires} ?").format(
                answers=self.tr("%n réponse(s) en texte libre", "", preview.answers),
                questionnaires=self.tr("%n questionnaire(s)", "", preview.questionnaires),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.start_clear()

    def start_clear(self) -> None:
        """Clears without asking (the confirmation was given)."""
        self.clear_button.setEnabled(False)  # once: after clearing, nothing is left to clear
        self.run_task(
            lambda report: clear_free_text(self.collector, self.operator_id),
            self.tr("Effacement et compactage de la base…"),
            lock=[self.close_button],
            on_done=self._on_cleared,
            failure=self._failure(),
        )

    def _on_cleared(self, result: ScrubResult) -> None:
        self.outcome = result
        self.summary.setText(self.tr("Il ne reste aucune réponse en texte libre."))
        text = self.tr(
            "✓ {answers} dans {questionnaires}. Les sauvegardes faites avant les contiennent "
            "encore."
        ).format(
            answers=self.tr("%n réponse(s) en texte libre effacée(s)", "", result.answers),
            questionnaires=self.tr("%n questionnaire(s)", "", result.questionnaires),
        )
        # On a PostgreSQL store, what the server may still keep.
        note = self.collector.store.compaction_text
        self.show_message(f"{text} {message_text(note)}" if note else text, ok=True)


class PurgeDialog(TaskDialog):
    """Checks a verified export file against the laptop, then deletes the campaign's data."""

    grows_with_message = True

    def __init__(
        self, store: Store, operator_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.operator_id = operator_id
        self.check: PurgeCheck | None = None
        #: What the purge deleted, once done.
        self.outcome: PurgeResult | None = None
        self.setWindowTitle(self.tr("Purger la campagne"))
        self.setMinimumWidth(680)
        self.resize(680, 10)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "À la fin de la campagne, la purge efface de cet ordinateur tous les "
                "questionnaires, avec leur historique, une fois qu'un fichier d'export vérifié "
                "les contient tous dans leur dernière version. Le journal d'activité garde la "
                "trace de la purge. Choisissez ce fichier : il est relu et contrôlé."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        row = QHBoxLayout()
        self.file_edit = QLineEdit(self)
        self.file_edit.setPlaceholderText(self.tr("fichier d'export (.zip)"))
        choose = QPushButton(self.tr("Choisir…"), self)
        choose.clicked.connect(self._choose_file)
        row.addWidget(self.file_edit, 1)
        row.addWidget(choose)
        form.addRow(self.tr("Fichier d'export :"), row)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("seulement si le fichier est chiffré"))
        self.passphrase.setText(Preferences().passphrase)  # the campaign's, as export and merge
        form.addRow(self.tr("Phrase de passe :"), self.passphrase)
        layout.addLayout(form)
        self.check_button = QPushButton(self.tr("Vérifier le fichier"), self)
        self.check_button.clicked.connect(self.start_check)
        layout.addWidget(self.check_button)
        self.check_label = QLabel(self)
        self.check_label.setObjectName("purgeCheck")
        self.check_label.setWordWrap(True)
        layout.addWidget(self.check_label)
        confirm_row = QFormLayout()
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setPlaceholderText(self.tr("PURGER"))
        self.confirm_edit.setEnabled(False)
        self.confirm_edit.textChanged.connect(self._update_purge_button)
        confirm_row.addRow(self.tr("Pour confirmer, tapez PURGER :"), self.confirm_edit)
        layout.addLayout(confirm_row)
        self.add_task_area(layout, busy=True)
        self.add_buttons(layout)
        self.purge_button = self.add_button(
            self.tr("Purger la campagne"), QDialogButtonBox.ButtonRole.AcceptRole, self.start_purge
        )
        self.purge_button.setEnabled(False)
        self.close_button = self.add_button(
            self.tr("Fermer"), QDialogButtonBox.ButtonRole.RejectRole, self.reject
        )
        self.file_edit.textChanged.connect(self._forget_check)
        self.passphrase.textChanged.connect(self._forget_check)
        fit_height(self)

    @property
    def confirmation_word(self) -> str:
        """The word to type, in the interface's language."""
        return self.tr("PURGER")

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Fichier d'export vérifié"),
            self.file_edit.text(),
            self.tr("Fichiers d'export (*.zip *.idbundle);;Tous les fichiers (*)"),
        )
        if path:
            self.file_edit.setText(path)

    def _forget_check(self) -> None:
        self.check = None
        self.check_label.clear()
        self.confirm_edit.clear()
        self.confirm_edit.setEnabled(False)
        self._update_purge_button()

    def _update_purge_button(self) -> None:
        ready = self.check is not None and self.check.ok and self.outcome is None
        word = self.confirm_edit.text().strip() == self.confirmation_word
        self.purge_button.setEnabled(ready and word and not self.running)

    def _run(self, work: Work, status: str, on_done: Any, on_progress: Any = None) -> None:
        """Runs a step with every button locked; `_idle` then decides which may be used."""
        self.run_task(
            work,
            status,
            lock=[self.check_button, self.purge_button, self.close_button],
            on_done=on_done,
            on_failed=self._on_failed,
            on_progress=on_progress,
        )

    def _idle(self) -> None:
        self.check_button.setEnabled(self.outcome is None)
        self._update_purge_button()

    def start_check(self) -> None:
        """Reads and verifies the file, then compares it with the laptop (worker thread)."""
        path = self.file_edit.text().strip()
        if not path:
            self.show_message(self.tr("Choisissez le fichier d'export."), ok=False)
            return
        passphrase = self.passphrase.text() or None
        self._forget_check()
        self._run(
            lambda report: check_purge(self.store, path, passphrase),
            self.tr("Lecture et vérification du fichier…"),
            self._on_checked,
        )

    def _on_checked(self, check: PurgeCheck) -> None:
        self.check = check
        self.message.clear()
        _show(self, self.check_label, message_text(check.text), ok=check.ok)
        self.confirm_edit.setEnabled(check.ok)
        if check.ok:
            self.confirm_edit.setFocus()
        self._idle()

    def start_purge(self) -> None:
        """Purges on a worker thread, reporting each step."""
        check = self.check
        if check is None or not check.ok:
            return
        passphrase = self.passphrase.text() or None
        self.confirm_edit.setEnabled(False)

        def work(report: Any) -> PurgeResult:
            return purge_campaign(
                self.store,
                check.bundle,
                passphrase,
                operator_id=self.operator_id,
                progress=report,
            )

        self._run(work, self.tr("Purge en cours…"), self._on_purged, self._on_step)

    def _on_step(self, text: str) -> None:
        self.show_message(text, ok=True)

    def _on_purged(self, result: PurgeResult) -> None:
        self.outcome = result
        self.show_message("✓ " + message_text(result.text), ok=True)
        self._idle()

    def _on_failed(self, error: Exception) -> None:
        self.show_message(
            self.tr("Purge impossible : {reason}").format(reason=user_message(error)), ok=False
        )
        self._idle()

