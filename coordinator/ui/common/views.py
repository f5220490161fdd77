"""Small things every table view in the app does the same way."""

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView


def select_row(view: QAbstractItemView, row: int) -> None:
    """Make ``row`` the one selected row and the current one.

    ``QTableView.selectRow`` reads the keyboard modifiers, so a refresh that runs while
    Ctrl or Shift is held (after Ctrl+Shift+Del, say) toggles or extends the selection
    instead. This does not.
    """
    model = view.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    view.selectionModel().setCurrentIndex(model.index(row, 0), flags)
