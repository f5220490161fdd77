"""The report written as PDF, Word and Excel, and read back."""

import dataclasses
import shutil
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from PySide6.QtCore import QByteArray, QSizeF, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from coordinator.db import models as m
from coordinator.domain.timezone import to_utc
from coordinator.reports import pages
from coordinator.reports.common import SafeTextDocument
from coordinator.reports.status import data, office, paper, words, write_report
from coordinator.reports.status.data import (
    Group,
    ReportCancelledError,
    ReportRequest,
    Scope,
    ScopeKind,
    Section,
    StatusReport,
    gather,
)
from tests.reports.conftest import FORMULA_TITLE, JUNE, MADE_AT, MARKUP_NAME, Known

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils not installed"
)


def _june(known: Known) -> StatusReport:
    return gather(known.store, ReportRequest(*JUNE, made_at=MADE_AT))


def _pdf_text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(
        ["pdftotext", *pages, str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def _many_meetings(known: Known, count: int) -> None:
    with known.store.session() as s:
        for i in range(count):
            start = datetime(2026, 6, 1, 7) + timedelta(days=i % 14, hours=i % 9)
            s.add(
                m.Event(
                    kind="meeting",
                    title=f"Buổi làm việc số {i + 1} với thành phố",
                    starts_at=to_utc(start),
                    ends_at=to_utc(start + timedelta(hours=1)),
                    partner_id=known.p2,
                )
            )


@needs_poppler
def test_pdf_pages_carry_header_footer_and_repeat_table_headers(
    known: Known, qapp: object, tmp_path: Path
) -> None:
    _many_meetings(known, 80)
    out = tmp_path / "report.pdf"
    pages = paper.write_pdf(_june(known), out)
    assert pages >= 3 and out.exists() and not out.with_name("report.pdf.part").exists()
    whole = _pdf_text(out)
    assert MARKUP_NAME in whole  # markup prints as the characters typed
    assert "Tư vấn chuyển đổi số" in whole and "Thống nhất lộ trình" in whole
    assert "Buổi làm việc số 80 với thành phố" in whole
    continued = 0
    for page in range(1, pages + 1):
        text = _pdf_text(out, page)
        # The page's number alone on its first line, from page 2 on (Nghị định 30).
        first = text.strip().splitlines()[0].strip()
        assert (first == str(page)) == (page > 1), (page, first)
        if "Buổi làm việc" in text and "Events held and their conclusions" not in text:
            # A page the held-events table runs onto starts with its header row again.
            assert "Event and conclusions" in text
            continued += 1
    assert continued >= 1
    fonts = subprocess.run(
        ["pdffonts", str(out)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts and all(" yes " in line for line in fonts)  # every font embedded


def test_word_file_has_the_same_content(known: Known, qapp: object, tmp_path: Path) -> None:
    report = _june(known)
    out = tmp_path / "report.docx"
    write_report(known.store, ReportRequest(*JUNE, made_at=MADE_AT), out)
    word = Document(str(out))
    text = "\n".join(p.text for p in word.paragraphs)
    assert "REPORT" in text and "Cooperation with the partners, 6/2026" in text
    assert f"1. {MARKUP_NAME}" in text
    summary = word.tables[1]  # after the letterhead
    assert [c.text for c in summary.rows[0].cells] == [
        "Item",
        "6/2026",
        "5/2026",
        "Up (+), down (\u2212)",
    ]
    assert [[c.text for c in row.cells] for row in summary.rows][1:] == [
        ["– " * indent + label, f"{now:,}", f"{before:,}", words.change_text(now, before)]
        for label, now, before, indent in words.compared_rows(report)
    ]
    cells = {c.text for t in word.tables for row in t.rows for c in row.cells}
    assert FORMULA_TITLE in cells and "Việc A5" in cells
    assert any("Thống nhất lộ trình" in c for c in cells)  # a conclusion under its event
    # Every table's first row repeats on each page it crosses.
    for table in word.tables[1:]:  # not the letterhead, nor Nơi nhận and the signature
        if "Recipients:" in table.cell(0, 0).text:
            continue
        assert table.rows[0]._tr.trPr.xpath("./w:tblHeader")
        assert all(row._tr.trPr.xpath("./w:cantSplit") for row in table.rows)
    assert len(word.inline_shapes) == 2  # the two charts
    section = word.sections[0]
    assert section.different_first_page_header_footer  # no number on page 1
    assert "PAGE" in section.header.paragraphs[0]._p.xml
    assert not section.first_page_header.paragraphs[0].text


def test_excel_has_a_sheet_per_section_with_real_dates_and_numbers(
    known: Known, qapp: object, tmp_path: Path
) -> None:
    out = tmp_path / "report.xlsx"
    write_report(known.store, ReportRequest(*JUNE, made_at=MADE_AT), out)
    book = load_workbook(out)
    assert book.sheetnames == [
        "Summary figures",
        "Charts",
        "Overview by partner",
        "Projects",
        "Indicators",
        "Events held",
        "Coming events",
        "Overdue action items",
    ]
    summary = {r[0]: r[1] for r in book["Summary figures"].iter_rows(min_row=7, values_only=True)}
    assert summary["Partners"] == 3 and summary["Events held"] == 6
    assert summary["Action items done in the period"] == 3

    overview = list(book["Overview by partner"].iter_rows(min_row=7, values_only=True))
    assert overview == [
        (MARKUP_NAME, 2, 1, 2, 0, 2),
        ("Thành phố Đối tác", 1, 4, 0, 4, 1),
        ("Not tied to a partner", 0, 1, 0, 0, 0),
    ]

    projects = list(book["Projects"].iter_rows(min_row=7, values_only=True))
    assert projects[0][:6] == (MARKUP_NAME, "P1-A", FORMULA_TITLE, "In progress", 1, 3)
    assert projects[0][6:] == ("Khảo sát", datetime(2026, 7, 1), None)  # no warnings
    title_cell = book["Projects"].cell(row=7, column=3)
    assert title_cell.data_type == "s"  # user text, not a formula
    assert book["Projects"].cell(row=7, column=8).number_format == "DD/MM/YYYY"

    held = list(book["Events held"].iter_rows(min_row=7, values_only=True))
    first = held[0]
    assert first[0] == MARKUP_NAME and first[1] == datetime(2026, 6, 3, 9, 0)
    assert first[6] == "1. Thống nhất lộ trình\n2. Giao Trung tâm CNTT khảo sát"
    assert len(held) == 6  # one row per event held, its two conclusions in one cell

    overdue = list(book["Overdue action items"].iter_rows(min_row=7, values_only=True))
    assert ("Việc A1", "Nguyễn Văn A", datetime(2026, 6, 10), 5) in [r[1:5] for r in overdue]
    charts = book["Charts"]
    assert list(charts.iter_rows(min_row=7, max_row=7, values_only=True))[0][:3] == (
        datetime(2026, 6, 1),
        6,
        3,
    )
    assert len(charts._charts) == 2  # type: ignore[attr-defined]


@needs_poppler
def test_over_many_rows_paper_has_one_line_per_partner_and_excel_keeps_the_lists(
    known: Known, qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = _june(known)
    assert report.list_rows == 17 and report.lists_on_paper
    pdf = tmp_path / "full.pdf"
    paper.write_pdf(report, pdf)
    text = " ".join(_pdf_text(pdf).split())
    assert "APPENDIX: DETAILED FIGURES" in text
    assert "OVERVIEW BY PARTNER" in text and "DETAILS BY PARTNER" in text
    assert "Thống nhất lộ trình" in text  # the lists are printed
    assert "Thành phố Đối tác 1 4 0 4 1" in text  # projects, held, conclusions, coming, overdue

    monkeypatch.setattr(data, "PAPER_LIST_ROWS", 16)
    assert not report.lists_on_paper
    paper.write_pdf(report, pdf)
    text = " ".join(_pdf_text(pdf).split())
    assert "Thành phố Đối tác 1 4 0 4 1" in text
    assert "Thống nhất lộ trình" not in text  # the held events' list is left to Excel
    assert text.count("Việc A5") == 1  # named once, among the problems (part II)
    assert "of these 3 partners run to 17 rows" in text
    docx = tmp_path / "short.docx"
    office.write_docx(report, docx)
    paragraphs = "\n".join(p.text for p in Document(str(docx)).paragraphs)
    assert "of these 3 partners run to 17 rows" in paragraphs
    cells = {c.text for t in Document(str(docx)).tables for row in t.rows for c in row.cells}
    assert "Thành phố Đối tác" in cells and "Việc A5" not in cells
    xlsx = tmp_path / "short.xlsx"
    office.write_xlsx(report, xlsx)
    overdue = load_workbook(xlsx)["Overdue action items"]
    assert "Việc A5" in [row[1] for row in overdue.iter_rows(min_row=7, values_only=True)]


def test_a_report_about_one_partner_has_no_overview_and_always_prints_its_lists(
    known: Known, qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(data, "PAPER_LIST_ROWS", 0)
    scope = Scope(ScopeKind.PARTNER, known.p2, "Thành phố Đối tác")
    report = gather(known.store, ReportRequest(*JUNE, scope=scope, made_at=MADE_AT))
    assert report.lists_on_paper and not report.shows(Section.PARTNERS)
    out = tmp_path / "one.xlsx"
    office.write_xlsx(report, out)
    assert "Overview by partner" not in load_workbook(out).sheetnames


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".xlsx"])
def test_a_stopped_report_leaves_no_file(
    known: Known, qapp: object, tmp_path: Path, suffix: str
) -> None:
    out = tmp_path / f"report{suffix}"
    with pytest.raises(ReportCancelledError):
        write_report(
            known.store,
            ReportRequest(*JUNE, made_at=MADE_AT),
            out,
            lambda done, total: done < 30,  # stop while writing
        )
    assert list(tmp_path.iterdir()) == [
        tmp_path / "test.sqlite",
        *sorted(tmp_path.glob("test.sqlite-*")),
    ]
    with pytest.raises(ValueError):
        write_report(known.store, ReportRequest(*JUNE), tmp_path / "report.txt")


def test_report_documents_never_load_a_file_or_url(qapp: object, tmp_path: Path) -> None:
    picture = tmp_path / "secret.png"
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    image.save(str(picture))
    plain = QTextDocument()
    url = QUrl.fromLocalFile(str(picture))
    assert plain.resource(QTextDocument.ResourceType.ImageResource, url) is not None
    safe = SafeTextDocument()
    for where in (url, QUrl("http://example.com/x.png")):
        found = safe.resource(QTextDocument.ResourceType.ImageResource, where)
        assert isinstance(found, QByteArray) and found.isEmpty()


def test_user_text_is_escaped_in_the_report_html(known: Known, qapp: object) -> None:
    html = paper.to_html(_june(known))
    assert MARKUP_NAME not in html
    assert "&lt;b&gt;Công ty &amp; Co&lt;/b&gt;" in html


def test_a_heading_never_ends_a_page_whatever_follows_it(qapp: object) -> None:
    """Wherever the text before it ends, a heading shares its page with the first line
    after it: a chart that does not fit takes its heading along to the next page."""
    chart = QImage(300, 120, QImage.Format.Format_RGB32)
    chart.fill(QColor("white"))
    page_height = 400.0
    for filler in range(150, 400, 3):
        doc = SafeTextDocument()
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart:x"), chart)
        doc.setHtml(
            f"<p style='margin: 0'><img src='chart:x' width='10' height='{filler}'/></p>"
            "<h3>II. CHARTS</h3><p><img src='chart:x' width='300' height='120'/></p>"
        )
        doc.setPageSize(QSizeF(400, page_height))
        pages.paginate(doc, page_height)
        heading = doc.begin().next()
        assert heading.text() == "II. CHARTS"
        image = heading.next()
        layout = doc.documentLayout()
        line_top = layout.blockBoundingRect(image).top() + image.layout().lineAt(0).y()
        heading_top = layout.blockBoundingRect(heading).top()
        assert heading_top // page_height == line_top // page_height, filler


@needs_poppler
def test_the_last_page_keeps_what_ends_the_report_after_a_long_overview(
    known: Known, qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt lays a document out lazily; the paragraph after a long table was once left
    off the last page."""
    monkeypatch.setattr(data, "PAPER_LIST_ROWS", 0)
    report = _june(known)
    held = report.groups[1].held
    # Names short enough never to wrap in their column, whatever the fonts.
    many = [Group(name=f"Ban QLDA số {i}", held=held) for i in range(300)]
    out = tmp_path / "overview.pdf"
    pages = paper.write_pdf(dataclasses.replace(report, groups=many), out)
    last = " ".join(_pdf_text(out, pages).split())
    assert "Ban QLDA số 299" in _pdf_text(out)
    assert "DETAILS BY PARTNER" in last and "of these 300 partners run to" in last
