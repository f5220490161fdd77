"""The minutes editor: attendance, summary, decisions, action items, attachments, history.

It edits a ``MinutesInput`` and writes it in one transaction; a failed save keeps
everything typed. A final record opens read-only until "Reopen"; printing and
exporting work from what the form shows.
"""

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coordinator.db.attachments import (
    MAX_BYTES,
    AttachmentError,
    AttachmentInput,
    store_file,
    stored_path,
)
from coordinator.db.errors import StoreError
from coordinator.db.queries import register
from coordinator.db.queries.minutes import (
    ActionInput,
    AttendeeInput,
    DecisionInput,
    MinutesFinalError,
    MinutesInput,
    Owner,
    load_minutes,
    minutes_history,
    owner_choices,
    save_minutes,
    set_final,
    walk_in,
)
from coordinator.db.queries.register import IssuedNumber
from coordinator.db.store import Store
from coordinator.db.versions import RecordChangedError
from coordinator.domain.enums import Attendance, TaskStatus
from coordinator.domain.register import DocumentType, minutes_key
from coordinator.domain.validation import ValidationError
from coordinator.reports import minutes as document
from coordinator.reports.common import page_layout
from coordinator.text import labels
from coordinator.text.errors import in_use_error_text, write_error_text
from coordinator.text.html import esc
from coordinator.ui.common.combo import choice_combo, finder_of, items_combo, select_data
from coordinator.ui.common.dates import OptionalDateEdit
from coordinator.ui.common.guard import Resolution, ask_about_conflict, refuse_writing
from coordinator.ui.common.views import EnterStaysInTables, one_line, select_row
from coordinator.ui.register import issuing

NAME, ORG, PRESENCE, DEPUTY = range(4)
TEXT, OWNER, DUE, STATUS = range(4)


def _cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    if item is None:  # a cell the user cleared: give it back an empty item
        item = QTableWidgetItem("")
        table.setItem(row, column, item)
    return item


def _page(view: QWidget, *controls: QWidget | None) -> QWidget:
    """A tab of the editor: a list or table above a row of controls (None: a stretch)."""
    row = QHBoxLayout()
    for control in controls:
        if control is None:
            row.addStretch()
        else:
            row.addWidget(control)
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(view)
    layout.addLayout(row)
    return page


def _size(n: int) -> str:
    mb, kb = labels.fmt_number(n / 1024 / 1024, 1), labels.fmt_count(max(1, n // 1024))
    return f"{mb} MB" if n >= 1024 * 1024 else f"{kb} KB"


class MinutesDialog(QDialog):
    def __init__(self, store: Store, data: MinutesInput, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._data = data
        self.saved_id: int | None = data.id
        self.changed = False  # something was written: the caller refreshes
        self._dates_said = False  # the error line names unreadable due dates
        self.setWindowTitle(labels.arg(self.tr("Minutes – %1"), data.event.title))
        self.resize(900, 680)
        people, units = owner_choices(store)
        self._people, self._units = people, units

        self.event_label = QLabel()
        self.event_label.setWordWrap(True)
        self.state_label = QLabel()
        self.chair = choice_combo(people, self.tr("(not set)"), 24)
        self.secretary = choice_combo(people, self.tr("(not set)"), 24)
        self.place = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Chair:"), self.chair)
        form.addRow(self.tr("Secretary:"), self.secretary)
        form.addRow(self.tr("Place:"), self.place)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._attendance_page(), self.tr("Attendance"))
        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText(self.tr("What was presented and discussed"))
        self.tabs.addTab(self.summary, self.tr("Content"))
        self.tabs.addTab(self._decisions_page(), self.tr("Conclusions"))
        self.tabs.addTab(self._actions_page(), self.tr("Action items"))
        self.tabs.addTab(self._attachments_page(), self.tr("Attachments"))
        self.history = QTableWidget(0, 4)
        one_line(self.history)
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("By"), self.tr("What"), self.tr("Changes")]
        )
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.history.verticalHeader().hide()
        self.tabs.addTab(self.history, self.tr("History"))

        self.errors = QLabel()
        self.errors.setStyleSheet("color: #b00020;")
        self.errors.setWordWrap(True)
        self.errors.hide()
        self.notice = QLabel()
        self.notice.setStyleSheet("color: #1b5e20;")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save the minutes and close (Ctrl+S)"))
        self.final_button = QPushButton()
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("Preview and print the minutes (Ctrl+P)"))
        self.pdf_button = QPushButton(self.tr("Export P&DF…"))
        self.docx_button = QPushButton(self.tr("Export &Word…"))
        self.issue_button = QPushButton(issuing.action_text())
        self.issue_button.setToolTip(issuing.action_tip())
        for b in (
            self.final_button,
            self.print_button,
            self.pdf_button,
            self.docx_button,
            self.issue_button,
        ):
            self.buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.final_button.clicked.connect(self.toggle_final)
        self.print_button.clicked.connect(self.print_preview)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.docx_button.clicked.connect(lambda: self.export("docx"))
        self.issue_button.clicked.connect(self.issue_and_save)
        if store.read_only:
            refuse_writing(self.issue_button)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_preview)

        layout = QVBoxLayout(self)
        layout.addWidget(self.event_label)
        layout.addWidget(self.state_label)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.errors)
        layout.addWidget(self.notice)
        layout.addWidget(self.buttons)
        # Enter in a cell (a due date, an owner, a deputy's name) settles that cell only.
        EnterStaysInTables(self, self.attendee_table, self.action_table)
        self._fill(data)
        issued = register.find(store, DocumentType.MINUTES, minutes_key(data.event.id))
        if issued is not None:
            self.notice.setText(issuing.issued_text(store, issued))

    # --- pages -------------------------------------------------------------------
    def _attendance_page(self) -> QWidget:
        self.attendee_table = QTableWidget(0, 4)
        one_line(self.attendee_table)
        self.attendee_table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Organisation"),
                self.tr("Presence"),
                self.tr("Represented by"),
            ]
        )
        self.attendee_table.horizontalHeader().setSectionResizeMode(
            NAME, QHeaderView.ResizeMode.Stretch
        )
        self.attendee_table.horizontalHeader().setSectionResizeMode(
            ORG, QHeaderView.ResizeMode.Stretch
        )
        self.attendee_table.verticalHeader().hide()
        self.guest_combo = choice_combo(self._people, self.tr("Type a name…"), 24)
        finder = finder_of(self.guest_combo)
        if finder is not None:
            finder.strict = False  # a new name typed is a walk-in
        self.guest_combo.setToolTip(
            self.tr("Someone who came without an invitation: choose them, or type a new name")
        )
        self.add_guest_button = QPushButton(self.tr("Add attendee"))
        self.add_guest_button.clicked.connect(self.add_guest)
        self.remove_guest_button = QPushButton(self.tr("Remove"))
        self.remove_guest_button.setToolTip(
            self.tr("Only people who were not invited can be removed; mark the invited absent")
        )
        self.remove_guest_button.clicked.connect(self.remove_guest)
        return _page(
            self.attendee_table,
            QLabel(self.tr("Not invited but came:")),
            self.guest_combo,
            self.add_guest_button,
            self.remove_guest_button,
        )

    def _decisions_page(self) -> QWidget:
        self.decision_list = QListWidget()
        self.decision_list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.decision_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.decision_list.setWordWrap(True)
        self.add_decision_button = QPushButton(self.tr("Add conclusion"))
        self.add_decision_button.clicked.connect(lambda: self.add_decision(""))
        self.remove_decision_button = self._remove_button(
            self.decision_list.currentRow, self.decision_list.takeItem
        )
        return _page(
            self.decision_list,
            QLabel(self.tr("One conclusion per line; double-click to edit, drag to reorder.")),
            None,
            self.add_decision_button,
            self.remove_decision_button,
        )

    def _actions_page(self) -> QWidget:
        self.action_table = QTableWidget(0, 4)
        one_line(self.action_table)
        self.action_table.setHorizontalHeaderLabels(
            [self.tr("Task"), self.tr("Owner (person or unit)"), self.tr("Due"), self.tr("Status")]
        )
        self.action_table.horizontalHeader().setSectionResizeMode(
            TEXT, QHeaderView.ResizeMode.Stretch
        )
        for column, width in ((OWNER, 240), (DUE, 130), (STATUS, 140)):
            self.action_table.setColumnWidth(column, width)
        self.action_table.verticalHeader().hide()
        self.add_action_button = QPushButton(self.tr("Add action item"))
        self.add_action_button.clicked.connect(lambda: self.add_action(ActionInput("")))
        self.remove_action_button = self._remove_button(
            self.action_table.currentRow, self.action_table.removeRow
        )
        return _page(self.action_table, None, self.add_action_button, self.remove_action_button)

    def _attachments_page(self) -> QWidget:
        self.file_list = QListWidget()
        self.file_list.itemDoubleClicked.connect(lambda _i: self.open_attachment())
        self.add_file_button = QPushButton(self.tr("Attach file…"))
        self.add_file_button.clicked.connect(self.attach_file)
        self.open_file_button = QPushButton(self.tr("Open"))
        self.open_file_button.clicked.connect(self.open_attachment)
        self.remove_file_button = self._remove_button(
            self.file_list.currentRow, self.file_list.takeItem
        )
        hint = QLabel(
            labels.arg(
                self.tr(
                    "Files are copied into Coordinator's data folder, so the original may be "
                    "moved or deleted. At most %1 MB per file."
                ),
                MAX_BYTES // (1024 * 1024),
            )
        )
        hint.setWordWrap(True)
        hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        return _page(
            self.file_list,
            hint,
            self.add_file_button,
            self.open_file_button,
            self.remove_file_button,
        )

    # --- filling and reading the form ----------------------------------------------
    def _fill(self, data: MinutesInput) -> None:
        e = data.event
        facts = [
            labels.event_kind(e.kind),
            labels.fmt_span(e.starts, e.ends, e.all_day),
            e.location or "",
            e.partner or "",
            e.project or "",
        ]
        self.event_label.setText(
            f"<b>{esc(e.title)}</b><br/>{esc(' · '.join(f for f in facts if f))}"
        )
        self.chair.setCurrentIndex(max(0, self.chair.findData(data.chair_id)))
        self.secretary.setCurrentIndex(max(0, self.secretary.findData(data.secretary_id)))
        self.place.setText(data.place or "")
        self.summary.setPlainText(data.summary or "")
        self.attendee_table.setRowCount(0)
        for a in data.attendees:
            self.add_attendee(a)
        self.decision_list.clear()
        for d in data.decisions:
            self.add_decision(d.text, d.id, edit=False)
        self.action_table.setRowCount(0)
        for action in data.actions:
            self.add_action(action, edit=False)
        self.file_list.clear()
        for f in data.attachments:
            self._add_file_item(f)
        self._fill_history()
        self._set_read_only(data.final)
        self._initial = self.collect()

    def _fill_history(self) -> None:
        self.history.setRowCount(0)
        if self._data.id is None:
            return
        entity_names = {
            "minutes": self.tr("Minutes"),
            "decision": self.tr("Conclusion"),
            "action_item": self.tr("Action item"),
        }
        action_names = {
            "created": self.tr("added"),
            "updated": self.tr("changed"),
            "purged": self.tr("removed"),
        }
        for h in minutes_history(self._store, self._data.id):
            changes = "; ".join(
                f"{k}: {'' if old is None else old} → {'' if new is None else new}"
                for k, (old, new) in h.changes.items()
                if k not in ("minutes_id", "position", "finalized_at")
            )
            row = self.history.rowCount()
            self.history.insertRow(row)
            what = f"{entity_names.get(h.entity, h.entity)} {action_names.get(h.action, h.action)}"
            for col, text in enumerate((labels.fmt_datetime(h.at), h.user, what, changes)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.history.setItem(row, col, item)

    def _set_read_only(self, final: bool) -> None:
        for w in (
            self.chair,
            self.secretary,
            self.place,
            self.add_guest_button,
            self.remove_guest_button,
            self.guest_combo,
            self.add_decision_button,
            self.remove_decision_button,
            self.add_action_button,
            self.remove_action_button,
            self.add_file_button,
            self.remove_file_button,
        ):
            w.setEnabled(not final)
        self.summary.setReadOnly(final)
        for table in (self.attendee_table, self.action_table):
            for r in range(table.rowCount()):
                for c in range(table.columnCount()):
                    widget = table.cellWidget(r, c)
                    if widget is not None:
                        widget.setEnabled(not final)
        no_edit = QAbstractItemView.EditTrigger.NoEditTriggers
        self.decision_list.setEditTriggers(
            no_edit
            if final
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.attendee_table.setEditTriggers(
            no_edit if final else QAbstractItemView.EditTrigger.AllEditTriggers
        )
        self.action_table.setEditTriggers(
            no_edit if final else QAbstractItemView.EditTrigger.AllEditTriggers
        )
        self.save_button.setEnabled(not final)
        if final:
            self.final_button.setText(self.tr("&Reopen for changes"))
            self.final_button.setToolTip(self.tr("Final minutes are read-only until reopened"))
            if self._data.finalized_at is not None:
                when = labels.fmt_datetime(self._data.finalized_at)
                self.state_label.setText(labels.arg(self.tr("Final since %1; read-only."), when))
            else:
                self.state_label.setText(self.tr("Final; read-only."))
            self.state_label.setStyleSheet("color: #1b5e20; font-weight: bold;")
        else:
            self.final_button.setText(self.tr("Mark &final"))
            self.final_button.setToolTip(self.tr("Save and lock the minutes against changes"))
            self.state_label.setText(self.tr("Draft: can still be changed."))
            self.state_label.setStyleSheet("")
        if self._store.read_only:
            refuse_writing(self.save_button, self.final_button)

    def add_attendee(self, a: AttendeeInput) -> None:
        row = self.attendee_table.rowCount()
        self.attendee_table.insertRow(row)
        name = QTableWidgetItem(a.name)
        name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
        name.setData(Qt.ItemDataRole.UserRole, (a.person_id, a.invited))
        if not a.invited:
            name.setToolTip(self.tr("Came without an invitation"))
            font = name.font()
            font.setItalic(True)
            name.setFont(font)
        org = QTableWidgetItem(a.organization or "")
        org.setFlags(org.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.attendee_table.setItem(row, NAME, name)
        self.attendee_table.setItem(row, ORG, org)
        presence = QComboBox()
        for value in (Attendance.PRESENT, Attendance.ABSENT, Attendance.REPRESENTED):
            presence.addItem(labels.attendance(value), value.value)
        presence.setCurrentIndex(max(0, presence.findData(a.attendance)))
        self.attendee_table.setCellWidget(row, PRESENCE, presence)
        self.attendee_table.setItem(row, DEPUTY, QTableWidgetItem(a.represented_by or ""))

    def add_guest(self) -> None:
        text = self.guest_combo.currentText().strip()
        index = self.guest_combo.findText(text)
        person_id = self.guest_combo.itemData(index) if index > 0 else None
        if not text or index == 0:
            self._show_errors([self.tr("Type or choose the name of the person who came.")])
            return
        for r in range(self.attendee_table.rowCount()):
            pid, _invited = _cell(self.attendee_table, r, NAME).data(Qt.ItemDataRole.UserRole)
            if person_id is not None and pid == person_id:
                select_row(self.attendee_table, r)
                return
        guest = walk_in(self._store, person_id) if person_id is not None else None
        self.add_attendee(
            guest or AttendeeInput(text, attendance=Attendance.PRESENT, invited=False)
        )
        self.guest_combo.setCurrentIndex(0)
        self.errors.hide()

    def remove_guest(self) -> None:
        row = self.attendee_table.currentRow()
        if row < 0:
            return
        _pid, invited = _cell(self.attendee_table, row, NAME).data(Qt.ItemDataRole.UserRole)
        if invited:
            self._show_errors(
                [self.tr("An invited person stays on the list; mark them absent instead.")]
            )
            return
        self.attendee_table.removeRow(row)

    def add_decision(self, text: str, decision_id: int | None = None, edit: bool = True) -> None:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setData(Qt.ItemDataRole.UserRole, decision_id)
        self.decision_list.addItem(item)
        if edit:
            self.decision_list.setCurrentItem(item)
            self.decision_list.editItem(item)

    def add_action(self, a: ActionInput, edit: bool = True) -> None:
        row = self.action_table.rowCount()
        self.action_table.insertRow(row)
        text = QTableWidgetItem(a.text)
        text.setData(Qt.ItemDataRole.UserRole, (a.id, a.done_on))
        self.action_table.setItem(row, TEXT, text)
        # Item data is "person:12" or "unit:3": a tuple would not survive QVariant lookup.
        unit = self.tr("Unit: %1")
        owner = items_combo(
            [(c.name, f"person:{c.id}") for c in self._people]
            + [(labels.arg(unit, c.name), f"unit:{c.id}") for c in self._units],
            self.tr("(no owner)"),
            18,
        )
        if a.owner is not None:
            select_data(owner, f"{a.owner.kind}:{a.owner.id}")
        self.action_table.setCellWidget(row, OWNER, owner)
        due = OptionalDateEdit()
        due.set_value(a.due_on)
        due.problemChanged.connect(lambda _p: self._say_due_problems())
        self.action_table.setCellWidget(row, DUE, due)
        status = QComboBox()
        for value in TaskStatus:
            status.addItem(labels.task_status(value), value.value)
        status.setCurrentIndex(max(0, status.findData(a.status)))
        self.action_table.setCellWidget(row, STATUS, status)
        if edit:
            self.action_table.setCurrentCell(row, TEXT)
            self.action_table.editItem(text)

    def _add_file_item(self, f: AttachmentInput) -> None:
        item = QListWidgetItem(f"{f.filename}  ({_size(f.size)})")
        item.setData(Qt.ItemDataRole.UserRole, f)
        self.file_list.addItem(item)

    def _remove_button(
        self, current_row: Callable[[], int], remove: Callable[[int], object]
    ) -> QPushButton:
        """A "Remove" button that takes the selected line out of a list or a table."""
        button = QPushButton(self.tr("Remove"))
        button.clicked.connect(lambda: current_row() >= 0 and remove(current_row()))
        return button

    def collect(self) -> MinutesInput:
        data = MinutesInput(
            event=self._data.event,
            id=self._data.id,
            version=self._data.version,
            status=self._data.status,
            chair_id=self.chair.currentData(),
            secretary_id=self.secretary.currentData(),
            place=self.place.text(),
            summary=self.summary.toPlainText(),
            finalized_at=self._data.finalized_at,
        )
        for r in range(self.attendee_table.rowCount()):
            name = _cell(self.attendee_table, r, NAME)
            person_id, invited = name.data(Qt.ItemDataRole.UserRole)
            presence = self.attendee_table.cellWidget(r, PRESENCE)
            assert isinstance(presence, QComboBox)
            deputy = _cell(self.attendee_table, r, DEPUTY)
            data.attendees.append(
                AttendeeInput(
                    name.text(),
                    person_id,
                    _cell(self.attendee_table, r, ORG).text() or None,
                    presence.currentData(),
                    deputy.text() if deputy else None,
                    invited,
                )
            )
        for i in range(self.decision_list.count()):
            item = self.decision_list.item(i)
            data.decisions.append(DecisionInput(item.text(), item.data(Qt.ItemDataRole.UserRole)))
        for r in range(self.action_table.rowCount()):
            text = _cell(self.action_table, r, TEXT)
            action_id, done_on = text.data(Qt.ItemDataRole.UserRole)
            owner = self.action_table.cellWidget(r, OWNER)
            due = self.action_table.cellWidget(r, DUE)
            status = self.action_table.cellWidget(r, STATUS)
            assert isinstance(owner, QComboBox) and isinstance(status, QComboBox)
            assert isinstance(due, OptionalDateEdit)
            ref = owner.currentData()
            kind, _, owner_id = (ref or "").partition(":")
            data.actions.append(
                ActionInput(
                    text.text(),
                    Owner(kind, int(owner_id)) if ref else None,
                    due.value(),
                    status.currentData(),
                    done_on,
                    action_id,
                )
            )
        for i in range(self.file_list.count()):
            data.attachments.append(self.file_list.item(i).data(Qt.ItemDataRole.UserRole))
        return data

    # --- actions -----------------------------------------------------------------
    def _show_errors(self, messages: list[str]) -> None:
        self.errors.setText("\n".join(messages))
        self.errors.setVisible(bool(messages))

    def _problem_text(self, failure: ValidationError) -> list[str]:
        out = []
        for err in failure.errors:
            parts = err.field.split(".")
            where = {
                "attendee": self.tr("Attendance, line %1"),
                "decision": self.tr("Conclusion %1"),
                "action": self.tr("Action item %1"),
                "place": self.tr("Place"),
                "summary": self.tr("Content"),
            }.get(parts[0], err.field)
            if len(parts) > 1:
                where = labels.arg(where, int(parts[1]) + 1)
            if parts[-1] == "represented_by":
                out.append(labels.arg(self.tr("%1: who came in their place?"), where))
            else:
                out.append(f"{where}: {labels.problem(err.problem)}")
        return out

    def _say_due_problems(self) -> None:
        """A due date left unreadable is named under the tabs at once, not only on saving."""
        said = []
        for r in range(self.action_table.rowCount()):
            due = self.action_table.cellWidget(r, DUE)
            if isinstance(due, OptionalDateEdit) and due.shown_problem():
                where = labels.arg(self.tr("Action item %1"), r + 1)
                said.append(f"{where}: {due.shown_problem()}")
        if said or self._dates_said:
            self._show_errors(said)
        self._dates_said = bool(said)

    def _due_problems(self) -> list[str]:
        """What is wrong with each due date typed that is not a date (each is marked)."""
        out = []
        for r in range(self.action_table.rowCount()):
            due = self.action_table.cellWidget(r, DUE)
            if isinstance(due, OptionalDateEdit) and due.mark():
                where = labels.arg(self.tr("Action item %1"), r + 1)
                out.append(f"{where}: {due.problem()}")
        return out

    def _write(self) -> bool:
        """Save the form; on failure say why and keep everything typed."""
        bad_dates = self._due_problems()
        if bad_dates:
            page = self.action_table.parentWidget()
            if page is not None:
                self.tabs.setCurrentIndex(self.tabs.indexOf(page))
            self._show_errors(bad_dates)
            return False
        data = self.collect()
        try:
            self.saved_id = save_minutes(self._store, data)
        except ValidationError as failure:
            self._show_errors(self._problem_text(failure))
            return False
        except RecordChangedError as error:
            if ask_about_conflict(self, error, can_copy=False) is Resolution.RELOAD:
                self._reload()
                self._initial = self.collect()
            return False
        except MinutesFinalError:
            self._show_errors(
                [self.tr("These minutes were made final meanwhile; reopen them to change them.")]
            )
            return False
        except LookupError:
            self._show_errors([self.tr("The event of these minutes has been deleted.")])
            return False
        except StoreError as exc:
            self._show_errors(
                [labels.arg(self.tr("The minutes could not be saved: %1"), in_use_error_text(exc))]
            )
            return False
        self._data.id, self._data.version = data.id, data.version
        self.changed = True
        self._show_errors([])
        return True

    def save(self) -> None:
        if self._data.final:
            return
        if self._write():
            self.accept()

    def _reload(self) -> None:
        fresh = load_minutes(self._store, self._data.event.id)
        if fresh is not None:
            self._data = fresh
            self._fill(fresh)

    def toggle_final(self) -> None:
        if self._data.final:
            set_final(self._store, self._data.id, False)  # type: ignore[arg-type]
            self.changed = True
            self._reload()
            self.place.setFocus()
            return
        if not self._write():
            return
        set_final(self._store, self.saved_id, True)  # type: ignore[arg-type]
        self._reload()

    def is_dirty(self) -> bool:
        return self.collect() != self._initial

    def reject(self) -> None:
        if not self._data.final and not self._store.read_only and self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved minutes"),
                self.tr("The minutes have unsaved changes. Save them before closing?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                if self._write():
                    self.accept()
                return
        if self.changed:
            self.accept()
        else:
            super().reject()

    def attach_file(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        problems = []
        for p in paths:
            try:
                f = store_file(self._store.path, Path(p))
            except AttachmentError as exc:
                reason = {
                    AttachmentError.TOO_LARGE: labels.arg(
                        self.tr("“%1” is larger than %2 MB and was not attached."),
                        Path(p).name,
                        MAX_BYTES // (1024 * 1024),
                    ),
                    AttachmentError.NOT_A_FILE: labels.arg(
                        self.tr("“%1” is not a file."), Path(p).name
                    ),
                }.get(exc.reason, labels.arg(self.tr("“%1” could not be read."), Path(p).name))
                problems.append(reason)
                continue
            self._add_file_item(f)
        self._show_errors(problems)

    def open_attachment(self) -> None:
        item = self.file_list.currentItem()
        if item is None:
            return
        f: AttachmentInput = item.data(Qt.ItemDataRole.UserRole)
        path = stored_path(self._store.path, f.content_hash, f.filename)
        if not path.exists() or not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._show_errors([labels.arg(self.tr("“%1” could not be opened."), f.filename)])

    def _document(self) -> document.MinutesDocument:
        """The record as the editor holds it; once issued, every copy carries its number
        and date (a draft copy is marked so)."""
        doc = document.document_of(self._store, self.collect())
        issued = register.find(self._store, DocumentType.MINUTES, minutes_key(self._data.event.id))
        if issued is not None:
            doc = replace(doc, number=issued.number, made_on=issued.issued_on)
        return doc

    def print_preview(self) -> None:
        minutes = self._document()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout())
        preview = QPrintPreviewDialog(printer, self)
        preview.setWindowTitle(self.tr("Print minutes"))
        # Laid out afresh for each request, by the paginator the PDF uses.
        preview.paintRequested.connect(lambda p: document.print_to(minutes, p))
        preview.exec()

    def export(self, kind: str) -> None:
        doc = self._document()
        stem = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in doc.title)[:60]
        filters = {
            "pdf": self.tr("PDF documents (*.pdf)"),
            "docx": self.tr("Word documents (*.docx)"),
        }
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export minutes"),
            str(Path.home() / f"{self.tr('Minutes')} {stem}.{kind}"),
            filters[kind],
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != f".{kind}":
            target = target.with_name(target.name + f".{kind}")
        try:
            if kind == "pdf":
                document.write_pdf(doc, target)
            else:
                document.write_docx(doc, target)
        except OSError as exc:
            self._show_errors([write_error_text(target, exc)])
            return
        self._show_errors([])
        self.notice.setText(labels.arg(self.tr("Saved to %1"), target))

    def issue_and_save(self) -> IssuedNumber | None:
        """Cấp số: the minutes (saved first when changed) take the next number of the
        outgoing register, or keep theirs, and are saved as PDF or Word with it."""
        if not self._data.final:  # a clerk registers what was signed, never a draft
            self._show_errors(
                [
                    self.tr(
                        "Minutes in draft take no number: mark them final first, then "
                        "issue the number."
                    )
                ]
            )
            self.final_button.setFocus()
            return None
        doc = self._document()
        key = minutes_key(self._data.event.id)
        if not issuing.ask_to_issue(self, self._store, DocumentType.MINUTES, key, doc.made_on):
            return None
        stem = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in doc.title)[:60]
        target = issuing.ask_document_path(
            self,
            self.tr("Issue number and save the minutes"),
            Path.home() / f"{self.tr('Minutes')} {stem}.pdf",
        )
        if target is None:
            return None
        refused = issuing.unwritable(target)
        if refused is not None:  # the folder refuses the file: no number is taken for it
            self._show_errors([issuing.refusal_text(target, refused)])
            return None
        try:
            issued = register.issue(
                self._store, DocumentType.MINUTES, key, doc.title, doc.made_on, str(target)
            )
        except StoreError as exc:
            self._show_errors(
                [labels.arg(self.tr("No number was issued: %1"), in_use_error_text(exc))]
            )
            return None
        doc = replace(doc, number=issued.number, made_on=issued.issued_on)
        try:
            if target.suffix.lower() == ".pdf":
                document.write_pdf(doc, target)
            else:
                document.write_docx(doc, target)
        except OSError as exc:  # the number stays taken; the register names no file
            issuing.drop_file(self._store, issued, target)
            why = write_error_text(target, exc)
            self._show_errors([issuing.unsaved_text(self._store, issued, why)])
            return issued
        self._show_errors([])
        self.notice.setText(issuing.saved_text(self._store, issued, target))
        return issued


def open_minutes(store: Store, event_id: int, parent: QWidget) -> MinutesDialog | None:
    """The editor for an event's minutes, or None if the event is gone."""
    data = load_minutes(store, event_id)
    if data is None:
        return None
    return MinutesDialog(store, data, parent)
