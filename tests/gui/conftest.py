"""Fixtures for GUI tests: a real store in tmp and the real main window, offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from inclusion_desktop.gui.app import create_application, open_main_window
from inclusion_desktop.gui.main_window import SETTING_ZONE, MainWindow
from inclusion_desktop.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A new store with this laptop named and one operator, as after the first run."""
    opened = Store.open(str(tmp_path / "terrain.sqlite"))
    opened.set_device_name("Portable test")
    opened.add_operator("Samira B.")
    opened.set_setting(SETTING_ZONE, "maubeuge/sous_le_bois")
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot, store: Store) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window on `store`, shown and active so keyboard focus works."""
    create_application()
    main = open_main_window(store, first_run=False)
    assert main is not None
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    QApplication.processEvents()
    return main
