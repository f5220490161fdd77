"""Undo commands over the store's services."""

from collections.abc import Callable, Mapping
from dataclasses import is_dataclass, replace
from typing import Any

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from coordinator.db.versions import RecordChangedError
from coordinator.domain.validation import ValidationError
from coordinator.ui.common.guard import say_undo_refused


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

    ``read(id)`` gives a record as it is now and ``put(id, snapshot)`` writes it as it
    was; a snapshot of None means the record did not exist (it is in the trash).
    Before undoing, every record must still be as this change left it (and before
    redoing, as the undo left it). If someone changed one since, in another window or
    on another computer, nothing is written: ``parent`` says so and the step leaves
    the undo stack, so their work is never overwritten.
    """

    def __init__(
        self,
        text: str,
        before: Mapping[int, object],
        read: Callable[[int], Any],
        put: Callable[[int, Any], None],
        refresh: Callable[[], None],
        parent: QWidget,
    ) -> None:
        super().__init__(text)
        self._before = dict(before)
        self._after = {key: read(key) for key in before}
        self._read, self._put = read, put
        self._refresh, self._parent = refresh, parent
        self._first = True

    def _apply(self, expected: dict[int, object], wanted: dict[int, object]) -> None:
        try:
            if any(not _same(self._read(key), value) for key, value in expected.items()):
                raise RecordChangedError("record", None, deleted=False)
            for key, value in wanted.items():
                self._put(key, value)
        except (RecordChangedError, ValidationError):
            self.setObsolete(True)
            say_undo_refused(self._parent, self.text())
        self._refresh()

    def redo(self) -> None:
        if self._first:  # the change was made before the command was pushed
            self._first = False
            return
        self._apply(self._before, self._after)

    def undo(self) -> None:
        self._apply(self._after, self._before)


def _same(now: object, then: object) -> bool:
    """Equal snapshots, whatever version number each was read at."""
    if is_dataclass(now) and is_dataclass(then) and hasattr(now, "version"):
        return replace(now, version=None) == replace(then, version=None)  # type: ignore[type-var]
    return now == then
