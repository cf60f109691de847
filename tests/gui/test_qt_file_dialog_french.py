"""The file dialog of « Ajouter des fichiers… » (merge) speaks French with the French interface.

Qt's own French catalogue (qtbase_fr) lacks « &Look in: », « Files of &type: » and the kinds of
the « Type » column: i18n.QtFrenchGaps completes it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QTreeView,
)

from inclusion_desktop.gui.common.i18n import install_language
from inclusion_desktop.gui.coordination.sync_dialogs import MergeDialog
from inclusion_desktop.gui.shell.app import create_application
from inclusion_desktop.store import Store

ENGLISH = ("Look in", "Files of type", "Folder", "File name", "Open", "Cancel", "Detail View")


def texts_of_the_open_file_dialog(qtbot, dialog: MergeDialog, folder: Path) -> list[str]:  # type: ignore[no-untyped-def]
    """Clicks « Ajouter des fichiers… » and reads every text of the file dialog that opens."""
    seen: list[str] = []

    def read_and_close() -> None:
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QFileDialog) and w.isVisible()]
        if not boxes:
            QTimer.singleShot(50, read_and_close)
            return
        box = boxes[0]
        box.setDirectory(str(folder))
        qtbot.wait(300)  # the folder's contents are read on a thread
        seen.append(box.windowTitle())
        seen.extend(label.text() for label in box.findChildren(QLabel))
        for button in box.findChildren(QAbstractButton):
            seen.extend((button.text(), button.toolTip()))
        for combo in box.findChildren(QComboBox):
            seen.extend(combo.itemText(i) for i in range(combo.count()))
        for view in box.findChildren(QTreeView):
            model, root = view.model(), view.rootIndex()
            seen.extend(str(model.headerData(c, qtbot_orientation())) for c in range(4))
            for row in range(model.rowCount(root)):
                seen.append(str(model.index(row, 2, root).data()))  # the « Type » column
        box.reject()

    QTimer.singleShot(0, read_and_close)
    add = next(b for b in dialog.findChildren(QAbstractButton) if "Ajouter" in b.text())
    add.click()
    return seen


def qtbot_orientation():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_the_merge_file_dialog_has_no_english_left(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = create_application()
    install_language(app, "fr")
    (tmp_path / "exports").mkdir()
    (tmp_path / "exports" / "anciens").mkdir()
    store = Store.open(str(tmp_path / "coordination.sqlite"))
    try:
        dialog = MergeDialog(store)
        qtbot.addWidget(dialog)
        seen = texts_of_the_open_file_dialog(qtbot, dialog, tmp_path / "exports")
    finally:
        store.close()
    joined = " | ".join(seen)
    assert "Voir dans" in joined and "Fichiers de &type" in joined, joined
    assert "Dossier" in joined, joined  # the « Type » of the sub-folder « anciens »
    for english in ENGLISH:
        assert english not in joined.replace("&", ""), (english, joined)


def test_english_interface_keeps_qt_english(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = create_application()
    try:
        install_language(app, "en")
        box = QFileDialog(None, "x")
        box.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(box)
        labels = [label.text() for label in box.findChildren(QLabel)]
        assert "&Look in:" in labels
    finally:
        install_language(app, "fr")
