"""Table model of the submissions list, filled from the store's summary rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from inclusion_desktop.catalogue import STATUS_LABELS as CATALOGUE_STATUSES
from inclusion_desktop.gui.messages import status_label

#: The statuses, in the catalogue's order; status_label() gives them translated.
STATUS_LABELS = CATALOGUE_STATUSES.sources

#: The submission's instanceID, for the views and tests.
UUID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex




class SubmissionsTableModel(QAbstractTableModel):
    """One row per submission: date, neighbourhood, status, operator, device, revisions."""

    COLUMN_DATE, COLUMN_ZONE, COLUMN_STATUS, COLUMN_OPERATOR, COLUMN_DEVICE, COLUMN_REVISIONS = (
        range(6)
    )
    HEADERS = (
        QT_TRANSLATE_NOOP("SubmissionsTableModel", "Commencé le"),
        QT_TRANSLATE_NOOP("SubmissionsTableModel", "Quartier"),
        QT_TRANSLATE_NOOP("SubmissionsTableModel", "Statut"),
        QT_TRANSLATE_NOOP("SubmissionsTableModel", "Enquêteur·rice"),
        QT_TRANSLATE_NOOP("SubmissionsTableModel", "Appareil"),
        QT_TRANSLATE_NOOP("SubmissionsTableModel", "Versions"),
    )

    def __init__(self, zone_names: Callable[[str], str] | None = None) -> None:
        super().__init__()
        self._rows: list[Any] = []
        self._zone_names = zone_names or (lambda code: code)
        # The order chosen by a click on a column header (None: the store's, newest first).
        self._order: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replaces the rows (store.list_submissions results), in the order last chosen."""
        self.beginResetModel()
        self._rows = list(rows)
        if self._order is not None:
            self._sort_rows(*self._order)
        self.endResetModel()

    def sort_key(self, row: Any, column: int) -> Any:
        """What a column is sorted on: dates and counts as such, texts without case."""
        if column == self.COLUMN_DATE:
            return row.created_at
        if column == self.COLUMN_REVISIONS:
            return row.revision_count
        if column == self.COLUMN_ZONE:
            return self._zone_names(row.zone).casefold()
        if column == self.COLUMN_STATUS:
            return status_label(row.status).casefold()
        if column == self.COLUMN_OPERATOR:
            return (row.operator_name or "").casefold()
        return (row.device_name or "").casefold()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        self._rows.sort(
            key=lambda row: self.sort_key(row, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def sort(  # noqa: N802 (Qt API)
        self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder
    ) -> None:
        """Sorts the rows by a column (a click on its header); kept when the list is refreshed."""
        if not 0 <= column < len(self.HEADERS):
            return
        self.layoutAboutToBeChanged.emit()
        self._order = (column, order)
        self._sort_rows(column, order)
        self.layoutChanged.emit()

    def row_at(self, row: int) -> Any:
        """The store row shown at `row`."""
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("SubmissionsTableModel", self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == UUID_ROLE:
            return row.uuid
        if role == STATUS_ROLE:
            return row.status
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COLUMN_DATE:
                return row.created_at.astimezone().strftime("%d/%m/%Y %H:%M")
            if column == self.COLUMN_ZONE:
                return self._zone_names(row.zone)
            if column == self.COLUMN_STATUS:
                return status_label(row.status)
            if column == self.COLUMN_OPERATOR:
                return row.operator_name or ""
            if column == self.COLUMN_DEVICE:
                return row.device_name or ""
            if column == self.COLUMN_REVISIONS:
                return row.revision_count
        if role == Qt.ItemDataRole.ForegroundRole and row.status == "deleted":
            return Qt.GlobalColor.gray
        if role == Qt.ItemDataRole.ToolTipRole:
            modified = row.updated_at.astimezone().strftime("%d/%m/%Y %H:%M")
            return self.tr("Dernière modification : {modified}\nIdentifiant : {uuid}").format(
                modified=modified, uuid=row.uuid
            )
        return None
