"""The main window: builds the tabs, the menus and the toolbar, and wires them."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStyle,
    QTabWidget,
    QToolBar,
)

from coordinator import __version__
from coordinator.db.store import Store, StoreError, backup_to
from coordinator.ui.calendar.actions import Scheduling
from coordinator.ui.calendar.tab import CalendarTab
from coordinator.ui.common.tab import TabPage
from coordinator.ui.partners.tab import PartnersTab
from coordinator.ui.projects.tab import ProjectsTab

PARTNERS, PROJECTS, CALENDAR = range(3)


class MainWindow(QMainWindow):
    """One window over one open store. Opening another file asks the app to swap stores."""

    open_database_requested = Signal(Path)
    language_requested = Signal(str)

    def __init__(self, store: Store, language: str, settings: QSettings) -> None:
        super().__init__()
        self.store = store
        self._settings = settings
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle(self.tr("Coordinator – %1").replace("%1", store.path.name))
        self.resize(1280, 800)

        self.partners = PartnersTab(store, self.undo_stack)
        self.projects = ProjectsTab(store, self.undo_stack)
        self.calendar = CalendarTab(store, self.undo_stack)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.partners, self.tr("Partners"))
        self.tabs.addTab(self.projects, self.tr("Projects"))
        self.tabs.addTab(self.calendar, self.tr("Calendar"))
        self.setCentralWidget(self.tabs)

        self.db_label = QLabel(str(store.path))
        self.statusBar().addPermanentWidget(self.db_label)
        for tab in self._pages():
            tab.status_message.connect(self._tab_status)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.partners.open_project.connect(self._show_project)
        self.projects.open_event.connect(self._show_event)
        self.undo_stack.indexChanged.connect(lambda _i: self._refresh_others())

        self._build_actions(language)
        self.projects.roster_requested.connect(
            lambda pid, title: self.scheduling.show_roster(project_id=pid, title=title)
        )
        self.partners.roster_requested.connect(
            lambda oid, title: self.scheduling.show_roster(organization_id=oid, title=title)
        )
        self.statusBar().showMessage(self.tr("Ready."), 3000)

    # --- wiring ----------------------------------------------------------------
    def _pages(self) -> list[TabPage]:
        return [self.partners, self.projects, self.calendar]

    def current_page(self) -> TabPage:
        return self._pages()[self.tabs.currentIndex()]

    def _tab_status(self, text: str) -> None:
        if self.sender() is self.current_page():
            self.statusBar().showMessage(text, 5000)

    def _tab_changed(self, _index: int) -> None:
        self.current_page().refresh()

    def _refresh_others(self) -> None:
        """After an undo or redo every tab may show the record again."""
        for page in self._pages():
            if page is not self.current_page():
                page.refresh()

    def _show_project(self, project_id: int) -> None:
        self.tabs.setCurrentIndex(PROJECTS)
        self.projects.select_project(project_id)

    def _show_event(self, event_id: int) -> None:
        self.tabs.setCurrentIndex(CALENDAR)
        self.calendar.show_event(event_id)

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
            self.tr("&Back up database…"),
            self.backup_database,
            "Ctrl+Shift+B",
            sp.SP_DialogSaveButton,
            self.tr("Save a consistent copy of the database"),
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

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
        self.find_action = self._action(
            self.tr("&Find…"),
            lambda: self.current_page().focus_filter(),
            QKeySequence.StandardKey.Find,
            sp.SP_FileDialogContentsView,
            self.tr("Filter the current tab (Ctrl+F)"),
        )
        self.refresh_action = self._action(
            self.tr("&Refresh"),
            lambda: self.current_page().refresh(),
            QKeySequence.StandardKey.Refresh,
            sp.SP_BrowserReload,
            self.tr("Read the data again (F5)"),
        )
        self.about_action = self._action(self.tr("&About Coordinator"), self.about)
        self.scheduling = Scheduling(self)
        self.plan_action = self._action(
            self.tr("&Plan consultations…"),
            self.scheduling.plan,
            "Ctrl+Shift+P",
            sp.SP_FileDialogDetailedView,
            self.tr("Propose a timetable of consultations without double bookings"),
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
        self.export_action = self._action(
            self.tr("&Export calendar (.ics)…"),
            self.scheduling.export_ics,
            "Ctrl+E",
            None,
            self.tr("Write the events the calendar shows to an .ics file"),
        )
        self.preferences_action = self._action(
            self.tr("&Preferences…"),
            self.scheduling.preferences,
            QKeySequence.StandardKey.Preferences,
            None,
            self.tr("Office hours used by the scheduling checks"),
        )

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for a in (self.new_db_action, self.open_db_action, self.backup_action):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        for a in (self.new_action, self.delete_action, self.find_action):
            edit_menu.addAction(a)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.refresh_action)
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in (("vi", "Tiếng Việt"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setChecked(code == language)
            action.setData(code)
            action.triggered.connect(lambda _c=False, c=code: self.language_requested.emit(c))
            group.addAction(action)
            language_menu.addAction(action)
        schedule_menu = self.menuBar().addMenu(self.tr("&Schedule"))
        for a in (self.plan_action, self.roster_action):
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
        self.addToolBar(toolbar)

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

    def backup_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up database"),
            str(self.store.path.parent / "backups" / f"{self.store.path.stem}-backup.sqlite"),
            self._db_filter(),
        )
        if not path:
            return
        try:
            backup_to(self.store.path, Path(path))
        except (OSError, StoreError) as exc:
            QMessageBox.warning(
                self,
                self.tr("Back up database"),
                self.tr("The backup could not be written: %1").replace("%1", str(exc)),
            )
            return
        self.statusBar().showMessage(self.tr("Backup saved to %1").replace("%1", path), 8000)

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
