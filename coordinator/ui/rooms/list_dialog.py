"""Schedule → Rooms: the meeting rooms, filtered by name and host unit, edited in place.

New, Edit and Delete go on the main window's undo stack, so Ctrl+Z here (or in the
window) takes back a new room, an edit, or a room sent to the trash.
"""

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator.db.queries.common import Sort
from coordinator.db.queries.partners import organization_choices
from coordinator.db.queries.rooms import (
    RoomFilter,
    RoomInput,
    RoomRow,
    count_rooms,
    get_room,
    list_rooms,
    put_room,
    room_snapshot,
    set_room_deleted,
)
from coordinator.db.store import Store
from coordinator.text import labels
from coordinator.ui.common.combo import LazyChoiceCombo
from coordinator.ui.common.guard import refuse_writing
from coordinator.ui.common.lazy_model import Column, LazyTableModel
from coordinator.ui.common.undo import Snapshots, SoftDelete
from coordinator.ui.common.views import list_dialog_keys, one_line, select_row
from coordinator.ui.rooms.dialog import RoomDialog

COLUMNS: list[Column[RoomRow]] = [
    Column(lambda: QCoreApplication.translate("RoomsDialog", "Name"), lambda r: r.name, "name"),
    Column(
        lambda: QCoreApplication.translate("RoomsDialog", "Host unit"),
        lambda r: r.host_unit,
        "host_unit",
    ),
    Column(
        lambda: QCoreApplication.translate("RoomsDialog", "Seats"),
        lambda r: r.capacity,
        "capacity",
        align_right=True,
    ),
    Column(
        lambda: QCoreApplication.translate("RoomsDialog", "Notes"),
        lambda r: (r.notes or "").replace("\n", " "),
    ),
]


class RoomsDialog(QDialog):
    """The list of rooms; double-click or Enter opens one."""

    changed = Signal(str)  # a status-bar message after a change

    def __init__(self, store: Store, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._undo = store, undo
        self._filter = RoomFilter()
        self.setWindowTitle(self.tr("Rooms"))
        self.resize(820, 480)

        intro = QLabel(
            self.tr(
                "Events held in the same room clash, whatever each calls the place. "
                "The planner puts a project's sessions in its host unit's rooms."
            )
        )
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by name, e.g. “phong hop”"))
        self.search.setClearButtonEnabled(True)
        self.unit = LazyChoiceCombo(
            lambda: [(c.name, c.id) for c in organization_choices(store, internal=True)],
            self.tr("All host units"),
        )
        self.model: LazyTableModel[RoomRow] = LazyTableModel(
            COLUMNS,
            lambda: count_rooms(self._store, self._filter),
            lambda sort, off, lim: list_rooms(self._store, self._filter, sort, off, lim),
            Sort("name"),
        )
        self.table = QTableView()
        one_line(self.table)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.empty = QLabel(self.tr("No rooms yet. “New room…” adds the first."))

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.unit.currentIndexChanged.connect(lambda _i: self.apply_filter())

        self.new_button = QPushButton(self.tr("&New room…"))
        self.new_button.clicked.connect(self.new_room)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setToolTip(
            self.tr("Move the room to the trash (Delete); Ctrl+Z undoes it")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for b in (self.new_button, self.edit_button, self.delete_button):
            self.buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        if store.read_only:
            refuse_writing(self.new_button, self.delete_button)
        # Undo and redo work from here as from the window.
        self.undo_action, self.redo_action = list_dialog_keys(
            self, self.table, undo, self.delete_selected, self.edit_selected
        )

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.unit, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.refresh()

    # --- reading -------------------------------------------------------------
    def refresh(self, select: int | None = None) -> None:
        current = select if select is not None else self.current_id()
        self.model.reload()
        if not self._select(current) and self.model.rowCount():
            select_row(self.table, 0)
        self._update()

    def apply_filter(self) -> None:
        self._filter = RoomFilter(text=self.search.text(), host_unit_id=self.unit.currentData())
        self.model.reload()
        if self.model.rowCount():
            select_row(self.table, 0)
        self._update()

    def _update(self) -> None:
        has_rows = self.model.rowCount() > 0
        filtered = bool(self._filter.text.strip()) or self._filter.host_unit_id is not None
        self.empty.setText(
            self.tr("No room matches the filter.")
            if filtered
            else self.tr("No rooms yet. “New room…” adds the first.")
        )
        self.empty.setVisible(not has_rows)
        self.edit_button.setEnabled(has_rows)
        self.delete_button.setEnabled(has_rows and not self._store.read_only)

    def current_id(self) -> int | None:
        row = self.model.row_at(self.table.currentIndex().row())
        return row.id if row else None

    def select_room(self, room_id: int) -> bool:
        """Show one room, clearing filters that would hide it."""
        if self._select(room_id):
            return True
        self.search.clear()
        self.unit.choose(None)
        self.apply_filter()
        return self._select(room_id)

    def _select(self, room_id: int | None) -> bool:
        if room_id is None:
            return False
        row = self.model.find_row(lambda r: r.id == room_id)
        if row < 0:
            return False
        select_row(self.table, row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    # --- changing ------------------------------------------------------------
    def new_room(self) -> int | None:
        dialog = RoomDialog(self._store, None, self)
        if self._filter.host_unit_id is not None:
            dialog.preset_host_unit(self._filter.host_unit_id)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved_id is None:
            return None
        self._push_edit(self.tr("new room"), dialog.saved_id, None)
        self.refresh(dialog.saved_id)
        self.changed.emit(self.tr("Room saved. Ctrl+Z undoes it."))
        return dialog.saved_id

    def edit_selected(self) -> None:
        room_id = self.current_id()
        if room_id is not None:
            self.open_room(room_id)

    def open_room(self, room_id: int) -> None:
        data = get_room(self._store, room_id)
        if data is None:
            self.refresh()
            return
        before = room_snapshot(self._store, room_id)
        dialog = RoomDialog(self._store, data, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
            self._push_edit(
                labels.arg(self.tr("edit “%1”"), data.name),
                dialog.saved_id,
                dialog.undo_base(before) if dialog.saved_id == room_id else None,
            )
            self.refresh(dialog.saved_id)
            self.changed.emit(self.tr("Room saved. Ctrl+Z undoes the change."))

    def _push_edit(self, text: str, room_id: int, before: RoomInput | None) -> None:
        """Make a save just done undoable: undo puts back ``before`` (None: a new
        room, which undo sends to the trash)."""
        self._undo.push(
            Snapshots(
                text,
                {room_id: before},
                lambda i: room_snapshot(self._store, i),
                lambda i, snap: put_room(self._store, i, snap),
                lambda: self.refresh(room_id),
                self,
            )
        )

    def delete_selected(self) -> None:
        if self._store.read_only:
            return
        row = self.model.row_at(self.table.currentIndex().row())
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete room"),
            labels.arg(
                self.tr("Delete “%1”? Its events keep their place. You can undo this with Ctrl+Z."),
                row.name,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        room_id = row.id
        self._undo.push(
            SoftDelete(
                labels.arg(self.tr("delete room “%1”"), row.name),
                lambda deleted: set_room_deleted(self._store, room_id, deleted),
                lambda: self.refresh(room_id),
            )
        )
        self.changed.emit(self.tr("Room deleted. Ctrl+Z brings it back."))

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        writable = not self._store.read_only
        menu.addAction(self.tr("&New room…"), self.new_room).setEnabled(writable)
        if self.current_id() is not None:
            menu.addAction(self.tr("&Edit…"), self.edit_selected)
            menu.addAction(self.tr("&Delete"), self.delete_selected).setEnabled(writable)
        menu.exec(self.table.viewport().mapToGlobal(pos))
