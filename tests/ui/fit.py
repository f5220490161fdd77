"""A measured check that a window's text fits: no word broken in two, nothing clipped.

``misfits(widget)`` walks every visible widget under ``widget`` and returns what does
not fit, one readable line each (empty when all is well); ``assert_fits(widget)`` fails
with that list. It measures with each widget's own font metrics, so it holds at any
size and scale factor:

- a QLabel with word wrap: every word of its text fits the label's width (a label
  narrower than its longest word breaks it letter by letter);
- a QLabel without word wrap: its text is not wider than the label, unless the label
  elides (``ElidedLabel``) or has a tooltip holding the whole text;
- a QTextBrowser/QTextEdit page: no line of its document ends inside a word;
- a table header: no section's text is clipped (Qt's default centres it and cuts both
  ends); it ends in "…" with a tooltip (``views.elide_headers``) or the section is wide
  enough;
- an item view: with word wrap on, no cell holds a word wider than its column; with it
  off, a clipped cell has a tooltip (the model's or ``views.one_line``'s).

``window_fits(window, size)`` adds the window's own check: its minimum size hint fits
``size``. Use them in any test::

    from tests.ui.fit import assert_fits
    window.resize(1024, 700)
    assert_fits(window)
"""

import re
from collections.abc import Iterator

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QLabel,
    QListView,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

from coordinator.ui.common.views import CELL_PADDING, ElidedLabel, header_elided

MAX_ROWS = 60  # rows looked at per item view: the first screenfuls are what is read
# Tokens that must never break: a date, an e-mail, a web address, a code, a number.
UNBREAKABLE = re.compile(
    r"^(\d{1,2}/\d{1,2}/\d{2,4}|[^@\s]+@[^@\s]+|https?://\S+|[A-ZĐ]{2,}[-/]?\d[\w-]*|[\d.,]+)$"
)


def misfits(root: QWidget) -> list[str]:
    """What does not fit under ``root`` (itself included), one line per problem."""
    found: list[str] = []
    for widget in _visible(root):
        if isinstance(widget, QLabel):
            found += _label(widget)
        elif isinstance(widget, QTextEdit):
            found += _document(widget)
        elif isinstance(widget, QHeaderView):
            found += _header(widget)
        elif isinstance(widget, QAbstractItemView):
            found += _cells(widget)
    return found


def assert_fits(root: QWidget) -> None:
    found = misfits(root)
    assert not found, f"{len(found)} misfit(s) in {_name(root)}:\n" + "\n".join(found)


def window_fits(window: QWidget, size: QSize) -> list[str]:
    """The window's minimum size hint against a screen of ``size``, and what misfits."""
    found = misfits(window)
    hint = window.minimumSizeHint()
    if hint.width() > size.width() or hint.height() > size.height():
        found.append(f"{_name(window)}: minimum size {hint.width()}×{hint.height()} > {size}")
    return found


def _visible(root: QWidget) -> Iterator[QWidget]:
    if not root.isVisible():
        return
    yield root
    for child in root.findChildren(QWidget):
        if child.isVisible() and child.width() > 0 and _shown_in_window(child):
            yield child


def _shown_in_window(widget: QWidget) -> bool:
    """A widget inside a scroll area's viewport may lie outside it; that is not a misfit
    of the widget (the area scrolls), so only its own width is judged, which is fine."""
    # A header's own region reads empty offscreen; it is judged whenever it is shown.
    return isinstance(widget, QHeaderView) or not widget.visibleRegion().isEmpty()


def _name(widget: QWidget) -> str:
    parts = []
    w: QWidget | None = widget
    while w is not None and len(parts) < 4:
        parts.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(parts))


def _plain(label: QLabel) -> str:
    text = label.text()
    if label.buddy() is not None:  # "&Kind" shows as "Kind", with K underlined
        text = re.sub(r"&(.)", r"\1", text)
    if label.textFormat() == Qt.TextFormat.PlainText or (
        label.textFormat() == Qt.TextFormat.AutoText and not GuiQt.mightBeRichText(text)
    ):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def _label(label: QLabel) -> list[str]:
    text = _plain(label)
    if not text.strip() or label.pixmap() is not None and not label.pixmap().isNull():
        return []
    metrics = label.fontMetrics()
    room = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    if label.wordWrap():
        return [
            f"{_name(label)}: word “{word}” needs {metrics.horizontalAdvance(word)} px, "
            f"label has {room} px"
            for word in text.split()
            if metrics.horizontalAdvance(word) > room
        ]
    if isinstance(label, ElidedLabel) or label.toolTip():
        return []
    needed = max(_width(metrics, line, label) for line in text.splitlines())
    if needed > room + 1:
        return [f"{_name(label)}: “{text[:60]}” needs {needed} px, clipped to {room} px"]
    return []


def _width(metrics: QFontMetrics, line: str, label: QLabel) -> int:
    if label.textFormat() != Qt.TextFormat.PlainText and GuiQt.mightBeRichText(label.text()):
        # Rich text may be bold in places; measure it as the label lays it out.
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(label.text())
        return int(doc.idealWidth())
    return metrics.horizontalAdvance(re.sub(r"&(.)", r"\1", line) if label.buddy() else line)


def _document(edit: QTextEdit) -> list[str]:
    found = []
    block = edit.document().firstBlock()
    while block.isValid():
        layout = block.layout()
        text = block.text()
        for i in range(layout.lineCount() - 1):
            line = layout.lineAt(i)
            end = line.textStart() + line.textLength()
            if 0 < end < len(text) and not text[end - 1].isspace() and not text[end].isspace():
                word = _word_at(text, end)
                found.append(f"{_name(edit)}: line breaks inside “{word}”")
        block = block.next()
    return found


def _word_at(text: str, at: int) -> str:
    start = at
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = at
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end]


def _cells(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    wraps = isinstance(view, QTableView | QTreeView) and view.wordWrap()
    tips = bool(view.property("elided_tips"))
    metrics = view.fontMetrics()
    found = []
    for row in range(min(model.rowCount(QModelIndex()), MAX_ROWS)):
        for column in _columns(view):
            if isinstance(view, QTableView) and view.isColumnHidden(column):
                continue
            index = model.index(row, column, QModelIndex())
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if not isinstance(text, str) or not text:
                continue
            room = view.visualRect(index).width() - CELL_PADDING
            if room <= 0:
                continue
            if wraps:
                for word in text.split():
                    if metrics.horizontalAdvance(word) > room:
                        found.append(
                            f"{_name(view)}: cell ({row},{column}) breaks “{word}” "
                            f"({metrics.horizontalAdvance(word)} px in {room} px)"
                        )
            elif (
                metrics.horizontalAdvance(text) > room
                and not tips
                and not index.data(Qt.ItemDataRole.ToolTipRole)
                and UNBREAKABLE.match(text.strip())
            ):
                found.append(f"{_name(view)}: cell ({row},{column}) “{text}” cut, no tooltip")
    return found


def _header(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None:
        return []
    elides = header.textElideMode() != Qt.TextElideMode.ElideNone
    tips = bool(header.property("elided_tips"))
    found = []
    for section in range(header.count()):
        if header.isSectionHidden(section) or not header_elided(header, section):
            continue
        if elides and (
            tips or model.headerData(section, header.orientation(), Qt.ItemDataRole.ToolTipRole)
        ):
            continue
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        how = "clipped at both ends" if not elides else "elided, no tooltip"
        found.append(f"{_name(header)}: header “{text}” {how} ({header.sectionSize(section)} px)")
    return found


def _columns(view: QAbstractItemView) -> range:
    if isinstance(view, QListView):
        return range(view.modelColumn(), view.modelColumn() + 1)
    return range(view.model().columnCount(QModelIndex()))


def scroll_areas_fit(root: QWidget) -> list[str]:
    """Scroll areas whose content is wider than they are (a sideways scroll bar)."""
    return [
        f"{_name(area)}: scrolls sideways"
        for area in _visible(root)
        if isinstance(area, QAbstractScrollArea) and area.horizontalScrollBar().isVisible()
    ]
