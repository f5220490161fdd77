"""The Nghị định 30 layout, read back from the PDF's text boxes and the Word file."""

import dataclasses
from datetime import date, datetime
from pathlib import Path

import pdfplumber
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.text.paragraph import Paragraph

from coordinator.db.queries.projects import ProjectInput, save_project
from coordinator.db.queries.settings import Letterhead, Signer
from coordinator.db.store import Store
from coordinator.reports import common, minutes
from coordinator.reports.status import office, paper
from coordinator.reports.status.data import ReportRequest, gather
from tests.reports.conftest import JUNE, MADE_AT, Known

MM = 72 / 25.4  # PDF points in a millimetre
HEAD = Letterhead(
    department="Sở Khoa học và Công nghệ",
    province="Tỉnh Bình Dương",
    abbreviation="SKHCN",
    filing_unit="HTQT",
)
CHAIR, SECRETARY = "Huỳnh Thanh Phong", "Phạm Thị Ngọc Hân"


def _minutes(number: int | None = 7, paragraphs: int = 40) -> minutes.MinutesDocument:
    return minutes.MinutesDocument(
        head=HEAD,
        made_on=date(2026, 2, 5),
        title=minutes.subject("Workshop", "Workshop on digital skills"),
        starts=datetime(2026, 2, 5, 8, 0),
        ends=datetime(2026, 2, 5, 11, 30),
        place="Hội trường Sở",
        chair=CHAIR,
        secretary=SECRETARY,
        present=[f"Người dự {i} – Công ty {i}" for i in range(6)],
        summary="\n".join(
            f"Đoạn {i}: các đại biểu trao đổi về kế hoạch đào tạo kỹ năng số cho doanh "
            "nghiệp nhỏ và vừa, thống nhất lộ trình và phân công thực hiện." * 2
            for i in range(paragraphs)
        ),
        decisions=["Thống nhất kế hoạch.", "Giao Trung tâm chuẩn bị tài liệu."],
        actions=[
            minutes.ActionLine(f"Việc {i}", "Trung tâm", "28/02/2026", "Open") for i in range(12)
        ],
        final=True,
        number=number,
        recipients=("Giám đốc Sở",),
        organizations=["Công ty 1", "Sở Khoa học và Công nghệ"],
    )


def _words(path: Path) -> list[list[dict]]:
    with pdfplumber.open(path) as pdf:
        return [p.extract_words(extra_attrs=["size", "fontname"]) for p in pdf.pages]


def _line_of(words: list[dict], text: str) -> list[dict]:
    first = text.split()[0]
    for w in words:
        if w["text"] == first:
            same = [x for x in words if abs(x["top"] - w["top"]) < 1]
            if " ".join(x["text"] for x in same).find(text) >= 0:
                return same
    raise AssertionError(text)


def _check_page_numbers(pages: list[list[dict]]) -> None:
    assert len(pages) >= 2
    top_first = min(w["top"] for w in pages[0])
    assert top_first >= 19.5 * MM  # nothing in the top margin of page 1
    for n, page in enumerate(pages[1:], 2):
        number = min(page, key=lambda w: w["top"])
        assert number["text"] == str(n)
        assert number["bottom"] < 20 * MM  # in the top margin
        centre = (number["x0"] + number["x1"]) / 2
        assert abs(centre - (30 + 165 / 2) * MM) < 2 * MM  # centred on the text
        assert 12.5 <= number["size"] <= 14


def test_minutes_pdf_follows_the_layout(qapp: object, tmp_path: Path) -> None:
    out = tmp_path / "bb.pdf"
    minutes.write_pdf(_minutes(), out)
    pages = _words(out)
    first = pages[0]
    # The page's margins are the only ones: left 30 mm, top 20 mm.
    assert abs(min(w["x0"] for w in first) - 30 * MM) < 3 * MM
    assert abs(min(w["top"] for w in first) - 20 * MM) < 2 * MM
    assert max(w["x1"] for p in pages for w in p) <= (210 - 15) * MM + 1
    # The national title on one line, bold, 12-13 pt; the motto with spaced hyphens.
    right_column = (30 + 165 * 0.38) * MM
    title = [w for w in _line_of(first, "SOCIALIST REPUBLIC OF VIETNAM") if w["x0"] > right_column]
    assert " ".join(w["text"] for w in title) == "SOCIALIST REPUBLIC OF VIETNAM"
    assert all(12 <= w["size"] <= 13.5 and "Bold" in w["fontname"] for w in title), title
    _line_of(first, "Independence - Freedom - Happiness")
    _line_of(first, "No.: 07/BB-SKHCN")
    _line_of(first, "day 05 month 02 year 2026")  # zero-padded
    starts = [w["x0"] for w in first if w["text"] == "Đoạn"]
    assert starts and abs(starts[0] - (30 + 12.7) * MM) < 1 * MM  # first-line indent
    fonts = {w["fontname"] for p in pages for w in p}
    assert all("Times" in f or "LiberationSerif" in f for f in fonts), fonts
    _check_page_numbers(pages)
    # The signatures on the page of the last lines, under them; Nơi nhận after.
    last = pages[-1]
    closing = _line_of(last, "The meeting ended at 11:30")
    name = _line_of(last, f"{SECRETARY} {CHAIR}")
    assert name[0]["top"] > closing[0]["top"]
    assert any(w["text"].endswith("./.") for w in last)
    recipients = " ".join(w["text"] for w in last if w["top"] > name[0]["top"])
    assert recipients.startswith("Recipients:")
    assert f"- {CHAIR} (chair); - Công ty 1; - Giám đốc Sở; - Filed: VT, HTQT." in recipients


def test_a_minutes_number_not_given_leaves_a_blank(qapp: object, tmp_path: Path) -> None:
    out = tmp_path / "bb.pdf"
    minutes.write_pdf(_minutes(number=None, paragraphs=1), out)
    text = " ".join(w["text"] for w in _words(out)[0])
    assert "No.: /BB-SKHCN" in text and "07/BB" not in text


def test_the_signature_never_stands_alone_on_a_page(qapp: object, tmp_path: Path) -> None:
    """Whatever the length of the text, the closing lines go with the signatures."""
    for paragraphs in range(8, 26, 3):
        out = tmp_path / f"bb{paragraphs}.pdf"
        minutes.write_pdf(_minutes(paragraphs=paragraphs), out)
        last = _words(out)[-1]
        closing = _line_of(last, "The meeting ended at 11:30")
        assert _line_of(last, f"{SECRETARY} {CHAIR}")[0]["top"] > closing[0]["top"]
        # Nơi nhận, whole, under the signatures on the same page.
        assert _line_of(last, "Recipients:")[0]["top"] > closing[0]["top"]
        assert _line_of(last, "- Filed: VT, HTQT.")
        assert "them./." in " ".join(w["text"] for w in last)  # one full stop, then ./.


def test_minutes_word_file_follows_the_layout(qapp: object, tmp_path: Path) -> None:
    out = tmp_path / "bb.docx"
    minutes.write_docx(_minutes(), out)
    word = Document(str(out))
    section = word.sections[0]
    margins = (section.left_margin, section.top_margin, section.right_margin)
    assert [round(m.mm) for m in (*margins, section.bottom_margin)] == [30, 20, 15, 20]
    assert section.different_first_page_header_footer
    assert "PAGE" in section.header.paragraphs[0]._p.xml
    head = word.tables[0]
    right = head.cell(0, 1)
    assert right.width >= Mm(95)  # the national title's 92 mm at 12.5 pt fit on one line
    title = right.paragraphs[0]
    assert [r.text for r in title.runs] == ["SOCIALIST REPUBLIC OF VIETNAM"]
    assert title.runs[0].bold and title.runs[0].font.size.pt <= 13
    assert common.text_width_mm(title.text, 12.5, bold=True) < 95
    assert "Independence - Freedom - Happiness" in right.text
    assert "day 05 month 02 year 2026" in right.text
    assert "No.: 07/BB-SKHCN" in head.cell(0, 0).text
    # The motto's rule is a drawn border, not dashes.
    assert right.paragraphs[2]._p.xpath("./w:pPr/w:pBdr/w:top")
    assert "—" not in right.text
    actions = word.tables[1]
    assert actions.rows[0]._tr.trPr.xpath("./w:tblHeader")
    assert all(row._tr.trPr.xpath("./w:cantSplit") for row in actions.rows)
    closing = next(p for p in word.paragraphs if p.text.startswith("The meeting ended"))
    assert closing.paragraph_format.keep_with_next and closing.text.endswith("./.")
    signs = word.tables[2]
    assert signs.rows[0]._tr.trPr.xpath("./w:cantSplit")
    assert SECRETARY in signs.cell(0, 0).text and CHAIR in signs.cell(0, 1).text
    texts = [p.text for p in word.paragraphs]
    assert texts[-1] == "- Filed: VT, HTQT." and "Recipients:" in texts
    # Nơi nhận moves whole: every line but the last keeps with the next.
    ending = word.paragraphs[texts.index("Recipients:") :]
    assert all(p.paragraph_format.keep_with_next for p in ending[:-1])


def _report(known: Known) -> paper.StatusReport:
    report = gather(
        known.store,
        ReportRequest(
            *JUNE,
            made_at=MADE_AT,
            number=3,
            signer=Signer("KT. Giám đốc", "Phó Giám đốc", "Nguyễn Văn B"),
            recipients=("UBND tỉnh",),
        ),
    )
    head = dataclasses.replace(report.head, abbreviation="STTTT")
    return dataclasses.replace(report, head=head)


def test_report_pdf_has_the_frame(known: Known, qapp: object, tmp_path: Path) -> None:
    out = tmp_path / "bc.pdf"
    paper.write_pdf(_report(known), out)
    pages = _words(out)
    first = pages[0]
    assert abs(min(w["x0"] for w in first) - 30 * MM) < 3 * MM
    _line_of(first, "SOCIALIST REPUBLIC OF VIETNAM")
    _line_of(first, "No.: 03/BC-STTTT")
    _line_of(first, "day 15 month 6 year 2026")
    _check_page_numbers(pages)
    # Signed under the text, on the page of its last lines; the appendix follows.
    last = next(p for p in pages if "Recipients:" in " ".join(w["text"] for w in p))
    assert pages.index(last) < len(pages) - 1
    assert "APPENDIX" in " ".join(w["text"] for w in pages[pages.index(last) + 1])
    authority = _line_of(last, "KT. GIÁM ĐỐC")
    assert all("Bold" in w["fontname"] for w in authority)
    name = _line_of(last, "Nguyễn Văn B")
    assert name[0]["top"] > authority[0]["top"]
    recipients = _line_of(last, "Recipients:")
    assert recipients[0]["x0"] < 35 * MM  # bottom left, beside the signature
    text = " ".join(w["text"] for w in last)
    assert "- UBND tỉnh; - Filed: VT." in text


def test_a_report_issued_again_keeps_the_day_of_its_number(
    known: Known, qapp: object, tmp_path: Path
) -> None:
    report = _report(known)
    again = dataclasses.replace(
        report, request=dataclasses.replace(report.request, issued_on=date(2026, 6, 2))
    )
    paper.write_pdf(again, tmp_path / "bc.pdf")
    _line_of(_words(tmp_path / "bc.pdf")[0], "day 02 month 6 year 2026")
    office.write_docx(again, tmp_path / "bc.docx")
    head = Document(str(tmp_path / "bc.docx")).tables[0].cell(0, 1).text
    assert "day 02 month 6 year 2026" in head


def test_report_word_has_the_frame(known: Known, qapp: object, tmp_path: Path) -> None:
    out = tmp_path / "bc.docx"
    office.write_docx(_report(known), out)
    word = Document(str(out))
    assert "No.: 03/BC-STTTT" in word.tables[0].cell(0, 0).text
    ending = next(t for t in word.tables if "Recipients:" in t.cell(0, 0).text)
    assert ending.rows[0]._tr.trPr.xpath("./w:cantSplit")
    assert "Recipients:" in ending.cell(0, 0).text
    assert ending.cell(0, 1).text.split("\n")[:2] == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]
    assert "Nguyễn Văn B" in ending.cell(0, 1).text
    children = list(word.element.body)
    before = [
        Paragraph(e, word) for e in children[: children.index(ending._tbl)] if e.tag == qn("w:p")
    ][-2:]
    assert all(p.paragraph_format.keep_with_next for p in before)


def test_a_code_in_a_narrow_column_is_never_broken(
    store: Store, qapp: object, tmp_path: Path
) -> None:
    """ "KOICA-01" in the appendix's narrow Mã column prints whole, not "KOICA-0 / 1"."""
    save_project(
        store,
        ProjectInput(
            code="KOICA-01",
            title="Hỗ trợ xây dựng chính quyền số",
            status="active",
            starts_on=date(2026, 6, 1),
            ends_on=date(2026, 12, 31),
        ),
    )
    out = tmp_path / "bc.pdf"
    paper.write_pdf(gather(store, ReportRequest(*JUNE, made_at=MADE_AT)), out)
    words = [w["text"] for page in _words(out) for w in page]
    assert "KOICA-01" in words and "KOICA-0" not in words
