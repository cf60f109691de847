"""No English word left in the French interface: every window and dialog is scanned."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

from inclusion_desktop.gui.admin.first_run import FirstRunWizard
from inclusion_desktop.gui.admin.settings_dialog import SettingsDialog
from inclusion_desktop.gui.coordination.data_dialogs import DataExportDialog, DataImportDialog
from inclusion_desktop.gui.coordination.reports_dialogs import (
    PopulationTargetsDialog,
    ReportsDialog,
)
from inclusion_desktop.gui.coordination.sync_dialogs import (
    ConflictsDialog,
    ExportDialog,
    MergeDialog,
    MergeLogDialog,
)
from inclusion_desktop.gui.keying.keying_dialogs import DoubleEntryDialog
from inclusion_desktop.gui.shell.main_window import MainWindow
from inclusion_desktop.store import Store

# Words of English interfaces that have no business in ours (checked as whole words).
ENGLISH = re.compile(
    r"\b(the|and|of|to|is|are|please|cancel|save|open|close|file|files|edit|help|error|"
    r"warning|settings|delete|merge|select|choose|browse|apply|back|"
    r"next|previous|finish|submit|loading|done|failed|success|yes|no|new|quit|about)\b",
    re.IGNORECASE,
)


def _texts(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle(), widget.toolTip()]
    for child in widget.findChildren(QWidget):
        texts.append(child.toolTip())
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        if isinstance(child, QLineEdit):
            texts.append(child.placeholderText())
        if isinstance(child, QComboBox):
            texts += [child.itemText(i) for i in range(child.count())]
        if isinstance(child, QTableView) and child.model() is not None:
            model = child.model()
            for column in range(model.columnCount()):
                texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
    for action in widget.findChildren(type(widget.actions()[0]) if widget.actions() else object):
        texts.append(getattr(action, "text", lambda: "")())
    return [text.replace("&", "") for text in texts if text]


def _english_words(widget: QWidget) -> list[str]:
    found = []
    for text in _texts(widget):
        # Paths, identifiers and form content are not interface words.
        if "/" in text or "_" in text:
            continue
        found += [f"{match.group(0)!r} in {text!r}" for match in ENGLISH.finditer(text)]
    return found


def test_main_window_and_field_mode_speak_french(qtbot, window: MainWindow) -> None:
    texts = _texts(window)
    assert len(texts) > 30
    assert _english_words(window) == []
    for menu in window.menuBar().actions():
        assert not ENGLISH.search(menu.text().replace("&", "")), menu.text()
        for action in menu.menu().actions():
            assert not ENGLISH.search(action.text().replace("&", "")), action.text()
    window.new_questionnaire()
    assert _english_words(window.form_view) == []
    window.form_view._on_close()
    window.mode_combo.setCurrentIndex(window.mode_combo.findData("keying"))
    window.new_questionnaire()
    assert _english_words(window.keying_view) == []


def test_dialogs_speak_french(qtbot, window: MainWindow, store: Store) -> None:
    dialogs = [
        FirstRunWizard(store, window.preferences),
        SettingsDialog(store, window.preferences),
        ExportDialog(store),
        MergeDialog(store, []),
        ConflictsDialog(store),
        MergeLogDialog(store),
        ReportsDialog(store),
        PopulationTargetsDialog(store),
        DataExportDialog(store),
        DataImportDialog(store),
        DoubleEntryDialog(window.collector, store.operators()[0].id, lambda number: None),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert _english_words(dialog) == [], type(dialog).__name__
