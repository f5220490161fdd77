"""The planner, the roster and .ics import/export, driven through the window."""

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from coordinator.db.queries.events import events_between
from coordinator.db.queries.scheduling import findings_between, get_office_hours
from coordinator.ui.calendar.planner_dialog import PlannerDialog
from coordinator.ui.main_window import MainWindow
from coordinator.ui.preferences import PreferencesDialog
from tests.clock import fix_today
from tests.ui.conftest import DialogDriver, type_into
from tests.ui.ops import settle

DATA = Path(__file__).parent.parent / "data" / "ics"
PREPARING = date(2013, 3, 25)  # the coordinator plans IBM's April ahead


def test_plan_the_demo_consultations_adjust_and_save(
    qtbot: QtBot, demo_window: MainWindow, dialogs: DialogDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    fix_today(monkeypatch, PREPARING)
    store = demo_window.store
    before = len(events_between(store, date(2013, 4, 3), date(2013, 4, 30)))
    grids: list[tuple[int, int, int]] = []

    def plan(d: PlannerDialog) -> None:
        d.first.setDate(QDate(2013, 4, 3))
        d.last.setDate(QDate(2013, 4, 30))  # 29/04 and 30/04/2013 are days off
        qtbot.mouseClick(d.propose_button, Qt.MouseButton.LeftButton)
        assert d.plan is not None
        grids.append((d.grid.rowCount(), d.grid.columnCount(), len(d.plan.sessions)))
        assert "No working day left in the week" in d.unplaced.item(0).text()
        # Drop one proposed session before saving.
        first = d.plan.sessions[0]
        d.drop(first)
        qtbot.mouseClick(
            d.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    dialogs.on(PlannerDialog, plan)
    demo_window.plan_action.trigger()
    rows, cols, sessions = grids[0]
    assert (rows, cols) == (14, 28)  # 14 volunteers × 3–30 April
    after = events_between(store, date(2013, 4, 3), date(2013, 4, 30))
    assert len(after) == before + sessions - 1
    assert not any(
        f.blocking for _, f in findings_between(store, date(2013, 4, 3), date(2013, 4, 30))
    )
    assert "consultations saved" in demo_window.statusBar().currentMessage()


def test_a_hand_move_onto_a_clash_is_refused(
    qtbot: QtBot, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    fix_today(monkeypatch, PREPARING)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    d = PlannerDialog(demo_window.store, date(2013, 4, 3), demo_window)
    qtbot.addWidget(d)
    d.last.setDate(QDate(2013, 4, 5))
    d.propose()
    assert d.plan is not None
    a = next(s for s in d.plan.sessions if s.project.code == "CSC-01")
    # CSC-01's experts consult on 04/04 08:30 in the demo: moving there clashes.
    assert not d.move_session(a, datetime(2013, 4, 4, 9))
    assert warned and d.plan.sessions.count(a) == 1
    # Saturday afternoon is free for everyone.
    assert d.move_session(a, datetime(2013, 4, 6, 14))
    assert a.starts == datetime(2013, 4, 6, 14)


def test_roster_filters_by_nationality_expertise_and_stay(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    roster = demo_window.scheduling.show_roster()
    qtbot.addWidget(roster)
    assert roster.model.total() == 14
    roster.nationality.setCurrentIndex(roster.nationality.findData("Nhật Bản"))
    assert roster.model.total() >= 1
    assert all(r.nationality == "Nhật Bản" for r in roster.model._rows)
    roster.nationality.setCurrentIndex(0)
    type_into(qtbot, roster.expertise, "du lieu")
    roster.apply_filter()
    assert 0 < roster.model.total() < 14
    roster.expertise.clear()
    roster.available.setChecked(True)
    roster.available_on.set_value(date(2026, 11, 22))
    assert roster.model.total() == 0
    roster.available_on.set_value(date(2013, 4, 15))
    assert roster.model.total() == 14
    # Double-click: that volunteer's week in the calendar.
    roster.table.setCurrentIndex(roster.model.index(0, 0))
    roster._open_week()
    cal = demo_window.calendar
    assert cal.person_filter.currentData() == roster.model.row_at(0).person_id
    assert cal.week.events and all(
        e.kind in ("consultation", "workshop", "meeting") for e in cal.week.events
    )


def test_import_with_progress_then_export(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.detailedText()))
    window.scheduling.import_ics(DATA / "google.ics")
    settle()
    assert "3 events added" in window.statusBar().currentMessage()
    assert "its start (DTSTART) is missing" in shown[0]
    out = tmp_path / "out.ics"
    window.scheduling.export_ics(out)
    assert out.read_bytes().count(b"BEGIN:VEVENT") == 3
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    window.scheduling.import_ics(DATA / "not-a-calendar.csv")
    settle()
    assert "nothing of it was written" in warned[0]


def test_office_hours_in_preferences(
    qtbot: QtBot, window: MainWindow, dialogs: DialogDriver
) -> None:
    def edit(d: PreferencesDialog) -> None:
        d.office_hours.setText("8h-12h")
        d.save()
        assert d.errors.text("office_hours")
        d.office_hours.setText("08:00-12:00, 13:00-17:00")
        d.save()

    dialogs.on(PreferencesDialog, edit)
    window.preferences_action.trigger()
    assert get_office_hours(window.store).to_text() == "08:00-12:00, 13:00-17:00"
