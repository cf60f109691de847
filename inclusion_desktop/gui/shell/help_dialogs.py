"""The keyboard shortcuts list (F1) and the user guide, in windows that scroll on a small screen."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from inclusion_desktop.gui.common.widgets import size_to_screen

#: The keyboard shortcuts, as the help dialog lists them.
#: Texts in French (the source language), translated when the help is shown.
SHORTCUTS = (
    (
        "Ctrl+N",
        QT_TRANSLATE_NOOP(
            "MainWindow", "Nouveau questionnaire (quartier, enquêteur·rice et mode de l'accueil)"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Ctrl+Maj+N"),
        QT_TRANSLATE_NOOP("MainWindow", "Saisie d'un questionnaire papier (tout sur une page)"),
    ),
    (
        "1 … 9, 0",
        QT_TRANSLATE_NOOP("MainWindow", "Mode terrain : coche le choix n° 1 … 9, 0 pour le 10ᵉ"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "↑ / ↓ puis Espace"),
        QT_TRANSLATE_NOOP(
            "MainWindow", "Mode terrain : passe d'un choix à l'autre, coche ou décoche"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Entrée"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Question suivante de la page, puis page suivante ; sur la relecture : enregistrer",
        ),
    ),
    ("→ / ←, Alt+→ / Alt+←", QT_TRANSLATE_NOOP("MainWindow", "Page suivante / précédente")),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Ctrl+Entrée"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Saisie papier : enregistrer et ouvrir le suivant ; terrain : page suivante",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Tab / Maj+Tab"),
        QT_TRANSLATE_NOOP(
            "MainWindow", "Saisie papier : valider la réponse / revenir à la précédente"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Échap"),
        QT_TRANSLATE_NOOP("MainWindow", "Fermer le questionnaire (il reste en brouillon)"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Ctrl+Suppr"),
        QT_TRANSLATE_NOOP(
            "MainWindow", "Mode terrain : retirer la répétition affichée, ajoutée par erreur"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Suppr"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Dans la liste : supprimer un questionnaire (motif demandé, historique gardé)",
        ),
    ),
    (
        "Ctrl+E / Ctrl+M",
        QT_TRANSLATE_NOOP(
            "MainWindow", "Exporter vers une clé USB / fusionner des fichiers d'export"
        ),
    ),
    ("Ctrl+D", QT_TRANSLATE_NOOP("MainWindow", "Double saisie des questionnaires papier")),
    (
        "Ctrl+,",
        QT_TRANSLATE_NOOP(
            "MainWindow", "Réglages : langue, ordinateur, opérateurs, campagne, exports"
        ),
    ),
    (
        "Ctrl+T / Ctrl+P",
        QT_TRANSLATE_NOOP("MainWindow", "Tableau de bord / fiches de synthèse en PDF"),
    ),
    ("F1", QT_TRANSLATE_NOOP("MainWindow", "Cette aide")),
)


class ShortcutsDialog(QDialog):
    """The shortcuts, key and meaning on each row; « Fermer » always on screen below the list."""

    def __init__(
        self, rows: Sequence[tuple[str, str]] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if rows is None:
            rows = [
                (QCoreApplication.translate("MainWindow", str(keys)),
                 QCoreApplication.translate("MainWindow", str(what)))
                for keys, what in SHORTCUTS
            ]
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Raccourcis clavier"))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("shortcutsList")
        self.browser.setAccessibleName(self.windowTitle())
        html = "".join(f"<tr><td><b>{keys}</b></td><td>{what}</td></tr>" for keys, what in rows)
        self.browser.setHtml(f"<table cellspacing='6'>{html}</table>")
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        size_to_screen(self, 720, 560)


class GuideDialog(QDialog):
    """The user guide, read inside the application: a laptop may have nothing to open Markdown."""

    def __init__(self, guide: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Guide d'utilisation"))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("userGuide")
        self.browser.setAccessibleName(self.windowTitle())
        self.browser.setOpenExternalLinks(True)
        # The guide's pictures are named relative to its folder.
        self.browser.setSearchPaths([str(guide.parent)])
        self.browser.setMarkdown(guide.read_text(encoding="utf-8"))
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        size_to_screen(self, 900, 700)
