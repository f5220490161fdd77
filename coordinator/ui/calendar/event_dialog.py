"""The event editor: kind, title, time, repetition, place, links and participants.

Conflicts and warnings are checked while the coordinator types and shown under
the form; saving over a double booking asks for a reason, which is kept.
"""

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coordinator.db.errors import StoreError
from coordinator.db.queries.actions import ActionRow, open_items_for
from coordinator.db.queries.common import Choice
from coordinator.db.queries.events import (
    EventInput,
    detach_occurrence,
    get_event,
    save_event,
    stored_times,
    validate_event,
)
from coordinator.db.queries.rooms import RoomChoice
from coordinator.db.queries.scheduling import ConflictError, check_event, names_for
from coordinator.db.store import Store
from coordinator.db.versions import RecordChangedError
from coordinator.domain.enums import EventKind, EventStatus
from coordinator.domain.scheduling import Findings
from coordinator.domain.text import fold, words
from coordinator.domain.validation import FieldError, Problem, ValidationError
from coordinator.text import labels
from coordinator.text.errors import in_use_error_text
from coordinator.text.findings import Names, conflict_text, warning_text
from coordinator.text.html import esc
from coordinator.ui.calendar.place_combo import PlaceCombo
from coordinator.ui.calendar.recurrence_edit import RecurrenceEdit
from coordinator.ui.calendar.style import holiday_language
from coordinator.ui.common.combo import choice_combo
from coordinator.ui.common.dates import DateTimeEdit, refuse_bad_dates
from coordinator.ui.common.editor import RecordEditor
from coordinator.ui.common.forms import FieldErrors
from coordinator.ui.common.guard import Resolution, ask_about_conflict, copy_suffix
from coordinator.ui.minutes.dialog import open_minutes


class EventChoices:
    """The lists an event editor offers, read once per opening."""

    def __init__(
        self,
        projects: list[Choice],
        partners: list[Choice],
        units: list[Choice],
        people: list[Choice],
        rooms: list[RoomChoice] | None = None,
    ) -> None:
        self.projects = projects
        self.partners = partners
        self.units = units
        self.people = people
        self.rooms = rooms or []


class EventDialog(RecordEditor):
    entity = "event"

    def __init__(
        self,
        store: Store,
        data: EventInput,
        choices: EventChoices,
        parent: QWidget | None,
        occurrence: date | None = None,
    ) -> None:
        super().__init__(store, data.id, parent)
        self._version = data.version
        self._occurrence = occurrence  # editing one day of the series ``data.id``
        self._series_id = data.series_id
        self._uid = data.uid
        self._reason = data.override_reason
        self.saved_id: int | None = None
        self.findings = Findings()
        if occurrence is not None:
            self.setWindowTitle(
                labels.arg(self.tr("Edit the occurrence of %1"), labels.fmt_date(occurrence))
            )
        else:
            self.setWindowTitle(self.tr("Edit event") if self._id else self.tr("New event"))
        self.setMinimumSize(900, 600)
        self.errors = FieldErrors()
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(200)
        self._check_timer.timeout.connect(self.refresh_findings)

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
        # The place: one of the rooms (type "phong hop" to find it) or free text.
        self.place = PlaceCombo(choices.rooms)
        self.place.setToolTip(
            self.tr("Type to find a room, diacritics optional; or write any other place")
        )
        location = self.place.lineEdit()
        assert location is not None
        self.location = location
        self.location.setPlaceholderText(self.tr("A room, or any place"))
        self.place_hint = QLabel()
        self.place_hint.setObjectName("place_hint")
        self.place_hint.setStyleSheet("color: palette(mid);")
        self.place_hint.setWordWrap(True)
        self.location.textChanged.connect(lambda _t: self._show_place_hint())
        self.status = QComboBox()
        for st in EventStatus:
            self.status.addItem(labels.event_status(st), st.value)
        self.project = choice_combo(choices.projects, self.tr("(no project)"))
        self.partner = choice_combo(choices.partners, self.tr("(no partner)"))
        self.host_unit = choice_combo(choices.units, self.tr("(no host unit)"))
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
        self.notes.setFixedHeight(80)
        self.recurrence = RecurrenceEdit()
        self.recurrence.setVisible(occurrence is None)
        self.findings_label = QLabel()
        self.findings_label.setObjectName("findings")
        self.findings_label.setWordWrap(True)
        self.findings_label.setTextFormat(Qt.TextFormat.RichText)
        self.findings_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        findings_scroll = QScrollArea()
        findings_scroll.setWidgetResizable(True)
        findings_scroll.setWidget(self.findings_label)
        findings_scroll.setMinimumHeight(90)

        time_row = QHBoxLayout()
        time_row.addWidget(self.starts, 1)
        time_row.addWidget(self.all_day)
        form = QFormLayout()
        form.addRow(self.tr("&Kind"), self.kind)
        self.errors.add_row(form, self.tr("&Title *"), "title", self.title_edit)
        starts_box = QWidget()
        starts_box.setLayout(time_row)
        time_row.setContentsMargins(0, 0, 0, 0)
        self.errors.add_row(form, self.tr("&Starts"), "starts", starts_box)
        self.errors.add_row(form, self.tr("&Ends"), "ends", self.ends)
        if occurrence is None:
            self.errors.add_row(form, self.tr("&Repeat"), "recurrence", self.recurrence)
        place_box = QWidget()
        place_layout = QVBoxLayout(place_box)
        place_layout.setContentsMargins(0, 0, 0, 0)
        place_layout.setSpacing(2)
        place_layout.addWidget(self.place)
        place_layout.addWidget(self.place_hint)
        form.addRow(self.tr("&Location"), place_box)
        form.addRow(self.tr("Stat&us"), self.status)
        form.addRow(self.tr("&Project"), self.project)
        form.addRow(self.tr("P&artner"), self.partner)
        form.addRow(self.tr("&Host unit"), self.host_unit)
        side = QFormLayout()
        people_box = QVBoxLayout()
        people_box.addWidget(self.people_filter)
        people_box.addWidget(self.people)
        people_widget = QWidget()
        people_box.setContentsMargins(0, 0, 0, 0)
        people_widget.setLayout(people_box)
        side.addRow(self.tr("Pa&rticipants"), people_widget)
        side.addRow(self.tr("N&otes"), self.notes)
        # A new meeting with the same partner or project: offer what is still open.
        self.open_items = QLabel()
        self.open_items.setObjectName("open_items")
        self.open_items.setWordWrap(True)
        self.open_items.linkActivated.connect(lambda _l: self.add_open_items())
        self.open_items.hide()
        self._open_rows: list[ActionRow] = []
        side.addRow("", self.open_items)
        columns = QHBoxLayout()
        columns.addLayout(form, 3)
        columns.addLayout(side, 2)

        self.buttons = self.make_buttons()
        if data.id is not None and not data.rrule and occurrence is None:
            minutes = self.buttons.addButton(
                self.tr("Record &minutes…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            minutes.setToolTip(self.tr("Attendance, conclusions and action items of this event"))
            minutes.clicked.connect(self.record_minutes)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        heading = QLabel(self.tr("Scheduling checks"))
        heading.setStyleSheet("font-weight: bold;")
        layout.addWidget(heading)
        layout.addWidget(findings_scroll)
        layout.addWidget(self.buttons)
        self._load(data)
        self._initial = self._snapshot()
        for signal in (
            self.starts.dateTimeChanged,
            self.ends.dateTimeChanged,
            self.all_day.toggled,
            self.location.textChanged,
            self.status.currentIndexChanged,
            self.project.currentIndexChanged,
            self.host_unit.currentIndexChanged,
            self.people.itemChanged,
            self.recurrence.changed,
        ):
            signal.connect(self._schedule_check)
        self.recurrence.frequency.currentIndexChanged.connect(
            lambda _i: self.recurrence.default_weekday(self.starts.value().date())
        )
        self.host_unit.currentIndexChanged.connect(lambda _i: self._show_place_hint())
        self.refresh_findings()
        if data.id is None:
            self.project.currentIndexChanged.connect(lambda _i: self.offer_open_items())
            self.partner.currentIndexChanged.connect(lambda _i: self.offer_open_items())
            self.offer_open_items()
        self.title_edit.setFocus()

    def offer_open_items(self) -> None:
        self._open_rows = open_items_for(
            self._store, self.partner.currentData(), self.project.currentData()
        )
        if not self._open_rows:
            self.open_items.hide()
            return
        self.open_items.setText(
            labels.arg(
                self.tr(
                    "%1 action items are still open with this partner or project. "
                    "<a href='add'>Add them to the agenda</a>"
                ),
                len(self._open_rows),
            )
        )
        self.open_items.show()

    def add_open_items(self) -> None:
        """Append the open action items to the notes, as the new meeting's agenda."""
        lines = [self.tr("Open action items to follow up:")]
        for r in self._open_rows:
            extra = ", ".join(x for x in (r.owner, labels.fmt_date(r.due_on)) if x)
            lines.append(f"- {r.text}" + (f" ({extra})" if extra else ""))
        current = self.notes.toPlainText().rstrip()
        self.notes.setPlainText((current + "\n\n" if current else "") + "\n".join(lines))
        self.open_items.hide()

    def record_minutes(self) -> None:
        if self._id is None:
            return
        dialog = open_minutes(self._store, self._id, self)
        if dialog is not None:
            dialog.exec()

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
        self.place.set_place(d.location, d.room_id)
        self._show_place_hint()
        self._select(self.status, d.status)
        self._select(self.project, d.project_id)
        self._select(self.partner, d.partner_id)
        self._select(self.host_unit, d.host_unit_id)
        chosen = set(d.participant_ids)
        for i in range(self.people.count()):
            item = self.people.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.notes.setPlainText(d.notes or "")
        self.recurrence.set_value(d.rrule, d.skipped, d.starts.date())

    def _show_place_hint(self) -> None:
        """Under the place: which room it is, or that it is not one of the rooms."""
        location, room_id = self.place.place(self.host_unit.currentData())
        room = next((r for r in self.place.rooms() if r.id == room_id), None)
        if room is not None:
            parts = [self.tr("Room")]
            if room.host_unit:
                parts.append(room.host_unit)
            if room.capacity:
                parts.append(labels.arg(self.tr("%1 seats"), labels.fmt_count(room.capacity)))
            self.place_hint.setText(" · ".join(parts))
        elif room_id is not None:
            self.place_hint.setText(self.tr("Room (no longer in the list of rooms)"))
        elif location:
            self.place_hint.setText(self.tr("Not one of the rooms: checked by its text"))
        else:
            self.place_hint.setText("")
        self.place_hint.setVisible(bool(self.place_hint.text()))

    def _end_moved(self) -> None:
        length = self.ends.value() - self.starts.value()
        if length > timedelta(0):
            self._duration = length

    def _filter_people(self, text: str) -> None:
        typed = words(text)  # every word typed, diacritics folded ("nguyen an")
        for i in range(self.people.count()):
            item = self.people.item(i)
            key = item.data(Qt.ItemDataRole.UserRole + 1)
            item.setHidden(not all(w in key for w in typed))

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
        location, room_id = self.place.place(self.host_unit.currentData())
        return EventInput(
            id=self._id,
            version=self._version,
            kind=self.kind.currentData(),
            title=self.title_edit.text(),
            starts=self.starts.value(),
            ends=self.ends.value(),
            all_day=self.all_day.isChecked(),
            location=location,
            room_id=room_id,
            status=self.status.currentData(),
            project_id=self.project.currentData(),
            partner_id=self.partner.currentData(),
            host_unit_id=self.host_unit.currentData(),
            notes=self.notes.toPlainText(),
            participant_ids=participants,
            rrule=self.recurrence.rule() if self._occurrence is None else None,
            skipped=self.recurrence.skipped_dates() if self._occurrence is None else [],
            override_reason=self._reason,
            series_id=self._series_id,
            uid=self._uid,
        )

    def _schedule_check(self, *_args: object) -> None:
        self._check_timer.start()

    def refresh_findings(self) -> None:
        """Check the event as it stands in the form and list what is wrong with it."""
        self._check_timer.stop()
        try:
            # The checks look at the time, people and place, not the title: a new event
            # (no title yet) on a holiday says so as soon as the editor opens.
            data = replace(self.value(), title="-")
            validate_event(data)
        except (ValueError, ValidationError):
            self.findings = Findings()
            self.findings_label.setText(self.tr("(the checks run once the times are valid)"))
            return
        self.findings = check_event(self._store, data, holiday_language())
        self.findings_label.setText(findings_html(self._store, self.findings))

    def _snapshot(self) -> EventInput | None:
        try:
            return self.value()
        except ValueError:  # a repetition rule half typed
            return None

    def is_dirty(self) -> bool:
        return self._snapshot() != self._initial

    def record_title(self) -> str:
        return self.title_edit.text()

    def _resolve(self, error: RecordChangedError, data: EventInput) -> bool:
        """After a collision: True to save ``data`` (now a copy), False to stay in the form."""
        choice = ask_about_conflict(self, error)
        if choice is Resolution.RELOAD:
            fresh = get_event(self._store, self._id) if self._id else None
            if fresh is not None:
                self._version = fresh.version
                self._load(fresh)
                self._initial = self._snapshot()
                self.reloaded = stored_times(fresh)
            return False
        if choice is Resolution.COPY:
            data.id = data.version = data.uid = data.series_id = None
            data.title = data.title.strip() + copy_suffix()
            return True
        return False

    def save(self) -> None:
        self.errors.clear()
        if refuse_bad_dates(self):
            return
        try:
            data = self.value()
        except ValueError:
            self.errors.show(ValidationError([FieldError("recurrence", Problem.FORMAT)]))
            return
        try:
            validate_event(data)
            self.refresh_findings()
            if self.findings.blocking:
                dialog = OverrideDialog(
                    findings_html(self._store, self.findings), self._reason, self
                )
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return
                data.override_reason = self._reason = dialog.reason()
            else:
                data.override_reason = None
            if self._occurrence is not None and self._id is not None:
                self.saved_id = detach_occurrence(self._store, self._id, self._occurrence, data)
            else:
                try:
                    self.saved_id = save_event(self._store, data)
                except RecordChangedError as error:
                    if not self._resolve(error, data):
                        return
                    self.saved_id = save_event(self._store, data)
        except ValidationError as failure:
            for orphan in self.errors.show(failure):
                QMessageBox.warning(self, self.windowTitle(), orphan)
            return
        except ConflictError:  # someone booked the slot since the last check
            self.refresh_findings()
            return
        except StoreError as exc:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("The event could not be saved: %1").replace("%1", in_use_error_text(exc)),
            )
            return
        self.accept()


def findings_html(store: Store, findings: Findings) -> str:
    """The findings as a list for the editor: double bookings first, then warnings."""
    if not findings:
        ok = QCoreApplication.translate(
            "EventDialog", "No double booking, and the time suits everyone."
        )
        return f'<span style="color:#1b5e20;">✔ {esc(ok)}</span>'
    people, units, office = names_for(store, [findings])
    names = Names(people, units, office)
    lines = [
        f'<li style="color:#b00020;">✖ {esc(text)}</li>'
        for text in _unique(conflict_text(c, names) for c in findings.conflicts)
    ]
    lines += [
        f'<li style="color:#8a5a00;">⚠ {esc(text)}</li>'
        for text in _unique(warning_text(w, names) for w in findings.warnings)
    ]
    return "<ul style='margin:0;'>" + "".join(lines) + "</ul>"


def _unique(texts: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(texts))


class OverrideDialog(QDialog):
    """Asks why an event should be saved although it double-books someone."""

    def __init__(self, findings: str, reason: str | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save despite the double booking?"))
        intro = QLabel(
            self.tr(
                "This event clashes with other bookings. To save it anyway, write why; "
                "the reason is kept with the event."
            )
        )
        intro.setWordWrap(True)
        shown = QLabel(findings)
        shown.setWordWrap(True)
        self.reason_edit = QPlainTextEdit(reason or "")
        self.reason_edit.setPlaceholderText(self.tr("e.g. The expert agreed to two sessions"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save anyway"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(self._enable)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(shown)
        layout.addWidget(QLabel(self.tr("&Reason:")))
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.buttons)
        self._enable()
        self.reason_edit.setFocus()

    def _enable(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        ok.setEnabled(bool(self.reason().strip()))

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()


def new_event_input(start: datetime) -> EventInput:
    return EventInput(
        kind=EventKind.CONSULTATION, title="", starts=start, ends=start + timedelta(hours=1)
    )
