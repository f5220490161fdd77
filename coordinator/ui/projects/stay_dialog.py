"""The stay editor (Phân công): who comes to which project, arriving and leaving when."""

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from coordinator.db.errors import StoreError
from coordinator.db.queries.assignments import (
    AssignmentInput,
    get_assignment,
    outside_project,
    save_assignment,
)
from coordinator.db.queries.people import volunteer_choices
from coordinator.db.queries.projects import project_choices
from coordinator.db.store import Store
from coordinator.db.versions import RecordChangedError
from coordinator.domain.validation import Problem, ValidationError
from coordinator.text import labels
from coordinator.text.errors import in_use_error_text
from coordinator.ui.common.combo import choice_combo, select_data
from coordinator.ui.common.dates import OptionalDateEdit, refuse_bad_dates
from coordinator.ui.common.editor import RecordEditor
from coordinator.ui.common.forms import FieldErrors


class AssignmentDialog(RecordEditor):
    entity = "assignment"

    def __init__(
        self,
        store: Store,
        data: AssignmentInput | None,
        parent: QWidget | None,
        *,
        person_id: int | None = None,
        project_id: int | None = None,
    ) -> None:
        """A new stay (``data`` None) starts with ``person_id`` and ``project_id`` chosen."""
        super().__init__(store, data.id if data else None, parent)
        self._version = data.version if data else None
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit stay") if self._id else self.tr("New stay"))
        self.setMinimumWidth(560)
        self.errors = FieldErrors()
        self.person = choice_combo(volunteer_choices(store), self.tr("(choose a person)"), 36)
        self.project = choice_combo(project_choices(store), self.tr("(choose a project)"), 36)
        self.arrives = OptionalDateEdit()
        self.departs = OptionalDateEdit()
        self.role = QLineEdit()
        self.role.setPlaceholderText(self.tr("e.g. Chuyên gia tư vấn dữ liệu"))
        self.warning = QLabel()
        self.warning.setObjectName("stay_warning")
        self.warning.setStyleSheet("color: #8a5a00;")
        self.warning.setWordWrap(True)
        self.warning.hide()
        form = QFormLayout()
        self.errors.add_row(form, self.tr("&Person *"), "person_id", self.person)
        self.errors.add_row(form, self.tr("P&roject *"), "project_id", self.project)
        self.errors.add_row(form, self.tr("&Arrives on"), "arrives_on", self.arrives)
        self.errors.add_row(form, self.tr("&Departs on"), "departs_on", self.departs)
        self.errors.add_row(form, self.tr("R&ole"), "role", self.role)
        self.buttons = self.make_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        self._load(data or AssignmentInput(person_id, project_id))
        self._initial = self.value()
        for edit in (self.arrives, self.departs):
            edit.dateChanged.connect(lambda _d: self.update_warning())
        self.project.currentIndexChanged.connect(lambda _i: self.update_warning())
        self.update_warning()

    def _load(self, data: AssignmentInput) -> None:
        self._id, self._version = data.id, data.version
        select_data(self.person, data.person_id)
        select_data(self.project, data.project_id)
        self.arrives.set_value(data.arrives_on)
        self.departs.set_value(data.departs_on)
        self.role.setText(data.role or "")

    def choose_person(self, person_id: int | None) -> None:
        select_data(self.person, person_id)

    def choose_project(self, project_id: int | None) -> None:
        select_data(self.project, project_id)

    def value(self) -> AssignmentInput:
        return AssignmentInput(
            id=self._id,
            version=self._version,
            person_id=self.person.currentData(),
            project_id=self.project.currentData(),
            arrives_on=self.arrives.value(),
            departs_on=self.departs.value(),
            role=self.role.text(),
        )

    def update_warning(self) -> None:
        """Say (without refusing) when the stay reaches outside the project's dates."""
        period = outside_project(self._store, self.value())
        if period is None:
            self.warning.hide()
            self.warning.clear()
            return
        self.warning.setText(
            labels.arg(
                self.tr("⚠ This stay reaches outside the project's dates (%1). It can be saved."),
                labels.fmt_period(period.starts_on, period.ends_on),
            )
        )
        self.warning.show()

    def warning_text(self) -> str:
        return "" if self.warning.isHidden() else self.warning.text()

    def is_dirty(self) -> bool:
        return self.value() != self._initial

    def record_title(self) -> str:
        return f"{self.person.currentText()} – {self.project.currentText()}"

    def _resolve(self, error: RecordChangedError) -> AssignmentInput | None:
        """The record to save after a collision, or None to stay in the form."""
        return self.resolve_collision(
            error, lambda i: get_assignment(self._store, i), self._load, self.value
        )

    def save(self) -> None:
        self.errors.clear()
        if refuse_bad_dates(self):
            return
        try:
            try:
                self.saved_id = save_assignment(self._store, self.value())
            except RecordChangedError as error:
                copy = self._resolve(error)
                if copy is None:
                    return
                self.saved_id = save_assignment(self._store, copy)
        except ValidationError as failure:
            self.errors.show(failure)
            if any(
                e.field == "arrives_on" and e.problem == Problem.DUPLICATE for e in failure.errors
            ):
                self.errors.set(
                    "arrives_on",
                    self.tr("This person already stays on this project over some of these days."),
                )
            return
        except StoreError as exc:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("The stay could not be saved: %1").replace("%1", in_use_error_text(exc)),
            )
            return
        self.accept()
