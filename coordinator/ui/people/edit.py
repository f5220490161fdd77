"""Creating and changing a person as undoable steps, wherever the window offers it."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QWidget

from coordinator.db.queries.people import PersonInput, get_person, person_snapshot, put_person
from coordinator.db.store import Store
from coordinator.domain.enums import PersonRole
from coordinator.text import labels
from coordinator.ui.common.undo import Snapshots
from coordinator.ui.people.dialog import PersonDialog


def _push(
    store: Store,
    undo: QUndoStack,
    text: str,
    person_id: int,
    before: PersonInput | None,
    after: Callable[[], None],
    parent: QWidget,
) -> None:
    undo.push(
        Snapshots(
            text,
            {person_id: before},
            lambda i: person_snapshot(store, i),
            lambda i, snap: put_person(store, i, snap),
            after,
            parent,
        )
    )


def new_person(
    store: Store,
    undo: QUndoStack,
    parent: QWidget,
    after: Callable[[], None],
    roles: set[PersonRole] | None = None,
    organization_id: int | None = None,
) -> PersonDialog:
    """The person editor for someone new (``roles`` ticked, of ``organization_id``);
    Ctrl+Z undoes the save."""
    dialog = PersonDialog(store, None, parent, roles=roles, organization_id=organization_id)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
        _push(
            store,
            undo,
            labels.arg(
                QCoreApplication.translate("People", "new person “%1”"),
                dialog.full_name.text().strip(),
            ),
            dialog.saved_id,
            None,
            after,
            parent,
        )
        after()
    return dialog


def edit_person(
    store: Store, undo: QUndoStack, parent: QWidget, after: Callable[[], None], person_id: int
) -> PersonDialog | None:
    """The person editor over a stored person; None when they are gone."""
    data = get_person(store, person_id)
    if data is None:
        return None
    dialog = PersonDialog(store, data, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
        same = dialog.saved_id == person_id
        _push(
            store,
            undo,
            labels.arg(QCoreApplication.translate("People", "edit “%1”"), data.full_name),
            dialog.saved_id,
            dialog.undo_base(data) if same else None,
            after,
            parent,
        )
        after()
    return dialog
