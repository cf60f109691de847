"""A read-only table model over a list of rows: its subclasses only say what a cell shows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Row = TypeVar("Row")


class RowsTableModel(QAbstractTableModel, Generic[Row]):
    """One row per item of a list, under column titles (with an optional tooltip each)."""

    def __init__(
        self, rows: Sequence[Row], headers: list[str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._rows = list(rows)
        self._headers = headers
        self._header_tips: list[str] = []

    def set_rows(
        self, rows: Sequence[Row], headers: list[str], header_tips: list[str] | None = None
    ) -> None:
        """Replaces the rows, the column titles and their tooltips."""
        self.beginResetModel()
        self._rows = list(rows)
        self._headers = headers
        self._header_tips = header_tips or []
        self.endResetModel()

    def item(self, row: int) -> Row:
        """The item shown on `row`."""
        return self._rows[row]

    def rowCount(  # noqa: N802 (Qt API)
        self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008
    ) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(  # noqa: N802 (Qt API)
        self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008
    ) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802 (Qt API)
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> str | None:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and section < len(self._header_tips):
            return self._header_tips[section] or None
        return None
