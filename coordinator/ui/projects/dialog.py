"""The project editor: details, milestones and indicators."""

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coordinator.db.errors import StoreError
from coordinator.db.queries.common import Choice
from coordinator.db.queries.projects import (
    IndicatorInput,
    MilestoneInput,
    ProjectInput,
    get_project,
    save_project,
)
from coordinator.db.store import Store
from coordinator.db.versions import RecordChangedError
from coordinator.domain.dates import format_date, parse_date, parse_number
from coordinator.domain.enums import ProjectStatus
from coordinator.domain.timezone import today_local
from coordinator.domain.validation import ValidationError
from coordinator.text import labels
from coordinator.text.errors import in_use_error_text
from coordinator.ui.common.combo import choice_combo
from coordinator.ui.common.dates import (
    DateDelegate,
    OptionalDateEdit,
    date_problem,
    refuse_bad_dates,
)
from coordinator.ui.common.editor import RecordEditor
from coordinator.ui.common.forms import FieldErrors
from coordinator.ui.common.guard import Resolution, ask_about_conflict, copy_suffix
from coordinator.ui.common.views import EnterStaysInTables


def _num(value: float | None) -> str:
    return labels.fmt_number(value)  # as typed back: 1.500.000 reads 1500000 again


class _Grid(QTableWidget):
    """An editable grid of text cells with add/remove buttons beside it."""

    def __init__(self, headers: list[str]) -> None:
        super().__init__(0, len(headers))
        self.setHorizontalHeaderLabels(headers)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()

    def add(self, values: list[str] | None = None) -> int:
        row = self.rowCount()
        self.insertRow(row)
        for col in range(self.columnCount()):
            text = values[col] if values and col < len(values) else ""  # the rest empty
            self.setItem(row, col, QTableWidgetItem(text))
        self.setCurrentCell(row, 0)
        return row

    def remove_current(self) -> None:
        if self.currentRow() >= 0:
            self.removeRow(self.currentRow())

    def cell(self, row: int, col: int) -> str:
        item = self.item(row, col)
        return item.text() if item else ""

    def filled_rows(self) -> list[int]:
        return [
            r
            for r in range(self.rowCount())
            if any(self.cell(r, c).strip() for c in range(self.columnCount()))
        ]


class ProjectDialog(RecordEditor):
    entity = "project"

    def __init__(
        self,
        store: Store,
        data: ProjectInput | None,
        programmes: list[Choice],
        partners: list[Choice],
        units: list[Choice],
        parent: QWidget | None,
    ) -> None:
        super().__init__(store, data.id if data else None, parent)
        self._version = data.version if data else None
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit project") if self._id else self.tr("New project"))
        self.setMinimumSize(680, 560)
        self.errors = FieldErrors()

        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. TNV-05"))
        self.title_edit = QLineEdit()
        self.status = QComboBox()
        for st in ProjectStatus:
            self.status.addItem(labels.project_status(st), st.value)
        # The day the status took effect: today for a new status, and the day of the
        # project's latest status change while the status is left as it was.
        self.status_since = OptionalDateEdit()
        self.status_since.setObjectName("status_since")
        self.status_since.set_value(today_local())
        self._loaded_status: tuple[str, date | None] | None = None
        status_row = QWidget()
        status_line = QHBoxLayout(status_row)
        status_line.setContentsMargins(0, 0, 0, 0)
        status_line.addWidget(self.status, 1)
        since_label = QLabel(self.tr("from"))
        since_label.setBuddy(self.status_since)
        status_line.addWidget(since_label)
        status_line.addWidget(self.status_since)
        # Type to find in long lists, without diacritics.
        self.programme = choice_combo(programmes, self.tr("(no programme)"))
        self.partner = choice_combo(partners, self.tr("(no partner)"))
        self.host_unit = choice_combo(units, self.tr("(no host unit)"))
        self.starts = OptionalDateEdit()
        self.ends = OptionalDateEdit()
        self.objectives = QPlainTextEdit()

        form = QFormLayout()
        self.errors.add_row(form, self.tr("&Code *"), "code", self.code)
        self.errors.add_row(form, self.tr("&Title *"), "title", self.title_edit)
        self.errors.add_row(form, self.tr("&Status"), "status_since", status_row)
        form.addRow(self.tr("P&rogramme"), self.programme)
        form.addRow(self.tr("&Partner"), self.partner)
        form.addRow(self.tr("&Host unit"), self.host_unit)
        self.errors.add_row(form, self.tr("Starts on"), "starts_on", self.starts)
        self.errors.add_row(form, self.tr("Ends on"), "ends_on", self.ends)
        form.addRow(self.tr("&Objectives"), self.objectives)
        general = QWidget()
        general.setLayout(form)

        self.milestones = _Grid([self.tr("Milestone *"), self.tr("Due"), self.tr("Done on")])
        for column in (1, 2):  # typed 5/6/27, shown 05/06/2027
            self.milestones.setItemDelegateForColumn(column, DateDelegate(self.milestones))
        self.indicators = _Grid(
            [
                self.tr("Indicator *"),
                self.tr("Unit"),
                self.tr("Baseline"),
                self.tr("Target"),
                self.tr("Actual"),
                self.tr("Measured on"),
            ]
        )
        self.indicators.setItemDelegateForColumn(5, DateDelegate(self.indicators))
        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(self._grid_page(self.milestones, "milestones"), self.tr("Milestones"))
        self.tabs.addTab(self._grid_page(self.indicators, "indicators"), self.tr("Indicators"))

        self.buttons = self.make_buttons()
        # Enter in a milestone's or an indicator's cell settles it; it does not save.
        EnterStaysInTables(self, self.milestones, self.indicators)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        if data is not None:
            self._load(data)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.indicators.itemChanged.connect(self._indicator_changed)
        self._initial = self._snapshot()

    def _status_changed(self) -> None:
        """A new status takes effect today unless told otherwise; the status as loaded
        keeps its own day."""
        loaded = self._loaded_status
        if loaded is not None and self.status.currentData() == loaded[0]:
            self.status_since.set_value(loaded[1])
        else:
            self.status_since.set_value(today_local())

    def _indicator_changed(self, item: QTableWidgetItem) -> None:
        """A new actual value is measured today unless its day is typed."""
        if item.column() == 4 and item.text().strip():
            day = self.indicators.item(item.row(), 5)
            if day is not None:
                day.setText(format_date(today_local()))

    def _grid_page(self, grid: _Grid, field: str) -> QWidget:
        page = QWidget()
        add = QPushButton(self.tr("Add row"))
        add.clicked.connect(lambda: grid.add())
        remove = QPushButton(self.tr("Remove row"))
        remove.clicked.connect(grid.remove_current)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch()
        lay = QVBoxLayout(page)
        lay.addWidget(grid)
        lay.addWidget(self.errors.label_for(field, grid))
        lay.addLayout(row)
        return page

    @staticmethod
    def _select(combo: QComboBox, value: int | None) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def _load(self, d: ProjectInput) -> None:
        self._id, self._version = d.id, d.version
        self.milestones.setRowCount(0)
        self.indicators.setRowCount(0)
        self.indicators.blockSignals(True)  # loaded values are no new measurements
        self.status.blockSignals(True)
        self.code.setText(d.code)
        self.title_edit.setText(d.title)
        self._select(self.status, d.status)  # type: ignore[arg-type]
        self._loaded_status = (d.status, d.status_since)
        self.status_since.set_value(d.status_since)
        if d.programme_id is not None and self.programme.findData(d.programme_id) < 0:
            # Its programme is in the trash: keep the link unless another one is chosen.
            self.programme.addItem(self.tr("(a programme in the trash)"), d.programme_id)
        self._select(self.programme, d.programme_id)
        self._select(self.partner, d.partner_id)
        self._select(self.host_unit, d.host_unit_id)
        self.starts.set_value(d.starts_on)
        self.ends.set_value(d.ends_on)
        self.objectives.setPlainText(d.objectives or "")
        for ms in d.milestones:
            self.milestones.add([ms.title, format_date(ms.due_on), format_date(ms.done_on)])
        for ind in d.indicators:
            self.indicators.add(
                [
                    ind.name,
                    ind.unit or "",
                    _num(ind.baseline),
                    _num(ind.target),
                    _num(ind.actual),
                    format_date(ind.measured_on),
                ]
            )
        self.indicators.blockSignals(False)
        self.status.blockSignals(False)

    def _grid_error(self, field: str, row: int, message: str) -> None:
        self.errors.set(
            field, self.tr("Row %1: %2").replace("%1", str(row + 1)).replace("%2", message)
        )
        self.tabs.setCurrentIndex(1 if field == "milestones" else 2)

    def _read_grids(self) -> tuple[list[MilestoneInput], list[IndicatorInput]] | None:
        milestones: list[MilestoneInput] = []
        for r in self.milestones.filled_rows():
            try:
                due = parse_date(self.milestones.cell(r, 1))
                done = parse_date(self.milestones.cell(r, 2))
            except ValueError:
                texts = [self.milestones.cell(r, c) for c in (1, 2)]
                problem = next(p for p in map(date_problem, texts) if p)
                self._grid_error("milestones", r, problem)
                return None
            milestones.append(MilestoneInput(self.milestones.cell(r, 0), due, done))
        indicators: list[IndicatorInput] = []
        for r in self.indicators.filled_rows():
            nums: list[float | None] = []
            for c in (2, 3, 4):
                text = self.indicators.cell(r, c)
                try:
                    nums.append(parse_number(text, labels.number_marks()[0]))
                except ValueError:
                    header = self.indicators.horizontalHeaderItem(c)
                    self._grid_error(
                        "indicators",
                        r,
                        labels.arg(
                            self.tr("%1 “%2” is not a number; write it as %3 or %4."),
                            header.text() if header is not None else "",
                            text.strip(),
                            labels.fmt_number(1500000),
                            labels.fmt_number(1234.5),
                        ),
                    )
                    return None
            baseline, target, actual = nums
            try:
                measured = parse_date(self.indicators.cell(r, 5))
            except ValueError:
                self._grid_error("indicators", r, date_problem(self.indicators.cell(r, 5)))
                return None
            indicators.append(
                IndicatorInput(
                    self.indicators.cell(r, 0),
                    self.indicators.cell(r, 1),
                    baseline,
                    target,
                    actual,
                    measured,
                )
            )
        return milestones, indicators

    def value(
        self, milestones: list[MilestoneInput], indicators: list[IndicatorInput]
    ) -> ProjectInput:
        return ProjectInput(
            id=self._id,
            version=self._version,
            code=self.code.text(),
            title=self.title_edit.text(),
            status=self.status.currentData(),
            status_since=self.status_since.value(),
            programme_id=self.programme.currentData(),
            partner_id=self.partner.currentData(),
            host_unit_id=self.host_unit.currentData(),
            starts_on=self.starts.value(),
            ends_on=self.ends.value(),
            objectives=self.objectives.toPlainText(),
            milestones=milestones,
            indicators=indicators,
        )

    def _snapshot(self) -> list[object]:
        """Everything the form shows, to tell whether it was changed."""
        cells = [
            grid.cell(r, c)
            for grid in (self.milestones, self.indicators)
            for r in range(grid.rowCount())
            for c in range(grid.columnCount())
        ]
        return [self.value([], []), cells]

    def is_dirty(self) -> bool:
        return self._snapshot() != self._initial

    def record_title(self) -> str:
        return self.code.text()

    def _resolve(self, error: RecordChangedError, data: ProjectInput) -> ProjectInput | None:
        """The project to save after a collision, or None to stay in the form."""
        choice = ask_about_conflict(self, error)
        if choice is Resolution.RELOAD:
            fresh = get_project(self._store, self._id) if self._id else None
            if fresh is not None:
                self._load(fresh.project)
                self.reloaded = fresh.project
                self._initial = self._snapshot()
            return None
        if choice is Resolution.COPY:
            data.id = data.version = None
            data.title = data.title.strip() + copy_suffix()
            return data  # codes are unique: the copy needs a code of its own
        return None

    def save(self) -> None:
        self.errors.clear()
        if refuse_bad_dates(self):
            return
        grids = self._read_grids()
        if grids is None:
            return
        data = self.value(*grids)
        try:
            try:
                self.saved_id = save_project(self._store, data)
            except RecordChangedError as error:
                copy = self._resolve(error, data)
                if copy is None:
                    return
                self._id = self._version = None  # the form now holds a new project
                self.setWindowTitle(self.tr("New project"))
                self.code.clear()
                self.title_edit.setText(copy.title)
                self.errors.set("code", self.tr("Give the copy a code of its own, then save."))
                self.code.setFocus()
                return
        except ValidationError as failure:
            grid_errors = [e for e in failure.errors if "." in e.field]
            self.errors.show(ValidationError([e for e in failure.errors if "." not in e.field]))
            if grid_errors and len(grid_errors) == len(failure.errors):
                field, index, _ = grid_errors[0].field.split(".")
                grid = self.milestones if field == "milestones" else self.indicators
                row = grid.filled_rows()[int(index)]  # blank rows are skipped when saving
                self._grid_error(field, row, labels.problem(grid_errors[0].problem))
            else:
                self.tabs.setCurrentIndex(0)
            return
        except StoreError as exc:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("The project could not be saved: %1").replace("%1", in_use_error_text(exc)),
            )
            return
        self.accept()
