"""Keyboard-flow tests on a real X server (Xvfb + openbox, Qt's xcb platform).

They run in their own pytest process started by `scripts/x11-session.sh`, because the Qt
platform is chosen once per process; the offscreen run of the other GUI tests leaves them out.
Keys are sent with xdotool to the X server, so they reach whatever widget really has the focus.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

# A key is delivered when the application state the test waits for appears; this is only the
# upper bound of that wait, far beyond what a loaded machine needs.
KEY_TIMEOUT_MS = 20_000


@pytest.fixture(autouse=True)
def real_x_server() -> None:
    """Fails loudly if this run is not on the xcb platform with xdotool at hand."""
    assert QGuiApplication.platformName() == "xcb", QGuiApplication.platformName()
    assert shutil.which("xdotool"), "xdotool manque : bash scripts/setup.sh l'installe"


@pytest.fixture(autouse=True)
def no_window_left() -> Iterator[None]:
    """Hides whatever a test left on screen: a stray window would take the next test's keys.

    Hidden, not closed: closing may ask a question that nobody would answer.
    """
    yield
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.hide()
    QApplication.processEvents()


def send_keys(qtbot, *keys: str) -> None:  # type: ignore[no-untyped-def]
    """Types X key names (`Return`, `KP_5`, `ctrl+n`) into the focused window, in order."""
    subprocess.run(["xdotool", "key", "--delay", "20", *keys], check=True)
    # xdotool returns once the X server has the events; Qt reads them on its next passes.
    for _ in range(5):
        QApplication.processEvents()
        qtbot.wait(20)


def visible_rect(widget: QWidget) -> QRect:
    """The part of `widget` a person can see: clipped by every scroll area and by its window."""
    top_left = widget.mapToGlobal(QPoint(0, 0))
    rect = QRect(top_left, widget.size())
    parent = widget.parentWidget()
    while parent is not None:
        clip = parent.viewport() if isinstance(parent, QAbstractScrollArea) else parent
        rect = rect.intersected(QRect(clip.mapToGlobal(QPoint(0, 0)), clip.size()))
        parent = parent.parentWidget()
    screen = widget.screen().availableGeometry()
    return rect.intersected(screen)


def assert_focus_visible(expected: type[QWidget] | QWidget | None = None) -> QWidget:
    """The focused widget exists, is shown, and at least its top line is inside what is visible."""
    focus = QApplication.focusWidget()
    assert focus is not None, "aucun widget n'a le focus clavier"
    assert focus.isVisible(), f"le focus est sur un widget caché : {focus!r}"
    seen = visible_rect(focus)
    needed = min(focus.height(), 20)
    assert seen.height() >= needed and seen.width() > 0, (
        f"le widget qui a le focus ({focus!r}, {focus.accessibleName()!r}) est hors de l'écran"
    )
    if isinstance(expected, QWidget):
        assert focus is expected or expected.isAncestorOf(focus), (focus, expected)
    elif expected is not None:
        assert isinstance(focus, expected), (focus, expected)
    return focus
