"""Adding, changing and removing stays as undoable steps, from the project page and the
volunteer roster alike."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from coordinator.db.queries.assignments import (
    AssignmentInput,
    assignment_snapshot,
    get_assignment,
    put_assignment,
    set_assignment_deleted,
)
from coordinator.db.store import Store
from coordinator.text import labels
from coordinator.ui.common.undo import Snapshots, SoftDelete
from coordinator.ui.projects.stay_dialog import AssignmentDialog


def _push(
    store: Store,
    undo: QUndoStack,
    text: str,
    assignment_id: int,
    before: AssignmentInput | None,
    after: Callable[[], None],
    parent: QWidget,
) -> None:
    undo.push(
        Snapshots(
            text,
            {assignment_id: before},
            lambda i: assignment_snapshot(store, i),
            lambda i, snap: put_assignment(store, i, snap),
            after,
            parent,
        )
    )


def add_stay(
    store: Store,
    undo: QUndoStack,
    parent: QWidget,
    after: Callable[[], None],
    *,
    person_id: int | None = None,
    project_id: int | None = None,
) -> AssignmentDialog:
    """The stay editor, with the person or project already chosen; Save is undoable."""
    dialog = AssignmentDialog(store, None, parent, person_id=person_id, project_id=project_id)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
        _push(
            store,
            undo,
            QCoreApplication.translate("Stays", "new stay"),
            dialog.saved_id,
            None,
            after,
            parent,
        )
        after()
    return dialog


def edit_stay(
    store: Store, undo: QUndoStack, parent: QWidget, after: Callable[[], None], assignment_id: int
) -> AssignmentDialog | None:
    data = get_assignment(store, assignment_id)
    if data is None:
        return None
    dialog = AssignmentDialog(store, data, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
        same = dialog.saved_id == assignment_id
        _push(
            store,
            undo,
            QCoreApplication.translate("Stays", "edit stay"),
            dialog.saved_id,
            dialog.undo_base(data) if same else None,
            after,
            parent,
        )
        after()
    return dialog


def remove_stay(
    store: Store,
    undo: QUndoStack,
    parent: QWidget,
    after: Callable[[], None],
    assignment_id: int,
    who: str,
) -> bool:
    """Ask, then remove the stay; Ctrl+Z brings it back."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Stays", "Remove stay"),
        labels.arg(
            QCoreApplication.translate(
                "Stays", "Remove the stay of “%1”? You can undo this with Ctrl+Z."
            ),
            who,
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    undo.push(
        SoftDelete(
            labels.arg(QCoreApplication.translate("Stays", "remove the stay of “%1”"), who),
            lambda deleted: set_assignment_deleted(store, assignment_id, deleted),
            after,
        )
    )
    return True
