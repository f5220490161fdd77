"""Lịch công tác tuần: a week's events by day and time, as print, PDF and Word.

The week runs Monday to Sunday (Asia/Ho_Chi_Minh) around the day asked; its events are
the calendar's occurrences (``events_between``), for everyone or narrowed to one host
unit, person or project as the calendar narrows them. What each column holds:

- Thời gian: the occurrence's local times ("08h00 - 10h30"; "Cả ngày" for an all-day
  event; an event over several days is listed on each of them);
- Nội dung: the event's title, its project's code under it; a cancelled one is struck
  through and marked "Hủy";
- Chủ trì: the chair recorded in the event's minutes (empty while there are none: the
  event itself has no chair field);
- Thành phần: the people taking part (with their organisation's short name), and the
  partner organisation when none of them is from it;
- Địa điểm: the place or room; for an event in several places, each site;
- Chuẩn bị: the host unit (đơn vị tiếp nhận) — the event's, else its project's.

Working days are always listed (an empty one shows "—"); Saturday and Sunday only when
they have events. Public holidays are named under their day.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPalette,
    QPen,
    QTextDocument,
)
from sqlalchemy import select
from sqlalchemy.orm import aliased

from coordinator.db import models as m
from coordinator.db.queries.events import EventFilter, EventRow, events_between
from coordinator.db.queries.settings import Letterhead, get_letterhead
from coordinator.db.store import Store
from coordinator.domain.enums import EventStatus
from coordinator.domain.public_holidays import holiday_names
from coordinator.domain.timezone import today_local
from coordinator.reports import common
from coordinator.reports.pages import draw_page_number
from coordinator.text.formats import arg
from coordinator.text.html import esc

UNIT, PERSON, PROJECT = "unit", "person", "project"
SUFFIXES = (".pdf", ".docx")


@dataclass(frozen=True)
class ScheduleScope:
    """Everyone (kind None), or one host unit, person or project: its id and its name
    as the filter line shows it."""

    kind: str | None = None
    item_id: int | None = None
    name: str = ""

    def event_filter(self) -> EventFilter:
        if self.kind == UNIT:
            return EventFilter(host_unit_id=self.item_id)
        if self.kind == PERSON:
            return EventFilter(person_id=self.item_id)
        if self.kind == PROJECT:
            return EventFilter(project_id=self.item_id)
        return EventFilter()


@dataclass(frozen=True)
class ScheduleRow:
    starts: datetime  # local
    ends: datetime
    all_day: bool
    time: str  # as the Thời gian cell shows it, for this day
    content: str
    project: str  # the project's code, "" for none
    chair: str
    participants: str
    place: str
    preparing: str
    cancelled: bool
    recurring: bool


@dataclass(frozen=True)
class ScheduleDay:
    day: date
    holiday: str  # the public holiday's name, "" on other days
    rows: tuple[ScheduleRow, ...]


@dataclass(frozen=True)
class WeekSchedule:
    head: Letterhead
    first: date  # the Monday
    last: date  # the Sunday
    made_on: date
    scope: ScheduleScope
    days: tuple[ScheduleDay, ...]

    @property
    def count(self) -> int:
        """Events listed, each once (an event over several days counted once)."""
        return len({(r.content, r.starts) for d in self.days for r in d.rows})


def week_of(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


@dataclass(frozen=True)
class _Details:
    chair: str
    participants: str
    place: str
    preparing: str


def _details(store: Store, rows: list[EventRow]) -> dict[int, _Details]:
    """Chair, participants, place and host unit of the events in ``rows``."""
    ids = sorted({r.id for r in rows})
    if not ids:
        return {}
    Unit = aliased(m.Organization)  # noqa: N806 - a mapped class
    ProjectUnit = aliased(m.Organization)  # noqa: N806
    Partner = aliased(m.Organization)  # noqa: N806
    Chair = aliased(m.Person)  # noqa: N806
    with store.reading() as s:
        base = {
            i: (unit or project_unit or "", partner_id, partner or "", chair or "")
            for i, unit, project_unit, partner_id, partner, chair in s.execute(
                select(
                    m.Event.id,
                    Unit.name,
                    ProjectUnit.name,
                    m.Event.partner_id,
                    Partner.name,
                    Chair.full_name,
                )
                .outerjoin(Unit, Unit.id == m.Event.host_unit_id)
                .outerjoin(m.Project, m.Project.id == m.Event.project_id)
                .outerjoin(ProjectUnit, ProjectUnit.id == m.Project.host_unit_id)
                .outerjoin(Partner, Partner.id == m.Event.partner_id)
                .outerjoin(m.Minutes, m.Minutes.event_id == m.Event.id)
                .outerjoin(Chair, Chair.id == m.Minutes.chair_id)
                .where(m.Event.id.in_(ids))
            )
        }
        people: dict[int, list[tuple[str, str, int | None]]] = {}
        for event_id, name, short, org_name, org_id in s.execute(
            select(
                m.EventParticipant.event_id,
                m.Person.full_name,
                m.Organization.short_name,
                m.Organization.name,
                m.Organization.id,
            )
            .join(m.Person, m.Person.id == m.EventParticipant.person_id)
            .outerjoin(m.Organization, m.Organization.id == m.Person.organization_id)
            .where(
                m.EventParticipant.event_id.in_(ids),
                m.EventParticipant.invited.is_(True),
                m.Person.deleted_at.is_(None),
            )
            .order_by(m.EventParticipant.event_id, m.Person.full_name)
        ):
            people.setdefault(event_id, []).append((name, short or org_name or "", org_id))
        sites: dict[int, list[str]] = {}
        for event_id, name, where in s.execute(
            select(m.EventSite.event_id, m.EventSite.name, m.EventSite.location)
            .where(m.EventSite.event_id.in_(ids))
            .order_by(m.EventSite.event_id, m.EventSite.id)
        ):
            sites.setdefault(event_id, []).append(f"{name} ({where})" if where else name)
    out: dict[int, _Details] = {}
    for event_id, (unit, partner_id, partner, chair) in base.items():
        who = people.get(event_id, [])
        names = [f"{n} ({org})" if org else n for n, org, _o in who]
        if partner and not any(o == partner_id for _n, _org, o in who):
            names.append(partner)
        location = next((r.location for r in rows if r.id == event_id), None) or ""
        place = "; ".join(sites[event_id]) if event_id in sites else location
        out[event_id] = _Details(chair, ", ".join(names), place, unit)
    return out


def _clock(at: datetime) -> str:
    return arg(QCoreApplication.translate("Schedule", "%1h%2"), f"{at:%H}", f"{at:%M}")


def _time_text(row: EventRow, day: date) -> str:
    """The Thời gian cell of ``row`` on ``day`` (one of the days it covers)."""
    if row.all_day:
        return QCoreApplication.translate("Schedule", "All day")
    last = (row.ends - timedelta(microseconds=1)).date()
    first = row.starts.date()
    if first == last:
        return arg(
            QCoreApplication.translate("Schedule", "%1 - %2"), _clock(row.starts), _clock(row.ends)
        )
    if day == first:
        return arg(QCoreApplication.translate("Schedule", "from %1"), _clock(row.starts))
    if day == last:
        return arg(QCoreApplication.translate("Schedule", "until %1"), _clock(row.ends))
    return QCoreApplication.translate("Schedule", "All day")


def _days_of(row: EventRow, first: date, last: date) -> list[date]:
    start = max(row.starts.date(), first)
    end = min((row.ends - timedelta(microseconds=1)).date(), last)
    if end < start:  # an instant, or an all-day end at midnight
        end = start
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]


def _holiday_language() -> str:
    return "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en_US"


def gather(
    store: Store,
    day: date,
    scope: ScheduleScope | None = None,
    made_on: date | None = None,
) -> WeekSchedule:
    """The week (Monday–Sunday) around ``day`` for ``scope`` (everyone when None)."""
    scope = scope or ScheduleScope()
    first, last = week_of(day)
    rows = events_between(store, first, last, scope.event_filter())
    details = _details(store, rows)
    by_day: dict[date, list[ScheduleRow]] = {first + timedelta(days=i): [] for i in range(7)}
    for r in rows:
        d = details.get(r.id, _Details("", "", r.location or "", ""))
        for on in _days_of(r, first, last):
            by_day[on].append(
                ScheduleRow(
                    starts=r.starts,
                    ends=r.ends,
                    all_day=r.all_day,
                    time=_time_text(r, on),
                    content=r.title,
                    project=r.project or "",
                    chair=d.chair,
                    participants=d.participants,
                    place=d.place,
                    preparing=d.preparing,
                    cancelled=r.status == EventStatus.CANCELLED,
                    recurring=r.recurring,
                )
            )
    holidays = holiday_names(first, last, _holiday_language())
    days = tuple(
        ScheduleDay(
            on,
            holidays.get(on, ""),
            # All-day rows first, then by time (an event over days by its time that day).
            tuple(sorted(listed, key=lambda x: (not x.all_day, x.time != "", x.starts))),
        )
        for on, listed in by_day.items()
        if on.weekday() < 5 or listed
    )
    return WeekSchedule(get_letterhead(store), first, last, made_on or today_local(), scope, days)


# --- words -------------------------------------------------------------------------------
def title() -> str:
    return QCoreApplication.translate("Schedule", "WEEKLY WORK SCHEDULE")


def _short_day(day: date) -> str:
    """06/4: the day zero-padded, the month not, as the schedule's dates are written."""
    return f"{day.day:02d}/{day.month}"


def week_line(ws: WeekSchedule) -> str:
    return arg(
        QCoreApplication.translate("Schedule", "(From %1 to %2)"),
        f"{_short_day(ws.first)}/{ws.first.year}",
        f"{_short_day(ws.last)}/{ws.last.year}",
    )


def scope_line(scope: ScheduleScope) -> str:
    """ "Đơn vị: …", "Cá nhân: …" or "Dự án: …"; empty for everyone."""
    if scope.kind == UNIT:
        text = QCoreApplication.translate("Schedule", "Unit: %1")
    elif scope.kind == PERSON:
        text = QCoreApplication.translate("Schedule", "Person: %1")
    elif scope.kind == PROJECT:
        text = QCoreApplication.translate("Schedule", "Project: %1")
    else:
        return ""
    return arg(text, scope.name)


def weekday_name(day: date) -> str:
    return [
        QCoreApplication.translate("Schedule", "Monday"),
        QCoreApplication.translate("Schedule", "Tuesday"),
        QCoreApplication.translate("Schedule", "Wednesday"),
        QCoreApplication.translate("Schedule", "Thursday"),
        QCoreApplication.translate("Schedule", "Friday"),
        QCoreApplication.translate("Schedule", "Saturday"),
        QCoreApplication.translate("Schedule", "Sunday"),
    ][day.weekday()]


def day_label(day: date) -> str:
    """ "Thứ Hai, 06/4"."""
    return f"{weekday_name(day)}, {_short_day(day)}"


def holiday_text(name: str) -> str:
    return arg(QCoreApplication.translate("Schedule", "Holiday: %1"), name)


def cancelled_mark() -> str:
    return QCoreApplication.translate("Schedule", "Cancelled")


def project_text(code: str) -> str:
    return arg(QCoreApplication.translate("Schedule", "Project %1"), code)


def columns() -> list[str]:
    return [
        QCoreApplication.translate("Schedule", "Day"),
        QCoreApplication.translate("Schedule", "Time"),
        QCoreApplication.translate("Schedule", "Content"),
        QCoreApplication.translate("Schedule", "Chaired by"),
        QCoreApplication.translate("Schedule", "Participants"),
        QCoreApplication.translate("Schedule", "Place"),
        QCoreApplication.translate("Schedule", "Preparing"),
    ]


NOTHING = "—"
# Column widths in percent of the text's width (landscape A4).
WIDTHS = (13, 12, 23, 10, 18, 13, 11)


def document_title(ws: WeekSchedule) -> str:
    """The file's title: the document's name, its week and its scope."""
    parts = [title().capitalize(), week_line(ws).strip("()")]
    if ws.scope.kind:
        parts.append(scope_line(ws.scope))
    return " — ".join(parts)


# --- paper and PDF -------------------------------------------------------------------
# Qt's rich-text tables split a row across pages and cannot keep it whole, so the
# table is painted here: rows whole, the header row on every page, the day's cell
# spanning its rows on each page (repeated at the top of a page a day runs onto).
def page_layout() -> QPageLayout:
    """Landscape A4 with the administrative margins: the table has seven columns."""
    return common.page_layout(QPageLayout.Orientation.Landscape)


CELL_POINTS = 10.5


def _content_html(row: ScheduleRow) -> str:
    text = esc(row.content)
    if row.cancelled:
        text = f"<s>{text}</s> <b>({esc(cancelled_mark())})</b>"
    if row.project:
        text += f"<br/><i>{esc(project_text(row.project))}</i>"
    return text


def head_html(ws: WeekSchedule) -> str:
    """What stands above the table on the first page: header block, title, week, scope."""
    scope = scope_line(ws.scope)
    scope_html = f"<p align='center' style='margin: 0'><b>{esc(scope)}</b></p>" if scope else ""
    return f"""
<html><body>
{common.letterhead_html(ws.head, ws.made_on)}
<p align='center' style='margin-top: 14px; margin-bottom: 0; font-size: 14pt'>
<b>{esc(title())}</b></p>
<p align='center' style='margin-top: 0; margin-bottom: 0'><i>{esc(week_line(ws))}</i></p>
{scope_html}
</body></html>"""


def _day_html(day: ScheduleDay) -> str:
    label = f"<b>{esc(day_label(day.day))}</b>"
    if day.holiday:
        label += f"<br/><i style='font-size: 9.5pt'>{esc(holiday_text(day.holiday))}</i>"
    return f"<p align='center' style='margin: 0'>{label}</p>"


def _centred(html: str) -> str:
    return f"<p align='center' style='margin: 0'>{html}</p>"


def row_cells(row: ScheduleRow | None) -> list[str]:
    """The six cells after the day's, as rich text; None is a day with nothing."""
    if row is None:
        return [_centred(NOTHING), NOTHING, "", "", "", ""]
    return [
        _centred(esc(row.time)),
        _content_html(row),
        esc(row.chair),
        esc(row.participants),
        esc(row.place),
        esc(row.preparing),
    ]


LAYOUT_DPI = 300


class _Sheet:
    """Lays cells out for one paint device, in dots of 1/300 inch whatever the device's
    own: Qt lays a rich text out wider than it paints on a 1200 dpi printer, so the text
    is laid out on an image of 300 dpi and the painter scales it to the device."""

    def __init__(self, device: QPagedPaintDevice) -> None:
        self.device = device
        dpi = LAYOUT_DPI
        self.scale = device.logicalDpiX() / dpi
        self.layout_device = QImage(1, 1, QImage.Format.Format_RGB32)
        self.layout_device.setDotsPerMeterX(round(dpi / 0.0254))
        self.layout_device.setDotsPerMeterY(round(dpi / 0.0254))
        self.page = device.pageLayout().paintRectPixels(dpi)
        self.top_margin = device.pageLayout().marginsPixels(dpi).top()
        self.pad = dpi * 1.2 / 25.4  # 1.2 mm inside each cell
        self.line = max(1.0, dpi / 144)  # half a point
        total = self.page.width()
        self.widths = [total * w / 100 for w in WIDTHS]
        self.lefts = [sum(self.widths[:i]) for i in range(len(self.widths))]

    def doc(self, html: str, width: float, points: float = CELL_POINTS) -> QTextDocument:
        doc = common.SafeTextDocument()
        # The header block's rules are images of a drawn line: without the resource Qt
        # paints its broken-image icon, stretched, in their place.
        doc.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(common.RULE), common.rule_image()
        )
        font = common.document_font()
        font.setPointSizeF(points)
        doc.setDefaultFont(font)
        doc.documentLayout().setPaintDevice(self.layout_device)
        doc.setDocumentMargin(self.pad)
        common.set_html(doc, html)
        doc.setTextWidth(width)
        return doc

    def cells(self, htmls: list[str], offset: int = 0) -> list[QTextDocument]:
        return [self.doc(h, self.widths[offset + i]) for i, h in enumerate(htmls)]


def _draw_doc(p: QPainter, doc: QTextDocument, x: float, y: float) -> None:
    p.save()
    p.translate(x, y)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette.setColor(QPalette.ColorRole.Text, QColor("black"))
    doc.documentLayout().draw(p, context)
    p.restore()


def paint_schedule(ws: WeekSchedule, device: QPagedPaintDevice) -> int:
    """Paint the schedule on ``device`` (its page layout already set); the pages."""
    sheet = _Sheet(device)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or file could not be opened for writing")
    try:
        painter.scale(sheet.scale, sheet.scale)
        return _paint(ws, sheet, painter)
    finally:
        painter.end()


def _paint(ws: WeekSchedule, sheet: _Sheet, p: QPainter) -> int:
    height = sheet.page.height()
    head = sheet.doc(head_html(ws), sheet.page.width(), common.FONT_POINTS)
    head.setDocumentMargin(0)
    head.setTextWidth(sheet.page.width())
    _draw_doc(p, head, 0, 0)
    y = head.size().height() + sheet.pad * 3
    header = sheet.cells([_centred(f"<b>{esc(n)}</b>") for n in columns()])
    header_h = max(d.size().height() for d in header)
    pen = QPen(QColor("black"), sheet.line)
    pages = 1

    def draw_header(top: float) -> float:
        p.fillRect(QRectF(0, top, sheet.page.width(), header_h), QColor("#e8e8e8"))
        p.setPen(pen)
        for doc, left, width in zip(header, sheet.lefts, sheet.widths, strict=True):
            _draw_doc(p, doc, left, top)
            p.drawRect(QRectF(left, top, width, header_h))
        return top + header_h

    y = draw_header(y)
    for day in ws.days:
        label = sheet.doc(_day_html(day), sheet.widths[0])
        listed: list[ScheduleRow | None] = list(day.rows) or [None]
        span_top = y
        for row in listed:
            docs = sheet.cells(row_cells(row), 1)
            row_h = max([d.size().height() for d in docs] + [label.size().height()])
            if y + row_h > height and y > header_h * 1.5:  # whole on the next page
                _close_day(p, sheet, pen, label, span_top, y)
                sheet.device.newPage()
                pages += 1
                # Laid out at LAYOUT_DPI: the painter scales it to the device.
                draw_page_number(p, sheet.page.width(), sheet.top_margin, pages, LAYOUT_DPI)
                y = span_top = draw_header(0)
            p.setPen(pen)
            for doc, left, width in zip(docs, sheet.lefts[1:], sheet.widths[1:], strict=True):
                _draw_doc(p, doc, left, y)
                p.drawRect(QRectF(left, y, width, row_h))
            y += row_h
        _close_day(p, sheet, pen, label, span_top, y)
    return pages


def _close_day(
    p: QPainter, sheet: _Sheet, pen: QPen, label: QTextDocument, top: float, bottom: float
) -> None:
    """The day's cell beside its rows on this page, its name at the top."""
    if bottom <= top:
        return
    _draw_doc(p, label, 0, top)
    p.setPen(pen)
    p.drawRect(QRectF(0, top, sheet.widths[0], bottom - top))


def paint(ws: WeekSchedule, device: QPagedPaintDevice) -> int:
    """The schedule on a printer or PDF writer: landscape A4; its number of pages."""
    device.setPageLayout(page_layout())
    return paint_schedule(ws, device)


def write_pdf(ws: WeekSchedule, path: Path) -> int:
    """Landscape A4 PDF with the fonts embedded; written beside, moved into place whole."""

    def write(target: Path) -> int:
        writer = common.pdf_writer(target, document_title(ws), page_layout())
        pages = paint_schedule(ws, writer)
        del writer  # flushed and closed before write_whole looks at the file
        return pages

    return common.write_whole(path, write)


# --- Word ----------------------------------------------------------------------------
def write_docx(ws: WeekSchedule, path: Path) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.shared import Mm, Pt

    from coordinator.domain.text import clean_text
    from coordinator.reports import word as w

    word = w.new_document()
    section = word.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    w.letterhead(word, ws.head, ws.made_on)

    def centred(text: str, bold: bool = False, italic: bool = False, size: float = 0) -> None:
        p = word.add_paragraph()
        p.alignment = w.CENTER
        p.paragraph_format.space_after = Pt(0)
        run = p.add_run(clean_text(text))
        run.bold, run.italic = bold, italic
        if size:
            run.font.size = Pt(size)

    word.add_paragraph().paragraph_format.space_after = Pt(0)
    centred(title(), bold=True, size=14)
    centred(week_line(ws), italic=True)
    if ws.scope.kind:
        centred(scope_line(ws.scope), bold=True)
    word.add_paragraph().paragraph_format.space_after = Pt(0)

    names = columns()
    table = word.add_table(rows=1, cols=len(names))
    table.style = "Table Grid"
    table.autofit = False
    text_width = 297 - common.MARGINS_MM[1] - common.MARGINS_MM[3]
    widths = [Mm(text_width * p / 100) for p in WIDTHS]
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    header = table.rows[0]
    w.repeat_as_header(header)
    w.keep_row_together(header)

    def fill(cell: Any, text: str, bold: bool = False, centre: bool = False) -> Any:
        p = cell.paragraphs[0]
        p.paragraph_format.space_after = Pt(0)
        if centre:
            p.alignment = w.CENTER
        run = p.add_run(clean_text(text))
        run.bold = bold
        run.font.size = Pt(11)
        return p

    for cell, name, width in zip(header.cells, names, widths, strict=True):
        fill(cell, name, bold=True, centre=True)
        cell.width = width
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

    small = Pt(11)
    for day in ws.days:
        listed = day.rows or (None,)
        day_cells = []
        for row in listed:
            added = table.add_row()
            cells = added.cells
            day_cells.append(cells[0])
            w.keep_row_together(added)
            for cell, width in zip(cells, widths, strict=True):
                cell.width = width
            if row is None:
                fill(cells[1], NOTHING, centre=True)
                fill(cells[2], NOTHING)
                continue
            fill(cells[1], row.time, centre=True)
            p = cells[2].paragraphs[0]
            p.paragraph_format.space_after = Pt(0)
            run = p.add_run(clean_text(row.content))
            run.font.size, run.font.strike = small, row.cancelled
            if row.cancelled:
                mark = p.add_run(f" ({cancelled_mark()})")
                mark.bold, mark.font.size = True, small
            if row.project:
                extra = cells[2].add_paragraph()
                extra.paragraph_format.space_after = Pt(0)
                note = extra.add_run(clean_text(project_text(row.project)))
                note.italic, note.font.size = True, small
            for cell, text in zip(
                cells[3:],
                (row.chair, row.participants, row.place, row.preparing),
                strict=True,
            ):
                fill(cell, text)
        day_cell = day_cells[0]
        if len(day_cells) > 1:
            # The day's cell spans its rows. python-docx's merge recurses once a row (a
            # day of 1,000 events overflowed Python's stack) and looks each row up from
            # the top: mark the column's cells as Word does, restart then continue.
            day_cell._tc.vMerge = "restart"
            for below in day_cells[1:]:
                below._tc.vMerge = "continue"
        fill(day_cell, day_label(day.day), bold=True, centre=True)
        day_cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
        if day.holiday:
            p = day_cell.add_paragraph()
            p.alignment = w.CENTER
            run = p.add_run(clean_text(holiday_text(day.holiday)))
            run.italic, run.font.size = True, small
    word.core_properties.title = document_title(ws)
    common.write_whole(path, lambda target: word.save(str(target)))


def write(ws: WeekSchedule, path: Path) -> None:
    """PDF or Word by the file's ending (``SUFFIXES``)."""
    writer: Callable[[WeekSchedule, Path], object] = (
        write_pdf if path.suffix.lower() == ".pdf" else write_docx
    )
    writer(ws, path)


def week_start(day: date) -> date:
    return week_of(day)[0]
