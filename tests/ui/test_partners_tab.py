"""A coordinator creates, finds, edits and deletes partners through the real widgets."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coordinator.db import models as m
from coordinator.db.queries.partners import get_partner
from coordinator.db.store import Store
from coordinator.domain.enums import OrgKind, PersonRole
from coordinator.ui.main_window import MainWindow
from coordinator.ui.partners.dialog import PartnerDialog
from tests.ui.conftest import DialogDriver, type_into


def click_save(qtbot: QtBot, dialog: PartnerDialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def names(window: MainWindow) -> list[str]:
    model = window.partners.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_create_a_partner_with_a_contact(
    qtbot: QtBot, window: MainWindow, dialogs: DialogDriver
) -> None:
    def fill(d: PartnerDialog) -> None:
        type_into(qtbot, d.name, "Trường Đại học Thủ Dầu Một")
        d.kind.setCurrentIndex(d.kind.findData(OrgKind.ACADEMIA.value))
        type_into(qtbot, d.email, "info@tdmu.edu.vn")
        row = d.add_contact_row()
        d.set_contact(
            row, full_name="Phạm Ngọc Anh", title="Trưởng phòng", email="anh.pn@tdmu.edu.vn"
        )
        click_save(qtbot, d)

    dialogs.on(PartnerDialog, fill)
    window.tabs.setCurrentIndex(0)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(dialogs.seen) == 1
    assert names(window) == ["Trường Đại học Thủ Dầu Một"]
    assert window.partners.model.index(0, 2).data() == "Academia"
    html = window.partners.detail.toPlainText()
    assert "Phạm Ngọc Anh" in html and "anh.pn@tdmu.edu.vn" in html
    assert "saved" in window.statusBar().currentMessage()


def test_a_failed_save_keeps_what_was_typed(
    qtbot: QtBot, window: MainWindow, dialogs: DialogDriver
) -> None:
    states: list[tuple[bool, str, str]] = []

    def fill(d: PartnerDialog) -> None:
        type_into(qtbot, d.name, "Tập đoàn Hanseo")
        type_into(qtbot, d.email, "hanseo.example")
        click_save(qtbot, d)
        states.append((d.isVisible(), d.name.text(), d.errors.text("email")))
        d.email.clear()
        type_into(qtbot, d.email, "contact@hanseo.example")
        click_save(qtbot, d)

    dialogs.on(PartnerDialog, fill)
    window.partners.new_item()
    visible, name, error = states[0]
    assert visible and name == "Tập đoàn Hanseo"
    assert "e-mail" in error
    assert names(window) == ["Tập đoàn Hanseo"]


def test_filter_as_you_type_ignores_diacritics(qtbot: QtBot, demo_window: MainWindow) -> None:
    tab = demo_window.partners
    qtbot.keyClick(
        demo_window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert tab.search.hasFocus()
    type_into(qtbot, tab.search, "dai hoc")
    qtbot.waitUntil(lambda: names(demo_window) == ["Trường Đại học Thủ Dầu Một"])
    tab.search.clear()
    type_into(qtbot, tab.search, "binh duong")
    qtbot.waitUntil(lambda: len(names(demo_window)) == 4)
    assert all("Bình Dương" in n for n in names(demo_window))
    tab.kind.setCurrentIndex(tab.kind.findData(OrgKind.ASSOCIATION.value))
    assert names(demo_window) == ["Hội Doanh nghiệp trẻ tỉnh Bình Dương"]


def test_sorting_by_a_column_header(qtbot: QtBot, demo_window: MainWindow) -> None:
    table = demo_window.partners.table
    table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    counts = [int(demo_window.partners.model.index(r, 5).data()) for r in range(3)]
    assert counts == sorted(counts, reverse=True) and counts[0] == 54  # the department


def test_delete_asks_first_and_ctrl_z_brings_back(
    qtbot: QtBot, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = demo_window.partners
    before = names(demo_window)
    tab.table.selectRow(0)
    target = before[0]
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(
        _parent: object, _title: str, text: str, *args: object
    ) -> QMessageBox.StandardButton:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert names(demo_window) == before  # answered No
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert target not in names(demo_window)
    assert target in asked[0]
    qtbot.keyClick(demo_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert names(demo_window) == before
    qtbot.keyClick(
        demo_window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert target not in names(demo_window)


def test_partner_page_shows_agreements_commitments_and_projects(demo_window: MainWindow) -> None:
    tab = demo_window.partners
    tab.search.setText("vien thong")
    tab._apply_filter()
    text = tab.detail.toPlainText()
    assert "Tập đoàn Bưu chính Viễn thông Việt Nam" in text and "12/07/2018" in text
    assert "Đào tạo, bồi dưỡng cho cán bộ, công chức của tỉnh" in text and "Done" in text
    tab.search.setText("eindhoven")
    tab._apply_filter()
    assert "NAV-01" in tab.detail.toPlainText()


def test_saving_a_partner_keeps_what_its_form_does_not_show_of_each_contact(
    qtbot: QtBot, demo_store: Store
) -> None:
    """The contact table shows name, title, e-mail and phone; a volunteer's role,
    nationality and expertise survive the save."""
    with demo_store.session() as s:
        corps = s.scalars(
            select(m.Person.organization_id).where(m.Person.role == PersonRole.VOLUNTEER)
        ).first()
        assert corps is not None
        before = s.execute(
            select(m.Person.full_name, m.Person.role, m.Person.nationality, m.Person.expertise)
            .where(m.Person.organization_id == corps)
            .order_by(m.Person.id)
        ).all()
    loaded = get_partner(demo_store, corps)
    assert loaded is not None
    dialog = PartnerDialog(demo_store, loaded.partner, None)
    qtbot.addWidget(dialog)
    dialog.phone.setText("028 3822 0000")
    click_save(qtbot, dialog)
    assert dialog.result() == PartnerDialog.DialogCode.Accepted
    with demo_store.session() as s:
        after = s.execute(
            select(m.Person.full_name, m.Person.role, m.Person.nationality, m.Person.expertise)
            .where(m.Person.organization_id == corps)
            .order_by(m.Person.id)
        ).all()
    assert after == before
    assert any(role == PersonRole.VOLUNTEER and expertise for _, role, _, expertise in after)
