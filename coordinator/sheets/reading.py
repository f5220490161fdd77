"""An .xlsx or .csv file as rows of cells, the way an office keeps its lists.

Excel files are read with openpyxl (values, not formulas). A CSV file may be UTF-8
with or without a BOM, or the Windows-1258 or cp1252 bytes older Vietnamese Excel
writes; its separator may be a comma, a semicolon or a tab. Blank rows are dropped;
every kept row keeps its number in the file, so a problem names the row a person
sees in Excel.

Python's codecs decode cp1258 and cp1252 alike without error, and the general
detectors (charset-normalizer) guess wrong on a short list of Vietnamese names, so
the choice between the two is made here: Vietnamese letters decide it (see
``_decode``).
"""

import csv
import io
import logging
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
from pathlib import Path
from typing import Any

from coordinator.domain.text import clean_text, fold

log = logging.getLogger(__name__)

MAX_BYTES = 20 * 1024 * 1024  # an office's list is kilobytes; a bigger file is a mistake
MAX_UNPACKED = 200 * 1024 * 1024  # what an .xlsx may hold once unzipped (a zip bomb is refused)
MAX_ROWS = 200_000
MAX_COLUMNS = 200

Cell = str | int | float | date | datetime | bool | None
Progress = Callable[[int, int], bool]  # (done, total) -> keep going?

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an old .xls, or an encrypted .xlsx
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")


class Formula(str):
    """A formula cell whose value the file does not hold (a program other than Excel
    wrote it, and nothing calculated it): the formula's text, for a message."""


# Text Excel would run as a formula when it opens a CSV. The export puts an apostrophe
# in front of such text (OWASP's advice against CSV injection); reading takes it off.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _unquoted(text: str) -> str:
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_STARTS) else text


class SheetProblem(StrEnum):
    MISSING = "missing"  # no such file
    NOT_A_FILE = "not_a_file"  # a folder, a device, a pipe
    TOO_BIG = "too_big"
    ENCRYPTED = "encrypted"  # password-protected
    OLD_EXCEL = "old_excel"  # .xls: Excel 97-2003
    NOT_SPREADSHEET = "not_spreadsheet"
    UNREADABLE = "unreadable"  # the system refused to read it
    NO_SHEET = "no_sheet"  # --sheet names a sheet the workbook does not have
    EMPTY = "empty"  # no rows at all
    TOO_MANY_ROWS = "too_many_rows"
    OPEN_QUOTE = "open_quote"  # CSV: a quotation mark never closed (detail: its row)


class SheetError(Exception):
    """The file cannot be read as a list; nothing was written."""

    def __init__(self, problem: SheetProblem, detail: str = "") -> None:
        super().__init__(f"{problem}: {detail}" if detail else str(problem))
        self.problem = problem
        self.detail = detail


class ReadCancelledError(Exception):
    """The user pressed Stop while the file was read."""


@dataclass
class Grid:
    """The non-blank rows of one sheet: (row number in the file, cells)."""

    rows: list[tuple[int, list[Cell]]]
    sheet: str = ""
    sheets: list[str] = field(default_factory=list)
    encoding: str = ""  # CSV only: how its bytes were read

    @property
    def width(self) -> int:
        return max((len(cells) for _, cells in self.rows), default=0)


def read_grid(path: Path, sheet: str | None = None, progress: Progress | None = None) -> Grid:
    """The rows of ``path``'s chosen sheet (the first when ``sheet`` is None)."""
    data = _read_bytes(path)
    if data[:8] == _OLE:
        if _ENCRYPTED in data:
            raise SheetError(SheetProblem.ENCRYPTED)
        raise SheetError(SheetProblem.OLD_EXCEL)
    if data[:4] == b"PK\x03\x04":
        return _read_xlsx(data, sheet, progress)
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # Excel's "Unicode text": UTF-16, tabs
        return _read_csv(data, progress)
    if path.suffix.lower() in (".xlsx", ".xlsm") or not _looks_like_text(data):
        raise SheetError(SheetProblem.NOT_SPREADSHEET)
    return _read_csv(data, progress)


def _read_bytes(path: Path) -> bytes:
    try:
        if not path.exists():
            raise SheetError(SheetProblem.MISSING)
        if not path.is_file():  # a FIFO would block the read forever
            raise SheetError(SheetProblem.NOT_A_FILE)
        if path.stat().st_size > MAX_BYTES:
            raise SheetError(SheetProblem.TOO_BIG)
        with path.open("rb") as f:
            data = f.read(MAX_BYTES + 1)
    except OSError as exc:
        raise SheetError(SheetProblem.UNREADABLE, exc.strerror or str(exc)) from exc
    if len(data) > MAX_BYTES:
        raise SheetError(SheetProblem.TOO_BIG)
    if not data.strip():
        raise SheetError(SheetProblem.EMPTY)
    log.info("reading the list %s (%d bytes)", path, len(data))
    return data


def _looks_like_text(data: bytes) -> bool:
    """Text, not a picture or a program: no NUL bytes in its start."""
    return b"\x00" not in data[:4096]


# --- Excel ----------------------------------------------------------------------


def _read_xlsx(data: bytes, sheet: str | None, progress: Progress | None) -> Grid:
    import openpyxl  # noqa: PLC0415 - only an import of a workbook pays for it

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(i.file_size for i in archive.infolist()) > MAX_UNPACKED:
                raise SheetError(SheetProblem.TOO_BIG)
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        # The same sheet once more with its formulas, to tell an uncalculated formula
        # from an empty cell.
        formulas = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except SheetError:
        raise
    except Exception as exc:  # noqa: BLE001 - openpyxl raises anything on a broken zip
        raise SheetError(SheetProblem.NOT_SPREADSHEET, type(exc).__name__) from exc
    try:
        names = list(book.sheetnames)
        if not names:
            raise SheetError(SheetProblem.EMPTY)
        chosen = names[0] if sheet is None else _sheet_named(names, sheet)
        ws = book[chosen]
        total = ws.max_row or 0
        rows: list[tuple[int, list[Cell]]] = []
        both = zip(
            ws.iter_rows(values_only=True),
            formulas[chosen].iter_rows(values_only=True),
            strict=False,
        )
        for number, (values, written) in enumerate(both, start=1):
            if number % 500 == 0 and progress is not None and not progress(number, total):
                raise ReadCancelledError
            cells = [_excel_cell(v) for v in values[:MAX_COLUMNS]]
            for i, text in enumerate(written[: len(cells)]):
                if cells[i] is None and isinstance(text, str) and text.startswith("="):
                    cells[i] = Formula(text)
            if any(c not in (None, "") for c in cells):
                rows.append((number, _trimmed(cells)))
                if len(rows) > MAX_ROWS:
                    raise SheetError(SheetProblem.TOO_MANY_ROWS)
    except (SheetError, ReadCancelledError):
        raise
    except Exception as exc:  # noqa: BLE001 - a broken sheet part: not a list we can read
        raise SheetError(SheetProblem.NOT_SPREADSHEET, type(exc).__name__) from exc
    finally:
        book.close()
        formulas.close()
    if not rows:
        raise SheetError(SheetProblem.EMPTY)
    return Grid(rows, chosen, names)


def _sheet_named(names: list[str], wanted: str) -> str:
    if wanted in names:
        return wanted
    for name in names:
        if fold(name) == fold(wanted):
            return name
    raise SheetError(SheetProblem.NO_SHEET, wanted)


def _excel_cell(value: Any) -> Cell:
    if isinstance(value, datetime):
        return value.date() if value.time() == time(0) else value
    if isinstance(value, str):
        return clean_text(value).strip() or None  # as any text that enters: no control chars
    if isinstance(value, bool | int | float | date) or value is None:
        return value
    return str(value)  # a time, a timedelta, an error value: keep what it says


def _trimmed(cells: list[Cell]) -> list[Cell]:
    while cells and cells[-1] in (None, ""):
        cells.pop()
    return cells


# --- CSV ------------------------------------------------------------------------

# Letters only Vietnamese text has once decoded as cp1258, and the marks it writes apart.
_VIETNAMESE = set("ăâđêôơưĂÂĐÊÔƠƯ")
_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _decode(data: bytes) -> tuple[str, str]:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16", errors="replace"), "utf-16"
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    as_1258 = data.decode("cp1258", errors="replace")
    vietnamese = sum(ch in _VIETNAMESE or ch in _MARKS for ch in as_1258)
    if vietnamese:
        return unicodedata.normalize("NFC", as_1258), "cp1258"
    return data.decode("cp1252", errors="replace"), "cp1252"


def _dialect(text: str) -> str:
    sample = "\n".join(text.splitlines()[:50])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in ",;\t"}
        return max(counts, key=lambda d: counts[d])


def _read_csv(data: bytes, progress: Progress | None) -> Grid:
    text, encoding = _decode(data)
    text = text.replace("\x00", "")  # the csv module refuses NUL; the rest per cell
    delimiter = _dialect(text)
    try:
        rows = _csv_rows(text, delimiter, progress, strict=True)
    except _OpenQuoteError as exc:
        raise SheetError(SheetProblem.OPEN_QUOTE, str(exc.row)) from None
    except csv.Error:  # a quote closed mid-field ("ABC"def): read it as Excel does
        try:
            rows = _csv_rows(text, delimiter, progress, strict=False)
        except csv.Error as exc:
            raise SheetError(SheetProblem.NOT_SPREADSHEET, str(exc)) from exc
    if not rows:
        raise SheetError(SheetProblem.EMPTY)
    return Grid(rows, "", [], encoding)


class _OpenQuoteError(Exception):
    def __init__(self, row: int) -> None:
        super().__init__(row)
        self.row = row


def _csv_rows(
    text: str, delimiter: str, progress: Progress | None, strict: bool
) -> list[tuple[int, list[Cell]]]:
    rows: list[tuple[int, list[Cell]]] = []
    total = text.count("\n") + 1
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=strict)
    number = 0
    limit = csv.field_size_limit()
    # A cell may be as long as the file (too long for any field: that row's problem).
    csv.field_size_limit(max(limit, MAX_BYTES + 1))
    try:
        for number, values in enumerate(reader, start=1):  # a record is a row in Excel
            if number % 2000 == 0 and progress is not None and not progress(number, total):
                raise ReadCancelledError
            cells: list[Cell] = [
                clean_text(_unquoted(v.strip())).strip() or None for v in values[:MAX_COLUMNS]
            ]
            if any(c is not None for c in cells):
                rows.append((number, _trimmed(cells)))
                if len(rows) > MAX_ROWS:
                    raise SheetError(SheetProblem.TOO_MANY_ROWS)
    except csv.Error as exc:
        if strict and "unexpected end of data" in str(exc):
            # A quote opened and never closed: the rest of the file would be one cell.
            raise _OpenQuoteError(number + 1) from exc
        raise
    finally:
        csv.field_size_limit(limit)
    return rows
