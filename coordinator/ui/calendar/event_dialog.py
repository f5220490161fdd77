"""The event editor: kind, title, time, place, links and participants."""

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from coordinator.db.queries.common import Choice
from coordinator.db.queries.events import EventInput, save_event
from coordinator.db.store import Store
from coordinator.domain.enums import EventKind, EventStatus
from coordinator.domain.text import fold
from coordinator.domain.validation import ValidationError
from coordinator.ui import labels
from coordinator.ui.common.dates import DateTimeEdit
from coordinator.ui.common.forms import FieldErrors


class EventChoices:
    """The lists an event editor offers, read once per opening."""

    def __init__(
        self,
        projects: list[Choice],
        partners: list[Choice],
        units: list[Choice],
        people: list[Choice],
    ) -> None:
        self.projects = projects
        self.partners = partners
        self.units = units
        self.people = people


class EventDialog(QDialog):
    def __init__(
        self,
        store: Store,
        data: EventInput,
        choices: EventChoices,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._id = data.id
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit event") if self._id else self.tr("New event"))
        self.setMinimumSize(620, 600)
        self.errors = FieldErrors()

        self.kind = QComboBox()
        for kind in EventKind:
            self.kind.addItem(labels.event_kind(kind), kind.value)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Consultation on the open data platform"))
        self.all_day = QCheckBox(self.tr("All day"))
        self.starts = DateTimeEdit()
        self.ends = DateTimeEdit()
        self._duration = timedelta(hours=1)
        # Moving the start moves the end with it, as calendar programs do.
        self.starts.dateTimeChanged.connect(
            lambda _dt: self.ends.set_value(self.starts.value() + self._duration)
        )
        self.ends.dateTimeChanged.connect(self._end_moved)
        self.location = QLineEdit()
        self.status = QComboBox()
        for st in EventStatus:
            self.status.addItem(labels.event_status(st), st.value)
        self.project = self._combo(choices.projects, self.tr("(no project)"))
        self.partner = self._combo(choices.partners, self.tr("(no partner)"))
        self.host_unit = self._combo(choices.units, self.tr("(no host unit)"))
        self.people_filter = QLineEdit()
        self.people_filter.setPlaceholderText(self.tr("Find a person…"))
        self.people_filter.setClearButtonEnabled(True)
        self.people_filter.textChanged.connect(self._filter_people)
        self.people = QListWidget()
        for c in choices.people:
            item = QListWidgetItem(c.name)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, fold(c.name))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.people.addItem(item)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)

        time_row = QHBoxLayout()
        time_row.addWidget(self.starts, 1)
        time_row.addWidget(self.all_day)
        form = QFormLayout()
        form.addRow(self.tr("&Kind"), self.kind)
        self.errors.add_row(form, self.tr("&Title *"), "title", self.title_edit)
        starts_box = QWidget()
        starts_box.setLayout(time_row)
        time_row.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Starts"), starts_box)
        self.errors.add_row(form, self.tr("&Ends"), "ends", self.ends)
        form.addRow(self.tr("&Location"), self.location)
        form.addRow(self.tr("Stat&us"), self.status)
        form.addRow(self.tr("&Project"), self.project)
        form.addRow(self.tr("P&artner"), self.partner)
        form.addRow(self.tr("&Host unit"), self.host_unit)
        people_box = QVBoxLayout()
        people_box.addWidget(self.people_filter)
        people_box.addWidget(self.people)
        people_widget = QWidget()
        people_box.setContentsMargins(0, 0, 0, 0)
        people_widget.setLayout(people_box)
        form.addRow(self.tr("Pa&rticipants"), people_widget)
        form.addRow(self.tr("N&otes"), self.notes)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._load(data)
        self.title_edit.setFocus()

    @staticmethod
    def _combo(choices: list[Choice], none_text: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(none_text, None)
        for c in choices:
            combo.addItem(c.name, c.id)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setMinimumContentsLength(30)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def _load(self, d: EventInput) -> None:
        self._select(self.kind, d.kind)
        self.title_edit.setText(d.title)
        self.all_day.setChecked(d.all_day)
        self._duration = max(d.ends - d.starts, timedelta(minutes=30))
        self.starts.set_value(d.starts)
        self.ends.set_value(d.ends)
        self.location.setText(d.location or "")
        self._select(self.status, d.status)
        self._select(self.project, d.project_id)
        self._select(self.partner, d.partner_id)
        self._select(self.host_unit, d.host_unit_id)
        chosen = set(d.participant_ids)
        for i in range(self.people.count()):
            item = self.people.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in chosen:
                item.setCheckState(Qt.CheckState.Checked)
        self.notes.setPlainText(d.notes or "")

    def _end_moved(self) -> None:
        length = self.ends.value() - self.starts.value()
        if length > timedelta(0):
            self._duration = length

    def _filter_people(self, text: str) -> None:
        key = fold(text)
        for i in range(self.people.count()):
            item = self.people.item(i)
            item.setHidden(key not in item.data(Qt.ItemDataRole.UserRole + 1))

    def check_person(self, person_id: int) -> None:
        for i in range(self.people.count()):
            item = self.people.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == person_id:
                item.setCheckState(Qt.CheckState.Checked)

    def value(self) -> EventInput:
        participants = [
            self.people.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.people.count())
            if self.people.item(i).checkState() == Qt.CheckState.Checked
        ]
        return EventInput(
            id=self._id,
            kind=self.kind.currentData(),
            title=self.title_edit.text(),
            starts=self.starts.value(),
            ends=self.ends.value(),
            all_day=self.all_day.isChecked(),
            location=self.location.text(),
            status=self.status.currentData(),
            project_id=self.project.currentData(),
            partner_id=self.partner.currentData(),
            host_unit_id=self.host_unit.currentData(),
            notes=self.notes.toPlainText(),
            participant_ids=participants,
        )

    def save(self) -> None:
        self.errors.clear()
        try:
            self.saved_id = save_event(self._store, self.value())
        except ValidationError as failure:
            for orphan in self.errors.show(failure):
                QMessageBox.warning(self, self.windowTitle(), orphan)
            return
        except SQLAlchemyError as exc:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("The event could not be saved: %1").replace("%1", str(exc)),
            )
            return
        self.accept()


def new_event_input(start: datetime) -> EventInput:
    return EventInput(
        kind=EventKind.CONSULTATION, title="", starts=start, ends=start + timedelta(hours=1)
    )
