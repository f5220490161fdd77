"""A coordinator's month from nothing: an empty database in a data folder that does not
exist yet, every record typed through the real dialogs, then the planner, the minutes and
the status report. Each capability that lands extends this journey.

The month is IBM's volunteer mission of SOURCES.md: 14 experts from 9 countries advise
4 host units from 3 to 28 April 2013, and run a workshop with the Young Entrepreneurs
Association. The clock stands on 25/03/2013 while the coordinator prepares it.
"""

from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path

import pdfplumber
import pytest
from docx import Document
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from coordinator.db import demo
from coordinator.db import models as m
from coordinator.db.backups import list_backups
from coordinator.db.queries import actions as ac
from coordinator.db.queries import register
from coordinator.db.queries.minutes import load_minutes
from coordinator.db.queries.scheduling import findings_between
from coordinator.db.queries.search import search
from coordinator.db.search_index import Kind
from coordinator.db.store import Store
from coordinator.db.versions import RecordChangedError
from coordinator.domain.enums import EventKind, OrgKind, PersonRole, ProjectStatus, TaskStatus
from coordinator.domain.register import DocumentType, report_key
from coordinator.domain.text import fold
from coordinator.reports.status.data import ReportRequest, Scope, ScopeKind, gather
from coordinator.sheets.fields import ListKind
from coordinator.sheets.importing import Action
from coordinator.ui.agreements.commitments import DUE, TEXT
from coordinator.ui.agreements.dialog import AgreementDialog
from coordinator.ui.calendar.event_dialog import EventDialog
from coordinator.ui.calendar.planner_dialog import PlannerDialog
from coordinator.ui.calendar.schedule_dialog import ScheduleDialog
from coordinator.ui.common.guard import Resolution
from coordinator.ui.main_window import CALENDAR, FOLLOW_UP, PROJECTS, MainWindow
from coordinator.ui.minutes.dialog import OWNER, MinutesDialog
from coordinator.ui.minutes.dialog import TEXT as ACTION_TEXT
from coordinator.ui.partners.dialog import PartnerDialog
from coordinator.ui.people.dialog import PersonDialog
from coordinator.ui.preferences import PreferencesDialog
from coordinator.ui.projects.dialog import ProjectDialog
from coordinator.ui.projects.programmes import ProgrammeDialog
from coordinator.ui.projects.stay_dialog import AssignmentDialog
from coordinator.ui.register.window import RegisterDialog
from coordinator.ui.rooms.dialog import RoomDialog
from coordinator.ui.sheets.import_dialog import MAPPING, PREVIEW, ImportDialog
from coordinator.ui.sheets.preview import NOTES
from tests.clock import fix_today
from tests.sheets.books import cp1258
from tests.ui.conftest import DialogDriver, type_into
from tests.ui.fit import misfits
from tests.ui.ops import settle
from tests.ui.typing import pick_by_typing, type_date, type_in_cell

PREPARING = date(2013, 3, 25)
APRIL = (date(2013, 4, 1), date(2013, 4, 30))

IBM = "Tập đoàn IBM"
YOUNG_ENTREPRENEURS = "Hội Doanh nghiệp trẻ tỉnh Bình Dương"
UNITS = [  # name, short name, project code, project title (SOURCES.md §1)
    (
        "Sở Thông tin và Truyền thông",
        "Sở TT&TT",
        "CSC-01",
        "Xây dựng chiến lược và lộ trình hệ thống quản lý dữ liệu thông tin đối với doanh "
        "nghiệp vừa và nhỏ, doanh nghiệp có vốn đầu tư nước ngoài",
    ),
    (
        "Trung tâm Công nghệ thông tin - Truyền thông",
        "TT CNTT-TT",
        "CSC-02",
        "Phát triển chiến lược xây dựng hệ thống quản lý thông tin",
    ),
    (
        "Trung tâm Kỹ thuật đo lường chất lượng",
        "TT KTĐLCL",
        "CSC-03",
        "Xây dựng chiến lược bán hàng hiệu quả",
    ),
    (
        "Trường Đại học Thủ Dầu Một",
        "ĐH TDM",
        "CSC-04",
        "Xây dựng kế hoạch chiến lược cho giáo dục điện tử E-Learning",
    ),
]
TYPED = {  # what the coordinator types, without diacritics, to find each unit
    "Sở Thông tin và Truyền thông": "so thong tin",
    "Trung tâm Công nghệ thông tin - Truyền thông": "trung tam cong nghe",
    "Trung tâm Kỹ thuật đo lường chất lượng": "do luong",
    "Trường Đại học Thủ Dầu Một": "dai hoc thu dau mot",
}
VOLUNTEERS = [  # name, nationality, expertise, project index
    ("Emily Carter", "Hoa Kỳ", "Chiến lược chuyển đổi số", 0),
    ("Rahul Mehta", "Ấn Độ", "Kiến trúc dữ liệu", 0),
    ("Ana Souza", "Brasil", "Quản trị dự án", 0),
    ("Kenji Watanabe", "Nhật Bản", "Điện toán đám mây", 0),
    ("Lukas Becker", "Đức", "An toàn thông tin", 1),
    ("Priya Nair", "Ấn Độ", "Dữ liệu mở", 1),
    ("Oliver Hughes", "Vương quốc Anh", "Phân tích dữ liệu", 1),
    ("Chloé Martin", "Canada", "Thiết kế dịch vụ công", 1),
    ("Sofía Hernández", "Mexico", "Quản lý chất lượng", 2),
    ("James Wilson", "Úc", "Tự động hóa quy trình", 2),
    ("Arjun Rao", "Ấn Độ", "Internet vạn vật", 2),
    ("Megan O'Brien", "Hoa Kỳ", "Học tập trực tuyến", 3),
    ("Hiroshi Sato", "Nhật Bản", "Khởi nghiệp công nghệ", 3),
    ("Daniel Kim", "Canada", "Chuyển giao công nghệ", 3),
]


def save(qtbot: QtBot, d: QDialog) -> None:
    buttons = d.buttons  # type: ignore[attr-defined]
    qtbot.mouseClick(
        buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert not d.isVisible(), f"{type(d).__name__} did not save"


def ids_by_name(store: Store, model: type[m.Organization] | type[m.Person]) -> dict[str, int]:
    name = m.Organization.name if model is m.Organization else m.Person.full_name
    with store.session() as s:
        return {n: i for n, i in s.execute(select(name, model.id))}  # type: ignore[attr-defined]


def count(store: Store, model: type[m.Base]) -> int:
    """Rows not in the trash."""
    with store.session() as s:
        query = select(func.count()).select_from(model)
        if hasattr(model, "deleted_at"):
            query = query.where(model.deleted_at.is_(None))  # type: ignore[attr-defined]
        return s.scalar(query) or 0


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_a_coordinators_month_from_an_empty_database(
    qtbot: QtBot,
    make_window: Callable[[Store], MainWindow],
    dialogs: DialogDriver,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    fix_today(monkeypatch, PREPARING)
    boxes: list[str] = []
    for name in ("critical", "warning", "information"):
        monkeypatch.setattr(
            QMessageBox, name, lambda _p, title, text, *_a, **_k: boxes.append(f"{title}: {text}")
        )
    store = Store.open(tmp_path / "fresh account" / "Coordinator" / "coordinator.sqlite")
    window = make_window(store)
    assert window.partners.model.rowCount() == 0

    # --- the partners and the province's own units, typed into the partner editor ----
    def partner(name: str, kind: OrgKind, internal: bool = False, short: str = "") -> None:
        def fill(d: PartnerDialog) -> None:
            type_into(qtbot, d.name, name)
            if short:
                type_into(qtbot, d.short_name, short)
            d.kind.setCurrentIndex(d.kind.findData(kind.value))
            d.internal.setChecked(internal)
            if name == IBM:
                type_into(qtbot, d.country, "Hoa Kỳ")
                row = d.add_contact_row()
                d.set_contact(
                    row, full_name="Sarah Mitchell", title="Điều phối viên", email="sm@ibm.example"
                )
            save(qtbot, d)

        dialogs.on(PartnerDialog, fill)
        window.partners.new_item()

    partner(IBM, OrgKind.ENTERPRISE, short="IBM")
    partner(YOUNG_ENTREPRENEURS, OrgKind.ASSOCIATION)
    for unit, short, _code, _title in UNITS:
        partner(unit, OrgKind.GOVERNMENT if "Trường" not in unit else OrgKind.ACADEMIA, True, short)
    orgs = ids_by_name(store, m.Organization)
    assert len(orgs) == 6, orgs
    assert window.partners.model.rowCount() == 6

    # --- a programme -------------------------------------------------------------------
    def programme(d: ProgrammeDialog) -> None:
        type_into(qtbot, d.name, "Đoàn chuyên gia tình nguyện IBM 2013")
        type_into(qtbot, d.domain, "Thành phố thông minh")
        pick_by_typing(qtbot, d.partner, "tap doan ibm")
        assert d.partner.currentData() == orgs[IBM]
        save(qtbot, d)

    dialogs.on(ProgrammeDialog, programme)
    programmes = window.show_programmes()
    qtbot.mouseClick(programmes.new_button, Qt.MouseButton.LeftButton)
    programme_id = programmes.current_id()
    assert programme_id is not None
    programmes.close()

    # --- the four projects ---------------------------------------------------------
    window.tabs.setCurrentIndex(PROJECTS)
    for unit, _short, code, title in UNITS:

        def project(
            d: ProjectDialog, unit: str = unit, code: str = code, title: str = title
        ) -> None:
            type_into(qtbot, d.code, code)
            type_into(qtbot, d.title_edit, title)
            d.status.setCurrentIndex(d.status.findData(ProjectStatus.PLANNED.value))
            pick_by_typing(qtbot, d.programme, "doan chuyen gia ibm")
            pick_by_typing(qtbot, d.partner, "ibm")
            pick_by_typing(qtbot, d.host_unit, TYPED[unit])
            assert (d.programme.currentData(), d.partner.currentData()) == (programme_id, orgs[IBM])
            assert d.host_unit.currentData() == orgs[unit]
            type_date(qtbot, d.starts, "3/4/13")
            type_date(qtbot, d.ends, "28/04/2013")
            assert (d.starts.value(), d.ends.value()) == (date(2013, 4, 3), date(2013, 4, 28))
            row = d.milestones.add(["Báo cáo khuyến nghị cuối cùng", "", ""])
            type_in_cell(qtbot, d.milestones, row, 1, "26/4/13")
            save(qtbot, d)

        dialogs.on(ProjectDialog, project)
        window.new_action.trigger()  # Ctrl+N
    assert window.projects.model.rowCount() == 4
    with store.session() as s:
        projects = dict(s.execute(select(m.Project.code, m.Project.id)).all())
        assert s.scalar(select(func.count()).where(m.Project.programme_id == programme_id)) == 4

    # --- 14 volunteers from 9 countries, and their stays, from the volunteer roster ------
    roster = window.scheduling.show_roster()
    for name, nationality, expertise, _index in VOLUNTEERS:

        def person(
            d: PersonDialog, name: str = name, nationality: str = nationality, exp: str = expertise
        ) -> None:
            assert d.role_boxes[PersonRole.VOLUNTEER].isChecked()
            type_into(qtbot, d.full_name, name)
            d.choose_organization(orgs[IBM])
            type_into(qtbot, d.nationality, nationality)
            type_into(qtbot, d.expertise, exp)
            type_into(qtbot, d.languages, "Tiếng Anh")
            save(qtbot, d)

        dialogs.on(PersonDialog, person)
        qtbot.mouseClick(roster.new_button, Qt.MouseButton.LeftButton)
    people = ids_by_name(store, m.Person)
    with store.session() as s:
        nationalities = set(
            s.scalars(
                select(m.Person.nationality).where(
                    m.Person.role.contains(PersonRole.VOLUNTEER.value)
                )
            )
        )
    assert len(nationalities) == 9

    for name, _nat, _exp, index in VOLUNTEERS:
        code = UNITS[index][2]

        def stay(d: AssignmentDialog, name: str = name, code: str = code) -> None:
            pick_by_typing(qtbot, d.person, fold(name))
            pick_by_typing(qtbot, d.project, code.lower())
            assert (d.person.currentData(), d.project.currentData()) == (
                people[name],
                projects[code],
            )
            type_date(qtbot, d.arrives, "2/4/13")
            type_date(qtbot, d.departs, "29/04/2013")
            type_into(qtbot, d.role, "Chuyên gia tư vấn")
            save(qtbot, d)

        dialogs.on(AssignmentDialog, stay)
        row = roster.model.find_row(lambda r, name=name: r.name == name)
        assert row >= 0, name
        roster.table.selectRow(row)
        qtbot.mouseClick(roster.assign_button, Qt.MouseButton.LeftButton)
    assert count(store, m.Assignment) == 14
    roster.close()

    # --- an agreement with commitments, ending within the alert window -----------------
    def agreement(d: AgreementDialog) -> None:
        assert d.party_ids() == [orgs[IBM]]  # opened from IBM's page
        pick_by_typing(qtbot, d.party_picker, "so thong tin")
        assert d.party_ids() == [orgs[IBM], orgs["Sở Thông tin và Truyền thông"]]
        type_into(qtbot, d.title, "Biên bản ghi nhớ về Chương trình Chuyên gia tình nguyện")
        type_into(qtbot, d.number, "01/2013/BBGN-IBM")
        type_date(qtbot, d.signed_on, "3/3/13")
        type_date(qtbot, d.starts_on, "03/03/2013")
        type_date(qtbot, d.ends_on, "31/5/2013")
        d.horizon_year.setValue(2020)
        type_into(qtbot, d.fields, "Thành phố thông minh; tư vấn miễn phí")
        for text, due in (
            ("Cử 14 chuyên gia tư vấn cho 4 đơn vị", "3/4/13"),
            ("Bố trí phòng làm việc và phiên dịch", "01/04/2013"),
        ):
            d.commitments.add(edit=False)
            row = d.commitments.rowCount() - 1
            d.commitments.item(row, TEXT).setText(text)  # QTest types ASCII only
            type_in_cell(qtbot, d.commitments, row, DUE, due)
            party = IBM if text.startswith("Cử") else "Sở Thông tin và Truyền thông"
            d.commitments.set_party(row, orgs[party])
        save(qtbot, d)

    dialogs.on(AgreementDialog, agreement)
    window.tabs.setCurrentIndex(0)
    assert window.partners.select_partner(orgs[IBM])
    assert window.partners.new_agreement() is not None
    page = window.partners.detail.toPlainText()
    assert "01/2013/BBGN-IBM" in page
    # Its contact is on its page; its 14 experts are counted and listed in the roster.
    assert "Sarah Mitchell" in page and "Emily Carter" not in page
    assert "Experts and volunteers of this partner (14)" in page
    counts = ac.due_counts(store, PREPARING)
    assert counts.agreements_ending == 1
    window.update_due_counts()
    assert "1" in window.due_button.text()
    window.tabs.setCurrentIndex(FOLLOW_UP)
    ending = window.follow_up.ending
    assert ending.isVisible()
    shown = [ending.line(r) for r in ending.rows]
    assert len(shown) == 1 and "31/05/2013" in shown[0] and "01/2013/BBGN-IBM" in shown[0], shown

    # --- a room of the department ----------------------------------------------------
    def room(d: RoomDialog) -> None:
        type_into(qtbot, d.name, "Phòng họp số 2")
        pick_by_typing(qtbot, d.host_unit, "so thong tin")
        assert d.host_unit.currentData() == orgs["Sở Thông tin và Truyền thông"]
        d.capacity.setValue(20)
        save(qtbot, d)

    dialogs.on(RoomDialog, room)
    rooms = window.show_rooms()
    qtbot.mouseClick(rooms.new_button, Qt.MouseButton.LeftButton)
    assert count(store, m.Room) == 1
    rooms.close()

    # --- the planner proposes the consultations; they are saved in one step ---------------
    planned: list[int] = []

    def plan(d: PlannerDialog) -> None:
        type_date(qtbot, d.first, "3/4/13")
        type_date(qtbot, d.last, "26/04/2013")
        qtbot.mouseClick(d.propose_button, Qt.MouseButton.LeftButton)
        assert d.plan is not None and d.plan.sessions
        planned.append(len(d.plan.sessions))
        save(qtbot, d)

    dialogs.on(PlannerDialog, plan)
    window.tabs.setCurrentIndex(CALENDAR)
    window.plan_action.trigger()
    with store.session() as s:
        sessions = s.execute(
            select(m.Event.starts_at, m.Event.room_id, m.Event.host_unit_id).where(
                m.Event.kind == EventKind.CONSULTATION.value
            )
        ).all()
    assert len(sessions) == planned[0] > 0
    # Inside the projects' dates and the stays, never on Hùng Kings' day (19/04/2013).
    assert all(date(2013, 4, 2) <= starts.date() <= date(2013, 4, 28) for starts, *_ in sessions)
    assert not any(starts.date() == date(2013, 4, 19) for starts, *_ in sessions)
    department = orgs["Sở Thông tin và Truyền thông"]
    assert all(room_id is not None for _s, room_id, unit in sessions if unit == department)
    assert not any(
        f.blocking for _e, f in findings_between(store, date(2013, 4, 1), date(2013, 4, 30))
    )

    # --- the workshop with the Young Entrepreneurs, in the room, typed without diacritics --
    def workshop(d: EventDialog) -> None:
        d.kind.setCurrentIndex(d.kind.findData(EventKind.WORKSHOP.value))
        type_into(qtbot, d.title_edit, "Hội thảo Các xu hướng Công nghệ thông tin")
        type_date(qtbot, d.starts, "24/4/13 14:00")
        type_date(qtbot, d.ends, "24/04/2013 16h30")
        assert d.starts.value() == datetime(2013, 4, 24, 14)
        assert d.ends.value() == datetime(2013, 4, 24, 16, 30)
        type_into(qtbot, d.location, "phong hop so 2")
        pick_by_typing(qtbot, d.partner, "hoi doanh nghiep tre")
        assert d.partner.currentData() == orgs[YOUNG_ENTREPRENEURS]
        save(qtbot, d)

    dialogs.on(EventDialog, workshop)
    window.calendar.new_event_at(datetime.combine(date(2013, 4, 24), time(14)))
    with store.session() as s:
        event_id, room_id = s.execute(
            select(m.Event.id, m.Event.room_id).where(m.Event.kind == EventKind.WORKSHOP.value)
        ).one()
    assert room_id is not None

    # --- the workshop's minutes, with an action item -----------------------------------
    fix_today(monkeypatch, date(2013, 4, 25))

    def minutes(d: MinutesDialog) -> None:
        d.summary.setFocus()
        d.summary.insertPlainText("Các chuyên gia trình bày xu hướng điện toán đám mây.")
        qtbot.mouseClick(d.add_decision_button, Qt.MouseButton.LeftButton)
        d.decision_list.currentItem().setText("Thành lập nhóm chia sẻ kinh nghiệm CNTT")  # type: ignore[union-attr]
        qtbot.mouseClick(d.add_action_button, Qt.MouseButton.LeftButton)
        d.action_table.item(0, ACTION_TEXT).setText("Gửi tài liệu hội thảo cho hội viên")  # type: ignore[union-attr]
        owner = d.action_table.cellWidget(0, OWNER)
        assert isinstance(owner, QComboBox)
        pick_by_typing(qtbot, owner, "so thong tin")
        assert owner.currentData() == f"unit:{department}"
        # Enter in the due cell settles the date and leaves the minutes open.
        due = d.action_table.cellWidget(0, 2)
        type_date(qtbot, due, "10/5/13")
        assert d.isVisible() and due.value() == date(2013, 5, 10)  # type: ignore[union-attr]
        qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)

    dialogs.on(MinutesDialog, minutes)
    window.open_minutes(event_id)
    saved = load_minutes(store, event_id)
    assert saved is not None and len(saved.actions) == 1 and saved.actions[0].owner is not None

    # --- after the holidays the projects are closed (on the first working day, 02/05), ----
    # each first put down as in progress from 03/04, then completed with its milestone done.
    fix_today(monkeypatch, date(2013, 5, 2))
    window.tabs.setCurrentIndex(PROJECTS)
    for code, project_id in projects.items():

        def start(d: ProjectDialog) -> None:
            d.status.setCurrentIndex(d.status.findData(ProjectStatus.ACTIVE.value))
            type_date(qtbot, d.status_since, "3/4/13")
            save(qtbot, d)

        def close(d: ProjectDialog) -> None:
            d.status.setCurrentIndex(d.status.findData(ProjectStatus.COMPLETED.value))
            assert d.status_since.value() == date(2013, 5, 2)
            type_in_cell(qtbot, d.milestones, 0, 2, "26/4/13")
            save(qtbot, d)

        assert window.projects.select_project(project_id), code
        for step in (start, close):
            dialogs.on(ProjectDialog, step)
            window.projects.edit_selected()
    with store.session() as s:
        assert set(s.scalars(select(m.Project.status))) == {ProjectStatus.COMPLETED.value}
        assert set(s.scalars(select(m.Milestone.done_on))) == {date(2013, 4, 26)}
        assert set(s.execute(select(m.Assignment.arrives_on, m.Assignment.departs_on))) == {
            (date(2013, 4, 2), date(2013, 4, 29))
        }

    # --- the status report for April, in Excel --------------------------------------
    fix_today(monkeypatch, date(2013, 5, 2))
    out = tmp_path / "bao-cao-thang-4.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    report = window.show_report()
    type_date(qtbot, report.first, "1/4/13")
    type_date(qtbot, report.last, "30/04/2013")
    qtbot.mouseClick(report.xlsx_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(out.exists, timeout=60_000)
    settle()
    book = load_workbook(out)
    cells = " ".join(
        str(c.value)
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for c in row
        if c.value is not None
    )
    for expected in (
        "CSC-01",
        "Hội thảo Các xu hướng Công nghệ thông tin",
        "Thành lập nhóm chia sẻ kinh nghiệm CNTT",
        "01/2013/BBGN-IBM",
    ):
        assert expected in cells, expected

    # --- documents a clerk accepts: the letterhead typed once in Preferences, numbers
    # from the outgoing register, issued when the coordinator says so ------------------
    def letterhead(d: PreferencesDialog) -> None:
        for field, text in (
            (d.department, "Sở Thông tin và Truyền thông"),
            (d.province, "Tỉnh Bình Dương"),
            (d.abbreviation, "STTTT"),
            (d.signer_authority, "KT. GIÁM ĐỐC"),
            (d.signer_position, "PHÓ GIÁM ĐỐC"),
            (d.signer_name, "Nguyễn Hữu Yên"),
        ):
            field.clear()
            type_into(qtbot, field, text)
        d.save()

    dialogs.on(PreferencesDialog, letterhead)
    window.preferences_action.trigger()
    asked: list[str] = []

    def yes(_p: object, _title: str, text: str, *_a: object, **_k: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    minutes_pdf = tmp_path / "bien-ban-hoi-thao.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(minutes_pdf), ""))

    def issue_minutes(d: MinutesDialog) -> None:
        qtbot.mouseClick(d.issue_button, Qt.MouseButton.LeftButton)  # a draft: no number
        assert "draft" in d.errors.text() and not asked
        qtbot.mouseClick(d.final_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(d.issue_button, Qt.MouseButton.LeftButton)
        assert "01/BB-STTTT" in d.notice.text()
        d.done(0)

    dialogs.on(MinutesDialog, issue_minutes)
    window.open_minutes(event_id)
    assert "01/BB-STTTT" in asked[-1]
    text = pdf_text(minutes_pdf)
    for expected in (
        "SOCIALIST REPUBLIC OF VIETNAM",  # the journey runs in English
        "Independence - Freedom - Happiness",
        "No.: 01/BB-STTTT",
        "BÌNH DƯƠNG",
        "Gửi tài liệu hội thảo cho hội viên",
        "./.",
        "Recipients:",
    ):
        assert expected in text, expected
    # The report for April: to the province, with a proposal, issued as BC 01; its figures
    # are April's (the projects were still running), not today's.
    report.proposals.setPlainText("Đề nghị UBND tỉnh cho phép tiếp tục chương trình năm 2014.")
    report.addressee.setCurrentText("Ủy ban nhân dân tỉnh Bình Dương")
    report_docx = tmp_path / "bao-cao-thang-4.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(report_docx), ""))
    qtbot.mouseClick(report.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(report_docx.exists, timeout=60_000)
    settle()
    assert "01/BC-STTTT" in asked[-1] and "01/BC-STTTT" in report.issued_label.text()
    word = Document(str(report_docx))
    said = "\n".join(p.text for p in word.paragraphs) + "\n".join(
        c.text for t in word.tables for row in t.rows for c in row.cells
    )
    for expected in (
        "No.: 01/BC-STTTT",
        "To: Ủy ban nhân dân tỉnh Bình Dương",
        "Đề nghị UBND tỉnh cho phép tiếp tục chương trình năm 2014.",
        "KT. GIÁM ĐỐC",
        "Nguyễn Hữu Yên",
        "on 3/2013",  # each count against the previous month
    ):
        assert expected in said, expected
    # The register lists both, and keeps the proposal with the report's issue.
    window.register_action.trigger()
    register_window = window.findChildren(RegisterDialog)[0]
    assert register_window.model.rowCount() == 2
    kept = register.find(store, DocumentType.REPORT, report_key("all", None, *APRIL))
    assert kept is not None and kept.number == 1 and kept.proposals is not None
    register_window.close()

    # --- the week of the workshop on paper: the lịch công tác tuần, as PDF -------------
    window.tabs.setCurrentIndex(CALENDAR)
    window.calendar.go_to(date(2013, 4, 15))
    window.schedule_action.trigger()
    (schedule,) = window.findChildren(ScheduleDialog)
    week_pdf = tmp_path / "lich-tuan.pdf"
    monkeypatch.setattr(
        "coordinator.ui.calendar.schedule_dialog.QFileDialog.getSaveFileName",
        lambda *_a, **_k: (str(week_pdf), ""),
    )
    qtbot.mouseClick(schedule.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(week_pdf.exists, timeout=60_000)
    settle()
    schedule.done(0)
    week = pdf_text(week_pdf)
    assert "15/4/2013" in week and "21/4/2013" in week, week[:400]
    assert "CSC-01" in week
    # Everything typed is found by the one search box, without diacritics.
    for words, kind in (
        ("bien ban ghi nho", Kind.AGREEMENT),
        ("doan chuyen gia tinh nguyen", Kind.PROGRAMME),
        ("phong hop so 2", Kind.ROOM),
        ("sofia hernandez", Kind.PERSON),
    ):
        assert kind in {hit.kind for hit in search(store, words)}, words
    assert boxes == []

    # --- what was typed by hand fits the office screen: each tab at 1024×700 -------------
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    assert window.partners.select_partner(orgs[IBM])
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        qtbot.wait(10)
        assert misfits(window) == [], window.tabs.tabText(tab)
    assert window.size().width() <= 1024

    # --- the demo tells the same April: its report agrees with the one typed by hand ------
    demo_store = Store.open(tmp_path / "demo.sqlite")
    demo.load(demo_store, today=date(2013, 5, 2))
    typed, told = april_figures(store), april_figures(demo_store)
    assert typed == told, (typed, told)
    assert told["projects by status"]["active"] == 4  # the four ran all April  # type: ignore[index]

    # --- lists in and out: the roster goes to Excel and comes back unchanged ------------
    window.resize(1280, 800)
    roster_file = tmp_path / "doan-chuyen-gia.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(roster_file), ""))
    roster = window.scheduling.show_roster()
    qtbot.mouseClick(roster.export_button, Qt.MouseButton.LeftButton)
    settle()
    roster.done(0)
    assert window.statusBar().currentMessage() == f"14 rows exported to {roster_file}"
    exported = load_workbook(roster_file).active
    assert exported is not None and exported.freeze_panes == "A3"
    assert exported["J3"].is_date  # arrivals are real dates

    def import_list(path: Path, kind: ListKind) -> ImportDialog:
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
        window.list_import_action.trigger()
        (d,) = window.findChildren(ImportDialog)
        d.file_step.set_kind(kind)
        qtbot.mouseClick(d.file_step.choose_button, Qt.MouseButton.LeftButton)
        settle()
        assert not d.file_step.file_error.isVisible(), d.file_step.file_error.text()
        qtbot.mouseClick(d.next_button, Qt.MouseButton.LeftButton)
        settle()
        assert d.step() == MAPPING and d.mapping_error.isHidden()
        qtbot.mouseClick(d.next_button, Qt.MouseButton.LeftButton)
        settle()
        assert d.step() == PREVIEW
        return d

    for kind in (ListKind.PEOPLE, ListKind.STAYS):
        d = import_list(roster_file, kind)
        actions = [d.model.planned(r).action for r in range(d.model.rowCount())]
        assert actions == [Action.UNCHANGED] * 14, (kind, actions)
        d.reject()
        qtbot.waitUntil(lambda: not window.findChildren(ImportDialog))
    assert (count(store, m.Person), count(store, m.Assignment)) == (15, 14)

    # --- the Young Entrepreneurs send their members as an old Excel CSV (Windows-1258) ---
    members = tmp_path / "hoi-vien.csv"
    members.write_bytes(
        cp1258(
            "Danh sách hội viên tham dự hội thảo\r\n"
            "STT;Họ và tên;Chức vụ;Đơn vị công tác;Điện thoại;Email\r\n"
            "1;Trần Văn Bình;Chủ tịch;Hội Doanh nghiệp trẻ tỉnh Bình Dương;0913 456 789;"
            "binh@hdn.vn\r\n"
            "2;Lê Thị Mai;Phó Chủ tịch;Hoi doanh nghiep tre tinh Binh Duong;0274 3811 222;"
            "mai@hdn\r\n"
            "3;Phạm Quốc Huy;Giám đốc;Công ty TNHH Phần mềm Sóng Thần;0918 000 111;"
            "huy@songthan.vn\r\n"
        )
    )
    d = import_list(members, ListKind.PEOPLE)
    planned = [d.model.planned(r) for r in range(d.model.rowCount())]
    assert [p.action for p in planned] == [Action.ADD, Action.SKIP, Action.ADD]
    assert "Row 4, column F (Email) “mai@hdn”" in d.model.index(1, NOTES).data()
    assert "is not a partner yet" in d.model.index(2, NOTES).data()
    qtbot.mouseClick(d.import_button, Qt.MouseButton.LeftButton)
    settle()
    qtbot.waitUntil(lambda: not window.findChildren(ImportDialog))
    assert window.statusBar().currentMessage() == (
        "Imported from hoi-vien.csv: 2 added, 0 merged, 0 already there, 1 skipped."
    )
    binh = ids_by_name(store, m.Person)["Trần Văn Bình"]
    with store.session() as s:
        assert s.get_one(m.Person, binh).organization_id == orgs[YOUNG_ENTREPRENEURS]
    assert count(store, m.Organization) == 7  # the software company came with Huy
    window.undo_stack.undo()
    assert (count(store, m.Person), count(store, m.Organization)) == (15, 6)
    window.undo_stack.redo()
    assert (count(store, m.Person), count(store, m.Organization)) == (17, 7)

    # --- a colleague marks the workshop's action item done on another computer while the
    # minutes are open here: saving them is refused, and the item is never reopened -------
    colleague = Store.open(store.path)
    asked: list[RecordChangedError] = []

    def their_version(_parent: object, error: RecordChangedError, **_: object) -> Resolution:
        asked.append(error)
        return Resolution.RELOAD

    monkeypatch.setattr("coordinator.ui.minutes.dialog.ask_about_conflict", their_version)
    item = ("action", saved.actions[0].id or 0)

    def minutes_meanwhile(d: MinutesDialog) -> None:
        qtbot.mouseClick(d.final_button, Qt.MouseButton.LeftButton)  # reopened for a remark
        assert not d.summary.isReadOnly()
        ac.set_task_state(colleague, item, TaskStatus.DONE, date(2013, 5, 2))
        d.summary.setFocus()
        d.summary.insertPlainText(" Bổ sung ý kiến của hội viên.")
        qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
        assert len(asked) == 1 and d.isVisible()  # refused, then their version shown
        d.done(0)

    dialogs.on(MinutesDialog, minutes_meanwhile)
    window.open_minutes(event_id)
    assert ac.task_state(store, item) == (TaskStatus.DONE, date(2013, 5, 2))

    # --- Back up now: while its copy is written nothing that would change the file can
    # start, and pressing it again starts no second backup -----------------------------
    window.backup_action.trigger()
    assert not window.backup_action.isEnabled() and not window.open_db_action.isEnabled()
    window.backup_action.trigger()
    settle()
    assert [b.reason for b in list_backups(store.path)].count("manual") == 1
    assert window.backup_action.isEnabled() and window.open_db_action.isEnabled()
    assert window.statusBar().currentMessage().startswith("Backup saved to")
    colleague.close()
    assert boxes == []


def pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def april_figures(store: Store) -> dict[str, object]:
    """What the April 2013 report says of IBM's mission and of the workshop, in figures
    that come from the facts both databases share (not from how many sessions were
    planned, which the planner chose here and the demo's author chose there)."""
    with store.session() as s:
        ibm = s.scalar(select(m.Organization.id).where(m.Organization.name == IBM))
    assert ibm is not None
    made = datetime(2013, 5, 2, 9)
    mission = gather(
        store, ReportRequest(APRIL[0], APRIL[1], Scope(ScopeKind.PARTNER, ibm, IBM), made_at=made)
    )
    every = gather(store, ReportRequest(APRIL[0], APRIL[1], made_at=made))
    f = mission.figures
    workshops = {
        (e.title, e.starts, e.kind)
        for g in every.groups
        for e in g.held
        if e.kind == EventKind.WORKSHOP.value
    }
    return {
        "partners": f.partners,
        "agreements": (f.agreements_active, f.agreements_ending),
        "projects by status": f.projects_by_status,
        "projects": sorted(
            (p.code, p.title, p.status, p.milestones_done == p.milestones_total)
            for g in mission.groups
            for p in g.projects
        ),
        "workshops": workshops,
    }
