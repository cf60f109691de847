"""The keyboard shortcuts list (F1) and the user guide, in windows that scroll on a small screen."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from inclusion_desktop.gui.widgets import size_to_screen


class ShortcutsDialog(QDialog):
    """The shortcuts, key and meaning on each row; « Fermer » always on screen below the list."""

    def __init__(
        self, rows: Sequence[tuple[str, str]] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if rows is None:
            from inclusion_desktop.gui.main_window import SHORTCUTS

            rows = [
                (QCoreApplication.translate("MainWindow", keys),
                 QCoreApplication.translate("MainWindow", what))
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
