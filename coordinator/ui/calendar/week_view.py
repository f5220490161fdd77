"""The week view: a time grid with events placed by time, overlaps side by side."""

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from coordinator.db.queries.events import EventRow
from coordinator.domain.layout import place_side_by_side
from coordinator.domain.timezone import today_local
from coordinator.ui.calendar.month_view import event_tooltip, mark_colour
from coordinator.ui.calendar.style import kind_colour, weekday_short

GUTTER = 48
HEADER = 40
ALL_DAY = 22
HOUR = 44
SLOT_MINUTES = 30
SNAP_MINUTES = 15
EDGE = 6  # pixels at the bottom of a box that resize rather than move
# The narrowest box whose title can still be read. Where more events overlap than boxes
# of this width fit in a day, the last place shows "+N", which lists the others.
MIN_BOX = 60


def paint_box(p: QPainter, rect: QRect, e: EventRow, text: str, flag: bool | None = None) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(kind_colour(e.kind, e.status))
    p.drawRoundedRect(rect, 3, 3)
    mark = mark_colour(flag)
    if mark is not None:
        p.fillRect(QRect(rect.right() - 5, rect.y(), 6, rect.height()), mark)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QColor("white"))
    prefix = "↻ " if e.recurring else ""
    draw_whole_lines(p, rect.adjusted(3, 1, -8, -1), prefix + text)


def draw_whole_lines(p: QPainter, rect: QRect, text: str) -> None:
    """``text`` wrapped between words in ``rect``, as many whole lines as fit (at least
    one): the last line shown ends in "…" when more text follows, and no line is drawn
    cut through its letters at the box's bottom edge."""
    metrics = p.fontMetrics()
    room = max(1, rect.height() // metrics.lineSpacing())
    words = text.split()
    shown: list[str] = []
    while words and len(shown) < room - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= rect.width():
            line += " " + words.pop(0)
        shown.append(line)
    if words:  # the last line that fits takes the rest, elided
        rest = " ".join(words)
        shown.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, rect.width()))
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextSingleLine
    for i, line_text in enumerate(shown):
        top = rect.y() + i * metrics.lineSpacing()
        line_rect = QRect(rect.x(), top, rect.width(), metrics.lineSpacing())
        p.drawText(line_rect, flags, line_text)


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


class WeekView(QWidget):
    """Seven days of 24 hours; lives inside a scroll area that starts at office hours."""

    event_activated = Signal(object)  # the EventRow of the occurrence
    event_menu_requested = Signal(object, QPoint)  # the EventRow, global position
    new_event_requested = Signal(datetime)
    event_moved = Signal(object, datetime, datetime)  # row, new start, new end
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = week_start(today_local())
        self.today = today_local()
        self.events: list[EventRow] = []
        self.holidays: dict[date, str] = {}
        self.flags: dict[tuple[int, datetime], bool] = {}
        self._boxes: list[tuple[QRect, EventRow]] = []
        self.chips: list[tuple[QRect, list[EventRow]]] = []  # "+N": the events not drawn
        self.hidden_list: HiddenEvents | None = None
        self._press: tuple[EventRow, QPoint, bool] | None = None  # row, where, resizing?
        self._ghost: tuple[datetime, datetime] | None = None
        self.setMinimumSize(600, 24 * HOUR)
        self.setMouseTracking(True)

    def set_data(
        self,
        first: date,
        events: list[EventRow],
        holidays: dict[date, str],
        flags: dict[tuple[int, datetime], bool] | None = None,
    ) -> None:
        self.first = week_start(first)
        self.events = events
        self.holidays = holidays
        self.flags = flags or {}
        self.update()
        self.changed.emit()

    def last_day(self) -> date:
        return self.first + timedelta(days=6)

    # --- geometry ------------------------------------------------------------
    def _col_width(self) -> float:
        return (self.width() - GUTTER) / 7

    def slot_point(self, when: datetime) -> QPoint:
        """The centre of the half-hour slot that starts at ``when``, for tests and scrolling."""
        col = (when.date() - self.first).days
        minutes = when.hour * 60 + when.minute
        x = GUTTER + col * self._col_width() + self._col_width() / 2
        y = minutes * HOUR / 60 + HOUR / 4
        return QPoint(int(x), int(y))

    def time_at(self, pos: QPoint) -> datetime | None:
        if pos.x() < GUTTER or pos.y() < 0:
            return None
        col = int((pos.x() - GUTTER) // self._col_width())
        if not 0 <= col < 7:
            return None
        minutes = int(pos.y() * 60 / HOUR)
        minutes -= minutes % SLOT_MINUTES
        minutes = min(minutes, 24 * 60 - SLOT_MINUTES)
        return datetime.combine(self.first + timedelta(days=col), time()) + timedelta(
            minutes=minutes
        )

    def box_at(self, pos: QPoint) -> EventRow | None:
        for rect, ev in reversed(self._boxes):
            if rect.contains(pos):
                return ev
        return None

    def box_rect(self, event_id: int, starts: datetime | None = None) -> QRect | None:
        for rect, ev in self._boxes:
            if ev.id == event_id and (starts is None or ev.starts == starts):
                return rect
        return None

    def _rect_of(self, row: EventRow) -> QRect | None:
        return self.box_rect(row.id, row.starts)

    def span_rect(self, starts: datetime, ends: datetime) -> QRect:
        """Where a timed span on one day of this week is drawn."""
        col = (starts.date() - self.first).days
        day_start = datetime.combine(starts.date(), time())
        end = min(ends, day_start + timedelta(days=1))
        y0 = (starts - day_start).total_seconds() / 3600 * HOUR
        y1 = (end - day_start).total_seconds() / 3600 * HOUR
        cw = self._col_width()
        return QRect(
            int(GUTTER + col * cw + 2), int(y0) + 1, int(cw) - 4, max(14, int(y1 - y0) - 2)
        )

    # --- painting ------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        pal = self.palette()
        p.fillRect(self.rect(), pal.base())
        self._boxes = []
        self.chips = []
        cw = self._col_width()
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        for col in range(7):
            day = self.first + timedelta(days=col)
            x = int(GUTTER + col * cw)
            if day in self.holidays or day.weekday() >= 5:
                shade = QColor("#fff4f4" if day in self.holidays else "#f7f7f7")
                p.fillRect(QRect(x, 0, int(cw), 24 * HOUR), shade)
            else:  # office hours
                for start, end in ((7.5, 11.5), (13.5, 17.0)):
                    band = QRect(x, int(start * HOUR), int(cw), int((end - start) * HOUR))
                    p.fillRect(band, QColor("#f5faff"))
        p.setPen(QColor("#e0e0e0"))
        p.setFont(small)
        for hour in range(25):
            y = hour * HOUR
            p.setPen(QColor("#e0e0e0"))
            p.drawLine(GUTTER, y, self.width(), y)
            if hour < 24:
                p.setPen(QColor("#757575"))
                p.drawText(
                    QRect(0, y, GUTTER - 6, 16),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                    f"{hour:02d}:00",
                )
        p.setPen(QColor("#e0e0e0"))
        for col in range(8):
            x = int(GUTTER + col * cw)
            p.drawLine(x, 0, x, 24 * HOUR)
        self._paint_events(p, small)
        if self._ghost is not None and self.first <= self._ghost[0].date() <= self.last_day():
            p.setPen(QPen(QColor("#0d47a1"), 2, Qt.PenStyle.DashLine))
            p.setBrush(QColor(13, 71, 161, 40))
            ghost = self.span_rect(*self._ghost)
            p.drawRoundedRect(ghost, 3, 3)
            p.setPen(QColor("#0d47a1"))
            p.drawText(
                ghost.adjusted(3, 1, -2, -1),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                f"{self._ghost[0]:%H:%M}–{self._ghost[1]:%H:%M}",
            )
        p.end()

    def _paint_events(self, p: QPainter, font: QFont) -> None:
        cw = self._col_width()
        p.setFont(font)
        for col in range(7):
            day = self.first + timedelta(days=col)
            day_start = datetime.combine(day, time())
            day_end = day_start + timedelta(days=1)
            x0 = GUTTER + col * cw
            timed = [
                e
                for e in self.events
                if not e.all_day and e.starts < day_end and e.ends > day_start
            ]
            spans = [(max(e.starts, day_start), min(e.ends, day_end)) for e in timed]
            places = max(2, int((cw - 4) // MIN_BOX))
            hidden: list[int] = []
            for placed in place_side_by_side(spans):
                e = timed[placed.index]
                start, end = spans[placed.index]
                columns = min(placed.columns, places)
                if placed.columns > places and placed.column >= places - 1:
                    hidden.append(placed.index)
                    continue
                width = (cw - 4) / columns
                rect = self._span_box(x0 + 2 + placed.column * width, width, start, end, day_start)
                self._box(p, rect, e, f"{e.starts:%H:%M} {e.title}")
            width = (cw - 4) / places
            for group in _overlapping(hidden, spans):
                start = min(spans[i][0] for i in group)
                end = max(spans[i][1] for i in group)
                x = x0 + 2 + (places - 1) * width
                rect = self._span_box(x, width, start, end, day_start)
                rows = sorted((timed[i] for i in group), key=lambda r: (r.starts, r.title))
                self._chip(p, rect, rows)

    def _span_box(
        self, x: float, width: float, start: datetime, end: datetime, day_start: datetime
    ) -> QRect:
        y0 = (start - day_start).total_seconds() / 3600 * HOUR
        y1 = (end - day_start).total_seconds() / 3600 * HOUR
        return QRect(int(x), int(y0) + 1, int(width) - 2, max(14, int(y1 - y0) - 2))

    def _chip(self, p: QPainter, rect: QRect, rows: list[EventRow]) -> None:
        p.setPen(QColor("#90a4ae"))
        p.setBrush(QColor("#eceff1"))
        p.drawRoundedRect(rect, 3, 3)
        p.setPen(QColor("#263238"))
        p.drawText(
            rect.adjusted(3, 1, -3, -1),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            f"+{len(rows)}",
        )
        self.chips.append((rect, rows))

    def chip_at(self, pos: QPoint) -> list[EventRow] | None:
        for rect, rows in self.chips:
            if rect.contains(pos):
                return rows
        return None

    def show_hidden(self, rows: list[EventRow], where: QPoint) -> "HiddenEvents":
        """The events a "+N" stands for, in a small list under the pointer."""
        popup = HiddenEvents(rows, self)
        popup.activated.connect(self.event_activated)
        popup.move(where)
        popup.show()
        popup.setFocus()
        self.hidden_list = popup
        return popup

    def _box(self, p: QPainter, rect: QRect, e: EventRow, text: str) -> None:
        paint_box(p, rect, e, text, self.flags.get(e.key))
        self._boxes.append((rect, e))

    def paint_header(self, p: QPainter, width: int) -> list[tuple[QRect, EventRow]]:
        """Day names, holidays and all-day events; drawn by the header that stays put."""
        pal = self.palette()
        cw = (width - GUTTER) / 7
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        p.fillRect(QRect(0, 0, width, HEADER + ALL_DAY), pal.base())
        boxes: list[tuple[QRect, EventRow]] = []
        for col in range(7):
            day = self.first + timedelta(days=col)
            x = int(GUTTER + col * cw)
            header = QRect(x, 0, int(cw), HEADER)
            if day == self.today:
                p.fillRect(header, QColor("#e3f2fd"))
            p.setFont(bold)
            p.setPen(QColor("#c62828") if day in self.holidays else pal.text().color())
            p.drawText(
                header.adjusted(0, 2, 0, -HEADER // 2),
                Qt.AlignmentFlag.AlignCenter,
                f"{weekday_short(day)} {day:%d/%m}",
            )
            if day in self.holidays:
                p.setFont(small)
                name = p.fontMetrics().elidedText(
                    self.holidays[day], Qt.TextElideMode.ElideRight, int(cw) - 4
                )
                p.drawText(
                    header.adjusted(2, HEADER // 2, -2, 0), Qt.AlignmentFlag.AlignCenter, name
                )
            day_start = datetime.combine(day, time())
            day_end = day_start + timedelta(days=1)
            all_day = [
                e for e in self.events if e.all_day and e.starts < day_end and e.ends > day_start
            ]
            if all_day:
                p.setFont(small)
                rect = QRect(x + 2, HEADER + 2, int(cw) - 4, ALL_DAY - 4)
                more = f" (+{len(all_day) - 1})" if len(all_day) > 1 else ""
                flag = self.flags.get(all_day[0].key)
                paint_box(p, rect, all_day[0], all_day[0].title + more, flag)
                boxes.append((rect, all_day[0]))
        p.setPen(QColor("#d0d0d0"))
        p.drawLine(0, HEADER + ALL_DAY - 1, width, HEADER + ALL_DAY - 1)
        return boxes

    # --- interaction ---------------------------------------------------------
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        row = self.box_at(event.pos())
        if row is not None:
            self.event_menu_requested.emit(row, event.globalPos())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        box = self.box_at(pos)
        if box is not None:
            self.event_activated.emit(box)
            return
        when = self.time_at(pos)
        if when is not None:
            self.new_event_requested.emit(when)

    # Drag a box to move it, or its lower edge to change its end.
    def _on_edge(self, row: EventRow, pos: QPoint) -> bool:
        rect = self._rect_of(row)
        return rect is not None and rect.bottom() - EDGE <= pos.y() <= rect.bottom() + 1

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        hidden = self.chip_at(pos)
        if hidden is not None and event.button() == Qt.MouseButton.LeftButton:
            self.show_hidden(hidden, self.mapToGlobal(pos))
            return
        box = self.box_at(pos)
        if event.button() == Qt.MouseButton.LeftButton and box is not None:
            self._press = (box, pos, self._on_edge(box, pos))
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._press is None:
            box = self.box_at(pos)
            edge = box is not None and self._on_edge(box, pos)
            self.setCursor(Qt.CursorShape.SizeVerCursor if edge else Qt.CursorShape.ArrowCursor)
            return
        row, origin, resizing = self._press
        if (pos - origin).manhattanLength() < QApplication.startDragDistance():
            return
        self._ghost = self.dragged_span(row, origin, pos, resizing)
        self.setCursor(
            Qt.CursorShape.SizeVerCursor if resizing else Qt.CursorShape.ClosedHandCursor
        )
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, ghost = self._press, self._ghost
        self._press = self._ghost = None
        self.setCursor(Qt.CursorShape.ArrowCursor)
        self.update()
        if press is not None and ghost is not None and ghost != (press[0].starts, press[0].ends):
            self.event_moved.emit(press[0], ghost[0], ghost[1])
        super().mouseReleaseEvent(event)

    def dragged_span(
        self, row: EventRow, origin: QPoint, pos: QPoint, resizing: bool
    ) -> tuple[datetime, datetime]:
        """Where a drag from ``origin`` to ``pos`` puts the event, snapped to 15 minutes."""
        minutes = (pos.y() - origin.y()) * 60 / HOUR
        delta = timedelta(minutes=round(minutes / SNAP_MINUTES) * SNAP_MINUTES)
        if resizing:
            return row.starts, max(row.starts + timedelta(minutes=SNAP_MINUTES), row.ends + delta)
        cw = self._col_width()
        days = int((pos.x() - GUTTER) // cw) - int((origin.x() - GUTTER) // cw)
        shift = delta + timedelta(days=days)
        return row.starts + shift, row.ends + shift

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip:
            help_event: QHelpEvent = e  # type: ignore[assignment]
            box = self.box_at(help_event.pos())
            hidden = self.chip_at(help_event.pos())
            if hidden is not None:
                titles = "\n".join(f"{r.starts:%H:%M} {r.title}" for r in hidden)
                QToolTip.showText(help_event.globalPos(), titles, self)
            elif box is not None:
                QToolTip.showText(
                    help_event.globalPos(), event_tooltip(box, self.flags.get(box.key)), self
                )
            else:
                QToolTip.hideText()
            return True
        return super().event(e)


def _overlapping(indices: list[int], spans: list[tuple[datetime, datetime]]) -> list[list[int]]:
    """``indices`` grouped into runs whose spans overlap one another in a chain."""
    groups: list[list[int]] = []
    end: datetime | None = None
    for i in sorted(indices, key=lambda i: spans[i]):
        if end is None or spans[i][0] >= end:
            groups.append([])
            end = spans[i][1]
        groups[-1].append(i)
        end = max(end, spans[i][1])
    return groups


class HiddenEvents(QListWidget):
    """The events behind a "+N": Enter or a double-click opens one."""

    activated = Signal(object)  # EventRow

    def __init__(self, rows: list[EventRow], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.rows = rows
        for row in rows:
            item = QListWidgetItem(f"{row.starts:%H:%M}–{row.ends:%H:%M}  {row.title}")
            item.setToolTip(row.title)
            self.addItem(item)
        self.setCurrentRow(0)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        width = max(self.sizeHintForColumn(0) + 24, 220)
        self.resize(min(width, 420), min(self.sizeHintForRow(0) * len(rows) + 8, 300))
        self.itemActivated.connect(self._open)

    def _open(self, item: QListWidgetItem) -> None:
        row = self.rows[self.row(item)]
        self.close()
        self.activated.emit(row)


class WeekHeader(QWidget):
    """The day names and all-day events, kept in view while the hours scroll."""

    def __init__(self, view: WeekView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._boxes: list[tuple[QRect, EventRow]] = []
        self.setFixedHeight(HEADER + ALL_DAY)
        view.changed.connect(self.update)

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        self._boxes = self._view.paint_header(p, self._view.width())
        p.end()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        for rect, ev in self._boxes:
            if rect.contains(pos):
                self._view.event_activated.emit(ev)
                return


class WeekPanel(QWidget):
    """Header above a scroll area holding the time grid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = WeekView()
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.view)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.header = WeekHeader(self.view)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.header)
        lay.addWidget(self.scroll_area)

    def scroll_to_hour(self, hour: float) -> None:
        self.scroll_area.verticalScrollBar().setValue(int(hour * HOUR))
