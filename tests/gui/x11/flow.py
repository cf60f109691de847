"""Helpers for keyboard-flow tests on xcb: one real key, then wait for its effect, then look.

Every key goes through the X server (xdotool) to whatever widget really has the focus; after each
one the test waits (without any time limit a loaded machine could reach) for the state it expects
and checks that the focused widget is the expected one, shown, and inside the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.x11.conftest import KEY_TIMEOUT_MS, assert_focus_visible, send_keys, visible_rect

Expected = type[QWidget] | QWidget | Callable[[], QWidget | None] | None


def inside_window(widget: QWidget) -> bool:
    """True when the widget's top line is inside its top-level window and the screen."""
    window = widget.window()
    frame = QRect(window.mapToGlobal(QPoint(0, 0)), window.size())
    seen = visible_rect(widget)
    return (
        seen.height() >= min(widget.height(), 20)
        and frame.contains(seen.topLeft())
        and widget.screen().availableGeometry().contains(seen.topLeft())
    )


def focus_is(expected: Expected) -> bool:
    """True when the focused widget is `expected` (a widget, one of its children, or a type)."""
    focus = QApplication.focusWidget()
    if focus is None:
        return False
    if callable(expected) and not isinstance(expected, type):
        expected = expected()
    if expected is None:
        return True
    if isinstance(expected, QWidget):
        return focus is expected or expected.isAncestorOf(focus)
    return isinstance(focus, expected)


def _describe(widget: QWidget | None) -> str:
    if widget is None:
        return "None"
    return f"{widget!r} in {widget.parentWidget()!r}, seen {visible_rect(widget)}"


def key(  # type: ignore[no-untyped-def]
    qtbot,
    name: str,
    *,
    until: Callable[[], bool] | None = None,
    focus: Expected = None,
) -> QWidget:
    """Sends one X key, waits for `until` and for the focus on `focus`; checks it can be seen."""
    send_keys(qtbot, name)
    wanted = lambda: focus() if callable(focus) and not isinstance(focus, type) else focus  # noqa: E731
    for what, condition in (
        ("the expected state", until or (lambda: True)),
        ("the focus on the expected widget", lambda: focus_is(focus)),
        # A scroll or a re-layout may land on the next passes of the event loop.
        (
            "the focused widget inside the window",
            lambda: (
                QApplication.focusWidget() is not None and inside_window(QApplication.focusWidget())
            ),
        ),
    ):
        try:
            qtbot.waitUntil(condition, timeout=KEY_TIMEOUT_MS)
        except Exception as error:  # the message says what has the focus instead
            raise AssertionError(
                f"after key {name!r}, no {what}; focus: {_describe(QApplication.focusWidget())}; "
                f"expected: {_describe(wanted()) if isinstance(wanted(), QWidget) else wanted()}"
            ) from error
    return assert_focus_visible(wanted())
