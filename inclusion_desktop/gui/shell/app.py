"""Starts the application: main window, store, first-run assistant, error dialog.

The main window is shown first, its home screen greyed out; the store (SQLAlchemy, the models,
the forms) is then imported and opened on another thread while the window answers (menus,
guide, shortcuts, quitting), and fills it. Nothing heavy is imported before the window is on
screen: pandas, reportlab and alembic are imported by the features that need them.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMessageBox,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QWidget,
)

from inclusion_desktop.gui.common.i18n import install_language, saved_language
from inclusion_desktop.gui.common.messages import log_without_message, user_message
from inclusion_desktop.gui.common.settings import Preferences
from inclusion_desktop.gui.common.style import FOCUS_STYLE_SHEET
from inclusion_desktop.gui.common.widgets import install_screen_fitter
from inclusion_desktop.gui.common.workers import GuiThreadGarbageCollector, run_in_background
from inclusion_desktop.gui.shell.home_keys import SETTING_OPERATOR
from inclusion_desktop.gui.shell.main_window import MainWindow

if TYPE_CHECKING:
    from inclusion_desktop.services.collect import Collector
    from inclusion_desktop.store import Store
    from inclusion_desktop.store.backup import StoreDamaged

log = logging.getLogger(__name__)

Result = TypeVar("Result")

STYLE_SHEET = """
QLabel#formTitle { font-size: 13pt; font-weight: 600; color: #1f3b57; }
QLabel#questionLabel { font-size: 17pt; font-weight: 600; color: #14212b; }
QLabel#groupLabel { font-size: 11pt; color: #5b6b79; text-transform: uppercase; }
QLabel#hintLabel { color: #5b6b79; font-style: italic; }
QLabel#errorLabel { color: #a4161a; font-weight: 600; }
QLabel#figureNumber { font-size: 22pt; font-weight: 700; color: #1f3b57; }
QFrame#figure, QFrame#card { background: #f3f6f9; border: 1px solid #d5dde5; border-radius: 8px; }
QPushButton#choiceButton { text-align: left; padding: 8px 14px; font-size: 13pt;
    border: 1px solid #9fb3c8; border-radius: 6px; background: #ffffff; }
QPushButton#choiceButton[likert="true"] { text-align: center; }
QPushButton#choiceButton:checked { background: #1f6feb; color: white; border-color: #1f6feb; }
QPushButton#choiceButton:focus { border: 2px solid #0b3d91; }
QPushButton#primaryButton, QPushButton#bigButton { background: #1f6feb; color: white;
    border-radius: 6px; padding: 8px 18px; font-weight: 600; }
QPushButton#bigButton { font-size: 14pt; }
QPushButton#primaryButton:disabled, QPushButton#bigButton:disabled { background: #9fb3c8; }
QProgressBar { border: none; background: #e3e9ef; border-radius: 5px; }
QProgressBar::chunk { background: #1f6feb; border-radius: 5px; }
"""


def needs_first_run_file(database: Path) -> bool:
    """True when the database at `database` has no laptop name or no operator yet."""
    from inclusion_desktop.services.provisioning import needs_first_run
    from inclusion_desktop.store import Store, StoreError

    try:
        store = Store.open(str(database))
    except StoreError:
        return False
    try:
        return needs_first_run(store)
    finally:
        store.close()


def remove_database_file(database: Path) -> None:
    """Removes a database the first-run assistant left unused, with SQLite's side files."""
    for path in (database, *(database.with_name(database.name + s) for s in ("-wal", "-shm"))):
        try:
            path.unlink(missing_ok=True)
        except OSError as error:
            log.warning("Base inutilisée non supprimée : %s (%s)", path, error)


def install_exception_hook(log_file: Path | None) -> None:
    """Shows unexpected errors in a French dialog; answers are already saved as drafts."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, error, tb))
        # The log keeps where it happened, not the message: it may quote an answer.
        log_without_message(log, "Erreur inattendue", error.with_traceback(tb))
        if QApplication.instance() is None:
            sys.__excepthook__(kind, error, tb)
            return
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("Application", "Erreur inattendue"),
            QCoreApplication.translate(
                "Application",
                "Une erreur inattendue s'est produite. Les réponses déjà saisies sont "
                "enregistrées comme brouillon.",
            ),
        )
        journal = QCoreApplication.translate("Application", "Journal : {path}")
        box.setInformativeText(journal.format(path=log_file) if log_file else "")
        box.setDetailedText(details)
        box.exec()

    sys.excepthook = hook


def install_qt_translations(app: QApplication, language: str) -> None:
    """Installs the interface language: Qt's own strings (« Annuler », not "Cancel") and ours."""
    install_language(app, language)


class AccentSafeStyle(QProxyStyle):
    """The platform style, with unselected tabs kept level with the selected one.

    Lowered by two pixels, an unselected tab cut the accent off « À ressaisir » or « Écarts ».
    """

    def pixelMetric(  # noqa: N802 (Qt's name)
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        """Qt's metric, except the vertical shift of unselected tabs."""
        if metric == QStyle.PixelMetric.PM_TabBarTabShiftVertical:
            return 0
        return super().pixelMetric(metric, option, widget)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the app's name and style (reused when one exists, as in tests)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv or sys.argv[:1])
    app.setApplicationName("inclusion-desktop")
    app.setOrganizationName("inclusion-desktop")
    icon = resources.files("inclusion_desktop.resources") / "icons" / "inclusion-desktop.svg"
    app.setWindowIcon(QIcon(str(icon)))
    # The language chosen in the settings (QSettings "interface/language"), French by default.
    install_qt_translations(app, saved_language())
    font = app.font()
    font.setPointSize(11)
    app.setFont(font)
    if not app.property("accentSafeStyle"):  # once: the style sheet wraps the style after
        app.setStyle(AccentSafeStyle(app.style().name()))
        app.setProperty("accentSafeStyle", True)
    app.setStyleSheet(STYLE_SHEET + FOCUS_STYLE_SHEET)  # the focus ring comes last: it wins
    install_screen_fitter(app)  # every window and dialog inside the screen, even 1024×600
    app.garbage_collector = GuiThreadGarbageCollector(app)  # type: ignore[attr-defined]
    return app


def while_window_answers(work: Callable[[], Result]) -> Result:
    """Runs `work` on another thread while the windows keep answering; its result or its error.

    Start-up imports and opens the store this way: done on the GUI thread, it froze the window
    shown for about a second.
    """
    outcome: list[tuple[bool, Any]] = []
    loop = QEventLoop()

    def ended(done: bool, value: object) -> None:
        outcome.append((done, value))
        loop.quit()

    # Kept until it has reported: the signals bringing its answer back belong to it.
    task = run_in_background(
        lambda _report: work(),
        on_done=lambda result: ended(True, result),
        on_failed=lambda error: ended(False, error),
    )
    while not outcome:  # the answer comes as a queued signal, handled by this loop
        loop.exec()
    del task
    done, value = outcome[0]
    if not done:
        raise value
    return value  # type: ignore[no-any-return]


def load_store_modules() -> None:
    """Imports the store (SQLAlchemy, the models) and what fills the window from it."""
    import inclusion_desktop.quotas
    import inclusion_desktop.services.collect
    import inclusion_desktop.services.provisioning
    import inclusion_desktop.store.backup
    import inclusion_desktop.territory  # noqa: F401


def registered_collector(store: Store) -> Collector:
    """The collector of `store`, the bundled questionnaires registered in it."""
    from inclusion_desktop.services.collect import Collector

    collector = Collector(store)
    collector.register_bundled_forms()
    return collector


def attach_main_window(
    window: MainWindow, store: Store, *, first_run: bool = True, collector: Collector | None = None
) -> bool:
    """Prepares the store (forms, first run) and fills `window` with it; False if cancelled.

    `collector` is the store's, its forms already registered, when the caller made it.
    """
    from inclusion_desktop.gui.admin.first_run import FirstRunWizard
    from inclusion_desktop.services.provisioning import needs_first_run
    from inclusion_desktop.store import ROLE_COORDINATOR

    if collector is None:
        collector = registered_collector(store)
    set_up_now = first_run and needs_first_run(store)
    if set_up_now:
        wizard = FirstRunWizard(store, Preferences())
        if wizard.exec() != QDialog.DialogCode.Accepted:  # Terminer saves (FirstRunWizard.apply)
            return False
    window.attach_store(store, collector)
    saved_operator = store.get_setting(SETTING_OPERATOR)
    if set_up_now and saved_operator:
        chosen = next((op for op in store.operators() if str(op.id) == saved_operator), None)
        if chosen is not None and (chosen.role == ROLE_COORDINATOR or not chosen.has_secret):
            # Whoever finished the assistant has just chosen their password: not asked it
            # again. A mediator with a PIN (the default enquêteur·rice) types it at start-up.
            window.set_active_operator(chosen.id)
    return True


def open_main_window(store: Store, *, first_run: bool = True) -> MainWindow | None:
    """Prepares the store (forms, first run) and returns the main window, or None if cancelled."""
    window = MainWindow()
    return window if attach_main_window(window, store, first_run=first_run) else None


def show_main_window(app: QApplication) -> MainWindow:
    """The main window, on screen and painted, still without its store (greyed out)."""
    window = MainWindow()
    window.show()
    app.processEvents()
    return window


def _smoke_test(app: QApplication, window: MainWindow, store: Store, collector: Collector) -> int:
    """Checks a packaged build: main window on the store, one questionnaire started, then quit."""
    from inclusion_desktop.services.provisioning import needs_first_run

    if needs_first_run(store):
        store.set_device_name("Test de fumée")
        store.add_operator("Test")
    attach_main_window(window, store, first_run=False, collector=collector)
    app.processEvents()
    window.new_questionnaire()
    app.processEvents()
    started = window.form_view.session is not None and store.count_submissions() > 0
    window.form_view._on_close()
    window.close()
    store.close()
    print("smoke-test: ok" if started else "smoke-test: échec", flush=True)
    return 0 if started else 1


def run_app(*, database: str | None, demo_if_empty: bool, log_file: Path | None) -> int:
    """Shows the main window, then opens the store into it; returns the exit status."""
    app = create_application()
    install_exception_hook(log_file)
    window = show_main_window(app)
    status = _run_with_window(app, window, database=database, demo_if_empty=demo_if_empty)
    if window.isVisible():  # the store could not be opened, or the assistant was quit
        window.close()
    return status


def _run_with_window(
    app: QApplication, window: MainWindow, *, database: str | None, demo_if_empty: bool
) -> int:
    """Opens the store into the window already shown, then runs the application.

    The slow steps (imports, opening, backup, demonstration data, forms) run on another thread:
    the window answers meanwhile. Their messages and dialogs come here, on the GUI thread.
    """
    while_window_answers(load_store_modules)
    from inclusion_desktop.store import Store, StoreError
    from inclusion_desktop.store.backup import REASON_STARTUP, StoreDamaged, backup_store
    from inclusion_desktop.store.engine import resolve_database_url, sqlite_file_path

    database_file = sqlite_file_path(resolve_database_url(database))
    # A database this start creates is removed again if the first-run assistant is quit.
    fresh = database_file is not None and not database_file.exists()
    try:
        store = while_window_answers(lambda: Store.open(database))
    except StoreError as error:
        QMessageBox.critical(
            window,
            QCoreApplication.translate("Application", "Base de données inutilisable"),
            user_message(error),
        )
        return 1
    try:
        if not fresh:  # nothing to save in a database made a moment ago
            while_window_answers(lambda: backup_store(store, reason=REASON_STARTUP))
    except StoreDamaged as error:
        # A damaged store is not used: its backups stay good, and one of them replaces it.
        restored = _restore_damaged(store, error)
        if restored is None:
            return 1
        store = restored
    except StoreError as error:
        log.warning("Sauvegarde de démarrage impossible : %s", error)
    collector = while_window_answers(lambda: _prepare_store(store, demo_if_empty=demo_if_empty))
    if os.environ.get("INCLUSION_SMOKE_TEST") == "1":
        return _smoke_test(app, window, store, collector)
    # The window may have been closed while the store opened: then it is not filled.
    if not (window.isVisible() and attach_main_window(window, store, collector=collector)):
        store.close()
        if fresh and database_file is not None and needs_first_run_file(database_file):
            remove_database_file(database_file)
        return 0
    # A remembered operator with a PIN or password is asked for it before anything reopens.
    if window.ask_start_operator():
        window.resume_open_questionnaire()
    status = app.exec()
    window.collector.flush_drafts()
    store.close()
    return int(status)


def _prepare_store(store: Store, *, demo_if_empty: bool) -> Collector:
    """Fills an empty store with the demonstration data if asked; its registered collector."""
    if demo_if_empty and store.count_submissions() == 0:
        from inclusion_desktop.demo import fill_demo_store

        fill_demo_store(
            store,
            submissions=150,
            seed=2021,
            device_name="Démonstration",
            structures=True,
            paradata=True,
        )
    collector = registered_collector(store)
    # Read once here, the operators (their seals checked) and neighbourhoods have their SQL
    # compiled and cryptography loaded off the GUI thread, which then fills the window sooner.
    from inclusion_desktop.services.provisioning import needs_first_run
    from inclusion_desktop.territory import store_neighbourhoods

    needs_first_run(store)
    store_neighbourhoods(store)
    return collector


def _restore_damaged(store: Store, error: StoreDamaged) -> Store | None:
    """Say the store is damaged and offer its backups; the restored store, or None to quit."""
    from inclusion_desktop.gui.admin.backup_dialog import RestoreDialog
    from inclusion_desktop.store import Store, StoreError
    from inclusion_desktop.store.backup import restore_backup

    database = store.path
    store.close()
    QMessageBox.critical(
        None,
        QCoreApplication.translate("Application", "Base de données endommagée"),
        user_message(error),
    )
    if database is None:
        return None
    dialog = RestoreDialog(database)
    if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.chosen is None:
        return None
    try:
        restore_backup(database, dialog.chosen.path)
        return Store.open(str(database))
    except StoreError as failure:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("Application", "Restauration impossible"),
            user_message(failure),
        )
        return None
