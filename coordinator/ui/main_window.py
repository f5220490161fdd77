"""The main window: builds the tabs, the menus and the toolbar, and wires them."""

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QStyle,
    QTabWidget,
    QToolBar,
    QToolButton,
)

from coordinator import __version__
from coordinator.db.backups import Backup, backups_dir, make_backup
from coordinator.db.errors import BackupCancelledError, StoreError
from coordinator.db.queries.actions import Due, DueCounts, due_counts
from coordinator.db.queries.search import SearchHit
from coordinator.db.search_index import Kind
from coordinator.db.store import Store
from coordinator.domain.timezone import today_local
from coordinator.text import labels
from coordinator.text.errors import IN_USE_ERRORS, in_use_error_text, write_error_text
from coordinator.ui.agreements.flow import AgreementFlow
from coordinator.ui.agreements.window import AgreementsDialog
from coordinator.ui.backups import RestoreDialog
from coordinator.ui.calendar.actions import Scheduling
from coordinator.ui.calendar.tab import CalendarTab
from coordinator.ui.common.guard import refuse_writing
from coordinator.ui.common.operation import Operation, disable_while_writing
from coordinator.ui.common.tab import TabPage
from coordinator.ui.common.views import ElidedLabel
from coordinator.ui.followup.tab import FollowUpTab
from coordinator.ui.minutes.dialog import open_minutes
from coordinator.ui.partners.tab import PartnersTab
from coordinator.ui.people.dialog import PersonDialog
from coordinator.ui.people.edit import edit_person
from coordinator.ui.projects.programmes import ProgrammesDialog
from coordinator.ui.projects.tab import ProjectsTab
from coordinator.ui.register.window import RegisterDialog
from coordinator.ui.report.dialog import ReportDialog
from coordinator.ui.rooms.list_dialog import RoomsDialog
from coordinator.ui.search import SearchBox, SearchResults
from coordinator.ui.sheets.import_dialog import ImportDialog
from coordinator.ui.trash import TrashDialog
from coordinator.ui.window_base import WindowBase

PARTNERS, PROJECTS, CALENDAR, FOLLOW_UP = range(4)


class MainWindow(WindowBase):
    """One window over one open store. Opening another file asks the app to swap stores."""

    open_database_requested = Signal(Path)
    restore_requested = Signal(Path)  # a backup's database file, to put in place of this one
    language_requested = Signal(str)

    def __init__(self, store: Store, language: str, settings: QSettings) -> None:
        super().__init__()
        self.store = store
        self._settings = settings
        self.undo_stack = QUndoStack(self)
        title = self.tr("Coordinator – %1").replace("%1", store.path.name)
        if store.read_only:
            title += " " + self.tr("(read-only)")
        self.setWindowTitle(title)
        self.resize(1280, 800)

        self.partners = PartnersTab(store, self.undo_stack)
        self.projects = ProjectsTab(store, self.undo_stack)
        self.calendar = CalendarTab(store, self.undo_stack)
        self.follow_up = FollowUpTab(store, self.undo_stack)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.partners, self.tr("Partners"))
        self.tabs.addTab(self.projects, self.tr("Projects"))
        self.tabs.addTab(self.calendar, self.tr("Calendar"))
        self.tabs.addTab(self.follow_up, self.tr("Follow-up"))
        self.tabs.setTabToolTip(FOLLOW_UP, self.tr("Action items and commitments still to do"))
        self.setCentralWidget(self.tabs)

        self.search_box = SearchBox()
        self.search_results = SearchResults(store, self.search_box, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.search_results)
        self.search_results.hide()
        self.search_results.hit_activated.connect(self.open_hit)
        self.search_results.message.connect(lambda text: self.statusBar().showMessage(text, 8000))

        # How many action items need chasing; a click opens them.
        self.due_button = QToolButton()
        self.due_button.setAutoRaise(True)
        self.due_button.clicked.connect(self.show_due_items)
        self.statusBar().addPermanentWidget(self.due_button)
        # A long path gives way in its middle (its folder and file name stay readable).
        self.db_label = ElidedLabel(str(store.path), mode=Qt.TextElideMode.ElideMiddle)
        self.db_label.setMinimumWidth(160)
        self.db_label.setMaximumWidth(420)
        self.statusBar().addPermanentWidget(self.db_label)
        self.read_only_label = QLabel(self.tr("Read-only"))
        self.read_only_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.read_only_label.setToolTip(
            self.tr("This database is open read-only: you can read everything but save nothing")
        )
        self.read_only_label.setVisible(store.read_only)
        self.statusBar().addPermanentWidget(self.read_only_label)
        self._report_dialog: ReportDialog | None = None
        self._programmes_dialog: ProgrammesDialog | None = None
        self._register_dialog: RegisterDialog | None = None
        # Agreements: their list in a window of its own, and one editor flow for search hits.
        self._agreements_dialog: AgreementsDialog | None = None
        self.agreement_flow = AgreementFlow(store, self.undo_stack, self)
        self.agreement_flow.changed.connect(lambda _id: self.current_page().refresh())
        self.agreement_flow.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self._counted_on: date | None = None
        self.due_counts = DueCounts(0, 0)
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(60_000)
        self._day_timer.timeout.connect(self._new_day)
        self._day_timer.start()
        for tab in self._pages():
            tab.status_message.connect(self._tab_status)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.partners.open_project.connect(self._show_project)
        self.projects.open_event.connect(self._show_event)
        self.projects.minutes_requested.connect(self.open_minutes)
        self.calendar.minutes_requested.connect(self.open_minutes)
        self.follow_up.open_minutes.connect(self.open_minutes)
        self.follow_up.counts_changed.connect(self.update_due_counts)
        self.undo_stack.indexChanged.connect(lambda _i: self.update_due_counts())

        self._build_actions(language)
        if store.read_only:
            self._disable_writing()
        # While a backup, restore or import runs, what would conflict with it waits.
        disable_while_writing(
            [
                self.backup_action,
                self.restore_action,
                self.open_db_action,
                self.new_db_action,
                self.import_action,
                self.list_import_action,
            ],
            self,
        )
        self.projects.roster_requested.connect(
            lambda pid, title: self.scheduling.show_roster(project_id=pid, title=title)
        )
        self.partners.roster_requested.connect(
            lambda oid, title: self.scheduling.show_roster(organization_id=oid, title=title)
        )
        # Each tab reads the store when it is shown (see _tab_changed); only the first
        # one is read now, so a department-size file opens as fast as an empty one.
        self.current_page().refresh()
        self.statusBar().showMessage(self.tr("Ready."), 3000)
        QTimer.singleShot(0, self.update_due_counts)  # after the window is up

    # --- wiring ----------------------------------------------------------------
    def _pages(self) -> list[TabPage]:
        return [self.partners, self.projects, self.calendar, self.follow_up]

    def current_page(self) -> TabPage:
        return self._pages()[self.tabs.currentIndex()]

    def _tab_status(self, text: str) -> None:
        if self.sender() is self.current_page():
            self.statusBar().showMessage(text, 5000)

    def _tab_changed(self, _index: int) -> None:
        self.current_page().refresh()

    def _show_project(self, project_id: int) -> None:
        self.tabs.setCurrentIndex(PROJECTS)
        self.projects.select_project(project_id)

    def _show_event(self, event_id: int) -> None:
        self.tabs.setCurrentIndex(CALENDAR)
        self.calendar.show_event(event_id)

    # --- minutes, follow-up and search -----------------------------------------
    def open_minutes(self, event_id: int) -> None:
        dialog = open_minutes(self.store, event_id, self)
        if dialog is None:
            self.statusBar().showMessage(self.tr("This event no longer exists."), 5000)
            return
        if dialog.exec() == QDialog.DialogCode.Accepted or dialog.changed:
            self.statusBar().showMessage(self.tr("Minutes saved."), 5000)
            self.current_page().refresh()
            self.update_due_counts()

    def record_minutes(self) -> None:
        row = self.calendar.selected_row() if self.current_page() is self.calendar else None
        if row is None:
            self.statusBar().showMessage(
                self.tr(
                    "Right-click an event in the calendar, or select it in the agenda, "
                    "to record its minutes."
                ),
                8000,
            )
            return
        self.calendar.record_minutes(row)

    def show_report(self) -> ReportDialog:
        """The report dialog; it keeps its choices for the rest of the session."""
        if self._report_dialog is None:
            self._report_dialog = ReportDialog(self.store, self)
            self._report_dialog.saved.connect(
                lambda path: self.statusBar().showMessage(
                    labels.arg(self.tr("Report saved to %1"), str(path)), 8000
                )
            )
        self._report_dialog.show()
        self._report_dialog.raise_()
        self._report_dialog.activateWindow()
        return self._report_dialog

    def print_current(self) -> None:
        """Ctrl+P: the calendar prints the view it shows; the other tabs have no page of
        their own to print, so there Ctrl+P opens the status report."""
        if self.current_page() is self.calendar:
            self.scheduling.print_view()
        else:
            self.show_report()

    def show_import(self) -> ImportDialog:
        """File → Import a list from Excel/CSV: the steps, then one undoable import."""
        dialog = ImportDialog(self.store, self.undo_stack, self.data_replaced, self)
        dialog.imported.connect(lambda text: self.statusBar().showMessage(text, 15000))
        dialog.finished.connect(dialog.deleteLater)  # its plan may hold 100,000 rows
        dialog.open()
        return dialog

    def show_trash(self) -> TrashDialog:
        dialog = TrashDialog(self.store, self.undo_stack, self)
        dialog.restored.connect(self._restored)
        dialog.show()
        return dialog

    def show_rooms(self) -> RoomsDialog:
        """Schedule → Rooms: the list of meeting rooms; changes are undoable here."""
        dialog = RoomsDialog(self.store, self.undo_stack, self)
        dialog.changed.connect(lambda text: self.statusBar().showMessage(text, 8000))
        dialog.changed.connect(lambda _t: self.calendar.reload_choices())
        dialog.show()
        return dialog

    def show_register(self) -> RegisterDialog:
        """File → Sổ văn bản đi: the register of issued numbers; one per window, read
        again each time it is shown (a number issued meanwhile)."""
        if self._register_dialog is None:
            self._register_dialog = RegisterDialog(self.store, self)
            self._register_dialog.said.connect(lambda t: self.statusBar().showMessage(t, 8000))
        else:
            self._register_dialog.reload()
        self._register_dialog.show()
        self._register_dialog.raise_()
        self._register_dialog.activateWindow()
        return self._register_dialog

    def show_programmes(self) -> ProgrammesDialog:
        """The list of programmes (Chương trình); one per window, kept between uses."""
        if self._programmes_dialog is None:
            self._programmes_dialog = ProgrammesDialog(self.store, self.undo_stack, self)
            self._programmes_dialog.changed.connect(lambda: self.current_page().refresh())
        self._programmes_dialog.reload()
        self._programmes_dialog.show()
        self._programmes_dialog.raise_()
        self._programmes_dialog.activateWindow()
        return self._programmes_dialog

    def open_person(self, hit: SearchHit) -> PersonDialog | None:
        """A person found by the search: their partner's page behind, their editor in front."""
        if hit.organization_id is not None:
            self.tabs.setCurrentIndex(PARTNERS)
            if self.partners.select_partner(hit.organization_id):
                self.statusBar().showMessage(
                    labels.arg(self.tr("%1 works at %2."), hit.title, hit.parent or ""), 8000
                )
        return edit_person(
            self.store, self.undo_stack, self, lambda: self.current_page().refresh(), hit.id
        )

    def _restored(self, titles: str) -> None:
        self.data_replaced()
        self.statusBar().showMessage(
            labels.arg(self.tr("Restored: %1. Ctrl+Z puts it back in the trash."), titles), 8000
        )

    def show_agreements(self) -> AgreementsDialog:
        """The list of every agreement, in a window beside this one."""
        if self._agreements_dialog is None:
            self._agreements_dialog = AgreementsDialog(self.store, self.undo_stack, self)
            self._agreements_dialog.flow.changed.connect(lambda _id: self.current_page().refresh())
        else:
            self._agreements_dialog.apply_filter()
        self._agreements_dialog.show()
        self._agreements_dialog.raise_()
        self._agreements_dialog.activateWindow()
        return self._agreements_dialog

    def preferences(self) -> None:
        """Edit → Preferences; the alert window of agreements may have changed."""
        self.scheduling.preferences()
        if self._report_dialog is not None:
            self._report_dialog.preferences_changed()
        self.update_due_counts()
        if self.current_page() is self.follow_up:
            self.follow_up.refresh()

    def data_replaced(self) -> None:
        """After a bulk change (the demo, an .ics import, records back from the trash):
        the lists the editors offer, the tab in view and the status bar's counts are read
        again now; the other tabs read the store when they are shown."""
        self.calendar.reload_choices()
        self.current_page().refresh()
        self.update_due_counts()

    def update_due_counts(self) -> None:
        today = today_local()
        self._counted_on = today
        self.due_counts = counts = due_counts(self.store, today)
        if counts.overdue:
            text = labels.arg(
                self.tr("⚠ %1 overdue, %2 due this week"),
                labels.fmt_count(counts.overdue),
                labels.fmt_count(counts.this_week),
            )
        else:
            text = labels.arg(
                self.tr("%1 action items due this week"), labels.fmt_count(counts.this_week)
            )
        if counts.agreements_ending:
            text += labels.arg(
                self.tr(", %1 agreements ending soon"), labels.fmt_count(counts.agreements_ending)
            )
        alert = counts.overdue or counts.agreements_ending
        self.due_button.setStyleSheet("color: #b00020; font-weight: bold;" if alert else "")
        self.due_button.setText(text)
        self.due_button.setToolTip(self.tr("Open the follow-up list"))

    def _new_day(self) -> None:
        if self._counted_on != today_local():
            self.update_due_counts()
            if self.current_page() is self.follow_up:
                self.follow_up.refresh()

    def show_due_items(self) -> None:
        self.tabs.setCurrentIndex(FOLLOW_UP)
        self.follow_up.show_due(Due.OVERDUE if self.due_counts.overdue else Due.THIS_WEEK)

    def focus_search(self) -> None:
        self.search_results.show()
        self.search_box.setFocus()
        self.search_box.selectAll()

    def open_hit(self, hit: SearchHit) -> None:
        if hit.kind in (Kind.MINUTES, Kind.DECISION, Kind.ACTION_ITEM) and hit.event_id:
            self.open_minutes(hit.event_id)
        elif hit.kind == Kind.EVENT:
            self._show_event(hit.id)
        elif hit.kind == Kind.PROJECT:
            self._show_project(hit.id)
        elif hit.kind == Kind.ROOM:
            self.show_rooms().open_room(hit.id)
        elif hit.kind == Kind.PROGRAMME:
            self.show_programmes().show_programme(hit.id)
        elif hit.kind == Kind.PERSON:
            self.open_person(hit)
        elif hit.kind == Kind.AGREEMENT:
            self.agreement_flow.edit(hit.id)
        elif hit.organization_id is not None:
            self.tabs.setCurrentIndex(PARTNERS)
            if not self.partners.select_partner(hit.organization_id):
                self.statusBar().showMessage(self.tr("Clear the partner filter to see it."), 5000)
        else:
            self.statusBar().showMessage(
                labels.arg(self.tr("%1 belongs to no organisation."), hit.title), 8000
            )

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon: QStyle.StandardPixmap | None = None,
        tip: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _disable_writing(self) -> None:
        """A read-only file: what would write is greyed out, and says why when pointed at."""
        refuse_writing(
            self.new_action,
            self.delete_action,
            self.trash_action,
            self.restore_action,
            self.plan_action,
            self.import_action,
            self.list_import_action,
        )

    def _build_actions(self, language: str) -> None:
        sp = QStyle.StandardPixmap
        self.new_db_action = self._action(
            self.tr("&New database…"), self.new_database, "Ctrl+Shift+N"
        )
        self.open_db_action = self._action(
            self.tr("&Open database…"),
            self.open_database,
            QKeySequence.StandardKey.Open,
            sp.SP_DialogOpenButton,
            self.tr("Open another Coordinator database file"),
        )
        self.backup_action = self._action(
            self.tr("&Back up now"),
            self.backup_database,
            "Ctrl+Shift+B",
            sp.SP_DialogSaveButton,
            self.tr("Copy the database and its attachments into the backups folder"),
        )
        self.restore_action = self._action(
            self.tr("&Restore from a backup…"),
            self.restore_database,
            None,
            None,
            self.tr("Bring back the database as it was in one of its backups"),
        )
        # Ctrl+P prints what the tab shows (Scheduling.print_view); the report has its own.
        self.report_action = self._action(
            self.tr("Status &report…"),
            self.show_report,
            "Ctrl+Alt+P",
            None,
            self.tr("Print or save a status summary for a period (Ctrl+Alt+P)"),
        )
        self.report_action.setIcon(
            QIcon.fromTheme("document-print", self.style().standardIcon(sp.SP_DialogSaveButton))
        )
        self.register_action = self._action(
            self.tr("Outgoing &documents register…"),
            self.show_register,
            None,
            None,
            self.tr("The numbers issued to minutes and reports, by year and type"),
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.export_list_action = self._action(
            self.tr("E&xport this list…"),
            lambda: self.current_page().export_list(),
            None,
            None,
            self.tr("Write the current tab's list, as filtered and sorted, to .xlsx or .csv"),
        )

        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(self.style().standardIcon(sp.SP_ArrowBack))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.redo_action.setIcon(self.style().standardIcon(sp.SP_ArrowForward))
        self.new_action = self._action(
            self.tr("&New…"),
            lambda: self.current_page().new_item(),
            QKeySequence.StandardKey.New,
            sp.SP_FileIcon,
            self.tr("Create a record in the current tab (Ctrl+N)"),
        )
        self.delete_action = self._action(
            self.tr("&Delete"),
            lambda: self.current_page().delete_selected(),
            QKeySequence.StandardKey.Delete,
            sp.SP_TrashIcon,
            self.tr("Delete the selected record (Delete); Ctrl+Z undoes it"),
        )
        self.trash_action = self._action(
            self.tr("&Trash…"),
            self.show_trash,
            "Ctrl+Shift+Del",
            sp.SP_TrashIcon,
            self.tr("Deleted records, and bringing them back"),
        )
        self.find_action = self._action(
            self.tr("&Search everything…"),
            self.focus_search,
            QKeySequence.StandardKey.Find,
            sp.SP_FileDialogContentsView,
            self.tr("Find partners, people, projects, events, minutes and action items (Ctrl+F)"),
        )
        self.filter_action = self._action(
            self.tr("&Filter this tab"),
            lambda: self.current_page().focus_filter(),
            "Ctrl+Shift+F",
            None,
            self.tr("Go to the current tab's filter (Ctrl+Shift+F)"),
        )
        self.minutes_action = self._action(
            self.tr("Record &minutes…"),
            self.record_minutes,
            "Ctrl+M",
            sp.SP_FileDialogInfoView,
            self.tr("Attendance, conclusions and action items of the selected event"),
        )
        self.follow_up_action = self._action(
            self.tr("&Follow-up of action items"),
            lambda: self.tabs.setCurrentIndex(FOLLOW_UP),
            "Ctrl+4",
            None,
            self.tr("Action items and commitments still to do"),
        )
        self.refresh_action = self._action(
            self.tr("&Refresh"),
            lambda: self.current_page().refresh(),
            QKeySequence.StandardKey.Refresh,
            sp.SP_BrowserReload,
            self.tr("Read the data again (F5)"),
        )
        self.about_action = self._action(self.tr("&About Coordinator"), self.about)
        self.programmes_action = self._action(
            self.tr("&Programmes…"),
            self.show_programmes,
            "Ctrl+Shift+G",
            None,
            self.tr("The programmes that group projects: new, edit, delete (Ctrl+Shift+G)"),
        )
        self.scheduling = Scheduling(self)
        self.plan_action = self._action(
            self.tr("&Plan consultations…"),
            self.scheduling.plan,
            "Ctrl+Shift+P",
            sp.SP_FileDialogDetailedView,
            self.tr("Propose a timetable of consultations without double bookings"),
        )
        self.print_action = self._action(
            self.tr("&Print this view…"),
            self.print_current,
            QKeySequence.StandardKey.Print,
            None,
            self.tr(
                "Print what the calendar shows, with its filter (Ctrl+P); "
                "on the other tabs, the status report"
            ),
        )
        self.print_action.setIcon(QIcon.fromTheme("document-print"))
        self.view_pdf_action = self._action(
            self.tr("Save this &view as PDF…"),
            self.scheduling.save_view_pdf,
            None,
            None,
            self.tr("The calendar's month, week or agenda, as shown and filtered, to a PDF file"),
        )
        self.schedule_action = self._action(
            self.tr("&Weekly work schedule…"),
            self.scheduling.weekly_schedule,
            None,
            None,
            self.tr("Lịch công tác tuần: a week's events by day, to print, PDF or Word"),
        )
        self.roster_action = self._action(
            self.tr("Volunteer &roster"),
            self.scheduling.show_roster,
            "Ctrl+Shift+R",
            sp.SP_FileDialogListView,
            self.tr("The experts, their projects and their stay"),
        )
        self.import_action = self._action(
            self.tr("&Import calendar (.ics)…"),
            self.scheduling.import_ics,
            "Ctrl+I",
            None,
            self.tr("Add events from Outlook, Google Calendar or Thunderbird"),
        )
        self.list_import_action = self._action(
            self.tr("Import a &list from Excel/CSV…"),
            self.show_import,
            None,
            None,
            self.tr("Bring in partners, people or volunteers' stays from a workbook or CSV file"),
        )
        self.export_action = self._action(
            self.tr("&Export calendar (.ics)…"),
            self.scheduling.export_ics,
            "Ctrl+E",
            None,
            self.tr("Write the events the calendar shows to an .ics file"),
        )
        self.agreements_action = self._action(
            self.tr("Cooperation &agreements…"),
            self.show_agreements,
            "Ctrl+Shift+A",
            None,
            self.tr("Every agreement: in force, ending soon, ended; new, renew, delete"),
        )
        self.preferences_action = self._action(
            self.tr("&Preferences…"),
            self.preferences,
            QKeySequence.StandardKey.Preferences,
            None,
            self.tr("Office hours, and the department and province printed on documents"),
        )

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for a in (self.new_db_action, self.open_db_action):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.print_action)
        file_menu.addAction(self.report_action)
        file_menu.addAction(self.register_action)
        file_menu.addAction(self.export_list_action)
        file_menu.addSeparator()
        file_menu.addAction(self.list_import_action)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        for a in (self.new_action, self.delete_action, self.trash_action):
            edit_menu.addAction(a)
        edit_menu.addSeparator()
        for a in (self.find_action, self.filter_action):
            edit_menu.addAction(a)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.refresh_action)
        view_menu.addAction(self.follow_up_action)
        view_menu.addAction(self.search_results.toggleViewAction())
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in (("vi", "Tiếng Việt"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setChecked(code == language)
            action.setData(code)
            action.triggered.connect(lambda _c=False, c=code: self.language_requested.emit(c))
            group.addAction(action)
            language_menu.addAction(action)
        # The lists a coordinator keeps beside the tabs, each in a window of its own.
        lists_menu = self.menuBar().addMenu(self.tr("&Lists"))
        self.rooms_action = self._action(
            self.tr("R&ooms…"),
            self.show_rooms,
            "Ctrl+Shift+O",
            None,
            self.tr(
                "The meeting rooms: events in one room clash, and the planner fills them "
                "(Ctrl+Shift+O)"
            ),
        )
        for a in (
            self.agreements_action,
            self.programmes_action,
            self.roster_action,
            self.rooms_action,
        ):
            lists_menu.addAction(a)
        schedule_menu = self.menuBar().addMenu(self.tr("&Schedule"))
        for a in (self.plan_action, self.roster_action, self.rooms_action, self.minutes_action):
            schedule_menu.addAction(a)
        schedule_menu.addSeparator()
        for a in (self.schedule_action, self.print_action, self.view_pdf_action):
            schedule_menu.addAction(a)
        schedule_menu.addSeparator()
        schedule_menu.addAction(self.import_action)
        schedule_menu.addAction(self.export_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("main_toolbar")
        for a in (self.new_action, self.delete_action, self.undo_action, self.redo_action):
            toolbar.addAction(a)
        toolbar.addSeparator()
        toolbar.addAction(self.find_action)
        toolbar.addAction(self.refresh_action)
        toolbar.addSeparator()
        toolbar.addAction(self.plan_action)
        toolbar.addAction(self.roster_action)
        toolbar.addAction(self.minutes_action)
        toolbar.addAction(self.report_action)
        spacer = QLabel()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search_box)
        self.addToolBar(toolbar)
        self.calendar.add_tool_actions([self.schedule_action])

    # --- File menu -------------------------------------------------------------
    def _db_filter(self) -> str:
        return self.tr("Coordinator databases (*.sqlite *.db);;All files (*)")

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New database"),
            str(self.store.path.parent / "coordinator-new.sqlite"),
            self._db_filter(),
        )
        if path:
            target = Path(path)
            if target.exists():
                QMessageBox.warning(
                    self,
                    self.tr("New database"),
                    self.tr("“%1” already exists. Choose a new file name, or use Open.").replace(
                        "%1", target.name
                    ),
                )
                return
            self.open_database_requested.emit(target)

    def open_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), str(self.store.path.parent), self._db_filter()
        )
        if path:
            self.open_database_requested.emit(Path(path))

    def backup_database(self) -> Operation[Backup]:
        """Back up now into the backups folder, with progress; the window stays live,
        and Back up now, Restore and Open wait until the backup is done."""
        path = self.store.path
        return (
            Operation(self, lambda progress: make_backup(path, "manual", progress=progress))
            .with_progress(self.tr("Backing up the database…"), self.tr("Stop"))
            .writes()
            .success(self._backed_up)
            .failure(self._backup_failed)
            .run()
        )

    def _backed_up(self, backup: Backup) -> None:
        self.statusBar().showMessage(
            labels.arg(self.tr("Backup saved to %1"), str(backup.folder)), 8000
        )

    def _backup_failed(self, exc: BaseException) -> None:
        if isinstance(exc, BackupCancelledError):
            self.statusBar().showMessage(self.tr("Backup stopped; nothing was written."), 8000)
            return
        if isinstance(exc, OSError):  # a full disk, a folder it may not write: said as such
            said = write_error_text(backups_dir(self.store.path) / self.store.path.name, exc)
        elif isinstance(exc, IN_USE_ERRORS):
            said = in_use_error_text(exc)
        elif isinstance(exc, StoreError):
            said = labels.arg(self.tr("The backup could not be written: %1"), exc)
        else:
            raise exc
        QMessageBox.warning(self, self.tr("Back up now"), said)

    def restore_database(self) -> None:
        dialog = RestoreDialog(self.store.path, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore from a backup"),
            labels.arg(
                self.tr(
                    "Replace “%1” by the backup “%2”? Changes made since the backup will no "
                    "longer show; the current file is kept beside it under a new name."
                ),
                self.store.path.name,
                dialog.chosen.parent.name,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(dialog.chosen)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Coordinator"),
            self.tr(
                "<h3>Coordinator %1</h3><p>Partners, projects, consultations, minutes and "
                "status summaries of the province's cooperation programme.</p>"
                "<p>Works offline on this computer. Database: %2</p>"
            )
            .replace("%1", __version__)
            .replace("%2", str(self.store.path)),
        )

    # --- state -----------------------------------------------------------------
    def restore_state(self) -> None:
        geometry = self._settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self._settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        tab = self._settings.value("window/tab", 0, type=int)
        if isinstance(tab, int) and 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)

    def save_state(self) -> None:
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/state", self.saveState())
        self._settings.setValue("window/tab", self.tabs.currentIndex())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
