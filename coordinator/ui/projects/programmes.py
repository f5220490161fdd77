"""Programmes (Chương trình): their list, their editor, and moving projects between them."""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator.db.errors import StoreError
from coordinator.db.queries.common import Sort
from coordinator.db.queries.partners import organization_choices
from coordinator.db.queries.programmes import (
    ProgrammeInput,
    ProgrammeRow,
    count_programmes,
    get_programme,
    list_programmes,
    move_projects,
    programme_snapshot,
    programmes_of,
    put_programme,
    save_programme,
    set_programme_deleted,
)
from coordinator.db.queries.projects import programme_choices
from coordinator.db.store import Store
from coordinator.db.versions import RecordChangedError
from coordinator.domain.validation import Problem, ValidationError
from coordinator.text import labels
from coordinator.text.errors import in_use_error_text
from coordinator.ui.common.combo import choice_combo, keep_unlisted, select_data
from coordinator.ui.common.editor import RecordEditor
from coordinator.ui.common.forms import FieldErrors
from coordinator.ui.common.guard import refuse_writing
from coordinator.ui.common.lazy_model import Column, LazyTableModel
from coordinator.ui.common.undo import Snapshots, SoftDelete
from coordinator.ui.common.views import list_dialog_keys, one_line, select_row

COLUMNS: list[Column[ProgrammeRow]] = [
    Column(
        lambda: QCoreApplication.translate("ProgrammesDialog", "Programme"),
        lambda r: r.name,
        "name",
    ),
    Column(
        lambda: QCoreApplication.translate("ProgrammesDialog", "Domain"),
        lambda r: r.domain or "",
        "domain",
    ),
    Column(
        lambda: QCoreApplication.translate("ProgrammesDialog", "Partner"),
        lambda r: r.partner or "",
        "partner",
    ),
    Column(
        lambda: QCoreApplication.translate("ProgrammesDialog", "No. of projects"),
        lambda r: r.project_count,
        "projects",
        align_right=True,
    ),
]


class ProgrammeDialog(RecordEditor):
    entity = "programme"

    def __init__(self, store: Store, data: ProgrammeInput | None, parent: QWidget | None) -> None:
        super().__init__(store, data.id if data else None, parent)
        self._version = data.version if data else None
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit programme") if self._id else self.tr("New programme"))
        self.setMinimumWidth(560)
        self.errors = FieldErrors()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Chương trình tình nguyện viên tư vấn 2026"))
        self.domain = QLineEdit()
        self.domain.setPlaceholderText(self.tr("e.g. Con người, Doanh nghiệp, Công nghệ"))
        self.partner = choice_combo(organization_choices(store), self.tr("(no partner)"))
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(90)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("&Name *"), "name", self.name)
        self.errors.add_row(form, self.tr("&Domain"), "domain", self.domain)
        form.addRow(self.tr("&Partner"), self.partner)
        form.addRow(self.tr("D&escription"), self.description)
        self.buttons = self.make_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        if data is not None:
            self._load(data)
        self._initial = self.value()

    def _load(self, data: ProgrammeInput) -> None:
        self._id, self._version = data.id, data.version
        self.name.setText(data.name)
        self.domain.setText(data.domain or "")
        keep_unlisted(self.partner, data.partner_id, self.tr("(a partner in the trash)"))
        select_data(self.partner, data.partner_id)
        self.description.setPlainText(data.description or "")

    def value(self) -> ProgrammeInput:
        return ProgrammeInput(
            id=self._id,
            version=self._version,
            name=self.name.text(),
            domain=self.domain.text(),
            partner_id=self.partner.currentData(),
            description=self.description.toPlainText(),
        )

    def is_dirty(self) -> bool:
        return self.value() != self._initial

    def record_title(self) -> str:
        return self.name.text()

    def _resolve(self, error: RecordChangedError) -> ProgrammeInput | None:
        """The record to save after a collision, or None to stay in the form."""
        return self.resolve_collision(
            error, lambda i: get_programme(self._store, i), self._load, self.value, "name"
        )

    def save(self) -> None:
        self.errors.clear()
        try:
            try:
                self.saved_id = save_programme(self._store, self.value())
            except RecordChangedError as error:
                copy = self._resolve(error)
                if copy is None:
                    return
                self.saved_id = save_programme(self._store, copy)
        except ValidationError as failure:
            self.errors.show(failure)
            if any(e.field == "name" and e.problem is Problem.DUPLICATE for e in failure.errors):
                self.errors.set("name", self.tr("Another programme already has this name."))
            return
        except StoreError as exc:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("The programme could not be saved: %1").replace(
                    "%1", in_use_error_text(exc)
                ),
            )
            return
        self.accept()


class MoveToProgrammeDialog(QDialog):
    """Asks which programme the chosen projects go to (or none)."""

    def __init__(self, store: Store, count: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move to programme"))
        self.setMinimumWidth(460)
        text = QLabel(labels.arg(self.tr("Move %1 project(s) to:"), labels.fmt_count(count)))
        self.programme = choice_combo(programme_choices(store), self.tr("(no programme)"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.programme)
        layout.addWidget(buttons)

    def choose(self, programme_id: int | None) -> None:
        select_data(self.programme, programme_id)

    def chosen(self) -> int | None:
        value = self.programme.currentData()
        return int(value) if value is not None else None


def move_to_programme(
    store: Store,
    undo: QUndoStack,
    project_ids: Sequence[int],
    parent: QWidget,
    after: Callable[[], None],
) -> bool:
    """Ask for a programme and move the projects there, as one undoable step."""
    if not project_ids:
        return False
    dialog = MoveToProgrammeDialog(store, len(project_ids), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    target = dialog.chosen()
    before = programmes_of(store, project_ids)
    move_projects(store, dict.fromkeys(before, target))
    undo.push(
        Snapshots(
            labels.arg(
                QCoreApplication.translate("ProgrammesDialog", "move %1 project(s)"), len(before)
            ),
            before,
            lambda i: programmes_of(store, [i]).get(i),
            lambda i, programme: move_projects(store, {i: programme}),
            after,
            parent,
        )
    )
    return True


class ProgrammesDialog(QDialog):
    """The list of programmes: new, edit, delete (undoably), filter as you type."""

    changed = Signal()  # programmes or their projects changed: views over them refresh

    def __init__(self, store: Store, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._undo = store, undo
        self._text = ""
        self.setWindowTitle(self.tr("Programmes"))
        self.resize(860, 480)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by name or domain"))
        self.search.setClearButtonEnabled(True)
        self.model: LazyTableModel[ProgrammeRow] = LazyTableModel(
            COLUMNS,
            lambda: count_programmes(self._store, self._text),
            lambda sort, off, lim: list_programmes(self._store, self._text, sort, off, lim),
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
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())

        self.new_button = QPushButton(self.tr("&New…"))
        self.new_button.clicked.connect(self.new_item)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        if store.read_only:
            refuse_writing(self.new_button, self.delete_button)
        # Undo and redo work from here as from the window; Delete and Enter as in a list.
        self.undo_action, self.redo_action = list_dialog_keys(
            self, self.table, undo, self.delete_selected, self.edit_selected
        )
        self.count_label = QLabel()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.apply_filter()

    def apply_filter(self) -> None:
        self._text = self.search.text()
        self.reload()
        if self.model.rowCount():
            select_row(self.table, 0)

    def reload(self, select: int | None = None) -> None:
        current = select if select is not None else self.current_id()
        self.model.reload()
        row = self.model.find_row(lambda r: r.id == current) if current is not None else -1
        if row >= 0:
            select_row(self.table, row)
        self.count_label.setText(
            labels.arg(self.tr("%1 programme(s)"), labels.fmt_count(self.model.total()))
        )

    def _clear_filter(self) -> None:
        """Show every programme now (not after the typing pause)."""
        self.search.clear()
        self._debounce.stop()
        self.apply_filter()

    def current_id(self) -> int | None:
        row = self.model.row_at(self.table.currentIndex().row())
        return row.id if row else None

    def _after(self, programme_id: int | None = None) -> None:
        self.reload(programme_id)
        self.changed.emit()

    def _push_edit(self, text: str, programme_id: int, before: ProgrammeInput | None) -> None:
        self._undo.push(
            Snapshots(
                text,
                {programme_id: before},
                lambda i: programme_snapshot(self._store, i),
                lambda i, snap: put_programme(self._store, i, snap),
                lambda: self._after(programme_id),
                self,
            )
        )

    def new_item(self) -> ProgrammeDialog:
        dialog = ProgrammeDialog(self._store, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
            self._push_edit(self.tr("new programme"), dialog.saved_id, None)
            self._clear_filter()
            self._after(dialog.saved_id)
        return dialog

    def edit_selected(self) -> ProgrammeDialog | None:
        programme_id = self.current_id()
        data = get_programme(self._store, programme_id) if programme_id is not None else None
        if data is None or data.id is None:
            return None
        dialog = ProgrammeDialog(self._store, data, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
            same = dialog.saved_id == data.id
            self._push_edit(
                labels.arg(self.tr("edit “%1”"), data.name),
                dialog.saved_id,
                dialog.undo_base(data) if same else None,
            )
            self._after(dialog.saved_id)
        return dialog

    def delete_selected(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is None or self._store.read_only:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete programme"),
            labels.arg(
                self.tr(
                    "Delete programme “%1”? Its %2 project(s) stay, without a programme "
                    "until it is restored. You can undo this with Ctrl+Z."
                ),
                row.name,
                row.project_count,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        programme_id = row.id
        self._undo.push(
            SoftDelete(
                labels.arg(self.tr("delete programme “%1”"), row.name),
                lambda deleted: set_programme_deleted(self._store, programme_id, deleted),
                lambda: self._after(programme_id),
            )
        )

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        writable = not self._store.read_only
        menu.addAction(self.tr("&New programme…"), self.new_item).setEnabled(writable)
        if self.current_id() is not None:
            menu.addAction(self.tr("&Edit…"), self.edit_selected)
            menu.addAction(self.tr("&Delete"), self.delete_selected).setEnabled(writable)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def show_programme(self, programme_id: int) -> bool:
        """Select a programme (clearing the filter if needed)."""
        row = self.model.find_row(lambda r: r.id == programme_id)
        if row < 0:
            self._clear_filter()
            row = self.model.find_row(lambda r: r.id == programme_id)
        if row >= 0:
            select_row(self.table, row)
        return row >= 0
