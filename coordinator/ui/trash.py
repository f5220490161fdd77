"""Edit → Trash: deleted records, brought back with everything under them."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coordinator.db.queries.trash import TrashKind, TrashRow, list_trash, set_deleted
from coordinator.db.store import Store
from coordinator.text import labels
from coordinator.ui.common.undo import SoftDelete
from coordinator.ui.common.views import one_line, select_row


def kind_text(kind: TrashKind) -> str:
    return {
        TrashKind.PARTNER: QCoreApplication.translate("Trash", "Partner"),
        TrashKind.PROJECT: QCoreApplication.translate("Trash", "Project"),
        TrashKind.EVENT: QCoreApplication.translate("Trash", "Event"),
        TrashKind.CONTACT: QCoreApplication.translate("Trash", "Contact"),
        TrashKind.ROOM: QCoreApplication.translate("Trash", "Room"),
        TrashKind.PROGRAMME: QCoreApplication.translate("Trash", "Programme"),
        TrashKind.AGREEMENT: QCoreApplication.translate("Trash", "Agreement"),
    }[kind]


class TrashDialog(QDialog):
    """The most recently deleted first; Enter or a double-click restores the selection."""

    restored = Signal(str)  # the title, for the status bar

    def __init__(self, store: Store, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._undo = store, undo
        self.rows: list[TrashRow] = []
        self.setWindowTitle(self.tr("Trash"))
        self.resize(760, 480)
        intro = QLabel(
            self.tr(
                "Deleted partners, contacts, projects and events. Restoring one brings back "
                "everything under it (contacts, milestones, events, minutes)."
            )
        )
        intro.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by name…"))
        self.filter.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        self.filter.textChanged.connect(lambda _t: self._timer.start())
        self.table = QTableWidget(0, 4)
        one_line(self.table)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Name"), self.tr("Deleted at"), self.tr("Deleted by")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        self.empty = QLabel(self.tr("The trash is empty."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setDefault(True)
        self.restore_button.setToolTip(self.tr("Bring the selected records back (Enter)"))
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.refresh()

    def refresh(self) -> None:
        self.rows = list_trash(self._store, self.filter.text())
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            texts = (kind_text(row.kind), row.title, labels.fmt_datetime(row.deleted_at))
            for c, text in enumerate((*texts, row.deleted_by)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, r)
                self.table.setItem(r, c, item)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        self.empty.setVisible(not self.rows)
        self.restore_button.setEnabled(bool(self.rows))
        if self.rows:
            select_row(self.table, 0)

    def _put_back(self, row: TrashRow) -> Callable[[bool], None]:
        return lambda deleted: set_deleted(self._store, row.kind, row.id, not deleted)

    def restore_selected(self) -> None:
        items = [self.table.item(i.row(), 0) for i in self.table.selectionModel().selectedRows()]
        picked = {item.data(Qt.ItemDataRole.UserRole) for item in items if item is not None}
        chosen = [self.rows[i] for i in sorted(picked)]
        if not chosen:
            return
        self._undo.beginMacro(
            labels.arg(self.tr("restore %1 records"), labels.fmt_count(len(chosen)))
            if len(chosen) > 1
            else labels.arg(self.tr("restore “%1”"), chosen[0].title)
        )
        for row in chosen:
            # Restoring is deleting undone: redo brings it back, undo puts it in the trash.
            self._undo.push(
                SoftDelete(
                    labels.arg(self.tr("restore “%1”"), row.title),
                    self._put_back(row),
                    lambda: None,
                )
            )
        self._undo.endMacro()
        self.refresh()
        self.restored.emit(", ".join(r.title for r in chosen))
