"""A form over one stored record: Save, Cancel and History…, and a question before
closing with changes."""

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from coordinator.db.store import Store
from coordinator.db.versions import RecordChangedError
from coordinator.ui.common.guard import (
    Resolution,
    ask_about_conflict,
    ask_unsaved,
    copy_suffix,
    refuse_writing,
)
from coordinator.ui.history import HistoryDialog


class RecordEditor(QDialog):
    """Subclasses set ``entity`` (the change log's name of the record), keep ``_store``
    and ``_id``, and provide ``save``, ``is_dirty`` and ``record_title``."""

    entity = ""

    def __init__(self, store: Store, record_id: int | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._store = store
        self._id = record_id
        # The record as loaded again after a collision ("load their version"): an undo of
        # this form's save must go back to it, not to what was first opened.
        self.reloaded: Any = None

    def undo_base(self, opened: Any) -> Any:
        """What undoing this form's save puts back: ``opened``, or what was reloaded."""
        return self.reloaded if self.reloaded is not None else opened

    def resolve_collision(
        self,
        error: RecordChangedError,
        fetch: Callable[[int], Any],
        load: Callable[[Any], None],
        value: Callable[[], Any],
        copy_field: str | None = None,
    ) -> Any:
        """Someone saved the record first: ask, then either load their version into the
        form (which undo then goes back to) and stay, or give back the form as a new
        record to save, ``copy_field`` marked as a copy; None means stay in the form."""
        choice = ask_about_conflict(self, error)
        if choice is Resolution.RELOAD:
            fresh = fetch(self._id) if self._id else None
            if fresh is not None:
                load(fresh)
                self.reloaded = fresh
                self._initial = value()
            return None
        if choice is Resolution.COPY:
            data = value()
            data.id = data.version = None
            if copy_field is not None:
                setattr(data, copy_field, getattr(data, copy_field).strip() + copy_suffix())
            return data
        return None

    def save(self) -> None:
        raise NotImplementedError

    def is_dirty(self) -> bool:
        raise NotImplementedError

    def record_title(self) -> str:
        raise NotImplementedError

    def make_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        if self._store.read_only:
            refuse_writing(buttons.button(QDialogButtonBox.StandardButton.Save))
        self.history_button = buttons.addButton(
            self.tr("&History…"), QDialogButtonBox.ButtonRole.HelpRole
        )
        self.history_button.setToolTip(self.tr("Who changed this record, when, and what"))
        self.history_button.setVisible(self._id is not None)
        self.history_button.clicked.connect(self.show_history)
        return buttons

    def show_history(self) -> HistoryDialog | None:
        if self._id is None:
            return None
        dialog = HistoryDialog(self._store, self.entity, self._id, self.record_title(), self)
        dialog.show()
        return dialog

    def reject(self) -> None:
        """Esc or Cancel: a form with changes asks to save, discard or stay (unless
        nothing can be saved: the file is open read-only)."""
        if not self._store.read_only and self.is_dirty():
            answer = ask_unsaved(self)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
        super().reject()
