"""A table model over a paged query: rows arrive as the view scrolls to them.

The model asks its source for the total once per reset (a COUNT in SQL) and then
fetches pages of rows with ``fetchMore``, so a table of 100,000 rows opens as fast
as one of ten. Sorting and filtering change the query and reset the model.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from coordinator.db.queries.common import Sort
from coordinator.text import labels

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
PAGE = 200
_ROOT = QModelIndex()


def _shown(value: Any) -> str:
    """A cell's text: numbers by the language's rules (1.234 seats), the rest as it is."""
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return labels.fmt_number(value)
    return str(value)


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: Callable[[], str]  # called on every header request, so it follows the language
    value: Callable[[Row], Any]
    sort_key: str | None = None
    align_right: bool = False
    # The cell an exported list holds (a real date, a number); None: what ``value`` shows.
    cell: Callable[[Row], Any] | None = None

    def export_value(self, row: Row) -> Any:
        return self.cell(row) if self.cell is not None else self.value(row)


class LazyTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(
        self,
        columns: Sequence[Column[Row]],
        count: Callable[[], int],
        fetch: Callable[[Sort, int, int], list[Row]],
        default_sort: Sort,
        emphasis: Callable[[Row], QColor | None] | None = None,
    ) -> None:
        """``emphasis`` gives a row's text colour (bold) when it must stand out."""
        super().__init__()
        self._emphasis = emphasis
        self._columns = list(columns)
        self._count = count
        self._fetch = fetch
        self._sort = default_sort
        self._rows: list[Row] = []
        self._total = 0
        self._loaded = False  # nothing is read until the first reload

    # --- data source -------------------------------------------------------
    def reload(self) -> None:
        """Run the query again from the first page (after a filter or an edit)."""
        self.beginResetModel()
        self._loaded = True
        self._total = self._count()
        self._rows = self._fetch(self._sort, 0, PAGE) if self._total else []
        self.endResetModel()

    def total(self) -> int:
        return self._total

    def current_sort(self) -> Sort:
        """The order the list shows, for reading all of it again (an export)."""
        return self._sort

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def find_row(self, predicate: Callable[[Row], bool]) -> int:
        """Index of the first loaded row matching, fetching further pages as needed."""
        start = 0
        while True:
            for i in range(start, len(self._rows)):
                if predicate(self._rows[i]):
                    return i
            if not self.canFetchMore(QModelIndex()):
                return -1
            start = len(self._rows)
            self.fetchMore(QModelIndex())

    # --- Qt model interface ------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        start = len(self._rows)
        page = self._fetch(self._sort, start, PAGE)
        if not page:  # the data shrank underneath us; stop asking
            self._total = start
            return
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return _shown(column.value(self._rows[index.row()]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if self._emphasis is not None and role in (
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
        ):
            colour = self._emphasis(self._rows[index.row()])
            if colour is None:
                return None
            if role == Qt.ItemDataRole.ForegroundRole:
                return colour
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].title()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        key = self._columns[column].sort_key
        if key is None:
            return
        self._sort = Sort(key, order == Qt.SortOrder.DescendingOrder)
        if self._loaded:  # a view turning sorting on does not read an unshown tab
            self.reload()
