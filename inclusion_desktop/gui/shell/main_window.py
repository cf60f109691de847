"""The main window: today's figures, the questionnaire and neighbourhood in use, the list.

The window is built and shown before the store is opened (see `attach_store`): this module
imports no store, SQLAlchemy or dialog at load time, each dialog being imported when opened.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QBoxLayout,
    QComboBox,
    QDateEdit,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inclusion_desktop import __version__
from inclusion_desktop.gui.common.i18n import install_language
from inclusion_desktop.gui.common.messages import status_label, user_message
from inclusion_desktop.gui.common.settings import Preferences
from inclusion_desktop.gui.common.store_events import StoreEvents
from inclusion_desktop.gui.common.widgets import size_to_screen
from inclusion_desktop.gui.field.form_view import REVIEW_KEY, FieldFormView
from inclusion_desktop.gui.field.question_widgets import AttachmentAccess
from inclusion_desktop.gui.keying.keying_view import KeyingFormView
from inclusion_desktop.gui.shell.home_keys import (
    SETTING_FORM,
    SETTING_MODE,
    SETTING_OPEN,
    SETTING_OPERATOR,
    SETTING_ZONE,
)
from inclusion_desktop.gui.shell.operator_gate import OperatorGateMixin
from inclusion_desktop.gui.shell.submissions_model import (
    STATUS_LABELS,
    UUID_ROLE,
    SubmissionsTableModel,
)
from inclusion_desktop.permissions import Action
from inclusion_desktop.questionnaire.model import PAPER_NUMBER_NAME

if TYPE_CHECKING:
    from inclusion_desktop.gui.admin.settings_dialog import SettingsDialog
    from inclusion_desktop.paradata import PageTimer
    from inclusion_desktop.questionnaire.bundled import Neighbourhood
    from inclusion_desktop.questionnaire.session import FormSession
    from inclusion_desktop.services.collect import Collector, OpenQuestionnaire
    from inclusion_desktop.store import FormVersionInfo, Store

log = logging.getLogger(__name__)

# Below this height of the home screen (a 1024×600 netbook) the figures take one line each, so
# that the list keeps room for several rows.
COMPACT_HOME_HEIGHT = 600


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
        self.home = QWidget(self)
        self.home.setObjectName("home")
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
        self._build_home()
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

    # -- layout --------------------------------------------------------------------------------

    def _build_home(self) -> None:
        layout = QVBoxLayout(self.home)
        self._home_layout = layout

        setup = QFrame(self.home)
        setup.setObjectName("card")
        grid = QGridLayout(setup)
        grid.setHorizontalSpacing(12)
        self.form_combo = QComboBox(setup)
        self.form_combo.setObjectName("formCombo")
        self.zone_combo = QComboBox(setup)
        self.zone_combo.setObjectName("zoneCombo")
        self.operator_combo = QComboBox(setup)
        self.operator_combo.setObjectName("operatorCombo")
        add_operator = QPushButton(self.tr("Ajouter…"), setup)
        add_operator.clicked.connect(self._on_add_operator)
        grid.addWidget(QLabel(self.tr("Questionnaire :"), setup), 0, 0)
        grid.addWidget(self.form_combo, 0, 1, 1, 2)
        grid.addWidget(QLabel(self.tr("Quartier :"), setup), 1, 0)
        grid.addWidget(self.zone_combo, 1, 1, 1, 2)
        grid.addWidget(QLabel(self.tr("Enquêteur·rice :"), setup), 2, 0)
        grid.addWidget(self.operator_combo, 2, 1)
        grid.addWidget(add_operator, 2, 2)
        self.mode_combo = QComboBox(setup)
        self.mode_combo.setObjectName("modeCombo")
        self.mode_combo.addItem(self.tr("Terrain : une question par page"), "field")
        self.mode_combo.addItem(
            self.tr("Saisie de questionnaires papier : tout sur une page"), "keying"
        )
        grid.addWidget(QLabel(self.tr("Mode de saisie :"), setup), 3, 0)
        grid.addWidget(self.mode_combo, 3, 1, 1, 2)
        grid.setColumnStretch(1, 1)

        self.new_button = QPushButton(self.tr("Nouveau questionnaire"), setup)
        self.new_button.setObjectName("bigButton")
        self.new_button.setToolTip("Ctrl+N")
        self.new_button.setMinimumHeight(64)
        self.new_button.clicked.connect(self.new_questionnaire)
        grid.addWidget(self.new_button, 0, 3, 4, 1)
        grid.setColumnMinimumWidth(3, 220)
        layout.addWidget(setup)
        # Issue 18: the two quota cells the chosen neighbourhood needs most.
        self.quota_label = QLabel(self.home)
        self.quota_label.setObjectName("quotaLabel")
        self.quota_label.setWordWrap(True)
        self.quota_label.hide()
        layout.addWidget(self.quota_label)

        figures = QHBoxLayout()
        self.figure_labels: dict[str, QLabel] = {}
        self.figure_captions: dict[str, QLabel] = {}
        self._figure_layouts: list[QBoxLayout] = []
        for key in ("today", "drafts", "complete", "not_exported"):
            title = self._figure_caption(key, 0)
            box = QFrame(self.home)
            box.setObjectName("figure")
            box_layout = QVBoxLayout(box)
            number = QLabel("–", box)  # no figure until the store is open
            number.setObjectName("figureNumber")
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption = QLabel(title, box)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box_layout.addWidget(number)
            box_layout.addWidget(caption)
            figures.addWidget(box)
            self.figure_labels[key] = number
            self.figure_captions[key] = caption
            self._figure_layouts.append(box_layout)
        layout.addLayout(figures)
        self._fit_home_to_height()

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Filtrer :"), self.home))
        self.filter_zone = QComboBox(self.home)
        self.filter_status = QComboBox(self.home)
        self.filter_operator = QComboBox(self.home)
        self.filter_from = QDateEdit(self.home)
        self.filter_to = QDateEdit(self.home)
        for date_edit in (self.filter_from, self.filter_to):
            date_edit.setCalendarPopup(True)
            date_edit.setDisplayFormat("dd/MM/yyyy")
        self.filter_from.setDate(QDate.currentDate().addYears(-1))
        self.filter_to.setDate(QDate.currentDate())
        self._filter_to_default = self.filter_to.date().toPython()
        self.filter_status.addItem(self.tr("Tous les statuts"), None)
        for status in STATUS_LABELS:
            self.filter_status.addItem(status_label(status), status)
        filters.addWidget(self.filter_zone, 2)
        filters.addWidget(self.filter_status, 1)
        filters.addWidget(self.filter_operator, 1)
        filters.addWidget(QLabel(self.tr("du"), self.home))
        filters.addWidget(self.filter_from)
        filters.addWidget(QLabel(self.tr("au"), self.home))
        filters.addWidget(self.filter_to)
        for combo in (self.filter_zone, self.filter_status, self.filter_operator):
            combo.currentIndexChanged.connect(self.refresh_list)
        # Long titles and names must not widen the window past a 1024-pixel netbook screen.
        for combo in (
            self.form_combo,
            self.zone_combo,
            self.operator_combo,
            self.filter_zone,
            self.filter_status,
            self.filter_operator,
        ):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        for date_edit in (self.filter_from, self.filter_to):
            date_edit.dateChanged.connect(self.refresh_list)
        layout.addLayout(filters)

        self.model = SubmissionsTableModel(lambda code: self._zone_names.get(code, code or "—"))
        self.table = QTableView(self.home)
        self.table.setObjectName("submissionsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(
            SubmissionsTableModel.COLUMN_ZONE, QHeaderView.ResizeMode.Stretch
        )
        self.table.activated.connect(self._on_row_activated)
        self._name_for_screen_readers()
        # A click on a header sorts by that column (again: the other way); newest first at start.
        header.setSortIndicator(SubmissionsTableModel.COLUMN_DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        layout.addWidget(self.table, 1)

        actions = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Ouvrir / modifier"), self.home)
        self.open_button.setToolTip(self.tr("Entrée ou double-clic"))
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = QPushButton(self.tr("Supprimer…"), self.home)
        self.delete_button.setToolTip(
            self.tr("Suppr — le motif est demandé, l'historique est gardé")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        actions.addStretch(1)
        actions.addWidget(self.open_button)
        actions.addWidget(self.delete_button)
        layout.addLayout(actions)

        self.form_combo.currentIndexChanged.connect(self._on_setup_changed)
        self.zone_combo.currentIndexChanged.connect(self._on_setup_changed)
        self.operator_combo.currentIndexChanged.connect(self._on_operator_chosen)
        self.mode_combo.currentIndexChanged.connect(self._on_setup_changed)

    def _fit_home_to_height(self) -> None:
        """Tighter margins, and each figure on one line, when the screen is short."""
        compact = self.home.height() < COMPACT_HOME_HEIGHT
        if compact:
            self._home_layout.setContentsMargins(16, 8, 16, 8)
            self._home_layout.setSpacing(8)
        else:
            self._home_layout.setContentsMargins(24, 18, 24, 18)
            self._home_layout.setSpacing(14)
        direction = (
            QBoxLayout.Direction.LeftToRight if compact else QBoxLayout.Direction.TopToBottom
        )
        for box_layout in self._figure_layouts:
            box_layout.setDirection(direction)
            box_layout.setContentsMargins(*((10, 2, 10, 2) if compact else (9, 9, 9, 9)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit_home_to_height()

    def _name_for_screen_readers(self) -> None:
        """Accessible names of the home screen's lists (a combo box alone reads its value)."""
        for widget, name in (
            (self.form_combo, self.tr("Questionnaire")),
            (self.zone_combo, self.tr("Quartier")),
            (self.operator_combo, self.tr("Enquêteur·rice")),
            (self.mode_combo, self.tr("Mode de saisie")),
            (self.filter_zone, self.tr("Filtrer par quartier")),
            (self.filter_status, self.tr("Filtrer par statut")),
            (self.filter_operator, self.tr("Filtrer par enquêteur·rice")),
            (self.filter_from, self.tr("Commencés depuis le")),
            (self.filter_to, self.tr("Commencés jusqu'au")),
            (self.table, self.tr("Questionnaires enregistrés")),
        ):
            widget.setAccessibleName(name)

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
        self.table.addAction(delete_action)
        file_menu.addAction(delete_action)
        file_menu.addSeparator()
        for title, shortcut, slot in (
            (self.tr("&Exporter vers une clé USB…"), "Ctrl+E", self.open_export),
            (self.tr("&Fusionner des fichiers d'export…"), "Ctrl+M", lambda: self.open_merge([])),
            (self.tr("&Conflits à résoudre…"), "", self.open_conflicts),
            (self.tr("&Journal des fusions"), "", self.open_merge_log),
            (self.tr("Journal d'&activité"), "", self.open_audit),
            (self.tr("&Importer des données (Kobo, ODK)…"), "", self.open_data_import),
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
        settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(settings_action)
        operators_action = QAction(self.tr("&Opérateurs et codes…"), self)
        operators_action.triggered.connect(lambda: self.open_operators())
        file_menu.addAction(operators_action)
        laptops_action = QAction(self.tr("Or&dinateurs et signatures…"), self)
        laptops_action.triggered.connect(self.open_laptops)
        file_menu.addAction(laptops_action)
        restore = QAction(self.tr("&Restaurer une sauvegarde…"), self)
        restore.triggered.connect(self.open_restore)
        file_menu.addAction(restore)
        file_menu.addSeparator()
        clear_texts = QAction(self.tr("Effacer les &textes libres…"), self)
        clear_texts.triggered.connect(self.open_clear_free_text)
        file_menu.addAction(clear_texts)
        purge = QAction(self.tr("&Purger la campagne…"), self)
        purge.triggered.connect(self.open_purge)
        file_menu.addAction(purge)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quitter"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)
        results_menu = self.menuBar().addMenu(self.tr("&Résultats"))
        for title, shortcut, slot in (
            (self.tr("&Tableau de bord…"), "Ctrl+T", self.open_dashboard),
            (self.tr("&Offre des structures et carte…"), "", self.open_offer),
            (self.tr("&Fiches de synthèse (PDF)…"), "Ctrl+P", self.open_reports),
            (self.tr("&Cibles de population…"), "", self.open_population_targets),
            (self.tr("Te&rritoire…"), "", self.open_territory),
            (self.tr("E&xporter les réponses (tableau)…"), "", self.open_data_export),
            (self.tr("Terrain : &quotas par quartier…"), "", self.open_fieldwork),
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
        double_entry.triggered.connect(self.open_double_entry)
        keying_menu.addAction(double_entry)
        # Issue 18: the paper questionnaire, numbered as keying mode numbers it.
        paper_form = QAction(self.tr("I&mprimer le questionnaire papier…"), self)
        paper_form.triggered.connect(self.open_paper_form)
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
        for combo in (
            self.form_combo,
            self.zone_combo,
            self.operator_combo,
            self.filter_zone,
            self.filter_operator,
        ):
            combo.blockSignals(True)
            combo.clear()
        versions = self.store.form_versions()
        latest: dict[str, FormVersionInfo] = {}
        for version in versions:
            latest[version.form_id] = version
        for version in latest.values():
            self.form_combo.addItem(version.title, version.id)
            self.form_combo.setItemData(
                self.form_combo.count() - 1,
                self.tr("{title} — version {version}").format(
                    title=version.title, version=version.version
                ),
                Qt.ItemDataRole.ToolTipRole,
            )
        for neighbourhood in self.neighbourhoods:
            qpv = f" ({neighbourhood.qpv_code})" if neighbourhood.qpv_code else ""
            self.zone_combo.addItem(neighbourhood.display_name + qpv, neighbourhood.code)
        operators = self.store.operators()
        for operator in operators:
            self.operator_combo.addItem(operator.name, operator.id)
        self.filter_zone.addItem(self.tr("Tous les quartiers"), None)
        for neighbourhood in self.neighbourhoods:
            self.filter_zone.addItem(neighbourhood.display_name, neighbourhood.code)
        self.filter_operator.addItem(self.tr("Tous les enquêteur·rices"), None)
        for operator in operators:
            self.filter_operator.addItem(operator.name, operator.id)
        # The « Tous les… » entries show whole (a cut « Tous les enquêteur » reads as a typo).
        for combo in (self.filter_status, self.filter_operator):
            combo.setMinimumWidth(combo.fontMetrics().horizontalAdvance(combo.itemText(0)) + 40)
        for combo, key in (
            (self.form_combo, SETTING_FORM),
            (self.zone_combo, SETTING_ZONE),
        ):
            saved = self.store.get_setting(key)
            if saved is not None:
                index = combo.findData(int(saved) if combo is not self.zone_combo else saved)
                if index >= 0:
                    combo.setCurrentIndex(index)
        self._select_active_operator()
        # No questionnaire chosen yet, or an older version: the one of the settings.
        saved_form = self.store.get_setting(SETTING_FORM)
        preferred = [v.id for v in versions if v.form_id == self.preferences.questionnaire]
        if preferred and (saved_form is None or self.form_combo.findData(int(saved_form)) < 0):
            self.form_combo.setCurrentIndex(max(0, self.form_combo.findData(preferred[-1])))
        for combo in (
            self.form_combo,
            self.zone_combo,
            self.operator_combo,
            self.filter_zone,
            self.filter_operator,
        ):
            combo.blockSignals(False)

    def refresh_list(self) -> None:
        """Reloads the figures and the filtered list."""
        self._update_figures()
        start = self.filter_from.date().toPython()
        chosen_end = cast(dt.date, self.filter_to.date().toPython())
        # "Until today" stays open-ended, so a laptop left on past midnight still lists new ones.
        today_or_later = chosen_end >= dt.date.today() - dt.timedelta(days=1)
        end = None if today_or_later and chosen_end == self._filter_to_default else chosen_end
        filters = {
            "zone": self.filter_zone.currentData(),
            "status": self.filter_status.currentData(),
            "operator_id": self.filter_operator.currentData(),
            "date_from": start,
            "date_to": end,
        }
        self.model.load(self.store, filters)
        self._update_quota_line()

    def _update_figures(self) -> None:
        """Today's, draft and complete figures are those of the questionnaire chosen above."""
        counts = self.store.counts(dt.date.today(), self.form_combo.currentData())
        for key, label in self.figure_labels.items():
            count = getattr(counts, key)
            label.setText(str(count))
            self.figure_captions[key].setText(self._figure_caption(key, count))

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

        text = home_line(self.store, self.zone_combo.currentData())
        self.quota_label.setText(text)
        self.quota_label.setVisible(bool(text))

    def _on_setup_changed(self) -> None:
        for combo, key in (
            (self.form_combo, SETTING_FORM),
            (self.zone_combo, SETTING_ZONE),
            (self.operator_combo, SETTING_OPERATOR),
            (self.mode_combo, SETTING_MODE),
        ):
            if combo.currentData() is not None:
                self.store.set_setting(key, str(combo.currentData()))
        self._update_figures()
        self._update_quota_line()

    def current_neighbourhood(self) -> Neighbourhood | None:
        """The neighbourhood chosen on the home screen."""
        code = self.zone_combo.currentData()
        return next((n for n in self.neighbourhoods if n.code == code), None)

    def current_operator_id(self) -> int | None:
        """The operator chosen on the home screen."""
        value = self.operator_combo.currentData()
        return int(value) if value is not None else None

    # -- questionnaires ----------------------------------------------------------------------------

    def new_questionnaire(self) -> None:
        """Starts a questionnaire with the chosen form, neighbourhood and operator."""
        if self.stack.currentWidget() is not self.home:
            return
        form_version = self.form_combo.currentData()
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
        if self.stack.currentWidget() is not self.home:
            return
        index = self.mode_combo.findData("keying")
        if index >= 0:
            self.mode_combo.setCurrentIndex(index)
        self.new_questionnaire()

    def current_entry_mode(self) -> str:
        """The entry mode: field (a question per page) or keying (paper forms, on one page)."""
        return str(self.mode_combo.currentData())

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
                attachments=self._attachment_access(opened.uuid),
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
            attachments=self._attachment_access(opened.uuid),
        )

    def _attachment_access(self, uuid: str) -> AttachmentAccess:
        """Attaching files to, and reading them from, the questionnaire `uuid`."""
        return AttachmentAccess(
            attach=lambda question, path: self.store.attach_file(uuid, question, path),
            read=lambda name: self.store.stored_attachment(uuid, name),
        )

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

    # -- results ---------------------------------------------------------------------------------

    def open_dashboard(self) -> None:
        """Shows the summary sheet's indicators for a chosen neighbourhood."""
        from inclusion_desktop.gui.coordination.reports_dialogs import DashboardDialog

        if not self.require_coordinator(Action.DASHBOARD):
            return
        DashboardDialog(self.store, self).exec()

    def open_reports(self) -> None:
        """Produces the PDF summary sheets."""
        from inclusion_desktop.gui.coordination.reports_dialogs import ReportsDialog

        if not self.require_coordinator(Action.REPORTS):
            return
        ReportsDialog(self.store, self).exec()

    def open_data_export(self) -> None:
        """Writes the answers as a table (Excel, CSV, Stata) for other tools."""
        from inclusion_desktop.gui.coordination.data_dialogs import DataExportDialog

        if not self.require_coordinator(Action.DATA_EXPORT):
            return
        DataExportDialog(self.store, self, preferences=self.preferences).exec()

    def open_data_import(self) -> None:
        """Imports a KoboToolbox / ODK Central export; the home screen follows."""
        from inclusion_desktop.gui.coordination.data_dialogs import DataImportDialog

        if self.stack.currentWidget() is not self.home:
            return
        if not self.require_coordinator(Action.DATA_IMPORT):
            return
        DataImportDialog(self.store, self).exec()
        if self.store.reviews():
            from inclusion_desktop.gui.coordination.data_dialogs import ReviewDialog

            ReviewDialog(self.store, self.acting_operator_id(), self).exec()
        self.store_events.changed.emit()

    def open_population_targets(self) -> None:
        """Edits the population figures the answers are weighted on."""
        from inclusion_desktop.gui.coordination.reports_dialogs import PopulationTargetsDialog

        grant = self.grant_for(Action.POPULATION_TARGETS)
        if grant is None:
            return
        PopulationTargetsDialog(self.store, self, grant=grant).exec()

    def open_territory(self) -> None:
        """Edits the communes and quartiers; the lists follow once saved."""
        from inclusion_desktop.gui.coordination.territory_dialog import TerritoryDialog

        if not self.require_coordinator(Action.TERRITORY):
            return
        dialog = TerritoryDialog(self.store, self.acting_operator_id(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload_territory()
            self.statusBar().showMessage(self.tr("Territoire enregistré."), 5000)

    def reload_territory(self) -> None:
        """Reads the store's territory again: home screen lists, names in the list."""
        from inclusion_desktop.territory import store_neighbourhoods

        self.neighbourhoods = store_neighbourhoods(self.store)
        self._zone_names = {n.code: n.display_name for n in self.neighbourhoods}
        self.store_events.changed.emit()

    # -- double entry ------------------------------------------------------------------------------

    def open_double_entry(self) -> None:
        """Opens the double-entry dialog: share, forms to key again, reviews, report."""
        from inclusion_desktop.gui.keying.keying_dialogs import DoubleEntryDialog

        operator_id = self.current_operator_id()
        if self.stack.currentWidget() is not self.home or operator_id is None:
            return
        DoubleEntryDialog(
            self.collector, operator_id, self.start_second_keying, self, grant_for=self.grant_for
        ).exec()
        self.store_events.changed.emit()

    def start_second_keying(self, paper_number: str) -> None:
        """Opens a blank keying page for the second, blind keying of a paper form."""
        from inclusion_desktop.store import StoreError

        try:
            first_uuid, session = self.collector.start_verification(paper_number)
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Double saisie"), user_message(error))
            return
        first = self.store.get_submission(first_uuid)
        operator_id = self.current_operator_id()
        if first.operator_id == operator_id:
            self.statusBar().showMessage(
                self.tr("Conseil : la double saisie est plus sûre faite par une autre personne."),
                10000,
            )
        elapsed = 0
        saved = self.collector.resume_verification()
        if saved is not None and saved[0] == first_uuid:
            # This paper form's second keying was under way: it goes on where it stopped.
            _uuid, session, elapsed = saved
        elif saved is not None:
            # Only one second keying is kept at a time: another one is never dropped unasked.
            choice = self._ask_other_second_keying(
                str(saved[1].value(PAPER_NUMBER_NAME)), paper_number.strip()
            )
            if choice == "resume":
                first_uuid, session, elapsed = saved
            elif choice != "drop":
                return
        self._open_second_keying(first_uuid, session, elapsed)

    def _ask_other_second_keying(self, other: str, number: str) -> str:
        """« resume », « drop » or « cancel »: the unfinished second keying of `other`."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Double saisie"),
            self.tr(
                "La double saisie du questionnaire papier n° {other} n'est pas terminée. "
                "La reprendre, ou l'abandonner pour ressaisir le n° {number} ?"
            ).format(other=other, number=number),
            parent=self,
        )
        resume = box.addButton(
            self.tr("Reprendre le n° {other}").format(other=other),
            QMessageBox.ButtonRole.AcceptRole,
        )
        drop = box.addButton(
            self.tr("Abandonner le n° {other}").format(other=other),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        cancel = box.addButton(self.tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(resume)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is resume:
            return "resume"
        if clicked is drop:
            return "drop"
        return "cancel"

    def _open_second_keying(self, first_uuid: str, session: FormSession, elapsed: int) -> None:
        """Shows a second keying (blind: its own answers only), autosaved on every answer."""
        self._untouched = ("", {})
        self.setWindowTitle(session.form.title)
        self.stack.setCurrentWidget(self.keying_view)
        self.keying_view.start(
            session,
            first_uuid,
            title=self.tr("Double saisie à l'aveugle — questionnaire papier n° {number}").format(
                number=session.value(PAPER_NUMBER_NAME)
            ),
            save_draft=lambda uuid, answers, position: self.collector.save_verification_draft(
                uuid, answers, seconds=self.keying_view.elapsed_seconds()
            ),
            finalize=self._finish_second_keying,
            verification=True,
            elapsed=elapsed,
            attachments=self._attachment_access(first_uuid),
        )
        # Saved at once: a crash before the first answer still reopens this second keying.
        self.collector.save_verification_draft(first_uuid, session.answers, seconds=elapsed)

    def _resume_second_keying(self) -> bool:
        """Reopens the second keying under way when the app stopped, still blind."""
        if self.current_operator_id() is None:
            return False
        saved = self.collector.resume_verification()
        if saved is None:
            return False
        first_uuid, session, elapsed = saved
        self._open_second_keying(first_uuid, session, elapsed)
        self.statusBar().showMessage(
            self.tr("La double saisie en cours a été rouverte là où elle s'était arrêtée."), 8000
        )
        return True

    def _finish_second_keying(self, first_uuid: str, session: FormSession) -> None:
        from inclusion_desktop.gui.keying.keying_dialogs import DiscrepancyDialog

        operator_id = self.current_operator_id()
        assert operator_id is not None
        verification, discrepancies = self.collector.finish_verification(
            first_uuid, session, operator_id, seconds=self.keying_view.elapsed_seconds()
        )
        self.last_verification = verification
        if discrepancies:
            self.discrepancy_dialog = DiscrepancyDialog(
                self.collector, verification, operator_id, self
            )
            self.discrepancy_dialog.open()
        else:
            self.statusBar().showMessage(
                self.tr("Double saisie identique à la première : questionnaire vérifié."), 10000
            )

    def resume_open_questionnaire(self) -> bool:
        """Reopens the questionnaire (or second keying) on screen when the app last stopped."""
        from inclusion_desktop.store import StoreError

        if self._resume_second_keying():
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
        self.new_button.setFocus()
        if self._pending_language is not None:
            self.apply_language(self._pending_language)

    # -- interface language ------------------------------------------------------------------------

    def apply_language(self, code: str) -> None:
        """Switches the interface language at once, without restarting (Réglages calls it).

        The menus and the home screen are built again in the new language. A questionnaire on
        screen is left as it is: the switch waits until it is closed. Saving the choice for the
        next start (QSettings "interface/language") is the caller's job.
        """
        if self.stack.currentWidget() is not self.home:
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
        self.home = QWidget(self)
        self.home.setObjectName("home")
        self.stack.insertWidget(self.stack.indexOf(old_home), self.home)
        self.stack.removeWidget(old_home)
        old_home.setParent(None)
        old_home.deleteLater()
        self._build_home()
        self._build_menu()
        self.form_view.retranslate()
        self.keying_view.retranslate()
        self.stack.setCurrentWidget(self.home)
        self.refresh()
        self.new_button.setFocus()

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
        count = self.store.counts(dt.date.today(), self.form_combo.currentData()).today
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

    def selected_uuid(self) -> str | None:
        """The instanceID of the selected row."""
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return str(self.model.data(indexes[0], UUID_ROLE))

    def _on_row_activated(self, index: QModelIndex) -> None:
        self.open_questionnaire(str(self.model.data(index, UUID_ROLE)))

    def open_selected(self) -> None:
        """Opens the selected questionnaire."""
        uuid = self.selected_uuid()
        if uuid:
            self.open_questionnaire(uuid)

    def delete_selected(self) -> None:
        """Deletes the selected questionnaire after asking why (the history is kept)."""
        from inclusion_desktop.store import StoreError

        uuid = self.selected_uuid()
        operator_id = self.current_operator_id()
        if not uuid or operator_id is None or self.stack.currentWidget() is not self.home:
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

    # -- exchanges between laptops ---------------------------------------------------------------

    def open_laptops(self) -> None:
        """Menu « Ordinateurs et signatures… »: anyone sees the code, coordinators enrol."""
        from inclusion_desktop.gui.admin.laptops_dialog import LaptopsDialog

        def authorize() -> tuple[str, int | None] | None:
            if not self.require_coordinator(Action.OPERATORS):
                return None
            operator_id = self.acting_operator_id()
            name = self.store.get_operator(operator_id).name if operator_id is not None else "—"
            return name, operator_id

        LaptopsDialog(
            self.store,
            passphrase=self.preferences.passphrase or None,
            authorize=authorize,
            parent=self,
        ).exec()

    def open_clear_free_text(self) -> None:
        """Clears the free texts of the campaign (coordination)."""
        from inclusion_desktop.gui.coordination.campaign_dialogs import ClearFreeTextDialog

        if self.stack.currentWidget() is not self.home:
            return
        if not self.require_coordinator(Action.CLEAR_FREE_TEXT):
            return
        ClearFreeTextDialog(self.collector, self.acting_operator_id(), self).exec()
        self.store_events.changed.emit()

    def open_purge(self) -> None:
        """Purges the questionnaires once all are in a verified export (coordination)."""
        from inclusion_desktop.gui.coordination.campaign_dialogs import PurgeDialog

        if self.stack.currentWidget() is not self.home:
            return
        if not self.require_coordinator(Action.PURGE):
            return
        PurgeDialog(self.store, self.acting_operator_id(), self).exec()
        self.store_events.changed.emit()

    def open_offer(self) -> None:
        """The structures' offer and the map (coordination)."""
        from inclusion_desktop.gui.coordination.offer_view import OfferDialog

        if self.require_coordinator(Action.DASHBOARD):
            OfferDialog(self.store, self).exec()

    def open_export(self) -> None:
        """Opens the export dialog (the list's figures are refreshed after)."""
        from inclusion_desktop.gui.coordination.sync_dialogs import ExportDialog

        if self.stack.currentWidget() is not self.home:
            return
        ExportDialog(self.store, self, preferences=self.preferences).exec()
        self.store_events.changed.emit()

    def open_merge(self, files: list[str]) -> None:
        """Opens the merge dialog, with dropped files already listed."""
        from inclusion_desktop.gui.coordination.sync_dialogs import MergeDialog

        if self.stack.currentWidget() is not self.home:
            return
        if not self.require_coordinator(Action.MERGE):
            return
        MergeDialog(self.store, files, self, operator_id=self.acting_operator_id()).exec()
        self.reload_territory()  # a merged file may bring a newer territory; refreshes too

    def open_restore(self) -> None:
        """Replaces the database by a backup the user picks, then reloads everything."""
        from inclusion_desktop.gui.admin.backup_dialog import RestoreDialog
        from inclusion_desktop.services.collect import Collector
        from inclusion_desktop.store import Store, StoreError
        from inclusion_desktop.store.backup import restore_backup

        database = self.store.path
        if self.stack.currentWidget() is not self.home:
            return
        if not self.require_coordinator(Action.RESTORE_BACKUP):
            return
        if database is None:
            # A server store: its dumps are listed, and restored by the server's administrator.
            RestoreDialog(self.store, self).exec()
            return
        dialog = RestoreDialog(database, self)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        self.store.close()
        try:
            restore_backup(database, dialog.chosen.path)
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Restauration impossible"), user_message(error))
        self.store = Store.open(str(database))
        self.collector = Collector(self.store)
        self.collector.register_bundled_forms()
        # The restored base has its own operators and codes: who is at the keyboard is asked.
        self._operator_id = self._initial_operator_id()
        self.reload_territory()
        self.ask_start_operator()
        self.statusBar().showMessage(self.tr("Sauvegarde restaurée."), 8000)

    def open_settings(self) -> None:
        """Opens the settings dialog (language, laptop, operators, campaign, exports)."""
        if self.stack.currentWidget() is not self.home:
            return
        if not self.require_coordinator(Action.SETTINGS):
            return
        self.settings_dialog().exec()

    def settings_dialog(self) -> SettingsDialog:
        """The settings dialog, its changes followed by this window."""
        from inclusion_desktop.gui.admin.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self.store, self.preferences, self, acting_operator_id=self.acting_operator_id()
        )
        dialog.store_changed.connect(self.store_events.changed)
        dialog.questionnaire_chosen.connect(self.select_default_form)
        dialog.language_chosen.connect(self.apply_language)
        return dialog

    def select_default_form(self) -> None:
        """Puts the preferred questionnaire (Réglages) in the home screen's list."""
        form_id = self.preferences.questionnaire
        version = self.store.latest_form_version(form_id)
        if version is not None:
            self.store.set_setting(SETTING_FORM, str(version.id))
            index = self.form_combo.findData(version.id)
            if index >= 0:
                self.form_combo.setCurrentIndex(index)

    def open_conflicts(self) -> None:
        """Opens the conflicts view."""
        from inclusion_desktop.gui.coordination.sync_dialogs import ConflictsDialog

        if not self.require_coordinator(Action.RESOLVE_CONFLICTS):
            return
        ConflictsDialog(self.store, self, operator_id=self.acting_operator_id()).exec()
        self.store_events.changed.emit()

    def open_merge_log(self) -> None:
        """Opens the merge log."""
        from inclusion_desktop.gui.coordination.sync_dialogs import MergeLogDialog

        MergeLogDialog(self.store, self).exec()

    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        """Accepts export files dropped on the window."""
        home_ready = self.stack.currentWidget() is self.home and self.stack.isEnabled()
        if event.mimeData().hasUrls() and home_ready:
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        """Dropping export files opens the merge dialog with them."""
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            self.open_merge(files)

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
                index = self.operator_combo.findData(known.id)
                if index >= 0 and known.id != self._operator_id:
                    self.operator_combo.setCurrentIndex(index)  # _on_operator_chosen asks
                return
            operator = self.store.add_operator(name.strip(), by_operator_id=self._operator_id)
            self.store.set_setting(SETTING_OPERATOR, str(operator.id))
            self._operator_id = operator.id
            self.store_events.changed.emit()

    def open_fieldwork(self) -> None:
        """Issue 18: the « Terrain » view, quotas by neighbourhood; coordinators set targets."""
        from inclusion_desktop.gui.field.fieldwork_view import FieldworkView

        def acting() -> tuple[bool, int | None]:
            allowed = self.require_coordinator(Action.POPULATION_TARGETS)
            return allowed, self.acting_operator_id()

        version = self.form_combo.currentData()
        form = self.collector.form(int(version)) if version is not None else None
        FieldworkView(self.store, acting, self, form=form).exec()
        self.store_events.changed.emit()

    def open_paper_form(self) -> None:
        """Writes the chosen questionnaire as a PDF to print (issue 18)."""
        from inclusion_desktop.gui.keying.paper_form_dialog import PaperFormDialog

        form_version = self.form_combo.currentData()
        if form_version is not None:
            PaperFormDialog(self.collector.form(int(form_version)), self).open()

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
