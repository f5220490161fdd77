"""The preview of an import: every row of the plan, what will happen to it, and why.

The model reads ``plan.rows`` directly and keeps the positions of the rows the
filter lets through, so a list of 100,000 rows is shown (and filtered) without a
copy of it. The action of a row is chosen in place, from what the row allows.
"""

from collections.abc import Sequence
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from coordinator.sheets.fields import Field, ListKind
from coordinator.sheets.importing import Action, ImportPlan, PlannedRow
from coordinator.sheets.reading import Cell
from coordinator.text.formats import fmt_date
from coordinator.text.sheets import action_label, change_text, row_notes

ROW, NAME, ACTION, STORED, CHANGES, NOTES = range(6)
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
ACTION_ROLE = Qt.ItemDataRole.UserRole

BAD = QColor("#b00020")
SKIPPED = QColor("#6b6b6b")
MAYBE = QColor("#fff1c2")  # a possible duplicate: look at it before importing
BAD_BACKGROUND = QColor("#fde8ea")


class Show(StrEnum):
    ALL = "all"
    PROBLEMS = "problems"
    DUPLICATES = "duplicates"
    TO_ADD = "to_add"


def cell_text(cell: Cell) -> str:
    """A cell as the file shows it: a date dd/mm/yyyy, a whole number without ".0"."""
    if cell is None:
        return ""
    if isinstance(cell, datetime):
        return cell.strftime("%d/%m/%Y %H:%M")
    if isinstance(cell, date):
        return fmt_date(cell)
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell)


_NAMES: dict[ListKind, tuple[Field, ...]] = {
    ListKind.PARTNERS: (Field.NAME,),
    ListKind.PEOPLE: (Field.FULL_NAME,),
    ListKind.STAYS: (Field.PERSON, Field.PROJECT),
}


def maybe_same(row: PlannedRow) -> bool:
    return row.existing is not None and not row.existing.exact


def is_duplicate(row: PlannedRow) -> bool:
    return row.existing is not None or row.same_as is not None


def offered(row: PlannedRow) -> list[Action]:
    """The actions the row's list offers: its choices, and what it has now if other."""
    choices = row.choices()
    return choices if row.action in choices else [row.action, *choices]


class PreviewModel(QAbstractTableModel):
    """The rows of an import plan; ``cells`` are the file's rows below the header,
    one per planned row, for the names as the file writes them."""

    actions_changed = Signal()

    def __init__(
        self, plan: ImportPlan, cells: Sequence[Sequence[Cell]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self._cells = cells
        columns = {f: i for i, f in enumerate(plan.mapping) if f is not None}
        self._name_columns = [columns[f] for f in _NAMES[plan.kind] if f in columns]
        self._show = Show.ALL
        self._shown: list[int] = list(range(len(plan.rows)))
        self.chosen: dict[int, Action] = {}  # the actions the user chose, by row of the plan

    # --- the filter ----------------------------------------------------------------
    def set_show(self, show: Show) -> None:
        self.beginResetModel()
        self._show = show
        rows = self.plan.rows
        if show is Show.ALL:
            self._shown = list(range(len(rows)))
        elif show is Show.PROBLEMS:
            self._shown = [i for i, r in enumerate(rows) if r.problems]
        elif show is Show.DUPLICATES:
            self._shown = [i for i, r in enumerate(rows) if is_duplicate(r)]
        else:
            self._shown = [i for i, r in enumerate(rows) if r.action is Action.ADD]
        self.endResetModel()

    def planned(self, view_row: int) -> PlannedRow:
        return self.plan.rows[self._shown[view_row]]

    def view_row_of(self, file_row: int) -> int:
        """The view's row showing the file's row ``file_row``, or -1."""
        for view_row, i in enumerate(self._shown):
            if self.plan.rows[i].row == file_row:
                return view_row
        return -1

    def name(self, view_row: int) -> str:
        cells = self._cells[self._shown[view_row]]
        parts = [cell_text(cells[c]) for c in self._name_columns if c < len(cells)]
        return " · ".join(p for p in parts if p)

    # --- Qt's model ------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 6

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Row"),
            self.tr("Name in the file"),
            self.tr("Action"),
            self.tr("Stored now"),
            self.tr("What changes"),
            self.tr("Problems and notes"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        editable = index.isValid() and index.column() == ACTION
        if editable and len(offered(self.planned(index.row()))) > 1:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        row = self.planned(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), row, column)
        if role == ACTION_ROLE:
            return row.action
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.problems:
                return QBrush(BAD)
            if row.action is Action.SKIP:
                return QBrush(SKIPPED)
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.problems:
                return QBrush(BAD_BACKGROUND)
            if maybe_same(row):
                return QBrush(MAYBE)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == ACTION and len(offered(row)) > 1:
            return self.tr("Double-click to choose: merge, add (keep both) or skip")
        return None

    def _text(self, view_row: int, row: PlannedRow, column: int) -> str:
        if column == ROW:
            return str(row.row)
        if column == NAME:
            return self.name(view_row)
        if column == ACTION:
            return choice_label(row.action, row)
        if column == STORED:
            if row.same_as is not None:
                return self.tr("row %1 of the file").replace(
                    "%1", str(self.plan.rows[row.same_as].row)
                )
            return row.existing.summary if row.existing is not None else ""
        if column == CHANGES:
            return "; ".join(change_text(f, old, new) for f, (old, new) in row.changes.items())
        return row_notes(row)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        roles = (Qt.ItemDataRole.EditRole, ACTION_ROLE)
        if not index.isValid() or index.column() != ACTION or role not in roles:
            return False
        row = self.planned(index.row())
        action = Action(value)
        if action not in offered(row) or action is row.action:
            return False
        row.action = action
        self.chosen[self._shown[index.row()]] = action
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 5))
        self.actions_changed.emit()
        return True


class ActionDelegate(QStyledItemDelegate):
    """Merge / Add (keep both) / Skip, as the row allows; chosen with one click."""

    def createEditor(  # noqa: N802
        self, parent: QWidget, _option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        combo = QComboBox(parent)
        model = index.model()
        assert isinstance(model, PreviewModel)
        row = model.planned(index.row())
        for action in offered(row):
            combo.addItem(choice_label(action, row), action.value)
        combo.activated.connect(lambda _i, c=combo: self._chosen(c))
        return combo

    def _chosen(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(str(index.data(ACTION_ROLE)))))

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def choice_label(action: Action, row: PlannedRow) -> str:
    """An action as the row offers it: adding a row that is (or may be) a stored
    record keeps both."""
    if action is Action.ADD and is_duplicate(row):
        return QCoreApplication.translate("ImportPreview", "Add (keep both)")
    return action_label(action)
