"""« Ajouter un questionnaire » : an XLSForm and its files added to the store (coordination).

The same work as ``inclusion-desktop form register``, through
services.form_registration.register_questionnaire, off the GUI thread. A refused form lists its
problems, each located (sheet, row, column); nothing is stored then.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from inclusion_desktop.errors import AppError
from inclusion_desktop.gui.common.messages import as_sentence, message_text, user_message
from inclusion_desktop.gui.common.task_dialog import TaskDialog
from inclusion_desktop.gui.common.widgets import file_row, fit_height, folder_row
from inclusion_desktop.questionnaire.loader import FormError, FormNotice
from inclusion_desktop.services.form_registration import (
    QuestionnaireRegistration,
    default_media_dir,
    register_questionnaire,
)
from inclusion_desktop.store import OperatorInfo, Store


class FormRegisterDialog(TaskDialog):
    """Chooses an XLSForm (and its files' folder) and adds it to the store.

    `registration` holds the result once a form was added (or found already there).
    """

    grows_with_message = True

    def __init__(
        self, store: Store, actor: OperatorInfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.actor = actor
        self.registration: QuestionnaireRegistration | None = None
        # The media folder last filled in from the form's name (replaced when the form changes).
        self._suggested_media = ""
        self.setWindowTitle(self.tr("Ajouter un questionnaire"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Ajoute un questionnaire XLSForm (ODK, KoboToolbox) à la base, avec ses fichiers "
                "(listes de choix CSV, tables de pulldata, images). Ils voyagent ensuite avec "
                "lui dans les fichiers d'export. Ajouter deux fois le même fichier ne change rien."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addSpacing(6)
        form = QFormLayout()
        self.form_edit = QLineEdit(self)
        self.form_edit.setObjectName("formFileEdit")
        self.form_edit.setPlaceholderText(self.tr("formulaire .xlsx"))
        self.form_edit.textChanged.connect(self._suggest_media)
        form.addRow(
            self.tr("Formulaire XLSForm :"),
            file_row(
                self,
                self.form_edit,
                self.tr("Formulaire XLSForm"),
                self.tr("Formulaires XLSForm (*.xlsx *.xls);;Tous les fichiers (*)"),
            ),
        )
        self.media_edit = QLineEdit(self)
        self.media_edit.setObjectName("mediaFolderEdit")
        self.media_edit.setPlaceholderText(self.tr("facultatif : dossier « nom-media » à côté"))
        form.addRow(
            self.tr("Fichiers joints :"),
            folder_row(self, self.media_edit, self.tr("Dossier des fichiers du formulaire")),
        )
        layout.addLayout(form)
        self.add_task_area(layout, busy=True)
        self.problems = QListWidget(self)
        self.problems.setObjectName("problemsList")
        self.problems.setWordWrap(True)
        self.problems.setMinimumHeight(110)
        self.problems.hide()
        layout.addWidget(self.problems, 1)
        self.add_buttons(layout)
        self.register_button = self.add_button(
            self.tr("Ajouter"), QDialogButtonBox.ButtonRole.AcceptRole, self.start
        )
        self.close_button = self.add_button(
            self.tr("Fermer"), QDialogButtonBox.ButtonRole.RejectRole, self.reject
        )

    def _suggest_media(self, text: str) -> None:
        """Fills in `<name>-media` beside the form when it exists and no folder was typed."""
        if self.media_edit.text().strip() not in ("", self._suggested_media):
            return
        folder = default_media_dir(Path(text.strip())) if text.strip() else None
        self._suggested_media = str(folder) if folder is not None else ""
        self.media_edit.setText(self._suggested_media)

    def start(self) -> None:
        """Checks a form file is chosen, then registers it on a worker thread."""
        text = self.form_edit.text().strip()
        path = Path(text)
        if not text or not path.is_file():
            self.show_message(
                self.tr("Choisissez le formulaire XLSForm (un fichier qui existe)."), ok=False
            )
            return
        media = self.media_edit.text().strip()
        media_dir = Path(media) if media else None
        store, actor = self.store, self.actor
        self.registration = None
        self._show_lines([])
        self.run_task(
            lambda report: register_questionnaire(store, actor, path, media_dir),
            self.tr("Lecture et vérification du questionnaire…"),
            lock=[self.register_button],
            on_done=self._on_done,
            on_failed=self._on_failed,
        )

    def _show_lines(self, lines: list[str], *, warning: bool = False) -> None:
        self.problems.clear()
        icon = self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if warning
            else QStyle.StandardPixmap.SP_MessageBoxInformation
        )
        for line in lines:
            self.problems.addItem(line)
            self.problems.item(self.problems.count() - 1).setIcon(icon)
        self.problems.setVisible(bool(lines))
        fit_height(self)

    def _on_done(self, result: QuestionnaireRegistration) -> None:
        self.registration = result
        version = result.version
        if result.created:
            text = self.tr(
                "✓ Questionnaire « {title} » (version {version}) ajouté, avec %n fichier(s) "
                "joint(s). Il est choisi à l'accueil.",
                "",
                len(result.media),
            )
        elif result.media_added:
            text = self.tr(
                "✓ Questionnaire « {title} » (version {version}) déjà enregistré : "
                "%n fichier(s) joint(s) ajouté(s).",
                "",
                result.media_added,
            )
        else:
            text = self.tr(
                "✓ Questionnaire « {title} » (version {version}) déjà enregistré : rien n'a "
                "changé."
            )
        self.show_message(
            text.format(title=version.title, version=version.version or "—"), ok=True
        )
        # The loader's notices in the interface language; pyxform's warnings as it writes them.
        lines = [
            message_text(notice) if isinstance(notice, FormNotice) else notice
            for notice in result.notices
        ]
        if result.same_label:
            lines.insert(
                0,
                self.tr(
                    "Une autre version enregistrée de ce questionnaire porte la même version "
                    "« {version} » : changez-la dans la feuille « settings » pour les distinguer."
                ).format(version=version.version),
            )
        self._show_lines(lines)

    def _on_failed(self, error: Exception) -> None:
        if isinstance(error, FormError):
            self.show_message(
                self.tr(
                    "Questionnaire refusé (%n problème(s) à corriger) : rien n'a été enregistré.",
                    "",
                    len(error.problems),
                ),
                ok=False,
            )
            self._show_lines(
                [problem.render(QCoreApplication.translate) for problem in error.problems],
                warning=True,
            )
            return
        if not isinstance(error, AppError | OSError):
            self.show_message(user_message(error), ok=False)  # a bug, not a refusal
            return
        self.show_message(
            self.tr("Questionnaire refusé : {reason} Rien n'a été enregistré.").format(
                reason=as_sentence(user_message(error))
            ),
            ok=False,
        )
