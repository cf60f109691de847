"""The offer of the structures on screen: the map drawn with QPainter, communes, directory, counts.

Figures come from `reports.offer_sheet.prepare_offer`, the same as the PDF sheets, computed on a
worker thread. The map uses the core's projection (`reports.offer_map.project_communes`) and
colour classes, so screen and paper agree.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inclusion_desktop.gui.common.i18n import current_language
from inclusion_desktop.gui.common.messages import user_message
from inclusion_desktop.gui.common.workers import Task, run_in_background
from inclusion_desktop.store import Store
from inclusion_desktop.store.keys import SettingKey

_LEGEND_HEIGHT = 28.0
#: The directory's columns are headed by whole questions: wider ones are cut (full in a tooltip).
_MAX_COLUMN_WIDTH = 220


def _colour(rgb: tuple[float, float, float]) -> QColor:
    return QColor.fromRgbF(*rgb)


class OfferMap(QWidget):
    """The territory's communes shaded by their number of first-level structures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.communes: list[Any] = []
        self.missing: list[Any] = []
        self.setMinimumSize(420, 320)

    def set_communes(self, communes: list[Any], outlines: dict[str, Any]) -> None:
        """Keeps the communes (`offer_map.MapCommune`) and their outlines; repaints."""
        self._source = (communes, outlines)
        self._project()
        self.update()

    def _project(self) -> None:
        from inclusion_desktop.reports.offer_map import project_communes

        source = getattr(self, "_source", None)
        if source is None:
            return
        height = max(self.height() - _LEGEND_HEIGHT, 10.0)
        self.communes, self.missing = project_communes(source[0], source[1], self.width(), height)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        """Projects again to the new size."""
        super().resizeEvent(event)
        self._project()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        """Draws fills, outlines, QPV marks, names and the legend."""
        from inclusion_desktop.reports.offer_map import CLASS_COLOURS, CLASSES, QPV_COLOUR

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        height = self.height() - _LEGEND_HEIGHT

        def polygon(ring: list[tuple[float, float]]) -> QPolygonF:
            # The core's y axis goes up (PDF); Qt's goes down.
            return QPolygonF([QPointF(x, height - y) for x, y in ring])

        for item in self.communes:
            painter.setBrush(QBrush(_colour(item.colour)))
            painter.setPen(QPen(QColor(77, 77, 77), 0.8))
            for ring in item.rings:
                painter.drawPolygon(polygon(ring))
        qpv_pen = QPen(_colour(QPV_COLOUR), 2.0, Qt.PenStyle.DashLine)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for item in self.communes:
            if item.commune.qpv:
                painter.setPen(qpv_pen)
                for ring in item.rings:
                    painter.drawPolygon(polygon(ring))
        font = QFont(self.font())
        font.setPointSizeF(8)
        painter.setFont(font)
        for item in self.communes:
            x, y = item.label_at
            dark = item.colour == CLASS_COLOURS[-1] or item.colour == CLASS_COLOURS[-2]
            painter.setPen(QColor("white") if dark else QColor("black"))
            text = f"{item.commune.name}\n{item.commune.count}"
            painter.drawText(QRectF(x - 60, height - y - 12, 120, 28),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)
        left = 4.0
        top = self.height() - _LEGEND_HEIGHT + 8
        for (_, label), rgb in zip(CLASSES, CLASS_COLOURS, strict=True):
            painter.setPen(QPen(QColor(77, 77, 77), 0.6))
            painter.setBrush(QBrush(_colour(rgb)))
            painter.drawRect(QRectF(left, top, 12, 10))
            painter.setPen(QColor("black"))
            painter.drawText(QPointF(left + 16, top + 9), label)
            left += 24 + painter.fontMetrics().horizontalAdvance(label)
        painter.setPen(qpv_pen)
        painter.drawLine(QPointF(left, top + 5), QPointF(left + 16, top + 5))
        painter.setPen(QColor("black"))
        painter.drawText(QPointF(left + 20, top + 9), self.tr("commune avec un QPV"))
        painter.end()


class OfferDialog(QDialog):
    """The offer of the structures: map, communes, directory and counts, in tabs."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.task: Task | None = None
        self.data: Any = None
        self.setWindowTitle(self.tr("Offre des structures"))
        self.resize(1000, 680)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("Calcul de l’offre…"), self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget(self)
        self.map = OfferMap(self)
        self.tabs.addTab(self.map, self.tr("Carte"))
        self.communes_table = self._table()
        self.tabs.addTab(self.communes_table, self.tr("Communes"))
        self.directory_table = self._table()
        self.tabs.addTab(self.directory_table, self.tr("Structures"))
        self.counts_table = self._table()
        self.tabs.addTab(self.counts_table, self.tr("Indicateurs"))
        layout.addWidget(self.tabs, 1)
        self.note = QLabel(self)
        self.note.setObjectName("hintLabel")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.write_button = self.buttons.addButton(
            self.tr("Écrire le diagnostic (PDF)…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.write_button.setEnabled(False)
        self.write_button.clicked.connect(self.write_files)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.written: Any = None
        self.write_task: Task | None = None
        self.start()

    def write_files(self) -> None:
        """Asks for a folder, then writes the resident sheets and the offer side there."""
        from inclusion_desktop.reports.offer_sheet import write_diagnostic

        start = self.store.get_setting(SettingKey.REPORTS_FOLDER) or str(Path.home())
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Dossier du diagnostic"), start
        )
        if not folder:
            return
        self.store.set_setting(SettingKey.REPORTS_FOLDER, folder)
        self.write_button.setEnabled(False)
        self.summary.setText(self.tr("Écriture des fiches…"))
        self.write_task = run_in_background(
            lambda report: write_diagnostic(self.store, folder),
            on_done=self._on_written,
            on_failed=self._on_write_failed,
        )

    def _on_written(self, results: Any) -> None:
        self.written = results[1]
        self.write_button.setEnabled(True)
        self.summary.setText(
            self.tr("%n fichier(s) écrits ; le diagnostic complet : {path}", "",
                    len(self.written.paths)).format(path=self.written.diagnostic)
        )

    def _on_write_failed(self, error: Exception) -> None:
        self.write_button.setEnabled(True)
        self.summary.setText(
            self.tr("Fiches non écrites : {error}").format(error=user_message(error))
        )

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, 0, self)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def start(self) -> None:
        """Reads the structures and computes the offer on a worker thread."""
        from inclusion_desktop.reports.offer_sheet import prepare_offer

        self.task = run_in_background(
            lambda report: prepare_offer(self.store),
            on_done=self._on_done,
            on_failed=lambda error: self.summary.setText(
                self.tr("Offre indisponible : {error}").format(error=user_message(error))
            ),
        )

    @staticmethod
    def _fill(table: QTableWidget, headers: list[str], rows: list[list[Any]]) -> None:
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            for column, value in enumerate(row):
                table.setItem(index, column, QTableWidgetItem(str(value)))

    def _fill_directory(self, data: Any) -> None:
        """The structures, headed by the questions' labels, answers by their choices' labels.

        Both in the interface language when the structure questionnaire has it.
        """
        from inclusion_desktop.analysis.offer import DIRECTORY_QUESTIONS
        from inclusion_desktop.reports.generate import lang_text

        lang: Literal["fr", "en"] = "en" if current_language() == "en" else "fr"
        columns = ["nom", "type_libelle", "commune_nom", "acces_libre", "materiel_solidaire",
                   "assistance", "ateliers", "orientation", "hors_les_murs", "gratuite"]
        headers: list[str] = []
        labels: dict[str, dict[str, str]] = {}
        for column in columns:
            name = DIRECTORY_QUESTIONS.get(column, "")
            item = data.form.by_name.get(name) if data.form is not None else None
            headers.append((lang_text(item.label, lang) if item is not None else "") or column)
            choices = getattr(item, "choices", None)
            if choices is not None and column != "commune_nom":  # the territory names it
                labels[column] = {c.name: lang_text(c.label, lang) for c in choices.choices}
        rows = []
        for record in data.directory.astype(str).to_dict(orient="records"):
            row = []
            for column in columns:
                # The type's label comes from its code, but « autre » shows what was written.
                kind = column == "type_libelle"
                code = record["type"] if kind else record[column]
                known = {} if kind and code == "autre" else labels.get(column, {})
                row.append(known.get(code, record[column]))
            rows.append(row)
        self._fill(self.directory_table, headers, rows)
        header = self.directory_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.directory_table.resizeColumnsToContents()
        for index, text in enumerate(headers):
            self.directory_table.horizontalHeaderItem(index).setToolTip(text)
            header.resizeSection(index, min(header.sectionSize(index), _MAX_COLUMN_WIDTH))

    def _on_done(self, data: Any) -> None:
        from inclusion_desktop.reports.offer_map import ATTRIBUTION
        from inclusion_desktop.reports.offer_sheet import map_communes

        self.data = data
        self.write_button.setEnabled(True)
        self.summary.setText(
            self.tr(
                "%n structure(s) ont répondu. Décomptes de structures, sans pondération ni "
                "intervalle de confiance.",
                "",
                data.structures,
            )
        )
        self.map.set_communes(map_communes(data), data.outlines)
        missing = ", ".join(c.name for c in self.map.missing)
        note = self.tr("Teinte : structures de premier niveau (accès libre ou assistance).")
        if missing:
            note += " " + self.tr("Sans contour, non dessinées : {names}.").format(names=missing)
        self.note.setText(f"{note} {ATTRIBUTION}")
        self._fill(
            self.communes_table,
            [self.tr("Commune"), self.tr("Structures"), self.tr("Premier niveau"),
             self.tr("Assistance"), self.tr("Ateliers"), self.tr("Accès libre"), self.tr("QPV")],
            [[r["nom"], r["structures"], r["premier_niveau"], r["assistance"], r["ateliers"],
              r["acces_libre"], self.tr("oui") if r["qpv"] else ""]
             for _, r in data.by_commune.iterrows()],
        )
        self._fill_directory(data)
        self._fill(
            self.counts_table,
            [self.tr("Indicateur"), self.tr("Structures"), "n", self.tr("Part")],
            [[r["label_fr"], r["count"], r["n"],
              "" if r["share"] != r["share"] else f"{r['share'] * 100:.0f}\u202f%"]
             for _, r in data.counts.iterrows()],
        )
        self.communes_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.counts_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )

