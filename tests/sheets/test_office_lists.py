"""Lists as a provincial office keeps them: a letterhead above the table, a totals row
and a signature block under it. Only the table's rows are records."""

from pathlib import Path

import openpyxl
import pytest

from coordinator.cli import main
from coordinator.db import models as m
from coordinator.db.store import Store
from coordinator.sheets.fields import Field, ListKind, guess_kind
from coordinator.sheets.importing import Action, Notice, apply_plan, plan_import
from coordinator.sheets.reading import read_grid


def office_book(
    path: Path, headers: list[str], rows: list[list[object]], totals: bool = True
) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.append(["UBND TỈNH BÌNH DƯƠNG", None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
    ws.merge_cells("A1:C1")
    ws.append(["SỞ THÔNG TIN VÀ TRUYỀN THÔNG", None, None, "Độc lập - Tự do - Hạnh phúc"])
    ws.merge_cells("A2:C2")
    ws.append([])
    ws.append(["DANH SÁCH NĂM 2026"])
    ws.merge_cells("A4:F4")
    ws.append(headers)
    for row in rows:
        ws.append(row)
    ws.append([])
    if totals:
        ws.append([f"Tổng cộng: {len(rows)} đơn vị"])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=3)
        ws.append([None, None, None, "Bình Dương, ngày 15 tháng 3 năm 2026"])
    ws.append([None, "Người lập biểu", None, "Thủ trưởng đơn vị"])
    ws.append([None, "(Ký, ghi rõ họ tên)", None, "(Ký tên, đóng dấu)"])
    ws.append([None, "Nguyễn Thị Lan", None, "Trần Văn Minh"])
    book.save(path)
    return path


PARTNERS = ["STT", "Tên cơ quan, đơn vị", "Địa chỉ liên hệ", "Số điện thoại", "Ghi chú"]


def partners_book(tmp_path: Path) -> Path:
    return office_book(
        tmp_path / "doi-tac.xlsx",
        PARTNERS,
        [
            [1, "Sở Thông tin và Truyền thông", "Số 1 Lê Lợi", 2743822123, None],
            [2, "Tổng Công ty Becamex IDC", "230 Đại lộ Bình Dương", "0274 3822 655", None],
            [3, "Total Việt Nam", None, None, "tên công ty, không phải dòng tổng"],
        ],
    )


def names(store: Store, model: type[m.Organization] | type[m.Person]) -> list[str]:
    with store.session() as s:
        if model is m.Person:
            return sorted(p.full_name for p in s.query(m.Person))
        return sorted(o.name for o in s.query(m.Organization))


def test_the_totals_row_and_signature_block_are_not_records(store: Store, tmp_path: Path) -> None:
    plan = plan_import(store, read_grid(partners_book(tmp_path)), ListKind.PARTNERS)
    assert plan.header_row == 5
    assert [r.row for r in plan.rows] == [6, 7, 8]
    assert not plan.problems()
    assert plan.below == [10, 11, 12, 13, 14]  # the blank row 9 is no row at all
    apply_plan(store, plan)
    assert names(store, m.Organization) == [
        "Sở Thông tin và Truyền thông", "Total Việt Nam", "Tổng Công ty Becamex IDC",
    ]  # fmt: skip


def test_a_signer_in_the_name_column_is_not_a_person(store: Store, tmp_path: Path) -> None:
    path = office_book(
        tmp_path / "chuyen-gia.xlsx",
        ["STT", "Họ và tên", "Năm sinh", "Chức vụ", "Đơn vị công tác"],
        [
            [1, "Nguyễn Văn An", 1980, "Giám đốc", "Sở Thông tin và Truyền thông"],
            [2, "Trần Thị Bích Ngọc", 1990, "Chuyên viên", "Trường Đại học Thủ Dầu Một"],
        ],
        totals=False,  # no totals row, no date line: the caption alone ends the table
    )
    plan = plan_import(store, read_grid(path), ListKind.PEOPLE)
    assert [r.row for r in plan.rows] == [6, 7]
    assert plan.below == [9, 10, 11]
    apply_plan(store, plan)
    assert names(store, m.Person) == ["Nguyễn Văn An", "Trần Thị Bích Ngọc"]
    assert "Thủ trưởng đơn vị" not in names(store, m.Organization)


@pytest.mark.parametrize(
    "total",
    ["Tổng cộng", "TỔNG CỘNG:", "Tổng số: 05 người", "Cộng: 3", "Tổng 12", "Total", "Total: 4"],
)
def test_totals_rows_as_offices_write_them(store: Store, tmp_path: Path, total: str) -> None:
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.append(["STT", "Tên đơn vị", "Điện thoại"])
    ws.append([1, "Sở Kế hoạch và Đầu tư", "0274 3822 888"])
    ws.append([None, total, 1])
    ws.append(["Ghi chú: cập nhật đến tháng 3"])
    path = tmp_path / "tong.xlsx"
    book.save(path)
    plan = plan_import(store, read_grid(path), ListKind.PARTNERS)
    assert [r.row for r in plan.rows] == [2]
    assert plan.below == [3, 4]


def test_one_country_spelled_two_ways_in_the_file_keeps_the_first_spelling(
    store: Store, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.append(["Họ và tên", "Quốc tịch", "Ghi chú"])
    ws.append(["Nguyễn Văn An", "Việt Nam", None])
    ws.append(["Nguyen Van An", "Viet Nam", "trùng, gõ không dấu"])
    ws.append(["Lê Văn Tám", "Vietnam", None])
    path = tmp_path / "nguoi.xlsx"
    book.save(path)
    plan = plan_import(store, read_grid(path), ListKind.PEOPLE)
    assert plan.rows[1].action is Action.MERGE
    apply_plan(store, plan)
    with store.session() as s:
        assert sorted((p.full_name, p.nationality) for p in s.query(m.Person)) == [
            ("Lê Văn Tám", "Việt Nam"), ("Nguyễn Văn An", "Việt Nam"),
        ]  # fmt: skip


def test_the_command_line_says_what_it_left_under_the_table(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = store.path
    store.close()
    path = partners_book(tmp_path)
    assert main(["import", str(path), "--db", str(db), "--as", "partners"]) == 0
    out = capsys.readouterr().out
    assert "đã thêm 3, đã gộp 0, đã có 0, bỏ qua 0" in out
    assert (
        "Các dòng 10–14 nằm dưới bảng (dòng tổng cộng, chữ ký) không phải là bản ghi "
        "nên không nhập" in out
    )


def test_a_csv_saved_by_excel_gets_back_the_phones_leading_0(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "doi-tac.csv"
    path.write_text(
        "STT;Tên cơ quan, đơn vị;Số điện thoại\r\n"
        "1;Sở Kế hoạch và Đầu tư;2743822888\r\n"  # the sheet held it as a number
        "2;Ban Quản lý các khu công nghiệp;912345678\r\n"
        "3;Tập đoàn IBM;84283824123\r\n",  # with the country code: left as it is
        encoding="utf-8-sig",
    )
    plan = plan_import(store, read_grid(path), ListKind.PARTNERS)
    assert [r.values[Field.PHONE] for r in plan.rows] == [
        "02743822888",
        "0912345678",
        "84283824123",
    ]
    assert (Notice.PHONE_ZERO, "02743822888") in plan.rows[0].notices


@pytest.mark.parametrize(
    ("headers", "kind"),
    [
        (PARTNERS, ListKind.PARTNERS),
        (["STT", "Họ và tên", "Chức vụ", "Đơn vị công tác", "Số ĐT di động", "Thư điện tử"],
         ListKind.PEOPLE),
        (["Họ và tên", "Chức vụ", "Đơn vị công tác", "Điện thoại", "Email"], ListKind.PEOPLE),
        (["STT", "Họ và tên", "Dự án", "Ngày đến", "Ngày về", "Ghi chú"], ListKind.STAYS),
        (["Tên đơn vị", "Điện thoại", "Email"], ListKind.PARTNERS),
    ],
)  # fmt: skip
def test_the_kind_of_list_is_guessed_from_its_headers(headers: list[str], kind: ListKind) -> None:
    rows: list[tuple[int, list[object]]] = [(1, ["DANH SÁCH"]), (2, list(headers))]
    for current in ListKind:
        assert guess_kind(rows, current) is kind
    assert guess_kind([(1, ["Điền theo mẫu ở trang sau"])], ListKind.STAYS) is ListKind.STAYS
