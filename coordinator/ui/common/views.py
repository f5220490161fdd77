"""Small things every table view in the app does the same way."""

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QMimeData,
    QObject,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QAction,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QTextOption,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QTextBrowser,
    QToolTip,
    QTreeView,
    QWidget,
)

from coordinator.text.html import WORD_JOINER


def select_row(view: QAbstractItemView, row: int) -> None:
    """Make ``row`` the one selected row and the current one.

    ``QTableView.selectRow`` reads the keyboard modifiers, so a refresh that runs while
    Ctrl or Shift is held (after Ctrl+Shift+Del, say) toggles or extends the selection
    instead. This does not.
    """
    model = view.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    view.selectionModel().setCurrentIndex(model.index(row, 0), flags)


class EnterStaysInTables(QObject):
    """Enter pressed in a table's cell (its editor or a widget placed in it) settles
    that cell and goes no further: the dialog's default button is not pressed, so the
    dialog neither closes nor saves under the person's fingers."""

    def __init__(self, dialog: QWidget, *tables: QAbstractItemView) -> None:
        super().__init__(dialog)
        self._tables = tables
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                focus = watched.focusWidget() if isinstance(watched, QWidget) else None
                if focus is not None and any(
                    t is focus or t.isAncestorOf(focus) for t in self._tables
                ):
                    return True
        return super().eventFilter(watched, event)


def one_line(view: QAbstractItemView) -> None:
    """Cells keep to one line: a date, an e-mail or a code never breaks inside itself
    (a wrapping cell narrower than a word breaks it letter by letter). What does not fit
    ends in "…" and its full text shows as the cell's tooltip."""
    if isinstance(view, QTableView | QTreeView):
        view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    if view.property("elided_tips"):
        return
    view.setProperty("elided_tips", True)
    view.viewport().installEventFilter(_ElidedTips(view))


class _ElidedTips(QObject):
    """Shows a cell's whole text as its tooltip when the model gives none."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        index = self._view.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            return False
        rect = self._view.visualRect(index)
        needed = self._view.fontMetrics().horizontalAdvance(text) + CELL_PADDING
        if needed <= rect.width():
            QToolTip.hideText()
            return True
        QToolTip.showText(event.globalPos(), text, self._view.viewport(), rect)
        return True


# What a cell's text needs beside its width: the style's margins on either side.
CELL_PADDING = 12


def detail_browser() -> QTextBrowser:
    """The rich-text page beside a list (a partner's, a project's). Lines break between
    words only, never inside one: a narrow pane scrolls sideways rather than cut a date
    or an e-mail in two."""
    browser = DetailBrowser()
    browser.setOpenLinks(False)
    browser.setWordWrapMode(QTextOption.WrapMode.WordWrap)
    browser.setMinimumWidth(DETAIL_MIN_WIDTH)
    return browser


DETAIL_MIN_WIDTH = 300


class DetailBrowser(QTextBrowser):
    """Copies what it shows without the joiners that keep e-mails on one line."""

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 (Qt's name)
        data = QMimeData()
        data.setText(self.textCursor().selection().toPlainText().replace(WORD_JOINER, ""))
        return data

    def toPlainText(self) -> str:  # noqa: N802 (Qt's name)
        return super().toPlainText().replace(WORD_JOINER, "")


# The list beside a detail page keeps room for its first columns.
LIST_MIN_WIDTH = 360


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when narrower than its text, with the whole text
    as its tooltip; for names, e-mails and dates in a row of fields."""

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
    ) -> None:
        super().__init__(parent)
        self._full, self._mode = "", mode
        self.setMinimumWidth(40)
        # Preferred, not Ignored: an "ignored" width is laid out past a status bar's edge.
        # It shrinks because its minimum is small, not because its hint is disregarded.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def full_text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._full = text
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.minimumWidth(), super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        return QSize(
            self.fontMetrics().horizontalAdvance(self._full) + 2 * self.margin() + 4, hint.height()
        )

    def _elide(self) -> None:
        width = self.contentsRect().width() - 2 * self.margin()
        shown = self.fontMetrics().elidedText(self._full, self._mode, width)
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")


# What a header section's text needs beside its width: margins and the sort arrow's room.
HEADER_PADDING = 12


def elide_headers(app: QObject) -> None:
    """Every table header in the application, now and later, ends a section's text in "…"
    when the section is narrower than it ("Đơn vị tiếp…"), with the whole text as its
    tooltip. Qt's default centres the text and clips it at both ends ("ơn vị tiếp nhậ")."""
    if app.property("elided_headers"):
        return
    app.setProperty("elided_headers", True)
    app.installEventFilter(_HeaderElider(app))


class _HeaderElider(QObject):
    """Sets each header up as it is first polished."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.Polish
            and isinstance(watched, QHeaderView)
            and not watched.property("elided_tips")
        ):
            watched.setProperty("elided_tips", True)
            watched.setTextElideMode(Qt.TextElideMode.ElideRight)
            watched.viewport().installEventFilter(_HeaderTips(watched))
        return False


class _HeaderTips(QObject):
    """Shows a header section's whole text as its tooltip when it is elided and the
    model gives no tooltip of its own."""

    def __init__(self, header: QHeaderView) -> None:
        super().__init__(header)
        self._header = header

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        header = self._header
        model = header.model()
        horizontal = header.orientation() == Qt.Orientation.Horizontal
        at = event.pos().x() if horizontal else event.pos().y()
        section = header.logicalIndexAt(at)
        if model is None or section < 0:
            return False
        if model.headerData(section, header.orientation(), Qt.ItemDataRole.ToolTipRole):
            return False
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text or not header_elided(header, section):
            QToolTip.hideText()
            return True
        QToolTip.showText(event.globalPos(), text, header.viewport())
        return True


def header_elided(header: QHeaderView, section: int) -> bool:
    """Whether ``section``'s text is wider than the section shows."""
    model = header.model()
    if model is None:
        return False
    text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
    if not isinstance(text, str) or not text:
        return False
    needed = header.fontMetrics().horizontalAdvance(text) + HEADER_PADDING
    return needed > header.sectionSize(section)


def share_columns(
    view: QTableView, widths: dict[int, int], main: int, main_min: int, fixed: set[int]
) -> None:
    """Columns that fit the view's width at any size, instead of pushing the last ones
    out of sight: the ``fixed`` ones (a code, a date) keep their width, the others shrink
    from ``widths`` towards 70 px (their text elides), and the ``main`` one (a title, a
    task) takes what is left, never less than ``main_min``. Worked out again whenever the
    view is resized."""
    view.horizontalHeader().setStretchLastSection(False)
    sharer = _ColumnSharer(view, widths, main, main_min, fixed)
    view.viewport().installEventFilter(sharer)
    sharer.share()


class _ColumnSharer(QObject):
    FLEX_MIN = 70

    def __init__(
        self, view: QTableView, widths: dict[int, int], main: int, main_min: int, fixed: set[int]
    ) -> None:
        super().__init__(view)
        self._view = view
        self._widths = widths
        self._main = main
        self._main_min = main_min
        self._fixed = fixed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.share()
        return False

    def share(self) -> None:
        view = self._view
        shown = [c for c in self._widths if not view.isColumnHidden(c)]
        room = view.viewport().width()
        fixed = sum(self._widths[c] for c in shown if c in self._fixed)
        flex = [c for c in shown if c not in self._fixed and c != self._main]
        wanted = sum(self._widths[c] for c in flex)
        left = room - fixed - self._main_min
        scale = 1.0 if wanted <= left or wanted == 0 else max(left, 0) / wanted
        total = fixed
        for c in flex:
            width = max(min(self._widths[c], self.FLEX_MIN), int(self._widths[c] * scale))
            view.setColumnWidth(c, width)
            total += width
        for c in shown:
            if c in self._fixed:
                view.setColumnWidth(c, self._widths[c])
        view.setColumnWidth(self._main, max(self._main_min, room - total))


def list_dialog_keys(
    dialog: QWidget,
    table: QAbstractItemView,
    undo: QUndoStack,
    delete: Callable[[], object],
    edit: Callable[[], object],
) -> tuple[QAction, QAction]:
    """A list dialog works as the window's lists do: Ctrl+Z / Ctrl+Y on the window's undo
    stack from inside it, Delete and Enter on the table's selection. Returns the undo and
    redo actions."""
    undo_action = undo.createUndoAction(dialog, QCoreApplication.translate("Lists", "&Undo"))
    undo_action.setShortcut(QKeySequence.StandardKey.Undo)
    redo_action = undo.createRedoAction(dialog, QCoreApplication.translate("Lists", "&Redo"))
    redo_action.setShortcut(QKeySequence.StandardKey.Redo)
    dialog.addActions([undo_action, redo_action])
    for keys, slot in (
        (QKeySequence(QKeySequence.StandardKey.Delete), delete),
        (QKeySequence(Qt.Key.Key_Return), edit),
        (QKeySequence(Qt.Key.Key_Enter), edit),
    ):
        shortcut = QShortcut(keys, table)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
    return undo_action, redo_action


def error_line(name: str = "") -> QLabel:
    """A red line that says what is wrong, wrapping between words, hidden until it speaks."""
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label
