"""The X11 session itself: the main window is managed by a window manager and takes real keys."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from inclusion_desktop.gui.common.widgets import framed_geometry
from tests.gui.x11.conftest import KEY_TIMEOUT_MS, assert_focus_visible, send_keys


def test_maximised_main_window_takes_keys_from_the_x_server(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.showMaximized()
    qtbot.waitUntil(
        lambda: window.isActiveWindow()
        and framed_geometry(window).height() <= window.screen().availableGeometry().height(),
        timeout=KEY_TIMEOUT_MS,
    )
    first = QApplication.focusWidget()
    send_keys(qtbot, "Tab")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not first, timeout=KEY_TIMEOUT_MS)
    assert_focus_visible()
