"""Small pieces the dialogs share.

A folder field with its button, a coloured status line, the progress bar and message line of
the dialogs that run work in the background, and the growing of a dialog to fit its texts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QBoxLayout,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

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


def add_progress_area(
    parent: QWidget, layout: QBoxLayout, *, busy: bool, visible: bool = False
) -> tuple[QProgressBar, QLabel]:
    """Adds the progress bar (hidden until work starts) and the wrapped message line.

    `busy` makes the bar a moving indicator, for work that cannot say how far it has got.
    """
    progress = QProgressBar(parent)
    if busy:
        progress.setRange(0, 0)
    progress.setVisible(visible)
    layout.addWidget(progress)
    message = QLabel(parent)
    message.setWordWrap(True)
    layout.addWidget(message)
    return progress, message


def fit_height(dialog: QWidget) -> None:
    """Grows the dialog so its wrapped texts show whole (a window ignores height-for-width)."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    width = dialog.width()
    needed = (
        layout.totalHeightForWidth(width)
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    if needed > dialog.height():
        dialog.resize(width, needed)
