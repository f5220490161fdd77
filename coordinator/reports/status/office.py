"""The status report as the office circulates it: a Word file and an Excel workbook.

Word gets the same content and order as the PDF (letterhead with the Số line, title,
the numbered parts in prose, tables with repeated header rows that never split, the
charts as pictures, Nơi nhận and the signer kept with the last lines, the appendix;
the page's number at the top from page 2). Excel gets one sheet per section, with real
dates and numbers so the figures can be summed, sorted and charted again, each set up
to print on A4 (``sheets.printing``).
"""

import io
import re
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtGui import QImage

from coordinator.domain.text import clean_text
from coordinator.reports import common
from coordinator.reports import word as w
from coordinator.reports.status import charts, paper, prose, words
from coordinator.reports.status.data import (
    EventLine,
    Group,
    Progress,
    ReportCancelledError,
    Section,
    StatusReport,
)
from coordinator.sheets import printing
from coordinator.text import labels

# Column widths (mm) of each Word table; they add up to the text width (165 mm).
WORD_WIDTHS = {
    Section.SUMMARY: (135, 30),
    Section.PARTNERS: (10, 49, 16, 24, 20, 23, 23),
    Section.PROJECTS: (22, 55, 23, 21, 44),  # the code column holds KOICA-01 whole
    Section.INDICATORS: (22, 44, 16, 18, 18, 22, 25),
    Section.HELD: (34, 91, 40),
    Section.COMING: (34, 91, 40),
    Section.OVERDUE: (10, 54, 30, 21, 15, 35),
}

ENDING_WORD_WIDTHS = (10, 65, 50, 24, 16)
COMPARED_WORD_WIDTHS = (75, 26, 26, 38)


def _png(image: QImage) -> io.BytesIO:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # PySide wants str here
    buffer.close()
    return io.BytesIO(data.data())


def _tick(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and not progress(done, total):
        raise ReportCancelledError


# --- Word ---------------------------------------------------------------------------
def write_docx(report: StatusReport, path: Path, progress: Progress | None = None) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    word = w.new_document()

    w.letterhead(
        word,
        report.head,
        paper.dated(report),
        number=report.request.number,
        type_code=paper.TYPE_CODE,
    )
    w.title(word, words.title(), words.subtitle(report))

    def para(text: str, bold: bool = False, italic: bool = False, size: float = 0) -> Any:
        p = word.add_paragraph()
        p.alignment = w.CENTER
        r = p.add_run(clean_text(text))
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(0)
        return p

    if words.addressee_line(report):
        para(words.addressee_line(report)).paragraph_format.space_after = Pt(6)
    para(words.made_line(report), italic=True).paragraph_format.space_after = Pt(6)

    def heading(text: str, italic: bool = False) -> None:
        p = word.add_paragraph()
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.space_before = Pt(8)
        r = p.add_run(clean_text(text))  # a partner's name may hold what Word cannot
        r.bold, r.italic = True, italic

    def table(
        section_kind: Section,
        rows: list[words.Row],
        numeric: set[int],
        columns: list[str] | None = None,
        widths: tuple[float, ...] | None = None,
    ) -> None:
        columns = columns or words.columns(section_kind)
        t = word.add_table(rows=1, cols=len(columns))
        t.style = "Table Grid"
        t.autofit = False
        w.repeat_as_header(t.rows[0])
        for cell, text in zip(t.rows[0].cells, columns, strict=True):
            cell.text = ""
            p = cell.paragraphs[0]
            p.alignment = w.CENTER
            r = p.add_run(text)
            r.bold, r.font.size = True, Pt(10.5)
        for cells, notes in rows:
            row = t.add_row().cells
            for i, (cell, text) in enumerate(zip(row, cells, strict=True)):
                cell.text = ""
                p = cell.paragraphs[0]
                if i in numeric:
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.add_run(clean_text(text)).font.size = Pt(10.5)
                if i == 1:
                    for n, note in enumerate(notes, 1):
                        line = clean_text(f"{n}. {note}")
                        cell.add_paragraph().add_run(line).font.size = Pt(10.5)
        for row in t.rows:
            w.keep_row_together(row)  # a row never splits across pages
        for i, width in enumerate(widths or WORD_WIDTHS[section_kind]):
            t.columns[i].width = Mm(width)
            for cell in t.columns[i].cells:
                cell.width = Mm(width)

    def prose_blocks(blocks: list[prose.Block]) -> None:
        for block in blocks:
            if block.kind == prose.Kind.HEADING:
                heading(block.text)
                continue
            w.body(word, block.text)

    # I. results in words, then the tables and charts that support them.
    heading(f"{words.roman(1)}. {prose.results_title(report)}")
    prose_blocks(prose.results(report))
    if report.shows(Section.SUMMARY):
        para(words.summary_caption(report), italic=True).paragraph_format.space_before = Pt(6)
        table(
            Section.SUMMARY,
            words.compared_table_rows(report),
            {1, 2, 3},
            words.compared_columns(report),
            COMPARED_WORD_WIDTHS,
        )
        if report.ending:
            heading(words.ending_title(report), italic=True)
            table(
                Section.SUMMARY,
                words.ending_rows(report),
                words.ENDING_NUMERIC,
                words.ending_columns(),
                ENDING_WORD_WIDTHS,
            )
    if report.shows(Section.CHARTS):
        status_caption, month_caption = words.chart_captions(report.yearly)
        for image, caption in (
            (charts.projects_by_status(report.figures.projects_by_status), status_caption),
            (charts.events_by_month(report.events_by_month, report.yearly), month_caption),
        ):
            pic = word.add_paragraph()
            pic.alignment = w.CENTER
            pic.paragraph_format.keep_with_next = True
            pic.add_run().add_picture(_png(image), width=Mm(charts.WIDTH_MM))
            para(caption, italic=True).paragraph_format.space_after = Pt(6)
    # II. problems, III. next period's tasks, IV. proposals.
    for n, (title, blocks) in enumerate(prose.parts(report), 2):
        heading(f"{words.roman(n)}. {title}")
        prose_blocks(blocks)
    _word_ending(word, report)  # signed under the text; the appendix follows
    # The appendix: the lists behind the figures, from a page of its own.
    parts_shown = any(report.shows(s) for s in words.DETAIL_PARTS)
    if report.shows(Section.PARTNERS) or parts_shown:
        first = para(words.appendix_title(), bold=True)
        first.paragraph_format.page_break_before = True
        para(words.subtitle(report), italic=True).paragraph_format.space_after = Pt(6)
    if report.shows(Section.PARTNERS):
        heading(words.section_title(Section.PARTNERS, True))
        if report.groups:
            table(Section.PARTNERS, words.overview_rows(report), words.NUMERIC[Section.PARTNERS])
        else:
            word.add_paragraph().add_run(words.no_data()).italic = True
    if parts_shown:
        heading(words.section_title(Section.PROJECTS, report.grouped))
        if not report.lists_on_paper:
            word.add_paragraph().add_run(words.lists_left_out(report)).italic = True
        elif not _word_details(report, heading, table, progress):
            word.add_paragraph().add_run(words.no_data()).italic = True
    # Word's limit for a property is 255 characters: a department's long name is cut.
    word.core_properties.title = f"{words.running_title()} {words.period_short(report)}"[:255]
    word.core_properties.author = (report.head.department or "Coordinator")[:255]
    common.write_whole(path, lambda target: word.save(str(target)))


def _word_ending(word: Any, report: StatusReport) -> None:
    """Nơi nhận on the left, the signature on the right, kept with the last lines."""
    from docx.shared import Pt

    body = word.element.body
    last = [p for p in word.paragraphs if p._p.getparent() is body][-2:]
    gap = word.add_paragraph()
    gap.paragraph_format.space_after = Pt(0)
    w.keep_with_next([*last, gap])
    ending = word.add_table(rows=1, cols=2)
    w.keep_row_together(ending.rows[0])
    w.widths(ending, (w.TEXT_WIDTH_MM / 2, w.TEXT_WIDTH_MM / 2))
    left, right = ending.cell(0, 0), ending.cell(0, 1)
    w.recipients(left, paper.recipient_lines(report))
    left.paragraphs[0].paragraph_format.space_before = Pt(12)
    w.cell_lines(right, [(text, bold, False) for text, bold in paper.signature_lines(report)])
    for p in [*left.paragraphs, *right.paragraphs]:
        p.paragraph_format.keep_with_next = True


def _word_details(
    report: StatusReport,
    heading: Callable[..., None],
    table: Callable[[Section, list[words.Row], set[int]], None],
    progress: Progress | None,
) -> int:
    """Each group's item lists under its numbered name; returns how many groups."""
    n = 0
    for index, group in enumerate(report.groups):
        _tick(progress, index, len(report.groups))
        parts = words.shown_parts(report, group)
        if not parts:
            continue
        n += 1
        heading(f"{n}. {group.name or words.no_partner()}")
        for letter, part in zip("abcdefgh", parts, strict=False):
            heading(f"{letter}) {words.part_title(part, report)}", italic=True)
            table(part, words.detail_rows(part, group), words.NUMERIC.get(part, set()))
    return n


# --- Excel --------------------------------------------------------------------------
DATE_FORMAT, DATETIME_FORMAT = "DD/MM/YYYY", "DD/MM/YYYY HH:MM"
MONTH_FORMAT = "MM/YYYY"
HEADER_ROW = 6  # rows 1-4 say what the sheet is; row 6 names the columns
# The charts' sheet on paper: CHART_COLUMNS columns as wide as the charts (cm), each
# chart CHART_ROWS rows high (default rows are 0.53 cm).
CHART_COLUMNS, CHART_COLUMN_WIDTH, CHART_CM, CHART_ROWS = 8, 12, (17, 9), 19
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")


def _event_columns() -> list[tuple[str, float]]:
    return [
        (QCoreApplication.translate("StatusReport", "Date"), 17),
        (QCoreApplication.translate("StatusReport", "Kind"), 16),
        (QCoreApplication.translate("StatusReport", "Event"), 50),
        (QCoreApplication.translate("StatusReport", "Project"), 12),
        (QCoreApplication.translate("StatusReport", "Place"), 28),
    ]


def _event_cells(e: EventLine) -> list[Any]:
    return [
        e.starts.date() if e.all_day else e.starts,
        labels.event_kind(e.kind),
        e.title,
        e.project_code,
        e.place,
    ]


def _xlsx_columns(section: Section, grouped: bool) -> list[tuple[str, float]]:
    """(header, width in characters) of each column of a section's sheet."""
    partner = [(QCoreApplication.translate("StatusReport", "Partner"), 34.0)] if grouped else []
    match section:
        case Section.PARTNERS:  # the paper's columns without its row number
            names = words.columns(Section.PARTNERS)[1:]
            return list(zip(names, (40.0, 10.0, 12.0, 12.0, 12.0, 12.0), strict=True))
        case Section.SUMMARY:
            return [
                (QCoreApplication.translate("StatusReport", "Item"), 46),
                (QCoreApplication.translate("StatusReport", "Number"), 14),
                (QCoreApplication.translate("StatusReport", "Previous period"), 14),
                (QCoreApplication.translate("StatusReport", "Change"), 12),
            ]
        case Section.CHARTS:
            return [
                (QCoreApplication.translate("StatusReport", "Month"), 12),
                (QCoreApplication.translate("ReportChart", "Held"), 12),
                (QCoreApplication.translate("ReportChart", "Planned"), 12),
            ]
        case Section.PROJECTS:
            return partner + [
                (QCoreApplication.translate("StatusReport", "Code"), 12),
                (QCoreApplication.translate("StatusReport", "Project"), 50),
                (QCoreApplication.translate("StatusReport", "Status"), 16),
                (QCoreApplication.translate("StatusReport", "Milestones done"), 12),
                (QCoreApplication.translate("StatusReport", "Milestones in all"), 12),
                (QCoreApplication.translate("StatusReport", "Next milestone"), 34),
                (QCoreApplication.translate("StatusReport", "Due"), 13),
                (QCoreApplication.translate("StatusReport", "Warnings"), 50),
            ]
        case Section.INDICATORS:
            return partner + [
                (QCoreApplication.translate("StatusReport", "Project"), 12),
                (QCoreApplication.translate("StatusReport", "Indicator"), 40),
                (QCoreApplication.translate("StatusReport", "Unit"), 10),
                (QCoreApplication.translate("StatusReport", "Baseline"), 11),
                (QCoreApplication.translate("StatusReport", "Target"), 11),
                (QCoreApplication.translate("StatusReport", "Latest actual"), 11),
                (QCoreApplication.translate("StatusReport", "Measured on"), 13),
                (QCoreApplication.translate("StatusReport", "Warnings"), 50),
            ]
        case Section.HELD:  # one row per event: its conclusions numbered in one cell
            return (
                partner
                + _event_columns()
                + [(QCoreApplication.translate("StatusReport", "Conclusions"), 60)]
            )
        case Section.COMING:
            return partner + _event_columns()
        case Section.OVERDUE:
            return partner + [
                (QCoreApplication.translate("StatusReport", "Action item"), 50),
                (QCoreApplication.translate("StatusReport", "Owner"), 28),
                (QCoreApplication.translate("StatusReport", "Due"), 13),
                (QCoreApplication.translate("StatusReport", "Days late"), 10),
                (QCoreApplication.translate("StatusReport", "From"), 40),
            ]
    return []


def _xlsx_rows(section: Section, group: Group) -> list[list[Any]]:
    """Typed cells of one group in one section: dates as dates, numbers as numbers."""
    match section:
        case Section.PROJECTS:
            return [
                [
                    p.code,
                    p.title,
                    labels.project_status(p.status),
                    p.milestones_done,
                    p.milestones_total,
                    p.next_milestone,
                    p.next_due,
                    "; ".join(words.flag_notes(p.flags)) or None,
                ]
                for p in group.projects
            ]
        case Section.INDICATORS:
            return [
                [
                    i.project_code,
                    i.name,
                    i.unit,
                    i.baseline,
                    i.target,
                    i.actual,
                    i.measured_on,
                    "; ".join(words.flag_notes(i.flags)) or None,
                ]
                for i in group.indicators
            ]
        case Section.HELD:
            return [[*_event_cells(e), conclusions_text(e.decisions)] for e in group.held]
        case Section.COMING:
            return [_event_cells(e) for e in group.coming]
        case Section.OVERDUE:
            return [[a.text, a.owner, a.due_on, a.days_late, a.origin] for a in group.overdue]
    return []


def conclusions_text(decisions: Sequence[str]) -> str | None:
    """An event's conclusions in one cell, one a line: "1. …\n2. …"; None for none."""
    if not decisions:
        return None
    return "\n".join(f"{n}. {text}" for n, text in enumerate(decisions, 1))


def _sheet_title(section: Section) -> str:
    return _SHEET_NAME_BAD.sub(" ", words.section_name(section))[:31]


def write_xlsx(report: StatusReport, path: Path, progress: Progress | None = None) -> None:
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="E8E8E8")
    top_wrapped = Alignment(wrap_text=True, vertical="top")  # conclusions one a line
    sections = [s for s in Section if report.shows(s)]

    def put(sheet: Any, row: int, col: int, value: Any) -> Any:
        if isinstance(value, str):  # any text a database holds, even a NUL of an old import
            value = clean_text(value)
        cell = sheet.cell(row=row, column=col, value=value)
        if isinstance(value, str) and value.startswith("="):
            cell.data_type = "s"  # user text, never a formula
        elif isinstance(value, int | float) and not isinstance(value, bool):
            cell.number_format = printing.number_format(value)
        elif isinstance(value, datetime):
            cell.number_format = DATETIME_FORMAT
        elif isinstance(value, date):
            cell.number_format = DATE_FORMAT
        return cell

    def sheet_for(section: Section, grouped: bool, repeat_header: bool = True) -> Any:
        sheet = book.create_sheet(_sheet_title(section))
        for row, text in enumerate(
            (
                f"{words.running_title()} – {words.section_name(section)}",
                words.period_line(report),
                words.scope_line(report),
                words.made_line(report),
            ),
            1,
        ):
            put(sheet, row, 1, text).font = Font(bold=row == 1, size=13 if row == 1 else 11)
        columns = _xlsx_columns(section, grouped)
        for col, (name, width) in enumerate(columns, 1):
            cell = put(sheet, HEADER_ROW, col, name)
            cell.font, cell.fill = bold, fill
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            sheet.column_dimensions[get_column_letter(col)].width = width
        sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=1)
        printing.set_up_page(
            sheet,
            f"{words.running_title()} {words.period_short(report)} – {words.section_name(section)}",
            [width for _name, width in columns],
            HEADER_ROW if repeat_header else None,
        )
        return sheet

    def finish(sheet: Any, last_row: int, columns: int) -> None:
        if last_row > HEADER_ROW:
            sheet.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(columns)}{last_row}"
        printing.print_rows(sheet, columns, last_row)

    total_steps = len(sections) + 1
    for step, section in enumerate(sections):
        _tick(progress, step, total_steps)
        if section == Section.SUMMARY:
            sheet = sheet_for(section, False)
            for col, name in enumerate(words.compared_columns(report)[1:3], 2):
                put(sheet, HEADER_ROW, col, name)  # the two periods, named
            row = HEADER_ROW
            for label, value, before, indent in words.compared_rows(report):
                row += 1
                put(sheet, row, 1, label).alignment = Alignment(indent=indent * 2)
                put(sheet, row, 2, value)
                if before is not None:
                    put(sheet, row, 3, before)
                    put(sheet, row, 4, value - before).number_format = "+0;-0;0"
            finish(sheet, row, 4)
            if report.ending:  # each agreement ending soon, below the figures
                row += 2
                put(sheet, row, 1, words.ending_title(report)).font = bold
                row += 1
                for col, name in enumerate(words.ending_columns()[1:], 1):
                    cell = put(sheet, row, col, name)
                    cell.font, cell.alignment = bold, top_wrapped
                for col, width in ((2, 30), (3, 13), (4, 11)):  # the parties, the day, days left
                    sheet.column_dimensions[get_column_letter(col)].width = width
                for e in report.ending:
                    row += 1
                    ending: list[Any] = [e.name, "; ".join(e.parties), e.ends_on, e.days_left]
                    for col, value in enumerate(ending, 1):
                        put(sheet, row, col, value).alignment = top_wrapped
                printing.print_rows(sheet, len(words.ending_columns()) - 1, row)
        elif section == Section.CHARTS:
            sheet = sheet_for(section, False, repeat_header=False)
            row = HEADER_ROW
            for bucket in report.events_by_month:
                row += 1
                cell = put(sheet, row, 1, bucket.month)
                cell.number_format = "YYYY" if report.yearly else MONTH_FORMAT
                put(sheet, row, 2, bucket.held)
                put(sheet, row, 3, bucket.planned)
            months_end = row
            # Projects by status, below the months.
            row += 2
            status_header = row
            put(sheet, row, 1, QCoreApplication.translate("StatusReport", "Status")).font = bold
            put(sheet, row, 2, QCoreApplication.translate("StatusReport", "Projects")).font = bold
            for status, count in report.figures.projects_by_status.items():
                row += 1
                put(sheet, row, 1, labels.project_status(status))
                put(sheet, row, 2, count)
            status_caption, month_caption = words.chart_captions(report.yearly)
            bars = BarChart()
            bars.type = "bar"
            bars.title = status_caption
            bars.legend = None
            bars.add_data(
                Reference(sheet, min_col=2, min_row=status_header, max_row=row),
                titles_from_data=True,
            )
            bars.set_categories(Reference(sheet, min_col=1, min_row=status_header + 1, max_row=row))
            months = BarChart()
            months.type, months.grouping, months.overlap = "col", "stacked", 100
            months.title = month_caption
            months.add_data(
                Reference(sheet, min_col=2, max_col=3, min_row=HEADER_ROW, max_row=months_end),
                titles_from_data=True,
            )
            months.set_categories(
                Reference(sheet, min_col=1, min_row=HEADER_ROW + 1, max_row=months_end)
            )
            # The figures in the report's order, on a page of their own below the numbers:
            # two charts of CHART_ROWS rows fit one A4 page, so a page break never cuts one.
            for col in range(1, CHART_COLUMNS + 1):
                sheet.column_dimensions[get_column_letter(col)].width = CHART_COLUMN_WIDTH
            printing.new_page_after(sheet, row)
            for chart in (bars, months):
                chart.width, chart.height = CHART_CM
                sheet.add_chart(chart, f"A{row + 2}")
                row += CHART_ROWS
            printing.print_rows(sheet, CHART_COLUMNS, row)
        elif section == Section.PARTNERS:
            sheet = sheet_for(section, False)
            row = HEADER_ROW
            for group in report.groups:
                row += 1
                line: list[Any] = [group.name or words.no_partner(), *words.overview_counts(group)]
                for col, value in enumerate(line, 1):
                    put(sheet, row, col, value)
            finish(sheet, row, len(_xlsx_columns(section, False)))
        else:
            sheet = sheet_for(section, report.grouped)
            columns = len(_xlsx_columns(section, report.grouped))
            row = HEADER_ROW
            for group in report.groups:
                name = group.name or words.no_partner()
                for values in _xlsx_rows(section, group):
                    row += 1
                    cells = [name, *values] if report.grouped else values
                    for col, value in enumerate(cells, 1):
                        put(sheet, row, col, value).alignment = top_wrapped
            finish(sheet, row, columns)
    if not book.sheetnames:
        sheet = book.create_sheet(_sheet_title(Section.SUMMARY))
        put(sheet, 1, 1, words.no_data())
    book.properties.title = f"{words.running_title()} {words.period_short(report)}"
    book.properties.creator = "Coordinator"
    _tick(progress, total_steps - 1, total_steps)
    common.write_whole(path, lambda target: book.save(str(target)))
