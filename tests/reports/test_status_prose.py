"""The báo cáo in words, from records typed into an empty database.

April 2026 with Tập đoàn IBM: 3 consultations and a meeting held (its minutes have two
conclusions and two action items), a workshop cancelled; March: a consultation, a
meeting and a workshop. The project TNV-01 ran past its end (15/04) and missed a
milestone (10/04). The report is made on 15/06/2026, so April is seen as it ended.
"""

import shutil
import subprocess
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from docx import Document

from coordinator.db import models as m
from coordinator.db.store import Store
from coordinator.domain.timezone import to_utc
from coordinator.reports.status import prose, words, write_report
from coordinator.reports.status.data import ReportRequest, Scope, ScopeKind, StatusReport, gather
from coordinator.text.translations import speaking

MADE_AT = datetime(2026, 6, 15, 10, 0)
APRIL = (date(2026, 4, 1), date(2026, 4, 30))


@dataclass(frozen=True)
class Typed:
    store: Store
    ibm: int
    project: int
    programme: int


def _event(s: object, title: str, start: datetime, kind: str, **kw: object) -> m.Event:
    e = m.Event(
        kind=kind,
        title=title,
        starts_at=to_utc(start),
        ends_at=to_utc(start + timedelta(hours=2)),
        **kw,
    )
    s.add(e)  # type: ignore[attr-defined]
    return e


@pytest.fixture
def typed(store: Store) -> Typed:
    with store.session() as s:
        s.add_all(
            [
                m.Setting(key="department", value="Sở Khoa học và Công nghệ"),
                m.Setting(key="province", value="Tỉnh Bình Dương"),
            ]
        )
        ibm = m.Organization(name="Tập đoàn IBM", kind="enterprise")
        s.add(ibm)
        person = m.Person(full_name="Nguyễn Văn A")
        programme = m.Programme(name="Chuyển đổi số doanh nghiệp", partner=ibm)
        project = m.Project(
            code="TNV-01",
            title="Tư vấn chuyển đổi số",
            partner=ibm,
            programme=programme,
            status="active",
            starts_on=date(2026, 1, 1),
            ends_on=date(2026, 4, 15),
        )
        project.milestones = [
            m.Milestone(title="Khảo sát", due_on=date(2026, 4, 10)),
            m.Milestone(title="Báo cáo giữa kỳ", due_on=date(2026, 5, 15)),
        ]
        s.add_all([person, programme, project])
        for day in (2, 9, 16):
            _event(s, "Tư vấn doanh nghiệp", datetime(2026, 4, day, 9), "consultation", partner=ibm)
        meeting = _event(s, "Họp sơ kết", datetime(2026, 4, 20, 14), "meeting", project=project)
        minutes = m.Minutes(event=meeting, status="final")
        minutes.decisions = [
            m.Decision(text="Thống nhất kế hoạch quý II", position=0),
            m.Decision(text="Mở rộng tư vấn", position=1),
        ]
        minutes.action_items = [
            m.ActionItem(text="Gửi kế hoạch", owner_person=person, due_on=date(2026, 4, 25)),
            m.ActionItem(text="Chuẩn bị hội thảo", owner_org=ibm, due_on=date(2026, 5, 10)),
        ]
        s.add(minutes)
        _event(
            s,
            "Hội thảo điện toán đám mây",
            datetime(2026, 4, 23, 8),
            "workshop",
            partner=ibm,
            status="cancelled",
        )
        _event(s, "Tư vấn tháng Ba", datetime(2026, 3, 5, 9), "consultation", partner=ibm)
        _event(s, "Họp tháng Ba", datetime(2026, 3, 12, 9), "meeting", partner=ibm)
        _event(s, "Hội thảo tháng Ba", datetime(2026, 3, 19, 9), "workshop", partner=ibm)
        _event(s, "Họp tháng Năm", datetime(2026, 5, 6, 9), "meeting", partner=ibm)
        s.flush()
        return Typed(store, ibm.id, project.id, programme.id)


def _report(
    typed: Typed,
    period: tuple[date, date] = APRIL,
    scope: Scope | None = None,
    **kw: object,
) -> StatusReport:
    scope = scope or Scope(ScopeKind.PARTNER, typed.ibm, "Tập đoàn IBM")
    request = ReportRequest(period[0], period[1], scope, made_at=MADE_AT, **kw)  # type: ignore[arg-type]
    return gather(typed.store, request)


def _text(blocks: list[prose.Block]) -> str:
    return "\n".join(b.text for b in blocks)


def test_results_state_each_count_against_the_previous_month(typed: Typed, qapp: object) -> None:
    with speaking("vi"):
        report = _report(typed)
        results = _text(prose.results(report))
        title = words.subtitle(report)
    assert report.before is not None and report.before.first == date(2026, 3, 1)
    assert title == "Tình hình hợp tác với Tập đoàn IBM tháng 4/2026"
    assert (
        "Trong tháng 4/2026, Sở đã phối hợp với Tập đoàn IBM tổ chức 4 sự kiện "
        "(tăng 1 so với tháng 3/2026), gồm: 3 buổi tư vấn (tăng 2), 1 cuộc họp "
        "(bằng kỳ trước), 0 hội thảo (giảm 1)." in results
    )
    assert "Đã lập 1 biên bản (tăng 1 so với tháng 3/2026), thống nhất 2 kết luận (tăng 2)." in (
        results
    )
    assert (
        "Trong kỳ đã hoàn thành 0 nhiệm vụ (bằng kỳ trước); đến ngày 30/04/2026 còn "
        "2 nhiệm vụ (tăng 2) chưa hoàn thành, trong đó 1 (tăng 1) quá hạn." in results
    )
    assert (
        "Trong kỳ có 1 dự án (bằng tháng 3/2026) được triển khai, trong đó: "
        "đang thực hiện 1 (bằng kỳ trước)." in results
    )
    assert "1. Hoạt động phối hợp" in results and "Tình nguyện viên" not in results


def test_problems_say_what_the_records_show(typed: Typed, qapp: object) -> None:
    with speaking("vi"):
        text = _text(prose.problems(_report(typed)))
    assert (
        "Đến ngày 30/04/2026, có 1 nhiệm vụ (tăng 1 so với tháng 3/2026) quá hạn, "
        "trong đó 1 của Nguyễn Văn A." in text
    )
    assert "- “Gửi kế hoạch”: Nguyễn Văn A, hạn 25/04/2026, chậm 5 ngày (theo Họp sơ kết" in text
    assert "Trong kỳ có 1 sự kiện (tăng 1 so với tháng 3/2026) bị hủy." in text
    assert "- 23/04/2026: Hội thảo điện toán đám mây." in text
    assert "Có 1 dự án (tăng 1 so với tháng 3/2026) đã quá thời hạn kết thúc" in text
    assert "TNV-01 Tư vấn chuyển đổi số (kết thúc ngày 15/04/2026, đang thực hiện)" in text
    assert "trong đó 1 của dự án TNV-01." in text and "TNV-01: Khảo sát (hạn 10/04/2026)" in text
    assert "chưa xác định" not in text


def test_next_tasks_are_those_of_the_next_month(typed: Typed, qapp: object) -> None:
    with speaking("vi"):
        report = _report(typed)
        text = _text(prose.next_tasks(report))
        title = prose.next_title(report)
    assert title == "PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 5/2026"
    assert "Dự kiến tổ chức 1 sự kiện:" in text and "06/05/2026 09:00: Họp tháng Năm" in text
    assert "Hoàn thành 1 nhiệm vụ đến hạn:" in text
    assert "“Chuẩn bị hội thảo”: Tập đoàn IBM, hạn 10/05/2026" in text
    assert "Đồng thời đôn đốc hoàn thành 1 nhiệm vụ đã quá hạn." in text
    assert "TNV-01: Báo cáo giữa kỳ (hạn 15/05/2026)" in text


def test_quarters_years_and_other_periods_are_named_and_compared(
    typed: Typed, qapp: object
) -> None:
    with speaking("vi"):
        quarter = _report(typed, (date(2026, 4, 1), date(2026, 6, 30)))
        assert words.subtitle(quarter) == "Tình hình hợp tác với Tập đoàn IBM quý II/2026"
        assert "(tăng 1 so với quý I/2026)" in _text(prose.results(quarter))
        year = _report(typed, (date(2026, 1, 1), date(2026, 12, 31)))
        assert words.subtitle(year).endswith("năm 2026")
        assert "so với năm 2025" in _text(prose.results(year))
        days = _report(typed, (date(2026, 4, 1), date(2026, 4, 15)))
        assert words.subtitle(days).endswith("từ ngày 01/04/2026 đến ngày 15/04/2026")
        days_text = _text(prose.results(days))
        assert days_text.startswith(
            "1. Hoạt động phối hợp\nTrong kỳ từ ngày 01/04/2026 đến ngày 15/04/2026, Sở"
        )
        assert "so với kỳ từ ngày 17/03/2026 đến ngày 31/03/2026" in days_text


def test_titles_name_the_scope(typed: Typed, qapp: object) -> None:
    with speaking("vi"):
        everything = words.subtitle(_report(typed, scope=Scope()))
        project = _report(typed, scope=Scope(ScopeKind.PROJECT, typed.project, "TNV-01 – Tư vấn"))
        programme = _report(typed, scope=Scope(ScopeKind.PROGRAMME, typed.programme, "x"))
        assert everything == "Tình hình hợp tác với các đối tác tháng 4/2026"
        assert words.subtitle(project) == "Tình hình thực hiện dự án TNV-01 tháng 4/2026"
        assert words.subtitle(programme) == (
            "Tình hình thực hiện chương trình Chuyển đổi số doanh nghiệp tháng 4/2026"
        )
        assert "trong khuôn khổ dự án TNV-01, Sở đã phối hợp tổ chức 1 sự kiện" in _text(
            prose.results(project)
        )
    with speaking("en"):
        assert words.subtitle(project) == "Progress of the project TNV-01, 4/2026"


def test_an_empty_database_says_nothing_happened(store: Store, qapp: object) -> None:
    with speaking("vi"):
        report = gather(store, ReportRequest(*APRIL, made_at=MADE_AT))
        results = _text(prose.results(report))
        problems = _text(prose.problems(report))
    assert (
        "Trong tháng 4/2026, không có sự kiện nào được tổ chức trong phạm vi báo cáo "
        "(bằng tháng 3/2026)." in results
    )
    assert "Trong kỳ không có dự án nào được triển khai." in results
    # Nothing overdue and no agreement are said in words, not as "0 … (bằng kỳ trước)".
    assert "chưa hoàn thành, không có nhiệm vụ nào quá hạn." in results
    assert "Đến ngày 30/04/2026 không có thỏa thuận hợp tác nào còn hiệu lực" in results
    assert "trong đó 0" not in results and "có 0 thỏa thuận" not in results
    assert problems.startswith("Đến ngày 30/04/2026, số liệu không ghi nhận nhiệm vụ quá hạn")
    assert prose.proposals(report) == [] and all(
        t != "KIẾN NGHỊ, ĐỀ XUẤT" for t, _ in prose.parts(report)
    )


PROPOSALS = "Đề nghị UBND tỉnh bố trí kinh phí năm 2027.\n\nĐề nghị IBM cử chuyên gia."


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_addressee_and_proposals_in_the_pdf_and_the_word_file(
    typed: Typed, qapp: object, tmp_path: Path
) -> None:
    request = ReportRequest(
        *APRIL,
        Scope(ScopeKind.PARTNER, typed.ibm, "Tập đoàn IBM"),
        made_at=MADE_AT,
        addressee="Ủy ban nhân dân tỉnh Bình Dương",
        proposals=PROPOSALS,
        recipients=("Như trên",),
    )
    pdf, docx = tmp_path / "bc.pdf", tmp_path / "bc.docx"
    with speaking("vi"):
        write_report(typed.store, request, pdf)
        write_report(typed.store, request, docx)
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    word = "\n".join(p.text for p in Document(str(docx)).paragraphs)
    for said in (text, " ".join(word.split())):
        assert "BÁO CÁO Tình hình hợp tác với Tập đoàn IBM tháng 4/2026" in said
        assert "Kính gửi: Ủy ban nhân dân tỉnh Bình Dương" in said
        assert "I. KẾT QUẢ THỰC HIỆN" in said and "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN" in said
        assert "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 5/2026" in said
        assert "IV. KIẾN NGHỊ, ĐỀ XUẤT Đề nghị UBND tỉnh bố trí kinh phí năm 2027." in said
        assert "Đề nghị IBM cử chuyên gia." in said
        # Part I's sentences come before their table.
        assert said.index("3 buổi tư vấn (tăng 2)") < said.index("Bảng 1. Số liệu tổng hợp")
    table = Document(str(docx)).tables[1]
    assert [c.text for c in table.rows[0].cells] == [
        "Nội dung",
        "Tháng 4/2026",
        "Tháng 3/2026",
        "Tăng (+), giảm (\u2212)",
    ]
    rows = {r.cells[0].text: [c.text for c in r.cells[1:]] for r in table.rows}
    assert rows["– Tư vấn"] == ["3", "1", "+2"]
    assert rows["– Hội thảo"] == ["0", "1", "\u22121"]
    assert rows["Sự kiện bị hủy"] == ["1", "0", "+1"]
    # Without proposals the part is left out.
    with speaking("vi"):
        write_report(typed.store, ReportRequest(*APRIL, made_at=MADE_AT), docx)
    word = "\n".join(p.text for p in Document(str(docx)).paragraphs)
    assert "KIẾN NGHỊ" not in word and "Kính gửi" not in word
