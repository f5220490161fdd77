"""What the window's command sets use of the main window, so that they can be typed
without importing ``ui.main_window``, which imports them (one direction, no cycle)."""

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow, QTabWidget

from coordinator.db.store import Store
from coordinator.ui.calendar.tab import CalendarTab
from coordinator.ui.common.tab import TabPage


class WindowBase(QMainWindow):
    """The main window as ``ui.calendar.actions.Scheduling`` sees it; ``MainWindow`` is
    the one kind there is."""

    store: Store
    undo_stack: QUndoStack
    calendar: CalendarTab
    tabs: QTabWidget

    def current_page(self) -> TabPage:
        raise NotImplementedError

    def data_replaced(self) -> None:
        raise NotImplementedError
