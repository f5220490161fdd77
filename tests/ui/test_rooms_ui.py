"""Rooms through the window: the list and editor, picking a room in the event editor by
typing without diacritics, the clash shown live, the planner's rooms, trash and undo."""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from coordinator.db import models as m
from coordinator.db.queries.events import EventInput, get_event, save_event
from coordinator.db.queries.rooms import RoomInput, get_room, save_room
from coordinator.db.queries.scheduling import flagged_between
from coordinator.db.queries.search import SearchHit
from coordinator.db.queries.trash import TrashKind, list_trash
from coordinator.db.search_index import Kind
from coordinator.db.store import Store
from coordinator.ui.calendar.event_dialog import EventDialog, OverrideDialog
from coordinator.ui.calendar.planner_dialog import PlannerDialog
from coordinator.ui.calendar.tab import WEEK
from coordinator.ui.main_window import MainWindow
from coordinator.ui.rooms.dialog import RoomDialog
from coordinator.ui.rooms.list_dialog import RoomsDialog
from tests.ui.conftest import DialogDriver, type_into


def unit(store: Store, name: str) -> int:
    with store.session() as s:
        org = m.Organization(name=name, kind="government", is_internal=True)
        s.add(org)
        s.flush()
        return org.id


def click_save(qtbot: QtBot, buttons: QDialogButtonBox) -> None:
    qtbot.mouseClick(
        buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def open_rooms(qtbot: QtBot, window: MainWindow) -> RoomsDialog:
    d = window.show_rooms()
    qtbot.addWidget(d)
    qtbot.waitExposed(d)
    activate(qtbot, d)
    return d


def activate(qtbot: QtBot, d: RoomsDialog) -> None:
    """Keys reach the list's shortcuts when its window is the active one, as it is when
    a person comes back to it from the room editor."""
    d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow)


def test_create_a_room_refuse_a_twin_filter_delete_and_undo(
    qtbot: QtBot, window: MainWindow, dialogs: DialogDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    sotttt = unit(window.store, "Sở Thông tin và Truyền thông")
    unit(window.store, "Trung tâm CNTT")
    rooms = open_rooms(qtbot, window)
    assert rooms.empty.isVisible()
    twin_errors: list[str] = []

    def fill(d: RoomDialog) -> None:
        type_into(qtbot, d.name, "Phòng họp số 2")
        d.host_unit.setCurrentIndex(d.host_unit.findData(sotttt))
        d.capacity.setValue(20)
        click_save(qtbot, d.buttons)

    dialogs.on(RoomDialog, fill)
    qtbot.mouseClick(rooms.new_button, Qt.MouseButton.LeftButton)
    assert rooms.model.total() == 1
    row = rooms.model.row_at(0)
    assert row is not None and (row.name, row.capacity) == ("Phòng họp số 2", 20)

    def twin(d: RoomDialog) -> None:
        type_into(qtbot, d.name, "phong hop so 2")
        d.host_unit.setCurrentIndex(d.host_unit.findData(sotttt))
        click_save(qtbot, d.buttons)
        twin_errors.append(d.errors.text("name"))
        assert d.isVisible() and d.name.text() == "phong hop so 2"  # nothing lost
        d.done(0)

    dialogs.on(RoomDialog, twin)
    qtbot.mouseClick(rooms.new_button, Qt.MouseButton.LeftButton)
    assert twin_errors == ["Another room of this unit (or without a unit) has this name."]
    assert rooms.model.total() == 1

    # Filter by name without diacritics, and by host unit.
    type_into(qtbot, rooms.search, "phong hop")
    qtbot.waitUntil(lambda: rooms._filter.text == "phong hop")
    assert rooms.model.total() == 1
    rooms.search.clear()
    rooms.unit.ensure_filled()
    rooms.unit.setCurrentIndex(rooms.unit.findText("Trung tâm CNTT"))
    assert rooms.model.total() == 0 and rooms.empty.isVisible()
    rooms.unit.setCurrentIndex(0)
    assert rooms.model.total() == 1

    # Delete to the trash; Ctrl+Z in the list brings it back.
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    activate(qtbot, rooms)
    rooms.table.setFocus()
    qtbot.keyClick(rooms.table, Qt.Key.Key_Delete)
    assert rooms.model.total() == 0
    assert [r.kind for r in list_trash(window.store)] == [TrashKind.ROOM]
    qtbot.keyClick(rooms, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rooms.model.total() == 1
    assert list_trash(window.store) == []
    rooms.close()


def test_edit_from_the_list_and_from_a_search_hit_with_history(
    qtbot: QtBot, window: MainWindow, dialogs: DialogDriver
) -> None:
    room = save_room(window.store, RoomInput("Hội trường A", unit(window.store, "Sở TT&TT")))
    seen: list[str] = []

    def edit(d: RoomDialog) -> None:
        seen.append(d.name.text())
        assert d.history_button.isVisible()
        d.name.clear()
        type_into(qtbot, d.name, "Hội trường B")
        click_save(qtbot, d.buttons)

    dialogs.on(RoomDialog, edit)
    window.open_hit(SearchHit(Kind.ROOM, room, "Hội trường A", None, "Sở TT&TT", None))
    assert seen == ["Hội trường A"]
    stored = get_room(window.store, room)
    assert stored is not None and stored.name == "Hội trường B"
    window.undo_stack.undo()
    stored = get_room(window.store, room)
    assert stored is not None and stored.name == "Hội trường A"


# The completer's list pops up as the person types; offscreen cannot grab the keyboard.
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_pick_a_room_by_typing_without_diacritics_and_see_the_clash(
    qtbot: QtBot, window: MainWindow, dialogs: DialogDriver
) -> None:
    store = window.store
    room = save_room(store, RoomInput("Phòng họp số 2", unit(store, "Sở TT&TT"), 20))
    save_event(
        store,
        EventInput(
            "meeting",
            "Họp giao ban",
            datetime(2026, 4, 7, 8),
            datetime(2026, 4, 7, 10),
            location="P.2",
            room_id=room,
        ),
    )
    found: list[str] = []

    def fill(d: EventDialog) -> None:
        type_into(qtbot, d.title_edit, "Tư vấn dữ liệu mở")
        type_into(qtbot, d.location, "phong hop")
        completer = d.place.completer()
        assert completer is not None and completer.completionCount() == 1
        assert completer.currentCompletion() == "Phòng họp số 2"
        popup = completer.popup()
        popup.setCurrentIndex(completer.completionModel().index(0, 0))
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        assert d.location.text() == "Phòng họp số 2"
        data = d.value()
        assert (data.location, data.room_id) == ("Phòng họp số 2", room)
        assert "Sở TT&TT" in d.place_hint.text()
        d.refresh_findings()
        found.append(d.findings_label.text())
        # Free text is no room.
        d.location.clear()
        type_into(qtbot, d.location, "Nhà khách tỉnh")
        assert d.value().room_id is None
        d.location.clear()
        type_into(qtbot, d.location, "PHONG HOP SO 2")
        assert d.value().room_id == room
        d.done(0)

    dialogs.on(EventDialog, fill)
    window.calendar.new_event_at(datetime(2026, 4, 7, 9))
    assert found and "Phòng họp số 2 is already taken by “Họp giao ban”" in found[0]


def test_an_event_in_a_room_keeps_it_when_opened_and_saved(
    qtbot: QtBot, window: MainWindow, dialogs: DialogDriver
) -> None:
    store = window.store
    room = save_room(store, RoomInput("Phòng họp số 2", unit(store, "Sở TT&TT")))
    eid = save_event(
        store,
        EventInput(
            "meeting",
            "Họp",
            datetime(2026, 4, 7, 8),
            datetime(2026, 4, 7, 9),
            location="P.2",
            room_id=room,
        ),
    )

    def keep(d: EventDialog) -> None:
        assert d.location.text() == "P.2" and d.value().room_id == room
        assert not d.is_dirty()
        d.notes.setPlainText("Chuẩn bị máy chiếu")
        click_save(qtbot, d.buttons)

    dialogs.on(EventDialog, keep)
    window.calendar.open_event(eid)
    stored = get_event(store, eid)
    assert stored is not None and (stored.room_id, stored.notes) == (room, "Chuẩn bị máy chiếu")


def test_the_planner_puts_sessions_in_the_units_room_and_says_when_there_is_none(
    qtbot: QtBot, window: MainWindow
) -> None:
    store = window.store
    sotttt = unit(store, "Sở TT&TT")
    bare = unit(store, "Trung tâm Đo lường")
    room = save_room(store, RoomInput("Phòng họp số 2", sotttt))
    with store.session() as s:
        for code, host in (("SO-01", sotttt), ("DL-01", bare)):
            p = m.Project(code=code, title=f"Dự án {code}", host_unit_id=host)
            volunteer = m.Person(full_name=f"Expert {code}")
            s.add_all([p, volunteer])
            s.flush()
            s.add(
                m.Assignment(
                    project_id=p.id,
                    person_id=volunteer.id,
                    arrives_on=date(2026, 4, 6),
                    departs_on=date(2026, 4, 17),
                )
            )
    d = PlannerDialog(store, date(2026, 4, 6), window)
    qtbot.addWidget(d)
    d.last.setDate(QDate(2026, 4, 10))
    qtbot.mouseClick(d.propose_button, Qt.MouseButton.LeftButton)
    assert d.plan is not None
    rooms = {(s.project.code, s.room.name if s.room else None) for s in d.plan.sessions}
    assert rooms == {("SO-01", "Phòng họp số 2"), ("DL-01", None)}
    assert d.room_note.isVisibleTo(d) and "DL-01" in d.room_note.text()
    qtbot.mouseClick(
        d.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    saved = [get_event(store, i) for i in d.saved_ids]
    assert {(e.title.split(":")[0], e.room_id) for e in saved if e is not None} == {
        ("Consultation SO-01", room),
        ("Consultation DL-01", None),
    }
    assert len(saved) == 4
    assert all(e is not None and e.ends - e.starts == timedelta(hours=2) for e in saved)


def test_dragging_into_a_taken_room_asks_for_a_reason_and_the_marks_show_it(
    qtbot: QtBot, window: MainWindow, dialogs: DialogDriver
) -> None:
    store = window.store
    room = save_room(store, RoomInput("Phòng họp số 2", unit(store, "Sở TT&TT")))

    def at(hour: int, title: str, location: str) -> int:
        start = datetime(2026, 4, 7, hour)
        data = EventInput("meeting", title, start, start + timedelta(hours=1), location=location)
        data.room_id = room
        return save_event(store, data)

    at(8, "Họp A", "P.2")
    moved = at(14, "Họp B", "Phòng họp số 2")
    reasons: list[str] = []

    def explain(o: OverrideDialog) -> None:
        reasons.append(o.findChildren(QLabel)[1].text())
        o.reason_edit.setPlainText("Họp ngắn, dùng chung phòng")
        o.accept()

    dialogs.on(OverrideDialog, explain)
    cal = window.calendar
    cal.go_to(date(2026, 4, 7))
    cal.set_view(WEEK)
    row = next(e for e in cal.week.events if e.id == moved)
    cal.move_event(row, datetime(2026, 4, 7, 8, 30), datetime(2026, 4, 7, 9, 30))
    assert reasons and "Phòng họp số 2" in reasons[0]
    kept = get_event(store, moved)
    assert kept is not None and kept.room_id == room
    assert kept.starts == datetime(2026, 4, 7, 8, 30)
    marks = flagged_between(store, date(2026, 4, 7), date(2026, 4, 7))
    assert sorted(marks.values()) == [True, True]
