"""The one search box (Ctrl+F) and its results, docked beside the tabs.

Typing searches everything, ignoring diacritics; each result shows what it is,
its name, and the words it matched in context. Enter or a double-click opens it.
"""

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coordinator.db.queries.search import SearchHit, search
from coordinator.db.search_index import Kind
from coordinator.db.store import Store
from coordinator.sheets.export import Cell
from coordinator.text import labels
from coordinator.text.html import esc
from coordinator.ui.common.export_list import action_text, export_rows
from coordinator.ui.common.views import one_line


def kind_label(kind: Kind) -> str:
    return {
        Kind.PARTNER: QCoreApplication.translate("Labels", "Organisation"),
        Kind.PERSON: QCoreApplication.translate("Labels", "Person"),
        Kind.PROJECT: QCoreApplication.translate("Labels", "Project"),
        Kind.EVENT: QCoreApplication.translate("Labels", "Event"),
        Kind.MINUTES: QCoreApplication.translate("Labels", "Minutes"),
        Kind.DECISION: QCoreApplication.translate("Labels", "Conclusion"),
        Kind.ACTION_ITEM: QCoreApplication.translate("Labels", "Action item"),
        Kind.AGREEMENT: QCoreApplication.translate("Labels", "Agreement"),
        Kind.PROGRAMME: QCoreApplication.translate("Labels", "Programme"),
        Kind.ROOM: QCoreApplication.translate("Labels", "Room"),
    }[kind]


def context_html(hit: SearchHit) -> str:
    if hit.context is None:
        return ""
    before, match, after = hit.context
    return f"{esc(before)}<b style='background:#fff3a0'>{esc(match)}</b>{esc(after)}"


def hit_name(hit: SearchHit) -> str:
    if hit.parent and hit.kind in (Kind.DECISION, Kind.ACTION_ITEM, Kind.PERSON):
        return f"{hit.title} ({hit.parent})"
    return hit.title


def export_headers() -> list[str]:
    return [
        QCoreApplication.translate("SearchResults", "What"),
        QCoreApplication.translate("SearchResults", "Name"),
        QCoreApplication.translate("SearchResults", "Date"),
        QCoreApplication.translate("SearchResults", "Found in"),
    ]


def export_cells(hit: SearchHit) -> list[Cell]:
    """A result as an exported list holds it: its date in a column of its own."""
    return [
        kind_label(hit.kind),
        hit_name(hit),
        hit.starts.date() if hit.starts is not None else None,
        "".join(hit.context or ()),
    ]


class SearchBox(QLineEdit):
    """The box in the toolbar; Down moves into the results."""

    down_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Search everything (Ctrl+F)"))
        self.setToolTip(
            self.tr(
                "Partners, people, projects, events, minutes, conclusions and action items; "
                "type without diacritics if you like"
            )
        )
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(260)
        self.setMaximumWidth(420)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
            return
        super().keyPressEvent(event)


MIN_WIDTH = 280


class SearchResults(QDockWidget):
    hit_activated = Signal(object)  # SearchHit
    message = Signal(str)  # for the window's status bar

    def __init__(self, store: Store, box: SearchBox, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Search results"), parent)
        self.setObjectName("search_results")
        self._store = store
        self.box = box
        self.hits: list[SearchHit] = []
        self.searched = ""
        self.summary = QLabel()
        self.summary.setWordWrap(True)  # beside the export button, a long query wraps
        self.tree = QTreeWidget()
        one_line(self.tree)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Name"), self.tr("Found in")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        # The name takes what the dock has; the words found keep a column of their own.
        # Neither grows with the longest result, so the dock never scrolls sideways.
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 150)
        self.tree.itemActivated.connect(lambda _item, _col: self.open_current())
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.export_action = QAction(action_text(), self)
        self.export_action.setToolTip(self.tr("Write these results to an .xlsx or .csv file"))
        self.export_action.triggered.connect(lambda _checked=False: self.export_list())
        self.export_action.setEnabled(False)
        self.tree.addAction(self.export_action)
        self.export_button = QToolButton()
        self.export_button.setDefaultAction(self.export_action)
        self.export_button.setAutoRaise(True)
        self.tree.installEventFilter(self)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.export_button)
        layout.addLayout(top)
        layout.addWidget(self.tree)
        self.setWidget(body)
        # Narrow enough that the widest tab and the results fit a 1024-pixel screen side
        # by side: opening the search never widens the window.
        body.setMinimumWidth(MIN_WIDTH)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.run)
        box.textChanged.connect(lambda _t: self._debounce.start())
        box.returnPressed.connect(self._box_enter)
        box.down_pressed.connect(self._into_results)

    def run(self) -> None:
        text = self.box.text().strip()
        self.tree.clear()
        self.searched = text
        if not text:
            self.hits = []
            self.summary.clear()
            self.export_action.setEnabled(False)
            return
        self.hits = search(self._store, text)
        self.export_action.setEnabled(True)
        self.show()
        first: QTreeWidgetItem | None = None
        for hit in self.hits:
            item = QTreeWidgetItem(self.tree)
            item.setText(0, kind_label(hit.kind))
            name = hit_name(hit)
            if hit.starts is not None:
                name = f"{labels.fmt_date(hit.starts.date())} · {name}"
            item.setText(1, name)
            item.setToolTip(1, name)
            label = QLabel(context_html(hit))
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setToolTip("".join(hit.context or ()))  # what a narrow column cuts off
            self.tree.setItemWidget(item, 2, label)
            first = first or item
        self.tree.resizeColumnToContents(0)
        if first is not None:
            self.tree.setCurrentItem(first)
            self.summary.setText(
                labels.arg(self.tr("%1 results for “%2”"), labels.fmt_count(len(self.hits)), text)
            )
        else:
            self.summary.setText(labels.arg(self.tr("Nothing found for “%1”."), text))

    def export_list(self) -> None:
        """The results as listed, in their order."""
        hits = list(self.hits)
        name = self.tr("Search results")
        export_rows(
            self,
            name,
            labels.arg(self.tr("Search results for “%1”"), self.searched),
            export_headers(),
            lambda: len(hits),
            lambda: (export_cells(h) for h in hits),
            self.message.emit,
        )

    def _box_enter(self) -> None:
        if self._debounce.isActive():
            self._debounce.stop()
            self.run()
        self.open_current()

    def _into_results(self) -> None:
        if self.hits:
            self.tree.setFocus()

    def open_current(self) -> None:
        item = self.tree.currentItem()
        index = -1 if item is None else self.tree.indexOfTopLevelItem(item)
        if 0 <= index < len(self.hits):
            self.hit_activated.emit(self.hits[index])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Escape:
                self.box.setFocus()
                return True
        return super().eventFilter(watched, event)
