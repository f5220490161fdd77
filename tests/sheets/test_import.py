"""The import engine on workbooks and CSV files built here, from an empty database."""

from datetime import date
from pathlib import Path

import pytest

from coordinator.db import models as m
from coordinator.db.queries.people import PersonInput, save_person
from coordinator.db.queries.projects import ProjectInput, save_project
from coordinator.db.store import Store
from coordinator.db.versions import RecordChangedError
from coordinator.domain.enums import OrgKind, PersonRole
from coordinator.sheets.fields import Field, ListKind, MapError, apply_map, guess_mapping
from coordinator.sheets.importing import (
    Action,
    Issue,
    Notice,
    apply_plan,
    plan_import,
    redo_import,
    undo_import,
)
from coordinator.sheets.reading import SheetError, SheetProblem, read_grid
from tests.sheets.books import cp1258, workbook

PARTNER_HEADERS = [
    "STT",
    "Tên đơn vị",
    "Tên viết tắt",
    "Loại hình",
    "Quốc gia",
    "Địa chỉ",
    "Điện thoại",
    "Email/Thư điện tử",
]


def partners_book(tmp_path: Path) -> Path:
    return workbook(
        tmp_path / "doi-tac.xlsx",
        [
            PARTNER_HEADERS,
            [
                1,
                "Sở Thông tin và Truyền thông",
                "Sở TT&TT",
                "Cơ quan nhà nước",
                "Việt Nam",
                "Bình Dương",
                "0274 3822 123",
                "stttt@binhduong.gov.vn",
            ],
            [2, "Tập đoàn IBM", "IBM", "Doanh nghiệp", "Hoa Kỳ", None, None, "csc@ibm.com"],
            [None],
            [3, "So Thong tin va Truyen thong", None, None, None, None, "0274 3822 123", None],
            [
                4,
                "Trường Đại học Thủ Dầu Một",
                "TDMU",
                "Học thuật",
                "Viet Nam",
                None,
                "02743844670",
                "thu-dau-mot@",
            ],
        ],  # fmt: skip
        title="DANH SÁCH ĐỐI TÁC HỢP TÁC NĂM 2026",
    )


def names(store: Store) -> list[str]:
    with store.session() as s:
        return sorted(o.name for o in s.query(m.Organization).filter_by(deleted_at=None))


def test_a_titled_workbook_is_planned_row_by_row(store: Store, tmp_path: Path) -> None:
    grid = read_grid(partners_book(tmp_path))
    plan = plan_import(store, grid, ListKind.PARTNERS)
    assert plan.header_row == 3  # the title and the blank row above are skipped
    assert plan.mapping[1:] == [
        Field.NAME, Field.SHORT_NAME, Field.KIND, Field.COUNTRY, Field.ADDRESS, Field.PHONE,
        Field.EMAIL,
    ]  # fmt: skip
    assert plan.mapping[0] is None  # "STT" is the row's number, no field
    assert [r.row for r in plan.rows] == [4, 5, 7, 8]  # blank row 6 dropped
    first, ibm, again, tdmu = plan.rows
    assert first.action is Action.ADD and first.values[Field.KIND] is OrgKind.GOVERNMENT
    assert ibm.values[Field.KIND] is OrgKind.ENTERPRISE
    # The same partner typed without diacritics merges into the first row.
    assert again.action is Action.MERGE and again.same_as == 0
    assert (Notice.SAME_AS_ROW, "4") in again.notices
    # A bad e-mail is named by row, column and value; the row is skipped.
    assert tdmu.action is Action.SKIP
    (problem,) = tdmu.problems
    assert (problem.row, problem.column, problem.header, problem.issue, problem.value) == (
        8, 7, "Email/Thư điện tử", Issue.EMAIL, "thu-dau-mot@",
    )  # fmt: skip
    assert tdmu.values[Field.PHONE] == "02743844670"  # text keeps its leading 0
    assert tdmu.values[Field.COUNTRY] == "Việt Nam"  # spelled as the file first wrote it


def test_confirm_writes_once_and_the_same_file_again_adds_nothing(
    store: Store, tmp_path: Path
) -> None:
    path = partners_book(tmp_path)
    plan = plan_import(store, read_grid(path), ListKind.PARTNERS)
    assert names(store) == []  # planning writes nothing
    result = apply_plan(store, plan)
    assert (result.added, result.merged, result.skipped) == (2, 0, 1)
    assert result.unchanged == 1  # the near-duplicate row adds nothing new
    assert names(store) == ["Sở Thông tin và Truyền thông", "Tập đoàn IBM"]
    again = plan_import(store, read_grid(path), ListKind.PARTNERS)
    assert [r.action for r in again.rows] == [
        Action.UNCHANGED, Action.UNCHANGED, Action.MERGE, Action.SKIP,
    ]  # fmt: skip
    result = apply_plan(store, again)
    assert (result.added, result.merged) == (0, 0)
    assert names(store) == ["Sở Thông tin và Truyền thông", "Tập đoàn IBM"]
    with store.session() as s:
        assert s.query(m.ChangeLog).filter_by(entity="organization", action="created").count() == 2


def test_a_stored_partner_is_found_without_diacritics_and_merged(
    store: Store, tmp_path: Path
) -> None:
    with store.session() as s:
        s.add(m.Organization(name="Sở Thông tin và Truyền thông", kind="government"))
    path = workbook(
        tmp_path / "a.xlsx",
        [["Tên tổ chức", "Điện thoại"], ["SO THONG TIN VA TRUYEN THONG", 2743822123]],
    )
    plan = plan_import(store, read_grid(path), ListKind.PARTNERS)
    (row,) = plan.rows
    assert row.action is Action.MERGE and row.existing is not None and row.existing.exact
    # Excel had kept the phone as a number; its leading 0 comes back.
    assert row.changes == {Field.PHONE: (None, "02743822123")}
    assert (Notice.PHONE_ZERO, "02743822123") in row.notices
    result = apply_plan(store, plan)
    assert result.merged == 1
    with store.session() as s:
        org = s.query(m.Organization).one()
        assert (org.name, org.phone) == ("Sở Thông tin và Truyền thông", "02743822123")


def test_undo_takes_the_whole_import_back_and_redo_puts_it_again(
    store: Store, tmp_path: Path
) -> None:
    with store.session() as s:
        s.add(m.Organization(name="Tập đoàn IBM", kind="enterprise"))
    result = apply_plan(store, plan_import(store, read_grid(partners_book(tmp_path)),
                                           ListKind.PARTNERS))  # fmt: skip
    assert (result.added, result.merged) == (1, 1)
    undo_import(store, result)
    assert names(store) == ["Tập đoàn IBM"]
    with store.session() as s:
        ibm = s.query(m.Organization).filter_by(name="Tập đoàn IBM").one()
        assert (ibm.short_name, ibm.email) == (None, None)
    redo_import(store, result)
    assert names(store) == ["Sở Thông tin và Truyền thông", "Tập đoàn IBM"]
    with store.session() as s:
        ibm = s.query(m.Organization).filter_by(name="Tập đoàn IBM").one()
        assert ibm.email == "csc@ibm.com"
        ibm.notes = "changed by someone else"
    with pytest.raises(RecordChangedError):
        undo_import(store, result)
    assert len(names(store)) == 2  # refused whole


def test_a_record_changed_after_the_preview_refuses_the_import(
    store: Store, tmp_path: Path
) -> None:
    with store.session() as s:
        s.add(m.Organization(name="Tập đoàn IBM", kind="enterprise"))
    plan = plan_import(store, read_grid(partners_book(tmp_path)), ListKind.PARTNERS)
    with store.session() as s:
        s.query(m.Organization).one().notes = "typed meanwhile"
    with pytest.raises(RecordChangedError):
        apply_plan(store, plan)
    assert names(store) == ["Tập đoàn IBM"]


PEOPLE_CSV = (
    "Danh sách chuyên gia tình nguyện IBM\n"
    "Họ và tên;Chức vụ;Đơn vị công tác;Quốc tịch;Chuyên môn;Điện thoại;Email\n"
    "Nguyễn Văn An;Trưởng phòng;Sở Thông tin và Truyền thông;Việt Nam;CNTT;0913123456;an@bd.vn\n"
    "Jane Smith;Consultant;IBM;USA;Supply chain;;jane@ibm.com\n"
    "Nguyen Van An;;;;;;an@other.vn\n"
)


def test_a_cp1258_csv_with_semicolons_reads_right(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "chuyen-gia.csv"
    path.write_bytes(cp1258(PEOPLE_CSV))
    grid = read_grid(path)
    assert grid.encoding == "cp1258"
    assert grid.rows[2][1][0] == "Nguyễn Văn An"
    with store.session() as s:
        s.add(m.Organization(name="Tập đoàn IBM", short_name="IBM", kind="enterprise",
                             country="Hoa Kỳ"))  # fmt: skip
    plan = plan_import(store, grid, ListKind.PEOPLE)
    an, jane, other_an = plan.rows
    assert (Notice.NEW_ORGANIZATION, "Sở Thông tin và Truyền thông") in an.notices
    assert isinstance(jane.values[Field.ORGANIZATION], int)  # "IBM" is the short name
    assert jane.values[Field.NATIONALITY] == "Hoa Kỳ"  # "USA" as the database spells it
    # Another e-mail tells the two An apart: a second person, not a merge.
    assert other_an.action is Action.ADD and other_an.same_as is None
    result = apply_plan(store, plan)
    assert (result.added, result.organizations_added) == (3, 1)
    with store.session() as s:
        an_row = s.query(m.Person).filter_by(email="an@bd.vn").one()
        assert an_row.organization is not None
        assert an_row.organization.kind == OrgKind.GOVERNMENT  # "Sở …"
        assert an_row.role == PersonRole.CONTACT


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "cp1252"])
def test_csv_encodings_and_separators(tmp_path: Path, encoding: str) -> None:
    text = "Name\tE-mail\nJosé Müller\tjose@x.de\n" if encoding == "cp1252" else PEOPLE_CSV
    path = tmp_path / "x.csv"
    path.write_bytes(text.encode(encoding))
    grid = read_grid(path)
    assert grid.encoding == encoding
    first = grid.rows[1][1][0]
    assert first == ("José Müller" if encoding == "cp1252" else "Họ và tên")


def test_stays_find_people_and_projects_and_say_what_is_wrong(store: Store, tmp_path: Path) -> None:
    save_project(store, ProjectInput(code="CSC-01", title="Tư vấn chính phủ điện tử",
                                     status="active"))  # fmt: skip
    save_person(store, PersonInput(full_name="Jane Smith", roles={PersonRole.VOLUNTEER}))
    path = workbook(
        tmp_path / "stays.xlsx",
        [
            ["Họ và tên", "Mã dự án", "Ngày đến", "Ngày đi"],
            ["jane smith", "csc-01", date(2013, 4, 1), "26/04/2013"],
            ["Ana Lima", "Tư vấn chính phủ điện tử", "01/04/2013", "2013-04-26"],
            ["Ana Lima", "CSC-09", "01/04/2013", "26/04/2013"],
            ["Jane Smith", "CSC-01", "30/04/2013", "01/04/2013"],
            ["Jane Smith", "CSC-01", "01/04/0001", "31/02/2013"],
        ],
    )
    plan = plan_import(store, read_grid(path), ListKind.STAYS)
    jane, ana, unknown, backwards, hostile = plan.rows
    assert jane.action is Action.ADD and jane.values[Field.ARRIVES] == date(2013, 4, 1)
    assert ana.action is Action.ADD and (Notice.NEW_PERSON, "Ana Lima") in ana.notices
    assert [p.issue for p in unknown.problems] == [Issue.UNKNOWN_PROJECT]
    assert [p.issue for p in backwards.problems] == [Issue.END_BEFORE_START]
    assert [p.issue for p in hostile.problems] == [Issue.YEAR, Issue.DATE]
    result = apply_plan(store, plan)
    assert (result.added, result.people_added, result.skipped) == (2, 1, 3)
    again = plan_import(store, read_grid(path), ListKind.STAYS)
    assert [r.action for r in again.rows[:2]] == [Action.UNCHANGED, Action.UNCHANGED]


def test_the_mapping_can_be_changed(tmp_path: Path) -> None:
    headers = ["Tên", "Số hộ chiếu", "Nơi làm việc"]
    mapping = guess_mapping(ListKind.PEOPLE, headers)
    assert mapping == [Field.FULL_NAME, None, None]
    mapping = apply_map(ListKind.PEOPLE, headers, mapping, "Noi lam viec=organization,"
                        "Số hộ chiếu=Ghi chú")  # fmt: skip
    assert mapping == [Field.FULL_NAME, Field.NOTES, Field.ORGANIZATION]
    with pytest.raises(MapError) as err:
        apply_map(ListKind.PEOPLE, headers, mapping, "Fax=phone")
    assert err.value.reason == "header"
    with pytest.raises(MapError) as err:
        apply_map(ListKind.PEOPLE, headers, mapping, "Tên=shoe size")
    assert err.value.reason == "field"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", SheetProblem.NOT_SPREADSHEET),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le"),
            SheetProblem.ENCRYPTED,
        ),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, SheetProblem.OLD_EXCEL),
        (b"PK\x03\x04 not really a zip", SheetProblem.NOT_SPREADSHEET),
        (b"   \n\n", SheetProblem.EMPTY),
    ],  # fmt: skip
)
def test_files_that_are_not_lists_are_refused(
    tmp_path: Path, content: bytes, problem: SheetProblem
) -> None:
    path = tmp_path / "x.xlsx"
    path.write_bytes(content)
    with pytest.raises(SheetError) as err:
        read_grid(path)
    assert err.value.problem is problem


def test_a_huge_file_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("coordinator.sheets.reading.MAX_BYTES", 1000)
    path = tmp_path / "big.csv"
    path.write_text("Name\n" + "x\n" * 1000)
    with pytest.raises(SheetError) as err:
        read_grid(path)
    assert err.value.problem is SheetProblem.TOO_BIG


def test_two_imports_of_one_file_at_once_add_it_once(store: Store, tmp_path: Path) -> None:
    """Both planned on the empty database (a barrier between load and save): the
    second to write finds the first's rows and is refused, not doubled."""
    import threading

    path = partners_book(tmp_path)
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def run() -> None:
        plan = plan_import(store, read_grid(path), ListKind.PARTNERS)
        barrier.wait()
        try:
            apply_plan(store, plan)
            outcomes.append("written")
        except RecordChangedError:
            outcomes.append("refused")

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["refused", "written"]
    assert names(store) == ["Sở Thông tin và Truyền thông", "Tập đoàn IBM"]
    # Planned again, the refused one finds everything there.
    again = plan_import(store, read_grid(path), ListKind.PARTNERS)
    assert again.counts()[Action.ADD] == 0


def test_a_partner_added_after_the_preview_makes_it_stale(store: Store, tmp_path: Path) -> None:
    plan = plan_import(store, read_grid(partners_book(tmp_path)), ListKind.PARTNERS)
    with store.session() as s:
        s.add(m.Organization(name="Tập đoàn IBM", kind="enterprise"))  # another window
    with pytest.raises(RecordChangedError):
        apply_plan(store, plan)
    assert names(store) == ["Tập đoàn IBM"]


def test_notes_are_added_to_never_replaced(store: Store, tmp_path: Path) -> None:
    with store.session() as s:
        s.add(m.Organization(name="Tập đoàn IBM", kind="enterprise",
                             notes="Từ năm 2008, IBM CSC đã cử 14 nhóm đến Việt Nam."))  # fmt: skip
    path = workbook(
        tmp_path / "n.xlsx",
        [["Tên đơn vị", "Ghi chú"], ["Tập đoàn IBM", "Chương trình CSC"], ["IBM corp", "14 nhóm"]],
    )
    plan = plan_import(store, read_grid(path), ListKind.PARTNERS)
    assert plan.rows[0].changes == {
        Field.NOTES: (
            "Từ năm 2008, IBM CSC đã cử 14 nhóm đến Việt Nam.",
            "Từ năm 2008, IBM CSC đã cử 14 nhóm đến Việt Nam.\nChương trình CSC",
        )
    }
    apply_plan(store, plan)
    again = plan_import(store, read_grid(path), ListKind.PARTNERS)
    assert again.rows[0].action is Action.UNCHANGED


def test_a_row_with_a_bad_e_mail_may_be_written_without_it(store: Store, tmp_path: Path) -> None:
    """Skipped by default; chosen, the row is written without its bad cell only."""
    plan = plan_import(store, read_grid(partners_book(tmp_path)), ListKind.PARTNERS)
    tdmu = plan.rows[3]
    assert tdmu.bad and tdmu.salvageable and tdmu.action is Action.SKIP
    assert tdmu.choices() == [Action.ADD, Action.SKIP]
    assert Field.EMAIL not in tdmu.values
    tdmu.action = Action.ADD
    result = apply_plan(store, plan)
    assert (result.added, result.skipped) == (3, 0)
    with store.session() as s:
        org = s.query(m.Organization).filter_by(short_name="TDMU").one()
        assert (org.email, org.phone) == (None, "02743844670")


def test_a_row_without_its_name_can_only_be_skipped(store: Store, tmp_path: Path) -> None:
    path = workbook(tmp_path / "x.xlsx", [["Tên đơn vị", "Email"], [None, "a@b.vn"]])
    (row,) = plan_import(store, read_grid(path), ListKind.PARTNERS).rows
    assert not row.salvageable and row.choices() == [Action.SKIP]


def test_a_later_row_of_a_skipped_first_merges_into_the_stored_record(
    store: Store, tmp_path: Path
) -> None:
    with store.session() as s:
        s.add(m.Organization(name="Tập đoàn IBM", kind="enterprise"))
    path = workbook(
        tmp_path / "x.xlsx",
        [["Tên đơn vị", "Email"], ["Tập đoàn IBM", "a@ibm.com"], ["TAP DOAN IBM", "b@ibm.com"]],
    )
    plan = plan_import(store, read_grid(path), ListKind.PARTNERS)
    plan.rows[0].action = Action.SKIP
    result = apply_plan(store, plan)
    assert (result.added, result.merged) == (0, 1)
    assert names(store) == ["Tập đoàn IBM"]
