"""« Imprimer le questionnaire papier… »: the chosen form as an A4 PDF, numbered as keying is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inclusion_desktop.gui.common.messages import user_message
from inclusion_desktop.questionnaire.model import Form


class PaperFormDialog(QDialog):
    """Asks the language and the rows of repeat tables, then where to write the PDF."""

    def __init__(self, form: Form, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Imprimer le questionnaire papier"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Le PDF (A4) numérote les questions et les codes des réponses comme le mode "
                "saisie : la personne qui saisit lit les codes sur le papier."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        fields = QFormLayout()
        self.language_combo = QComboBox(self)
        for language in form.languages or (None,):
            self.language_combo.addItem(language or self.tr("(langue unique)"), language)
        index = self.language_combo.findData(form.default_language)
        self.language_combo.setCurrentIndex(max(0, index))
        fields.addRow(self.tr("Langue des questions"), self.language_combo)
        self.rows_spin = QSpinBox(self)
        self.rows_spin.setRange(1, 40)
        self.rows_spin.setValue(5)
        fields.addRow(self.tr("Lignes des tableaux répétés"), self.rows_spin)
        layout.addLayout(fields)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Enregistrer le PDF…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_save(self) -> None:
        suggested = f"questionnaire-papier-{self.form.form_id}.pdf"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le questionnaire papier"), suggested, "PDF (*.pdf)"
        )
        if not name:
            return
        if self.save(Path(name)):
            self.accept()

    def save(self, path: Path) -> bool:
        """Writes the PDF; a refusal is shown in a message box and nothing is written."""
        from inclusion_desktop.reports.paper_form import PaperFormError, write_paper_form

        try:
            result = write_paper_form(
                self.form,
                path,
                language=self.language_combo.currentData(),
                repeat_rows=self.rows_spin.value(),
            )
        except PaperFormError as error:
            QMessageBox.warning(
                self, self.tr("Questionnaire papier non écrit"), user_message(error)
            )
            return False
        self.written = result.path
        QMessageBox.information(
            self,
            self.tr("Questionnaire papier"),
            self.tr("%n page(s) écrite(s) dans {path}.", "", result.pages).format(path=result.path),
        )
        return True
