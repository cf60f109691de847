"""Small pieces the dialogs share: a folder field with its button, a coloured status line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

_GOOD = "color: #1b6e2d; font-weight: 600;"
_BAD = "color: #a4161a; font-weight: 600;"


def show_status(label: QLabel, text: str, *, ok: bool) -> None:
    """Shows `text` in green when all went well, in red otherwise."""
    label.setText(text)
    label.setStyleSheet(_GOOD if ok else _BAD)


def choose_folder(parent: QWidget, edit: QLineEdit, title: str) -> None:
    """Asks for a folder, starting from the one in `edit`, and puts the answer there."""
    folder = QFileDialog.getExistingDirectory(parent, title, edit.text())
    if folder:
        edit.setText(folder)


def folder_row(parent: QWidget, edit: QLineEdit, title: str) -> QHBoxLayout:
    """The folder field and its « Choisir… » button, side by side."""
    row = QHBoxLayout()
    choose = QPushButton(QCoreApplication.translate("folder_row", "Choisir…"), parent)
    choose.clicked.connect(lambda: choose_folder(parent, edit, title))
    row.addWidget(edit, 1)
    row.addWidget(choose)
    return row
