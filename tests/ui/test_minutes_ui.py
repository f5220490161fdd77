"""Recording minutes, finding them again, and following up their action items."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QComboBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coordinator.db import models as m
from coordinator.db.queries.actions import Due
from coordinator.db.queries.minutes import load_minutes
from coordinator.db.search_index import Kind
from coordinator.domain.enums import Attendance, MinutesStatus, TaskStatus
from coordinator.ui.followup.tab import DoneDialog
from coordinator.ui.main_window import FOLLOW_UP, MainWindow
from coordinator.ui.minutes.dialog import DEPUTY, OWNER, PRESENCE, TEXT, MinutesDialog
from tests.clock import ALERT_DAY
from tests.ui.conftest import DialogDriver, type_into

TODAY = ALERT_DAY  # the demo fixture stands the clock there


def _first_consultation(window: MainWindow) -> int:
    with window.store.session() as s:
        return s.scalars(
            select(m.Event.id)
            .where(m.Event.kind == "consultation", m.Event.project_id.is_not(None))
            .order_by(m.Event.id)
        ).first()  # type: ignore[return-value]


def _fill(qtbot: QtBot, d: MinutesDialog) -> None:
    """Two conclusions, three action items (one overdue, one due today, one next month)."""
    assert d.attendee_table.rowCount() > 0  # prefilled from the invited participants
    presence = d.attendee_table.cellWidget(0, PRESENCE)
    assert isinstance(presence, QComboBox)
    presence.setCurrentIndex(presence.findData(Attendance.REPRESENTED))
    d.attendee_table.item(0, DEPUTY).setText("Lê Thị Hoa")  # type: ignore[union-attr]
    type_into(qtbot, d.place, " – phòng 2")
    d.summary.setFocus()
    d.summary.insertPlainText("Trao đổi về kiến trúc dữ liệu dùng chung của tỉnh.")
    for text in ("Thống nhất lộ trình chuyển đổi số", "Giao Sở xây dựng quy chế dữ liệu"):
        qtbot.mouseClick(d.add_decision_button, Qt.MouseButton.LeftButton)
        d.decision_list.currentItem().setText(text)  # type: ignore[union-attr]
    tasks = [
        ("Khảo sát hạ tầng mạng các xã", TODAY - timedelta(days=3)),
        ("Gửi báo cáo đánh giá", TODAY),
        ("Tổ chức tập huấn cán bộ", TODAY + timedelta(days=30)),
    ]
    for i, (text, due) in enumerate(tasks):
        qtbot.mouseClick(d.add_action_button, Qt.MouseButton.LeftButton)
        d.action_table.item(i, TEXT).setText(text)  # type: ignore[union-attr]
        owner = d.action_table.cellWidget(i, OWNER)
        assert isinstance(owner, QComboBox)
        owner.setCurrentIndex(i + 1)
        d.action_table.cellWidget(i, 2).set_value(due)  # type: ignore[union-attr]


def test_record_find_and_follow_up_minutes(
    qtbot: QtBot, demo_window: MainWindow, dialogs: DialogDriver
) -> None:
    window = demo_window
    event_id = _first_consultation(window)
    before = window.due_counts

    def record(d: MinutesDialog) -> None:
        _fill(qtbot, d)
        qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)

    dialogs.on(MinutesDialog, record)
    # "minutes" beside the event on its project's page
    window.projects._anchor(QUrl(f"minutes:{event_id}"))
    saved = load_minutes(window.store, event_id)
    assert saved is not None and saved.id is not None
    assert len(saved.decisions) == 2 and len(saved.actions) == 3
    assert saved.attendees[0].represented_by == "Lê Thị Hoa"
    assert all(a.owner is not None for a in saved.actions)
    shown = MinutesDialog(window.store, saved, window)  # opened again, the owners are shown
    owners = [shown.action_table.cellWidget(i, OWNER) for i in range(3)]
    assert all(isinstance(o, QComboBox) and o.currentIndex() == i + 1 for i, o in enumerate(owners))
    shown.deleteLater()
    assert window.due_counts.overdue == before.overdue + 1
    assert str(before.overdue + 1) in window.due_button.text()

    # Found without diacritics from the one search box; Enter opens the minutes.
    opened: list[int] = []
    dialogs.on(MinutesDialog, lambda d: opened.append(d.collect().event.id))
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    type_into(qtbot, window.search_box, "khao sat ha tang")
    qtbot.waitUntil(lambda: bool(window.search_results.hits))
    assert window.search_results.hits[0].kind == Kind.ACTION_ITEM
    assert window.search_results.hits[0].context is not None
    assert window.search_results.hits[0].context[1] == "Khảo sát hạ tầng"
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert opened == [event_id]

    # The status bar count opens the overdue items; marking one done lowers the count.
    qtbot.mouseClick(window.due_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentIndex() == FOLLOW_UP
    tab = window.follow_up
    assert tab.due.currentData() == Due.OVERDUE
    row = tab.model.find_row(lambda r: r.text == "Khảo sát hạ tầng mạng các xã")
    assert row >= 0
    tab.table.selectRow(row)
    dialogs.on(DoneDialog, lambda d: d.accept())
    qtbot.mouseClick(tab.done_button, Qt.MouseButton.LeftButton)
    assert window.due_counts.overdue == before.overdue
    assert tab.model.find_row(lambda r: r.text == "Khảo sát hạ tầng mạng các xã") == -1
    done = load_minutes(window.store, event_id)
    assert done is not None
    assert (done.actions[0].status, done.actions[0].done_on) == (TaskStatus.DONE, TODAY)
    window.undo_action.trigger()
    assert window.due_counts.overdue == before.overdue + 1


def test_final_minutes_are_read_only_until_reopened(
    qtbot: QtBot, demo_window: MainWindow, dialogs: DialogDriver
) -> None:
    event_id = _first_consultation(demo_window)

    def finalize(d: MinutesDialog) -> None:
        qtbot.mouseClick(d.add_decision_button, Qt.MouseButton.LeftButton)
        d.decision_list.currentItem().setText("Kết luận duy nhất")  # type: ignore[union-attr]
        qtbot.mouseClick(d.final_button, Qt.MouseButton.LeftButton)
        assert not d.save_button.isEnabled() and d.summary.isReadOnly()
        assert not d.add_action_button.isEnabled()
        assert d.history.rowCount() >= 2  # created, then made final
        qtbot.mouseClick(d.final_button, Qt.MouseButton.LeftButton)  # reopen
        assert d.save_button.isEnabled() and not d.summary.isReadOnly()
        qtbot.mouseClick(d.final_button, Qt.MouseButton.LeftButton)
        d.reject()

    dialogs.on(MinutesDialog, finalize)
    demo_window.open_minutes(event_id)
    saved = load_minutes(demo_window.store, event_id)
    assert saved is not None and saved.status == MinutesStatus.FINAL
    assert [x.text for x in saved.decisions] == ["Kết luận duy nhất"]


def test_a_failed_save_keeps_what_was_typed(
    qtbot: QtBot, demo_window: MainWindow, dialogs: DialogDriver
) -> None:
    event_id = _first_consultation(demo_window)
    seen: dict[str, object] = {}

    def bad(d: MinutesDialog) -> None:
        qtbot.mouseClick(d.add_action_button, Qt.MouseButton.LeftButton)  # no text
        d.summary.setFocus()
        d.summary.insertPlainText("Nội dung quan trọng")
        qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
        seen["visible"] = d.isVisible()
        seen["error"] = d.errors.text()
        seen["summary"] = d.summary.toPlainText()
        d.done(0)

    dialogs.on(MinutesDialog, bad)
    demo_window.open_minutes(event_id)
    assert seen["visible"] is True
    assert "Action item 1" in str(seen["error"])
    assert seen["summary"] == "Nội dung quan trọng"
    assert load_minutes(demo_window.store, event_id).id is None  # type: ignore[union-attr]


def test_a_new_event_with_the_partner_offers_open_items_as_agenda(
    qtbot: QtBot, demo_window: MainWindow, dialogs: DialogDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coordinator.ui.calendar.event_dialog import EventDialog

    seen: dict[str, str] = {}
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, title, *_a: asked.append(title) or QMessageBox.StandardButton.Discard,
    )

    def new_event(d: EventDialog) -> None:
        index = d.partner.findText(
            "Công ty TNHH Một thành viên Phát triển Công viên phần mềm Quang Trung"
        )
        d.partner.setCurrentIndex(index)
        assert d.open_items.isVisible()
        d.open_items.linkActivated.emit("add")
        seen["notes"] = d.notes.toPlainText()
        d.reject()

    dialogs.on(EventDialog, new_event)
    demo_window.tabs.setCurrentIndex(2)
    demo_window.new_action.trigger()
    assert "Gửi đề xuất giải pháp đám mây cho Trung tâm dữ liệu" in seen["notes"]
    assert asked == ["Unsaved changes"]  # closing the changed form asked first
