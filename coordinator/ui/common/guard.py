"""What a form says when its save collides with someone else's, or it is closed unsaved."""

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from coordinator.db.versions import RecordChangedError


class Resolution(Enum):
    RELOAD = "reload"  # show the stored record; this form's changes are dropped
    COPY = "copy"  # save this form as a new record beside the other
    CANCEL = "cancel"  # back to the form, everything typed still there


def ask_about_conflict(
    parent: QWidget, error: RecordChangedError, can_copy: bool = True
) -> Resolution:
    """The later of two saves is refused: let the user choose what happens to theirs.

    Records that cannot exist twice (the minutes of one event) offer no copy.
    """
    if not can_copy:
        text = QCoreApplication.translate(
            "Guard",
            "Someone saved these minutes (in another window or on another computer) after you "
            "opened them, so your changes were not saved over theirs. Load their version "
            "(what you typed here is dropped), or cancel to copy what you need first?",
        )
    elif error.deleted:
        text = QCoreApplication.translate(
            "Guard",
            "This record was deleted (in another window or on another computer) after you "
            "opened it, so your changes were not saved. Save what you typed as a new record?",
        )
    else:
        text = QCoreApplication.translate(
            "Guard",
            "Someone saved this record (in another window or on another computer) after you "
            "opened it, so your changes were not saved over theirs. Load their version (what "
            "you typed here is dropped), or keep yours as a separate copy?",
        )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Guard", "Changed by someone else"),
        text,
        parent=parent,
    )
    reload = None
    if not error.deleted:
        reload = box.addButton(
            QCoreApplication.translate("Guard", "&Load their version"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
    copy = None
    if can_copy:
        copy = box.addButton(
            QCoreApplication.translate("Guard", "&Keep mine as a copy"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if reload is not None and clicked is reload:
        return Resolution.RELOAD
    if copy is not None and clicked is copy:
        return Resolution.COPY
    return Resolution.CANCEL


def ask_unsaved(parent: QWidget) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel, asked when a form with changes is closed."""
    return QMessageBox.question(
        parent,
        QCoreApplication.translate("Guard", "Unsaved changes"),
        QCoreApplication.translate(
            "Guard", "This form has changes that are not saved. Save them before closing?"
        ),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )


def say_undo_refused(parent: QWidget, step: str) -> None:
    """An undo or redo that would overwrite someone else's later change is not done."""
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("Guard", "Cannot undo"),
        QCoreApplication.translate(
            "Guard",
            "“%1” cannot be undone or redone: the record was changed since (in another "
            "window or on another computer), and undoing would overwrite that change. "
            "The step was removed from the undo list.",
        ).replace("%1", step),
    )


def refuse_writing(*controls: QAbstractButton | QAction) -> None:
    """The file is open read-only: grey out what would write, saying why when pointed at."""
    why = QCoreApplication.translate("Guard", "Not available: this database is open read-only")
    for control in controls:
        control.setEnabled(False)
        control.setToolTip(why)
        if isinstance(control, QAction):
            control.setStatusTip(why)


def copy_suffix() -> str:
    return QCoreApplication.translate("Guard", " (copy)")
