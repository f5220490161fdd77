"""A coordinator enters, finds, renews and deletes agreements through the real widgets,
and is told in Follow-up and the status bar when one is about to end."""

from datetime import date

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coordinator.db import models as m
from coordinator.db.queries.agreements import Standing, get_agreement
from coordinator.db.queries.partners import PartnerInput, save_partner
from coordinator.db.store import Store
from coordinator.ui.agreements.commitments import DUE, PARTY, STATUS, TEXT
from coordinator.ui.agreements.dialog import AgreementDialog
from coordinator.ui.main_window import FOLLOW_UP, MainWindow
from tests.clock import fix_today
from tests.ui.conftest import DialogDriver, type_into

SOFTWARE_PARK = (
    "Thỏa thuận hợp tác về chuyển đổi số giữa Sở Thông tin và Truyền thông tỉnh Bình Dương "
    "và Công ty TNHH MTV Phát triển Công viên phần mềm Quang Trung"
)
QTSC = "Công ty TNHH Một thành viên Phát triển Công viên phần mềm Quang Trung"
# The demo loaded on 30/11/2026 has this plan end 31 days later.
ENDING = "Kế hoạch hợp tác triển khai Bình Dương Navigator giai đoạn 2024–2026"


def save(qtbot: QtBot, d: AgreementDialog) -> None:
    qtbot.mouseClick(
        d.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def open_editor(d: AgreementDialog) -> QLineEdit | QComboBox:
    """The editor open in a commitment cell."""
    found = [
        w
        for w in d.commitments.viewport().findChildren(QWidget)
        if isinstance(w, QLineEdit | QComboBox) and w.isVisible()
    ]
    assert len(found) == 1, found
    return found[0]


def editor_of(qtbot: QtBot, d: AgreementDialog, row: int, column: int) -> QLineEdit | QComboBox:
    """Open a commitment cell's editor as a double-click would, and give it back."""
    table = d.commitments
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    return open_editor(d)


def pick_party(qtbot: QtBot, d: AgreementDialog, words: str) -> None:
    """Type words of a name in the picker (its completions pop up) and press Enter."""
    line = d.party_picker.lineEdit()
    assert line is not None
    line.setFocus()
    qtbot.keyClicks(line, words)
    qtbot.keyClick(line, Qt.Key.Key_Return)


# The completions' popup asks for the keyboard, which the offscreen platform cannot give.
OFFSCREEN_POPUP = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")


def _two_partners(store: Store) -> tuple[int, int]:
    vnpt = save_partner(store, PartnerInput("Tập đoàn Bưu chính Viễn thông VNPT", "enterprise"))
    dept = save_partner(
        store, PartnerInput("Sở Thông tin và Truyền thông", "government", is_internal=True)
    )
    return vnpt, dept


@OFFSCREEN_POPUP
def test_an_agreement_with_commitments_typed_into_the_real_dialog(
    qtbot: QtBot, window: MainWindow, store: Store, dialogs: DialogDriver
) -> None:
    vnpt, dept = _two_partners(store)
    listing = window.show_agreements()

    def fill(d: AgreementDialog) -> None:
        # Saving with one party and no title says so beside the fields; nothing is lost.
        pick_party(qtbot, d, "vnpt")
        assert d.isVisible(), "Enter in the party picker must not save the form"
        assert d.party_ids() == [vnpt]
        save(qtbot, d)
        assert d.isVisible()
        assert "two parties" in d.errors.text("parties")
        assert d.errors.text("title")
        pick_party(qtbot, d, "thong tin va truyen")
        assert d.party_ids() == [vnpt, dept]
        type_into(qtbot, d.title, "Thỏa thuận hợp tác chiến lược")
        type_into(qtbot, d.number, "12/2023/TTHT-VNPT")
        d.signed_on.set_value(date(2023, 1, 15))
        d.starts_on.set_value(date(2023, 1, 15))
        d.ends_on.set_value(date(2026, 12, 31))
        d.horizon_year.setValue(2030)
        type_into(qtbot, d.fields, "Chính quyền điện tử; đào tạo")

        qtbot.mouseClick(d.add_commitment_button, Qt.MouseButton.LeftButton)
        text = open_editor(d)
        assert isinstance(text, QLineEdit)  # the new row's text cell is being edited
        qtbot.keyClicks(text, "Khao sat hien trang")
        qtbot.keyClick(text, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: d.commitments.item(0, TEXT).text() == "Khao sat hien trang")
        assert d.isVisible(), "Enter in a commitment cell must not close the form"

        due = editor_of(qtbot, d, 0, DUE)
        assert isinstance(due, QLineEdit)
        qtbot.keyClicks(due, "5/6/27")
        qtbot.keyClick(due, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: d.commitments.item(0, DUE).text() == "05/06/2027")
        assert d.isVisible()

        party = editor_of(qtbot, d, 0, PARTY)
        assert isinstance(party, QComboBox)
        party.setCurrentIndex(party.findData(vnpt))
        qtbot.keyClick(party, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: d.commitments.item(0, PARTY).data(Qt.ItemDataRole.UserRole) == vnpt)

        # A second commitment with a date that cannot be read: the form says which row.
        d.commitments.add(edit=False)
        d.commitments.item(1, TEXT).setText("Cử cán bộ tham gia đào tạo")
        d.commitments.item(1, DUE).setText("31/13/2026")
        d.commitments.set_party(1, dept)
        d.commitments.set_status(1, "in_progress")
        save(qtbot, d)
        assert d.isVisible()
        assert "Commitment 2" in d.errors.text("commitments")
        assert "dd/mm/yyyy" in d.errors.text("commitments")
        d.commitments.item(1, DUE).setText("31/12/2026")
        # Enter on a cell not being edited starts editing it, and does not save.
        d.commitments.setCurrentCell(1, STATUS)
        qtbot.keyClick(d.commitments, Qt.Key.Key_Return)
        assert d.isVisible()
        status = open_editor(d)
        assert isinstance(status, QComboBox) and status.currentData() == "in_progress"
        qtbot.keyClick(status, Qt.Key.Key_Escape)  # leaves the cell as it was
        qtbot.waitUntil(lambda: not status.isVisible())
        assert d.isVisible()
        save(qtbot, d)
        assert not d.isVisible()

    dialogs.on(AgreementDialog, fill)
    qtbot.mouseClick(listing.new_button, Qt.MouseButton.LeftButton)
    with store.session() as s:
        a = s.scalars(select(m.Agreement)).one()
        assert (a.title, a.number, a.horizon_year, a.ends_on) == (
            "Thỏa thuận hợp tác chiến lược",
            "12/2023/TTHT-VNPT",
            2030,
            date(2026, 12, 31),
        )
        assert {p.id for p in a.parties} == {vnpt, dept}
        assert [(c.text, c.party_id, c.due_on, c.status) for c in a.commitments] == [
            ("Khao sat hien trang", vnpt, date(2027, 6, 5), "open"),
            ("Cử cán bộ tham gia đào tạo", dept, date(2026, 12, 31), "in_progress"),
        ]
    assert listing.model.total() == 1
    assert listing.model.index(0, 0).data() == "12/2023/TTHT-VNPT"
    assert "Tập đoàn Bưu chính Viễn thông VNPT" in listing.model.index(0, 2).data()


def test_from_the_partner_page_a_new_agreement_has_the_partner_and_an_old_one_opens(
    qtbot: QtBot, demo_window: MainWindow, demo_store: Store, dialogs: DialogDriver
) -> None:
    tab = demo_window.partners
    assert tab.select_partner(_partner_id(demo_store, QTSC))
    partner_id = tab.current_id()
    assert partner_id is not None
    html = tab.detail.toHtml()
    assert "agreement-new:" in html and "agreement:" in html
    other = _partner_id(demo_store, "Trường Đại học Thủ Dầu Một")

    def fill(d: AgreementDialog) -> None:
        assert d.party_ids() == [partner_id]
        d.add_party(other)
        type_into(qtbot, d.title, "Thỏa thuận đào tạo nhân lực số")
        save(qtbot, d)

    dialogs.on(AgreementDialog, fill)
    tab._anchor(QUrl("agreement-new:partner"))
    assert "Thỏa thuận đào tạo nhân lực số" in tab.detail.toPlainText()

    old_id = _agreement_id(demo_store, SOFTWARE_PARK)

    def look(d: AgreementDialog) -> None:
        assert d.title.text() == SOFTWARE_PARK
        assert d.commitments.rowCount() == 4
        assert d.history_button.isVisible() and d.renew_button.isVisible()
        d.reject()

    dialogs.on(AgreementDialog, look)
    tab._anchor(QUrl(f"agreement:{old_id}"))
    assert [type(x).__name__ for x in dialogs.seen] == ["AgreementDialog", "AgreementDialog"]


def _partner_id(store: Store, name: str) -> int:
    with store.session() as s:
        return s.scalars(select(m.Organization.id).where(m.Organization.name == name)).one()


def _agreement_id(store: Store, title: str) -> int:
    with store.session() as s:
        return s.scalars(select(m.Agreement.id).where(m.Agreement.title == title)).one()


def test_delete_from_the_list_and_ctrl_z_brings_it_back(
    qtbot: QtBot,
    demo_window: MainWindow,
    demo_store: Store,
    dialogs: DialogDriver,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    listing = demo_window.show_agreements()
    total = listing.model.total()
    type_into(qtbot, listing.search, "cong vien phan mem")  # a party's name, no diacritics
    qtbot.waitUntil(lambda: listing.model.total() == 1)
    assert listing.current() is not None and listing.current().title == SOFTWARE_PARK

    opened: list[str] = []
    dialogs.on(AgreementDialog, lambda d: (opened.append(d.title.text()), d.reject()))
    qtbot.keyClick(listing.table, Qt.Key.Key_Return)  # Enter opens
    assert opened == [SOFTWARE_PARK]

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(listing.delete_button, Qt.MouseButton.LeftButton)
    assert listing.model.total() == 0
    assert get_agreement(demo_store, _agreement_id(demo_store, SOFTWARE_PARK)) is None
    trash = demo_window.show_trash()
    assert any(r.title.endswith(SOFTWARE_PARK) for r in trash.rows)
    trash.close()
    # The list shares the window's undo stack: Edit → Undo (Ctrl+Z) brings it back. The
    # offscreen platform does not move activation back to a window, so the action is
    # triggered rather than its key.
    assert demo_window.undo_action.shortcut().toString() == "Ctrl+Z"
    demo_window.undo_action.trigger()
    assert listing.model.total() == 1
    listing.search.clear()
    listing.apply_filter()
    assert listing.model.total() == total


def test_renewal_alert_in_follow_up_the_status_bar_and_renew(
    qtbot: QtBot,
    make_window: object,
    demo_store: Store,
    dialogs: DialogDriver,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fix_today(monkeypatch)  # 30/11/2026; the demo's Navigator plan ends 31/12/2026
    window = make_window(demo_store)  # type: ignore[operator]
    qtbot.waitUntil(lambda: "agreements ending soon" in window.due_button.text())
    assert ", 1 agreements ending soon" in window.due_button.text()

    qtbot.mouseClick(window.due_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentIndex() == FOLLOW_UP
    ending = window.follow_up.ending
    assert ending.isVisible()
    assert [(e.title, e.ends_on) for e in ending.rows] == [(ENDING, date(2026, 12, 31))]
    assert "31/12/2026" in ending.table.item(0, 0).text()
    assert ending.line(ending.rows[0]) == f"Agreement “{ENDING}” ends on 31/12/2026"
    assert "90 days: 1" in ending.title()

    opened: list[str] = []
    dialogs.on(AgreementDialog, lambda d: (opened.append(d.title.text()), d.reject()))
    qtbot.keyClick(ending.table, Qt.Key.Key_Return)
    assert opened == [ENDING]

    old_id = ending.rows[0].id

    def renew(d: AgreementDialog) -> None:
        assert d.windowTitle() == "Renew agreement"
        assert d.title.text() == ENDING
        assert d.starts_on.value() == date(2027, 1, 1)
        assert len(d.party_ids()) == 2
        assert "not saved yet" in d.renewal_label.text()
        type_into(qtbot, d.number, "15/2026/TTHT")
        save(qtbot, d)

    dialogs.on(AgreementDialog, renew)
    qtbot.mouseClick(ending.renew_button, Qt.MouseButton.LeftButton)
    assert not ending.isVisible()
    assert "agreements ending soon" not in window.due_button.text()
    old = get_agreement(demo_store, old_id)
    assert old is not None and [r.title for r in old.renewed_by] == [f"15/2026/TTHT – {ENDING}"]
    # Undo the renewal: the old agreement is alerted again.
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ending.isVisible())
    assert "1 agreements ending soon" in window.due_button.text()

    # Renew from the agreement's own editor: it closes, and the draft opens.
    seen: list[str] = []

    def first(d: AgreementDialog) -> None:
        dialogs.on(AgreementDialog, lambda d2: (seen.append(d2.windowTitle()), d2.reject()))
        qtbot.mouseClick(d.renew_button, Qt.MouseButton.LeftButton)

    dialogs.on(AgreementDialog, first)
    listing = window.show_agreements()
    listing.show_standing(Standing.ENDING)
    assert listing.model.total() == 1
    listing.open_selected()
    assert seen == ["Renew agreement"]


def test_the_alert_window_is_a_preference(
    qtbot: QtBot, make_window: object, demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coordinator.ui.preferences import PreferencesDialog

    fix_today(monkeypatch)
    window = make_window(demo_store)  # type: ignore[operator]
    dialog = PreferencesDialog(demo_store, window)
    qtbot.addWidget(dialog)
    assert dialog.alert_days.value() == 90
    dialog.alert_days.setValue(30)
    dialog.save()
    window.update_due_counts()
    assert "agreements ending soon" not in window.due_button.text()


def test_a_search_hit_opens_the_agreement(
    qtbot: QtBot, demo_window: MainWindow, demo_store: Store, dialogs: DialogDriver
) -> None:
    from coordinator.db.queries.search import search
    from coordinator.db.search_index import Kind

    hits = [h for h in search(demo_store, "doanh nghiep nho va vua") if h.kind == Kind.AGREEMENT]
    assert [h.title for h in hits] == [SOFTWARE_PARK]
    opened: list[str] = []
    dialogs.on(AgreementDialog, lambda d: (opened.append(d.title.text()), d.reject()))
    demo_window.open_hit(hits[0])
    assert opened == [SOFTWARE_PARK]


def test_every_problem_of_the_form_is_said_at_once(qtbot: QtBot, store: Store) -> None:
    """A date that cannot be read does not hide the other problems until the next save."""
    vnpt, _dept = _two_partners(store)
    d = AgreementDialog(store, None)
    qtbot.addWidget(d)
    d.show()
    d.add_party(vnpt)
    d.starts_on.set_value(date(2013, 5, 31))
    d.ends_on.set_value(date(2013, 3, 3))
    d.commitments.add(edit=False)
    d.commitments.item(0, TEXT).setText("Khảo sát")
    d.commitments.item(0, DUE).setText("31/02/2013")
    save(qtbot, d)
    assert d.isVisible()
    assert "Commitment 1" in d.errors.text("commitments")
    assert d.errors.text("parties") and d.errors.text("title") and d.errors.text("ends_on")
    d.done(0)  # close without the unsaved-changes question
