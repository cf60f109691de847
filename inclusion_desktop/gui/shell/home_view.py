"""The home screen: choices, today's figures, the filters and the list of questionnaires.

The questionnaire, neighbourhood, operator and entry mode are chosen on it.

The view only shows and collects: what its buttons and lists ask for goes out by signals, and the
main window decides. Its texts keep the « MainWindow » translation context they always had.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inclusion_desktop.gui.common.messages import status_label
from inclusion_desktop.gui.shell.submissions_model import (
    STATUS_LABELS,
    UUID_ROLE,
    SubmissionsTableModel,
)

if TYPE_CHECKING:
    from inclusion_desktop.questionnaire.bundled import Neighbourhood
    from inclusion_desktop.store import FormVersionInfo, OperatorInfo, SubmissionCounts

# Below this height of the home screen (a 1024×600 netbook) the figures take one line each, so
# that the list keeps room for several rows.
COMPACT_HOME_HEIGHT = 600

#: The home figures, in the order they are shown (the keys of store.counts()).
FIGURE_KEYS = ("today", "drafts", "complete", "not_exported")


class HomeView(QWidget):
    """The home screen's widgets.

    `zone_name` names a neighbourhood code in the list; `figure_caption(key, count)` is the
    caption under a figure, agreeing with its number (the window's, whose plurals lupdate reads).
    """

    #: « Nouveau questionnaire » (button).
    new_requested = Signal()
    #: A questionnaire to open, by its instanceID (double-click, Entrée, « Ouvrir / modifier »).
    open_requested = Signal(str)
    #: « Supprimer… » (button).
    delete_requested = Signal()
    #: « Ajouter… » beside the operator list.
    add_operator_requested = Signal()
    #: The questionnaire, neighbourhood or entry mode chosen changed.
    setup_changed = Signal()
    #: Another operator was picked in the list (the window asks their code, if any).
    operator_chosen = Signal()
    #: A filter of the list changed.
    filters_changed = Signal()

    def __init__(
        self,
        zone_name: Callable[[str], str],
        figure_caption: Callable[[str, int], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._figure_caption = figure_caption
        self.setObjectName("home")
        self._layout = QVBoxLayout(self)
        self._build_setup()
        # Issue 18: the two quota cells the chosen neighbourhood needs most.
        self.quota_label = QLabel(self)
        self.quota_label.setObjectName("quotaLabel")
        self.quota_label.setWordWrap(True)
        self.quota_label.hide()
        self._layout.addWidget(self.quota_label)
        self._build_figures()
        self._fit_to_height()
        self._build_filters()
        self._build_list(zone_name)
        self._name_for_screen_readers()

    # -- layout --------------------------------------------------------------------------------

    def _build_setup(self) -> None:
        setup = QFrame(self)
        setup.setObjectName("card")
        grid = QGridLayout(setup)
        grid.setHorizontalSpacing(12)
        self.form_combo = QComboBox(setup)
        self.form_combo.setObjectName("formCombo")
        self.zone_combo = QComboBox(setup)
        self.zone_combo.setObjectName("zoneCombo")
        self.operator_combo = QComboBox(setup)
        self.operator_combo.setObjectName("operatorCombo")
        add_operator = QPushButton(QCoreApplication.translate("MainWindow", "Ajouter…"), setup)
        add_operator.clicked.connect(self.add_operator_requested)
        grid.addWidget(
            QLabel(QCoreApplication.translate("MainWindow", "Questionnaire :"), setup), 0, 0
        )
        grid.addWidget(self.form_combo, 0, 1, 1, 2)
        grid.addWidget(QLabel(QCoreApplication.translate("MainWindow", "Quartier :"), setup), 1, 0)
        grid.addWidget(self.zone_combo, 1, 1, 1, 2)
        grid.addWidget(
            QLabel(QCoreApplication.translate("MainWindow", "Enquêteur·rice :"), setup), 2, 0
        )
        grid.addWidget(self.operator_combo, 2, 1)
        grid.addWidget(add_operator, 2, 2)
        self.mode_combo = QComboBox(setup)
        self.mode_combo.setObjectName("modeCombo")
        self.mode_combo.addItem(
            QCoreApplication.translate("MainWindow", "Terrain : une question par page"), "field"
        )
        self.mode_combo.addItem(
            QCoreApplication.translate(
                "MainWindow", "Saisie de questionnaires papier : tout sur une page"
            ),
            "keying",
        )
        grid.addWidget(
            QLabel(QCoreApplication.translate("MainWindow", "Mode de saisie :"), setup), 3, 0
        )
        grid.addWidget(self.mode_combo, 3, 1, 1, 2)
        grid.setColumnStretch(1, 1)

        self.new_button = QPushButton(
            QCoreApplication.translate("MainWindow", "Nouveau questionnaire"), setup
        )
        self.new_button.setObjectName("bigButton")
        self.new_button.setToolTip("Ctrl+N")
        self.new_button.setMinimumHeight(64)
        self.new_button.clicked.connect(self.new_requested)
        grid.addWidget(self.new_button, 0, 3, 4, 1)
        grid.setColumnMinimumWidth(3, 220)
        self._layout.addWidget(setup)
        for combo in (self.form_combo, self.zone_combo, self.mode_combo):
            combo.currentIndexChanged.connect(self.setup_changed)
        self.operator_combo.currentIndexChanged.connect(self.operator_chosen)

    def _build_figures(self) -> None:
        figures = QHBoxLayout()
        self.figure_labels: dict[str, QLabel] = {}
        self.figure_captions: dict[str, QLabel] = {}
        self._figure_layouts: list[QBoxLayout] = []
        for key in FIGURE_KEYS:
            box = QFrame(self)
            box.setObjectName("figure")
            box_layout = QVBoxLayout(box)
            number = QLabel("–", box)  # no figure until the store is open
            number.setObjectName("figureNumber")
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption = QLabel(self._figure_caption(key, 0), box)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box_layout.addWidget(number)
            box_layout.addWidget(caption)
            figures.addWidget(box)
            self.figure_labels[key] = number
            self.figure_captions[key] = caption
            self._figure_layouts.append(box_layout)
        self._layout.addLayout(figures)

    def _build_filters(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(QLabel(QCoreApplication.translate("MainWindow", "Filtrer :"), self))
        self.filter_zone = QComboBox(self)
        self.filter_status = QComboBox(self)
        self.filter_operator = QComboBox(self)
        self.filter_from = QDateEdit(self)
        self.filter_to = QDateEdit(self)
        for date_edit in (self.filter_from, self.filter_to):
            date_edit.setCalendarPopup(True)
            date_edit.setDisplayFormat("dd/MM/yyyy")
        self.filter_from.setDate(QDate.currentDate().addYears(-1))
        self.filter_to.setDate(QDate.currentDate())
        self._filter_to_default = self.filter_to.date().toPython()
        self.filter_status.addItem(
            QCoreApplication.translate("MainWindow", "Tous les statuts"), None
        )
        for status in STATUS_LABELS:
            self.filter_status.addItem(status_label(status), status)
        filters.addWidget(self.filter_zone, 2)
        filters.addWidget(self.filter_status, 1)
        filters.addWidget(self.filter_operator, 1)
        filters.addWidget(QLabel(QCoreApplication.translate("MainWindow", "du"), self))
        filters.addWidget(self.filter_from)
        filters.addWidget(QLabel(QCoreApplication.translate("MainWindow", "au"), self))
        filters.addWidget(self.filter_to)
        for combo in (self.filter_zone, self.filter_status, self.filter_operator):
            combo.currentIndexChanged.connect(self.filters_changed)
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
            date_edit.dateChanged.connect(self.filters_changed)
        self._layout.addLayout(filters)

    def _build_list(self, zone_name: Callable[[str], str]) -> None:
        self.model = SubmissionsTableModel(zone_name)
        self.table = QTableView(self)
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
        # A click on a header sorts by that column (again: the other way); newest first at start.
        header.setSortIndicator(SubmissionsTableModel.COLUMN_DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self._layout.addWidget(self.table, 1)

        actions = QHBoxLayout()
        self.open_button = QPushButton(
            QCoreApplication.translate("MainWindow", "Ouvrir / modifier"), self
        )
        self.open_button.setToolTip(
            QCoreApplication.translate("MainWindow", "Entrée ou double-clic")
        )
        self.open_button.clicked.connect(self._on_open_clicked)
        self.delete_button = QPushButton(
            QCoreApplication.translate("MainWindow", "Supprimer…"), self
        )
        self.delete_button.setToolTip(
            QCoreApplication.translate(
                "MainWindow", "Suppr — le motif est demandé, l'historique est gardé"
            )
        )
        self.delete_button.clicked.connect(self.delete_requested)
        actions.addStretch(1)
        actions.addWidget(self.open_button)
        actions.addWidget(self.delete_button)
        self._layout.addLayout(actions)

    def _name_for_screen_readers(self) -> None:
        """Accessible names of the home screen's lists (a combo box alone reads its value)."""
        for widget, name in (
            (self.form_combo, QCoreApplication.translate("MainWindow", "Questionnaire")),
            (self.zone_combo, QCoreApplication.translate("MainWindow", "Quartier")),
            (self.operator_combo, QCoreApplication.translate("MainWindow", "Enquêteur·rice")),
            (self.mode_combo, QCoreApplication.translate("MainWindow", "Mode de saisie")),
            (self.filter_zone, QCoreApplication.translate("MainWindow", "Filtrer par quartier")),
            (self.filter_status, QCoreApplication.translate("MainWindow", "Filtrer par statut")),
            (
                self.filter_operator,
                QCoreApplication.translate("MainWindow", "Filtrer par enquêteur·rice"),
            ),
            (self.filter_from, QCoreApplication.translate("MainWindow", "Commencés depuis le")),
            (self.filter_to, QCoreApplication.translate("MainWindow", "Commencés jusqu'au")),
            (self.table, QCoreApplication.translate("MainWindow", "Questionnaires enregistrés")),
        ):
            widget.setAccessibleName(name)

    def _fit_to_height(self) -> None:
        """Tighter margins, and each figure on one line, when the screen is short."""
        compact = self.height() < COMPACT_HOME_HEIGHT
        if compact:
            self._layout.setContentsMargins(16, 8, 16, 8)
            self._layout.setSpacing(8)
        else:
            self._layout.setContentsMargins(24, 18, 24, 18)
            self._layout.setSpacing(14)
        direction = (
            QBoxLayout.Direction.LeftToRight if compact else QBoxLayout.Direction.TopToBottom
        )
        for box_layout in self._figure_layouts:
            box_layout.setDirection(direction)
            box_layout.setContentsMargins(*((10, 2, 10, 2) if compact else (9, 9, 9, 9)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit_to_height()

    # -- choices ---------------------------------------------------------------------------------

    @contextmanager
    def choices_blocked(self) -> Iterator[None]:
        """The setup and filter lists, refilled without announcing each intermediate choice."""
        combos = self._refilled_combos()
        for combo in combos:
            combo.blockSignals(True)
        try:
            yield
        finally:
            for combo in combos:
                combo.blockSignals(False)

    def _refilled_combos(self) -> tuple[QComboBox, ...]:
        return (
            self.form_combo,
            self.zone_combo,
            self.operator_combo,
            self.filter_zone,
            self.filter_operator,
        )

    def fill_choices(
        self,
        forms: Iterable[FormVersionInfo],
        neighbourhoods: Iterable[Neighbourhood],
        operators: Iterable[OperatorInfo],
    ) -> None:
        """Lists the questionnaires (one version each), neighbourhoods and operators, anew."""
        neighbourhoods, operators = list(neighbourhoods), list(operators)
        for combo in self._refilled_combos():
            combo.clear()
        for version in forms:
            self.form_combo.addItem(version.title, version.id)
            self.form_combo.setItemData(
                self.form_combo.count() - 1,
                QCoreApplication.translate("MainWindow", "{title} — version {version}").format(
                    title=version.title, version=version.version
                ),
                Qt.ItemDataRole.ToolTipRole,
            )
        for neighbourhood in neighbourhoods:
            qpv = f" ({neighbourhood.qpv_code})" if neighbourhood.qpv_code else ""
            self.zone_combo.addItem(neighbourhood.display_name + qpv, neighbourhood.code)
        for operator in operators:
            self.operator_combo.addItem(operator.name, operator.id)
        self.filter_zone.addItem(
            QCoreApplication.translate("MainWindow", "Tous les quartiers"), None
        )
        for neighbourhood in neighbourhoods:
            self.filter_zone.addItem(neighbourhood.display_name, neighbourhood.code)
        self.filter_operator.addItem(
            QCoreApplication.translate("MainWindow", "Tous les enquêteur·rices"), None
        )
        for operator in operators:
            self.filter_operator.addItem(operator.name, operator.id)
        # The « Tous les… » entries show whole (a cut « Tous les enquêteur » reads as a typo).
        for combo in (self.filter_status, self.filter_operator):
            combo.setMinimumWidth(combo.fontMetrics().horizontalAdvance(combo.itemText(0)) + 40)

    def filters(self) -> dict[str, Any]:
        """The list's filters, as store.list_submissions takes them."""
        chosen_end = cast(dt.date, self.filter_to.date().toPython())
        # "Until today" stays open-ended, so a laptop left on past midnight still lists new ones.
        today_or_later = chosen_end >= dt.date.today() - dt.timedelta(days=1)
        end = None if today_or_later and chosen_end == self._filter_to_default else chosen_end
        return {
            "zone": self.filter_zone.currentData(),
            "status": self.filter_status.currentData(),
            "operator_id": self.filter_operator.currentData(),
            "date_from": self.filter_from.date().toPython(),
            "date_to": end,
        }

    # -- figures ---------------------------------------------------------------------------------

    def show_counts(self, counts: SubmissionCounts) -> None:
        """Today's, draft, complete and not exported figures, with captions that agree."""
        for key, label in self.figure_labels.items():
            count = getattr(counts, key)
            label.setText(str(count))
            self.figure_captions[key].setText(self._figure_caption(key, count))

    def show_quota(self, text: str) -> None:
        """Issue 18: whom the chosen neighbourhood still lacks most (hidden when nobody)."""
        self.quota_label.setText(text)
        self.quota_label.setVisible(bool(text))

    # -- the list --------------------------------------------------------------------------------

    def selected_uuid(self) -> str | None:
        """The instanceID of the selected row."""
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return str(self.model.data(indexes[0], UUID_ROLE))

    def _on_row_activated(self, index: QModelIndex) -> None:
        self.open_requested.emit(str(self.model.data(index, UUID_ROLE)))

    def _on_open_clicked(self) -> None:
        uuid = self.selected_uuid()
        if uuid:
            self.open_requested.emit(uuid)
