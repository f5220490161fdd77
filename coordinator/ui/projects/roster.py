"""The volunteer roster window: who the experts are, where they are placed, when they stay."""

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
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
from coordinator.ui import labels
from coordinator.ui.common.dates import OptionalDateEdit
from coordinator.ui.common.lazy_model import Column, LazyTableModel

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
    ),
    Column(
        lambda: QCoreApplication.translate("RosterDialog", "Departs"),
        lambda r: labels.fmt_date(r.departs),
        "departs",
    ),
]


class RosterDialog(QDialog):
    """Non-modal: it stays open beside the calendar while the coordinator plans."""

    show_person_week = Signal(int, date)  # person, a day of their stay

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        project_id: int | None = None,
        organization_id: int | None = None,
        title: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
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
        self.nationality.addItem(self.tr("All nationalities"), None)
        for n in nationalities(store):
            self.nationality.addItem(n, n)
        self.available = QCheckBox(self.tr("In the province on"))
        self.available_on = OptionalDateEdit()
        self.available_on.set_value(date.today())
        self.available_on.setEnabled(False)
        self.available.toggled.connect(self.available_on.setEnabled)
        self.model: LazyTableModel[RosterRow] = LazyTableModel(
            COLUMNS,
            lambda: count_roster(self._store, self._filter),
            lambda sort, off, lim: list_roster(self._store, self._filter, sort, off, lim),
            Sort("name"),
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open_week)
        self.table.setToolTip(self.tr("Double-click a volunteer to see their week in the calendar"))
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
            available_on=self.available_on.value() if self.available.isChecked() else None,
            project_id=self._fixed.project_id,
            organization_id=self._fixed.organization_id,
        )
        self.model.reload()
        self.count_label.setText(labels.arg(self.tr("%1 row(s)"), self.model.total()))

    def _open_week(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is not None:
            day = row.arrives or date.today()
            if self.available.isChecked() and self.available_on.value():
                day = self.available_on.value() or day
            self.show_person_week.emit(row.person_id, day)
