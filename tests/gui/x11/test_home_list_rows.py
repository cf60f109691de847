"""On the real screen, the home list shows several questionnaires, 1024×600 netbooks included."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout

from inclusion_desktop.demo import fill_demo_store
from inclusion_desktop.gui.shell.home_view import COMPACT_HOME_HEIGHT
from inclusion_desktop.gui.shell.main_window import MainWindow
from inclusion_desktop.store import Store
from tests.gui.x11.test_field_reveal import show_on_screen


def test_the_home_list_shows_several_rows_on_this_screen(
    qtbot, window: MainWindow, store: Store  # type: ignore[no-untyped-def]
) -> None:
    fill_demo_store(store, submissions=30, seed=3)
    window.refresh_list()
    show_on_screen(qtbot, window)
    table = window.home.table
    qtbot.waitUntil(lambda: table.rowHeight(0) > 0)
    # On a short screen the figures stand beside their captions to leave the list that room.
    compact = window.home.height() < COMPACT_HOME_HEIGHT
    expected = QBoxLayout.Direction.LeftToRight if compact else QBoxLayout.Direction.TopToBottom
    assert all(layout.direction() == expected for layout in window.home._figure_layouts)
    shown = table.viewport().height() // table.rowHeight(0)
    assert shown >= 4, f"{shown} ligne(s) visibles, écran de {window.screen().size().toTuple()}"
