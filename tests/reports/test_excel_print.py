"""Numbers grouped in the report, and every Excel sheet set up to print on A4."""

import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coordinator.db.queries.projects import IndicatorInput, ProjectInput, save_project
from coordinator.db.store import Store
from coordinator.reports.status import office, paper, words
from coordinator.reports.status.data import ReportRequest, Section, gather
from coordinator.sheets.export import ListSheet, export_list
from coordinator.sheets.printing import MARGINS_MM, MM_PER_INCH
from coordinator.text.translations import speaking
from tests.reports.conftest import JUNE, MADE_AT, Known


def _big_indicator(store: Store) -> None:
    """An empty database and one project typed by hand, with a million-and-a-half target."""
    save_project(
        store,
        ProjectInput(
            code="KS-01",
            title="Khảo sát chuyển đổi số",
            status="active",
            starts_on=date(2026, 6, 1),
            ends_on=date(2026, 12, 31),
            indicators=[
                IndicatorInput("Lượt truy cập", "lượt", 0, 1_500_000, 1234.5, date(2026, 6, 10))
            ],
        ),
    )


def test_the_reports_numbers_are_grouped_by_the_language(
    store: Store, qapp: object, tmp_path: Path
) -> None:
    _big_indicator(store)
    with speaking("vi"):
        report = gather(store, ReportRequest(*JUNE, made_at=MADE_AT))
        (cells, _notes) = words.detail_rows(Section.INDICATORS, report.groups[0])[0]
        assert "1.500.000" in cells and "1.234,5" in cells
        html = paper.to_html(report)
        assert "1.500.000" in html and "1.234,5" in html and "e+06" not in html
        office.write_xlsx(report, tmp_path / "vi.xlsx")
    with speaking("en"):
        report = gather(store, ReportRequest(*JUNE, made_at=MADE_AT))
        assert "1,500,000" in paper.to_html(report)
    sheet = load_workbook(tmp_path / "vi.xlsx")["Chỉ số"]
    target = next(c for row in sheet.iter_rows(min_row=7) for c in row if c.value == 1_500_000)
    assert target.number_format == "#,##0"  # a real number, grouped by Excel itself
    actual = next(c for row in sheet.iter_rows(min_row=7) for c in row if c.value == 1234.5)
    assert actual.number_format == "#,##0.0#####"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_the_pdf_prints_the_grouped_number(store: Store, qapp: object, tmp_path: Path) -> None:
    _big_indicator(store)
    with speaking("vi"):
        paper.write_pdf(gather(store, ReportRequest(*JUNE, made_at=MADE_AT)), tmp_path / "r.pdf")
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "1.500.000" in text and "1.234,5" in text


def _margins_mm(sheet: object) -> dict[str, float]:
    m = sheet.page_margins  # type: ignore[attr-defined]
    return {side: round(getattr(m, side) * MM_PER_INCH) for side in MARGINS_MM}


def test_every_sheet_of_the_report_prints_on_a4_one_page_wide(
    known: Known, qapp: object, tmp_path: Path
) -> None:
    with speaking("vi"):
        report = gather(known.store, ReportRequest(*JUNE, made_at=MADE_AT))
        office.write_xlsx(report, tmp_path / "r.xlsx")
    book = load_workbook(tmp_path / "r.xlsx")
    for sheet in book.worksheets:
        setup = sheet.page_setup
        assert (setup.paperSize, setup.fitToWidth, setup.fitToHeight) == (9, 1, 0), sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert _margins_mm(sheet) == MARGINS_MM
        assert sheet.print_area and sheet.print_area.startswith(f"'{sheet.title}'!$A$1:")
        assert sheet.oddHeader.center.text.startswith("Báo cáo tình hình hợp tác 01/06/2026")
        assert sheet.oddFooter.center.text == "Trang &P/&N"
        if sheet.title != "Biểu đồ":  # the charts' page repeats no column header
            assert sheet.print_title_rows == "$6:$6", sheet.title
    assert book["Tổng hợp số liệu"].page_setup.orientation == "portrait"
    assert book["Sự kiện đã tổ chức"].page_setup.orientation == "landscape"  # wide columns

    held = book["Sự kiện đã tổ chức"]
    rows = [r for r in held.iter_rows(min_row=7, values_only=True) if any(r)]
    assert len(rows) == report.figures.events_held == 6  # one row per event
    assert rows[0][-1] == "1. Thống nhất lộ trình\n2. Giao Trung tâm CNTT khảo sát"
    assert held.cell(row=7, column=len(rows[0])).alignment.wrap_text
    assert held.print_area.endswith(f"$G${6 + len(rows)}")  # partner, 5 event columns, conclusions
    assert held.cell(row=7, column=2).number_format == "DD/MM/YYYY HH:MM"


def test_the_charts_come_in_the_reports_order_on_a_page_of_their_own(
    known: Known, qapp: object, tmp_path: Path
) -> None:
    with speaking("vi"):
        report = gather(known.store, ReportRequest(*JUNE, made_at=MADE_AT))
        office.write_xlsx(report, tmp_path / "r.xlsx")
        captions = list(words.chart_captions(report.yearly))  # figure 1, then figure 2
    sheet = load_workbook(tmp_path / "r.xlsx")["Biểu đồ"]
    breaks = [b.id for b in sheet.row_breaks.brk]
    assert len(breaks) == 1
    # openpyxl reads charts back only as drawings: check the file written instead.
    charts = sorted(load_workbook_charts(tmp_path / "r.xlsx"), key=lambda a: a[0])
    assert [row for row, _title in charts] == [breaks[0] + 1, breaks[0] + 1 + office.CHART_ROWS]
    assert [title for _row, title in charts] == captions
    last = int(sheet.print_area.rsplit("$", 1)[1])
    assert last >= breaks[0] + 2 * office.CHART_ROWS  # both charts inside the print area


def load_workbook_charts(path: Path) -> list[tuple[int, str]]:
    """(0-based anchor row, title) of each chart of the charts' sheet, read from the XML."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as z:
        drawing = next(n for n in z.namelist() if re.search(r"drawings/drawing\d+\.xml$", n))
        rows = [
            int(r)
            for r in re.findall(
                r"<(?:xdr:)?from>.*?<(?:xdr:)?row>(\d+)<", z.read(drawing).decode(), re.S
            )
        ]
        titles = []
        for name in sorted(n for n in z.namelist() if re.search(r"charts/chart\d+\.xml$", n)):
            texts = re.findall(r"<a:t>(.*?)</a:t>", z.read(name).decode())
            titles.append("".join(texts))
    return list(zip(rows, titles, strict=True))


def test_an_exported_list_prints_with_its_title_and_header_row(tmp_path: Path) -> None:
    rows = [[f"Đối tác {i}", i * 1000, date(2026, 1, 1)] for i in range(50)]
    with speaking("vi"):
        export_list(
            tmp_path / "l.xlsx",
            ListSheet("Đối tác — lọc: “R&D”", datetime(2026, 5, 1, 9), ["Tên", "Số", "Ngày"], rows),
        )
    sheet = load_workbook(tmp_path / "l.xlsx").active
    assert sheet.page_setup.orientation == "portrait" and sheet.page_setup.fitToWidth == 1
    assert sheet.print_title_rows == "$2:$2"
    assert sheet.print_area == "'Đối tác'!$A$1:$C$52"
    assert sheet.oddHeader.center.text == "Đối tác — lọc: “R&&D”"  # & is Excel's field mark
    assert sheet.oddFooter.center.text == "Trang &P/&N"
    assert sheet.cell(row=50, column=2).value == 47_000
    assert sheet.cell(row=50, column=2).number_format == "#,##0"
    assert sheet.cell(row=50, column=3).number_format == "dd/mm/yyyy"
