"""The calendar on paper: what the month, week or agenda view shows, with its filter.

The month and week views are painted onto the page as they are drawn on screen, scaled
to the page's width (landscape A4) under a title naming the period and the filter; the
week keeps its office hours (06h–20h, or the hours its events need). The agenda prints
as a table of its rows, page after page.
"""

from datetime import time, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QRegion,
)
from PySide6.QtWidgets import QWidget

from coordinator.db.files import write_whole
from coordinator.db.queries.events import AgendaFilter, list_agenda
from coordinator.reports import common
from coordinator.text import labels
from coordinator.text.html import esc
from coordinator.ui.calendar.agenda import AGENDA_COLUMNS
from coordinator.ui.calendar.tab import MONTH, WEEK, CalendarTab
from coordinator.ui.calendar.week_view import HOUR, week_start

# The agenda prints this many rows at most (a year of a busy office); more are named.
AGENDA_ROWS = 2000
FIRST_HOUR, LAST_HOUR = 6, 20


def filter_text(tab: CalendarTab) -> str:
    """The calendar's filter as words: "Dự án TNV-01 – …, Nguyễn Văn A"; "" for none."""
    parts = []
    if tab.kind_filter.currentIndex() > 0:
        parts.append(tab.kind_filter.currentText())
    for combo, text in (
        (tab.project_filter, QCoreApplication.translate("CalendarPrint", "Project %1")),
        (tab.unit_filter, QCoreApplication.translate("CalendarPrint", "Unit: %1")),
        (tab.person_filter, QCoreApplication.translate("CalendarPrint", "Person: %1")),
    ):
        if combo.currentData() is not None:
            parts.append(labels.arg(text, combo.currentText()))
    if tab.view() not in (MONTH, WEEK) and tab.agenda_search.text().strip():
        parts.append(
            labels.arg(
                QCoreApplication.translate("CalendarPrint", "“%1”"),
                tab.agenda_search.text().strip(),
            )
        )
    return ", ".join(parts)


def view_title(tab: CalendarTab) -> str:
    """ "Lịch tháng 4/2026 — Dự án TNV-01": the view's period, then its filter."""
    if tab.view() == MONTH:
        first = tab.anchor.replace(day=1)
        title = labels.arg(
            QCoreApplication.translate("CalendarPrint", "Calendar, month %1/%2"),
            first.month,
            first.year,
        )
    elif tab.view() == WEEK:
        lo = week_start(tab.anchor)
        hi = lo + timedelta(days=6)
        title = labels.arg(
            QCoreApplication.translate("CalendarPrint", "Calendar, week of %1 to %2"),
            labels.fmt_date(lo),
            labels.fmt_date(hi),
        )
    else:
        title = labels.arg(
            QCoreApplication.translate("CalendarPrint", "Agenda from %1"),
            labels.fmt_date(tab.anchor),
        )
    shown = filter_text(tab)
    return f"{title} — {shown}" if shown else title


def page_layout(tab: CalendarTab) -> QPageLayout:
    """A4 with the administrative margins: landscape for the month and week views."""
    if tab.view() in (MONTH, WEEK):
        return common.page_layout(QPageLayout.Orientation.Landscape)
    return common.page_layout()


def _title_font() -> QFont:
    font = common.document_font()
    font.setPointSize(14)
    font.setBold(True)
    return font


def _draw_title(p: QPainter, width: float, title: str) -> float:
    """The title centred at the top of the page; the height it takes."""
    p.setFont(_title_font())
    p.setPen(QColor("black"))
    height = p.fontMetrics().height() * 1.8
    p.drawText(
        QRectF(0, 0, width, height),
        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
        title,
    )
    return height


def _paint_widget(p: QPainter, area: QRectF, parts: list[tuple[QWidget, QRect]]) -> None:
    """Widgets' regions stacked one under another, scaled together to fit ``area``."""
    width = max(r.width() for _w, r in parts)
    height = sum(r.height() for _w, r in parts)
    scale = min(area.width() / width, area.height() / height)
    p.save()
    p.translate(area.left() + (area.width() - width * scale) / 2, area.top())
    p.scale(scale, scale)
    y = 0
    for widget, rect in parts:
        # The widget's origin above the part shown, the rest clipped away.
        p.save()
        p.translate(0, y - rect.top())
        p.setClipRect(rect)
        widget.render(p, QPoint(), QRegion(widget.rect()), QWidget.RenderFlag.DrawChildren)
        p.restore()
        y += rect.height()
    p.restore()


def _week_hours(tab: CalendarTab) -> tuple[int, int]:
    first, last = FIRST_HOUR, LAST_HOUR
    for e in tab.week.events:
        if e.all_day:
            continue
        first = min(first, e.starts.hour)
        end = e.ends.hour + (1 if e.ends.time() > time(e.ends.hour) else 0)
        last = max(last, end if e.ends.date() == e.starts.date() else 24)
    return first, last


def paint_view(tab: CalendarTab, device: QPagedPaintDevice) -> int:
    """The view on ``device`` (its layout set by ``page_layout``); the pages printed."""
    if tab.view() not in (MONTH, WEEK):
        return _paint_agenda(tab, device)
    page = device.pageLayout().paintRectPixels(device.logicalDpiX())
    p = QPainter()
    if not p.begin(device):
        raise OSError("the printer or file could not be opened for writing")
    try:
        top = _draw_title(p, page.width(), view_title(tab))
        area = QRectF(0, top, page.width(), page.height() - top)
        if tab.view() == MONTH:
            _paint_widget(p, area, [(tab.month, tab.month.rect())])
        else:
            first, last = _week_hours(tab)
            view = tab.week
            header = tab.week_panel.header
            hours = QRect(0, first * HOUR, view.width(), (last - first) * HOUR)
            _paint_widget(p, area, [(header, header.rect()), (view, hours)])
    finally:
        p.end()
    return 1


def agenda_html(tab: CalendarTab) -> str:
    f = AgendaFilter(since=tab.anchor, text=tab.agenda_search.text(), scope=tab.scope())
    rows = list_agenda(tab._store, f, 0, AGENDA_ROWS + 1)  # noqa: SLF001 - the tab's store
    head = "".join(f"<th bgcolor='#e8e8e8'>{esc(c.title())}</th>" for c in AGENDA_COLUMNS)
    body = "".join(
        "<tr>" + "".join(f"<td>{esc(c.value(r) or '')}</td>" for c in AGENDA_COLUMNS) + "</tr>"
        for r in rows[:AGENDA_ROWS]
    )
    cut = QCoreApplication.translate("CalendarPrint", "Only the first %1 events are printed.")
    more = f"<p><i>{esc(labels.arg(cut, AGENDA_ROWS))}</i></p>" if len(rows) > AGENDA_ROWS else ""
    nothing = QCoreApplication.translate("CalendarPrint", "No events.")
    none = "" if rows else f"<p><i>{esc(nothing)}</i></p>"
    return f"""<html><body>
<p align='center' style='font-size: 14pt'><b>{esc(view_title(tab))}</b></p>
<table width='100%' border='1' cellspacing='0' cellpadding='3'
 style='border-collapse: collapse; font-size: 10pt'>
<thead><tr>{head}</tr></thead>{body}</table>{none}{more}
</body></html>"""


def _paint_agenda(tab: CalendarTab, device: QPagedPaintDevice) -> int:
    doc = common.text_document(agenda_html(tab))
    page = device.pageLayout().paintRectPixels(device.logicalDpiX())
    doc.documentLayout().setPaintDevice(device)
    doc.setPageSize(page.size().toSizeF())
    doc.print_(device)
    return doc.pageCount()


def write_view_pdf(tab: CalendarTab, path: Path) -> int:
    """The view as a PDF, written beside and moved into place when whole."""

    def write(target: Path) -> int:
        writer = common.pdf_writer(target, view_title(tab), page_layout(tab))
        pages = paint_view(tab, writer)
        del writer
        return pages

    return write_whole(path, write)
