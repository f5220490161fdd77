"""Rooms: the list, validation, undo and trash, and clashes checked on the room."""

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from coordinator.db import models as m
from coordinator.db.queries.common import Sort
from coordinator.db.queries.events import EventInput, get_event, save_event
from coordinator.db.queries.planner import plan_projects, propose, save_plan
from coordinator.db.queries.rooms import (
    RoomFilter,
    RoomInput,
    count_rooms,
    get_room,
    list_rooms,
    put_room,
    room_snapshot,
    save_room,
    set_room_deleted,
)
from coordinator.db.queries.scheduling import ConflictError, check_event, findings_between
from coordinator.db.queries.search import search
from coordinator.db.queries.trash import TrashKind, list_trash, set_deleted
from coordinator.db.search_index import Kind
from coordinator.db.store import Store
from coordinator.db.versions import RecordChangedError
from coordinator.domain.planner import PlanRequest
from coordinator.domain.scheduling import ConflictKind
from coordinator.domain.validation import Problem, ValidationError
from coordinator.ical import import_bytes


def unit(store: Store, name: str, internal: bool = True) -> int:
    with store.session() as s:
        org = m.Organization(name=name, kind="government", is_internal=internal)
        s.add(org)
        s.flush()
        return org.id


def event(start: datetime, **kw: object) -> EventInput:
    title = str(kw.pop("title", "Họp"))
    return EventInput("meeting", title, start, start + timedelta(hours=2), **kw)  # type: ignore[arg-type]


def problems(exc: pytest.ExceptionInfo[ValidationError]) -> set[tuple[str, Problem]]:
    return {(e.field, e.problem) for e in exc.value.errors}


def test_a_room_is_saved_listed_filtered_without_diacritics_and_versioned(store: Store) -> None:
    sotttt = unit(store, "Sở Thông tin và Truyền thông")
    dhtdm = unit(store, "Trường Đại học Thủ Dầu Một")
    p2 = save_room(store, RoomInput("Phòng họp số 2", sotttt, 20, "Tầng 3"))
    save_room(store, RoomInput("Hội trường A", dhtdm))
    rows = list_rooms(store, RoomFilter("phong hop"), Sort("name"), 0, 50)
    assert [(r.id, r.name, r.host_unit, r.capacity) for r in rows] == [
        (p2, "Phòng họp số 2", "Sở Thông tin và Truyền thông", 20)
    ]
    assert count_rooms(store, RoomFilter(host_unit_id=dhtdm)) == 1
    assert count_rooms(store, RoomFilter()) == 2
    data = get_room(store, p2)
    assert data is not None and data.version == 1
    stale = get_room(store, p2)
    data.capacity = 24
    save_room(store, data)
    assert stale is not None
    stale.notes = "a second window"
    with pytest.raises(RecordChangedError):
        save_room(store, stale)


def test_a_room_needs_a_name_unique_in_its_unit_a_whole_capacity_and_an_own_unit(
    store: Store,
) -> None:
    sotttt = unit(store, "Sở Thông tin và Truyền thông")
    other = unit(store, "Trung tâm CNTT")
    partner = unit(store, "IBM", internal=False)
    save_room(store, RoomInput("Phòng họp số 2", sotttt))
    with pytest.raises(ValidationError) as exc:
        save_room(store, RoomInput("  ", sotttt))
    assert problems(exc) == {("name", Problem.REQUIRED)}
    with pytest.raises(ValidationError) as exc:
        save_room(store, RoomInput("phong hop  SO 2", sotttt))
    assert problems(exc) == {("name", Problem.DUPLICATE)}
    with pytest.raises(ValidationError) as exc:
        save_room(store, RoomInput("Phòng 5", partner, capacity=0))
    assert problems(exc) == {("capacity", Problem.FORMAT), ("host_unit", Problem.FORMAT)}
    with pytest.raises(ValidationError) as exc:
        save_room(store, RoomInput("Phòng 6", capacity=2**63))  # past SQLite's integers
    assert problems(exc) == {("capacity", Problem.FORMAT)}
    # Another unit may have a room of the same name; a room in the trash frees its name.
    assert save_room(store, RoomInput("Phòng họp số 2", other))
    first = list_rooms(store, RoomFilter(host_unit_id=sotttt), Sort("name"), 0, 5)[0].id
    set_room_deleted(store, first, True)
    assert save_room(store, RoomInput("Phòng họp số 2", sotttt))


def test_undo_puts_a_room_back_and_the_trash_holds_it(store: Store) -> None:
    sotttt = unit(store, "Sở Thông tin và Truyền thông")
    room = save_room(store, RoomInput("Phòng họp số 2", sotttt, 20))
    before = room_snapshot(store, room)
    data = get_room(store, room)
    assert data is not None
    data.name = "Phòng họp lớn"
    save_room(store, data)
    put_room(store, room, before)
    back = get_room(store, room)
    assert back is not None and (back.name, back.capacity) == ("Phòng họp số 2", 20)
    set_room_deleted(store, room, True)
    assert get_room(store, room) is None
    trash = [r for r in list_trash(store, "phong hop") if r.kind is TrashKind.ROOM]
    assert [(r.id, r.title) for r in trash] == [(room, "Phòng họp số 2")]
    set_deleted(store, TrashKind.ROOM, room, False)
    assert get_room(store, room) is not None


def test_renaming_a_room_renames_the_place_of_its_events(store: Store) -> None:
    room = save_room(store, RoomInput("Phòng họp số 2", unit(store, "Sở TT&TT")))
    eid = save_event(store, event(datetime(2026, 4, 7, 8), room_id=room))
    stored = get_event(store, eid)
    assert stored is not None and (stored.location, stored.room_id) == ("Phòng họp số 2", room)
    data = get_room(store, room)
    assert data is not None
    data.name = "Phòng họp B2"
    save_room(store, data)
    stored = get_event(store, eid)
    assert stored is not None and stored.location == "Phòng họp B2"


def test_p2_and_phong_hop_so_2_are_the_same_room_and_clash(store: Store) -> None:
    room = save_room(store, RoomInput("Phòng họp số 2", unit(store, "Sở TT&TT")))
    at = datetime(2026, 4, 7, 8)
    first = save_event(store, event(at, title="Họp A", location="P.2", room_id=room))
    # Both picked the room, each calling it differently.
    second = event(at + timedelta(hours=1), title="Họp B", location="Phòng họp số 2", room_id=room)
    found = check_event(store, second)
    assert [(c.kind, c.other.event_id, c.booking.place) for c in found.conflicts] == [
        (ConflictKind.PLACE, first, "Phòng họp số 2")
    ]
    with pytest.raises(ConflictError):
        save_event(store, second)
    # Typed without diacritics: it is the room (saved under its name) and clashes too.
    typed = event(at, title="Họp C", location="phong hop so 2")
    with pytest.raises(ConflictError) as clash:
        save_event(store, typed)
    assert typed.room_id == room and typed.location == "Phòng họp số 2"
    assert [c.kind for c in clash.value.findings.conflicts] == [ConflictKind.PLACE]
    # The calendar's marks see the clash of the two saved ones.
    second.override_reason = "Dời phòng sau"
    save_event(store, second)
    marks = findings_between(store, date(2026, 4, 7), date(2026, 4, 7))
    assert {b.title for b, f in marks if f.blocking} == {"Họp A", "Họp B"}


def test_different_rooms_do_not_clash_nor_do_different_free_places(store: Store) -> None:
    sotttt = unit(store, "Sở TT&TT")
    ttcntt = unit(store, "Trung tâm CNTT")
    one = save_room(store, RoomInput("Phòng họp số 1", sotttt))
    same_name = save_room(store, RoomInput("Phòng họp số 1", ttcntt))
    two = save_room(store, RoomInput("Phòng họp số 2", sotttt))
    at = datetime(2026, 4, 7, 8)
    save_event(store, event(at, room_id=one, host_unit_id=sotttt))
    assert not check_event(store, event(at, room_id=two)).blocking
    assert not check_event(store, event(at, room_id=same_name)).blocking
    save_event(store, event(at, location="Trung tâm Hội nghị tỉnh"))
    assert not check_event(store, event(at, location="Hội trường UBND tỉnh")).blocking
    found = check_event(store, event(at, location="TRUNG TAM hoi nghi tinh"))
    assert [c.kind for c in found.conflicts] == [ConflictKind.PLACE]
    # Free text naming a room (two units share the name, so it stays text) meets the room.
    found = check_event(store, event(at, location="phong hop so 1"))
    assert [c.kind for c in found.conflicts] == [ConflictKind.PLACE]


def test_the_planner_puts_each_session_in_a_free_room_of_its_host_unit(store: Store) -> None:
    sotttt = unit(store, "Sở TT&TT")
    bare = unit(store, "Trung tâm Đo lường")
    r1 = save_room(store, RoomInput("Phòng họp 1", sotttt))
    r2 = save_room(store, RoomInput("Phòng họp 2", sotttt))
    with store.session() as s:
        projects = []
        for code, host in (("SO-01", sotttt), ("DL-01", bare)):
            p = m.Project(code=code, title=code, host_unit_id=host)
            volunteer = m.Person(full_name=f"Expert {code}")
            s.add_all([p, volunteer])
            s.flush()
            s.add(
                m.Assignment(
                    project_id=p.id,
                    person_id=volunteer.id,
                    arrives_on=date(2026, 4, 6),
                    departs_on=date(2026, 4, 10),
                )
            )
            projects.append(p.id)
    # Someone else's meeting holds room 1 on Monday morning.
    save_event(store, event(datetime(2026, 4, 6, 8), location="Phòng họp 1"))
    request = PlanRequest(
        tuple(plan_projects(store, projects)), date(2026, 4, 6), date(2026, 4, 6), 1
    )
    plan = propose(store, request)
    placed = {s.project.code: s for s in plan.sessions}
    assert placed["SO-01"].starts == datetime(2026, 4, 6, 8)
    assert placed["SO-01"].room is not None and placed["SO-01"].room.room_id == r2
    assert placed["DL-01"].room is None
    assert plan.without_room() == [placed["DL-01"]]
    ids = save_plan(store, plan, "Tư vấn %1")
    saved = {e.title: e for e in (get_event(store, i) for i in ids) if e is not None}
    assert (saved["Tư vấn SO-01"].room_id, saved["Tư vấn SO-01"].location) == (r2, "Phòng họp 2")
    assert (saved["Tư vấn DL-01"].room_id, saved["Tư vấn DL-01"].location) == (None, None)
    assert r1 != r2


def test_an_imported_location_naming_a_room_is_that_room(store: Store) -> None:
    room = save_room(store, RoomInput("Phòng họp số 2", unit(store, "Sở TT&TT")))
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n"
        "BEGIN:VEVENT\r\nUID:a@x\r\nDTSTAMP:20260401T000000Z\r\n"
        "DTSTART:20260407T010000Z\r\nDTEND:20260407T030000Z\r\n"
        "SUMMARY:Họp\r\nLOCATION:phong hop so 2\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:b@x\r\nDTSTAMP:20260401T000000Z\r\n"
        "DTSTART:20260408T010000Z\r\nDTEND:20260408T030000Z\r\n"
        "SUMMARY:Khác\r\nLOCATION:Nhà khách\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    import_bytes(store, ics.encode())
    with store.session() as s:
        rows = {e.uid: (e.room_id, e.location) for e in s.scalars(select(m.Event))}
    assert rows == {"a@x": (room, "Phòng họp số 2"), "b@x": (None, "Nhà khách")}


def test_a_rooms_other_names_are_that_room_in_events_typed_before_and_after(
    store: Store,
) -> None:
    """The office writes "P.2" for "Phòng họp số 2": once the room lists that as one of
    its other names, a place typed "P.2" (before or after) is the room, and clashes."""
    sotttt = unit(store, "Sở TT&TT")
    at = datetime(2026, 4, 7, 8)
    earlier = save_event(store, event(at, title="Họp A", location="P.2", host_unit_id=sotttt))
    assert get_event(store, earlier).room_id is None  # type: ignore[union-attr]
    room = save_room(store, RoomInput("Phòng họp số 2", sotttt, aliases=" P.2 ,, PH2 "))
    assert get_room(store, room).aliases == "P.2, PH2"  # type: ignore[union-attr]
    linked = get_event(store, earlier)
    assert linked is not None and (linked.room_id, linked.location) == (room, "P.2")
    with pytest.raises(ConflictError) as clash:
        save_event(store, event(at, title="Họp B", location="ph2"))
    assert [c.other.event_id for c in clash.value.findings.conflicts] == [earlier]
    assert [h.id for h in search(store, "p.2") if h.kind == Kind.ROOM] == [room]
    # Another room may not answer to a name this one has.
    with pytest.raises(ValidationError) as exc:
        save_room(store, RoomInput("Phòng khách", sotttt, aliases="P.2"))
    assert problems(exc) == {("aliases", Problem.DUPLICATE)}
    with pytest.raises(ValidationError) as exc:
        save_room(store, RoomInput("phòng họp SỐ 2"))  # no unit: could mean this one
    assert problems(exc) == {("name", Problem.DUPLICATE)}
