"""The « Territoire » dialog: the coordinator edits the communes and quartiers of the store.

One line per quartier, with its commune. The rules and the saving are those of
`inclusion_desktop.territory` (no rule here): the problems it finds are shown under the table
as the lines are typed, and « Enregistrer » keeps the territory only when there is none.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inclusion_desktop.gui.common.messages import translate, user_message
from inclusion_desktop.gui.common.widgets import show_status
from inclusion_desktop.questionnaire.bundled import choice_slug
from inclusion_desktop.store import Store, StoreError
from inclusion_desktop.territory import (
    OTHER_QUARTIER,
    OTHER_QUARTIER_LABEL,
    TerritoryError,
    TerritoryRow,
    TerritoryTable,
    is_territory_edited,
    load_territory,
    read_territory_csv,
    save_territory,
    shipped_territory,
    validate_rows,
    zone_usage,
)

COMMUNE, INSEE, QUARTIER, QPV, CHOICE, USED = range(6)
_HEADERS = (
    QT_TRANSLATE_NOOP("TerritoryDialog", "Commune"),
    QT_TRANSLATE_NOOP("TerritoryDialog", "Code INSEE"),
    QT_TRANSLATE_NOOP("TerritoryDialog", "Quartier (libellé)"),
    QT_TRANSLATE_NOOP("TerritoryDialog", "Code QPV"),
    QT_TRANSLATE_NOOP("TerritoryDialog", "Nom de choix"),
    QT_TRANSLATE_NOOP("TerritoryDialog", "Questionnaires"),
)
#: The item data holding a line's stable choice names ("" on a new line: derived from the name).
SLUG_ROLE = Qt.ItemDataRole.UserRole
#: How many problems are listed under the table.
MAX_SHOWN = 6


class TerritoryDialog(QDialog):
    """The communes and quartiers of the store, editable; saved with an audit row."""

    def __init__(
        self, store: Store, operator_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.operator_id = operator_id
        self.usage = zone_usage(store)
        self.setWindowTitle(self.tr("Territoire : communes et quartiers"))
        self.resize(1060, 620)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Les quartiers proposés sur l'écran d'accueil, dans le questionnaire et sur les "
                "fiches. Saisissez un code QPV seulement tel qu'il figure dans le référentiel "
                "officiel (sig.ville.gouv.fr, par exemple QN05901M) ; laissez-le vide s'il n'est "
                "pas connu. Un quartier déjà utilisé par des questionnaires peut être renommé, "
                "pas retiré. Chaque commune garde sa ligne « Autre quartier / hors QPV »."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.source = QLabel(self)
        layout.addWidget(self.source)
        self.table = QTableWidget(0, len(_HEADERS), self)
        self.table.setHorizontalHeaderLabels([self.tr(str(header)) for header in _HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()  # as in every list of the application: no row numbers
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(QUARTIER, QHeaderView.ResizeMode.Stretch)
        # The choice names are long and read-only: a fixed width, full text in the tooltip.
        header.setSectionResizeMode(CHOICE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(CHOICE, 230)
        header.setMinimumSectionSize(60)
        self.table.setMinimumHeight(260)
        layout.addWidget(self.table, 1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)

        edit_row = QHBoxLayout()
        self.add_quartier_button = QPushButton(self.tr("Ajouter un quartier"), self)
        self.add_quartier_button.clicked.connect(self.add_quartier)
        self.add_commune_button = QPushButton(self.tr("Ajouter une commune…"), self)
        self.add_commune_button.clicked.connect(self.ask_commune)
        self.remove_button = QPushButton(self.tr("Retirer le quartier"), self)
        self.remove_button.clicked.connect(self.remove_current)
        for button in (self.add_quartier_button, self.add_commune_button, self.remove_button):
            edit_row.addWidget(button)
        edit_row.addStretch(1)
        import_button = QPushButton(self.tr("Importer un CSV…"), self)
        import_button.clicked.connect(self.ask_import)
        export_button = QPushButton(self.tr("Exporter en CSV…"), self)
        export_button.clicked.connect(self.ask_export)
        reset = QPushButton(self.tr("Revenir au fichier fourni"), self)
        reset.setToolTip(self.tr("Remplit le tableau avec le territoire livré avec l'application."))
        reset.clicked.connect(lambda: self.fill(shipped_territory().rows))
        layout.addLayout(edit_row)

        # The file buttons share the last line with « Enregistrer »: six buttons on one line
        # are wider than a 1024-pixel screen.
        buttons = QHBoxLayout()
        for button in (import_button, export_button, reset):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("Enregistrer"), self)
        self.save_button.setObjectName("primaryButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Annuler"), self)
        cancel.clicked.connect(self.reject)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)

        self.table.itemChanged.connect(self._on_item_changed)
        self.fill(load_territory(store).rows)
        self.source.setText(
            self.tr("Territoire modifié dans l'application.")
            if is_territory_edited(store)
            else self.tr("Territoire du fichier livré avec l'application (jamais modifié).")
        )

    # -- the table -------------------------------------------------------------------------

    def fill(self, rows: tuple[TerritoryRow, ...] | list[TerritoryRow]) -> None:
        """Shows `rows`, one line each, and checks them."""
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for row in rows:
            self._append(row)
        self.table.blockSignals(False)
        self.check()

    def _append(self, row: TerritoryRow, at: int | None = None) -> int:
        index = self.table.rowCount() if at is None else at
        self.table.insertRow(index)
        values = (row.commune_name, row.code_insee, row.label, row.qpv_code, "", "")
        for column, value in enumerate(values):
            self.table.setItem(index, column, QTableWidgetItem(value))
        self.table.item(index, COMMUNE).setData(SLUG_ROLE, row.commune)
        self.table.item(index, QUARTIER).setData(SLUG_ROLE, row.quartier)
        used = self.usage.get(row.zone, 0) if row.commune and row.quartier else 0
        for column in (CHOICE, USED):
            item = self.table.item(index, column)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.item(index, USED).setText(str(used) if used else "")
        self.table.item(index, USED).setTextAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self._show_choice_name(index)
        return index

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _slug(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        value = item.data(SLUG_ROLE) if item is not None else None
        return str(value) if value else ""

    def _show_choice_name(self, row: int) -> None:
        commune = self._slug(row, COMMUNE) or choice_slug(self._cell(row, COMMUNE))
        quartier = self._slug(row, QUARTIER) or choice_slug(self._cell(row, QUARTIER))
        item = self.table.item(row, CHOICE)
        if item is None:
            return
        item.setText(f"{commune}/{quartier}")
        new = not (self._slug(row, COMMUNE) and self._slug(row, QUARTIER))
        font = QFont(item.font())
        font.setItalic(new)
        item.setFont(font)
        item.setForeground(QColor("#6b6b6b") if new else self.palette().text().color())
        item.setToolTip(
            f"{commune}/{quartier}\n"
            + (
                self.tr("Nouveau : déduit du nom, fixé à l'enregistrement.")
                if new
                else self.tr(
                    "Enregistré avec chaque questionnaire : ne change pas si l'on renomme."
                )
            )
        )

    def rows(self) -> list[TerritoryRow]:
        """The lines of the table, numbered as shown."""
        return [
            TerritoryRow(
                commune=self._slug(row, COMMUNE),
                commune_name=self._cell(row, COMMUNE),
                code_insee=self._cell(row, INSEE),
                quartier=self._slug(row, QUARTIER),
                label=self._cell(row, QUARTIER),
                qpv_code=self._cell(row, QPV),
                line=row + 1,
            )
            for row in range(self.table.rowCount())
        ]

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        row, column = item.row(), item.column()
        if column in (COMMUNE, INSEE):
            # A commune's name and code are the same on each of its lines.
            slug = self._slug(row, COMMUNE)
            old = self.table.item(row, COMMUNE)
            if slug and old is not None:
                self.table.blockSignals(True)
                for other in range(self.table.rowCount()):
                    if other != row and self._slug(other, COMMUNE) == slug:
                        target = self.table.item(other, column)
                        if target is not None:
                            target.setText(item.text())
                self.table.blockSignals(False)
        if column in (COMMUNE, QUARTIER):
            self.table.blockSignals(True)
            for other in range(self.table.rowCount()):
                self._show_choice_name(other)
            self.table.blockSignals(False)
        self.check()

    def check(self) -> TerritoryTable | None:
        """Shows the problems of the lines under the table; the checked territory when none."""
        try:
            table = validate_rows(self.rows())
        except TerritoryError as error:
            self._show_problems(error.lines(translate))
            return None
        quartiers, communes = len(table.rows), len(table.communes())
        show_status(
            self.message,
            self.tr("✓ {quartiers} dans {communes}.").format(
                quartiers=self.tr("1 quartier")
                if quartiers == 1
                else self.tr("{count} quartiers").format(count=quartiers),
                communes=self.tr("1 commune")
                if communes == 1
                else self.tr("{count} communes").format(count=communes),
            ),
            ok=True,
        )
        return table

    def _show_problems(self, problems: tuple[str, ...] | list[str], heading: str = "") -> None:
        shown = "\n".join(([heading] if heading else []) + list(problems[:MAX_SHOWN]))
        if len(problems) > MAX_SHOWN:
            shown += "\n" + self.tr("… et %n autre(s) problème(s).", "", len(problems) - MAX_SHOWN)
        show_status(self.message, shown, ok=False)

    # -- editing ---------------------------------------------------------------------------

    def add_quartier(self) -> None:
        """Adds a quartier to the commune of the selected line, ready to be named."""
        current = self.table.currentRow()
        if current < 0:
            show_status(
                self.message,
                self.tr("Choisissez d'abord une ligne de la commune du nouveau quartier."),
                ok=False,
            )
            return
        commune = self._slug(current, COMMUNE)
        at = current + 1
        while at < self.table.rowCount() and self._same_commune(at, current):
            at += 1
        self.table.blockSignals(True)
        index = self._append(
            TerritoryRow(
                commune=commune,
                commune_name=self._cell(current, COMMUNE),
                code_insee=self._cell(current, INSEE),
                quartier="",
                label="",
            ),
            at=at,
        )
        self.table.blockSignals(False)
        self.check()
        self.table.setCurrentCell(index, QUARTIER)
        self.table.editItem(self.table.item(index, QUARTIER))  # type: ignore[arg-type]  # just set

    def _same_commune(self, row: int, other: int) -> bool:
        slug = self._slug(row, COMMUNE)
        if slug:
            return slug == self._slug(other, COMMUNE)
        return self._cell(row, COMMUNE) == self._cell(other, COMMUNE)

    def ask_commune(self) -> None:
        """Asks for a commune's name and adds it, with its « Autre quartier / hors QPV »."""
        name, ok = QInputDialog.getText(
            self, self.tr("Ajouter une commune"), self.tr("Nom officiel de la commune :")
        )
        if ok and name.strip():
            self.add_commune(name.strip())

    def add_commune(self, name: str, code_insee: str = "") -> None:
        """Adds the commune `name` at the end, with its « Autre quartier / hors QPV » line."""
        self.table.blockSignals(True)
        index = self._append(
            TerritoryRow("", name, code_insee, OTHER_QUARTIER, OTHER_QUARTIER_LABEL)
        )
        self.table.blockSignals(False)
        self.check()
        self.table.setCurrentCell(index, INSEE)

    def remove_current(self) -> None:
        """Removes the selected quartier, unless questionnaires use it."""
        row = self.table.currentRow()
        if row < 0:
            return
        used = self._cell(row, USED)
        if used:
            show_status(
                self.message,
                self.tr(
                    "« {label} » ne peut pas être retiré : %n questionnaire(s) l'utilise(nt). "
                    "Vous pouvez le renommer.",
                    "",
                    int(used),
                ).format(label=self._cell(row, QUARTIER)),
                ok=False,
            )
            return
        self.table.removeRow(row)
        self.check()

    # -- files -----------------------------------------------------------------------------

    def ask_import(self) -> None:
        """Fills the table from a CSV file (shown, checked, not saved until « Enregistrer »)."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Importer un territoire"), "", self.tr("Fichiers CSV (*.csv)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        """Reads `path` into the table; False (and why) when it cannot be read."""
        try:
            rows = read_territory_csv(path.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError) as error:
            show_status(
                self.message,
                self.tr("Fichier illisible : {error}").format(error=user_message(error)),
                ok=False,
            )
            return False
        except TerritoryError as error:
            self._show_problems(error.lines(translate))
            return False
        self.fill(rows)
        try:
            validate_rows(rows)
        except TerritoryError as error:
            # Read from the file, the rows carry the file's line numbers (header = line 1),
            # which is where the person will look for them; the table's own numbers, once a
            # line is edited, start at the first quartier.
            self._show_problems(
                error.lines(translate),
                heading=self.tr("Fichier « {name} », lignes du fichier :").format(name=path.name),
            )
        return True

    def ask_export(self) -> None:
        """Writes the table to a CSV file."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Exporter le territoire"),
            "territoire.csv",
            self.tr("Fichiers CSV (*.csv)"),
        )
        if path:
            self.export_file(Path(path))

    def export_file(self, path: Path) -> bool:
        """Writes the checked table to `path` (UTF-8, comma separated)."""
        table = self.check()
        if table is None:
            return False
        try:
            path.write_text(table.csv_text(), encoding="utf-8")
        except OSError as error:
            show_status(
                self.message,
                self.tr("Export impossible : {error}").format(error=user_message(error)),
                ok=False,
            )
            return False
        show_status(
            self.message, self.tr("✓ Territoire exporté : {path}").format(path=path), ok=True
        )
        return True

    # -- saving ----------------------------------------------------------------------------

    def save(self) -> bool:
        """Keeps the territory in the store and closes; nothing is kept while a line is wrong."""
        if self.check() is None:
            return False
        try:
            save_territory(self.store, self.rows(), operator_id=self.operator_id)
        except TerritoryError as error:
            self._show_problems(error.lines(translate))
            return False
        except StoreError as error:
            show_status(self.message, user_message(error), ok=False)
            return False
        self.accept()
        return True
