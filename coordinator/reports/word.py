"""Pieces of a Word file (python-docx) that minutes and reports share."""

from datetime import date
from typing import Any

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from coordinator.db.queries.settings import Letterhead
from coordinator.domain.text import clean_text
from coordinator.reports import common
from coordinator.reports.common import (
    FONT_FAMILIES,
    FONT_POINTS,
    MARGINS_MM,
    issuer_lines,
    motto_lines,
    place_date_line,
)

CENTER = WD_ALIGN_PARAGRAPH.CENTER
TEXT_WIDTH_MM = common.TEXT_WIDTH_MM
CELL_MARGIN_MM = 1.9  # Word's own left and right padding of a table cell


def new_document() -> WordDocument:
    """An empty A4 document with administrative margins, the body font and the page
    number centred at the top from page 2 on."""
    word = Document()
    section = word.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    top, right, bottom, left = MARGINS_MM
    section.top_margin, section.right_margin = Mm(top), Mm(right)
    section.bottom_margin, section.left_margin = Mm(bottom), Mm(left)
    section.header_distance = Mm(8)
    normal = word.styles["Normal"]
    normal.font.name = FONT_FAMILIES[0]
    normal.font.size = Pt(FONT_POINTS)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT_FAMILIES[0])
    normal.paragraph_format.space_after = Pt(3)
    page_numbers(word)
    return word


def page_numbers(word: WordDocument) -> None:
    """The page's number centred in the top margin (13 pt), none on the first page."""
    section = word.sections[0]
    section.different_first_page_header_footer = True
    number = section.header.paragraphs[0]
    number.alignment = CENTER
    add_field(number, "PAGE")
    for run in number.runs:
        run.font.size = Pt(13)


def cell_lines(cell: Any, lines: list[tuple[str, bool, bool]]) -> None:
    """Centred lines in a table cell: (text, bold, italic)."""
    cell.paragraphs[0].text = ""
    for i, (line, bold, italic) in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = CENTER
        p.paragraph_format.space_after = Pt(0)
        run = p.add_run(clean_text(line))  # the letterhead's names are typed text
        run.bold, run.italic = bold, italic


def _paragraph(container: Any) -> Any:
    """A new paragraph; a table cell's first one is there already, empty."""
    paragraphs = getattr(container, "paragraphs", [])
    if hasattr(container, "_tc") and len(paragraphs) == 1 and not paragraphs[0].runs:
        return paragraphs[0]
    return container.add_paragraph()


def _line(cell: Any, text: str, points: float, bold: bool = False, italic: bool = False) -> Any:
    p = _paragraph(cell)
    p.alignment = CENTER
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    run = p.add_run(clean_text(text))
    run.bold, run.italic = bold, italic
    run.font.size = Pt(points)
    return p


def rule(container: Any, width_mm: float, room_mm: float) -> Any:
    """A solid rule ``width_mm`` long, centred in ``room_mm``: a paragraph's top border
    between indents (Word draws it; no dashes)."""
    p = container.add_paragraph()
    side = max(0.0, (room_mm - width_mm) / 2)
    fmt = p.paragraph_format
    fmt.left_indent = fmt.right_indent = Mm(side)
    fmt.space_before, fmt.space_after = Pt(2), Pt(0)
    fmt.line_spacing = Pt(4)
    fmt.keep_with_next = True
    borders = OxmlElement("w:pBdr")
    top = OxmlElement("w:top")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        top.set(qn(key), value)
    borders.append(top)
    p._p.get_or_add_pPr().append(borders)
    p.add_run().font.size = Pt(2)
    return p


def widths(table: Any, columns_mm: tuple[float, ...]) -> None:
    table.autofit = False
    for i, width in enumerate(columns_mm):
        table.columns[i].width = Mm(width)
        for cell in table.columns[i].cells:
            cell.width = Mm(width)


def letterhead(
    word: WordDocument,
    head: Letterhead,
    day: date,
    *,
    number: int | None = None,
    type_code: str = "",
) -> None:
    """Issuing body and national motto side by side, each with its rule; under the body
    the Số line (when ``type_code`` is given), under the motto the place and date."""
    issuer, motto = issuer_lines(head), motto_lines()
    table = word.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    left_mm = TEXT_WIDTH_MM * common.HEADER_SPLIT[0] / 100
    right_mm = TEXT_WIDTH_MM - left_mm
    widths(table, (left_mm, right_mm))
    keep_row_together(table.rows[0])
    left, right = table.cell(0, 0), table.cell(0, 1)
    if issuer[0]:
        _line(left, issuer[0], common.ISSUER_POINTS)
    room = left_mm - 2 * CELL_MARGIN_MM
    for line in common.balanced_lines(issuer[1], common.ISSUER_POINTS, True, room):
        _line(left, line, common.ISSUER_POINTS, bold=True)
    rule(left, left_mm * 0.42, room)
    if type_code:
        shown = _line(left, common.number_line(number, type_code, head), 13)
        shown.paragraph_format.space_before = Pt(6)
    _line(right, motto[0], common.NATIONAL_POINTS, bold=True)  # one run, one line
    _line(right, motto[1], common.MOTTO_POINTS, bold=True)
    room = right_mm - 2 * CELL_MARGIN_MM
    rule(right, common.text_width_mm(motto[1], common.MOTTO_POINTS, bold=True), room)
    dated = _line(right, place_date_line(head, day), 13, italic=True)
    dated.paragraph_format.space_before = Pt(6)


def title(word: WordDocument, kind: str, subject: str, *more: str) -> None:
    """The type's name, the subject under it, and a short rule."""
    p = word.add_paragraph()
    p.alignment = CENTER
    p.paragraph_format.space_before = Pt(18)
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.keep_with_next = True
    run = p.add_run(kind)
    run.bold, run.font.size = True, Pt(14)
    for line in (subject, *more):
        if not line:
            continue
        q = word.add_paragraph()
        q.alignment = CENTER
        q.paragraph_format.space_after = Pt(0)
        q.paragraph_format.keep_with_next = True
        r = q.add_run(clean_text(line))
        r.bold, r.font.size = True, Pt(14)
    rule(word, 30, TEXT_WIDTH_MM).paragraph_format.space_after = Pt(12)


def body(word: WordDocument, text: str, italic: bool = False) -> Any:
    """A paragraph of text: justified, first line indented, 6 pt after."""
    p = word.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    fmt = p.paragraph_format
    fmt.first_line_indent = Mm(common.BODY_INDENT_MM)
    fmt.space_after = Pt(6)
    p.add_run(clean_text(text)).italic = italic
    return p


def recipients(container: Any, lines: list[str]) -> None:
    """Nơi nhận: its title (12 pt bold italic), then one recipient a line (11 pt); the
    list is never split, its "- Lưu" line alone on the next page."""
    p = _paragraph(container)
    p.paragraph_format.space_after = Pt(0)
    run = p.add_run(common.recipients_title())
    run.bold, run.italic, run.font.size = True, True, Pt(12)
    kept = [p]
    for line in lines:
        q = container.add_paragraph()
        q.paragraph_format.space_after = Pt(0)
        q.add_run(clean_text(line)).font.size = Pt(11)
        kept.append(q)
    keep_with_next(kept[:-1])


def keep_with_next(paragraphs: list[Any]) -> None:
    for p in paragraphs:
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.keep_together = True


def repeat_as_header(row: Any) -> None:
    """Word repeats this row at the top of every page the table crosses."""
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(flag)


def keep_row_together(row: Any) -> None:
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def add_field(paragraph: Any, instruction: str) -> None:
    """A field Word computes when it shows the page, e.g. PAGE or NUMPAGES."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = instruction
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    shown = OxmlElement("w:t")
    shown.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for element in (begin, code, separate, shown, end):
        run._r.append(element)
