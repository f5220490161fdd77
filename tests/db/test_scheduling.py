from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from coordinator.db import models as m
from coordinator.db.queries.events import (
    AgendaFilter,
    EventFilter,
    EventInput,
    count_agenda,
    detach_occurrence,
    events_between,
    get_event,
    restore,
    save_event,
    snapshot,
)
from coordinator.db.queries.scheduling import (
    ConflictError,
    check_event,
    findings_between,
    get_office_hours,
    set_office_hours,
)
from coordinator.db.store import Store
from coordinator.domain.scheduling import ConflictKind, OfficeHours, WarningKind
from coordinator.domain.validation import ValidationError


def person(store: Store, name: str) -> int:
    with store.session() as s:
        p = m.Person(full_name=name)
        s.add(p)
        s.flush()
        return p.id


def meeting(start: datetime, end: datetime, people: list[int], **kw: object) -> EventInput:
    return EventInput("meeting", kw.pop("title", "Họp"), start, end, participant_ids=people, **kw)  # type: ignore[arg-type]


def test_a_clash_is_refused_without_a_reason_and_kept_with_one(store: Store) -> None:
    anna = person(store, "Emily Carter")
    first = save_event(
        store,
        meeting(datetime(2026, 4, 7, 8), datetime(2026, 4, 7, 10), [anna], title="Tư vấn SO-01"),
    )
    clash = meeting(datetime(2026, 4, 7, 9), datetime(2026, 4, 7, 11), [anna])
    found = check_event(store, clash)
    assert [(c.kind, c.person_id, c.other.event_id, c.other.title) for c in found.conflicts] == [
        (ConflictKind.PERSON, anna, first, "Tư vấn SO-01")
    ]
    with pytest.raises(ConflictError):
        save_event(store, clash)
    clash.override_reason = "Chuyên gia đồng ý họp liền hai buổi"
    eid = save_event(store, clash)
    back = get_event(store, eid)
    assert back is not None and back.override_reason == "Chuyên gia đồng ý họp liền hai buổi"
    # Moving the first event does not count its old time against itself.
    moved = get_event(store, first)
    assert moved is not None
    moved.starts, moved.ends = datetime(2026, 4, 7, 13, 30), datetime(2026, 4, 7, 15)
    assert check_event(store, moved).conflicts == []


def test_holiday_warning_named_in_vietnamese(store: Store) -> None:
    found = check_event(store, meeting(datetime(2026, 4, 27, 8), datetime(2026, 4, 27, 9), []))
    assert [(w.kind, w.holiday) for w in found.warnings] == [
        (WarningKind.HOLIDAY, "Ngày Giỗ Tổ Hùng Vương (nghỉ bù)")
    ]


def test_office_hours_are_kept_in_the_database(store: Store) -> None:
    set_office_hours(store, OfficeHours.parse("08:00-12:00"))
    assert get_office_hours(store).to_text() == "08:00-12:00"
    found = check_event(store, meeting(datetime(2026, 4, 7, 13), datetime(2026, 4, 7, 14), []))
    assert [w.kind for w in found.warnings] == [WarningKind.OFF_HOURS]


def test_a_series_shows_on_each_day_and_one_day_can_be_changed(store: Store) -> None:
    eid = save_event(
        store,
        meeting(
            datetime(2026, 4, 6, 9),
            datetime(2026, 4, 6, 10),
            [],
            rrule="FREQ=WEEKLY;BYDAY=MO,TH;COUNT=6",
            skipped=[date(2026, 4, 9)],
            title="Giao ban",
        ),
    )
    days = [e.starts.day for e in events_between(store, date(2026, 4, 1), date(2026, 4, 30))]
    assert days == [6, 13, 16, 20, 23]
    assert count_agenda(store, AgendaFilter(since=date(2026, 4, 14))) == 3
    one = get_event(store, eid)
    assert one is not None
    one.starts, one.ends = datetime(2026, 4, 13, 14), datetime(2026, 4, 13, 15)
    detached = detach_occurrence(store, eid, date(2026, 4, 13), one)
    rows = events_between(store, date(2026, 4, 13), date(2026, 4, 13))
    assert [(r.id, r.starts.hour, r.recurring) for r in rows] == [(detached, 14, False)]


def test_undo_snapshot_restores_a_move(store: Store) -> None:
    eid = save_event(store, meeting(datetime(2026, 4, 7, 8), datetime(2026, 4, 7, 9), []))
    before = snapshot(store, eid)
    moved = get_event(store, eid)
    assert moved is not None
    moved.starts, moved.ends = datetime(2026, 4, 8, 8), datetime(2026, 4, 8, 9)
    save_event(store, moved)
    restore(store, eid, before)
    assert [r.starts for r in events_between(store, date(2026, 4, 7), date(2026, 4, 8))] == [
        datetime(2026, 4, 7, 8)
    ]
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(m.EventOccurrence)) == 1


def test_bad_rule_is_a_field_error(store: Store) -> None:
    with pytest.raises(ValidationError) as err:
        save_event(
            store,
            meeting(datetime(2026, 4, 7, 8), datetime(2026, 4, 7, 9), [], rrule="FREQ=SOMETIMES"),
        )
    assert err.value.errors[0].field == "recurrence"


def test_calendar_filter_by_person_and_demo_findings(demo_store: Store) -> None:
    with demo_store.session() as s:
        anna = s.scalar(select(m.Person.id).where(m.Person.full_name == "Michael Anderson"))
    assert anna is not None
    mine = events_between(
        demo_store, date(2013, 4, 1), date(2013, 4, 30), EventFilter(person_id=anna)
    )
    assert len([e for e in mine if e.kind == "consultation"]) == 8
    everything = events_between(demo_store, date(2013, 4, 1), date(2013, 4, 30))
    assert len(mine) < len(everything)
    # The demo's April timetable was made without clashes.
    found = findings_between(demo_store, date(2013, 4, 1), date(2013, 4, 30))
    assert not any(f.blocking for _, f in found)
