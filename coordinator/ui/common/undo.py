"""Undo commands over the store's services."""

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand


class SoftDelete(QUndoCommand):
    """Move a record to the trash; undo brings it back exactly as it was."""

    def __init__(
        self, text: str, set_deleted: Callable[[bool], None], after: Callable[[], None]
    ) -> None:
        super().__init__(text)
        self._set_deleted = set_deleted
        self._after = after

    def redo(self) -> None:
        self._set_deleted(True)
        self._after()

    def undo(self) -> None:
        self._set_deleted(False)
        self._after()
