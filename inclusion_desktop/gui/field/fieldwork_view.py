"""The « Terrain » view: per neighbourhood, questionnaires done against the quota targets.

Works offline on every laptop from what it has entered or merged; a coordinator sets how many
questionnaires each neighbourhood needs, and the cells follow the population targets.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inclusion_desktop.errors import AppError
from inclusion_desktop.gui.common.i18n import current_language
from inclusion_desktop.gui.common.messages import population_wording, translate, user_message
from inclusion_desktop.paradata import store_report
from inclusion_desktop.questionnaire.model import Form
from inclusion_desktop.quotas import (
    QuotaRecords,
    ZoneProgress,
    load_records,
    missing_sentences,
    progress_of,
    projection_sentence,
    save_plan,
)
from inclusion_desktop.store import Store

_Index = QModelIndex | QPersistentModelIndex
# The role holding a cell's missing count, for sorting and colouring.
MissingRole = Qt.ItemDataRole.UserRole + 1


class QuotaTableModel(QAbstractTableModel):
    """One row per neighbourhood × age band × sex cell: target, done, missing.

    Signals:
        target_edited(str, str, str, int): zone, age band, sex and the new target typed in the
            « Objectif » column (the view saves it, or refuses it).
    """

    ZONE, BAND, SEX, TARGET, DONE, MISSING = range(6)
    target_edited = Signal(str, str, str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keys: list[tuple[str, str, str]] = []
        self.editable = False
        self._rows: list[tuple[str, str, str, int, int, int]] = []
        self._headers = [
            self.tr("Quartier"),
            self.tr("Tranche d'âge"),
            self.tr("Sexe"),
            self.tr("Objectif"),
            self.tr("Faits"),
            self.tr("Manquent"),
        ]
        self._sexes = {"femme": self.tr("Femmes"), "homme": self.tr("Hommes")}

    def set_progress(self, progress: Sequence[ZoneProgress]) -> None:
        """Shows these neighbourhoods' cells (all of them at once: one model reset)."""
        self.beginResetModel()
        self._rows = [
            (
                zone.label,
                population_wording(cell.band_label),
                self._sexes.get(cell.sex, cell.sex),
                cell.target,
                cell.done,
                cell.missing,
            )
            for zone in progress
            for cell in zone.cells
        ]
        self._keys = [(zone.zone, cell.band, cell.sex) for zone in progress for cell in zone.cells]
        self.endResetModel()

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Targets can be typed over by a coordinator; the rest is read-only."""
        flags = super().flags(index)
        if self.editable and index.isValid() and index.column() == self.TARGET:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """A typed target is passed on (target_edited); the model changes once it is saved."""
        if role != Qt.ItemDataRole.EditRole or index.column() != self.TARGET:
            return False
        try:
            number = int(str(value).strip())
        except ValueError:
            return False
        self.target_edited.emit(*self._keys[index.row()], number)
        return True

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of cells shown."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Six columns."""
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's text; numbers right-aligned; missing cells in orange."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return str(row[column]) if column >= self.TARGET else row[column]
        if role == MissingRole:
            return row[self.MISSING]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.TARGET:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.MISSING and row[column]:
            return QBrush(QColor("#b34700"))
        return None


class FieldworkView(QDialog):
    """Quotas by neighbourhood, what is missing in words, and the projected n_eff.

    `acting_operator` says whether targets may be changed now (asking a coordinator's password
    if needed) and who changes them.
    """

    def __init__(
        self,
        store: Store,
        acting_operator: Callable[[], tuple[bool, int | None]] | None = None,
        parent: QWidget | None = None,
        *,
        form: Form | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("fieldworkView")
        self.store = store
        self.form = form
        self.acting_operator = acting_operator
        self.records = QuotaRecords()
        self.progress: list[ZoneProgress] = []
        self.setWindowTitle(self.tr("Terrain : quotas par quartier"))
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Questionnaires terminés (avec accord) de cet ordinateur et de ceux déjà "
                "fusionnés, par tranche d'âge et sexe, face aux objectifs tirés de la population."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Quartier :"), self))
        self.zone_filter = QComboBox(self)
        self.zone_filter.currentIndexChanged.connect(self._on_zone_changed)
        top.addWidget(self.zone_filter, 1)
        layout.addLayout(top)
        self.model = QuotaTableModel(self)
        self.model.editable = True
        self.model.target_edited.connect(self._on_target_edited)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Without targets an empty grid looks broken: a sentence takes its place until then.
        self.no_targets = QLabel(
            self.tr(
                "Aucun objectif pour l'instant : la coordination les fixe ci-dessous, ou "
                "ils arrivent avec la prochaine fusion."
            ),
            self,
        )
        self.no_targets.setObjectName("noQuotaTargets")
        self.no_targets.setWordWrap(True)
        self.no_targets.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table_or_notice = QStackedWidget(self)
        self.table_or_notice.addWidget(self.table)
        self.table_or_notice.addWidget(self.no_targets)
        layout.addWidget(self.table_or_notice, 1)
        self.words = QLabel(self)
        self.words.setObjectName("quotaWords")
        self.words.setWordWrap(True)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.words)
        self._build_plan_box(layout)
        self.summary = QLabel(self)
        self.summary.setObjectName("fieldworkSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.pdf_button = buttons.addButton(
            self.tr("Suivi de terrain (PDF)…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.pdf_button.clicked.connect(self._on_pdf)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def _build_plan_box(self, layout: QVBoxLayout) -> None:
        box = QGroupBox(self.tr("Objectifs (coordination)"), self)
        row = QHBoxLayout(box)
        self.plan_zone = QComboBox(box)
        from inclusion_desktop.territory import store_neighbourhoods

        for neighbourhood in store_neighbourhoods(self.store):
            self.plan_zone.addItem(neighbourhood.display_name, neighbourhood.code)
        self.plan_zone.currentIndexChanged.connect(self._on_plan_zone_changed)
        self.plan_size = QSpinBox(box)
        self.plan_size.setRange(1, 100_000)
        self.plan_size.setValue(60)
        self.plan_button = QPushButton(self.tr("Enregistrer les objectifs"), box)
        self.plan_button.clicked.connect(self._on_save_plan)
        row.addWidget(self.plan_zone, 1)
        row.addWidget(QLabel(self.tr("questionnaires prévus :"), box))
        row.addWidget(self.plan_size)
        row.addWidget(self.plan_button)
        self.plan_status = QLabel(box)
        layout.addWidget(box)
        layout.addWidget(self.plan_status)

    # -- data ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Reads the questionnaires and targets again (after a merge or a save)."""
        self.records = load_records(self.store)
        self.refresh()
        report = store_report(self.store, form=self.form)
        abandoned = report.outcomes["draft"] + report.outcomes["deleted"]
        english = current_language() == "en"
        language = QLocale.Language.English if english else QLocale.Language.French
        median = (
            "–"
            if report.median_minutes is None
            else f"{QLocale(language).toString(report.median_minutes, 'f', 1)} min"
        )
        self.summary.setText(
            self.tr(
                "Déroulement : {total} questionnaires commencés, {complete} terminés, "
                "{refused} refus, {abandoned} abandons ; durée médiane {median} ; "
                "%n entretien(s) trop court(s) à vérifier.",
                "",
                len(report.short_interviews),
            ).format(
                total=report.total,
                complete=report.outcomes["complete"],
                refused=report.outcomes["refused"],
                abandoned=abandoned,
                median=median,
            )
        )

    def refresh(self) -> None:
        """Counts the loaded questionnaires against the targets and shows them."""
        self.show_progress(progress_of(self.store, self.records))

    def show_progress(self, progress: list[ZoneProgress]) -> None:
        """Fills the neighbourhood list and the table from computed progress."""
        self.progress = progress
        current = self.zone_filter.currentData()
        self.zone_filter.blockSignals(True)
        self.zone_filter.clear()
        self.zone_filter.addItem(self.tr("Tous les quartiers"), None)
        for zone in progress:
            self.zone_filter.addItem(zone.label, zone.zone)
        self.zone_filter.setCurrentIndex(max(0, self.zone_filter.findData(current)))
        self.zone_filter.blockSignals(False)
        self._on_zone_changed()

    def _on_zone_changed(self) -> None:
        chosen = self.zone_filter.currentData()
        shown = [zone for zone in self.progress if chosen in (None, zone.zone)]
        self.model.set_progress(shown)
        self.table_or_notice.setCurrentWidget(self.table if self.progress else self.no_targets)
        if not self.progress:
            self.words.clear()
            return
        lines = []
        for zone in shown:
            sentences = missing_sentences(zone, translate) or [
                self.tr("objectifs atteints à {zone}").format(zone=zone.label)
            ]
            lines.append(
                f"<b>{html.escape(zone.label)}</b> — "
                + self.tr("{done} questionnaires sur {planned} prévus").format(
                    done=zone.done, planned=zone.planned
                )
                + "".join(f"<br/>• {html.escape(sentence)}" for sentence in sentences)
                + f"<br/><i>{html.escape(projection_sentence(zone, translate))}.</i>"
            )
        self.words.setText("<br/>".join(lines))
        if chosen is not None:
            self.plan_zone.setCurrentIndex(max(0, self.plan_zone.findData(chosen)))

    def _on_plan_zone_changed(self) -> None:
        planned = next(
            (z.planned for z in self.progress if z.zone == self.plan_zone.currentData()), 0
        )
        if planned:
            self.plan_size.setValue(planned)

    def _on_save_plan(self) -> None:
        allowed, operator = self.acting_operator() if self.acting_operator else (True, None)
        if not allowed:
            return
        zone = self.plan_zone.currentData()
        try:
            save_plan(self.store, zone, self.plan_size.value(), operator_id=operator)
        except AppError as error:  # a quota refused, or the store unable to save it
            self.plan_status.setText(user_message(error))
            return
        self.plan_status.setText(
            self.tr("Objectifs enregistrés pour {zone} : {n} questionnaires.").format(
                zone=self.plan_zone.currentText(), n=self.plan_size.value()
            )
        )
        self.refresh()
        self.zone_filter.setCurrentIndex(max(0, self.zone_filter.findData(zone)))

    def _on_target_edited(self, zone: str, band: str, sex: str, value: int) -> None:
        """One cell's target typed over: the zone's cells are saved with it (audited)."""
        allowed, operator = self.acting_operator() if self.acting_operator else (True, None)
        progress = next((p for p in self.progress if p.zone == zone), None)
        if not allowed or progress is None:
            return
        cells = {(cell.band, cell.sex): cell.target for cell in progress.cells}
        cells[(band, sex)] = value
        try:
            save_plan(self.store, zone, 0, operator_id=operator, targets=cells)
        except AppError as error:  # a quota refused, or the store unable to save it
            self.plan_status.setText(user_message(error))
            return
        self.plan_status.setText(
            self.tr("Objectif modifié à {zone} : {n} questionnaires prévus.").format(
                zone=progress.label, n=sum(cells.values())
            )
        )
        # After the edit has closed: resetting the model inside setData would pull it away.
        QTimer.singleShot(0, self.refresh)

    def _on_pdf(self) -> None:
        allowed, _operator = self.acting_operator() if self.acting_operator else (True, None)
        if not allowed:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le suivi de terrain"), "suivi-de-terrain.pdf", "PDF (*.pdf)"
        )
        if not name:
            return
        from inclusion_desktop.reports.fieldwork_sheet import write_fieldwork_sheet

        try:
            report = store_report(self.store, form=self.form)
            write_fieldwork_sheet(report, self.progress, Path(name))
        except AppError as error:
            self.plan_status.setText(user_message(error))
            return
        self.plan_status.setText(self.tr("Suivi de terrain écrit dans {path}.").format(path=name))
