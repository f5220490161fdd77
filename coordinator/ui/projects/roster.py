"""The volunteer roster window: who the experts are, where they are placed, when they stay."""

from datetime import date

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator.db.queries.common import Sort
from coordinator.db.queries.roster import (
    RosterFilter,
    RosterRow,
    count_roster,
    list_roster,
    nationalities,
)
from coordinator.db.store import Store
from coordinator.domain.enums import PersonRole
from coordinator.domain.timezone import today_local
from coordinator.text import labels
from coordinator.ui.common.dates import OptionalDateEdit
from coordinator.ui.common.export_list import action_text, described, export_model_list, quoted
from coordinator.ui.common.guard import refuse_writing
from coordinator.ui.common.lazy_model import Column, LazyTableModel
from coordinator.ui.common.views import one_line, select_row
from coordinator.ui.people.dialog import PersonDialog
from coordinator.ui.people.edit import edit_person, new_person
from coordinator.ui.projects.stay_dialog import AssignmentDialog
from coordinator.ui.projects.stays import add_stay, edit_stay, remove_stay

COLUMNS: list[Column[RosterRow]] = [
    Column(lambda: QCoreApplication.translate("RosterDialog", "Name"), lambda r: r.name, "name"),
    Column(
        lambda: QCoreApplication.translate("RosterDialog", "Organisation"),
        lambda r: r.organization or "",
        "organization",
    ),
    Column(
        lambda: QCoreApplication.translate("RosterDialog", "Nationality"),
        lambda r: r.nationality or "",
        "nationality",
    ),
    Column(
        lambda: QCoreApplication.translate("RosterDialog", "Expertise"),
        lambda r: r.expertise or "",
        "expertise",
    ),
    Column(
        lambda: QCoreApplication.translate("RosterDialog", "Languages"),
        lambda r: r.languages or "",
    ),
    Column(
        lambda: QCoreApplication.translate("RosterDialog", "Contact"),
        lambda r: " · ".join(x for x in (r.email, r.phone) if x),
    ),
    Column(
        lambda: QCoreApplication.translate("RosterDialog", "Project"),
        lambda r: r.project or "",
        "project",
    ),
    Column(
        lambda: QCoreApplication.translate("RosterDialog", "Arrives"),
        lambda r: labels.fmt_date(r.arrives),
        "arrives",
        cell=lambda r: r.arrives,
    ),
    Column(
        lambda: QCoreApplication.translate("RosterDialog", "Departs"),
        lambda r: labels.fmt_date(r.departs),
        "departs",
        cell=lambda r: r.departs,
    ),
]


# The list's columns, with its position after the name and "Contact" split in two, so
# that each field of a person has a column of its own (and imports back).
EXPORT_COLUMNS: list[Column[RosterRow]] = [
    COLUMNS[0],
    Column(lambda: QCoreApplication.translate("RosterDialog", "Position"), lambda r: r.title),
    *COLUMNS[1:5],
    Column(lambda: QCoreApplication.translate("RosterDialog", "E-mail"), lambda r: r.email),
    Column(lambda: QCoreApplication.translate("RosterDialog", "Phone"), lambda r: r.phone),
    *COLUMNS[6:],
]


class RosterDialog(QDialog):
    """Non-modal: it stays open beside the calendar while the coordinator plans."""

    show_person_week = Signal(int, date)  # person, a day of their stay
    changed = Signal()  # a person or a stay was saved or removed: views over them refresh
    message = Signal(str)  # for the window's status bar

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        project_id: int | None = None,
        organization_id: int | None = None,
        title: str | None = None,
        undo: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._undo = undo if undo is not None else QUndoStack(self)
        self._fixed = RosterFilter(project_id=project_id, organization_id=organization_id)
        self._filter = self._fixed
        self.setWindowTitle(title or self.tr("Volunteer roster"))
        self.resize(1100, 560)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find by name, e-mail or nationality"))
        self.search.setClearButtonEnabled(True)
        self.expertise = QLineEdit()
        self.expertise.setPlaceholderText(self.tr("Expertise, e.g. dữ liệu"))
        self.expertise.setClearButtonEnabled(True)
        self.nationality = QComboBox()
        self._fill_nationalities()
        self.available = QCheckBox(self.tr("In the province on"))
        self.available_on = OptionalDateEdit()
        self.available_on.set_value(today_local())
        self.available_on.setEnabled(False)
        self.available.toggled.connect(self.available_on.setEnabled)
        self.model: LazyTableModel[RosterRow] = LazyTableModel(
            COLUMNS,
            lambda: count_roster(self._store, self._filter),
            lambda sort, off, lim: list_roster(self._store, self._filter, sort, off, lim),
            Sort("name"),
        )
        self.table = QTableView()
        one_line(self.table)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open_week)
        self.table.setToolTip(
            self.tr(
                "Double-click a volunteer to see their week in the calendar; right-click to "
                "edit them or their stay"
            )
        )
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.new_button = QPushButton(self.tr("&Add volunteer…"))
        self.new_button.setToolTip(self.tr("A new person, with the volunteer expert role ticked"))
        self.new_button.clicked.connect(lambda: self.new_volunteer())
        self.edit_button = QPushButton(self.tr("&Edit volunteer…"))
        self.edit_button.clicked.connect(lambda: self.edit_volunteer())
        self.assign_button = QPushButton(self.tr("Assign to a &project…"))
        self.assign_button.setToolTip(self.tr("Add a stay of the selected volunteer on a project"))
        self.assign_button.clicked.connect(lambda: self.assign())
        self.edit_stay_button = QPushButton(self.tr("Edit &stay…"))
        self.edit_stay_button.clicked.connect(lambda: self.edit_stay())
        self.remove_stay_button = QPushButton(self.tr("&Remove stay"))
        self.remove_stay_button.clicked.connect(lambda: self.remove_stay())
        self.export_button = QPushButton(action_text())
        self.export_button.setToolTip(
            self.tr("Write the roster as filtered and sorted to an .xlsx or .csv file")
        )
        self.export_button.clicked.connect(lambda: self.export_list())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._stay_buttons())
        self._stay_buttons()
        if store.read_only:
            refuse_writing(
                self.new_button, self.edit_button, self.assign_button, self.remove_stay_button
            )
        self.count_label = QLabel()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.apply_filter)
        for signal in (self.search.textChanged, self.expertise.textChanged):
            signal.connect(lambda _t: self._debounce.start())
        self.nationality.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.available.toggled.connect(lambda _b: self.apply_filter())
        self.available_on.dateChanged.connect(lambda _d: self.apply_filter())

        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.expertise, 2)
        bar.addWidget(self.nationality, 1)
        bar.addWidget(self.available)
        bar.addWidget(self.available_on)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.assign_button,
            self.edit_stay_button,
            self.remove_stay_button,
            self.export_button,
        ):
            bottom.addWidget(button)
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.apply_filter()

    def apply_filter(self) -> None:
        self._filter = RosterFilter(
            text=self.search.text(),
            expertise=self.expertise.text(),
            nationality=self.nationality.currentData(),
            available_on=self.available_on.settled_value() if self.available.isChecked() else None,
            project_id=self._fixed.project_id,
            organization_id=self._fixed.organization_id,
        )
        self.model.reload()
        self.count_label.setText(
            labels.arg(self.tr("%1 row(s)"), labels.fmt_count(self.model.total()))
        )
        self._stay_buttons()

    def export_list(self) -> None:
        """The roster as filtered and sorted, each person's e-mail and phone apart."""
        f, sort = self._filter, self.model.current_sort()
        name = self.windowTitle()
        nationality = self.nationality.currentData()
        title = described(
            name,
            [
                quoted(f.text),
                quoted(f.expertise),
                nationality or "",
                labels.arg(self.tr("in the province on %1"), labels.fmt_date(f.available_on))
                if f.available_on
                else "",
            ],
        )
        export_model_list(
            self,
            name,
            title,
            EXPORT_COLUMNS,
            lambda: count_roster(self._store, f),
            lambda off, lim: list_roster(self._store, f, sort, off, lim),
            self._exported,
        )

    def _exported(self, said: str) -> None:
        self.count_label.setText(said)
        self.message.emit(said)

    def _fill_nationalities(self) -> None:
        current = self.nationality.currentData()
        self.nationality.blockSignals(True)
        self.nationality.clear()
        self.nationality.addItem(self.tr("All nationalities"), None)
        for n in nationalities(self._store):
            self.nationality.addItem(n, n)
        self.nationality.setCurrentIndex(max(0, self.nationality.findData(current)))
        self.nationality.blockSignals(False)

    def current_row(self) -> RosterRow | None:
        return self.model.row_at(self.table.currentIndex().row())

    def _after(self, person_id: int | None = None, assignment_id: int | None = None) -> None:
        """Read the roster again after a change (or its undo), keeping the row in view."""
        row = self.current_row()
        person_id = person_id if person_id is not None else (row.person_id if row else None)
        self._fill_nationalities()
        self.apply_filter()
        found = self.model.find_row(
            lambda r: (
                r.assignment_id == assignment_id
                if assignment_id is not None
                else r.person_id == person_id
            )
        )
        if found >= 0:
            select_row(self.table, found)
        self.changed.emit()

    def new_volunteer(self) -> PersonDialog | None:
        """A new person with the volunteer role ticked (and the roster's organisation)."""
        if self._store.read_only:
            return None
        dialog = new_person(
            self._store,
            self._undo,
            self,
            lambda: self._after(),
            roles={PersonRole.VOLUNTEER},
            organization_id=self._fixed.organization_id,
        )
        if dialog.saved_id is not None:
            self._after(dialog.saved_id)
        return dialog

    def edit_volunteer(self) -> PersonDialog | None:
        row = self.current_row()
        if row is None:
            return None
        person_id = row.person_id
        return edit_person(self._store, self._undo, self, lambda: self._after(person_id), person_id)

    def assign(self) -> AssignmentDialog | None:
        """A stay of the selected volunteer (on this roster's project, if it has one)."""
        row = self.current_row()
        if self._store.read_only or (row is None and self._fixed.project_id is None):
            return None
        person_id = row.person_id if row else None
        return add_stay(
            self._store,
            self._undo,
            self,
            lambda: self._after(person_id),
            person_id=person_id,
            project_id=self._fixed.project_id,
        )

    def _stay_buttons(self) -> None:
        """The stay buttons speak of the selected row's stay; a row without one has none."""
        row = self.current_row()
        has_stay = row is not None and row.assignment_id is not None
        self.edit_stay_button.setEnabled(has_stay)
        self.remove_stay_button.setEnabled(has_stay and not self._store.read_only)

    def edit_stay(self) -> AssignmentDialog | None:
        row = self.current_row()
        if row is None or row.assignment_id is None:
            return None
        stay = row.assignment_id
        return edit_stay(self._store, self._undo, self, lambda: self._after(None, stay), stay)

    def remove_stay(self) -> bool:
        row = self.current_row()
        if row is None or row.assignment_id is None or self._store.read_only:
            return False
        person_id = row.person_id
        return remove_stay(
            self._store,
            self._undo,
            self,
            lambda: self._after(person_id),
            row.assignment_id,
            row.name,
        )

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        writable = not self._store.read_only
        row = self.current_row()
        menu.addAction(self.tr("&Add volunteer…"), self.new_volunteer).setEnabled(writable)
        if row is not None:
            menu.addAction(self.tr("Show their &week"), self._open_week)
            menu.addAction(self.tr("&Edit volunteer…"), self.edit_volunteer)
            menu.addSeparator()
            menu.addAction(self.tr("Assign to a &project…"), self.assign).setEnabled(writable)
            if row.assignment_id is not None:
                menu.addAction(self.tr("Edit &stay…"), self.edit_stay)
                menu.addAction(self.tr("&Remove stay"), self.remove_stay).setEnabled(writable)
        menu.addSeparator()
        menu.addAction(action_text(), self.export_list)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def _open_week(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is not None:
            day = row.arrives or today_local()
            if self.available.isChecked() and self.available_on.settled_value():
                day = self.available_on.settled_value() or day
            self.show_person_week.emit(row.person_id, day)
