"""Lịch công tác tuần from an empty database: the week's rows, the PDF, the Word file
and the command line.

The week of 27/04/2026: a weekly meeting on Monday and Wednesday (a series, its
Wednesday cancelled), a consultation on Tuesday with its minutes' chair; Thursday
30/4 and Friday 1/5 are public holidays, and Monday the day off in lieu of Giỗ Tổ.
"""

import subprocess
import sys
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pdfplumber
import pytest
from docx import Document
from docx.oxml.ns import qn

from coordinator.db import models as m
from coordinator.db.queries.events import EventInput, detach_occurrence, get_event, save_event
from coordinator.db.store import Store
from coordinator.domain.enums import EventStatus
from coordinator.reports import schedule
from coordinator.reports.common import offscreen_app
from coordinator.reports.schedule import ScheduleScope
from coordinator.text.translations import speaking

ROOT = Path(__file__).resolve().parents[2]
MONDAY = date(2026, 4, 27)


@dataclass(frozen=True)
class Week:
    store: Store
    office: int  # host unit of the weekly meeting
    centre: int  # host unit of the project
    chair: int
    expert: int
    project: int
    meeting: int


@pytest.fixture
def week(store: Store) -> Week:
    return type_week(store)


def type_week(store: Store) -> Week:
    """The week's records, typed into ``store`` through the editors' own queries."""
    with store.session() as s:
        s.add_all(
            [
                m.Setting(key="department", value="Sở Thông tin và Truyền thông"),
                m.Setting(key="province", value="Tỉnh Bình Dương"),
            ]
        )
        office = m.Organization(name="Văn phòng Sở", short_name="VP", kind="government")
        centre = m.Organization(
            name="Trung tâm Công nghệ thông tin", short_name="TTCNTT", kind="government"
        )
        office.is_internal = centre.is_internal = True
        ibm = m.Organization(name="Tập đoàn IBM", short_name="IBM", kind="enterprise")
        s.add_all([office, centre, ibm])
        s.flush()
        chair = m.Person(full_name="Nguyễn Văn Chủ", organization_id=office.id)
        expert = m.Person(full_name="Anna Schmidt", organization_id=ibm.id)
        s.add_all([chair, expert])
        s.flush()
        project = m.Project(
            code="TNV-01", title="Chuyển đổi số", host_unit_id=centre.id, status="active"
        )
        s.add(project)
        s.flush()
        ids = (office.id, centre.id, chair.id, expert.id, project.id, ibm.id)
    office_id, centre_id, chair_id, expert_id, project_id, ibm_id = ids
    meeting = save_event(
        store,
        EventInput(
            kind="meeting",
            title="Họp giao ban tuần",
            starts=datetime(2026, 4, 27, 8, 0),
            ends=datetime(2026, 4, 27, 9, 30),
            location="Phòng họp số 1",
            host_unit_id=office_id,
            participant_ids=[chair_id],
            rrule="FREQ=WEEKLY;BYDAY=MO,WE;COUNT=6",
        ),
    )
    consultation = save_event(
        store,
        EventInput(
            kind="consultation",
            title="Tư vấn chuyển đổi số",
            starts=datetime(2026, 4, 28, 14, 0),
            ends=datetime(2026, 4, 28, 16, 30),
            location="Phòng họp số 2",
            project_id=project_id,
            partner_id=ibm_id,
            participant_ids=[expert_id],
        ),
    )
    with store.session() as s:
        s.add(m.Minutes(event_id=consultation, chair_id=chair_id))
    wednesday = get_event(store, meeting)
    assert wednesday is not None
    wednesday.starts, wednesday.ends = datetime(2026, 4, 29, 8, 0), datetime(2026, 4, 29, 9, 30)
    wednesday.status = EventStatus.CANCELLED
    detach_occurrence(store, meeting, date(2026, 4, 29), wednesday)
    return Week(store, office_id, centre_id, chair_id, expert_id, project_id, meeting)


def _gather(week: Week, scope: ScheduleScope | None = None) -> schedule.WeekSchedule:
    with speaking("vi"):
        return schedule.gather(week.store, date(2026, 4, 29), scope, made_on=date(2026, 4, 24))


def _titles(ws: schedule.WeekSchedule) -> dict[date, list[str]]:
    return {d.day: [r.content for r in d.rows] for d in ws.days}


def test_the_week_runs_monday_to_sunday_and_lists_every_working_day(week: Week) -> None:
    ws = _gather(week)
    assert (ws.first, ws.last) == (MONDAY, date(2026, 5, 3))
    # Working days always; the empty weekend is left out.
    assert [d.day.day for d in ws.days] == [27, 28, 29, 30, 1]
    assert _titles(ws) == {
        date(2026, 4, 27): ["Họp giao ban tuần"],
        date(2026, 4, 28): ["Tư vấn chuyển đổi số"],
        date(2026, 4, 29): ["Họp giao ban tuần"],
        date(2026, 4, 30): [],
        date(2026, 5, 1): [],
    }
    monday, tuesday, wednesday, thursday, friday = ws.days
    assert monday.rows[0].recurring and not monday.rows[0].cancelled
    assert wednesday.rows[0].cancelled  # the series' Wednesday, cancelled on its own
    assert thursday.holiday == "Ngày Chiến thắng" and friday.holiday == "Ngày Quốc tế Lao động"
    assert "nghỉ bù" in monday.holiday and not tuesday.holiday  # Giỗ Tổ's day off in lieu
    row = tuesday.rows[0]
    assert row.time == "14h00 - 16h30"
    assert row.chair == "Nguyễn Văn Chủ"  # from the minutes
    assert row.participants == "Anna Schmidt (IBM)"  # the partner is there in her
    assert row.place == "Phòng họp số 2"
    assert row.preparing == "Trung tâm Công nghệ thông tin"  # the project's host unit
    assert row.project == "TNV-01"
    assert monday.rows[0].preparing == "Văn phòng Sở"
    assert monday.rows[0].participants == "Nguyễn Văn Chủ (VP)"


@pytest.mark.parametrize(
    ("kind", "attr", "expected"),
    [
        (schedule.UNIT, "office", [27, 29]),
        (schedule.UNIT, "centre", [28]),  # by its project
        (schedule.PERSON, "expert", [28]),
        (schedule.PERSON, "chair", [27, 29]),
        (schedule.PROJECT, "project", [28]),
    ],
)
def test_each_filter(week: Week, kind: str, attr: str, expected: list[int]) -> None:
    ws = _gather(week, ScheduleScope(kind, getattr(week, attr), "X"))
    assert [d.day.day for d in ws.days if d.rows] == expected
    assert [d.day.day for d in ws.days] == [27, 28, 29, 30, 1]  # still every working day


def test_the_pdf_reads_as_a_schedule(week: Week, tmp_path: Path) -> None:
    offscreen_app()
    ws = _gather(week, ScheduleScope(schedule.UNIT, week.office, "Văn phòng Sở"))
    path = tmp_path / "lct.pdf"
    with speaking("vi"):
        pages = schedule.write_pdf(ws, path)
    assert pages == 1  # five short days fit on one page
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        assert page.width > page.height  # landscape
        text = page.extract_text()
        words = page.extract_words()
        edges = [r["x0"] for r in page.rects] + [r["x1"] for r in page.rects]
        # The header block's two rules are the drawn line (a 4×4 black image), not
        # Qt's 16×16 broken-image icon stretched in its place.
        rules = [image["srcsize"] for image in page.images]
    assert rules == [(4, 4), (4, 4)]
    lines = text.splitlines()
    assert "LỊCH CÔNG TÁC TUẦN" in lines
    assert "(Từ ngày 27/4/2026 đến ngày 03/5/2026)" in lines
    assert "Đơn vị: Văn phòng Sở" in lines
    for name in ("Thời gian", "Nội dung", "Chủ trì", "Thành phần", "Địa điểm", "Chuẩn bị"):
        assert name in text
    days = ["Thứ Hai, 27/4", "Thứ Ba, 28/4", "Thứ Tư, 29/4", "Thứ Năm, 30/4", "Thứ Sáu, 01/5"]
    order = [text.index(day) for day in days]  # each on one line, in the week's order
    assert order == sorted(order)
    # Monday's row: its time, content, place and preparing unit on one line.
    row = next(line for line in lines if "Họp giao ban tuần" in line)
    for cell in ("08h00 - 09h30", "Nguyễn Văn Chủ (VP)", "Phòng họp số 1", "Văn phòng"):
        assert cell in row
    assert "Hủy" in text and "Nghỉ lễ" in text
    # The table fills the text's width: from the 30 mm left margin to 15 mm from the
    # right edge (landscape A4), its content column after the day's and the time's.
    mm = 72 / 25.4
    assert abs(min(x for x in edges) - 30 * mm) < 1.5
    assert abs(max(x for x in edges) - (297 - 15) * mm) < 1.5
    content = (30 + 252 * sum(schedule.WIDTHS[:2]) / 100) * mm
    left = min(w["x0"] for w in words if w["text"] == "Họp")
    assert content < left < content + 4 * mm


def test_a_long_week_keeps_rows_whole_and_repeats_the_header(week: Week, tmp_path: Path) -> None:
    offscreen_app()
    for hour in range(7, 18):
        for day in (27, 28):
            save_event(
                week.store,
                EventInput(
                    kind="meeting",
                    title=f"Làm việc {hour}h ngày {day}",
                    starts=datetime(2026, 4, day, hour, 0),
                    ends=datetime(2026, 4, day, hour, 45),
                    location=f"Phòng {hour}",
                    participant_ids=[week.chair, week.expert],
                ),
                check_conflicts=False,
            )
    path = tmp_path / "lct.pdf"
    with speaking("vi"):
        pages = schedule.write_pdf(_gather(week), path)
    assert pages >= 2
    with pdfplumber.open(path) as pdf:
        texts = [p.extract_text() for p in pdf.pages]
        bottom = pdf.pages[0].height - 20 / 25.4 * 72
        for page in pdf.pages:
            assert max(w["bottom"] for w in page.extract_words()) <= bottom + 1
    for i, text in enumerate(texts):
        assert "Thời gian" in text and "Thành phần" in text  # the header on every page
        if i:
            assert text.splitlines()[0].strip() == str(i + 1)  # its number at the top
    # Each row's title and its place are on the same page.
    for hour in range(7, 18):
        for day in (27, 28):
            page = next(t for t in texts if f"Làm việc {hour}h ngày {day}" in t)
            assert f"Phòng {hour}" in page


def test_the_word_file_repeats_its_header_and_keeps_rows_whole(week: Week, tmp_path: Path) -> None:
    path = tmp_path / "lct.docx"
    with speaking("vi"):
        schedule.write_docx(_gather(week), path)
    doc = Document(str(path))
    section = doc.sections[0]
    assert section.page_width > section.page_height
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "LỊCH CÔNG TÁC TUẦN" in body and "(Từ ngày 27/4/2026 đến ngày 03/5/2026)" in body
    table = doc.tables[-1]
    header = table.rows[0]
    assert [c.text for c in header.cells] == [
        "Ngày",
        "Thời gian",
        "Nội dung",
        "Chủ trì",
        "Thành phần",
        "Địa điểm",
        "Chuẩn bị",
    ]
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None
    for row in table.rows:
        assert row._tr.trPr.find(qn("w:cantSplit")) is not None
    days = [r.cells[0].text.split("\n")[0] for r in table.rows[1:]]
    assert list(dict.fromkeys(days)) == [
        "Thứ Hai, 27/4",
        "Thứ Ba, 28/4",
        "Thứ Tư, 29/4",
        "Thứ Năm, 30/4",
        "Thứ Sáu, 01/5",
    ]
    tuesday = next(r for r in table.rows if r.cells[0].text.startswith("Thứ Ba"))
    assert [c.text for c in tuesday.cells[1:]] == [
        "14h00 - 16h30",
        "Tư vấn chuyển đổi số\nDự án TNV-01",
        "Nguyễn Văn Chủ",
        "Anna Schmidt (IBM)",
        "Phòng họp số 2",
        "Trung tâm Công nghệ thông tin",
    ]
    wednesday = next(r for r in table.rows if r.cells[0].text.startswith("Thứ Tư"))
    struck = wednesday.cells[2].paragraphs[0].runs[0]
    assert struck.font.strike and "Hủy" in wednesday.cells[2].text


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coordinator", "schedule", *args],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )


def test_the_command_writes_pdf_and_word(week: Week, tmp_path: Path) -> None:
    db = week.store.path
    done = _cli("--week", "29/04/2026", "--db", str(db), "--out", str(tmp_path / "a.pdf"))
    assert done.returncode == 0, done.stderr
    assert "27/04/2026–03/05/2026" in done.stdout and "3" in done.stdout
    done = _cli(
        "--week", "29/4/2026", "--db", str(db), "--out", str(tmp_path / "b.docx"),
        "--project", "TNV-01",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Dự án: TNV-01 – Chuyển đổi số" in "\n".join(
        p.text for p in Document(str(tmp_path / "b.docx")).paragraphs
    )
    with pdfplumber.open(tmp_path / "a.pdf") as pdf:
        assert "LỊCH CÔNG TÁC TUẦN" in pdf.pages[0].extract_text()


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--week", "31/02/2026"], "31/02/2026"),
        (["--week", "hôm nay"], "hôm nay"),
        (["--week", "29/04/2026", "--unit", "Phòng Không Có"], "Phòng Không Có"),
        (["--week", "29/04/2026", "--person", "Ai Đó"], "Ai Đó"),
        (["--week", "29/04/2026", "--project", "ZZ-99"], "ZZ-99"),
    ],
)
def test_the_command_refuses_with_one_line(
    week: Week, tmp_path: Path, args: list[str], said: str
) -> None:
    out = tmp_path / "x.pdf"
    done = _cli(*args, "--db", str(week.store.path), "--out", str(out))
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and said in lines[0] and "Traceback" not in done.stderr
    assert not out.exists() and not list(tmp_path.glob("x.pdf*"))


def test_the_command_refuses_a_file_it_cannot_write(week: Week, tmp_path: Path) -> None:
    for out in (tmp_path / "x.txt", tmp_path / "nowhere" / "x.pdf"):
        done = _cli("--week", "29/04/2026", "--db", str(week.store.path), "--out", str(out))
        assert done.returncode == 1
        assert len(done.stderr.strip().splitlines()) == 1 and str(out) in done.stderr
        assert not out.exists()
