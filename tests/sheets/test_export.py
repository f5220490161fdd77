"""The export engine: a list streamed to .xlsx and .csv, read back as Excel would."""

import csv
import errno
import tracemalloc
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from coordinator.sheets import export
from coordinator.sheets.export import (
    ExportCancelledError,
    ListSheet,
    SheetFormat,
    export_list,
    format_of,
    paged,
    suggested_name,
)

TAKEN = datetime(2026, 11, 30, 14, 5)
HEADERS = ["Tên", "Điện thoại", "Số dự án", "Ngày đến", "Nội bộ", "Ghi chú"]
ROWS: list[list[Any]] = [
    ["Sở Thông tin và Truyền thông", "0274 3822 123", 3, date(2013, 4, 3), True, None],
    ['=HYPERLINK("http://x")', "+84 274 1", 0, None, False, "-5 or @home"],
    ["Tab\tand\x01bell\x07", "0", 1, date(2026, 11, 30), False, "dòng 1\ndòng 2"],
]


def _sheet(rows: Any = None, headers: list[str] | None = None) -> ListSheet:
    return ListSheet(
        "Đối tác — lọc: “so”", TAKEN, headers or HEADERS, ROWS if rows is None else rows
    )


def _csv_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_xlsx_has_a_title_row_a_frozen_filtered_header_and_typed_cells(tmp_path: Path) -> None:
    out = tmp_path / "doi-tac.xlsx"
    assert export_list(out, _sheet()) == 3
    ws = load_workbook(out).active
    assert ws["A1"].value == "Đối tác — lọc: “so” (exported at 14:05 on 30/11/2026)"
    assert ws["A1"].font.b
    assert [c.value for c in ws[2]] == HEADERS and ws["A2"].font.b
    assert ws.freeze_panes == "A3"
    assert ws.auto_filter.ref == "A2:F5"
    assert ws["B3"].value == "0274 3822 123" and ws["B3"].data_type == "s"
    assert ws["B5"].value == "0"  # a phone "0" stays text, not the number 0
    assert ws["C3"].value == 3 and ws["C3"].data_type == "n"
    assert isinstance(ws["D3"].value, datetime) and ws["D3"].number_format == "dd/mm/yyyy"
    assert ws["D3"].value.date() == date(2013, 4, 3)
    assert ws["E3"].value is True and ws["F3"].value is None
    # Text that looks like a formula stays text; characters Excel refuses are dropped.
    assert ws["A4"].data_type == "s" and ws["A4"].value == '=HYPERLINK("http://x")'
    assert ws["B4"].value == "+84 274 1" and ws["F4"].value == "-5 or @home"
    assert ws["A5"].value == "Tab\tandbell" and ws["F5"].value == "dòng 1\ndòng 2"
    widths = [ws.column_dimensions[c].width for c in "ABCDEF"]
    assert all(export.MIN_WIDTH <= w <= export.MAX_WIDTH for w in widths)
    assert widths[0] >= len("Sở Thông tin và Truyền thông")


def test_a_long_cell_is_capped_in_width(tmp_path: Path) -> None:
    out = tmp_path / "x.xlsx"
    export_list(out, _sheet([["x" * 500]], ["Ghi chú"]))
    assert load_workbook(out).active.column_dimensions["A"].width == export.MAX_WIDTH


def test_csv_is_utf8_with_bom_header_first_dates_dd_mm_yyyy_text_unchanged(
    tmp_path: Path,
) -> None:
    out = tmp_path / "doi-tac.csv"
    assert export_list(out, _sheet()) == 3
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = _csv_rows(out)
    assert rows[0] == HEADERS  # no title row: the file imports back
    assert rows[1] == [
        "Sở Thông tin và Truyền thông",
        "0274 3822 123",
        "3",
        "03/04/2013",
        "TRUE",
        "",
    ]
    # Excel would run it: an apostrophe in front, which the import takes off again.
    assert rows[2][0] == '\'=HYPERLINK("http://x")'
    assert rows[3] == ["Tab\tand\x01bell\x07", "0", "1", "30/11/2026", "FALSE", "dòng 1\ndòng 2"]
    export_list(tmp_path / "t.csv", _sheet([[datetime(2026, 1, 2, 8, 30)]], ["Khi"]))
    assert _csv_rows(tmp_path / "t.csv")[1] == ["02/01/2026 08:30"]


@pytest.mark.parametrize("ending", ["xlsx", "csv"])
def test_an_empty_list_is_its_header(tmp_path: Path, ending: str) -> None:
    out = tmp_path / f"x.{ending}"
    assert export_list(out, _sheet([])) == 0
    if ending == "csv":
        assert _csv_rows(out) == [HEADERS]
    else:
        ws = load_workbook(out).active
        assert ws.max_row == 2 and ws.auto_filter.ref == "A2:F2"


@pytest.mark.parametrize("ending", ["xlsx", "csv"])
def test_stop_raises_and_leaves_no_file(tmp_path: Path, ending: str) -> None:
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 500

    rows = ([f"r{i}", str(i), i, None, False, None] for i in range(5000))
    with pytest.raises(ExportCancelledError):
        export_list(tmp_path / f"x.{ending}", ListSheet("T", TAKEN, HEADERS, rows, 5000), progress)
    assert list(tmp_path.iterdir()) == []
    assert seen[0] == (0, 5000) and seen[-1][0] == 500


@pytest.mark.parametrize("ending", ["xlsx", "csv"])
def test_a_refused_write_raises_os_error_and_leaves_nothing(tmp_path: Path, ending: str) -> None:
    missing = tmp_path / "no such folder" / f"x.{ending}"
    with pytest.raises(OSError) as refused:
        export_list(missing, _sheet())
    assert refused.value.errno == errno.ENOENT

    def full(*_: Any) -> Iterator[list[Any]]:
        yield ["a"] * 6
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OSError):
        export_list(tmp_path / f"x.{ending}", _sheet(full()))
    assert list(tmp_path.iterdir()) == []


def test_format_name_and_pages() -> None:
    assert format_of(Path("a/B.XLSX")) is SheetFormat.XLSX
    assert format_of(Path("b.csv")) is SheetFormat.CSV
    with pytest.raises(ValueError):
        format_of(Path("c.ods"))
    assert suggested_name("Đối tác", date(2026, 11, 30), SheetFormat.XLSX) == (
        "doi-tac-30-11-2026.xlsx"
    )
    assert suggested_name("Lịch công tác", date(2026, 1, 2), SheetFormat.CSV) == (
        "lich-cong-tac-02-01-2026.csv"
    )
    data = list(range(1001))
    asked: list[tuple[int, int]] = []

    def fetch(offset: int, limit: int) -> list[int]:
        asked.append((offset, limit))
        return data[offset : offset + limit]

    assert list(paged(fetch, 500)) == data
    assert asked == [(0, 500), (500, 500), (1000, 500)]


@pytest.mark.parametrize("ending", ["xlsx", "csv"])
def test_twenty_thousand_rows_stream_from_a_generator(tmp_path: Path, ending: str) -> None:
    """Rows are written as they come: memory stays far below the rows' own size."""
    count = 20_000

    def rows() -> Iterator[list[Any]]:
        for i in range(count):
            yield [f"Đối tác {i} " + "x" * 100, f"0274{i:07d}", i, date(2026, 1, 1), False, None]

    out = tmp_path / f"big.{ending}"
    ticks: list[int] = []
    tracemalloc.start()
    try:
        written = export_list(
            out, ListSheet("T", TAKEN, HEADERS, rows(), count), lambda d, t: not ticks.append(d)
        )
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert written == count and ticks[-1] == count and len(ticks) > 10
    # The same rows held in a list take about 11 MB of Python objects.
    assert peak < 5 * 1024 * 1024, peak
    if ending == "csv":
        rows_back = _csv_rows(out)
        assert len(rows_back) == count + 1 and rows_back[-1][1] == f"0274{count - 1:07d}"
    else:
        book = load_workbook(out, read_only=True)
        last = list(book.active.iter_rows(min_row=count + 2, values_only=True))
        book.close()
        assert last[0][1] == f"0274{count - 1:07d}" and len(last) == 1


@pytest.mark.parametrize("ending", ["xlsx", "csv"])
def test_stop_at_the_last_row_still_leaves_nothing(tmp_path: Path, ending: str) -> None:
    with pytest.raises(ExportCancelledError):
        export_list(tmp_path / f"x.{ending}", _sheet(), lambda done, _total: done < 3)
    assert list(tmp_path.iterdir()) == []
