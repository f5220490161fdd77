"""The month view: six weeks of day cells with events as coloured chips."""

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from coordinator.db.queries.events import EventRow, MonthDays
from coordinator.domain.timezone import today_local
from coordinator.text import labels
from coordinator.ui.calendar.style import kind_colour, weekday_short

HEADER = 24
CHIP = 18
DAY_LABEL = 20


def month_grid_start(month: date) -> date:
    first = month.replace(day=1)
    return first - timedelta(days=first.weekday())


class MonthView(QWidget):
    """Paints the month itself; the calendar tab feeds it events and holidays."""

    event_activated = Signal(object)  # the EventRow of the occurrence
    event_menu_requested = Signal(object, QPoint)  # the EventRow, global position
    new_event_requested = Signal(datetime)
    day_activated = Signal(date)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month = today_local().replace(day=1)
        self.today = today_local()
        self.events: list[EventRow] = []
        self.holidays: dict[date, str] = {}
        self.flags: dict[tuple[int, datetime], bool] = {}
        self._days = MonthDays({}, {}, {})
        self._chips: list[tuple[QRect, EventRow]] = []
        self.setMouseTracking(True)
        self.setMinimumSize(490, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def first_day(self) -> date:
        return month_grid_start(self.month)

    def last_day(self) -> date:
        return self.first_day() + timedelta(days=41)

    def set_data(
        self,
        month: date,
        days: MonthDays | None,
        holidays: dict[date, str],
        flags: dict[tuple[int, datetime], bool] | None = None,
    ) -> None:
        """Show ``month`` with ``days`` (each day's first events and its count)."""
        self.month = month.replace(day=1)
        self._days = days or MonthDays({}, {}, {})
        self.events = self._days.events()
        self.holidays = holidays
        self.flags = flags or {}
        self.update()

    # --- geometry ------------------------------------------------------------
    def cell_rect(self, day: date) -> QRect:
        index = (day - self.first_day()).days
        w = self.width() / 7
        h = (self.height() - HEADER) / 6
        col, row = index % 7, index // 7
        return QRect(int(col * w), int(HEADER + row * h), int(w), int(h))

    def day_at(self, pos: QPoint) -> date | None:
        if pos.y() < HEADER:
            return None
        w = self.width() / 7
        h = (self.height() - HEADER) / 6
        col, row = int(pos.x() // w), int((pos.y() - HEADER) // h)
        if not (0 <= col < 7 and 0 <= row < 6):
            return None
        return self.first_day() + timedelta(days=row * 7 + col)

    def chip_at(self, pos: QPoint) -> EventRow | None:
        for rect, ev in self._chips:
            if rect.contains(pos):
                return ev
        return None

    def chip_rect(self, event_id: int) -> QRect | None:
        for rect, ev in self._chips:
            if ev.id == event_id:
                return rect
        return None

    # --- painting ------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        pal = self.palette()
        p.fillRect(self.rect(), pal.base())
        self._chips = []
        w = self.width() / 7
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        first = self.first_day()
        for col in range(7):
            p.setFont(bold)
            p.setPen(pal.text().color())
            p.drawText(
                QRect(int(col * w), 0, int(w), HEADER),
                Qt.AlignmentFlag.AlignCenter,
                weekday_short(first + timedelta(days=col)),
            )
        for i in range(42):
            day = first + timedelta(days=i)
            rect = self.cell_rect(day)
            in_month = day.month == self.month.month
            holiday = self.holidays.get(day)
            if not in_month:
                p.fillRect(rect, QColor("#f3f3f3"))
            elif holiday or day.weekday() >= 5:
                p.fillRect(rect, QColor("#fff4f4" if holiday else "#fafafa"))
            p.setPen(QColor("#d0d0d0"))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect.adjusted(0, 0, -1, -1))
            label_rect = QRect(rect.x() + 4, rect.y() + 2, rect.width() - 8, DAY_LABEL - 2)
            if day == self.today:
                p.fillRect(
                    QRect(rect.x() + 1, rect.y() + 1, rect.width() - 2, DAY_LABEL),
                    QColor("#e3f2fd"),
                )
            p.setFont(bold if day == self.today else self.font())
            p.setPen(
                QColor("#c62828")
                if holiday
                else pal.text().color()
                if in_month
                else QColor("#9e9e9e")
            )
            p.drawText(
                label_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(day.day)
            )
            if holiday:
                p.setFont(small)
                p.drawText(
                    label_rect.adjusted(24, 0, 0, 0),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    p.fontMetrics().elidedText(
                        holiday, Qt.TextElideMode.ElideRight, label_rect.width() - 24
                    ),
                )
            self._paint_chips(
                p, rect, self._days.shown.get(day, []), self._days.counts.get(day, 0), small
            )
        p.end()

    def _paint_chips(
        self, p: QPainter, cell: QRect, events: list[EventRow], count: int, font: QFont
    ) -> None:
        """The day's first events as chips, and "+N more" for the rest of ``count``."""
        room = (cell.height() - DAY_LABEL - 4) // (CHIP + 2)
        shown = events if count <= room else events[: max(0, room - 1)]
        p.setFont(font)
        y = cell.y() + DAY_LABEL + 2
        for e in shown:
            chip = QRect(cell.x() + 3, y, cell.width() - 6, CHIP)
            colour = kind_colour(e.kind, e.status)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawRoundedRect(chip, 3, 3)
            mark = mark_colour(self.flags.get(e.key))
            if mark is not None:
                p.fillRect(QRect(chip.right() - 4, chip.y(), 5, chip.height()), mark)
            p.setPen(QColor("white"))
            text = e.title if e.all_day else f"{e.starts:%H:%M} {e.title}"
            text = ("↻ " if e.recurring else "") + text
            p.drawText(
                chip.adjusted(4, 0, -2, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                p.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, chip.width() - 6),
            )
            self._chips.append((chip, e))
            y += CHIP + 2
        hidden = count - len(shown)
        if hidden > 0:
            p.setPen(self.palette().text().color())
            p.drawText(
                QRect(cell.x() + 5, y, cell.width() - 10, CHIP),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.tr("+%1 more").replace("%1", str(hidden)),
            )

    # --- interaction ---------------------------------------------------------
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        row = self.chip_at(event.pos())
        if row is not None:
            self.event_menu_requested.emit(row, event.globalPos())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        chip = self.chip_at(pos)
        if chip is not None:
            self.event_activated.emit(chip)
            return
        day = self.day_at(pos)
        if day is not None:
            self.new_event_requested.emit(datetime.combine(day, time(8, 0)))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is not None and event.button() == Qt.MouseButton.LeftButton:
            self.day_activated.emit(day)
        super().mousePressEvent(event)

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip:
            help_event: QHelpEvent = e  # type: ignore[assignment]
            chip = self.chip_at(help_event.pos())
            if chip is not None:
                QToolTip.showText(
                    help_event.globalPos(), event_tooltip(chip, self.flags.get(chip.key)), self
                )
            else:
                day = self.day_at(help_event.pos())
                if day in self.holidays:
                    QToolTip.showText(help_event.globalPos(), self.holidays[day], self)
                else:
                    QToolTip.hideText()
            return True
        return super().event(e)


def mark_colour(flag: bool | None) -> QColor | None:
    """The calendar's mark: red for a double booking, amber for a warning."""
    if flag is None:
        return None
    return QColor("#d50000") if flag else QColor("#ffab00")


def event_tooltip(e: EventRow, flag: bool | None = None) -> str:
    when = (
        labels.fmt_date(e.starts.date())
        if e.all_day
        else f"{labels.fmt_datetime(e.starts)} – {e.ends:%H:%M}"
    )
    lines = [e.title, f"{labels.event_kind(e.kind)} · {labels.event_status(e.status)}", when]
    lines += [x for x in (e.location, e.project, e.partner) if x]
    if e.recurring:
        lines.append(QCoreApplication.translate("MonthView", "Repeats"))
    if flag is not None:
        lines.append(
            QCoreApplication.translate("MonthView", "✖ Double booked: open it to see with what")
            if flag
            else QCoreApplication.translate("MonthView", "⚠ Has a warning: open it to see why")
        )
    return "\n".join(lines)
