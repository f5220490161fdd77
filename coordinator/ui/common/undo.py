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


class Snapshots(QUndoCommand):
    """A change already made to some records, undone and redone by putting back snapshots.

    ``put(id, snapshot)`` writes one record as it was; a snapshot of None means
    the record did not exist (it is soft-deleted).
    """

    def __init__(
        self,
        text: str,
        before: dict[int, object],
        after: dict[int, object],
        put: Callable[[int, object], None],
        refresh: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self._before, self._after = before, after
        self._put, self._refresh = put, refresh
        self._first = True

    def redo(self) -> None:
        if self._first:  # the change was made before the command was pushed
            self._first = False
            return
        for key, value in self._after.items():
            self._put(key, value)
        self._refresh()

    def undo(self) -> None:
        for key, value in self._before.items():
            self._put(key, value)
        self._refresh()
