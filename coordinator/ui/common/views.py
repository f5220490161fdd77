"""Small things every table view in the app does the same way."""

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QWidget


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


class EnterStaysInTables(QObject):
    """Enter pressed in a table's cell (its editor or a widget placed in it) settles
    that cell and goes no further: the dialog's default button is not pressed, so the
    dialog neither closes nor saves under the person's fingers."""

    def __init__(self, dialog: QWidget, *tables: QAbstractItemView) -> None:
        super().__init__(dialog)
        self._tables = tables
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                focus = watched.focusWidget() if isinstance(watched, QWidget) else None
                if focus is not None and any(
                    t is focus or t.isAncestorOf(focus) for t in self._tables
                ):
                    return True
        return super().eventFilter(watched, event)
