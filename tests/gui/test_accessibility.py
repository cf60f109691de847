"""Accessibility of the interface: contrasts of the style sheet, visible focus, keyboard ways in.

The contrasts are WCAG 2.1's (relative luminance of sRGB colours): 4.5:1 for text, 3:1 for the
focus ring against the window and against the widget it surrounds.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QApplication

from inclusion_desktop.gui.admin import operators_dialogs
from inclusion_desktop.gui.common import style, widgets
from inclusion_desktop.gui.coordination import data_dialogs
from inclusion_desktop.gui.shell import app as gui_app
from inclusion_desktop.gui.shell.main_window import MainWindow
from inclusion_desktop.gui.shell.submissions_model import SubmissionsTableModel

RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")


def luminance(colour: str) -> float:
    """WCAG relative luminance of a CSS colour (#rrggbb or a name Qt knows)."""
    qcolour = QColor(colour)
    assert qcolour.isValid(), colour

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(c) for c in (qcolour.redF(), qcolour.greenF(), qcolour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: str, second: str) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def rules(sheet: str) -> list[tuple[str, dict[str, str]]]:
    """(selector, properties) of each rule, one entry per selector of a comma list."""
    found = []
    for selectors, body in RULE.findall(sheet):
        properties = {}
        for declaration in body.split(";"):
            if ":" in declaration:
                name, value = declaration.split(":", 1)
                properties[name.strip()] = value.strip()
        found.extend((selector.strip(), properties) for selector in selectors.split(","))
    return found


SHEET = rules(gui_app.STYLE_SHEET + style.FOCUS_STYLE_SHEET)
INPUTS = ("QLineEdit", "QComboBox", "QDateEdit", "QSpinBox", "QAbstractItemView", "QTextEdit")


def background(selector: str) -> str:
    """The fill a selector is drawn on: its own, its state's, its widget's, or the window's."""
    candidates = [selector]
    while ":" in candidates[-1]:
        candidates.append(candidates[-1].rsplit(":", 1)[0])
    for candidate in candidates:
        for other, properties in reversed(SHEET):
            if other == candidate and "background" in properties:
                return properties["background"].split()[0]
    if selector.startswith(INPUTS):
        return style.BASE
    return style.WINDOW


def border_colour(value: str) -> str:
    return value.split()[-1]


def test_the_contrast_formula_matches_wcag_examples() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def test_every_text_colour_reads_at_4_5_to_1_on_its_background() -> None:
    checked = 0
    for selector, properties in SHEET:
        if "color" not in properties or ":disabled" in selector:
            continue  # WCAG 1.4.3 exempts inactive controls
        ratio = contrast(properties["color"], background(selector))
        assert ratio >= 4.5, (selector, properties["color"], background(selector), ratio)
        checked += 1
    assert checked >= 10
    for inline in (widgets._GOOD, widgets._BAD, data_dialogs._WARNING_STYLE,
                   operators_dialogs._ERROR_STYLE, operators_dialogs._OK_STYLE):
        colour = re.search(r"color:\s*(#[0-9a-f]{6})", inline).group(1)  # type: ignore[union-attr]
        assert contrast(colour, style.WINDOW) >= 4.5, inline
    # Selected rows: white on the selection colour.
    assert contrast("#ffffff", style.SELECTION) >= 4.5


def effective(selector: str) -> dict[str, str]:
    """A selector's properties once every rule for it is applied, later ones winning."""
    merged: dict[str, str] = {}
    for other, properties in SHEET:
        if other == selector:
            merged.update(properties)
    return merged


def test_the_focus_ring_is_drawn_on_every_kind_of_widget_at_3_to_1() -> None:
    focus_rules = [(s, effective(s)) for s in dict.fromkeys(s for s, _ in SHEET) if ":focus" in s]
    kinds = {s.split(":")[0].split("#")[0] for s, _ in focus_rules}
    for kind in ("QPushButton", "QToolButton", "QComboBox", "QLineEdit", "QDateEdit",
                 "QAbstractItemView", "QCheckBox", "QRadioButton", "QTextEdit", "QSpinBox"):
        assert kind in kinds, kind
    for selector, properties in focus_rules:
        ring = border_colour(properties["border"])
        assert ring == style.FOCUS, selector
        width = int(properties["border"].split()[0].removesuffix("px"))
        assert width >= 2, selector
        assert contrast(ring, style.WINDOW) >= 3, selector
        assert contrast(ring, background(selector)) >= 3, (selector, background(selector))
    # The checked choice of field mode (blue) keeps a ring that stands out from its fill.
    assert contrast(style.FOCUS, background("QPushButton#choiceButton:checked")) >= 3


def test_focused_widgets_draw_the_ring(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The style sheet reaches the widgets: a focused combo box has the ring's colour on it."""
    window.home.zone_combo.setFocus()
    qtbot.waitUntil(lambda: window.home.zone_combo.hasFocus(), timeout=5000)
    image = window.home.zone_combo.grab().toImage()
    ring = QColor(style.FOCUS)
    edge = [image.pixelColor(x, image.height() // 2) for x in range(0, 4)]
    assert any(abs(c.red() - ring.red()) + abs(c.green() - ring.green()) < 40 for c in edge), [
        c.name() for c in edge
    ]
    window.home.new_button.setFocus()
    qtbot.waitUntil(lambda: window.home.new_button.hasFocus(), timeout=5000)
    image = window.home.new_button.grab().toImage()
    assert image.pixelColor(1, image.height() // 2).name() == style.FOCUS


def test_ctrl_shift_n_starts_keying_a_paper_questionnaire(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    actions = [a for a in window.findChildren(type(window.menuBar().actions()[0]))
               if a.shortcut() == QKeySequence("Ctrl+Shift+N")]
    assert len(actions) == 1 and "papier" in actions[0].text()
    assert window.current_entry_mode() == "field"
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.keying_view, timeout=10000)
    assert window.current_entry_mode() == "keying"
    assert window.keying_view.session is not None


def test_list_columns_sort_by_their_headers(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from inclusion_desktop.demo import fill_demo_store

    fill_demo_store(window.store, submissions=12, seed=7)
    window.refresh()
    model = window.home.model
    assert window.home.table.isSortingEnabled()
    header = window.home.table.horizontalHeader()
    column = SubmissionsTableModel.COLUMN_OPERATOR
    position = QPoint(header.sectionViewportPosition(column) + 5, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    names = [model.data(model.index(r, column)) for r in range(model.rowCount())]
    assert len(set(names)) > 1
    assert names in (sorted(names, key=str.casefold), sorted(names, key=str.casefold, reverse=True))
    first_order = names
    window.home.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    names = [model.data(model.index(r, column)) for r in range(model.rowCount())]
    assert names == sorted(names, key=str.casefold, reverse=True)
    # A refresh keeps the order chosen.
    window.refresh_list()
    assert [model.data(model.index(r, column)) for r in range(model.rowCount())] == names
    assert first_order  # the click sorted before the explicit call
    window.home.table.sortByColumn(
        SubmissionsTableModel.COLUMN_REVISIONS, Qt.SortOrder.AscendingOrder
    )
    counts = [model.data(model.index(r, SubmissionsTableModel.COLUMN_REVISIONS))
              for r in range(model.rowCount())]
    assert counts == sorted(counts)
    QApplication.processEvents()
