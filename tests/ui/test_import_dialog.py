"""File → Import a list from Excel/CSV, clicked through from an empty database."""

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from coordinator.db import models as m
from coordinator.db.queries.people import PersonInput, save_person
from coordinator.db.queries.projects import ProjectInput, save_project
from coordinator.db.store import Store
from coordinator.domain.enums import PersonRole
from coordinator.sheets.fields import Field, ListKind
from coordinator.sheets.importing import Action
from coordinator.text.translations import Translations
from coordinator.ui.main_window import MainWindow
from coordinator.ui.sheets.import_dialog import MAPPING, PREVIEW, ImportDialog
from coordinator.ui.sheets.preview import ACTION, NOTES, ROW, Show
from tests.sheets import books
from tests.ui.fit import window_fits
from tests.ui.ops import settle

HEADERS = [
    "STT",
    "Tên đơn vị",
    "Tên viết tắt",
    "Loại hình",
    "Điện thoại",
    "Email/Thư điện tử",
    "Người đại diện",
]


def workbook(path: Path, rows: list[list[object]], title: str | None = None) -> Path:
    return books.workbook(path, rows, title, sheet="Danh sách", more_sheets=True)


def partners_book(tmp_path: Path) -> Path:
    return workbook(
        tmp_path / "doi-tac.xlsx",
        [
            HEADERS,
            [
                1,
                "Sở Thông tin và Truyền thông",
                "Sở TT&TT",
                "Cơ quan nhà nước",
                "0274 3822 123",
                "stttt@binhduong.gov.vn",
                "Ông Nguyễn Văn A",
            ],
            [2, "So Thong tin va Truyen thong", None, None, None, None, None],
            [
                3,
                "Trường Đại học Thủ Dầu Một",
                "TDMU",
                "Học thuật",
                "02743844670",
                "thu-dau-mot@",
                None,
            ],
            [4, "Tập đoàn IBM", "IBM", "Doanh nghiệp", 2743822999, "csc@ibm.com", "Jane Smith"],
            [5, "Hội Doanh nghiệp trẻ tỉnh Bình Dương", None, None, None, None, None],
        ],  # fmt: skip
        title="DANH SÁCH ĐỐI TÁC HỢP TÁC NĂM 2026",
    )


def names(store: Store) -> list[str]:
    with store.session() as s:
        return sorted(o.name for o in s.query(m.Organization).filter_by(deleted_at=None))


@pytest.fixture
def pick(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Path]]:
    """The file the open dialog returns: the last one put in the list."""
    chosen: list[Path] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(chosen[-1]), "*.xlsx *.csv")
    )
    yield chosen


def open_dialog(window: MainWindow) -> ImportDialog:
    window.list_import_action.trigger()
    (dialog,) = window.findChildren(ImportDialog)
    assert dialog.isVisible()
    return dialog


def click(qtbot: QtBot, button: object) -> None:
    """Click, and wait for what the click started (reading, the preview, the import)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    settle()


def choose_action(dialog: ImportDialog, view_row: int, action: Action) -> list[str]:
    """Open the row's action list in the table and pick ``action`` from it; the
    list's entries."""
    index = dialog.table.model().index(view_row, ACTION)
    dialog.table.setCurrentIndex(index)
    dialog.table.edit(index)
    editor = dialog.table.indexWidget(index)
    assert isinstance(editor, QComboBox)
    position = editor.findData(action.value)
    assert position >= 0, [editor.itemText(i) for i in range(editor.count())]
    editor.setCurrentIndex(position)
    offered = [editor.itemText(i) for i in range(editor.count())]
    editor.activated.emit(position)
    QApplication.processEvents()
    return offered


def test_partners_from_a_titled_workbook_are_imported_and_undone_as_one_step(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path, pick: list[Path]
) -> None:
    pick.append(partners_book(tmp_path))
    d = open_dialog(window)
    assert not d.next_button.isEnabled()  # no file yet
    click(qtbot, d.file_step.choose_button)
    f = d.file_step
    assert f.grid is not None and not f.file_error.isVisible()
    assert f.header_spin.value() == 3  # the title and the blank row above it are skipped
    assert [f.sheet_combo.itemText(i) for i in range(f.sheet_combo.count())] == [
        "Danh sách", "Ghi chú",
    ]  # fmt: skip
    assert f.kind() is ListKind.PARTNERS
    click(qtbot, d.next_button)
    assert d.step() == MAPPING
    shown = [d.mapping.combo(c).currentData() for c in range(len(HEADERS))]
    assert shown == [None, "name", "short_name", "kind", "phone", "email", None]
    assert d.mapping.item(1, 2).text().startswith("Sở Thông tin và Truyền thông · So Thong")
    # The representative goes into the notes; choosing the name twice takes it from column B.
    notes = d.mapping.combo(6)
    notes.setCurrentIndex(notes.findData("notes"))
    d.mapping.combo(2).setCurrentIndex(d.mapping.combo(2).findData("name"))
    assert d.mapping.combo(1).currentData() is None
    d.mapping.combo(2).setCurrentIndex(0)  # "— not imported —": no name left
    assert (
        d.mapping_error.text()
        == "Choose the column that holds Name: this list cannot do without it."
    )
    assert d.mapping_error.isVisible() and not d.next_button.isEnabled()
    d.mapping.combo(1).setCurrentIndex(d.mapping.combo(1).findData("name"))
    d.mapping.combo(2).setCurrentIndex(d.mapping.combo(2).findData("short_name"))
    assert not d.mapping_error.isVisible() and d.next_button.isEnabled()
    click(qtbot, d.next_button)
    assert d.step() == PREVIEW
    model = d.model
    assert model is not None and model.rowCount() == 5
    assert [model.index(r, ROW).data() for r in range(5)] == ["4", "5", "6", "7", "8"]
    bad = model.index(2, NOTES).data()
    assert "Row 6, column F (Email/Thư điện tử) “thu-dau-mot@”" in bad
    assert model.index(2, ACTION).data() == "Skip"
    assert model.index(2, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # in red
    assert "the same as row 4" in model.index(1, NOTES).data()
    assert "Excel had dropped its leading 0" in model.index(3, NOTES).data()
    assert d.counts.text() == (
        "3 to add, 1 to merge, 0 already there, 1 skipped; rows with problems: 1"
    )
    d.set_show(Show.PROBLEMS)
    assert model.rowCount() == 1
    d.set_show(Show.ALL)
    # The near-duplicate may be kept apart; it stays merged. The association is left out.
    assert choose_action(d, 1, Action.MERGE) == ["Merge", "Add (keep both)", "Skip"]
    assert choose_action(d, 4, Action.SKIP) == ["Add", "Skip"]
    assert model.planned(4).action is Action.SKIP
    # The row with the bad e-mail may go in without it; the user leaves it out.
    assert choose_action(d, 2, Action.ADD) == ["Add", "Skip"]
    assert d.counts.text().startswith("3 to add, 1 to merge, 0 already there, 1 skipped")
    assert choose_action(d, 2, Action.SKIP) == ["Add", "Skip"]
    assert d.counts.text().startswith("2 to add, 1 to merge, 0 already there, 2 skipped")
    assert names(store) == []  # nothing written before Import
    click(qtbot, d.import_button)
    qtbot.waitUntil(lambda: not window.findChildren(ImportDialog))  # closed and let go
    assert names(store) == ["Sở Thông tin và Truyền thông", "Tập đoàn IBM"]
    with store.session() as s:
        ibm = s.query(m.Organization).filter_by(short_name="IBM").one()
        assert (ibm.phone, ibm.notes) == ("02743822999", "Jane Smith")
    assert window.statusBar().currentMessage() == (
        "Imported from doi-tac.xlsx: 2 added, 0 merged, 1 already there, 2 skipped."
    )
    assert window.undo_stack.undoText() == "Import from doi-tac.xlsx"
    window.undo_stack.undo()
    assert names(store) == []
    window.undo_stack.redo()
    assert names(store) == ["Sở Thông tin và Truyền thông", "Tập đoàn IBM"]


def test_a_picture_named_xlsx_is_refused_in_one_line(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path, pick: list[Path]
) -> None:
    picture = tmp_path / "danh-sach.xlsx"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64)
    pick.append(picture)
    d = open_dialog(window)
    click(qtbot, d.file_step.choose_button)
    error = d.file_step.file_error
    assert error.isVisible()
    assert error.text() == (
        "danh-sach.xlsx cannot be imported: it is not an Excel workbook (.xlsx) or a CSV file."
    )
    assert "\n" not in error.text()
    assert d.file_step.file_edit.text() == str(picture)  # the form keeps what was chosen
    assert not d.next_button.isEnabled()
    d.next()
    assert d.step() == 0
    # A good file after it reads, and the line goes.
    pick.append(partners_book(tmp_path))
    click(qtbot, d.file_step.choose_button)
    assert not error.isVisible() and d.next_button.isEnabled()
    click(qtbot, d.cancel_button)
    assert names(store) == []


def test_cancel_at_the_preview_writes_nothing(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path, pick: list[Path]
) -> None:
    pick.append(partners_book(tmp_path))
    d = open_dialog(window)
    click(qtbot, d.file_step.choose_button)
    qtbot.keyClick(d, Qt.Key.Key_Return)  # Enter goes on
    assert d.step() == MAPPING
    click(qtbot, d.next_button)
    assert d.step() == PREVIEW and d.import_button.isEnabled()
    assert d.import_button.isDefault()
    click(qtbot, d.back_button)
    assert d.step() == MAPPING
    click(qtbot, d.next_button)
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.findChildren(ImportDialog))
    assert names(store) == []
    assert window.undo_stack.count() == 0


def test_people_whose_organisation_is_new_say_so(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path, pick: list[Path]
) -> None:
    path = tmp_path / "chuyen-gia.csv"
    path.write_text(
        "Danh sách chuyên gia\n"
        "Họ và tên;Chức vụ;Đơn vị công tác;Điện thoại;Email\n"
        "Nguyễn Văn An;Trưởng phòng;Sở Thông tin và Truyền thông;0913123456;an@bd.vn\n"
        "Jane Smith;Consultant;IBM;;jane@ibm.com\n",
        encoding="utf-8-sig",
    )
    pick.append(path)
    d = open_dialog(window)
    d.file_step.set_kind(ListKind.PEOPLE)
    click(qtbot, d.file_step.choose_button)
    assert not d.file_step.form.isRowVisible(d.file_step.sheet_combo)  # a CSV has no sheets
    assert d.file_step.header_spin.value() == 2
    click(qtbot, d.next_button)
    assert d.mapping.mapping()[:3] == [Field.FULL_NAME, Field.TITLE, Field.ORGANIZATION]
    click(qtbot, d.next_button)
    model = d.model
    assert model is not None
    assert (
        "Sở Thông tin và Truyền thông is not a partner yet: it will be added"
        in model.index(0, NOTES).data()
    )
    click(qtbot, d.import_button)
    with store.session() as s:
        people = s.query(m.Person).order_by(m.Person.full_name).all()
        assert [p.full_name for p in people] == ["Jane Smith", "Nguyễn Văn An"]
        assert people[1].organization is not None
    assert names(store) == ["IBM", "Sở Thông tin và Truyền thông"]
    window.undo_stack.undo()
    assert names(store) == []


def test_stays_of_volunteers(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    tmp_path: Path,
    pick: list[Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    save_project(store, ProjectInput(code="CSC-01", title="Tư vấn chính phủ điện tử",
                                     status="active"))  # fmt: skip
    save_person(store, PersonInput(full_name="Jane Smith", roles={PersonRole.VOLUNTEER}))
    pick.append(
        workbook(
            tmp_path / "luu-tru.xlsx",
            [
                ["Họ và tên", "Mã dự án", "Ngày đến", "Ngày đi"],
                ["jane smith", "csc-01", date(2013, 4, 1), "26/04/2013"],
                ["Ana Lima", "CSC-01", "01/04/2013", "26/04/2013"],
                ["Ana Lima", "CSC-09", "01/04/2013", "26/04/2013"],
            ],
        )
    )
    d = open_dialog(window)
    d.file_step.set_kind(ListKind.STAYS)
    click(qtbot, d.file_step.choose_button)
    click(qtbot, d.next_button)
    click(qtbot, d.next_button)
    model = d.model
    assert model is not None
    assert model.name(0) == "jane smith · csc-01"
    assert "Ana Lima is not in the list of people yet" in model.index(1, NOTES).data()
    assert "names no project" in model.index(2, NOTES).data()
    click(qtbot, d.import_button)
    with store.session() as s:
        assert s.query(m.Assignment).count() == 2
    assert "2 added, 0 merged, 0 already there, 1 skipped" in window.statusBar().currentMessage()
    # Someone changes a stay meanwhile: undo is refused whole and says so.
    with store.session() as s:
        s.query(m.Assignment).first().role = "typed meanwhile"  # type: ignore[union-attr]
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    window.undo_stack.undo()
    assert warned and "cannot be undone" in warned[0]
    with store.session() as s:
        assert s.query(m.Assignment).filter_by(deleted_at=None).count() == 2


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_step_fits_1024_by_700(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, pick: list[Path], language: str
) -> None:
    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    translations.install(language)
    try:
        window.resize(1024, 700)
        pick.append(partners_book(tmp_path))
        d = open_dialog(window)
        size = QSize(1024, 700)
        found = [f"[empty] {x}" for x in window_fits(d, size)]
        click(qtbot, d.file_step.choose_button)
        found += [f"[file] {x}" for x in window_fits(d, size)]
        click(qtbot, d.next_button)
        found += [f"[mapping] {x}" for x in window_fits(d, size)]
        click(qtbot, d.next_button)
        d.select_file_row(6)
        found += [f"[preview] {x}" for x in window_fits(d, size)]
        assert d.width() <= 1024 and d.height() <= 700
        d.done(0)
        assert not found, "\n".join(found)
    finally:
        translations.install("en")
