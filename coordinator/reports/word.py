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
from coordinator.reports.common import (
    FONT_FAMILIES,
    FONT_POINTS,
    MARGINS_MM,
    issuer_lines,
    motto_lines,
    place_date_line,
)

CENTER = WD_ALIGN_PARAGRAPH.CENTER
TEXT_WIDTH_MM = 210 - MARGINS_MM[1] - MARGINS_MM[3]


def new_document() -> WordDocument:
    """An empty A4 document with administrative margins and the body font."""
    word = Document()
    section = word.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    top, right, bottom, left = MARGINS_MM
    section.top_margin, section.right_margin = Mm(top), Mm(right)
    section.bottom_margin, section.left_margin = Mm(bottom), Mm(left)
    normal = word.styles["Normal"]
    normal.font.name = FONT_FAMILIES[0]
    normal.font.size = Pt(FONT_POINTS)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT_FAMILIES[0])
    normal.paragraph_format.space_after = Pt(3)
    return word


def cell_lines(cell: Any, lines: list[tuple[str, bool, bool]]) -> None:
    """Centred lines in a table cell: (text, bold, italic)."""
    cell.paragraphs[0].text = ""
    for i, (line, bold, italic) in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = CENTER
        run = p.add_run(clean_text(line))  # the letterhead's names are typed text
        run.bold, run.italic = bold, italic


def letterhead(word: WordDocument, head: Letterhead, day: date) -> None:
    """Issuing body and national motto side by side, then the place-and-date line."""
    issuer, motto = issuer_lines(head), motto_lines()
    table = word.add_table(rows=2, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_lines(
        table.cell(0, 0),
        [(issuer[0], False, False), (issuer[1], True, False), ("———", False, False)],
    )
    cell_lines(
        table.cell(0, 1),
        [(motto[0], True, False), (motto[1], True, False), ("———————", False, False)],
    )
    cell_lines(table.cell(1, 1), [(place_date_line(head, day), False, True)])


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
