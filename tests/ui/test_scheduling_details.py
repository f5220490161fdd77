"""Scheduling details through the window: the planner keeps to the mission (project dates,
stays, rooms), warns of a past period and groups what it cannot place; the event editor
warns as soon as it opens; the status bar's counts follow the demo and imports."""

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from coordinator.app import Application
from coordinator.db.queries.actions import Due
from coordinator.db.queries.events import EventInput, events_between, get_event, save_event
from coordinator.db.store import Store
from coordinator.domain.enums import EventKind
from coordinator.domain.public_holidays import holiday_names
from coordinator.domain.scheduling import OfficeHours
from coordinator.ui.calendar.event_dialog import EventDialog
from coordinator.ui.calendar.planner_dialog import PlannerDialog
from coordinator.ui.main_window import FOLLOW_UP, MainWindow
from tests.clock import fix_today
from tests.mission import ENDS, STARTS, STAYS, build_mission
from tests.ui.conftest import DialogDriver

SHOTS = Path(__file__).parent.parent.parent / "build" / "screenshots"


def shoot(widget: object, name: str) -> None:
    """Keep a picture of the widget for a person to look at (build/, not committed)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))  # type: ignore[attr-defined]


def test_the_planner_keeps_to_the_project_the_stays_and_the_room(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: DialogDriver,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fix_today(monkeypatch, date(2026, 4, 20))
    store = window.store
    mission = build_mission(store)
    # The first room is taken on Tuesday morning; the host unit keeps Wednesday morning.
    save_event(
        store,
        EventInput(
            EventKind.MEETING,
            "Họp giao ban",
            datetime(2026, 4, 21, 8),
            datetime(2026, 4, 21, 11),
            room_id=mission.rooms[0],
            location="Phòng họp tầng 2",
        ),
    )
    save_event(
        store,
        EventInput(
            EventKind.MEETING,
            "Hội đồng thẩm định",
            datetime(2026, 4, 22, 7, 30),
            datetime(2026, 4, 22, 17),
            host_unit_id=mission.unit,
        ),
    )
    seen: dict[str, object] = {}

    def plan(d: PlannerDialog) -> None:
        # The default period: from today (later than the project's start) to its end.
        seen["default"] = (d.first.date(), d.last.date(), d.period_note.isVisible())
        d.first.setDate(QDate(2026, 3, 30))
        d.last.setDate(QDate(2026, 5, 15))
        seen["note"] = d.period_note.text() if d.period_note.isVisible() else ""
        d.per_week.setValue(3)
        qtbot.mouseClick(d.propose_button, Qt.MouseButton.LeftButton)
        assert d.plan is not None
        seen["lines"] = [d.unplaced.item(i).text() for i in range(d.unplaced.count())]
        seen["missing"] = len(d.plan.unplaced)
        d.resize(1200, 720)
        shoot(d, "planner-grouped-reasons.png")
        qtbot.mouseClick(
            d.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    dialogs.on(PlannerDialog, plan)
    window.plan_action.trigger()

    assert seen["default"] == (QDate(2026, 4, 20), QDate(2026, 4, 28), False)
    assert "Part of the period is in the past" in str(seen["note"])
    assert "30/03/2026" in str(seen["note"]) and "19/04/2026" in str(seen["note"])
    # One line per reason, each with its count; together they are every unplaced session.
    lines = seen["lines"]
    assert isinstance(lines, list) and lines
    assert len({line.split(" (")[0] for line in lines}) == len(lines)
    assert any(line.startswith("Outside the project's dates (") for line in lines)
    counts = [int(line.split(" (")[1].split(" ")[0]) for line in lines]
    assert sum(counts) == seen["missing"]

    saved = [
        e
        for e in events_between(store, date(2026, 3, 30), date(2026, 5, 15))
        if e.kind == EventKind.CONSULTATION
    ]
    assert saved
    holidays = holiday_names(date(2026, 3, 30), date(2026, 5, 15))
    office = OfficeHours()
    for row in saved:
        e = get_event(store, row.id)
        assert e is not None
        day = e.starts.date()
        assert STARTS <= day <= ENDS, e
        assert day.weekday() < 5 and day not in holidays
        assert office.contains(e.starts, e.ends)
        assert e.room_id in mission.rooms
        assert e.host_unit_id == mission.unit
        for name, pid in mission.people.items():
            if pid in e.participant_ids:
                assert name in STAYS  # never the volunteer whose stay was removed
                arrives, departs = STAYS[name]
                assert arrives <= day <= departs
        # Not on the host unit's busy day; in the second room when the first is taken.
        assert day != date(2026, 4, 22)
        if e.starts == datetime(2026, 4, 21, 8):
            assert e.room_id == mission.rooms[1]
    assert any(e.room_id == mission.rooms[0] for e in map(lambda r: get_event(store, r.id), saved))


def test_the_planner_warns_of_a_period_wholly_past(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    fix_today(monkeypatch, date(2026, 11, 30))
    build_mission(window.store)
    d = PlannerDialog(window.store, None, window)
    qtbot.addWidget(d)
    d.show()
    # The project is over: the period starts today, not in April, and nothing is said.
    assert d.first.date() == QDate(2026, 11, 30)
    assert not d.period_note.isVisible()
    d.first.setDate(QDate(2026, 4, 13))
    d.last.setDate(QDate(2026, 4, 28))
    assert d.period_note.isVisible()
    assert "The whole period is in the past (today is 30/11/2026)" in d.period_note.text()
    d.done(0)


def event_findings(qtbot: QtBot, window: MainWindow, dialogs: DialogDriver) -> list[str]:
    texts: list[str] = []

    def look(d: EventDialog) -> None:
        texts.append(d.findings_label.text())  # as it opens: nothing typed, no wait
        if not texts[1:]:
            d.resize(900, 640)
            shoot(d, f"event-warning-{len(dialogs.seen)}.png")
        d.done(0)

    dialogs.on(EventDialog, look)
    return texts


def test_the_event_editor_warns_as_soon_as_it_opens(
    qtbot: QtBot, window: MainWindow, dialogs: DialogDriver
) -> None:
    texts = event_findings(qtbot, window, dialogs)
    # 19/04/2013 is Giỗ Tổ Hùng Vương that year (the holidays library's lunar date).
    assert date(2013, 4, 19) in holiday_names(date(2013, 4, 19), date(2013, 4, 19))
    window.calendar.new_event_at(datetime(2013, 4, 19, 9))
    assert "19/04/2013 is a public holiday" in texts[-1]
    window.calendar.new_event_at(datetime(2013, 4, 20, 9))  # a Saturday
    assert "20/04/2013 falls on a weekend" in texts[-1]
    window.calendar.new_event_at(datetime(2013, 4, 17, 19))  # a Wednesday evening
    assert "Outside office hours" in texts[-1]
    assert "public holiday" not in texts[-1] and "weekend" not in texts[-1]
    # An existing event opened for editing says the same at once.
    event_id = save_event(
        window.store,
        EventInput(EventKind.MEETING, "Họp", datetime(2013, 4, 19, 8), datetime(2013, 4, 19, 10)),
    )
    window.calendar.open_event(event_id)
    assert "19/04/2013 is a public holiday" in texts[-1]


@pytest.fixture
def app(qtbot: QtBot, qapp: QApplication, settings: QSettings) -> Iterator[Application]:
    application = Application(qapp, settings, "en")
    yield application
    application.translations.install("en")
    if application.window is not None:
        application.window.close()
        application.window.deleteLater()


def overdue_in_follow_up(window: MainWindow) -> int:
    window.tabs.setCurrentIndex(FOLLOW_UP)
    window.follow_up.show_due(Due.OVERDUE)
    return window.follow_up.model.total()


def test_the_status_bar_counts_the_demo_the_moment_it_lands(
    qtbot: QtBot, app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fix_today(monkeypatch, date(2030, 6, 3))  # every open item with a due date is overdue

    def yes(*_args: object) -> QMessageBox.StandardButton:
        QApplication.processEvents()  # the question's own loop runs the window's timers
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    assert app.start(tmp_path / "first.sqlite")
    window = app.window
    assert window is not None
    # Read at once, nothing more processed: the counts are the demo's already.
    counted = window.due_counts.overdue
    assert counted > 0
    assert f"{counted} overdue" in window.due_button.text()
    # The follow-up tab, opened from the count, shows as many.
    qtbot.mouseClick(window.due_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentIndex() == FOLLOW_UP
    shown = window.follow_up.model.total()
    assert window.follow_up.count_label.text() == f"{shown} items"
    assert shown == counted == overdue_in_follow_up(window)


def test_an_import_recounts_and_refreshes(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Any bulk change goes through data_replaced: the counts and the tab in view."""
    fix_today(monkeypatch, date(2030, 6, 3))
    window.update_due_counts()
    assert window.due_counts.overdue == 0
    other = Store.open(window.store.path)  # another writer, as an import or the demo is
    from coordinator.db import demo

    demo.load(other)
    other.close()
    window.data_replaced()
    assert window.due_counts.overdue == overdue_in_follow_up(window) > 0
