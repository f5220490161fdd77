"""What the main window expects of each tab."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class TabPage(QWidget):
    """A tab the main window can drive from its menus and shortcuts."""

    status_message = Signal(str)

    def new_item(self) -> None:
        """Ctrl+N: create a record of this tab's kind."""

    def delete_selected(self) -> None:
        """Delete: remove the selected record (undoably)."""

    def refresh(self) -> None:
        """F5: read everything shown again from the store."""

    def focus_filter(self) -> None:
        """Ctrl+F: put the cursor in this tab's filter box."""

    def export_list(self) -> None:
        """File → Export this list…: the tab's list, as filtered and sorted, to a file."""
