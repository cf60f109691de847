"""The keyboard focus, drawn the same way on every widget, and the colours it is checked against.

WCAG 2.1 AA asks a focus indicator of 3:1 against what surrounds it and text of 4.5:1 against its
background: tests/gui/test_accessibility.py computes both from the colours below and the rules
of the application's style sheet. Each widget keeps the same outer size focused or not (a thin
border and a margin become a thick border), so nothing moves when the focus arrives.
"""

from __future__ import annotations

#: The focus ring: dark navy, 14:1 on the window, 3.6:1 on a checked (blue) choice.
FOCUS = "#0b1f3a"
#: The border of fields and buttons without the focus (4.5:1 on white: a visible boundary).
BOUNDARY = "#6b7785"
#: Selected rows and items: white text on it reads at 4.5:1 or more.
SELECTION = "#1a5fc8"
#: What the window is painted with (Qt's Fusion palette), for the contrast checks.
WINDOW = "#efefef"
#: What fields, lists and tables are painted with.
BASE = "#ffffff"

FOCUS_STYLE_SHEET = f"""
QPushButton, QToolButton {{ border: 1px solid {BOUNDARY}; margin: 1px; border-radius: 4px;
    padding: 4px 12px; background: #fbfcfd; color: #14212b; }}
QPushButton:hover, QToolButton:hover {{ background: #e6eef8; }}
QPushButton:pressed, QToolButton:pressed, QPushButton:checked, QToolButton:checked {{
    background: #d3e2f5; }}
QPushButton:disabled, QToolButton:disabled {{ color: #8a96a3; border-color: #c3cbd3; }}
QPushButton:focus, QToolButton:focus {{ border: 2px solid {FOCUS}; margin: 0px; }}
QPushButton#primaryButton, QPushButton#bigButton {{ border: 1px solid #1f6feb; margin: 1px; }}
QPushButton#primaryButton:focus, QPushButton#bigButton:focus {{
    border: 3px solid {FOCUS}; margin: 0px; padding: 7px 17px; }}
QPushButton#choiceButton {{ margin: 0px; }}
QPushButton#choiceButton:checked {{ background: #1f6feb; color: #ffffff; }}
QPushButton#choiceButton:focus, QPushButton#choiceButton:checked:focus {{
    border: 3px solid {FOCUS}; padding: 6px 12px; }}
QComboBox, QLineEdit, QDateEdit, QSpinBox, QDoubleSpinBox, QTimeEdit, QDateTimeEdit {{
    border: 1px solid {BOUNDARY}; margin: 1px; border-radius: 3px; padding: 2px 4px;
    background: {BASE}; color: #14212b; }}
QComboBox:focus, QLineEdit:focus, QDateEdit:focus, QSpinBox:focus, QDoubleSpinBox:focus,
QTimeEdit:focus, QDateTimeEdit:focus {{ border: 2px solid {FOCUS}; margin: 0px; }}
QComboBox:disabled, QLineEdit:disabled {{ color: #6b7785; background: #f4f4f4; }}
QAbstractItemView, QPlainTextEdit, QTextEdit {{ border: 1px solid {BOUNDARY}; margin: 1px;
    selection-background-color: {SELECTION}; selection-color: #ffffff; }}
QAbstractItemView:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: 2px solid {FOCUS}; margin: 0px; }}
QCheckBox, QRadioButton {{ border: 2px solid transparent; border-radius: 3px; padding: 1px; }}
QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {FOCUS}; }}
QTabBar::tab:focus {{ border: 2px solid {FOCUS}; }}
QSlider:focus {{ border: 2px solid {FOCUS}; }}
"""
