"""Creating, editing, renewing and deleting agreements, each undoable with Ctrl+Z.

Every place that shows agreements (their list, a partner's page, Follow-up, a search
hit) goes through one ``AgreementFlow``, so they all behave alike.
"""

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from coordinator.db.queries.agreements import (
    AgreementInput,
    agreement_snapshot,
    get_agreement,
    put_agreement,
    renewal_draft,
    set_agreement_deleted,
)
from coordinator.db.store import Store
from coordinator.text import labels
from coordinator.ui.agreements.dialog import AgreementDialog
from coordinator.ui.common.undo import Snapshots, SoftDelete


class AgreementFlow(QObject):
    """``changed`` (with the agreement's id) after a save, a delete, an undo or a redo;
    ``message`` with a line for the status bar."""

    changed = Signal(int)
    message = Signal(str)

    def __init__(self, store: Store, undo: QUndoStack, parent: QWidget) -> None:
        super().__init__(parent)
        self._store, self._undo, self._widget = store, undo, parent
        self.last_dialog: AgreementDialog | None = None  # for tests and journeys

    def new(self, party_ids: Iterable[int] = (), parent: QWidget | None = None) -> int | None:
        """A new agreement, with these parties already chosen (a partner's page)."""
        data = AgreementInput(title="", party_ids=list(party_ids))
        return self._run(data, None, parent, self.tr("new agreement"))

    def edit(self, agreement_id: int, parent: QWidget | None = None) -> int | None:
        detail = get_agreement(self._store, agreement_id)
        if detail is None:
            self.message.emit(
                self.tr("This agreement is no longer there (it may be in the trash).")
            )
            self.changed.emit(agreement_id)
            return None
        text = labels.arg(self.tr("edit “%1”"), detail.agreement.title)
        return self._run(detail.agreement, detail.agreement, parent, text)

    def renew(self, agreement_id: int, parent: QWidget | None = None) -> int | None:
        """Draft the follow-on agreement in a new form; nothing is saved unless it is."""
        draft = renewal_draft(self._store, agreement_id)
        if draft is None:
            return None
        return self._run(draft, None, parent, labels.arg(self.tr("renew “%1”"), draft.title))

    def _run(
        self,
        data: AgreementInput,
        before: AgreementInput | None,
        parent: QWidget | None,
        undo_text: str,
    ) -> int | None:
        dialog = AgreementDialog(self._store, data, parent or self._widget)
        self.last_dialog = dialog
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        saved = dialog.saved_id if accepted else None
        if saved is not None:
            base = dialog.undo_base(before)
            self._push_edit(undo_text, saved, base if saved == data.id else None)
            self.message.emit(self.tr("Agreement saved. Ctrl+Z undoes it."))
        if dialog.renew_asked and data.id is not None:
            return self.renew(data.id, parent) or saved
        return saved

    def _push_edit(self, text: str, agreement_id: int, before: AgreementInput | None) -> None:
        """Make a save just done undoable: undo puts back ``before`` (None: a new
        agreement, which undo sends to the trash)."""
        self._undo.push(
            Snapshots(
                text,
                {agreement_id: before},
                lambda i: agreement_snapshot(self._store, i),
                lambda i, snap: put_agreement(self._store, i, snap),
                lambda: self.changed.emit(agreement_id),
                self._widget,
            )
        )
        self.changed.emit(agreement_id)

    def delete(self, agreement_id: int, title: str, ask: bool = True) -> bool:
        if ask:
            answer = QMessageBox.question(
                self._widget,
                self.tr("Delete agreement"),
                labels.arg(self.tr("Delete “%1”? You can undo this with Ctrl+Z."), title),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self._undo.push(
            SoftDelete(
                labels.arg(self.tr("delete agreement “%1”"), title),
                lambda deleted: set_agreement_deleted(self._store, agreement_id, deleted),
                lambda: self.changed.emit(agreement_id),
            )
        )
        self.message.emit(self.tr("Agreement deleted. Ctrl+Z brings it back."))
        return True
