"""Calendar: create an event by double-clicking, navigate, and see it in every view."""

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from coordinator.domain.enums import EventKind
from coordinator.ui.calendar.event_dialog import EventDialog
from coordinator.ui.calendar.tab import AGENDA, WEEK
from coordinator.ui.main_window import CALENDAR, MainWindow
from tests.clock import ALERT_DAY
from tests.ui.conftest import DialogDriver, type_into


def save(qtbot: QtBot, d: EventDialog) -> None:
    qtbot.mouseClick(
        d.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_double_click_a_day_in_the_month_view_creates_an_event(
    qtbot: QtBot, demo_window: MainWindow, dialogs: DialogDriver
) -> None:
    seen: list[datetime] = []

    def fill(d: EventDialog) -> None:
        seen.append(d.starts.value())
        d.kind.setCurrentIndex(d.kind.findData(EventKind.MEETING.value))
        type_into(qtbot, d.title_edit, "Họp chuẩn bị đón đoàn")
        type_into(qtbot, d.location, "Phòng họp số 1")
        type_into(qtbot, d.people_filter, "marieke")
        visible = [
            d.people.item(i) for i in range(d.people.count()) if not d.people.item(i).isHidden()
        ]
        assert len(visible) == 1
        visible[0].setCheckState(Qt.CheckState.Checked)
        save(qtbot, d)

    dialogs.on(EventDialog, fill)
    demo_window.tabs.setCurrentIndex(CALENDAR)
    cal = demo_window.calendar
    cal.go_to(date(2026, 12, 1))
    month = cal.month
    day = date(2026, 12, 3)
    qtbot.mouseDClick(month, Qt.MouseButton.LeftButton, pos=month.cell_rect(day).center())
    assert seen == [datetime(2026, 12, 3, 8, 0)]
    titles = [e.title for e in month.events if e.starts.date() == day]
    assert titles == ["Họp chuẩn bị đón đoàn"]
    month.repaint()
    event_id = next(e.id for e in month.events if e.starts.date() == day)
    assert month.chip_rect(event_id) is not None
    assert "saved" in demo_window.statusBar().currentMessage()


def test_double_click_an_empty_slot_in_the_week_view_starts_there(
    qtbot: QtBot, demo_window: MainWindow, dialogs: DialogDriver
) -> None:
    seen: list[datetime] = []

    def fill(d: EventDialog) -> None:
        seen.append(d.starts.value())
        d.reject()

    dialogs.on(EventDialog, fill)
    demo_window.tabs.setCurrentIndex(CALENDAR)
    cal = demo_window.calendar
    cal.go_to(date(2013, 4, 9))  # IBM's second week: 4 consultations on Tuesday and Thursday
    cal.set_view(WEEK)
    week = cal.week
    slot = datetime(2013, 4, 10, 15, 30)
    qtbot.mouseDClick(week, Qt.MouseButton.LeftButton, pos=week.slot_point(slot))
    assert seen == [slot]
    assert len(week.events) == 8  # nothing was saved by cancelling


def test_double_click_an_event_opens_it(
    qtbot: QtBot, demo_window: MainWindow, dialogs: DialogDriver
) -> None:
    titles: list[str] = []
    dialogs.on(EventDialog, lambda d: (titles.append(d.title_edit.text()), d.reject()))
    cal = demo_window.calendar
    demo_window.tabs.setCurrentIndex(CALENDAR)
    cal.go_to(date(2013, 4, 8))
    cal.set_view(WEEK)
    cal.week.repaint()
    event = cal.week.events[0]
    rect = cal.week.box_rect(event.id)
    assert rect is not None
    qtbot.mouseDClick(cal.week, Qt.MouseButton.LeftButton, pos=rect.center())
    assert titles == [event.title]


def test_overlapping_events_are_side_by_side_in_the_week_view(demo_window: MainWindow) -> None:
    cal = demo_window.calendar
    demo_window.tabs.setCurrentIndex(CALENDAR)
    # Two host units' consultations at 08:30 on 04/04/2013 (the other two are at 14:00).
    cal.go_to(date(2013, 4, 4))
    cal.set_view(WEEK)
    cal.week.repaint()
    first, second = (e for e in cal.week.events if e.starts == datetime(2013, 4, 4, 8, 30))
    a, b = cal.week.box_rect(first.id), cal.week.box_rect(second.id)
    assert a is not None and b is not None
    assert a.right() < b.left() and a.width() == b.width()


def test_today_previous_next_and_agenda(qtbot: QtBot, demo_window: MainWindow) -> None:
    cal = demo_window.calendar
    demo_window.tabs.setCurrentIndex(CALENDAR)
    cal.go_to(date(2013, 4, 15))
    assert cal.period.text() == "Month 04/2013"
    qtbot.mouseClick(cal.next_button, Qt.MouseButton.LeftButton)
    assert cal.period.text() == "Month 05/2013"
    cal.step(-2)
    assert cal.period.text() == "Month 03/2013"
    qtbot.mouseClick(cal.today_button, Qt.MouseButton.LeftButton)
    assert cal.month.month == ALERT_DAY.replace(day=1)  # the demo fixture's today
    cal.go_to(date(2013, 4, 1))
    cal.set_view(AGENDA)
    first = cal.agenda_model.row_at(0)
    assert first is not None and first.starts.date() == date(2013, 4, 3)
    assert cal.agenda_model.index(0, 0).data() == "03/04/2013"
