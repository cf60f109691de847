"""Every field, list and button of every window has a name a screen reader can say.

A button is named by its text (or accessible name); a field, a list or a table by a label whose
buddy it is (Qt's « labelled by » relation, which Orca reads) or by an accessible name (which
NVDA reads). A combo box alone would only read its current value.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
    QWizard,
)

sys.path.insert(0, str(Path(__file__).parent))
import screen_fit_probe  # noqa: E402 (beside this file: the list of every window)

FIELDS = (QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QAbstractItemView)


def unnamed(window: QWidget) -> list[str]:
    """The visible inputs and buttons of `window` that a screen reader could not name."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, (QAbstractButton, *FIELDS)):
            continue
        if isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_"):
            continue  # parts of a table or of Qt's own widgets, named by Qt
        if isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface is not None
        if isinstance(widget, QAbstractButton):
            name = interface.text(QAccessible.Text.Name)
        else:
            labels = interface.relations(QAccessible.Relation.Label)
            name = widget.accessibleName() or " ".join(
                label.text(QAccessible.Text.Name) for label, _ in labels
            )
        if not name.strip():
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


def test_every_input_and_button_has_a_name(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from inclusion_desktop.gui.shell.app import create_application

    app = create_application()
    missing: dict[str, list[str]] = {}
    checked = 0
    for name, build in screen_fit_probe.windows(tmp_path):
        window = build()
        window.show()
        screen_fit_probe.settle(app, window)
        pages = window.pageIds() if isinstance(window, QWizard) else [None]
        for page in pages:
            if page is not None:
                window.setStartId(page)
                window.restart()
                screen_fit_probe.settle(app, window)
            found = unnamed(window)
            checked += 1
            if found:
                missing[f"{name} {page if page is not None else ''}".strip()] = found
        if isinstance(window, QDialog):
            window.done(0)
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    assert checked >= 30
    assert missing == {}
