"""Summary sheets as PDF, and the same indicators on screen for a chosen neighbourhood."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inclusion_desktop.gui.common.i18n import current_language
from inclusion_desktop.gui.common.messages import population_wording, user_message
from inclusion_desktop.gui.common.task_dialog import TaskDialog
from inclusion_desktop.gui.common.widgets import folder_row, show_status
from inclusion_desktop.gui.common.workers import Task, run_in_background
from inclusion_desktop.store import Store
from inclusion_desktop.store.keys import SettingKey

if TYPE_CHECKING:
    from inclusion_desktop.services.access import Grant


class ReportsDialog(TaskDialog):
    """Writes one PDF per neighbourhood, the territory's and a combined one, off the GUI thread."""

    # A long step or folder name wraps: the dialog grows, nothing is cut.
    grows_with_message = True

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        #: What the last run wrote (reports.GenerationResult).
        self.outcome: Any = None
        self.setWindowTitle(self.tr("Fiches de synthèse"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Une fiche PDF par quartier d'au moins 5 répondants, une pour le territoire et un "
                "fichier qui les réunit : pourcentages redressés par âge, intervalles de "
                "confiance, comparaisons nationales."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setText(
            store.get_setting(SettingKey.REPORTS_FOLDER)
            or str(Path.home() / self.tr("Fiches de synthèse"))
        )
        form.addRow(
            self.tr("Dossier :"), folder_row(self, self.folder_edit, self.tr("Dossier des fiches"))
        )
        self.language = QComboBox(self)
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(current_language()), 0))
        form.addRow(self.tr("Langue des fiches :"), self.language)
        layout.addLayout(form)
        self.add_task_area(layout, busy=False)
        self.add_buttons(layout)
        self.make_button = self.add_button(
            self.tr("Produire les fiches"), QDialogButtonBox.ButtonRole.AcceptRole, self.start
        )
        self.open_button = self.add_button(
            self.tr("Ouvrir le dossier"), QDialogButtonBox.ButtonRole.ActionRole, self.open_folder
        )
        self.close_button = self.add_button(
            self.tr("Fermer"), QDialogButtonBox.ButtonRole.RejectRole, self.reject
        )
        self.open_button.hide()

    def start(self) -> None:
        """Produces the sheets on a worker thread, the progress bar following each file."""
        from inclusion_desktop.reports import generate_reports

        folder = Path(self.folder_edit.text().strip())
        lang = str(self.language.currentData())
        self.store.set_setting(SettingKey.REPORTS_FOLDER, str(folder))
        self.open_button.hide()

        def work(report: Any) -> Any:
            runner = generate_reports(self.store, folder, lang=lang)  # type: ignore[arg-type]
            try:
                while True:
                    report(next(runner))
            except StopIteration as finished:
                return finished.value

        self.run_task(
            work,
            self.tr("Calcul des indicateurs…"),
            lock=[self.make_button],
            on_done=self._on_done,
            failure=self.tr("Fiches non produites : {error}"),
            on_progress=self._on_progress,
        )

    def _on_progress(self, step: Any) -> None:
        self.progress.setRange(0, max(int(step.total), 1))
        self.progress.setValue(int(step.done))
        self.show_message(str(step.message), ok=True)

    def _on_done(self, result: Any) -> None:
        self.outcome = result
        self.open_button.show()
        count = len(result.paths)
        skipped = len(result.skipped)
        text = self.tr("✓ %n fichier(s) PDF écrits dans {folder}.", "", count).format(
            folder=result.out_dir
        )
        if skipped:
            text += " " + self.tr(
                "%n quartier(s) de moins de 5 répondants sans fiche propre.", "", skipped
            )
        self.show_message(text, ok=True)

    def open_folder(self) -> None:
        """Opens the folder of the sheets in the file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder_edit.text().strip()))


_COLUMNS = (
    QT_TRANSLATE_NOOP("DashboardDialog", "Indicateur"),
    "%",
    QT_TRANSLATE_NOOP("DashboardDialog", "IC à 95 %"),
    "n",
    QT_TRANSLATE_NOOP("DashboardDialog", "Comparaison"),
)


class DashboardDialog(QDialog):
    """The summary sheet's indicators on screen, for the territory or one neighbourhood."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.task: Task | None = None
        self.prepared: Any = None
        self.setWindowTitle(self.tr("Tableau de bord"))
        self.resize(1000, 640)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Quartier :"), self))
        self.zone_combo = QComboBox(self)
        self.zone_combo.setEnabled(False)
        self.zone_combo.currentIndexChanged.connect(self._show_zone)
        top.addWidget(self.zone_combo, 1)
        layout.addLayout(top)
        self.summary = QLabel(self.tr("Calcul des indicateurs…"), self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, len(_COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr(str(column)) for column in _COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        note = QLabel(
            self.tr(
                "* moins de 30 répondants : à interpréter avec prudence ; « masqué » : moins de 5."
            ),
            self,
        )
        note.setObjectName("hintLabel")
        note.setWordWrap(True)
        layout.addWidget(note)
        # Where the « Comparaison » figures come from, one line per source shown.
        self.sources = QLabel(self)
        self.sources.setObjectName("hintLabel")
        self.sources.setWordWrap(True)
        layout.addWidget(self.sources)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.start()

    def start(self) -> None:
        """Computes every domain's estimates once, on a worker thread."""
        from inclusion_desktop.reports import prepare_store_sheets

        self.task = run_in_background(
            lambda report: prepare_store_sheets(self.store),
            on_done=self._on_done,
            on_failed=lambda error: self.summary.setText(
                self.tr("Indicateurs indisponibles : {error}").format(error=user_message(error))
            ),
        )

    def _on_done(self, prepared: Any) -> None:
        from inclusion_desktop.reports.generate import zone_names
        from inclusion_desktop.services.dashboard import TERRITORY_DOMAIN, zone_codes

        self.prepared = prepared
        names = zone_names(self.store)
        self.zone_combo.blockSignals(True)
        self.zone_combo.addItem(self.tr("Ensemble du territoire"), TERRITORY_DOMAIN)
        for code in zone_codes(prepared.estimates, names):
            self.zone_combo.addItem(names.get(code, code), code)
        self.zone_combo.blockSignals(False)
        self.zone_combo.setEnabled(True)
        self._show_zone()

    def _show_zone(self) -> None:
        from inclusion_desktop.services.dashboard import zone_dashboard

        if self.prepared is None:
            return
        # Indicator labels and figures follow the interface language (English columns exist).
        lang: Literal["fr", "en"] = "en" if current_language() == "en" else "fr"
        dashboard = zone_dashboard(self.prepared.estimates, self.zone_combo.currentData(), lang)
        self.table.setRowCount(0)
        bold = QFont()
        bold.setBold(True)
        for section in dashboard.sections:
            index = self.table.rowCount()
            self.table.insertRow(index)
            title = QTableWidgetItem(section.title)
            title.setFont(bold)
            title.setBackground(QColor("#e3e9ef"))
            self.table.setItem(index, 0, title)
            self.table.setSpan(index, 0, 1, len(_COLUMNS))
            for line in section.lines:
                index = self.table.rowCount()
                self.table.insertRow(index)
                values = (line.label, line.value, line.interval, line.n, line.comparison)
                for column, value in enumerate(values):
                    item = QTableWidgetItem(str(value))
                    if column == 4 and line.comparison_source:
                        item.setToolTip(line.comparison_source)
                    if column == 1 and line.flag:
                        item.setToolTip(line.flag)
                    self.table.setItem(index, column, item)
        self.sources.setText(
            self.tr("Comparaison : {sources}.").format(
                sources=" ; ".join(
                    source if name == source else f"{name} = {source}"
                    for name, source in dashboard.sources.items()
                )
            )
            if dashboard.sources
            else ""
        )
        self.summary.setText(
            self.tr(
                "%n répondant(s) au plus par indicateur. Pourcentages redressés par âge "
                "(INSEE RP2020), intervalles de confiance à 95 %.",
                "",
                dashboard.respondents,
            )
        )


_TARGET_COLUMNS = ("variable", "modalite", "libelle", "effectif", "source")
_TARGET_HEADERS = (
    QT_TRANSLATE_NOOP("PopulationTargetsDialog", "Variable"),
    QT_TRANSLATE_NOOP("PopulationTargetsDialog", "Modalité"),
    QT_TRANSLATE_NOOP("PopulationTargetsDialog", "Libellé"),
    QT_TRANSLATE_NOOP("PopulationTargetsDialog", "Effectif"),
    QT_TRANSLATE_NOOP("PopulationTargetsDialog", "Source"),
)


def _saved_text(cell: QTableWidgetItem | None) -> str:
    """A cell's text as the population file keeps it: the file's French while not edited."""
    if cell is None:
        return ""
    text = cell.text().strip()
    kept = cell.data(Qt.ItemDataRole.UserRole)
    if isinstance(kept, tuple) and text == kept[1].strip():
        return str(kept[0]).strip()
    return text


class PopulationTargetsDialog(QDialog):
    """The population figures the answers are weighted on, editable by the coordinator.

    `grant` is the main window's for Action.POPULATION_TARGETS: the figures are saved in the
    name of who opened the dialog. Without one, the figures are saved only while the roles do
    not apply yet (services.access.require).
    """

    def __init__(
        self, store: Store, parent: QWidget | None = None, *, grant: Grant | None = None
    ) -> None:
        super().__init__(parent)
        self.grant = grant
        from inclusion_desktop.analysis import load_population_targets, parse_population_targets
        from inclusion_desktop.reports.generate import SETTING_POPULATION

        self.store = store
        self.setting = SETTING_POPULATION
        self.setWindowTitle(self.tr("Cibles de population (redressement)"))
        self.resize(900, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Effectifs de population par tranche d'âge utilisés pour redresser les réponses. "
                "Par défaut : INSEE, recensement 2020 de l'agglomération. Chaque variable doit "
                "avoir le même total."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        # Whose structure is edited: the territory's, or one neighbourhood's own (optional).
        self.place_combo = QComboBox(self)
        self.place_combo.addItem(self.tr("Territoire (toute l'agglomération)"), "")
        from inclusion_desktop.territory import store_neighbourhoods

        for neighbourhood in store_neighbourhoods(store):
            self.place_combo.addItem(neighbourhood.display_name, neighbourhood.code)
        place_row = QHBoxLayout()
        place_label = QLabel(self.tr("Structure par âge de :"), self)
        place_label.setBuddy(self.place_combo)
        place_row.addWidget(place_label)
        place_row.addWidget(self.place_combo, 1)
        layout.addLayout(place_row)
        self.place_hint = QLabel(
            self.tr(
                "Facultatif pour un quartier (l'INSEE publie la structure par âge des QPV) : le "
                "quartier est alors redressé sur elle. Laissez le tableau vide pour utiliser celle "
                "du territoire."
            ),
            self,
        )
        self.place_hint.setWordWrap(True)
        self.place_hint.hide()
        layout.addWidget(self.place_hint)
        self.table = QTableWidget(0, len(_TARGET_HEADERS), self)
        self.table.setHorizontalHeaderLabels([self.tr(str(header)) for header in _TARGET_HEADERS])
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Ajouter une ligne"), self)
        add.clicked.connect(lambda: self.table.insertRow(self.table.rowCount()))
        remove = QPushButton(self.tr("Supprimer la ligne"), self)
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        reset = QPushButton(self.tr("Revenir aux chiffres INSEE livrés"), self)
        reset.clicked.connect(lambda: self._fill(load_population_targets()))
        for button in (add, remove, reset):
            row.addWidget(button)
        row.addStretch(1)
        self.save_button = QPushButton(self.tr("Enregistrer"), self)
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Fermer"), self)
        close.clicked.connect(self.reject)
        row.addWidget(self.save_button)
        row.addWidget(close)
        layout.addLayout(row)
        edited = store.get_setting(self.setting)
        self._fill(parse_population_targets(edited) if edited else load_population_targets())
        self.place_combo.currentIndexChanged.connect(self._on_place_changed)

    def zone(self) -> str:
        """The neighbourhood whose structure is edited ("" for the territory)."""
        return str(self.place_combo.currentData() or "")

    def _on_place_changed(self) -> None:
        from inclusion_desktop.analysis import load_population_targets, parse_population_targets
        from inclusion_desktop.analysis.zone_population import (
            SETTING_ZONE_POPULATION,
            parse_zone_targets,
        )

        zone = self.zone()
        self.place_hint.setVisible(bool(zone))
        self.message.clear()
        if not zone:
            edited = self.store.get_setting(self.setting)
            self._fill(parse_population_targets(edited) if edited else load_population_targets())
            return
        stored = self.store.get_setting(SETTING_ZONE_POPULATION)
        self._fill(parse_zone_targets(stored).get(zone, {}) if stored else {})

    def _fill(self, targets: Any) -> None:
        cells = [(variable, cell) for variable, group in targets.items() for cell in group]
        self.table.setRowCount(len(cells))
        for index, (variable, cell) in enumerate(cells):
            count = f"{cell.count:g}"
            for column, value in enumerate((variable, cell.code, cell.label, count, cell.source)):
                item = QTableWidgetItem(population_wording(value))
                # What is saved back while the cell is not edited: the file's own text.
                item.setData(Qt.ItemDataRole.UserRole, (value, item.text()))
                self.table.setItem(index, column, item)

    def csv_text(self) -> str:
        """The table as the CSV text of a population file."""
        import csv
        import io

        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(_TARGET_COLUMNS)
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, column) for column in range(len(_TARGET_COLUMNS))]
            writer.writerow([_saved_text(cell) for cell in cells])
        return buffer.getvalue()

    def save(self) -> bool:
        """Checks the figures and keeps them in the store; a faulty line is named, nothing kept."""
        from inclusion_desktop.errors import AppError
        from inclusion_desktop.permissions import Action
        from inclusion_desktop.services.access import require
        from inclusion_desktop.services.settings import save_population_targets

        zone = self.zone()
        # A neighbourhood's empty table removes its own structure.
        text = self.csv_text() if self.table.rowCount() > 0 or not zone else ""
        try:
            grant = self.grant or require(self.store, Action.POPULATION_TARGETS, None)
            save_population_targets(self.store, grant, text, zone=zone)
        except AppError as error:  # refused targets, a refused grant, or a store error
            show_status(
                self.message,
                self.tr("Non enregistré : {error}").format(error=user_message(error)),
                ok=False,
            )
            return False
        show_status(
            self.message,
            self.tr("✓ Cibles enregistrées : les prochaines fiches les utiliseront."),
            ok=True,
        )
        return True
