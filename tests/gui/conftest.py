"""Fixtures for GUI tests: a real store in tmp and the real main window, offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication

from inclusion_desktop.gui.common.i18n import install_language
from inclusion_desktop.gui.common.settings import Preferences
from inclusion_desktop.gui.shell.app import create_application, open_main_window
from inclusion_desktop.gui.shell.main_window import SETTING_ZONE, MainWindow
from inclusion_desktop.store import Store

# Keyboard-flow tests need a real X server: scripts/x11-session.sh runs them in their own process.
collect_ignore = [] if os.environ.get("INCLUSION_X11_TESTS") else ["x11"]


@pytest.fixture(autouse=True)
def user_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """QSettings write to tmp: no test reads or changes the real user's preferences.

    The default export folder (in the user's documents) is in tmp too.
    """
    folder = tmp_path / "qsettings"
    documents = tmp_path / "Documents"
    monkeypatch.setattr(
        "inclusion_desktop.gui.common.settings.user_documents_dir", lambda: str(documents)
    )
    QStandardPaths.setTestModeEnabled(True)
    for settings_format in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(settings_format, scope, str(folder / scope.name))
    yield folder


@pytest.fixture
def french_after() -> Iterator[None]:
    """Whatever a test switches to, the next one starts in French."""
    yield
    app = QApplication.instance()
    assert app is not None
    install_language(app, "fr")


@pytest.fixture(scope="session")
def compiled() -> None:
    """The interface's .qm files, compiled from their .ts when missing or older (setup.sh too)."""
    root = Path(__file__).resolve().parents[2]
    folder = root / "resources" / "translations"
    for ts_file in folder.glob("*.ts"):
        qm_file = ts_file.with_suffix(".qm")
        if not qm_file.exists() or qm_file.stat().st_mtime < ts_file.stat().st_mtime:
            subprocess.run(
                [sys.executable, str(root / "scripts" / "build_translations.py")], check=True
            )
            return


@pytest.fixture(autouse=True)
def french(compiled: None) -> None:
    """Every test starts in French with its plural forms (« 1 brouillon », « 2 brouillons »)."""
    install_language(create_application(), "fr")


@pytest.fixture
def preferences(user_settings: Path) -> Preferences:
    """The laptop's preferences, in the temporary settings folder."""
    return Preferences()


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
def window(qtbot, store: Store, compiled: None) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window on `store` in French, shown and active so keyboard focus works."""
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
