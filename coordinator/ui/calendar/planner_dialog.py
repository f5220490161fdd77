"""Plan consultations: choose projects and weeks, get a timetable, adjust it, save it whole."""

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coordinator.db.errors import StoreError
from coordinator.db.queries.planner import (
    busy_between,
    plan_projects,
    plannable_periods,
    plannable_projects,
    propose,
    save_plan,
)
from coordinator.db.store import Store
from coordinator.domain.planner import (
    Plan,
    PlanRequest,
    Reason,
    Session,
    Unplaced,
    default_period,
    free_slot,
    past_part,
)
from coordinator.domain.public_holidays import holiday_names
from coordinator.domain.timezone import today_local
from coordinator.text import labels
from coordinator.text.errors import in_use_error_text
from coordinator.ui.calendar.style import holiday_language, weekday_short
from coordinator.ui.common.dates import (
    DateTimeEdit,
    RequiredDateEdit,
    message_beside,
    refuse_bad_dates,
)

SESSION_ROLE = Qt.ItemDataRole.UserRole + 1


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class PlannerDialog(QDialog):
    """``first`` (and ``last``) fix the period; by default it runs from today, or from the
    start of the earliest project still to run if that is later (see default_period)."""

    def __init__(
        self,
        store: Store,
        first: date | None = None,
        parent: QWidget | None = None,
        last: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self.plan: Plan | None = None
        self.saved_ids: list[int] = []
        self.setWindowTitle(self.tr("Plan consultations"))
        self.resize(1200, 720)

        if first is None:
            first, default_last = default_period(plannable_periods(store), today_local())
        else:
            default_last = first + timedelta(days=25)
        last = last or default_last
        self.projects = QListWidget()
        self.projects.setObjectName("planner_projects")
        choices = plannable_projects(store)
        periods = dict(zip((c.id for c in choices), plannable_periods(store), strict=True))
        # Ticked: the projects that run during the period (all of them if none does).
        running = {
            c.id
            for c in choices
            if (periods[c.id][0] or first) <= last and first <= (periods[c.id][1] or last)
        } or {c.id for c in choices}
        for c in choices:
            item = QListWidgetItem(c.name)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if c.id in running else Qt.CheckState.Unchecked
            )
            self.projects.addItem(item)
        self.first = RequiredDateEdit(first)
        self.last = RequiredDateEdit(last)
        self.first.setObjectName("planner_first")
        self.last.setObjectName("planner_last")
        # Said before anything is planned: a period (or part of it) before today.
        self.period_note = QLabel()
        self.period_note.setObjectName("period_note")
        self.period_note.setWordWrap(True)
        self.period_note.setStyleSheet("color: #b00020;")
        self.first.dateChanged.connect(lambda _d: self._show_period_note())
        self.last.dateChanged.connect(lambda _d: self._show_period_note())
        self.per_week = QSpinBox()
        self.per_week.setRange(1, 5)
        self.per_week.setValue(2)
        self.length = QSpinBox()
        self.length.setRange(30, 240)
        self.length.setSingleStep(15)
        self.length.setValue(120)
        self.length.setSuffix(self.tr(" min"))
        self.times = QLineEdit("08:00, 14:00")
        self.times.setToolTip(self.tr("Start times to try, in order of preference"))
        self.propose_button = QPushButton(self.tr("&Propose a timetable"))
        self.propose_button.setObjectName("planner_propose")
        self.propose_button.setDefault(True)
        self.propose_button.clicked.connect(self.propose)
        self.message = QLabel()
        self.message.setObjectName("planner_message")
        self.message.setWordWrap(True)

        form = QFormLayout()
        for label, field in ((self.tr("&From"), self.first), (self.tr("&To"), self.last)):
            # Each day says beside itself when its text is not a date.
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(field)
            column.addWidget(message_beside(field))
            form.addRow(label, box)
            buddy = form.labelForField(box)
            if isinstance(buddy, QLabel):
                buddy.setBuddy(field.edit)
        form.addRow(self.period_note)
        form.addRow(self.tr("&Sessions per project per week"), self.per_week)
        form.addRow(self.tr("Session &length"), self.length)
        form.addRow(self.tr("Preferred &times"), self.times)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(QLabel(self.tr("Projects (host unit and volunteers):")))
        ll.addWidget(self.projects, 1)
        ll.addLayout(form)
        ll.addWidget(self.propose_button)
        ll.addWidget(self.message)

        self.grid = QTableWidget()
        self.grid.setObjectName("plannerGrid")
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.grid.customContextMenuRequested.connect(self._grid_menu)
        self.grid.cellDoubleClicked.connect(lambda r, c: self.move_session_at(r, c))
        self.grid.setToolTip(
            self.tr("Double-click a session to move it; right-click to move or drop it.")
        )
        # One line per reason, with how many sessions and which weeks.
        self.unplaced = QListWidget()
        self.unplaced.setObjectName("planner_unplaced")
        self.unplaced.setWordWrap(True)
        self.unplaced.setMaximumHeight(140)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.grid, 1)
        rl.addWidget(QLabel(self.tr("Sessions that could not be placed:")))
        rl.addWidget(self.unplaced)
        # Sessions placed without a room: their host unit has none, or none free then.
        self.room_note = QLabel()
        self.room_note.setObjectName("room_note")
        self.room_note.setWordWrap(True)
        self.room_note.setStyleSheet("color: #8a5a00;")
        self.room_note.hide()
        rl.addWidget(self.room_note)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 860])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("&Save the timetable")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self._show_period_note()

    def _show_period_note(self) -> None:
        """Say, before planning, when the period (or its beginning) is already past."""
        today = today_local()
        first, last = self.first.value(), self.last.value()
        past = (
            past_part(first, last, today)
            if first is not None and last is not None and first <= last
            else None
        )
        if past is None:
            self.period_note.clear()
        elif past.whole:
            self.period_note.setText(
                labels.arg(
                    self.tr(
                        "⚠ The whole period is in the past (today is %1): the sessions "
                        "would be dated before today."
                    ),
                    labels.fmt_date(today),
                )
            )
        else:
            self.period_note.setText(
                labels.arg(
                    self.tr("⚠ Part of the period is in the past: %1 – %2 come before today (%3)."),
                    labels.fmt_date(past.first),
                    labels.fmt_date(past.last),
                    labels.fmt_date(today),
                )
            )
        self.period_note.setVisible(past is not None)

    # --- proposing -----------------------------------------------------------
    def request(self) -> PlanRequest | None:
        ids = [
            self.projects.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.projects.count())
            if self.projects.item(i).checkState() == Qt.CheckState.Checked
        ]
        bad = refuse_bad_dates(self)
        if bad:
            self.message.setStyleSheet("color: #b00020;")
            self.message.setText(bad[0].problem())
            return None
        first, last = _pydate(self.first.date()), _pydate(self.last.date())
        problem = None
        try:
            times = tuple(
                time.fromisoformat(t.strip()) for t in self.times.text().split(",") if t.strip()
            )
        except ValueError:
            times = ()
        if not ids:
            problem = self.tr("Tick at least one project.")
        elif last < first:
            problem = self.tr("The last day comes before the first.")
        elif (last - first).days > 366:
            problem = self.tr("Plan at most one year at a time.")
        elif not times:
            problem = self.tr("Write the preferred start times as 08:00, 14:00.")
        if problem is not None:
            self.message.setStyleSheet("color: #b00020;")
            self.message.setText(problem)
            return None
        return PlanRequest(
            tuple(plan_projects(self._store, ids)),
            first,
            last,
            self.per_week.value(),
            timedelta(minutes=self.length.value()),
            times,
        )

    def propose(self) -> None:
        request = self.request()
        if request is None:
            return
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            self.plan = propose(self._store, request, holiday_language())
        finally:
            self.unsetCursor()
        self._request = request
        self._show()

    def _show(self) -> None:
        assert self.plan is not None
        request = self._request
        days = [
            request.first + timedelta(days=i)
            for i in range((request.last - request.first).days + 1)
        ]
        holidays = holiday_names(request.first, request.last, holiday_language())
        rows = [(p, v) for p in request.projects for v in p.volunteers]
        self.grid.clear()
        self.grid.setRowCount(len(rows))
        self.grid.setColumnCount(len(days))
        self.grid.setHorizontalHeaderLabels([f"{weekday_short(d)}\n{d:%d/%m}" for d in days])
        self.grid.setVerticalHeaderLabels([f"{v.name} ({p.code})" for p, v in rows])
        off = QBrush(QColor("#eeeeee"))
        holiday = QBrush(QColor("#fde0e0"))
        for c, d in enumerate(days):
            for r, (p, v) in enumerate(rows):
                item = QTableWidgetItem()
                if d in holidays:
                    item.setBackground(holiday)
                    item.setToolTip(holidays[d])
                elif d.weekday() >= 5 or not v.there(d) or not p.running(d):
                    item.setBackground(off)
                self.grid.setItem(r, c, item)
        index = {(p.project_id, v.person_id): r for r, (p, v) in enumerate(rows)}
        colour = QBrush(QColor("#c8e6c9"))
        for n, s in enumerate(self.plan.sessions):
            col = (s.starts.date() - request.first).days
            for pid in s.people:
                row = index.get((s.project.project_id, pid))
                if row is None or not 0 <= col < len(days):
                    continue
                cell = self.grid.item(row, col)
                if cell is None:
                    continue
                cell.setText(f"{s.starts:%H:%M}–{s.ends:%H:%M}")
                cell.setBackground(colour)
                cell.setData(SESSION_ROLE, n)
                where = s.room.name if s.room else self.tr("no room")
                cell.setToolTip(f"{s.project.code}: {s.project.title}\n{where}")
        self.grid.resizeColumnsToContents()
        if self.plan.sessions:  # a long period opens on its first session, not its first day
            col = (self.plan.sessions[0].starts.date() - request.first).days
            if 0 <= col < len(days):
                bar = self.grid.horizontalScrollBar()
                bar.setValue(self.grid.horizontalHeader().sectionPosition(col))
        self.unplaced.clear()
        for reason, items in self.plan.unplaced_by_reason().items():
            line = labels.arg(
                self.tr("%1 (%2 sessions): %3"),
                reason_text(reason),
                labels.fmt_count(len(items)),
                self._weeks_text(items),
            )
            entry = QListWidgetItem(line)
            entry.setToolTip(line)
            entry.setData(Qt.ItemDataRole.UserRole, reason.value)
            self.unplaced.addItem(entry)
        self._show_room_note()
        placed, missing = len(self.plan.sessions), len(self.plan.unplaced)
        self.message.setStyleSheet("" if not missing else "color: #8a5a00;")
        self.message.setText(
            labels.arg(
                self.tr("%1 sessions placed, %2 could not be placed."),
                labels.fmt_count(placed),
                labels.fmt_count(missing),
            )
            if missing
            else labels.arg(
                self.tr("All %1 sessions placed without a clash."), labels.fmt_count(placed)
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(placed > 0)

    def _weeks_text(self, items: list[Unplaced]) -> str:
        """``TNV-01, weeks of 04/05, 11/05 (×2); TNV-02, …``: each project's weeks."""
        by_project: dict[str, dict[date, int]] = {}
        for u in items:
            weeks = by_project.setdefault(u.project.code, {})
            weeks[u.week] = weeks.get(u.week, 0) + 1
        parts = []
        for code, weeks in by_project.items():
            days = ", ".join(f"{d:%d/%m}" + (f" (×{n})" if n > 1 else "") for d, n in weeks.items())
            parts.append(labels.arg(self.tr("%1, weeks of %2"), code, days))
        return "; ".join(parts)

    def _show_room_note(self) -> None:
        """Name the projects whose sessions were left without a place, and why."""
        assert self.plan is not None
        lines = []
        roomless = self.plan.without_room()
        no_rooms = dict.fromkeys(s.project.code for s in roomless if not s.project.rooms)
        if no_rooms:
            lines.append(
                labels.arg(
                    self.tr(
                        "%1: the host unit has no room in the list of rooms; "
                        "the place of these sessions is left empty."
                    ),
                    ", ".join(no_rooms),
                )
            )
        taken = [s for s in roomless if s.project.rooms]
        if taken:
            when = ", ".join(
                f"{s.project.code} {labels.fmt_date(s.starts.date())} {s.starts:%H:%M}"
                for s in taken[:5]
            ) + (f" (+{len(taken) - 5})" if len(taken) > 5 else "")
            lines.append(
                labels.arg(
                    self.tr("Every room of the host unit is taken at %1; the place is left empty."),
                    when,
                )
            )
        self.room_note.setText("\n".join(lines))
        self.room_note.setVisible(bool(lines))

    # --- adjusting -----------------------------------------------------------
    def session_at(self, row: int, col: int) -> Session | None:
        item = self.grid.item(row, col)
        n = item.data(SESSION_ROLE) if item is not None else None
        return None if n is None or self.plan is None else self.plan.sessions[n]

    def _grid_menu(self, pos: QPoint) -> None:
        index = self.grid.indexAt(pos)
        session = self.session_at(index.row(), index.column())
        if session is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("&Move…"), lambda: self.move_session_at(index.row(), index.column()))
        menu.addAction(self.tr("&Drop this session"), lambda: self.drop(session))
        menu.exec(self.grid.viewport().mapToGlobal(pos))

    def drop(self, session: Session) -> None:
        assert self.plan is not None
        self.plan.sessions.remove(session)
        self._show()

    def move_session_at(self, row: int, col: int) -> None:
        session = self.session_at(row, col)
        if session is None:
            return
        dialog = MoveSessionDialog(session.starts, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.move_session(session, dialog.value())

    def move_session(self, session: Session, starts: datetime) -> bool:
        """Move a proposed session by hand; refused if it would clash."""
        assert self.plan is not None
        old = session.starts, session.ends, session.room
        session.ends = starts + (session.ends - session.starts)
        session.starts = starts
        busy = busy_between(self._store, starts.date(), session.ends.date())
        if not free_slot(session, busy, self.plan.sessions):
            session.starts, session.ends, session.room = old
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("That time clashes with another booking of a volunteer or the host unit."),
            )
            return False
        self.plan.sessions.sort(key=lambda s: (s.starts, s.project.code))
        self._show()
        return True

    # --- saving --------------------------------------------------------------
    def save(self) -> None:
        if self.plan is None or not self.plan.sessions:
            return
        try:
            self.saved_ids = save_plan(self._store, self.plan, self.tr("Consultation %1: %2"))
        except StoreError as exc:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                labels.arg(self.tr("The timetable could not be saved: %1"), in_use_error_text(exc)),
            )
            return
        self.accept()


def reason_text(reason: Reason) -> str:
    return {
        Reason.NO_WORKING_DAY: QCoreApplication.translate(
            "PlannerDialog", "No working day left in the week (holidays, weekend, period's end)"
        ),
        Reason.OUTSIDE_PROJECT: QCoreApplication.translate(
            "PlannerDialog", "Outside the project's dates"
        ),
        Reason.NOBODY_THERE: QCoreApplication.translate(
            "PlannerDialog", "Outside the volunteers' stay"
        ),
        Reason.NO_TIME_FITS: QCoreApplication.translate(
            "PlannerDialog", "No preferred time fits office hours"
        ),
        Reason.ALL_BUSY: QCoreApplication.translate(
            "PlannerDialog", "The volunteers or the host unit are busy at every preferred time"
        ),
    }[reason]


class MoveSessionDialog(QDialog):
    def __init__(self, starts: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move the session"))
        self.when = DateTimeEdit()
        self.when.set_value(starts)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QHBoxLayout(self)
        layout.addWidget(QLabel(self.tr("&New start:")))
        layout.addWidget(self.when)
        layout.addWidget(buttons)

    def value(self) -> datetime:
        return self.when.value()
