"""The Calendar tab (Lịch): month, week and agenda views over the same events."""

import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coordinator.db.queries.common import Sort
from coordinator.db.queries.events import (
    AgendaFilter,
    EventFilter,
    EventInput,
    EventRow,
    count_agenda,
    detach_occurrence,
    events_between,
    get_event,
    list_agenda,
    month_days,
    people_choices,
    restore,
    save_event,
    set_event_deleted,
    skip_occurrence,
    snapshot,
)
from coordinator.db.queries.partners import organization_choices
from coordinator.db.queries.projects import project_choices
from coordinator.db.queries.rooms import room_choices
from coordinator.db.queries.scheduling import ConflictError, check_event, flagged_between
from coordinator.db.store import Store
from coordinator.domain.enums import EventKind
from coordinator.domain.public_holidays import holiday_names
from coordinator.domain.timezone import today_local
from coordinator.text import labels
from coordinator.ui.calendar.agenda import AGENDA_COLUMNS
from coordinator.ui.calendar.event_dialog import (
    EventChoices,
    EventDialog,
    OverrideDialog,
    findings_html,
    new_event_input,
)
from coordinator.ui.calendar.month_view import MonthView, month_grid_start
from coordinator.ui.calendar.style import holiday_language
from coordinator.ui.calendar.week_view import WeekPanel, week_start
from coordinator.ui.common.combo import LazyChoiceCombo
from coordinator.ui.common.export_list import action_text, described, export_model_list, quoted
from coordinator.ui.common.lazy_model import LazyTableModel
from coordinator.ui.common.operation import Operation, Progress
from coordinator.ui.common.tab import TabPage
from coordinator.ui.common.undo import Snapshots, SoftDelete
from coordinator.ui.common.views import one_line

MONTH, WEEK, AGENDA = range(3)
log = logging.getLogger(__name__)

Flags = dict[tuple[int, datetime], bool]  # a clash check's marks: {(event id, start): blocking}
# Events read for each day of the month view: more than a day cell shows on any screen.
MONTH_CHIPS = 12


THIS_ONE, WHOLE_SERIES = "this", "series"


def _at_occurrence(data: EventInput, row: EventRow) -> EventInput:
    """A series' fields at the time of one of its occurrences (all-day ends inclusive)."""
    data.starts, data.ends = row.starts, row.ends
    if data.all_day:
        data.ends = row.ends - timedelta(days=1)
    return data


class CalendarTab(TabPage):
    minutes_requested = Signal(int)  # event id

    def __init__(self, store: Store, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._undo = undo
        self.anchor = today_local()
        self.selected_day = today_local()
        self._agenda_filter = AgendaFilter(since=today_local())

        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Go to today (Ctrl+T)"))
        self.today_button.setShortcut("Ctrl+T")
        self.today_button.clicked.connect(self.go_today)
        self.prev_button = QToolButton()
        self.prev_button.setText("◀")
        self.prev_button.setToolTip(self.tr("Previous (Ctrl+PgUp)"))
        self.prev_button.setShortcut("Ctrl+PgUp")
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Next (Ctrl+PgDown)"))
        self.next_button.setShortcut("Ctrl+PgDown")
        self.next_button.clicked.connect(lambda: self.step(1))
        self.period = QLabel()
        font = self.period.font()
        font.setPointSizeF(font.pointSizeF() + 3)
        font.setBold(True)
        self.period.setFont(font)

        self.view_buttons = QButtonGroup(self)
        switcher = QHBoxLayout()
        switcher.setSpacing(0)
        for index, text in enumerate([self.tr("Month"), self.tr("Week"), self.tr("Agenda")]):
            button = QPushButton(text)
            button.setCheckable(True)
            self.view_buttons.addButton(button, index)
            switcher.addWidget(button)
        self.view_buttons.button(MONTH).setChecked(True)
        self.view_buttons.idClicked.connect(self.set_view)

        self._choices_cache: EventChoices | None = None
        self._marking = 0  # the latest clash check asked for; older answers are dropped
        self._marker: Operation[Flags | None] | None = None  # the check running now
        self._marker_job = 0  # the check it runs
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in EventKind:
            self.kind_filter.addItem(labels.event_kind(kind), kind.value)

        def entries(kind: str) -> Callable[[], list[tuple[str, object]]]:
            return lambda: [(c.name, c.id) for c in getattr(self._choices(), kind)]

        self.project_filter = LazyChoiceCombo(entries("projects"), self.tr("All projects"), 10)
        self.unit_filter = LazyChoiceCombo(entries("units"), self.tr("All host units"), 10)
        self.person_filter = LazyChoiceCombo(entries("people"), self.tr("Everyone"), 10)
        self.person_filter.setToolTip(self.tr("Show one person's events: a volunteer's week"))
        for combo in (self.kind_filter, self.project_filter, self.unit_filter, self.person_filter):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.clear_filter_button = QToolButton()
        self.clear_filter_button.setText(self.tr("Show all"))
        self.clear_filter_button.setToolTip(self.tr("Clear the calendar's filters"))
        self.clear_filter_button.clicked.connect(self.clear_filters)

        self.month = MonthView()
        self.week_panel = WeekPanel()
        self.week = self.week_panel.view
        self.agenda_search = QLineEdit()
        self.agenda_search.setPlaceholderText(self.tr("Filter the agenda by title or place"))
        self.agenda_search.setClearButtonEnabled(True)
        self.agenda_model: LazyTableModel[EventRow] = LazyTableModel(
            AGENDA_COLUMNS,
            lambda: count_agenda(self._store, self._agenda_filter),
            lambda _sort, off, lim: list_agenda(self._store, self._agenda_filter, off, lim),
            Sort("starts"),
        )
        self.agenda = QTableView()
        one_line(self.agenda)
        self.agenda.setModel(self.agenda_model)
        self.agenda.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agenda.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agenda.verticalHeader().hide()
        self.agenda.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.agenda.doubleClicked.connect(self._agenda_activated)
        self.agenda.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.agenda.customContextMenuRequested.connect(self._agenda_menu)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.refresh)
        self.agenda_search.textChanged.connect(lambda _t: self._debounce.start())
        agenda_page = QWidget()
        al = QVBoxLayout(agenda_page)
        al.setContentsMargins(0, 0, 0, 0)
        al.addWidget(self.agenda_search)
        al.addWidget(self.agenda)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.month)
        self.stack.addWidget(self.week_panel)
        self.stack.addWidget(agenda_page)

        for view in (self.month, self.week):
            view.event_activated.connect(self.open_row)
            view.new_event_requested.connect(self.new_event_at)
        self.week.event_moved.connect(self.move_event)
        for view in (self.month, self.week):
            view.event_menu_requested.connect(self._event_menu)
        self.month.day_activated.connect(self._day_selected)

        bar = QHBoxLayout()
        bar.addWidget(self.today_button)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.next_button)
        bar.addSpacing(12)
        bar.addWidget(self.period)
        bar.addStretch()
        self._bar = bar  # the window adds its printing commands here (add_tool_actions)
        bar.addLayout(switcher)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:")))
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.project_filter, 1)
        filters.addWidget(self.unit_filter, 1)
        filters.addWidget(self.person_filter, 1)
        filters.addWidget(self.clear_filter_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(self.stack)
        QTimer.singleShot(0, self._scroll_to_office_hours)

    def scope(self) -> EventFilter:
        return EventFilter(
            kind=self.kind_filter.currentData(),
            project_id=self.project_filter.currentData(),
            host_unit_id=self.unit_filter.currentData(),
            person_id=self.person_filter.currentData(),
        )

    def set_scope(self, scope: EventFilter) -> None:
        self.kind_filter.blockSignals(True)
        self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(scope.kind)))
        self.kind_filter.blockSignals(False)
        for combo, value in (
            (self.project_filter, scope.project_id),
            (self.unit_filter, scope.host_unit_id),
            (self.person_filter, scope.person_id),
        ):
            combo.blockSignals(True)
            combo.choose(value)
            combo.blockSignals(False)
        self.refresh()

    def add_tool_actions(self, actions: list[QAction]) -> None:
        """Buttons for the window's calendar commands, before the view switcher."""
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self._bar.insertWidget(self._bar.count() - 1, button)

    def clear_filters(self) -> None:
        self.set_scope(EventFilter())

    # --- navigation ----------------------------------------------------------
    def view(self) -> int:
        return self.stack.currentIndex()

    def set_view(self, index: int) -> None:
        self.view_buttons.button(index).setChecked(True)
        self.stack.setCurrentIndex(index)
        if index == WEEK:
            self.anchor = self.selected_day
        self.refresh()
        if index == WEEK:
            self._scroll_to_office_hours()

    def go_today(self) -> None:
        self.anchor = self.selected_day = today_local()
        self.refresh()

    def go_to(self, day: date) -> None:
        self.anchor = self.selected_day = day
        self.refresh()

    def step(self, direction: int) -> None:
        if self.view() == WEEK:
            self.anchor += timedelta(weeks=direction)
        else:
            month = self.anchor.month - 1 + direction
            self.anchor = date(self.anchor.year + month // 12, month % 12 + 1, 1)
        self.selected_day = self.anchor
        self.refresh()

    def _day_selected(self, day: date) -> None:
        self.selected_day = day

    def _scroll_to_office_hours(self) -> None:
        self.week_panel.scroll_to_hour(7)

    def _mark_later(self, first: date, last: date) -> None:
        """Check the shown events for clashes off the window's thread; their marks
        appear when the check is done. A busy month has thousands of events, and
        checking them all would hold the view back by a noticeable moment. The check
        begins once the view is painted, so it does not compete with the painting.
        A newer request cancels the older: its answer, when it comes, is dropped."""
        self._marking += 1
        job, store = self._marking, self._store

        def work(progress: Progress) -> Flags | None:
            if not progress(0, 1):  # cancelled before it began
                return None
            try:
                flags = flagged_between(store, first, last)
            except Exception:  # noqa: BLE001 - the file closed meanwhile; no marks then
                log.debug("calendar marks for %s..%s not made", first, last, exc_info=True)
                return None
            return flags if progress(1, 1) else None

        def begin() -> None:
            if job != self._marking:  # the view moved on before it began
                return
            if self._marker is not None:
                self._marker.cancel()
            self._marker_job = job
            self._marker = (
                Operation(self, work).success(lambda flags: self._show_marks(job, flags)).run()
            )

        QTimer.singleShot(0, self, begin)

    def marks_pending(self) -> bool:
        """Whether a clash check is still to begin or running (its marks not yet shown)."""
        if self._marker_job != self._marking:
            return True
        return self._marker is not None and not self._marker.done

    def _show_marks(self, job: int, flags: Flags | None) -> None:
        if job != self._marking or flags is None:  # the view moved on meanwhile
            return
        view = self.month if self.view() == MONTH else self.week
        view.flags = flags
        view.update()

    # --- TabPage -------------------------------------------------------------
    def refresh(self) -> None:
        if self.view() == MONTH:
            first = self.anchor.replace(day=1)
            lo, hi = month_grid_start(first), month_grid_start(first) + timedelta(days=41)
            days = month_days(self._store, lo, hi, self.scope(), MONTH_CHIPS)
            self.month.set_data(first, days, holiday_names(lo, hi, holiday_language()))
            self._mark_later(lo, hi)
            self.period.setText(
                self.tr("Month %1/%2")
                .replace("%1", f"{first.month:02d}")
                .replace("%2", str(first.year))
            )
            self.status_message.emit(
                self.tr(
                    "%Ln event(s) this month",
                    "",
                    days.starting_in(first),
                )
            )
        elif self.view() == WEEK:
            lo = week_start(self.anchor)
            hi = lo + timedelta(days=6)
            events = events_between(self._store, lo, hi, self.scope())
            self.week.set_data(lo, events, holiday_names(lo, hi, holiday_language()))
            self._mark_later(lo, hi)
            self.period.setText(f"{lo:%d/%m} – {hi:%d/%m/%Y}")
            self.status_message.emit(self.tr("%Ln event(s) this week", "", len(events)))
        else:
            self._agenda_filter = AgendaFilter(
                since=self.anchor, text=self.agenda_search.text(), scope=self.scope()
            )
            self.agenda_model.reload()
            self.period.setText(self.tr("From %1").replace("%1", f"{self.anchor:%d/%m/%Y}"))
            self.status_message.emit(
                self.tr("%Ln event(s) from this day on", "", self.agenda_model.total())
            )

    def export_list(self) -> None:
        """The agenda from the day shown on, as filtered: what the agenda view lists."""
        f = AgendaFilter(since=self.anchor, text=self.agenda_search.text(), scope=self.scope())
        name = self.tr("Work calendar")
        combos = (self.kind_filter, self.project_filter, self.unit_filter, self.person_filter)
        title = described(
            labels.arg(self.tr("Agenda from %1"), labels.fmt_date(self.anchor)),
            [quoted(f.text)] + [c.currentText() for c in combos if c.currentData() is not None],
        )
        export_model_list(
            self,
            name,
            title,
            AGENDA_COLUMNS,
            lambda: count_agenda(self._store, f),
            lambda off, lim: list_agenda(self._store, f, off, lim),
            self.status_message.emit,
        )

    def focus_filter(self) -> None:
        self.set_view(AGENDA)
        self.agenda_search.setFocus()
        self.agenda_search.selectAll()

    def new_item(self) -> None:
        start = datetime.combine(self.selected_day, datetime.min.time()).replace(hour=8)
        self.new_event_at(start)

    def delete_selected(self) -> None:
        if self.view() != AGENDA:
            self.status_message.emit(self.tr("Select an event in the agenda to delete it."))
            return
        row = self.agenda_model.row_at(self.agenda.currentIndex().row())
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete event"),
            self.tr("Delete “%1”? You can undo this with Ctrl+Z.").replace("%1", row.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if row.recurring:
            scope = self.ask_scope(self.tr("Delete a repeating event"))
            if scope is None:
                return
            if scope == THIS_ONE:
                before = {row.id: snapshot(self._store, row.id)}
                skip_occurrence(self._store, row.id, row.starts.date())
                self._push_change(self.tr("delete one occurrence"), before)
                self.status_message.emit(self.tr("Occurrence deleted. Ctrl+Z brings it back."))
                return
        event_id = row.id
        self._undo.push(
            SoftDelete(
                self.tr("delete event “%1”").replace("%1", row.title),
                lambda deleted: set_event_deleted(self._store, event_id, deleted),
                self.refresh,
            )
        )
        self.status_message.emit(self.tr("Event deleted. Ctrl+Z brings it back."))

    # --- editing -------------------------------------------------------------
    def _choices(self) -> EventChoices:
        if self._choices_cache is None:
            self._choices_cache = EventChoices(
                projects=project_choices(self._store),
                partners=organization_choices(self._store, internal=False),
                units=organization_choices(self._store, internal=True),
                people=people_choices(self._store),
            )
        self._choices_cache.rooms = room_choices(self._store)  # few, and edited elsewhere
        return self._choices_cache

    def reload_choices(self) -> None:
        """Partners, projects or people changed in another tab."""
        self._choices_cache = None
        for combo in (self.project_filter, self.unit_filter, self.person_filter):
            combo.invalidate()

    def ask_scope(self, title: str) -> str | None:
        """For a repeating event: change this occurrence only, or the whole series?"""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(
            self.tr("This event repeats. Change only this occurrence, or the whole series?")
        )
        this = box.addButton(self.tr("&Only this one"), QMessageBox.ButtonRole.AcceptRole)
        series = box.addButton(self.tr("The &whole series"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(this)
        box.exec()
        clicked = box.clickedButton()
        return THIS_ONE if clicked is this else WHOLE_SERIES if clicked is series else None

    def _push_change(self, text: str, before: dict[int, EventInput | None]) -> None:
        """Record a change already made so that Ctrl+Z undoes it."""
        self._undo.push(
            Snapshots(
                text,
                before,
                lambda i: snapshot(self._store, i),
                lambda i, snap: restore(self._store, i, snap),
                self.refresh,
                self,
            )
        )
        self.refresh()

    def open_row(self, row: EventRow) -> None:
        """Open an occurrence from a view; for a series, ask which part to change."""
        if not row.recurring:
            self.open_event(row.id)
            return
        scope = self.ask_scope(self.tr("Open a repeating event"))
        if scope is None:
            return
        data = get_event(self._store, row.id)
        if data is None:
            self.refresh()
            return
        if scope == WHOLE_SERIES:
            self.edit_event(data)
            return
        self.edit_event(_at_occurrence(data, row), occurrence=row.starts.date())

    def move_event(self, row: EventRow, starts: datetime, ends: datetime) -> None:
        """A box dragged in the week view: check the new time, save it, make it undoable."""
        if self._store.read_only:
            self.refresh()  # the box goes back where it was
            self.status_message.emit(self.tr("Not moved: this database is open read-only."))
            return
        data = get_event(self._store, row.id)
        if data is None:
            self.refresh()
            return
        occurrence = None
        if row.recurring:
            scope = self.ask_scope(self.tr("Move a repeating event"))
            if scope is None:
                self.refresh()
                return
            if scope == THIS_ONE:
                occurrence = row.starts.date()
                data.starts, data.ends = starts, ends
            else:
                data.starts += starts - row.starts
                data.ends = data.starts + (ends - starts)
        else:
            data.starts, data.ends = starts, ends
        findings = check_event(self._store, data, holiday_language())
        data.override_reason = None
        if findings.blocking:
            dialog = OverrideDialog(findings_html(self._store, findings), None, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                self.refresh()
                return
            data.override_reason = dialog.reason()
        before: dict[int, EventInput | None] = {row.id: snapshot(self._store, row.id)}
        try:
            if occurrence is not None:
                new_id = detach_occurrence(self._store, row.id, occurrence, data)
                before[new_id] = None
            else:
                save_event(self._store, data)
        except ConflictError:
            self.refresh()
            return
        self._push_change(labels.arg(self.tr("move “%1”"), row.title), before)
        when = labels.fmt_span(starts, ends)
        message = labels.arg(self.tr("Moved to %1. Ctrl+Z moves it back."), when)
        if findings:
            message += " " + self.tr("It has scheduling warnings; open it to see them.")
        self.status_message.emit(message)

    def new_event_at(self, start: datetime) -> None:
        self.edit_event(new_event_input(start))

    def open_event(self, event_id: int) -> None:
        data = get_event(self._store, event_id)
        if data is None:
            self.status_message.emit(self.tr("This event no longer exists."))
            self.refresh()
            return
        self.edit_event(data)

    def show_event(self, event_id: int) -> None:
        """Bring an event into view (from another tab) and open it."""
        data = get_event(self._store, event_id)
        if data is not None:
            self.go_to(data.starts.date())
            self.edit_event(data)

    def edit_event(self, data: EventInput, occurrence: date | None = None) -> None:
        before: dict[int, EventInput | None] = {}
        if data.id is not None:
            before[data.id] = snapshot(self._store, data.id)
        dialog = EventDialog(self._store, data, self._choices(), self, occurrence)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
            if dialog.reloaded is not None and data.id in before:
                before[data.id] = dialog.reloaded  # undo goes back to their version
            before.setdefault(dialog.saved_id, None)
            self._push_change(self.tr("edit event"), before)
            self.status_message.emit(self.tr("Event saved. Ctrl+Z undoes the change."))

    def _agenda_activated(self) -> None:
        row = self.agenda_model.row_at(self.agenda.currentIndex().row())
        if row is not None:
            self.open_event(row.id)

    def _agenda_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        writable = not self._store.read_only
        menu.addAction(self.tr("&New event…"), self.new_item).setEnabled(writable)
        row = self.agenda_model.row_at(self.agenda.currentIndex().row())
        if row is not None:
            menu.addAction(self.tr("&Open…"), self._agenda_activated)
            menu.addAction(self.tr("Record &minutes…"), lambda: self.record_minutes(row))
            menu.addAction(self.tr("&Delete"), self.delete_selected).setEnabled(writable)
        menu.addSeparator()
        menu.addAction(action_text(), self.export_list)
        menu.exec(self.agenda.viewport().mapToGlobal(pos))

    def _event_menu(self, row: EventRow, where: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("&Open…"), lambda: self.open_row(row))
        menu.addAction(self.tr("Record &minutes…"), lambda: self.record_minutes(row))
        menu.exec(where)

    def selected_row(self) -> EventRow | None:
        """The agenda's selected event, for the menu's "Record minutes"."""
        if self.view() != AGENDA:
            return None
        return self.agenda_model.row_at(self.agenda.currentIndex().row())

    def record_minutes(self, row: EventRow) -> None:
        """Minutes belong to one meeting: an occurrence of a series is taken out first."""
        event_id = row.id
        if row.recurring:
            data = get_event(self._store, row.id)
            if data is None:
                self.refresh()
                return
            occurrence = _at_occurrence(data, row)
            event_id = detach_occurrence(self._store, row.id, row.starts.date(), occurrence)
            self.refresh()
        self.minutes_requested.emit(event_id)
