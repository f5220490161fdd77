"""An import as one step of the undo list."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QWidget

from coordinator.db.store import Store
from coordinator.db.versions import RecordChangedError
from coordinator.sheets.importing import ImportResult, redo_import, undo_import
from coordinator.ui.common.guard import say_undo_refused


class ImportCommand(QUndoCommand):
    """Undo takes every record the import added to the trash and puts back what it
    merged over; redo writes it all again. If one of them was changed since, nothing
    is written, the user is told and the step leaves the list."""

    def __init__(
        self,
        text: str,
        store: Store,
        result: ImportResult,
        refresh: Callable[[], None],
        parent: QWidget,
    ) -> None:
        super().__init__(text)
        self._store, self._result = store, result
        self._refresh, self._parent = refresh, parent
        self._first = True

    def _apply(self, step: Callable[[Store, ImportResult], None]) -> None:
        # About a second for a department's list of 2,000 rows; a busy cursor meanwhile.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            step(self._store, self._result)
        except RecordChangedError:
            refused = True
        else:
            refused = False
        finally:
            QApplication.restoreOverrideCursor()
        if refused:
            self.setObsolete(True)
            say_undo_refused(self._parent, self.text())
        self._refresh()

    def redo(self) -> None:
        if self._first:  # the import was written before the command was pushed
            self._first = False
            return
        self._apply(redo_import)

    def undo(self) -> None:
        self._apply(undo_import)
