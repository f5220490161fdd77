"""The Projects tab (Dự án): filters, a sortable table and the project's page."""

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator.db.queries.common import Choice, Sort
from coordinator.db.queries.partners import organization_choices
from coordinator.db.queries.progress import project_flags_now
from coordinator.db.queries.projects import (
    ProjectDetail,
    ProjectFilter,
    ProjectInput,
    ProjectRow,
    count_projects,
    get_project,
    list_projects,
    programme_choices,
    project_snapshot,
    put_project,
    set_project_deleted,
)
from coordinator.db.store import Store
from coordinator.domain.enums import ProjectStatus
from coordinator.text import labels
from coordinator.text.flags import flag_text
from coordinator.text.html import esc, fields, heading, link, note, table
from coordinator.ui.common.combo import LazyChoiceCombo, refill
from coordinator.ui.common.export_list import action_text, described, export_model_list, quoted
from coordinator.ui.common.lazy_model import Column, LazyTableModel
from coordinator.ui.common.tab import TabPage
from coordinator.ui.common.undo import Snapshots, SoftDelete
from coordinator.ui.common.views import (
    LIST_MIN_WIDTH,
    detail_browser,
    one_line,
    select_row,
    share_columns,
)
from coordinator.ui.projects.dialog import ProjectDialog
from coordinator.ui.projects.programmes import move_to_programme
from coordinator.ui.projects.stay_dialog import AssignmentDialog
from coordinator.ui.projects.stays import add_stay, edit_stay, remove_stay

FLAG_COLOUR = "#b00020"  # the red of a field's error line

COLUMNS: list[Column[ProjectRow]] = [
    Column(lambda: QCoreApplication.translate("ProjectsTab", "Code"), lambda r: r.code, "code"),
    Column(lambda: QCoreApplication.translate("ProjectsTab", "Title"), lambda r: r.title, "title"),
    Column(
        lambda: QCoreApplication.translate("ProjectsTab", "Programme"),
        lambda r: r.programme,
        "programme",
    ),
    Column(
        lambda: QCoreApplication.translate("ProjectsTab", "Partner"), lambda r: r.partner, "partner"
    ),
    Column(
        lambda: QCoreApplication.translate("ProjectsTab", "Host unit"),
        lambda r: r.host_unit,
        "host_unit",
    ),
    Column(
        lambda: QCoreApplication.translate("ProjectsTab", "Status"),
        lambda r: labels.project_status(r.status),
        "status",
    ),
    Column(
        lambda: QCoreApplication.translate("ProjectsTab", "Starts"),
        lambda r: labels.fmt_date(r.starts_on),
        "starts_on",
        cell=lambda r: r.starts_on,
    ),
    Column(
        lambda: QCoreApplication.translate("ProjectsTab", "Ends"),
        lambda r: labels.fmt_date(r.ends_on),
        "ends_on",
        cell=lambda r: r.ends_on,
    ),
]


class ProjectsTab(TabPage):
    open_event = Signal(int)
    minutes_requested = Signal(int)  # event id
    roster_requested = Signal(int, str)  # project id, window title

    def __init__(self, store: Store, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._undo = undo
        self._filter = ProjectFilter()

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by code or title"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        # Thousands of partners and units: read when a filter is first used.
        self.programme = LazyChoiceCombo(
            lambda: [(c.name, c.id) for c in programme_choices(self._store)],
            self.tr("All programmes"),
            12,
        )
        self.partner = LazyChoiceCombo(
            lambda: [(c.name, c.id) for c in organization_choices(self._store, internal=False)],
            self.tr("All partners"),
            12,
        )
        self.host_unit = LazyChoiceCombo(
            lambda: [(c.name, c.id) for c in organization_choices(self._store, internal=True)],
            self.tr("All host units"),
            12,
        )

        self.model: LazyTableModel[ProjectRow] = LazyTableModel(
            COLUMNS,
            lambda: count_projects(self._store, self._filter),
            lambda sort, off, lim: list_projects(self._store, self._filter, sort, off, lim),
            Sort("code"),
        )
        self.table = QTableView()
        one_line(self.table)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several projects may be chosen at once, to move them to another programme.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # The title keeps room to be read at any size and takes what is left; the names
        # after it shrink (and elide) so that the dates stay in sight at 1024 px.
        share_columns(
            self.table,
            {0: 80, 1: 240, 2: 120, 3: 110, 4: 110, 5: 100, 6: 86, 7: 86},
            main=1,
            main_min=220,
            fixed={0, 6, 7},
        )
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())

        self.detail = detail_browser()
        self.detail.anchorClicked.connect(self._anchor)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.status, self.programme, self.partner, self.host_unit):
            combo.currentIndexChanged.connect(lambda _i: self._apply_filter())

        filters = QGridLayout()
        filters.addWidget(self.search, 0, 0, 1, 2)
        filters.addWidget(self.status, 0, 2)
        filters.addWidget(self.programme, 1, 0)
        filters.addWidget(self.partner, 1, 1)
        filters.addWidget(self.host_unit, 1, 2)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(filters)
        ll.addWidget(self.table)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(LIST_MIN_WIDTH)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(splitter)

    def _fill_filters(self) -> None:
        refill(
            self.status,
            self.tr("All statuses"),
            ((labels.project_status(st), st.value) for st in ProjectStatus),
        )
        for combo in (self.programme, self.partner, self.host_unit):
            combo.invalidate()  # read again when next opened: others may have changed

    def _editor_choices(self) -> tuple[list[Choice], list[Choice], list[Choice]]:
        """Today's programmes, partners and host units, for the project editor."""
        return (
            programme_choices(self._store),
            organization_choices(self._store, internal=False),
            organization_choices(self._store, internal=True),
        )

    # --- TabPage -----------------------------------------------------------
    def refresh(self) -> None:
        current = self.current_id()
        self._fill_filters()
        self._filter = self._current_filter()
        self.model.reload()
        if not self._select(current) and self.model.rowCount():
            select_row(self.table, 0)
        self.status_message.emit(self.tr("%Ln project(s)", "", self.model.total()))

    def focus_filter(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def export_list(self) -> None:
        """Every project the filters show, in the table's order."""
        f, sort = self._filter, self.model.current_sort()
        name = self.tr("Projects")
        combos = (self.status, self.programme, self.partner, self.host_unit)
        title = described(
            name,
            [quoted(f.text)] + [c.currentText() for c in combos if c.currentData() is not None],
        )
        export_model_list(
            self,
            name,
            title,
            COLUMNS,
            lambda: count_projects(self._store, f),
            lambda off, lim: list_projects(self._store, f, sort, off, lim),
            self.status_message.emit,
        )

    def new_item(self, partner_id: int | None = None) -> None:
        dialog = ProjectDialog(self._store, None, *self._editor_choices(), self)
        if partner_id is not None:
            dialog.partner.setCurrentIndex(max(0, dialog.partner.findData(partner_id)))
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
            self._push_edit(self.tr("new project"), dialog.saved_id, None)
            self.model.reload()
            self.select_project(dialog.saved_id)
            self.status_message.emit(self.tr("Project saved. Ctrl+Z undoes it."))

    def edit_selected(self) -> None:
        project_id = self.current_id()
        detail = get_project(self._store, project_id) if project_id is not None else None
        if detail is None:
            return
        before = get_project(self._store, detail.project.id or 0)
        dialog = ProjectDialog(self._store, detail.project, *self._editor_choices(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
            same = dialog.saved_id == detail.project.id
            self._push_edit(
                labels.arg(self.tr("edit “%1”"), detail.project.code),
                dialog.saved_id,
                dialog.undo_base(before.project if before is not None else None) if same else None,
            )
            self.refresh()
            self.status_message.emit(self.tr("Project saved. Ctrl+Z undoes the change."))

    def _push_edit(self, text: str, project_id: int, before: ProjectInput | None) -> None:
        """Make a save just done undoable: undo puts back ``before`` (None: a new
        project, which undo sends to the trash)."""
        self._undo.push(
            Snapshots(
                text,
                {project_id: before},
                lambda i: project_snapshot(self._store, i),
                lambda i, snap: put_project(self._store, i, snap),
                lambda: self._after_undoable(project_id),
                self,
            )
        )

    def delete_selected(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete project"),
            self.tr("Delete project “%1”? You can undo this with Ctrl+Z.").replace("%1", row.code),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        project_id = row.id
        self._undo.push(
            SoftDelete(
                self.tr("delete project “%1”").replace("%1", row.code),
                lambda deleted: set_project_deleted(self._store, project_id, deleted),
                lambda: self._after_undoable(project_id),
            )
        )
        self.status_message.emit(self.tr("Project deleted. Ctrl+Z brings it back."))

    # --- helpers -----------------------------------------------------------
    def current_id(self) -> int | None:
        row = self.model.row_at(self.table.currentIndex().row())
        return row.id if row else None

    def select_project(self, project_id: int) -> bool:
        if self._select(project_id):
            return True
        self.search.clear()
        for combo in (self.status, self.programme, self.partner, self.host_unit):
            combo.setCurrentIndex(0)
        self._apply_filter()
        return self._select(project_id)

    def _after_undoable(self, project_id: int) -> None:
        self.model.reload()
        if not self._select(project_id):
            self._show_detail()

    def _select(self, project_id: int | None) -> bool:
        if project_id is None:
            return False
        row = self.model.find_row(lambda r: r.id == project_id)
        if row < 0:
            return False
        unchanged = self.table.currentIndex().row() == row
        select_row(self.table, row)  # a new current row shows its page by itself
        self.table.scrollTo(self.model.index(row, 0))
        if unchanged:
            self._show_detail()
        return True

    def _current_filter(self) -> ProjectFilter:
        status = self.status.currentData()
        return ProjectFilter(
            text=self.search.text(),
            status=ProjectStatus(status) if status else None,
            programme_id=self.programme.currentData(),
            partner_id=self.partner.currentData(),
            host_unit_id=self.host_unit.currentData(),
        )

    def _apply_filter(self) -> None:
        self._filter = self._current_filter()
        self.model.reload()
        if self.model.rowCount():
            select_row(self.table, 0)
        self._show_detail()
        self.status_message.emit(self.tr("%Ln project(s) found", "", self.model.total()))

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        writable = not self._store.read_only
        menu.addAction(self.tr("&New project…"), self.new_item).setEnabled(writable)
        if self.current_id() is not None:
            menu.addAction(self.tr("&Edit…"), self.edit_selected)
            menu.addAction(self.tr("&Delete"), self.delete_selected).setEnabled(writable)
            menu.addAction(self.tr("&Move to programme…"), self.move_selected).setEnabled(writable)
            menu.addSeparator()
            menu.addAction(self.tr("Add a &stay…"), self.add_stay).setEnabled(writable)
            menu.addAction(self.tr("Volunteer &roster of this project"), self.show_roster)
        menu.addSeparator()
        menu.addAction(action_text(), self.export_list)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def show_roster(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is not None:
            title = labels.arg(self.tr("Volunteer roster – %1"), row.code)
            self.roster_requested.emit(row.id, title)

    # --- programmes and stays ------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = (self.model.row_at(i.row()) for i in self.table.selectionModel().selectedRows())
        ids = [r.id for r in rows if r is not None]
        current = self.current_id()
        return ids or ([current] if current is not None else [])

    def move_selected(self) -> bool:
        """Move the selected projects to a programme the user picks: one undoable step."""
        ids = self.selected_ids()
        if self._store.read_only or not ids:
            return False
        moved = move_to_programme(
            self._store, self._undo, ids, self, lambda: self._after_undoable(ids[0])
        )
        if moved:
            self._after_undoable(ids[0])
            self.status_message.emit(
                labels.arg(
                    self.tr("%1 project(s) moved. Ctrl+Z undoes it."), labels.fmt_count(len(ids))
                )
            )
        return moved

    def add_stay(self) -> AssignmentDialog | None:
        project_id = self.current_id()
        if project_id is None or self._store.read_only:
            return None
        return add_stay(
            self._store,
            self._undo,
            self,
            lambda: self._after_undoable(project_id),
            project_id=project_id,
        )

    def edit_stay(self, assignment_id: int) -> AssignmentDialog | None:
        project_id = self.current_id()
        return edit_stay(
            self._store,
            self._undo,
            self,
            lambda: self._after_undoable(project_id) if project_id else self._show_detail(),
            assignment_id,
        )

    def remove_stay(self, assignment_id: int) -> bool:
        project_id = self.current_id()
        if project_id is None or self._store.read_only:
            return False
        detail = get_project(self._store, project_id)
        if detail is None:
            return False
        who = next((v.name for v in detail.volunteers if v.assignment_id == assignment_id), "")
        removed = remove_stay(
            self._store,
            self._undo,
            self,
            lambda: self._after_undoable(project_id),
            assignment_id,
            who,
        )
        if removed:
            self.status_message.emit(self.tr("Stay removed. Ctrl+Z brings it back."))
        return removed

    def _anchor(self, url: QUrl) -> None:
        if url.scheme() == "stay-new":
            self.add_stay()
        elif url.scheme() == "stay-edit":
            self.edit_stay(int(url.path()))
        elif url.scheme() == "stay-remove":
            self.remove_stay(int(url.path()))
        elif url.scheme() == "event":
            self.open_event.emit(int(url.path()))
        elif url.scheme() == "minutes":
            self.minutes_requested.emit(int(url.path()))
        elif url.scheme() == "roster":
            self.show_roster()

    def _show_detail(self) -> None:
        project_id = self.current_id()
        detail = get_project(self._store, project_id) if project_id is not None else None
        if detail is None:
            self.detail.setHtml(note(self.tr("Select a project to see its page.")))
            return
        self.detail.setHtml(self._detail_html(detail))

    def _detail_html(self, d: ProjectDetail) -> str:
        roster_text = self.tr("Open the volunteer roster")
        add_text = self.tr("Add a stay…")
        p = d.project
        status = labels.project_status(p.status)
        if p.status_since is not None:
            status = labels.arg(self.tr("%1 since %2"), status, labels.fmt_date(p.status_since))
        return "".join(
            [
                heading(f"{p.code} – {p.title}", 2),
                self._flags_html(p.id),
                fields(
                    [
                        (self.tr("Status"), status),
                        (self.tr("Programme"), d.programme),
                        (self.tr("Partner"), d.partner),
                        (self.tr("Host unit"), d.host_unit),
                        (self.tr("Period"), labels.fmt_period(p.starts_on, p.ends_on)),
                        (self.tr("Objectives"), p.objectives),
                    ]
                ),
                heading(self.tr("Milestones")),
                table(
                    [self.tr("Milestone"), self.tr("Due"), self.tr("Done on")],
                    [
                        (x.title, labels.fmt_date(x.due_on), labels.fmt_date(x.done_on))
                        for x in p.milestones
                    ],
                    self.tr("No milestones yet."),
                ),
                heading(self.tr("Indicators")),
                table(
                    # Five columns fit the side pane at 1024 px: the unit goes with the name.
                    [
                        self.tr("Indicator"),
                        self.tr("Baseline"),
                        self.tr("Target"),
                        self.tr("Actual"),
                        self.tr("Measured on"),
                    ],
                    [
                        (
                            labels.arg(self.tr("%1 (%2)"), x.name, x.unit) if x.unit else x.name,
                            *map(labels.fmt_number, (x.baseline, x.target, x.actual)),
                            labels.fmt_date(x.measured_on),
                        )
                        for x in p.indicators
                    ],
                    self.tr("No indicators yet."),
                ),
                heading(self.tr("Assigned volunteers")),
                "<p>"
                + link("roster:project", roster_text)
                + ("" if self._store.read_only else " · " + link("stay-new:", add_text))
                + "</p>",
                self._volunteers_html(d),
                heading(self.tr("Events")),
                self._events_html(d),
            ]
        )

    def _flags_html(self, project_id: int | None) -> str:
        """Today's flags of the project, each a coloured line under its title."""
        found = project_flags_now(self._store, project_id) if project_id is not None else []
        return "".join(
            f"<p style='color: {FLAG_COLOUR}; margin: 2px 0'><b>{esc(flag_text(f))}</b></p>"
            for f in found
        )

    def _volunteers_html(self, d: ProjectDetail) -> str:
        """The stays, each with its own Edit and Remove links."""
        if not d.volunteers:
            return note(self.tr("No volunteers assigned."))
        headers = [
            self.tr("Full name"),
            self.tr("Nationality"),
            self.tr("Expertise"),
            self.tr("Stay"),
        ]
        # Edit and Remove sit under the name: a fifth column made the table wider than
        # the pane at 1366 px, so the page scrolled sideways.
        edit, remove = self.tr("edit"), self.tr("remove")
        rows = "".join(
            "<tr><td>"
            + esc(v.name)
            + (
                ""
                if self._store.read_only
                else "<br>"
                + link(f"stay-edit:{v.assignment_id}", edit)
                + " · "
                + link(f"stay-remove:{v.assignment_id}", remove)
            )
            + "</td>"
            + "".join(
                f"<td>{esc(c)}</td>"
                for c in (
                    v.nationality,
                    v.expertise,
                    labels.fmt_period(v.arrives_on, v.departs_on),
                )
            )
            + "</tr>"
            for v in d.volunteers
        )
        head = "".join(f"<th align='left'>{esc(h)}</th>" for h in headers)
        return (
            "<table width='100%' cellspacing='0' cellpadding='3' border='1' "
            f"style='border-collapse: collapse; border-color: #ccc;'><tr>{head}</tr>{rows}</table>"
        )

    def _events_html(self, d: ProjectDetail) -> str:
        if not d.events:
            return note(self.tr("No events yet."))
        minutes = self.tr("minutes")
        items = "".join(
            f"<li>{esc(labels.fmt_datetime(e.starts))} – "
            f"{link(f'event:{e.id}', e.title)} ({esc(labels.event_kind(e.kind))}, "
            f"{esc(labels.event_status(e.status))}) · {link(f'minutes:{e.id}', minutes)}</li>"
            for e in d.events
        )
        return f"<ul>{items}</ul>"
