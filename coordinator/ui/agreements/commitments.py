"""The commitments of an agreement, edited in place: party, text, due date, status, done.

Every cell is typed into. Dates are written dd/mm/yyyy (5/1/27 becomes 05/01/2027 when
the cell is left); a date that cannot be read stays as typed, and saving says which
row. Enter commits the cell being edited and moves on; it never closes the form.
"""

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from coordinator.db.queries.agreements import CommitmentInput
from coordinator.domain.dates import parse_date
from coordinator.domain.enums import TaskStatus
from coordinator.text import labels
from coordinator.ui.common.dates import DateDelegate

PARTY, TEXT, DUE, STATUS, DONE = range(5)
Index = QModelIndex | QPersistentModelIndex
DATA = Qt.ItemDataRole.UserRole


class ChoiceDelegate(QStyledItemDelegate):
    """A list to choose from (the agreement's parties, or a status); the item keeps the
    chosen entry's text and its data."""

    def __init__(
        self, entries: Callable[[], Sequence[tuple[str, object]]], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._entries = entries

    def createEditor(
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: Index
    ) -> QWidget:
        combo = QComboBox(parent)
        for text, data in self._entries():
            combo.addItem(text, data)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(DATA))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        # Read both first: a change of the cell sets the open editor from it again.
        text, data = editor.currentText(), editor.currentData()
        model.setData(index, data, DATA)
        model.setData(index, text, Qt.ItemDataRole.EditRole)


def status_entries() -> list[tuple[str, object]]:
    return [(labels.task_status(s), s.value) for s in TaskStatus]


class CommitmentTable(QTableWidget):
    """Rows of commitments; ``parties`` gives the agreement's parties as (name, id)."""

    def __init__(
        self, parties: Callable[[], Sequence[tuple[str, object]]], parent: QWidget | None = None
    ) -> None:
        super().__init__(0, 5, parent)
        self._parties = parties
        self.setHorizontalHeaderLabels(
            [
                self.tr("Party"),
                self.tr("Commitment *"),
                self.tr("Due (dd/mm/yyyy)"),
                self.tr("Status"),
                self.tr("Done on"),
            ]
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((PARTY, 190), (DUE, 120), (STATUS, 120), (DONE, 110)):
            self.setColumnWidth(column, width)
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setWordWrap(True)
        none = self.tr("(no party)")
        self.setItemDelegateForColumn(
            PARTY, ChoiceDelegate(lambda: [(none, None), *self._parties()], self)
        )
        self.setItemDelegateForColumn(STATUS, ChoiceDelegate(status_entries, self))
        self.setItemDelegateForColumn(DUE, DateDelegate(self))
        self.setItemDelegateForColumn(DONE, DateDelegate(self))

    # --- rows ------------------------------------------------------------------------
    def add(self, c: CommitmentInput | None = None, edit: bool = False) -> int:
        c = c or CommitmentInput("")
        row = self.rowCount()
        self.insertRow(row)
        names = dict((data, text) for text, data in self._parties())
        party = QTableWidgetItem(names.get(c.party_id, "") if c.party_id is not None else "")
        party.setData(DATA, c.party_id)
        text = QTableWidgetItem(c.text)
        text.setData(DATA, c.id)  # the commitment's id rides on its text
        status = QTableWidgetItem(labels.task_status(c.status))
        status.setData(DATA, c.status)
        for column, item in (
            (PARTY, party),
            (TEXT, text),
            (DUE, QTableWidgetItem(labels.fmt_date(c.due_on))),
            (STATUS, status),
            (DONE, QTableWidgetItem(labels.fmt_date(c.done_on))),
        ):
            self.setItem(row, column, item)
        if edit:
            self.setCurrentCell(row, TEXT)
            self.editItem(text)
        return row

    def remove_current(self) -> None:
        row = self.currentRow()
        if row >= 0:
            self.removeRow(row)

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.item(row, column)
        if item is None:
            item = QTableWidgetItem("")
            self.setItem(row, column, item)
        return item

    def set_party(self, row: int, party_id: int | None) -> None:
        names = {data: text for text, data in self._parties()}
        item = self._item(row, PARTY)
        item.setText(str(names.get(party_id, "")) if party_id is not None else "")
        item.setData(DATA, party_id)

    def set_status(self, row: int, status: str) -> None:
        item = self._item(row, STATUS)
        item.setText(labels.task_status(status))
        item.setData(DATA, status)

    def parties_changed(self) -> None:
        """Rename party cells; a party no longer in the agreement stays until saving
        says so (nothing typed is dropped silently)."""
        names = {data: text for text, data in self._parties()}
        for row in range(self.rowCount()):
            item = self._item(row, PARTY)
            party_id = item.data(DATA)
            if party_id in names:
                item.setText(str(names[party_id]))

    # --- reading -----------------------------------------------------------------------
    def commitments(self) -> tuple[list[CommitmentInput], list[tuple[int, int]]]:
        """The rows with something typed, and (row, column) of dates that cannot be read."""
        out: list[CommitmentInput] = []
        unreadable: list[tuple[int, int]] = []
        for row in range(self.rowCount()):
            texts = [self._item(row, c).text().strip() for c in (TEXT, DUE, DONE)]
            party_id = self._item(row, PARTY).data(DATA)
            if not any(texts) and party_id is None:
                continue  # an empty line added and left
            days: list[date | None] = []
            for column in (DUE, DONE):
                try:
                    days.append(parse_date(self._item(row, column).text()))
                except ValueError:
                    unreadable.append((len(out), column))
                    days.append(None)
            status = self._item(row, STATUS).data(DATA) or TaskStatus.OPEN.value
            out.append(
                CommitmentInput(
                    text=self._item(row, TEXT).text(),
                    party_id=party_id,
                    due_on=days[0],
                    status=status,
                    done_on=days[1],
                    id=self._item(row, TEXT).data(DATA),
                )
            )
        return out, unreadable

    def row_of(self, index: int) -> int:
        """The table row of the ``index``-th commitment read (empty rows are skipped)."""
        n = -1
        for row in range(self.rowCount()):
            texts = [self._item(row, c).text().strip() for c in (TEXT, DUE, DONE)]
            if any(texts) or self._item(row, PARTY).data(DATA) is not None:
                n += 1
                if n == index:
                    return row
        return -1

    # --- keys ----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter on a cell that is not being edited starts editing it; never the form's
        default button."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.currentIndex()
            if self.state() != QAbstractItemView.State.EditingState and index.isValid():
                self.edit(index)
            event.accept()
            return
        super().keyPressEvent(event)
