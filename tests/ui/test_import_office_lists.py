"""The import window on an office's people list: the kind of list follows the headers."""

from pathlib import Path

import openpyxl
from pytestqt.qtbot import QtBot

from coordinator.sheets.fields import ListKind
from coordinator.ui.main_window import MainWindow
from tests.ui.ops import settle
from tests.ui.test_import_dialog import click, open_dialog, pick  # noqa: F401 - a fixture


def test_a_people_list_is_taken_as_people_unless_the_user_says_otherwise(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    pick: list[Path],  # noqa: F811
) -> None:
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "Hướng dẫn"
    ws.append(["Điền theo mẫu ở trang sau"])
    people = book.create_sheet("Chuyên gia")
    people.append(["DANH SÁCH CHUYÊN GIA"])
    people.append(["STT", "Họ và tên", "Chức vụ", "Đơn vị công tác", "Số ĐT di động"])
    people.append([1, "Nguyễn Văn An", "Giám đốc", "Sở Thông tin và Truyền thông", 912345678])
    pick.append(tmp_path / "chuyen-gia.xlsx")
    book.save(pick[-1])
    d = open_dialog(window)
    f = d.file_step
    click(qtbot, f.choose_button)
    assert f.kind() is ListKind.PARTNERS  # the first sheet says nothing: as it was
    f.sheet_combo.setCurrentIndex(f.sheet_combo.findText("Chuyên gia"))
    settle()
    assert f.kind() is ListKind.PEOPLE and f.header_spin.value() == 2
    # A kind chosen by hand stays when another sheet is chosen.
    f.kind_combo.setCurrentIndex(f.kind_combo.findData(ListKind.STAYS.value))
    f.kind_combo.activated.emit(f.kind_combo.currentIndex())
    f.sheet_combo.setCurrentIndex(f.sheet_combo.findText("Hướng dẫn"))
    settle()
    f.sheet_combo.setCurrentIndex(f.sheet_combo.findText("Chuyên gia"))
    assert f.kind() is ListKind.STAYS
    # Choosing a file again guesses again.
    click(qtbot, f.choose_button)
    f.sheet_combo.setCurrentIndex(f.sheet_combo.findText("Chuyên gia"))
    settle()
    assert f.kind() is ListKind.PEOPLE
    d.done(0)
