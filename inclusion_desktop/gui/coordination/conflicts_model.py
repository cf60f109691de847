"""The answers of two conflicting versions of a questionnaire, as a table model."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

#: Question, version A, version B, the version kept.
COLUMN_COUNT = 4
CHOICE_COLUMN = 3
_DIFFERS_BACKGROUND = QColor("#fff3bf")


@dataclass(frozen=True)
class AnswerRow:
    """One question of the conflict: its label and both answers as the coordinator reads them."""

    name: str
    label: str
    #: The stored answers, and the same as shown (choice labels rather than their names).
    value_a: str
    value_b: str
    shown_a: str
    shown_b: str

    @property
    def differs(self) -> bool:
        """The stored answers differ (what is shown may not, e.g. two unknown choices)."""
        return self.value_a != self.value_b

    def texts(self) -> list[str | None]:
        """The four cells; a differing answer's « version retenue » is a list, not a text."""
        kept = None if self.differs else self.shown_a or "—"
        return [self.label or "—", self.shown_a or "—", self.shown_b or "—", kept]


class ConflictTableModel(QAbstractTableModel):
    """One row per question of the conflict shown, differing answers highlighted in bold."""

    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AnswerRow] = []
        self._headers = headers
        self._header_tips = [""] * COLUMN_COUNT
        self._bold = QFont()
        self._bold.setBold(True)

    def show_answers(
        self, rows: list[AnswerRow], headers: list[str], header_tips: list[str] | None = None
    ) -> None:
        """Replaces the rows and the column titles (and their tooltips)."""
        self.beginResetModel()
        self._rows = rows
        self._headers = headers
        self._header_tips = header_tips or [""] * COLUMN_COUNT
        self.endResetModel()

    def answer_row(self, row: int) -> AnswerRow:
        """The question shown on `row`."""
        return self._rows[row]

    def rowCount(  # noqa: N802 (Qt API)
        self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008
    ) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(  # noqa: N802 (Qt API)
        self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008
    ) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> str | QColor | QFont | None:
        if not index.isValid():
            return None
        answer = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return answer.texts()[index.column()]
        if answer.differs and index.column() != CHOICE_COLUMN:
            if role == Qt.ItemDataRole.BackgroundRole:
                return _DIFFERS_BACKGROUND
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
        return None

    def headerData(  # noqa: N802 (Qt API)
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> str | None:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips[section] or None
        return None
