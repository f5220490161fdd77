"""Scheduling in the window: clashes seen before saving, overrides, drag to move, undo."""

from datetime import date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coordinator.db import models as m
from coordinator.db.queries.events import EventInput, get_event, save_event
from coordinator.db.store import Store
from coordinator.ui.calendar.event_dialog import EventDialog, OverrideDialog
from coordinator.ui.calendar.tab import WEEK
from coordinator.ui.calendar.week_view import HOUR
from coordinator.ui.main_window import CALENDAR, MainWindow
from tests.ui.conftest import DialogDriver, type_into

EXPERT = "Michael Anderson"  # one of IBM's experts on CSC-01 in the demo


def person_id(store: Store, name: str) -> int:
    with store.session() as s:
        pid = s.scalar(select(m.Person.id).where(m.Person.full_name == name))
    assert pid is not None
    return pid


def tick(d: EventDialog, pid: int) -> None:
    d.check_person(pid)


def test_a_clash_is_shown_before_saving_and_needs_a_reason(
    qtbot: QtBot, demo_window: MainWindow, dialogs: DialogDriver
) -> None:
    store = demo_window.store
    expert = person_id(store, EXPERT)
    shown: list[str] = []
    reasons: list[str] = []

    def override(o: OverrideDialog) -> None:
        save_button = o.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert not save_button.isEnabled()  # no reason, no save
        o.reason_edit.setFocus()
        o.reason_edit.insertPlainText("Chuyên gia đồng ý đổi lịch")
        assert save_button.isEnabled()
        reasons.append(o.reason())
        qtbot.mouseClick(save_button, Qt.MouseButton.LeftButton)

    def fill(d: EventDialog) -> None:
        type_into(qtbot, d.title_edit, "Tư vấn bổ sung")
        d.starts.set_value(datetime(2013, 4, 4, 9))  # CSC-01 consults 08:30–11:00 that Thursday
        tick(d, expert)
        d.refresh_findings()
        shown.append(d.findings_label.text())
        assert d.findings.blocking
        qtbot.mouseClick(
            d.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    dialogs.on(EventDialog, fill)
    dialogs.on(OverrideDialog, override)
    demo_window.tabs.setCurrentIndex(CALENDAR)
    cal = demo_window.calendar
    cal.go_to(date(2013, 4, 4))
    cal.new_event_at(datetime(2013, 4, 4, 9))
    assert f"{EXPERT} is already booked for “Tư vấn CSC-01" in shown[0]
    with store.session() as s:
        saved = s.scalar(select(m.Event).where(m.Event.title == "Tư vấn bổ sung"))
        assert reasons == ["Chuyên gia đồng ý đổi lịch"], dialogs.seen
        assert saved is not None and saved.override_reason == reasons[0]
    # The calendar marks both events of the clash.
    cal.refresh()

    def marked() -> list[str]:
        return [e.title for e in cal.month.events if cal.month.flags.get(e.key)]

    qtbot.waitUntil(lambda: "Tư vấn bổ sung" in marked())  # checked off the window's thread
    assert any(t.startswith("Tư vấn CSC-01") for t in marked())


def test_warnings_name_the_holiday_and_allow_saving(
    qtbot: QtBot, demo_window: MainWindow, dialogs: DialogDriver
) -> None:
    texts: list[str] = []

    def fill(d: EventDialog) -> None:
        type_into(qtbot, d.title_edit, "Tư vấn")
        d.starts.set_value(datetime(2026, 4, 27, 8))
        d.refresh_findings()
        texts.append(d.findings_label.text())
        qtbot.mouseClick(
            d.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    dialogs.on(EventDialog, fill)
    demo_window.calendar.new_event_at(datetime(2026, 4, 27, 8))
    assert "27/04/2026 is a public holiday" in texts[0]
    assert dialogs.seen[0].result() == 1  # saved without asking: a warning does not block


def test_drag_an_event_in_the_week_view_and_undo(qtbot: QtBot, demo_window: MainWindow) -> None:
    store = demo_window.store
    eid = save_event(
        store, EventInput("meeting", "Họp nhóm", datetime(2026, 4, 7, 14), datetime(2026, 4, 7, 15))
    )
    demo_window.tabs.setCurrentIndex(CALENDAR)
    cal = demo_window.calendar
    cal.go_to(date(2026, 4, 7))
    cal.set_view(WEEK)
    week = cal.week
    week.repaint()
    rect = week.box_rect(eid)
    assert rect is not None
    start = rect.center()
    down = start + QPoint(0, HOUR)  # one hour later
    qtbot.mousePress(week, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(week, start + QPoint(0, 10))
    qtbot.mouseMove(week, down)
    qtbot.mouseRelease(week, Qt.MouseButton.LeftButton, pos=down)
    moved = get_event(store, eid)
    assert moved is not None and moved.starts == datetime(2026, 4, 7, 15)
    assert "Ctrl+Z" in demo_window.statusBar().currentMessage()
    # Stretch its lower edge by half an hour.
    week.repaint()
    rect = week.box_rect(eid)
    assert rect is not None
    edge = QPoint(rect.center().x(), rect.bottom() - 2)
    qtbot.mousePress(week, Qt.MouseButton.LeftButton, pos=edge)
    qtbot.mouseMove(week, edge + QPoint(0, 10))
    qtbot.mouseMove(week, edge + QPoint(0, HOUR // 2))
    qtbot.mouseRelease(week, Qt.MouseButton.LeftButton, pos=edge + QPoint(0, HOUR // 2))
    stretched = get_event(store, eid)
    assert stretched is not None
    assert (stretched.starts, stretched.ends) == (
        datetime(2026, 4, 7, 15),
        datetime(2026, 4, 7, 16, 30),
    )
    demo_window.undo_stack.undo()
    demo_window.undo_stack.undo()
    back = get_event(store, eid)
    assert back is not None and (back.starts, back.ends) == (
        datetime(2026, 4, 7, 14),
        datetime(2026, 4, 7, 15),
    )
    assert [e.starts for e in week.events if e.id == eid] == [datetime(2026, 4, 7, 14)]
    demo_window.undo_stack.redo()
    again = get_event(store, eid)
    assert again is not None and again.starts == datetime(2026, 4, 7, 15)


def test_dragging_onto_a_clash_asks_and_cancelling_keeps_the_event(
    qtbot: QtBot, demo_window: MainWindow, dialogs: DialogDriver
) -> None:
    store = demo_window.store
    expert = person_id(store, EXPERT)
    eid = save_event(
        store,
        EventInput(
            "meeting",
            "Gặp chuyên gia",
            datetime(2013, 4, 4, 13, 30),
            datetime(2013, 4, 4, 14),
            participant_ids=[expert],
        ),
    )
    asked: list[bool] = []
    dialogs.on(OverrideDialog, lambda o: (asked.append(True), o.reject()))
    cal = demo_window.calendar
    cal.go_to(date(2013, 4, 4))
    cal.set_view(WEEK)
    row = next(e for e in cal.week.events if e.id == eid)
    cal.move_event(row, datetime(2013, 4, 4, 9), datetime(2013, 4, 4, 9, 30))
    assert asked == [True]
    kept = get_event(store, eid)
    assert kept is not None and kept.starts == datetime(2013, 4, 4, 13, 30)


def test_a_series_shows_every_week_and_one_occurrence_can_move(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = window.store
    eid = save_event(
        store,
        EventInput(
            "meeting",
            "Giao ban",
            datetime(2026, 4, 6, 14),
            datetime(2026, 4, 6, 15),
            rrule="FREQ=WEEKLY;COUNT=4",
        ),
    )
    window.tabs.setCurrentIndex(CALENDAR)
    cal = window.calendar
    cal.go_to(date(2026, 4, 1))
    assert [e.starts.day for e in cal.month.events if e.id == eid] == [6, 13, 20, 27]
    monkeypatch.setattr(cal, "ask_scope", lambda _title: "this")
    cal.go_to(date(2026, 4, 13))
    cal.set_view(WEEK)
    row = next(e for e in cal.week.events if e.id == eid)
    cal.move_event(row, datetime(2026, 4, 14, 14), datetime(2026, 4, 14, 15))
    cal.set_view(0)
    cal.go_to(date(2026, 4, 1))
    days = sorted(e.starts.day for e in cal.month.events if e.title == "Giao ban")
    assert days == [6, 14, 20, 27]
    window.undo_stack.undo()
    days = sorted(e.starts.day for e in cal.month.events if e.title == "Giao ban")
    assert days == [6, 13, 20, 27]


def test_filter_the_calendar_to_one_volunteer(demo_window: MainWindow) -> None:
    cal = demo_window.calendar
    demo_window.tabs.setCurrentIndex(CALENDAR)
    cal.go_to(date(2013, 4, 8))
    cal.set_view(WEEK)
    everyone = len(cal.week.events)
    expert = person_id(demo_window.store, EXPERT)
    assert cal.person_filter.count() == 1  # people are read when the filter is first used
    demo_window.activateWindow()
    cal.person_filter.setFocus()  # as a click or Tab into it would
    assert cal.person_filter.count() > 1
    cal.person_filter.setCurrentIndex(cal.person_filter.findData(expert))
    mine = cal.week.events
    assert 0 < len(mine) < everyone
    assert all(e.project == "CSC-01" for e in mine)
    cal.clear_filters()
    assert len(cal.week.events) == everyone
