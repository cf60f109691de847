"""The main window: the home screen, the interview and keying views, the menus.

It assembles its parts: the home screen (`home_view`), the actions of each role that the menus
open (`controllers`), the operator switching and coordinator gate (`operator_gate`). It runs the
questionnaires itself: starting, reopening, closing and the double entry's second keying.
The window is built and shown before the store is opened (see `attach_store`): this module
imports no store, SQLAlchemy or dialog at load time, each dialog being imported when opened.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QInputDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from inclusion_desktop import __version__
from inclusion_desktop.gui.common.i18n import install_language
from inclusion_desktop.gui.common.messages import translate, user_message
from inclusion_desktop.gui.common.settings import Preferences
from inclusion_desktop.gui.common.store_events import StoreEvents
from inclusion_desktop.gui.common.widgets import size_to_screen
from inclusion_desktop.gui.field.form_view import REVIEW_KEY, FieldFormView
from inclusion_desktop.gui.field.question_widgets import AttachmentAccess
from inclusion_desktop.gui.keying.keying_view import KeyingFormView
from inclusion_desktop.gui.shell.controllers import AdminActions, CoordinationActions, KeyingActions
from inclusion_desktop.gui.shell.home_keys import (
    SETTING_FORM,
    SETTING_MODE,
    SETTING_OPEN,
    SETTING_OPERATOR,
    SETTING_ZONE,
)
from inclusion_desktop.gui.shell.home_view import HomeView
from inclusion_desktop.gui.shell.operator_gate import OperatorGateMixin
from inclusion_desktop.permissions import Action
from inclusion_desktop.questionnaire.model import PAPER_NUMBER_NAME

if TYPE_CHECKING:
    from inclusion_desktop.paradata import PageTimer
    from inclusion_desktop.questionnaire.bundled import Neighbourhood
    from inclusion_desktop.questionnaire.session import FormSession
    from inclusion_desktop.services.collect import Collector, OpenQuestionnaire
    from inclusion_desktop.store import FormVersionInfo, Store

log = logging.getLogger(__name__)


def user_guide_path() -> Path | None:
    """The user guide beside the installed sources, when it is there."""
    guide = Path(__file__).resolve().parents[3] / "docs" / "guide-utilisateur.md"
    return guide if guide.is_file() else None


class MainWindow(OperatorGateMixin, QMainWindow):
    """Home screen and form view, in one window; the store is passed in.

    Built without a store, the window can be shown at once, greyed out, while the store opens;
    `attach_store` then fills it.
    """

    store: Store
    collector: Collector

    def __init__(
        self,
        store: Store | None = None,
        collector: Collector | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.preferences = Preferences()
        # Views showing store data follow this one signal, emitted after every change.
        self.store_events = StoreEvents(self)
        self.store_events.changed.connect(self.refresh)
        self.neighbourhoods: list[Neighbourhood] = []
        self._zone_names: dict[str, str] = {}
        self.setWindowTitle(self.tr("Enquête habitants"))  # Qt adds « — Inclusion numérique »
        self.setAcceptDrops(True)
        self._untouched: tuple[str, dict[str, object]] = ("", {})
        self._closing_message = ""
        # A language chosen while a questionnaire was open: applied once it is closed.
        self._pending_language: str | None = None
        size_to_screen(self, 1100, 720)  # a netbook's 1024×600 screen: all of it, no more
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.coordination = CoordinationActions(self)
        self.keying = KeyingActions(self)
        self.admin = AdminActions(self)
        self.home = self._new_home()
        self.form_view = FieldFormView(self)
        self.form_view.finished.connect(self._on_form_finished)
        self.form_view.closed.connect(self._on_form_closed)
        # Issue 18: pages are timed for the fieldwork figures (no answer is kept with them).
        self._page_timer: PageTimer | None = None
        self.form_view.page_shown.connect(self._on_page_shown)
        self.form_view.before_close = self._confirm_leaving_correction
        self.keying_view = KeyingFormView(self)
        self.keying_view.finished.connect(self._on_keyed)
        self.keying_view.closed.connect(self._on_keying_closed)
        self.stack.addWidget(self.home)
        self.stack.addWidget(self.form_view)
        self.stack.addWidget(self.keying_view)
        self._operator_id: int | None = None
        self._build_menu()
        self._waiting_actions: list[QAction] = []
        if store is not None:
            self.attach_store(store, collector)
        else:
            # While the store opens, the menus answer; the home screen and the entries that
            # need the store wait (busy cursor), and the status line says why.
            self._waiting_actions = self._actions_needing_the_store()
            for action in self._waiting_actions:
                action.setEnabled(False)
            self.stack.setEnabled(False)
            self.stack.setCursor(Qt.CursorShape.BusyCursor)
            self.statusBar().showMessage(self.tr("Ouverture de la base de données…"))

    def attach_store(self, store: Store, collector: Collector | None = None) -> None:
        """Fills the window from `store` (once), and makes it usable."""
        from inclusion_desktop.services.collect import Collector
        from inclusion_desktop.territory import store_neighbourhoods

        self.store = store
        self.collector = collector if collector is not None else Collector(store)
        self.neighbourhoods = store_neighbourhoods(store)
        self._zone_names = {n.code: n.display_name for n in self.neighbourhoods}
        self._operator_id = self._initial_operator_id()
        layout = self.home.layout()
        assert isinstance(layout, QVBoxLayout)
        self._build_invite_banner(layout)
        self.mode_combo.blockSignals(True)
        saved_mode = self.store.get_setting(SETTING_MODE)
        if saved_mode is not None and self.mode_combo.findData(saved_mode) >= 0:
            self.mode_combo.setCurrentIndex(self.mode_combo.findData(saved_mode))
        self.mode_combo.blockSignals(False)
        self.refresh()
        self.stack.setEnabled(True)
        self.stack.unsetCursor()
        for action in self._waiting_actions:
            action.setEnabled(True)
        self.statusBar().clearMessage()

    def _actions_needing_the_store(self) -> list[QAction]:
        """Every menu entry but quitting, the guide and the shortcuts, which need no store."""
        free = {self.quit_action, self.guide_action, self.shortcuts_action}
        menus = [m for action in self.menuBar().actions() if isinstance(m := action.menu(), QMenu)]
        return [action for menu in menus for action in menu.actions() if action not in free]

    # -- parts -----------------------------------------------------------------------------------

    def _new_home(self) -> HomeView:
        """The home screen, its requests wired to this window."""
        home = HomeView(
            lambda code: self._zone_names.get(code, code or "—"), self._figure_caption, self
        )
        home.new_requested.connect(self.new_questionnaire)
        home.open_requested.connect(self.open_questionnaire)
        home.delete_requested.connect(self.delete_selected)
        home.add_operator_requested.connect(self._on_add_operator)
        home.setup_changed.connect(self._on_setup_changed)
        home.operator_chosen.connect(self._on_operator_chosen)
        home.filters_changed.connect(self.refresh_list)
        return home

    @property
    def mode_combo(self) -> QComboBox:
        """The home screen's entry mode: field or keying."""
        return self.home.mode_combo

    def on_home(self) -> bool:
        """Is the home screen shown (no questionnaire open)?"""
        return self.stack.currentWidget() is self.home

    def switch_store(self, store: Store) -> None:
        """Works on `store` from now on (a restored backup): who is at the keyboard is asked."""
        from inclusion_desktop.services.collect import Collector

        self.store = store
        self.collector = Collector(store)
        self.collector.register_bundled_forms()
        # The restored base has its own operators and codes.
        self._operator_id = self._initial_operator_id()
        self.reload_territory()

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Fichier"))
        new_action = QAction(self.tr("&Nouveau questionnaire"), self)
        new_action.setShortcut(QKeySequence("Ctrl+N"))
        new_action.triggered.connect(self.new_questionnaire)
        file_menu.addAction(new_action)
        delete_action = QAction(self.tr("&Supprimer le questionnaire…"), self)
        delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        # Suppr acts in the list only: during an interview the key belongs to the form.
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_action.triggered.connect(self.delete_selected)
        self.home.table.addAction(delete_action)
        file_menu.addAction(delete_action)
        file_menu.addSeparator()
        for title, shortcut, slot in (
            (self.tr("&Exporter vers une clé USB…"), "Ctrl+E", self.coordination.open_export),
            (
                self.tr("&Fusionner des fichiers d'export…"),
                "Ctrl+M",
                lambda: self.coordination.open_merge([]),
            ),
            (self.tr("&Conflits à résoudre…"), "", self.coordination.open_conflicts),
            (self.tr("&Journal des fusions"), "", self.coordination.open_merge_log),
            (self.tr("Journal d'&activité"), "", self.coordination.open_audit),
            (self.tr("&Importer des données (Kobo, ODK)…"), "", self.coordination.open_data_import),
            (self.tr("Ajo&uter un questionnaire…"), "", self.coordination.open_form_register),
        ):
            action = QAction(title, self)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            file_menu.addAction(action)
        file_menu.addSeparator()
        settings_action = QAction(self.tr("Ré&glages…"), self)
        settings_action.setShortcut(QKeySequence("Ctrl+,"))
        settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        settings_action.triggered.connect(self.admin.open_settings)
        file_menu.addAction(settings_action)
        operators_action = QAction(self.tr("&Opérateurs et codes…"), self)
        operators_action.triggered.connect(lambda: self.admin.open_operators())
        file_menu.addAction(operators_action)
        laptops_action = QAction(self.tr("Or&dinateurs et signatures…"), self)
        laptops_action.triggered.connect(self.admin.open_laptops)
        file_menu.addAction(laptops_action)
        restore = QAction(self.tr("&Restaurer une sauvegarde…"), self)
        restore.triggered.connect(self.admin.open_restore)
        file_menu.addAction(restore)
        file_menu.addSeparator()
        clear_texts = QAction(self.tr("Effacer les &textes libres…"), self)
        clear_texts.triggered.connect(self.coordination.open_clear_free_text)
        file_menu.addAction(clear_texts)
        purge = QAction(self.tr("&Purger la campagne…"), self)
        purge.triggered.connect(self.coordination.open_purge)
        file_menu.addAction(purge)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quitter"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)
        results_menu = self.menuBar().addMenu(self.tr("&Résultats"))
        for title, shortcut, slot in (
            (self.tr("&Tableau de bord…"), "Ctrl+T", self.coordination.open_dashboard),
            (self.tr("&Offre des structures et carte…"), "", self.coordination.open_offer),
            (self.tr("&Fiches de synthèse (PDF)…"), "Ctrl+P", self.coordination.open_reports),
            (self.tr("&Cibles de population…"), "", self.coordination.open_population_targets),
            (self.tr("Te&rritoire…"), "", self.coordination.open_territory),
            (self.tr("E&xporter les réponses (tableau)…"), "", self.coordination.open_data_export),
            (self.tr("Terrain : &quotas par quartier…"), "", self.coordination.open_fieldwork),
        ):
            action = QAction(title, self)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            results_menu.addAction(action)
        keying_menu = self.menuBar().addMenu(self.tr("&Saisie papier"))
        new_keyed = QAction(self.tr("&Nouvelle saisie d'un questionnaire papier"), self)
        new_keyed.setShortcut(QKeySequence("Ctrl+Shift+N"))
        new_keyed.triggered.connect(self.new_paper_keying)
        keying_menu.addAction(new_keyed)
        double_entry = QAction(self.tr("&Double saisie…"), self)
        double_entry.setShortcut(QKeySequence("Ctrl+D"))
        double_entry.triggered.connect(self.keying.open_double_entry)
        keying_menu.addAction(double_entry)
        # Issue 18: the paper questionnaire, numbered as keying mode numbers it.
        paper_form = QAction(self.tr("I&mprimer le questionnaire papier…"), self)
        paper_form.triggered.connect(self.keying.open_paper_form)
        file_menu.insertAction(restore, paper_form)
        help_menu = self.menuBar().addMenu(self.tr("&Aide"))
        self.guide_action = QAction(self.tr("&Guide d'utilisation"), self)
        self.guide_action.triggered.connect(self._on_guide)
        help_menu.addAction(self.guide_action)
        self.shortcuts_action = QAction(self.tr("&Raccourcis clavier"), self)
        self.shortcuts_action.setShortcut(QKeySequence("F1"))
        self.shortcuts_action.triggered.connect(self._on_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        about = QAction(self.tr("À &propos"), self)
        about.triggered.connect(self._on_about)
        help_menu.addAction(about)

    # -- state -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reloads the choices, the figures and the list from the store."""
        self._fill_setup()
        self.update_invite_banner()
        self.refresh_list()

    def _fill_setup(self) -> None:
        home = self.home
        versions = self.store.form_versions()
        latest: dict[str, FormVersionInfo] = {}
        for version in versions:
            latest[version.form_id] = version
        with home.choices_blocked():
            home.fill_choices(latest.values(), self.neighbourhoods, self.store.operators())
            for combo, key in (
                (home.form_combo, SETTING_FORM),
                (home.zone_combo, SETTING_ZONE),
            ):
                saved = self.store.get_setting(key)
                if saved is not None:
                    index = combo.findData(int(saved) if combo is not home.zone_combo else saved)
                    if index >= 0:
                        combo.setCurrentIndex(index)
            self._select_active_operator()
            # No questionnaire chosen yet, or an older version: the one of the settings.
            saved_form = self.store.get_setting(SETTING_FORM)
            preferred = [v.id for v in versions if v.form_id == self.preferences.questionnaire]
            if preferred and (saved_form is None or home.form_combo.findData(int(saved_form)) < 0):
                home.form_combo.setCurrentIndex(max(0, home.form_combo.findData(preferred[-1])))

    def refresh_list(self) -> None:
        """Reloads the figures and the filtered list."""
        self._update_figures()
        self.home.model.load(self.store, self.home.filters())
        self._update_quota_line()

    def _update_figures(self) -> None:
        """Today's, draft and complete figures are those of the questionnaire chosen above."""
        self.home.show_counts(
            self.store.counts(dt.date.today(), self.home.form_combo.currentData())
        )

    def _figure_caption(self, key: str, count: int) -> str:
        """The caption under a home figure, agreeing with its number (« 1 Brouillon »)."""
        captions = {
            "today": self.tr("Aujourd'hui"),
            "drafts": self.tr("Brouillons", "", count),
            "complete": self.tr("Terminés", "", count),
            "not_exported": self.tr("Non exportés", "", count),
        }
        return captions[key]

    def _update_quota_line(self) -> None:
        """Issue 18: whom the chosen neighbourhood still lacks most, under the setup card."""
        from inclusion_desktop.quotas import home_line

        zone = self.home.zone_combo.currentData()
        self.home.show_quota(home_line(self.store, zone, translate=translate))

    def _on_setup_changed(self) -> None:
        home = self.home
        for combo, key in (
            (home.form_combo, SETTING_FORM),
            (home.zone_combo, SETTING_ZONE),
            (home.operator_combo, SETTING_OPERATOR),
            (home.mode_combo, SETTING_MODE),
        ):
            if combo.currentData() is not None:
                self.store.set_setting(key, str(combo.currentData()))
        self._update_figures()
        self._update_quota_line()

    def current_neighbourhood(self) -> Neighbourhood | None:
        """The neighbourhood chosen on the home screen."""
        code = self.home.zone_combo.currentData()
        return next((n for n in self.neighbourhoods if n.code == code), None)

    def current_operator_id(self) -> int | None:
        """The operator chosen on the home screen."""
        value = self.home.operator_combo.currentData()
        return int(value) if value is not None else None

    # -- questionnaires ----------------------------------------------------------------------------

    def new_questionnaire(self) -> None:
        """Starts a questionnaire with the chosen form, neighbourhood and operator."""
        if not self.on_home():
            return
        form_version = self.home.form_combo.currentData()
        operator_id = self.current_operator_id()
        if form_version is None or operator_id is None:
            QMessageBox.warning(
                self,
                self.tr("Nouveau questionnaire"),
                self.tr("Choisissez d'abord le questionnaire et l'enquêteur·rice."),
            )
            return
        opened = self.collector.new_questionnaire(
            int(form_version),
            self.current_neighbourhood(),
            operator_id,
            entry_mode=self.current_entry_mode(),
        )
        # What the new questionnaire held before anyone answered: closing it unchanged leaves
        # no empty draft behind.
        self._untouched = (opened.uuid, dict(opened.session.answers))
        self._show_form(opened)

    def new_paper_keying(self) -> None:
        """Starts keying a paper questionnaire (« Mode de saisie » set to paper, kept after)."""
        if not self.on_home():
            return
        index = self.home.mode_combo.findData("keying")
        if index >= 0:
            self.home.mode_combo.setCurrentIndex(index)
        self.new_questionnaire()

    def current_entry_mode(self) -> str:
        """The entry mode: field (a question per page) or keying (paper forms, on one page)."""
        return str(self.home.mode_combo.currentData())

    def open_questionnaire(self, uuid: str) -> None:
        """Opens a questionnaire to resume or review it."""
        from inclusion_desktop.services.access import open_action

        if self.current_operator_id() is None:
            self.statusBar().showMessage(
                self.tr("Choisissez d'abord votre nom (Enquêteur·rice) sur l'accueil."), 10000
            )
            return
        submission = self.store.get_submission(uuid)
        action = open_action(submission.status, submission.operator_id, self.current_operator_id())
        if action is not None and not self.require_coordinator(action):
            return
        self._untouched = ("", {})
        opened = self.collector.open_questionnaire(uuid)
        if opened.status == "deleted":
            QMessageBox.information(
                self,
                self.tr("Questionnaire supprimé"),
                self.tr(
                    "Ce questionnaire a été supprimé : il ne peut "
                    "plus être modifié. Son historique reste dans la base."
                ),
            )
            return
        self._show_form(opened)

    def _show_form(self, opened: OpenQuestionnaire) -> None:
        from inclusion_desktop.paradata import KEYING_PAGE, PageTimer

        self.statusBar().clearMessage()
        self._page_timer = PageTimer(opened.uuid)
        self.store.set_setting(SETTING_OPEN, opened.uuid)
        submission = self.store.get_submission(opened.uuid)
        neighbourhood = self._zone_names.get(submission.zone, "")
        title = opened.session.form.title + (f" — {neighbourhood}" if neighbourhood else "")
        # The window names the open form: a structures questionnaire is no residents' survey.
        self.setWindowTitle(opened.session.form.title)
        if submission.entry_mode == "keying":
            self._page_timer.enter(KEYING_PAGE)
            self.stack.setCurrentWidget(self.keying_view)
            self.keying_view.start(
                opened.session,
                opened.uuid,
                title=self.tr("Saisie papier — {title}").format(title=title),
                save_draft=self.collector.save_draft,
                finalize=self._finalize_keyed,
                paper_number_owner=lambda number: self.collector.paper_number_owner(
                    opened.session.form.form_id, number, exclude=opened.uuid
                ),
                attachments=self.attachment_access(opened.uuid),
            )
            return
        self.stack.setCurrentWidget(self.form_view)
        self.form_view.start(
            opened.session,
            opened.uuid,
            title=title,
            # A finished questionnaire opens on its review, to read before changing anything.
            position=opened.position or (REVIEW_KEY if opened.status == "complete" else None),
            save_draft=self.collector.save_draft,
            finalize=self._finalize,
            attachments=self.attachment_access(opened.uuid),
        )

    def attachment_access(self, uuid: str) -> AttachmentAccess:
        """Attaching files to, and reading them from, the questionnaire `uuid`."""
        return AttachmentAccess(
            attach=lambda question, path: self.store.attach_file(uuid, question, path),
            read=lambda name: self.store.stored_attachment(uuid, name),
        )

    def show_keying_view(self, form_title: str) -> None:
        """Shows the keying view, the window named after its form (a second keying's page)."""
        self._untouched = ("", {})
        self.setWindowTitle(form_title)
        self.stack.setCurrentWidget(self.keying_view)

    def _finalize(self, uuid: str, session: FormSession) -> None:
        operator_id = self.current_operator_id()
        assert operator_id is not None
        self.collector.complete(uuid, session, operator_id)

    def _finalize_keyed(self, uuid: str, session: FormSession) -> None:
        operator_id = self.current_operator_id()
        assert operator_id is not None
        self.collector.complete(
            uuid, session, operator_id, keying_seconds=self.keying_view.elapsed_seconds()
        )

    def reload_territory(self) -> None:
        """Reads the store's territory again: home screen lists, names in the list."""
        from inclusion_desktop.territory import store_neighbourhoods

        self.neighbourhoods = store_neighbourhoods(self.store)
        self._zone_names = {n.code: n.display_name for n in self.neighbourhoods}
        self.store_events.changed.emit()

    def resume_open_questionnaire(self) -> bool:
        """Reopens the questionnaire (or second keying) on screen when the app last stopped."""
        from inclusion_desktop.store import StoreError

        if self.keying.resume_second_keying():
            return True
        uuid = self.store.get_setting(SETTING_OPEN)
        if not uuid:
            return False
        try:
            submission = self.store.get_submission(uuid)
        except StoreError:
            return False
        if submission.status == "deleted":
            return False
        self.open_questionnaire(uuid)
        self.statusBar().showMessage(
            self.tr("Le questionnaire en cours a été rouvert là où il s'était arrêté."), 8000
        )
        return True

    def _on_page_shown(self, key: str) -> None:
        if self._page_timer is not None:
            self._page_timer.enter(key)

    def _back_home(self) -> None:
        from inclusion_desktop.paradata import save_timer

        if self._page_timer is not None:  # issue 18: the questionnaire's pages, timed
            save_timer(self.store, self._page_timer)
            self._page_timer = None
        self.store.set_setting(SETTING_OPEN, "")
        self.setWindowTitle(self.tr("Enquête habitants"))
        self.stack.setCurrentWidget(self.home)
        self.store_events.changed.emit()  # the questionnaire was saved, finished or discarded
        self.home.new_button.setFocus()
        if self._pending_language is not None:
            self.apply_language(self._pending_language)

    # -- interface language ------------------------------------------------------------------------

    def apply_language(self, code: str) -> None:
        """Switches the interface language at once, without restarting (Réglages calls it).

        The menus and the home screen are built again in the new language. A questionnaire on
        screen is left as it is: the switch waits until it is closed. Saving the choice for the
        next start (QSettings "interface/language") is the caller's job.
        """
        if not self.on_home():
            self._pending_language = code
            self.statusBar().showMessage(
                self.tr("La langue de l'interface changera à la fermeture du questionnaire."),
                10000,
            )
            return
        self._pending_language = None
        app = QApplication.instance()
        if app is not None:
            install_language(app, code)
        self._rebuild_interface()

    def _rebuild_interface(self) -> None:
        """Builds the menus and the home screen again, in the language now installed."""
        self.statusBar().clearMessage()
        self.setWindowTitle(self.tr("Enquête habitants"))  # Qt adds « — Inclusion numérique »
        bar = self.menuBar()
        menus = [menu for action in bar.actions() if isinstance(menu := action.menu(), QMenu)]
        old_actions = [
            action for menu in menus for action in menu.actions() if action.parent() is self
        ]
        bar.clear()
        # Unparented first, so that nothing finds them before the deferred deletion runs.
        for old in [*old_actions, *menus]:
            old.setParent(None)
            old.deleteLater()
        old_home = self.home
        self.home = self._new_home()
        self.stack.insertWidget(self.stack.indexOf(old_home), self.home)
        self.stack.removeWidget(old_home)
        old_home.setParent(None)
        old_home.deleteLater()
        if hasattr(self, "invite_banner"):  # the banner went with the old home: a new one
            layout = self.home.layout()
            assert isinstance(layout, QVBoxLayout)
            self._build_invite_banner(layout)
        self._build_menu()
        self.form_view.retranslate()
        self.keying_view.retranslate()
        self.stack.setCurrentWidget(self.home)
        self.refresh()
        self.home.new_button.setFocus()

    def _on_form_finished(self, uuid: str) -> None:
        self._back_home()
        self.statusBar().showMessage(
            self.tr("Questionnaire enregistré. Ctrl+N pour le suivant."), 8000
        )

    def _on_keyed(self, uuid: str) -> None:
        """Keying goes on heads-down: the next blank paper form opens at once."""
        if self.keying_view.verification:
            self._back_home()
            return
        number = str(self.store.head_answers(uuid).get(PAPER_NUMBER_NAME, ""))
        drawn = self.collector.needs_second_keying(number)
        self._back_home()
        count = self.store.counts(dt.date.today(), self.home.form_combo.currentData()).today
        self.new_questionnaire()
        message = self.tr(
            "Questionnaire enregistré ({count} aujourd'hui). Questionnaire suivant :"
        ).format(count=count)
        if drawn:
            message = self.tr(
                "Questionnaire n° {number} enregistré : tiré au sort pour la double saisie "
                "(menu Saisie papier). Questionnaire suivant :"
            ).format(number=number)
        self.statusBar().showMessage(message, 12000)

    def _confirm_leaving_correction(self) -> bool:
        """A finished questionnaire changed but not saved: save, drop the changes, or stay."""
        view = self.form_view
        uuid, session = view.submission_uuid, view.session
        if session is None or self.store.get_submission(uuid).status != "complete":
            return True
        if not self.collector.correction_changed(uuid, session):
            self.store.discard_correction(uuid)
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Correction non enregistrée"),
            self.tr("Ce questionnaire terminé a été modifié. Enregistrer la correction ?"),
            parent=self,
        )
        save = box.addButton(self.tr("Enregistrer"), QMessageBox.ButtonRole.AcceptRole)
        drop = box.addButton(
            self.tr("Abandonner la correction"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(self.tr("Continuer la correction"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is drop:
            self.store.discard_correction(uuid)
            self._closing_message = self.tr(
                "Correction abandonnée : le questionnaire est inchangé."
            )
            return True
        if box.clickedButton() is save:
            if session.errors():
                view.show_page(REVIEW_KEY)
                return False
            self._finalize(uuid, session)
            self._closing_message = self.tr("Correction enregistrée (nouvelle version).")
            return True
        return False

    def _discard_if_untouched(self) -> bool:
        uuid, initial = self._untouched
        self._untouched = ("", {})
        if not uuid:
            return False
        return self.collector.discard_if_untouched(uuid, initial)

    def _on_keying_closed(self) -> None:
        if self.keying_view.verification:
            self.collector.abandon_verification()
            self._closing_message = self.tr(
                "Double saisie abandonnée : la première saisie reste inchangée."
            )
        self._on_form_closed()

    def _on_form_closed(self) -> None:
        discarded = self._discard_if_untouched()
        self._back_home()
        message, self._closing_message = self._closing_message, ""
        if discarded:
            message = self.tr("Questionnaire vide fermé : rien n'a été gardé.")
        self.statusBar().showMessage(
            message or self.tr("Brouillon enregistré : il reste dans la liste."), 8000
        )

    def open_selected(self) -> None:
        """Opens the selected questionnaire."""
        uuid = self.home.selected_uuid()
        if uuid:
            self.open_questionnaire(uuid)

    def delete_selected(self) -> None:
        """Deletes the selected questionnaire after asking why (the history is kept)."""
        from inclusion_desktop.store import StoreError

        uuid = self.home.selected_uuid()
        operator_id = self.current_operator_id()
        if not uuid or operator_id is None or not self.on_home():
            return
        if not self.require_coordinator(Action.DELETE_SUBMISSION):
            return
        operator_id = self.acting_operator_id() or operator_id
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Supprimer le questionnaire"),
            self.tr("Motif de la suppression (obligatoire, gardé dans l'historique) :"),
        )
        if not ok:
            return
        try:
            self.store.delete_submission(uuid, reason, operator_id)
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Suppression impossible"), user_message(error))
            return
        self.store_events.changed.emit()
        self.statusBar().showMessage(self.tr("Questionnaire supprimé (historique conservé)."), 6000)

    def select_default_form(self) -> None:
        """Puts the preferred questionnaire (Réglages) in the home screen's list."""
        form_id = self.preferences.questionnaire
        version = self.store.latest_form_version(form_id)
        if version is not None:
            self.store.set_setting(SETTING_FORM, str(version.id))
            self.select_form_version(version.id)

    def select_form_version(self, version_id: int) -> None:
        """Offers this form version on the home screen, when it lists it (its form's newest)."""
        index = self.home.form_combo.findData(version_id)
        if index >= 0:
            self.home.form_combo.setCurrentIndex(index)

    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        """Accepts export files dropped on the window."""
        if event.mimeData().hasUrls() and self.on_home() and self.stack.isEnabled():
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        """Dropping export files opens the merge dialog with them."""
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            self.coordination.open_merge(files)

    def _on_add_operator(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Ajouter un enquêteur"), self.tr("Nom de l'enquêteur·rice :")
        )
        if ok and name.strip():
            # A name already known is that person: choosing them asks their code, if any
            # (add_operator would return them, and Ajouter… must not skip the PIN).
            wanted = " ".join(name.split()).casefold()
            known = next(
                (op for op in self.store.operators() if op.name.casefold() == wanted), None
            )
            if known is not None:
                index = self.home.operator_combo.findData(known.id)
                if index >= 0 and known.id != self._operator_id:
                    self.home.operator_combo.setCurrentIndex(index)  # _on_operator_chosen asks
                return
            operator = self.store.add_operator(name.strip(), by_operator_id=self._operator_id)
            self.store.set_setting(SETTING_OPERATOR, str(operator.id))
            self._operator_id = operator.id
            self.store_events.changed.emit()

    def _on_about(self) -> None:
        from inclusion_desktop.app_log import log_path

        QMessageBox.about(
            self,
            self.tr("À propos"),
            self.tr(
                "<b>inclusion_desktop</b> {version}<br>Enquête habitants d'un diagnostic "
                "territorial d'inclusion numérique, hors ligne.<br><br>"
                "Base de données : {database}<br>"
                "Journal : {log}"
            ).format(
                version=__version__,
                database=self.store.path or self.store.display_url,
                log=log_path(),
            ),
        )

    def _on_guide(self) -> None:
        guide = user_guide_path()
        if guide is not None:
            from inclusion_desktop.gui.shell.help_dialogs import GuideDialog

            GuideDialog(guide, self).exec()
        else:
            QMessageBox.information(
                self,
                self.tr("Guide d'utilisation"),
                self.tr(
                    "Le guide (docs/guide-utilisateur.md) est fourni avec les sources de "
                    "l'application ; demandez-le à votre coordination."
                ),
            )

    def _on_shortcuts(self) -> None:
        from inclusion_desktop.gui.shell.help_dialogs import ShortcutsDialog

        ShortcutsDialog(parent=self).exec()

    def closeEvent(self, event: object) -> None:  # noqa: N802 (Qt API)
        """Stops the form view's keyboard filter; the draft is already saved."""
        self.form_view.stop()
        self.keying_view.session = None
        super().closeEvent(event)  # type: ignore[arg-type]
