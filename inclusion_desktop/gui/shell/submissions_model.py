"""Table model of the submissions list, filled from the store's summary rows."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from inclusion_desktop.catalogue import STATUS_LABELS as CATALOGUE_STATUSES
from inclusion_desktop.gui.common.messages import status_label

if TYPE_CHECKING:  # the store (and SQLAlchemy) loads after the window is shown
    from inclusion_desktop.store import ListOrder, Store

#: The statuses, in the catalogue's order; status_label() gives them translated.
STATUS_LABELS = CATALOGUE_STATUSES.sources

#: The submission's instanceID, for the views and tests.
UUID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex

#: Rows read from the store at a time: the first page when the list opens, then one per scroll.
PAGE_SIZE = 200


def short_title(title: str) -> str:
    """A form's title up to its first dash or colon (« Enquête habitants – usages… »)."""
    for separator in (" – ", " — ", " - ", ": ", " : "):
        head = title.split(separator, 1)[0].strip()
        if head and head != title:
            return head
    return title


class SubmissionsTableModel(QAbstractTableModel):
    """One row per submission: date, neighbourhood, status, operator, device, revisions, form."""

    COLUMN_DATE, COLUMN_ZONE, COLUMN_STATUS, COLUMN_OPERATOR, COLUMN_DEVICE, COLUMN_REVISIONS = (
        range(6)
    )
    #: The questionnaire's form (resident or structure survey…), by its short title.
    COLUMN_FORM = 6
    HEADERS = (
        QT_TRANSLATE_NOOP("SubmissionsTableModel", "Commencé le"),
        QT_TRANSLATE_NOOP("SubmissionsTableModel", "Quartier"),
        QT_TRANSLATE_NOOP("SubmissionsTableModel", "Statut"),
        QT_TRANSLATE_NOOP("SubmissionsTableModel", "Enquêteur·rice"),
        QT_TRANSLATE_NOOP("SubmissionsTableModel", "Appareil"),
        QT_TRANSLATE_NOOP("SubmissionsTableModel", "Versions"),
        QT_TRANSLATE_NOOP("SubmissionsTableModel", "Questionnaire"),
    )

    #: The store's order key of each column (store.ListOrder).
    ORDER_KEYS = ("created_at", "zone", "status", "operator", "device", "revisions", "form")

    def __init__(
        self, zone_names: Callable[[str], str] | None = None, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__()
        self._rows: list[Any] = []
        self._zone_names = zone_names or (lambda code: code)
        # The order chosen by a click on a column header (None: the store's, newest first).
        self._order: tuple[int, Qt.SortOrder] | None = None
        self._page_size = page_size
        # Set by load(): the list is then read a page at a time, in the order the store gives.
        self._store: Store | None = None
        self._filters: dict[str, Any] = {}
        #: How many questionnaires match the filters (all of them once every page is read).
        self.total = 0

    def load(self, store: Store, filters: Mapping[str, Any]) -> None:
        """Shows the questionnaires matching `filters` (list_submissions' ones), first page only."""
        self._store, self._filters = store, dict(filters)
        self.total = store.count_submissions(**self._filters)
        self.beginResetModel()
        self._rows = self._read_page(0)
        self.endResetModel()

    def _read_page(self, offset: int) -> list[Any]:
        assert self._store is not None
        return self._store.list_submissions(
            **self._filters, order=self._store_order(), limit=self._page_size, offset=offset
        )

    def _store_order(self) -> ListOrder:
        """The chosen order as the store applies it: names shown, ranked without case."""
        from inclusion_desktop.store import ListOrder

        if self._order is None:
            return ListOrder()
        column, order = self._order
        ranks: dict[str, int] = {}
        if column in (self.COLUMN_ZONE, self.COLUMN_STATUS):
            assert self._store is not None
            if column == self.COLUMN_ZONE:
                names = {code: self._zone_names(code) for code in self._store.submission_zones()}
            else:
                names = {status: status_label(status) for status in STATUS_LABELS}
            folded = {code: name.casefold() for code, name in names.items()}
            places = {name: at for at, name in enumerate(sorted(set(folded.values())))}
            ranks = {code: places[name] for code, name in folded.items()}
        return ListOrder(self.ORDER_KEYS[column], order == Qt.SortOrder.DescendingOrder, ranks)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802 (Qt API)
        return not parent.isValid() and self._store is not None and len(self._rows) < self.total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802 (Qt API)
        """Reads the next page when the view scrolls to the end of what is loaded."""
        if not self.canFetchMore(parent):
            return
        rows = self._read_page(len(self._rows))
        if not rows:
            # Questionnaires removed since the count: nothing more to read.
            self.total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replaces the rows with a list read beforehand, in the order last chosen."""
        self.beginResetModel()
        self._store = None
        self._rows = list(rows)
        self.total = len(self._rows)
        if self._order is not None:
            self._sort_rows(*self._order)
        self.endResetModel()

    def row_of(self, uuid: str) -> int:
        """The row showing questionnaire `uuid` among those loaded, or -1."""
        return next((at for at, row in enumerate(self._rows) if row.uuid == uuid), -1)

    def sort_key(self, row: Any, column: int) -> Any:
        """What a column is sorted on: dates and counts as such, texts without case."""
        if column == self.COLUMN_FORM:
            return row.form_title.casefold()
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
        """Sorts the rows by a column (a click on its header); kept when the list is refreshed.

        A list read page by page is read again from its first page in the new order.
        """
        if not 0 <= column < len(self.HEADERS):
            return
        self._order = (column, order)
        if self._store is not None:
            self.beginResetModel()
            self._rows = self._read_page(0)
            self.endResetModel()
            return
        self.layoutAboutToBeChanged.emit()
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
            return QCoreApplication.translate("SubmissionsTableModel", str(self.HEADERS[section]))
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
            if column == self.COLUMN_FORM:
                return short_title(row.form_title)
        if role == Qt.ItemDataRole.ForegroundRole and row.status == "deleted":
            return Qt.GlobalColor.gray
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COLUMN_FORM:
            return row.form_title
        if role == Qt.ItemDataRole.ToolTipRole:
            modified = row.updated_at.astimezone().strftime("%d/%m/%Y %H:%M")
            return self.tr("Dernière modification : {modified}\nIdentifiant : {uuid}").format(
                modified=modified, uuid=row.uuid
            )
        return None
