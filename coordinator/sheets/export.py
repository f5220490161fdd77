"""Any list of the window written out to .xlsx or .csv, streamed row by row.

A list is a ``ListSheet``: what it is (its title, with its filter), when it was taken,
its column headers and its rows of typed cells. The rows are an iterable that is read
once (a generator over pages of a query), so 100,000 rows never sit in memory.

- .xlsx: row 1 says what the list is and when it was taken, row 2 holds the headers,
  the panes are frozen below them and an auto-filter covers headers and data; dates
  are real dates (dd/mm/yyyy), numbers are numbers, text stays text (a phone's
  leading 0, a name beginning with "=" never becomes a formula); columns are as wide
  as the first rows need, within a cap. On paper: A4, one page wide, the header row on
  every page, the list's title above and page numbers below (``printing``).
- .csv: UTF-8 with a byte-order mark (Excel then reads the diacritics right), comma
  separated, the header row first (no title row, so the file imports back), dates
  dd/mm/yyyy. The text is written as it is: nothing is added to guard formulas,
  so a round trip gives back what went out.

The file is written beside its name and moved into place only when complete; a
Stop (``progress`` answering False) raises ``ExportCancelledError`` and a refused
write raises ``OSError``, each leaving nothing behind. Headless: no widget here.
"""

import contextlib
import csv
import enum
import itertools
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar, cast

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from PySide6.QtCore import QCoreApplication

from coordinator.db.files import write_whole
from coordinator.domain.text import clean_text, words
from coordinator.sheets import printing
from coordinator.sheets.reading import FORMULA_STARTS

Cell = str | int | float | date | datetime | bool | None
Progress = Callable[[int, int], bool]  # (done, total) -> keep going? (as ui.common.operation)
T = TypeVar("T")
log = logging.getLogger(__name__)

DATE_FORMAT = "dd/mm/yyyy"
DATETIME_FORMAT = "dd/mm/yyyy hh:mm"
TITLE_ROW, HEADER_ROW = 1, 2
FIRST_DATA_ROW = HEADER_ROW + 1
EVERY = 250  # rows between two reports of progress (each one is a signal to the window)
WIDTH_SAMPLE = 500  # rows read ahead to size the columns (write-only sheets fix them first)
MIN_WIDTH, MAX_WIDTH = 6, 60  # characters
PAGE = 500  # rows per query when a list is read page by page


class ExportCancelledError(Exception):
    """The user pressed Stop: nothing was written."""


class SheetFormat(enum.Enum):
    XLSX = "xlsx"
    CSV = "csv"


@dataclass(frozen=True)
class ListSheet:
    """A list as the window shows it, ready to be written out."""

    title: str  # what the list is, with its filter: "Đối tác — lọc: “dai hoc”"
    taken: datetime  # when it was taken (now_local())
    headers: Sequence[str]
    rows: Iterable[Sequence[Cell]]  # read once, row by row
    total: int | None = None  # rows expected, for progress; None if not known


def format_of(path: Path) -> SheetFormat:
    """The format a file name asks for, by its extension (.xlsx or .csv)."""
    suffix = path.suffix.lower().lstrip(".")
    for fmt in SheetFormat:
        if fmt.value == suffix:
            return fmt
    raise ValueError(f"{path.name}: not an .xlsx or .csv file name")


def suggested_name(name: str, day: date, fmt: SheetFormat) -> str:
    """A file name from the list's short name and the day: ``doi-tac-30-11-2026.xlsx``."""
    slug = "-".join(words(name)) or "list"
    return f"{slug}-{day:%d-%m-%Y}.{fmt.value}"


def title_line(sheet: ListSheet) -> str:
    """Row 1 of a workbook: what the list is and when it was taken."""
    taken = (
        QCoreApplication.translate("ListExport", "exported at %1 on %2")
        .replace("%1", f"{sheet.taken:%H:%M}")
        .replace("%2", f"{sheet.taken:%d/%m/%Y}")
    )
    return f"{sheet.title} ({taken})"


def paged(fetch: Callable[[int, int], Sequence[T]], page: int = PAGE) -> Iterator[T]:
    """Every row of a query read ``page`` rows at a time: ``fetch(offset, limit)``."""
    offset = 0
    while True:
        rows = fetch(offset, page)
        yield from rows
        if len(rows) < page:
            return
        offset += len(rows)


def export_list(path: Path, sheet: ListSheet, progress: Progress | None = None) -> int:
    """Write ``sheet`` to ``path`` (.xlsx or .csv by its extension); the rows written.

    Raises ``ExportCancelledError`` on Stop and ``OSError`` when the file cannot be
    written; either way no file is left, not even a partial one.
    """
    fmt = format_of(path)
    writer = _write_xlsx if fmt is SheetFormat.XLSX else _write_csv
    rows = write_whole(path, lambda target: writer(target, sheet, progress))
    log.info("exported %d rows to %s", rows, path)
    return rows


# --- counting and stopping ---------------------------------------------------------
class _Ticker:
    def __init__(self, total: int | None, progress: Progress | None) -> None:
        self.total = total or 0
        self.progress = progress
        self.done = 0

    def start(self) -> None:
        self._tell()

    def row(self) -> None:
        self.done += 1
        if self.done % EVERY == 0:
            self._tell()

    def finish(self) -> None:
        self._tell()

    def _tell(self) -> None:
        if self.progress is not None and not self.progress(self.done, max(self.total, self.done)):
            raise ExportCancelledError


# --- CSV ------------------------------------------------------------------------------
def _csv_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        return f"{value:%d/%m/%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return str(value)


def _write_csv(target: Path, sheet: ListSheet, progress: Progress | None) -> int:
    ticker = _Ticker(sheet.total, progress)
    ticker.start()
    with target.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(list(sheet.headers))
        for row in sheet.rows:
            writer.writerow([_csv_text(v) for v in row])
            ticker.row()
    ticker.finish()
    return ticker.done


# --- xlsx -----------------------------------------------------------------------------
def _shown_length(value: Cell) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    if isinstance(value, float):
        return len(f"{value:g}")
    text = str(value)
    return max((len(line) for line in text.splitlines()), default=0)


def _widths(headers: Sequence[str], sample: Sequence[Sequence[Cell]]) -> list[float]:
    widths = [float(len(h)) + 3 for h in headers]  # room for the filter's arrow
    for row in sample:
        for i, value in enumerate(row[: len(widths)]):
            widths[i] = max(widths[i], _shown_length(value) + 1.0)
    return [min(max(w, MIN_WIDTH), MAX_WIDTH) for w in widths]


def _xlsx_cells(ws: Any, row: Sequence[Cell]) -> list[Any]:
    """Plain values where openpyxl writes them right by itself; cells where it would not."""
    cells: list[Any] = []
    for value in row:
        if isinstance(value, str):
            text = clean_text(value)
            if text.startswith("="):  # text, never a formula
                cell = WriteOnlyCell(ws, value=text)
                cell.data_type = "s"
                cells.append(cell)
            else:
                cells.append(text)
        elif isinstance(value, datetime):
            cell = WriteOnlyCell(ws, value=value.replace(tzinfo=None))
            cell.number_format = DATETIME_FORMAT
            cells.append(cell)
        elif isinstance(value, date):
            cell = WriteOnlyCell(ws, value=cast(Any, value))  # a date: openpyxl takes it
            cell.number_format = DATE_FORMAT
            cells.append(cell)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            cell = WriteOnlyCell(ws, value=value)
            cell.number_format = printing.number_format(value)
            cells.append(cell)
        else:
            cells.append(value)
    return cells


def _write_xlsx(target: Path, sheet: ListSheet, progress: Progress | None) -> int:
    ticker = _Ticker(sheet.total, progress)
    ticker.start()
    book = Workbook(write_only=True)
    ws = book.create_sheet(_sheet_name(sheet.title))
    try:
        _fill(ws, sheet, ticker)
        book.properties.title = clean_text(sheet.title)[:200]  # a filter typed with a NUL
        book.properties.creator = "Coordinator"
        ticker.finish()  # a Stop at the very end still leaves nothing
    except BaseException:
        _discard(ws)
        raise
    book.save(str(target))
    return ticker.done


def _fill(ws: Any, sheet: ListSheet, ticker: _Ticker) -> None:
    rows = iter(sheet.rows)
    sample = list(itertools.islice(rows, WIDTH_SAMPLE))
    # A write-only sheet writes its column widths, panes and fit to page before the first row.
    widths = _widths(sheet.headers, sample)
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = f"A{FIRST_DATA_ROW}"
    printing.set_up_page(ws, clean_text(sheet.title), widths, HEADER_ROW)
    title = WriteOnlyCell(ws, value=clean_text(title_line(sheet)))
    title.font = Font(bold=True, size=13)
    title.data_type = "s"  # a title beginning with "=" is still words
    ws.append([title])
    bold = Font(bold=True)
    header: list[Any] = []
    for text in sheet.headers:
        cell = WriteOnlyCell(ws, value=clean_text(text))
        cell.font = bold
        header.append(cell)
    ws.append(header)
    for row in itertools.chain(sample, rows):
        ws.append(_xlsx_cells(ws, row))
        ticker.row()
    last = get_column_letter(max(len(sheet.headers), 1))
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last}{HEADER_ROW + ticker.done}"
    printing.print_rows(ws, len(sheet.headers), HEADER_ROW + ticker.done)


def _discard(ws: Any) -> None:
    """A sheet left half-written (Stop, a failing source): end its stream and remove the
    temporary file openpyxl keeps it in, so neither lingers."""
    with contextlib.suppress(Exception):  # best effort on the way out of a failure
        ws.close()
    writer = getattr(ws, "_writer", None)
    if writer is not None:
        with contextlib.suppress(OSError, ValueError):
            writer.cleanup()


_SHEET_NAME_BAD = str.maketrans({c: " " for c in "[]:*?/\\"})


def _sheet_name(title: str) -> str:
    """A worksheet's name: at most 31 characters, none of those Excel refuses."""
    name = " ".join(clean_text(title).translate(_SHEET_NAME_BAD).split())
    name = name.split(" — ")[0].strip("' ")[:31].strip()
    return name or "List"
