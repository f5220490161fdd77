"""How a worksheet comes out of the printer: A4 with the administrative margins, as wide
as the page (as many pages down as it needs), the header row on every page, the sheet's
title at the top and "Trang 2/5" at the foot.

Excel and LibreOffice read all of this from the file, so a workbook sent to a colleague
prints the same everywhere. Works on ordinary and write-only (streamed) sheets alike:
call it before the first row of a write-only sheet (the fit-to-page flag is written with
the sheet's head) and set the print area with ``print_rows`` once the last row is known.
"""

from collections.abc import Sequence
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from PySide6.QtCore import QCoreApplication

MM_PER_INCH = 25.4
# Nghị định 30's margins (DOCUMENTS.md): top 20–25, bottom 20–25, left 30–35, right 15–20 mm;
# the running header and footer sit inside the top and bottom margins.
MARGINS_MM = {"top": 25, "bottom": 20, "left": 30, "right": 15, "header": 10, "footer": 8}
# Characters of column width that an A4 portrait page holds at 100 % between its margins
# (165 mm); a wider sheet prints landscape, so the fit to the page's width shrinks less.
PORTRAIT_CHARS = 90
HEADER_CHARS = 120  # Excel refuses a header of more than 255 characters, codes included
PAPER_A4 = 9  # the paper size code of ECMA-376


def number_format(value: float) -> str:
    """A number cell's format: thousands grouped, decimals only where the value has them
    (Excel writes the marks of the reader's own language: 1.234,5 in a Vietnamese one)."""
    return "#,##0" if float(value).is_integer() else "#,##0.0#####"


def page_footer() -> str:
    """The footer: the page and the count of pages, as Excel's &P and &N fields."""
    return QCoreApplication.translate("Sheets", "Page &P/&N")


def _literal(text: str) -> str:
    """Text as a header shows it: "&" is Excel's field mark, so a title's own is doubled."""
    text = " ".join(text.split())
    if len(text) > HEADER_CHARS:
        text = text[: HEADER_CHARS - 1] + "…"
    return text.replace("&", "&&")


def set_up_page(
    ws: Any,
    title: str,
    widths: Sequence[float],
    header_row: int | None,
    landscape: bool | None = None,
) -> None:
    """A4, margins, fit to the page's width, the header row repeated, title and page
    numbers; ``widths`` are the printed columns' widths in characters; ``header_row``
    None repeats no row (a page of charts)."""
    setup = ws.page_setup
    setup.paperSize = PAPER_A4
    wide = sum(widths) > PORTRAIT_CHARS if landscape is None else landscape
    setup.orientation = "landscape" if wide else "portrait"
    setup.fitToWidth, setup.fitToHeight = 1, 0  # one page wide, as many pages down as needed
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    for side, mm in MARGINS_MM.items():
        setattr(ws.page_margins, side, round(mm / MM_PER_INCH, 3))
    if header_row is not None:
        ws.print_title_rows = f"{header_row}:{header_row}"
    for part in (ws.oddHeader, ws.evenHeader, ws.firstHeader):
        part.center.text, part.center.size = _literal(title), 9
    for part in (ws.oddFooter, ws.evenFooter, ws.firstFooter):
        part.center.text, part.center.size = page_footer(), 9


def print_rows(ws: Any, columns: int, last_row: int) -> None:
    """The print area: columns A to the ``columns``-th, rows 1 to ``last_row``."""
    ws.print_area = f"A1:{get_column_letter(max(columns, 1))}{max(last_row, 1)}"


def new_page_after(ws: Any, row: int) -> None:
    """Start a new printed page below ``row`` (a chart then never straddles two pages)."""
    ws.row_breaks.append(Break(id=row))
