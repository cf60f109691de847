"""Start-up: the main window is on screen before the store, SQLAlchemy and the forms load."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from inclusion_desktop.gui.shell import app as gui_app
from inclusion_desktop.gui.shell.main_window import MainWindow
from inclusion_desktop.services.collect import Collector
from inclusion_desktop.store import Store

HEAVY_MODULES = ("sqlalchemy", "pandas", "reportlab", "alembic", "pyxform", "openpyxl")


def set_up_laptop(database: Path) -> None:
    """A store as after the first start: laptop named, one operator (no PIN), forms registered."""
    store = Store.open(str(database))
    store.set_device_name("Portable test")
    store.add_operator("Samira B.")
    Collector(store).register_bundled_forms()
    store.close()


def main_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def test_the_window_is_shown_greyed_out_then_filled_by_the_store(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    database = tmp_path / "terrain.sqlite"
    set_up_laptop(database)
    shown: list[MainWindow] = []
    seen_at_open: list[tuple[bool, bool]] = []
    seen_at_run: list[tuple[bool, bool, str]] = []
    real_open = Store.open.__func__  # type: ignore[attr-defined]
    real_show = gui_app.show_main_window

    def recording_show(app: QApplication) -> MainWindow:
        shown.append(real_show(app))
        return shown[-1]

    def recording_open(cls, url_or_path=None):  # type: ignore[no-untyped-def]
        seen_at_open.extend((w.isVisible(), w.stack.isEnabled()) for w in shown)
        return real_open(cls, url_or_path)

    def recording_exec(*args: object) -> int:
        seen_at_run.extend(
            (w.isVisible(), w.stack.isEnabled(), w.home.operator_combo.currentText()) for w in shown
        )
        return 0

    monkeypatch.setattr(gui_app, "show_main_window", recording_show)
    monkeypatch.setattr(Store, "open", classmethod(recording_open))
    monkeypatch.setattr(QApplication, "exec", recording_exec)
    try:
        status = gui_app.run_app(database=str(database), demo_if_empty=False, log_file=None)
    finally:
        for window in shown:
            window.close()
            window.deleteLater()
    assert status == 0 and len(shown) == 1
    # When the store is opened, the window is already on screen, not usable yet.
    assert seen_at_open[:1] == [(True, False)]
    # When the application runs, the same window shows the store's operator and is usable.
    assert seen_at_run == [(True, True, "Samira B.")]


def test_a_store_that_cannot_be_opened_closes_the_window_shown(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    not_a_database = tmp_path / "terrain.sqlite"
    not_a_database.write_text("ceci n'est pas une base", encoding="utf-8")
    messages: list[str] = []

    def critical(parent, title, text, *args):  # type: ignore[no-untyped-def]
        messages.append(title)
        return 0

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(gui_app.QMessageBox, "critical", staticmethod(critical))
        status = gui_app.run_app(database=str(not_a_database), demo_if_empty=False, log_file=None)
    assert status == 1
    assert messages == ["Base de données inutilisable"]
    assert not any(window.isVisible() for window in main_windows())  # none left on screen


_START_UP_PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
from inclusion_desktop.gui.shell import app as gui_app
from inclusion_desktop.gui.shell.main_window import MainWindow

heavy = {heavy!r}
loaded = lambda: sorted(name for name in heavy if name in sys.modules)
seen = {{}}
real_show = gui_app.show_main_window

def show(app):
    window = real_show(app)
    seen["shown"] = loaded()
    return window

def run(*args):
    seen["running"] = loaded()
    return 0

gui_app.show_main_window = show
QApplication.exec = run
gui_app.run_app(database=sys.argv[1], demo_if_empty=False, log_file=None)
print(json.dumps(seen))
"""


def test_nothing_heavy_is_imported_before_the_window_is_shown(tmp_path: Path) -> None:
    database = tmp_path / "terrain.sqlite"
    set_up_laptop(database)
    probe = _START_UP_PROBE.format(heavy=HEAVY_MODULES)
    # The user's own settings and data folders are not touched: the probe has its own.
    environment = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        **{f"XDG_{kind}_HOME": str(tmp_path / kind.lower()) for kind in ("CONFIG", "DATA")},
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(database)],
        capture_output=True,
        text=True,
        env=environment,
        check=True,
        timeout=120,
    )
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["shown"] == []  # the window is painted before the store's libraries load
    # Once usable, the store is open (SQLAlchemy); data analysis and PDF libraries wait until
    # a dialog needs them.
    assert seen["running"] == ["sqlalchemy"]
