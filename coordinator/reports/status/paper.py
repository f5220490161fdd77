"""The status report on paper and as PDF: one QTextDocument, painted page by page.

The báo cáo in the Nghị định 30 layout (letterhead with the Số line, title, Kính gửi,
the numbered parts in prose with their tables and charts, Nơi nhận beside the signer,
then the appendix); ``pages`` lays it out on A4, keeps headings and the signature
with what they belong to, never splits a table row, and numbers the pages at the top
from page 2. Tables carry their header row in <thead>, so it repeats on every page.
"""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import (
    QPagedPaintDevice,
    QTextDocument,
)

from coordinator.reports import common, pages
from coordinator.reports.status import charts, prose, words
from coordinator.reports.status.data import (
    Progress,
    ReportCancelledError,
    Section,
    StatusReport,
)
from coordinator.text.html import esc

STATUS_CHART, MONTH_CHART = "chart:projects-by-status", "chart:events-by-month"
# Column widths (percent) of each table.
WIDTHS = {
    Section.SUMMARY: (80, 20),
    Section.PARTNERS: (6, 30, 10, 14, 12, 14, 14),
    Section.PROJECTS: (11, 36, 14, 13, 26),
    Section.INDICATORS: (11, 29, 10, 11, 11, 13, 15),
    Section.HELD: (22, 54, 24),
    Section.COMING: (22, 54, 24),
    Section.OVERDUE: (6, 33, 18, 13, 9, 21),
}
CHART_WIDTH_PX = round(charts.WIDTH_MM / 25.4 * 96)
CHART_HEIGHT_PX = round(charts.HEIGHT_MM / 25.4 * 96)


def _heading(text: str, level: int, style: str = "") -> str:
    """A heading in the body's size; its level lets layout keep it with what follows."""
    return common.heading_html(text, level, f"margin-top: 8px; margin-bottom: 3px; {style}")


def _table(section: Section, rows: list[words.Row]) -> str:
    return _grid(words.columns(section), WIDTHS[section], words.NUMERIC.get(section, set()), rows)


def _unbroken(text: str) -> str:
    """A code, a date or a one-word heading is never broken letter by letter
    ("KOICA-0 / 1", "Conclusio / ns"): its column widens instead."""
    if text and " " not in text and len(text) <= UNBROKEN:
        return " style='white-space: nowrap'"
    return ""


def _grid(
    columns: list[str], widths: tuple[int, ...], right: set[int], rows: list[words.Row]
) -> str:
    head = "".join(
        f"<th width='{w}%' bgcolor='#e8e8e8'{_unbroken(name)}>{esc(name)}</th>"
        for name, w in zip(columns, widths, strict=True)
    )
    body: list[str] = []
    for cells, notes in rows:
        tds = []
        for i, cell in enumerate(cells):
            align = " align='right'" if i in right else ""
            align += _unbroken(cell)
            text = esc(cell)
            if i == 1 and notes:
                items = "".join(f"<li>{esc(n)}</li>" for n in notes)
                text += f"<ol style='margin-top: 2px; margin-bottom: 0'>{items}</ol>"
            tds.append(f"<td{align}>{text}</td>")
        body.append("<tr>" + "".join(tds) + "</tr>")
    return (
        "<table width='100%' border='1' cellspacing='0' cellpadding='3' "
        "style='border-collapse: collapse; border-color: #000; font-size: 10.5pt; "
        "margin-bottom: 8px'>"
        f"<thead><tr>{head}</tr></thead>{''.join(body)}</table>"
    )


UNBROKEN = 16  # characters of one word a table cell keeps on one line
ENDING_WIDTHS = (6, 40, 30, 13, 11)
COMPARED_WIDTHS = (46, 16, 16, 22)


def _overview(report: StatusReport) -> str:
    if not report.groups:
        return f"<p><i>{esc(words.no_data())}</i></p>"
    return _table(Section.PARTNERS, words.overview_rows(report))


def _charts(report: StatusReport) -> str:
    status_caption, month_caption = words.chart_captions(report.yearly)
    out = []
    for name, caption in ((STATUS_CHART, status_caption), (MONTH_CHART, month_caption)):
        out.append(
            f"<p align='center' style='margin-bottom: 0'><img src='{name}' "
            f"width='{CHART_WIDTH_PX}' height='{CHART_HEIGHT_PX}'/></p>"
            f"<p align='center' style='margin-top: 2px'><i>{esc(caption)}</i></p>"
        )
    return "".join(out)


def _details(report: StatusReport) -> str:
    if not report.lists_on_paper:
        return f"<p><i>{esc(words.lists_left_out(report))}</i></p>"
    out: list[str] = []
    n = 0
    for group in report.groups:
        parts = words.shown_parts(report, group)
        if not parts:
            continue
        n += 1
        name = group.name or words.no_partner()
        out.append(_heading(f"{n}. {name}", 4, "margin-top: 10px"))
        for letter, part in zip("abcdefgh", parts, strict=False):
            out.append(
                _heading(f"{letter}) {words.part_title(part, report)}", 5, "font-style: italic")
            )
            out.append(_table(part, words.detail_rows(part, group)))
    if not out:
        out.append(f"<p><i>{esc(words.no_data())}</i></p>")
    return "".join(out)


def _blocks(blocks: list[prose.Block]) -> str:
    """The prose: headings kept with what follows, paragraphs justified and indented."""
    out: list[str] = []
    for block in blocks:
        if block.kind == prose.Kind.HEADING:
            out.append(_heading(block.text, 4, "margin-top: 6pt"))
        else:
            out.append(f"<p style='{common.body_style()}'>{esc(block.text)}</p>")
    return "".join(out)


def _caption(text: str) -> str:
    return f"<p align='center' style='margin-top: 8px; margin-bottom: 3px'><i>{esc(text)}</i></p>"


def _compared(report: StatusReport) -> str:
    """The summary figures beside the previous period's, under their caption."""
    out = _caption(words.summary_caption(report))
    out += _grid(
        words.compared_columns(report),
        COMPARED_WIDTHS,
        {1, 2, 3},
        words.compared_table_rows(report),
    )
    if report.ending:
        out += _heading(words.ending_title(report), 4, "font-style: italic")
        out += _grid(
            words.ending_columns(), ENDING_WIDTHS, words.ENDING_NUMERIC, words.ending_rows(report)
        )
    return out


def body_html(report: StatusReport) -> str:
    """The numbered parts: I. results in words, then the tables and charts that support
    them; II. problems and causes; III. next period's tasks; IV. proposals."""
    body = [_heading(f"{words.roman(1)}. {prose.results_title(report)}", 3)]
    body.append(_blocks(prose.results(report)))
    if report.shows(Section.SUMMARY):
        body.append(_compared(report))
    if report.shows(Section.CHARTS):
        body.append(_charts(report))
    for n, (title, blocks) in enumerate(prose.parts(report), 2):
        body.append(_heading(f"{words.roman(n)}. {title}", 3))
        body.append(_blocks(blocks))
    return "".join(body)


def appendix_html(report: StatusReport) -> str:
    """The lists behind the figures, partner by partner, on pages of their own."""
    grouped = report.grouped
    out: list[str] = []
    if report.shows(Section.PARTNERS):
        out.append(_heading(words.section_title(Section.PARTNERS, grouped), 3))
        out.append(_overview(report))
    if any(report.shows(s) for s in words.DETAIL_PARTS):
        out.append(_heading(words.section_title(Section.PROJECTS, grouped), 3))
        out.append(_details(report))
    if not out:
        return ""
    title = (
        "<p align='center' style='page-break-before: always; margin-bottom: 6px'>"
        f"<b>{esc(words.appendix_title())}</b></p>"
        f"<p align='center' style='margin-top: 0'><i>{esc(words.subtitle(report))}</i></p>"
    )
    return title + "".join(out)


def to_html(report: StatusReport) -> str:
    addressee = words.addressee_line(report)
    to = (
        f"<p align='center' style='margin-top: 6px; margin-bottom: 6px'>{esc(addressee)}</p>"
        if addressee
        else ""
    )
    head = common.letterhead_html(
        report.head, dated(report), number=report.request.number, type_code=TYPE_CODE
    )
    made = words.made_line(report)
    return f"""
<html><body>
{head}
{common.title_html(words.title(), words.subtitle(report))}
{to}
<p align='center' style='margin: 0 0 8px 0; font-size: 11pt'><i>{esc(made)}</i></p>
{body_html(report)}
{_ending(report)}
{appendix_html(report)}
</body></html>"""


TYPE_CODE = "BC"


def dated(report: StatusReport) -> date:
    """The day under the motto: the number's day once issued (issued again later, the
    report keeps it), else the day it is made."""
    return report.request.issued_on or report.made_at.date()


def signature_lines(report: StatusReport) -> list[tuple[str, bool]]:
    """The signer's block: authority word and position (capitals, bold), room for the
    signature and seal, the full name (bold)."""
    s = report.signer
    top = [(line.upper(), True) for line in (s.authority, s.position) if line.strip()]
    if not top and not s.name.strip():  # nobody set yet: the signer writes it by hand
        top = [(words.unsigned_note(), False)]
    return [*top, ("", False), ("", False), ("", False), ("", False), (s.name, True)]


def recipient_lines(report: StatusReport) -> list[str]:
    return common.recipient_lines(report.head, report.request.recipients)


def _ending(report: StatusReport) -> str:
    """Nơi nhận on the left, the signature on the right; the last paragraph of the text
    stays with them on their page."""
    recipients = "".join(
        f"<p style='margin: 0; font-size: 11pt'>{esc(line)}</p>" for line in recipient_lines(report)
    )
    signature = "".join(
        f"<p align='center' style='margin: 0; font-size: 13pt'>"
        f"{'<b>' if bold else ''}{esc(text) or '&nbsp;'}{'</b>' if bold else ''}</p>"
        for text, bold in signature_lines(report)
    )
    return (
        f"<p style='margin: 0; font-size: 4pt'>{pages.KEEP_MARK}&nbsp;</p>"
        "<table width='100%' cellspacing='0' cellpadding='0' style='margin-top: 12px'><tr>"
        f"<td width='50%' valign='top'><p style='margin: 12px 0 0 0; font-size: 12pt'>"
        f"<b><i>{esc(common.recipients_title())}</i></b></p>{recipients}</td>"
        f"<td width='50%' valign='top'>{signature}</td></tr></table>"
    )


def text_document(report: StatusReport) -> QTextDocument:
    """The report as one document; the charts are its only images, added here."""
    doc = common.text_document("")
    if report.shows(Section.CHARTS):
        doc.addResource(
            QTextDocument.ResourceType.ImageResource,
            QUrl(STATUS_CHART),
            charts.projects_by_status(report.figures.projects_by_status),
        )
        doc.addResource(
            QTextDocument.ResourceType.ImageResource,
            QUrl(MONTH_CHART),
            charts.events_by_month(report.events_by_month, report.yearly),
        )
    common.set_html(doc, to_html(report))
    pages.keep_lines_before_marker(doc, 2)
    return doc


def paint(
    report: StatusReport,
    doc: QTextDocument,
    device: QPagedPaintDevice,
    progress: Progress | None = None,
) -> int:
    """Paint ``doc`` on ``device`` page by page (pages.print_document: A4, the page's
    number at the top from page 2). Returns the number of pages. Raises
    ReportCancelledError if progress says stop."""
    try:
        return pages.print_document(doc, device, progress)
    except pages.CancelledError:
        raise ReportCancelledError from None


def write_pdf(report: StatusReport, path: Path, progress: Progress | None = None) -> int:
    """A4 PDF with the fonts embedded; written beside and moved into place when whole."""

    title = f"{words.running_title()} {words.period_short(report)}"
    try:
        return pages.write_pdf(text_document(report), path, title, progress)
    except pages.CancelledError:
        raise ReportCancelledError from None
