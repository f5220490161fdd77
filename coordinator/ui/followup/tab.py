"""The follow-up tab: every action item and commitment still to be done, overdue first.

Filters narrow by due state, owner, partner, project and words; "Mark done" asks
for the date it was done; Ctrl+Z undoes it.
"""

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator.db.queries import actions as ac
from coordinator.db.queries.common import Sort
from coordinator.db.queries.minutes import Owner
from coordinator.db.queries.partners import organization_choices
from coordinator.db.queries.projects import project_choices
from coordinator.db.store import Store
from coordinator.domain.enums import TaskStatus
from coordinator.domain.timezone import today_local
from coordinator.text import labels
from coordinator.ui.agreements.ending import EndingAgreements
from coordinator.ui.agreements.flow import AgreementFlow
from coordinator.ui.common.combo import LazyChoiceCombo
from coordinator.ui.common.dates import OptionalDateEdit, message_beside, refuse_bad_dates
from coordinator.ui.common.export_list import action_text, described, export_model_list, quoted
from coordinator.ui.common.lazy_model import Column, LazyTableModel
from coordinator.ui.common.tab import TabPage
from coordinator.ui.common.views import one_line, share_columns

OVERDUE_COLOUR = QColor("#b00020")


COLUMNS: list[Column[ac.ActionRow]] = [
    Column(
        lambda: QCoreApplication.translate("FollowUpTab", "Due"),
        lambda r: labels.fmt_date(r.due_on),
        "due",
        cell=lambda r: r.due_on,
    ),
    Column(lambda: QCoreApplication.translate("FollowUpTab", "Task"), lambda r: r.text, "text"),
    Column(
        lambda: QCoreApplication.translate("FollowUpTab", "Owner"), lambda r: r.owner or "", "owner"
    ),
    Column(
        lambda: QCoreApplication.translate("FollowUpTab", "Status"),
        lambda r: labels.task_status(r.status),
        "status",
    ),
    Column(
        lambda: QCoreApplication.translate("FollowUpTab", "From"),
        lambda r: (
            (f"{labels.fmt_date(r.origin_at.date())} – {r.origin}" if r.origin_at else r.origin)
            or ""
        ),
        "origin",
    ),
    Column(
        lambda: QCoreApplication.translate("FollowUpTab", "Partner"),
        lambda r: r.partner or "",
        "partner",
    ),
    Column(lambda: QCoreApplication.translate("FollowUpTab", "Project"), lambda r: r.project or ""),
    Column(
        lambda: QCoreApplication.translate("FollowUpTab", "Done on"),
        lambda r: labels.fmt_date(r.done_on),
        "done",
        cell=lambda r: r.done_on,
    ),
]


class TaskState(QUndoCommand):
    """Mark an item done or open again; undo puts back what it was."""

    def __init__(
        self,
        text: str,
        store: Store,
        key: tuple[str, int],
        after: tuple[str, date | None],
        refresh: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self._store, self._key, self._after = store, key, after
        self._before = ac.task_state(store, key)
        self._refresh = refresh

    def redo(self) -> None:
        ac.set_task_state(self._store, self._key, *self._after)
        self._refresh()

    def undo(self) -> None:
        if self._before is not None:
            ac.set_task_state(self._store, self._key, *self._before)
        self._refresh()


class DoneDialog(QDialog):
    """Asks the day an item was done; today unless told otherwise."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark as done"))
        self.day = OptionalDateEdit()
        self.day.set_value(today_local())
        label = QLabel(text)
        label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Done on:"), self.day)
        form.addRow("", message_beside(self.day))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if not refuse_bad_dates(self):
            super().accept()

    def value(self) -> date:
        return self.day.value() or today_local()


class FollowUpTab(TabPage):
    open_minutes = Signal(int)  # event id
    open_partner = Signal(int)
    counts_changed = Signal()

    def __init__(self, store: Store, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._undo = undo
        self._filter = ac.ActionFilter()

        self.due = QComboBox()
        for value, text in (
            (ac.Due.OPEN, self.tr("Still open")),
            (ac.Due.OVERDUE, self.tr("Overdue")),
            (ac.Due.THIS_WEEK, self.tr("Due this week")),
            (ac.Due.DONE, self.tr("Done")),
            (ac.Due.ALL, self.tr("All")),
        ):
            self.due.addItem(text, value)
        # Thousands of owners, partners and projects: read when a filter is first used.
        self.owner = LazyChoiceCombo(self._owners, self.tr("Every owner"), 11)
        self.partner = LazyChoiceCombo(
            lambda: [(c.name, c.id) for c in organization_choices(self._store, False)],
            self.tr("Every partner"),
            11,
        )
        self.project = LazyChoiceCombo(
            lambda: [(c.name, c.id) for c in project_choices(self._store)],
            self.tr("Every project"),
            11,
        )
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Filter by words of the task"))
        self.text.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self._apply_filter)
        self.text.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.due, self.owner, self.partner, self.project):
            combo.currentIndexChanged.connect(lambda _i: self._apply_filter())

        self.model: LazyTableModel[ac.ActionRow] = LazyTableModel(
            COLUMNS,
            lambda: ac.count_actions(self._store, self._filter),
            lambda sort, off, lim: ac.list_actions(self._store, self._filter, sort, off, lim),
            Sort("due"),
            emphasis=lambda r: OVERDUE_COLOUR if r.overdue(today_local()) else None,
        )
        self.table = QTableView()
        one_line(self.table)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # The task keeps room to be read and takes what is left; the other columns shrink
        # (and elide) so that all of them stay in sight at 1024 px; the dates keep theirs.
        share_columns(
            self.table,
            {0: 90, 1: 260, 2: 170, 3: 120, 4: 200, 5: 160, 6: 110, 7: 90},
            main=1,
            main_min=220,
            fixed={0, 7},
        )
        self.table.doubleClicked.connect(lambda _i: self.open_source())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        self.done_button = QPushButton(self.tr("Mark &done…"))
        self.done_button.setToolTip(self.tr("Record the day the selected item was done (Ctrl+D)"))
        self.done_button.setShortcut("Ctrl+D")
        self.done_button.clicked.connect(self.mark_done)
        self.reopen_button = QPushButton(self.tr("&Reopen"))
        self.reopen_button.clicked.connect(self.reopen)
        self.open_button = QPushButton(self.tr("&Open source"))
        self.open_button.setToolTip(self.tr("Open the minutes or the agreement it comes from"))
        self.open_button.clicked.connect(self.open_source)
        self.count_label = QLabel()
        # Agreements about to end, named above the items (renewal alerts).
        self.agreements = AgreementFlow(store, undo, self)
        self.agreements.changed.connect(lambda _id: self._changed())
        self.agreements.message.connect(self.status_message)
        self.ending = EndingAgreements(store)
        self.ending.open_requested.connect(lambda i: self.agreements.edit(i))
        self.ending.renew_requested.connect(lambda i: self.agreements.renew(i))

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:")))
        filters.addWidget(self.due)
        filters.addWidget(self.owner, 1)
        filters.addWidget(self.partner, 1)
        filters.addWidget(self.project, 1)
        filters.addWidget(self.text, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label)
        buttons.addStretch()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.reopen_button)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.ending)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _owners(self) -> Sequence[tuple[str, object]]:
        people, units = ac.owner_filter_choices(self._store)
        unit = self.tr("Unit: %1")
        return [(c.name, f"person:{c.id}") for c in people] + [
            (labels.arg(unit, c.name), f"unit:{c.id}") for c in units
        ]

    def _fill_choices(self) -> None:
        """The filters read their entries again when next used."""
        for combo in (self.owner, self.partner, self.project):
            combo.invalidate()

    def show_due(self, due: str) -> None:
        """Show one due state (from the status bar's count)."""
        self.owner.setCurrentIndex(0)
        self.partner.setCurrentIndex(0)
        self.project.setCurrentIndex(0)
        self.text.clear()
        self.due.setCurrentIndex(max(0, self.due.findData(due)))
        self._apply_filter()

    def _apply_filter(self) -> None:
        ref = self.owner.currentData()
        kind, _, owner_id = (ref or "").partition(":")
        self._filter = ac.ActionFilter(
            due=self.due.currentData(),
            today=today_local(),
            owner=Owner(kind, int(owner_id)) if ref else None,
            partner_id=self.partner.currentData(),
            project_id=self.project.currentData(),
            text=self.text.text(),
        )
        self.model.reload()
        self.count_label.setText(
            labels.arg(self.tr("%1 items"), labels.fmt_count(self.model.total()))
        )

    # --- TabPage ---------------------------------------------------------------
    def refresh(self) -> None:
        self._fill_choices()
        self._apply_filter()
        self.ending.refresh()

    def export_list(self) -> None:
        """The items the filters show, in the table's order."""
        f, sort = self._filter, self.model.current_sort()
        name = self.tr("Follow-up")
        combos = (self.owner, self.partner, self.project)
        title = described(
            name,
            [self.due.currentText(), quoted(f.text)]
            + [c.currentText() for c in combos if c.currentData() is not None],
        )
        export_model_list(
            self,
            name,
            title,
            COLUMNS,
            lambda: ac.count_actions(self._store, f),
            lambda off, lim: ac.list_actions(self._store, f, sort, off, lim),
            self.status_message.emit,
        )

    def focus_filter(self) -> None:
        self.text.setFocus()
        self.text.selectAll()

    def new_item(self) -> None:
        self.status_message.emit(
            self.tr("Action items are recorded in an event's minutes: Calendar → Record minutes.")
        )

    def delete_selected(self) -> None:
        self.status_message.emit(
            self.tr("Action items are removed in their minutes; here they are marked done.")
        )

    # --- actions ---------------------------------------------------------------
    def current(self) -> ac.ActionRow | None:
        return self.model.row_at(self.table.currentIndex().row())

    def _changed(self) -> None:
        self.refresh()
        self.counts_changed.emit()

    def mark_done(self) -> None:
        row = self.current()
        if row is None:
            self.status_message.emit(self.tr("Select an item to mark it done."))
            return
        dialog = DoneDialog(row.text, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.set_done(row, dialog.value())

    def set_done(self, row: ac.ActionRow, day: date) -> None:
        self._undo.push(
            TaskState(
                labels.arg(self.tr("mark “%1” done"), row.text),
                self._store,
                row.key,
                (TaskStatus.DONE, day),
                self._changed,
            )
        )
        self.status_message.emit(
            labels.arg(self.tr("Marked done on %1. Ctrl+Z undoes it."), labels.fmt_date(day))
        )

    def reopen(self) -> None:
        row = self.current()
        if row is None or row.status in ac.OPEN_STATES:
            return
        self._undo.push(
            TaskState(
                labels.arg(self.tr("reopen “%1”"), row.text),
                self._store,
                row.key,
                (TaskStatus.OPEN, None),
                self._changed,
            )
        )
        self.status_message.emit(self.tr("Open again. Ctrl+Z undoes it."))

    def open_source(self) -> None:
        row = self.current()
        if row is None:
            return
        if row.event_id is not None:
            self.open_minutes.emit(row.event_id)
        elif row.agreement_id is not None:
            self.agreements.edit(row.agreement_id)
        else:
            self.status_message.emit(
                labels.arg(self.tr("From the agreement “%1”."), row.origin or "")
            )

    def _context_menu(self, pos: QPoint) -> None:
        row = self.current()
        menu = QMenu(self)
        if row is not None:
            if row.status in ac.OPEN_STATES:
                menu.addAction(self.tr("Mark &done…"), self.mark_done)
            else:
                menu.addAction(self.tr("&Reopen"), self.reopen)
            if row.event_id is not None:
                menu.addAction(self.tr("Open the &minutes"), self.open_source)
            elif row.agreement_id is not None:
                menu.addAction(self.tr("Open the &agreement"), self.open_source)
            menu.addSeparator()
        menu.addAction(action_text(), self.export_list)
        menu.exec(self.table.viewport().mapToGlobal(pos))
