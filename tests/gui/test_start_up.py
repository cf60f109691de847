"""Start-up: the main window is on screen and answers while the store and SQLAlchemy load."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from inclusion_desktop.gui.shell import app as gui_app
from inclusion_desktop.gui.shell.main_window import MainWindow
from inclusion_desktop.services.collect import Collector
from inclusion_desktop.store import Store

# Qt Multimedia (the camera of image questions) waits until an image question is shown.
HEAVY_MODULES = (
    "sqlalchemy",
    "pandas",
    "reportlab",
    "alembic",
    "pyxform",
    "openpyxl",
    "PySide6.QtMultimedia",
)


def set_up_laptop(database: Path) -> None:
    """A store as after the first start: laptop named, one operator (no PIN), forms registered."""
    store = Store.open(str(database))
    store.set_device_name("Portable test")
    store.add_operator("Samira B.")
    Collector(store).register_bundled_forms()
    store.close()


def main_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


class OnGuiThread(QObject):
    """Runs a function on the GUI thread when called from another thread, and waits for it."""

    asked = Signal()

    def __init__(self, function: Callable[[], object]) -> None:
        super().__init__()
        self.function = function
        self.done = threading.Event()
        # Queued even from the GUI thread itself: a GUI thread busy opening the store never
        # runs it, and the call below then reports False.
        self.asked.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def _run(self) -> None:
        try:
            self.function()
        finally:
            self.done.set()

    def __call__(self) -> bool:
        """True once the function ran on the GUI thread (False if it never got the chance)."""
        self.asked.emit()
        return self.done.wait(timeout=60)


def menu_entry(window: MainWindow, shortcut: str) -> QAction:
    """The menu entry of `window` with that keyboard shortcut."""
    menus = [m for action in window.menuBar().actions() if (m := action.menu()) is not None]
    return next(
        action
        for menu in menus
        for action in menu.actions()
        if action.shortcut() == QKeySequence(shortcut)
    )


def what_the_user_can_do(window: MainWindow) -> dict[str, object]:
    """What a person sees of the window and may use in it."""
    return {
        "visible": window.isVisible(),
        "home": window.stack.isEnabled(),
        "new_questionnaire": menu_entry(window, "Ctrl+N").isEnabled(),
        "shortcuts_quit": [menu_entry(window, key).isEnabled() for key in ("F1", "Ctrl+Q")],
        "status": window.statusBar().currentMessage(),
        "operator": window.home.operator_combo.currentText(),
    }


def test_the_window_answers_while_the_store_opens_then_is_filled_by_it(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    database = tmp_path / "terrain.sqlite"
    set_up_laptop(database)
    shown: list[MainWindow] = []
    seen_at_open: list[dict[str, object]] = []
    opening: list[tuple[bool, bool]] = []
    seen_at_run: list[dict[str, object]] = []
    real_open = Store.open.__func__  # type: ignore[attr-defined]
    real_show = gui_app.show_main_window
    look = OnGuiThread(lambda: seen_at_open.extend(what_the_user_can_do(w) for w in shown))

    def recording_show(app: QApplication) -> MainWindow:
        shown.append(real_show(app))
        return shown[-1]

    def recording_open(cls, url_or_path=None):  # type: ignore[no-untyped-def]
        # Off the GUI thread, which meanwhile handles what it is sent.
        opening.append((threading.current_thread() is not threading.main_thread(), look()))
        return real_open(cls, url_or_path)

    def recording_exec(*args: object) -> int:
        seen_at_run.extend(what_the_user_can_do(w) for w in shown)
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
    assert opening[:1] == [(True, True)]
    # While the store opens, the window is on screen and its menus answer: the shortcuts and
    # quitting work, the home screen is greyed out, and what needs the store waits.
    assert seen_at_open[:1] == [
        {
            "visible": True,
            "home": False,
            "new_questionnaire": False,
            "shortcuts_quit": [True, True],
            "status": "Ouverture de la base de données…",
            "operator": "",
        }
    ]
    # When the application runs, the same window shows the store's operator and is all usable.
    assert seen_at_run == [
        {
            "visible": True,
            "home": True,
            "new_questionnaire": True,
            "shortcuts_quit": [True, True],
            "status": "",
            "operator": "Samira B.",
        }
    ]


@pytest.mark.slow
def test_quitting_while_the_store_opens_leaves_no_new_database(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    database = tmp_path / "donnees" / "terrain.sqlite"
    database.parent.mkdir()
    shown: list[MainWindow] = []
    ran: list[bool] = []
    real_open = Store.open.__func__  # type: ignore[attr-defined]
    real_show = gui_app.show_main_window
    quit_now = OnGuiThread(lambda: shown[0].quit_action.trigger())  # Fichier › Quitter

    def recording_show(app: QApplication) -> MainWindow:
        shown.append(real_show(app))
        return shown[-1]

    def quitting_open(cls, url_or_path=None):  # type: ignore[no-untyped-def]
        assert quit_now()
        return real_open(cls, url_or_path)

    monkeypatch.setattr(gui_app, "show_main_window", recording_show)
    monkeypatch.setattr(Store, "open", classmethod(quitting_open))
    monkeypatch.setattr(QApplication, "exec", lambda *args: ran.append(True) or 0)
    try:
        status = gui_app.run_app(database=str(database), demo_if_empty=False, log_file=None)
    finally:
        for window in shown:
            window.deleteLater()
    assert status == 0 and ran == []
    assert not shown[0].isVisible()
    # As when the first-run assistant is quit: the database this start made is removed.
    assert sorted(p.name for p in database.parent.iterdir()) == []


def newer_store(database: Path) -> None:
    """A store whose schema a later version of the application wrote."""
    Store.open(str(database)).close()
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_plus_tard'")
    connection.close()


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (lambda path: path.write_text("ceci n'est pas une base", encoding="utf-8"),
         "n'est pas une base de données inclusion_desktop"),
        (newer_store, "créée par une version plus récente d'inclusion_desktop"),
    ],
    ids=["not-a-database", "newer-schema"],
)
def test_a_store_that_cannot_be_opened_closes_the_window_shown(
    qtbot, tmp_path: Path, make: Callable[[Path], object], said: str
) -> None:  # type: ignore[no-untyped-def]
    database = tmp_path / "terrain.sqlite"
    make(database)
    before = database.read_bytes()
    messages: list[tuple[str, str]] = []

    def critical(parent, title, text, *args):  # type: ignore[no-untyped-def]
        messages.append((title, text))
        return 0

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(gui_app.QMessageBox, "critical", staticmethod(critical))
        status = gui_app.run_app(database=str(database), demo_if_empty=False, log_file=None)
    assert status == 1
    assert [title for title, _text in messages] == ["Base de données inutilisable"]
    assert said in messages[0][1], messages
    assert database.read_bytes() == before  # left as it was
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
from inclusion_desktop.__main__ import main
main(["--db", sys.argv[1]])
print(json.dumps(seen))
"""


def test_nothing_heavy_is_imported_before_the_window_is_shown(tmp_path: Path) -> None:
    # Through the entry point, as `inclusion-desktop --db FILE` starts.
    database = tmp_path / "terrain.sqlite"
    set_up_laptop(database)
    probe = _START_UP_PROBE.format(heavy=HEAVY_MODULES)
    # The user's own settings and data folders are not touched: the probe has its own.
    environment = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        **{
            f"XDG_{kind}_HOME": str(tmp_path / kind.lower()) for kind in ("CONFIG", "DATA", "STATE")
        },
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
