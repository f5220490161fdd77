"""Pages of an administrative document (Nghị định 30): one paginator for PDF and paper.

A QTextDocument is laid out on the page's text area (A4, margins 20/15/20/30 mm, no
margin of Qt's own), then corrected until nothing breaks a rule:
- a block marked keep-with-next (a heading, or a paragraph holding the ``KEEP``
  anchor; or a table marked by ``keep_last_table``) shares its page with the first
  line of what follows, also a heading after a heading: the whole chain moves to the
  next page;
- a table row does not split across pages (the row moves, its table's header rows
  repeat above it);
and each page is painted with its number centred in the top margin from page 2 on.
QPdfWriter and QPrinter are both QPagedPaintDevice, so PDF and paper are the same.
"""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPagedPaintDevice,
    QPainter,
    QPalette,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from coordinator.reports import common

KEEP = "keep-with-next"
KEEP_MARK = f"<a name='{KEEP}'></a>"  # put inside a paragraph to keep it with the next
KEEP_PROPERTY = int(QTextFormat.Property.UserProperty) + 20  # set in code: mark_keep
PAGE_NUMBER_POINTS = 13
MAX_PASSES = 400
Progress = Callable[[int, int], bool]  # (done, total) -> go on


class CancelledError(Exception):
    """Progress said stop."""


@dataclass
class _Item:
    """A block or a table of the document's top level."""

    block: QTextBlock | None = None
    table: QTextTable | None = None


def _items(doc: QTextDocument) -> list[_Item]:
    out: list[_Item] = []
    it = doc.rootFrame().begin()
    while not it.atEnd():
        frame = it.currentFrame()
        if isinstance(frame, QTextTable):
            out.append(_Item(table=frame))
        elif frame is None:
            out.append(_Item(block=it.currentBlock()))
        it += 1
    return out


def keeps(block: QTextBlock) -> bool:
    """Whether the block stays on the page of the first line after it."""
    fmt = block.blockFormat()
    if fmt.headingLevel() or fmt.boolProperty(KEEP_PROPERTY):
        return True
    it = block.begin()
    while not it.atEnd():
        if KEEP in it.fragment().charFormat().anchorNames():
            return True
        it += 1
    return False


def _keeps(item: _Item) -> bool:
    """Whether a block or a table stays on the page of the first line after it."""
    if item.block is not None:
        return keeps(item.block)
    assert item.table is not None
    return item.table.format().boolProperty(KEEP_PROPERTY)


def keep_last_table(doc: QTextDocument) -> None:
    """Keep the document's last top-level table (a signature block) on the page of
    what follows it (Nơi nhận)."""
    items = _items(doc)
    at = [i for i, it in enumerate(items) if it.table is not None]
    if not at:
        return
    table = items[at[-1]].table
    assert table is not None
    fmt = table.format()
    fmt.setProperty(KEEP_PROPERTY, True)
    table.setFormat(fmt)
    after = items[at[-1] + 1].block if at[-1] + 1 < len(items) else None
    if after is not None and not after.text():  # the empty block Qt puts after a table
        mark_keep(after)


def mark_keep(block: QTextBlock) -> None:
    """Keep ``block`` on the page of what follows it."""
    fmt = block.blockFormat()
    fmt.setProperty(KEEP_PROPERTY, True)
    QTextCursor(block).setBlockFormat(fmt)


def keep_lines_before_marker(doc: QTextDocument, lines: int = 1) -> None:
    """The ``lines`` top-level paragraphs before the last KEEP-marked one (which leads
    to a signature) keep with it: the signature stays with the last lines of text."""
    items = _items(doc)
    marked = [i for i, it in enumerate(items) if it.block is not None and keeps(it.block)]
    if not marked:
        return
    i = marked[-1]
    for item in items[max(0, i - lines) : i]:
        if item.block is None:
            return
        mark_keep(item.block)


def _first_line_bottom(doc: QTextDocument, block: QTextBlock) -> float:
    rect = doc.documentLayout().blockBoundingRect(block)
    layout = block.layout()
    if not layout.lineCount():
        return rect.bottom()
    line = layout.lineAt(0)
    return rect.top() + line.y() + line.height()


def _row_span(doc: QTextDocument, table: QTextTable, row: int) -> tuple[float, float]:
    layout = doc.documentLayout()
    top, bottom = float("inf"), 0.0
    for col in range(table.columns()):
        cell = table.cellAt(row, col)
        if cell.row() != row:  # spanned from a row above
            continue
        first = cell.firstCursorPosition().block()
        last = cell.lastCursorPosition().block()
        top = min(top, layout.blockBoundingRect(first).top())
        bottom = max(bottom, layout.blockBoundingRect(last).bottom())
    return top, bottom


def _top(doc: QTextDocument, item: _Item) -> float:
    if item.block is not None:
        return doc.documentLayout().blockBoundingRect(item.block).top()
    assert item.table is not None
    return doc.documentLayout().frameBoundingRect(item.table).top()


def _position(item: _Item) -> int:
    if item.block is not None:
        return item.block.position()
    assert item.table is not None
    return item.table.firstPosition()


def _first_unit_bottom(doc: QTextDocument, item: _Item, page: float) -> float:
    """Where the first thing that may not be parted from what comes before ends:
    a block's first line, a table's first row under its header rows (whole, as rows
    do not split, unless it is taller than a page)."""
    if item.block is not None:
        return _first_line_bottom(doc, item.block)
    table = item.table
    assert table is not None
    row = min(table.format().headerRowCount(), table.rows() - 1)
    top, bottom = _row_span(doc, table, row)
    if bottom - top > page * 0.8:
        return _first_line_bottom(doc, table.cellAt(row, 0).firstCursorPosition().block())
    return bottom


def _page(y: float, page: float) -> int:
    return int(max(y, 0) // page)


def _break_before(doc: QTextDocument, items: list[_Item], i: int, page: float) -> int | None:
    """A page break before item ``i`` and the keep-with-next chain leading to it; the
    document position it now starts at. None when that cannot help (the chain already
    starts a page)."""
    start = i
    while start > 0 and _keeps(items[start - 1]):
        start -= 1
    item = items[start]
    top = _top(doc, item)
    if top - _page(top, page) * page < 1.0:
        return None  # already at the top of a page
    if item.block is not None:
        fmt = item.block.blockFormat()
        if fmt.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
            return None
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(item.block).setBlockFormat(fmt)
        return _position(item)
    assert item.table is not None
    tf = item.table.format()
    if tf.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
        return None
    tf.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    item.table.setFormat(tf)
    return _position(item)


def _end(item: _Item) -> int:
    if item.block is not None:
        return item.block.position() + item.block.length()
    assert item.table is not None
    return item.table.lastPosition()


def _fix_one(
    doc: QTextDocument,
    page: float,
    done: set[tuple[int, int]],
    since: list[int],
    steps: dict[int, list[float]],
) -> bool:
    """Correct the first place after ``since[0]`` that breaks a rule, and move
    ``since[0]`` to it; False when there is none left. What lies before the last
    correction is laid out as it was, so it is not looked at again (a report of a
    hundred pages took 2 s a pass when every pass began at the top)."""
    items = _items(doc)
    for i, item in enumerate(items):
        if _end(item) < since[0]:
            continue
        following = items[i + 1] if i + 1 < len(items) else None
        if following is not None and _keeps(item):
            top = _top(doc, item)
            below = _first_unit_bottom(doc, following, page)
            key = (_position(item), -1)
            if _page(top, page) != _page(below - 0.5, page) and key not in done:
                done.add(key)
                moved = _break_before(doc, items, i + 1, page)
                if moved is not None:
                    since[0] = moved
                    return True
        if item.table is not None:
            table = item.table
            last_column = table.columns() - 1
            for row in range(table.format().headerRowCount(), table.rows()):
                if table.cellAt(row, last_column).lastPosition() < since[0]:
                    continue
                top, bottom = _row_span(doc, table, row)
                if _page(top, page) == _page(bottom - 0.5, page) or bottom - top > page * 0.8:
                    continue
                key = (table.firstPosition(), row)
                if key in done:
                    continue
                done.add(key)
                if row == table.format().headerRowCount():
                    moved = _break_before(doc, items, i, page)
                    if moved is not None:
                        since[0] = moved
                        return True
                    continue
                # Break after the row above: the row starts the next page; and so on for
                # the rows after it, planned now (a change is a whole new layout: 1.3 s
                # for a report of a hundred pages), checked in the passes that follow.
                _break_rows(doc, table, row, page, done, steps)
                since[0] = table.cellAt(row - 1, 0).firstPosition()
                return True
    return False


def _break_after(doc: QTextDocument, table: QTextTable, rows: list[int]) -> None:
    """Page breaks after the rows above ``rows``, in one edit (one new layout)."""
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    for row in rows:
        above = table.cellAt(row - 1, 0).lastCursorPosition().block()
        fmt = above.blockFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysAfter)
        cursor.setPosition(above.position())
        cursor.setBlockFormat(fmt)
    cursor.endEditBlock()


def _row_steps(doc: QTextDocument) -> dict[int, list[float]]:
    """For each top-level table, how far each row's top lies below the one before,
    measured on one endless page where no row is split (a split row reaches over the
    foot of its page and the next page's repeated header)."""
    size = doc.pageSize()
    doc.setPageSize(QSizeF(size.width(), 1e9))
    doc.pageCount()
    layout = doc.documentLayout()
    steps: dict[int, list[float]] = {}
    for item in _items(doc):
        table = item.table
        if table is None or table.rows() < 3:
            continue
        tops = [_row_span(doc, table, row)[0] for row in range(table.rows())]
        tops.append(layout.frameBoundingRect(table).bottom())
        steps[table.firstPosition()] = [b - a for a, b in zip(tops, tops[1:], strict=False)]
    doc.setPageSize(size)
    doc.pageCount()
    return steps


def _break_rows(
    doc: QTextDocument,
    table: QTextTable,
    first: int,
    page: float,
    done: set[tuple[int, int]],
    steps: dict[int, list[float]],
) -> None:
    """Row ``first`` of ``table`` starts the next page; and the rows after it that would
    split are planned from their heights (``steps``) as they will stand once each break
    moves the rest down (a moved row starts its page where ``first`` landed, under the
    repeated header rows), then broken in one edit: a change is a whole new layout
    (1.3 s for a report of a hundred pages)."""
    _break_after(doc, table, [first])
    doc.pageCount()
    heights = steps.get(table.firstPosition())
    if heights is None:
        return
    y = _row_span(doc, table, first)[0]
    start = y - _page(y, page) * page  # where a moved row begins on its page
    breaks = []
    for row in range(first + 1, table.rows()):
        y += heights[row - 1]
        if _page(y, page) != _page(y + heights[row] - 1.0, page) and heights[row] <= page * 0.8:
            breaks.append(row)
            done.add((table.firstPosition(), row))
            y = (_page(y, page) + 1) * page + start
    if breaks:
        _break_after(doc, table, breaks)


def paginate(doc: QTextDocument, page_height: float) -> None:
    """Move what must not be parted to the next page, until nothing is.

    ``doc`` is laid out with its page size set (height ``page_height``)."""
    doc.pageCount()  # Qt lays out lazily: the whole document first
    done: set[tuple[int, int]] = set()
    since = [0]
    steps = _row_steps(doc)
    for _ in range(MAX_PASSES):
        if not _fix_one(doc, page_height, done, since, steps):
            return
        doc.pageCount()


def _indents_for(doc: QTextDocument, dpi: int) -> None:
    """Qt scales margins and images to the device but not a first-line indent (CSS
    ``text-indent`` in pixels at 96 dpi): scale it here, once per resolution."""
    before = doc.property(_INDENT_DPI) or 96
    if before == dpi:
        return
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()  # laid out once at the end, not once a paragraph (0.3 s each)
    block = doc.begin()
    while block.isValid():
        fmt = block.blockFormat()
        if fmt.textIndent():
            fmt.setTextIndent(fmt.textIndent() * dpi / before)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(fmt)
        block = block.next()
    cursor.endEditBlock()
    doc.setProperty(_INDENT_DPI, dpi)


_INDENT_DPI = "coordinator_indent_dpi"


def draw_page_number(
    painter: QPainter, width: float, top_margin: float, number: int, dpi: float
) -> None:
    """``number`` centred in the top margin above a text area ``width`` wide, the
    painter's origin at the text area's top left and ``dpi`` its dots per inch."""
    font = common.document_font()
    font.setPixelSize(round(PAGE_NUMBER_POINTS / 72 * dpi))
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(
        QRectF(0, -top_margin, width, top_margin),
        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
        str(number),
    )


def print_document(
    doc: QTextDocument, device: QPagedPaintDevice, progress: Progress | None = None
) -> int:
    """Paint ``doc`` on ``device`` (A4, Nghị định 30 margins), page by page, its number
    centred in the top margin from page 2 on. Returns the number of pages; raises
    CancelledError when ``progress`` says stop, OSError when the device cannot open."""
    device.setPageLayout(common.page_layout())
    dpi = device.logicalDpiX()
    layout = device.pageLayout()
    body = layout.paintRectPixels(dpi)
    top_margin = layout.marginsPixels(dpi).top()
    doc.setDocumentMargin(0)
    _indents_for(doc, dpi)
    doc.documentLayout().setPaintDevice(device)
    doc.setPageSize(QSizeF(body.width(), body.height()))
    height = float(body.height())
    paginate(doc, height)
    pages = doc.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or file could not be opened for writing")
    try:
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, QColor("black"))
        for i in range(pages):
            if progress is not None and not progress(i, pages):
                raise CancelledError
            if i:
                device.newPage()
            painter.save()
            painter.translate(0, -i * height)
            clip = QRectF(0, i * height, body.width(), height)
            painter.setClipRect(clip)
            context.clip = clip
            doc.documentLayout().draw(painter, context)
            painter.restore()
            if i:
                draw_page_number(painter, body.width(), top_margin, i + 1, dpi)
        return pages
    finally:
        painter.end()


def write_pdf(doc: QTextDocument, path: Path, title: str, progress: Progress | None = None) -> int:
    """An A4 PDF of ``doc`` with its fonts embedded, written beside and moved into
    place when whole. Returns the number of pages. Needs a QGuiApplication."""

    def write(target: Path) -> int:
        writer = common.pdf_writer(target, title)  # flushed and closed on return
        return print_document(doc, writer, progress)

    return common.write_whole(path, write)
