"""The X11 session itself: the main window is managed by a window manager and takes real keys."""

from __future__ import annotations

import re
import subprocess

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


def test_no_other_window_shares_the_screen(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Only the application's windows are managed by the window manager.

    A window of the session itself (the window manager's error message) would take the
    keyboard at a moment no test chooses.
    """
    window.showMaximized()
    qtbot.waitUntil(window.isActiveWindow, timeout=KEY_TIMEOUT_MS)
    listed = subprocess.run(
        ["xprop", "-root", "_NET_CLIENT_LIST"], capture_output=True, text=True, check=True
    ).stdout
    managed = {int(number, 16) for number in re.findall(r"0x[0-9a-fA-F]+", listed)}
    ours = {int(widget.winId()) for widget in QApplication.topLevelWidgets() if widget.isVisible()}
    assert int(window.winId()) in managed
    foreign = managed - ours
    names = [
        subprocess.run(
            ["xdotool", "getwindowname", str(number)], capture_output=True, text=True
        ).stdout.strip()
        for number in foreign
    ]
    assert not foreign, f"autres fenêtres sur l'écran : {names}"
