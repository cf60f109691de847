"""The answers of two conflicting versions of a questionnaire, as a table model."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from inclusion_desktop.gui.common.table_model import RowsTableModel

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


class ConflictTableModel(RowsTableModel[AnswerRow]):
    """One row per question of the conflict shown, differing answers highlighted in bold."""

    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__([], headers, parent)
        self._bold = QFont()
        self._bold.setBold(True)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> str | QColor | QFont | None:
        if not index.isValid():
            return None
        answer = self.item(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return answer.texts()[index.column()]
        if answer.differs and index.column() != CHOICE_COLUMN:
            if role == Qt.ItemDataRole.BackgroundRole:
                return _DIFFERS_BACKGROUND
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
        return None
