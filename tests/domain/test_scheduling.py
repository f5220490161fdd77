from datetime import date, datetime, time

from coordinator.domain.recurrence import Frequency, Recurrence, occurrences
from coordinator.domain.scheduling import (
    Booking,
    ConflictKind,
    OfficeHours,
    Stay,
    WarningKind,
    check,
    clashes,
    sweep,
)

NO_HOLIDAYS: dict[date, str] = {}
OFFICE = OfficeHours()


def at(day: int, hour: int, minute: int = 0, month: int = 4) -> datetime:
    return datetime(2026, month, day, hour, minute)


def booking(start: datetime, end: datetime, **kw: object) -> Booking:
    return Booking(kw.pop("event_id", None), "x", start, end, **kw)  # type: ignore[arg-type]


def warnings(b: Booking, holidays: dict[date, str] = NO_HOLIDAYS, stays=None) -> set[WarningKind]:
    found = check([b], [], holidays=holidays, office=OFFICE, stays=stays or {})
    return {w.kind for w in found.warnings}


def test_intervals_that_touch_do_not_clash() -> None:
    a = booking(at(7, 8), at(7, 10), people=frozenset({1}), event_id=1)
    b = booking(at(7, 10), at(7, 11), people=frozenset({1}), event_id=2)
    assert clashes(a, b) == []
    c = booking(at(7, 9, 59), at(7, 11), people=frozenset({1}), event_id=3)
    assert [x.kind for x in clashes(a, c)] == [ConflictKind.PERSON]


def test_person_unit_and_place_are_each_named() -> None:
    a = booking(at(7, 8), at(7, 10), people=frozenset({1, 2}), host_unit=5, place="Phòng 201")
    b = booking(
        at(7, 9), at(7, 11), people=frozenset({2, 3}), host_unit=5, place="phong  201", event_id=9
    )
    found = clashes(a, b)
    assert [(c.kind, c.person_id) for c in found] == [
        (ConflictKind.PERSON, 2),
        (ConflictKind.HOST_UNIT, None),
        (ConflictKind.PLACE, None),
    ]
    assert found[0].other.event_id == 9


def test_an_event_does_not_clash_with_itself() -> None:
    a = booking(at(7, 8), at(7, 10), people=frozenset({1}), event_id=4)
    assert check([a], [a], holidays={}, office=OFFICE, stays={}).conflicts == []


def test_all_day_event_blocks_the_whole_day_only() -> None:
    day = booking(at(7, 0), at(8, 0), all_day=True, people=frozenset({1}), event_id=1)
    morning = booking(at(7, 8), at(7, 9), people=frozenset({1}), event_id=2)
    next_morning = booking(at(8, 8), at(8, 9), people=frozenset({1}), event_id=3)
    assert clashes(morning, day)
    assert not clashes(next_morning, day)
    assert WarningKind.OFF_HOURS not in warnings(day)


def test_event_across_midnight() -> None:
    night = booking(at(10, 22), at(11, 2), host_unit=3, event_id=1)  # Friday into Saturday
    early = booking(at(11, 1), at(11, 3), host_unit=3, event_id=2)
    assert clashes(early, night)
    assert night.days() == [date(2026, 4, 10), date(2026, 4, 11)]
    assert warnings(night) == {WarningKind.WEEKEND, WarningKind.OFF_HOURS}


def test_holiday_named_and_weekend_and_office_hours() -> None:
    holidays = {date(2026, 4, 27): "Giỗ Tổ Hùng Vương (nghỉ bù)"}
    b = booking(at(27, 8), at(27, 9))
    found = check([b], [], holidays=holidays, office=OFFICE, stays={})
    assert [(w.kind, w.holiday) for w in found.warnings] == [
        (WarningKind.HOLIDAY, "Giỗ Tổ Hùng Vương (nghỉ bù)")
    ]
    assert warnings(booking(at(6, 11), at(6, 12))) == {WarningKind.OFF_HOURS}
    assert warnings(booking(at(6, 13, 30), at(6, 17))) == set()
    assert warnings(booking(at(5, 8), at(5, 9))) == {WarningKind.WEEKEND}


def test_outside_the_volunteer_stay() -> None:
    stays = {1: [Stay(date(2026, 4, 6), date(2026, 4, 28))]}
    inside = booking(at(28, 8), at(28, 9), people=frozenset({1, 2}))
    outside = booking(at(29, 8), at(29, 9), people=frozenset({1, 2}))
    assert warnings(inside, stays=stays) == set()
    found = check([outside], [], holidays={}, office=OFFICE, stays=stays)
    assert [(w.kind, w.person_id) for w in found.warnings] == [(WarningKind.OUTSIDE_STAY, 1)]


def test_office_hours_parse_and_reject() -> None:
    hours = OfficeHours.parse("08:00-12:00, 13:00-17:30")
    assert hours.periods[1] == (time(13), time(17, 30))
    assert hours.to_text() == "08:00-12:00, 13:00-17:30"
    for bad in ("", "8h-12h", "12:00-08:00"):
        try:
            OfficeHours.parse(bad)
        except ValueError:
            continue
        raise AssertionError(bad)


def test_recurring_series_checked_on_every_occurrence() -> None:
    rule = Recurrence(Frequency.WEEKLY, weekdays=(0, 2), count=4).to_rrule()
    assert rule == "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=4"
    spans = occurrences(rule, at(6, 9), at(6, 10), skipped=[date(2026, 4, 8)])
    assert [s.day for s, _ in spans] == [6, 13, 15]
    series = [booking(s, e, people=frozenset({7})) for s, e in spans]
    other = booking(at(15, 9, 30), at(15, 11), people=frozenset({7}), event_id=5)
    found = check(series, [other], holidays={}, office=OFFICE, stays={})
    assert [c.booking.starts.day for c in found.conflicts] == [15]


def test_recurrence_round_trip_and_unknown_rules() -> None:
    r = Recurrence(Frequency.MONTHLY, interval=2, until=date(2026, 12, 31))
    assert Recurrence.from_rrule(r.to_rrule()) == r
    assert Recurrence.from_rrule("FREQ=MONTHLY;BYDAY=1MO") is None
    assert Recurrence.from_rrule("FREQ=YEARLY") is None
    daily = occurrences("FREQ=DAILY;UNTIL=20260409T235959", at(6, 9), at(6, 10))
    assert len(daily) == 4


def test_sweep_marks_both_sides() -> None:
    a = booking(at(7, 8), at(7, 10), people=frozenset({1}), event_id=1)
    b = booking(at(7, 9), at(7, 11), people=frozenset({1}), event_id=2)
    c = booking(at(7, 13, 30), at(7, 14), event_id=3)
    found = sweep([a, b, c], holidays={}, office=OFFICE, stays={})
    assert found[0] and found[0].conflicts[0].other.event_id == 2
    assert found[1] and found[1].conflicts[0].other.event_id == 1
    assert found[2] is None


def test_a_room_is_one_place_whatever_each_event_calls_it() -> None:
    def place(place: str | None, room: int | None, event_id: int) -> Booking:
        return booking(at(7, 8), at(7, 10), place=place, room=room, event_id=event_id)

    def kinds(a: Booking, b: Booking) -> list[ConflictKind]:
        return [c.kind for c in clashes(a, b)]

    p2 = place("P.2", 2, 1)
    assert kinds(p2, place("Phòng họp số 2", 2, 2)) == [ConflictKind.PLACE]
    # Two rooms of one name in two units are two places.
    assert kinds(place("Phòng họp số 1", 1, 3), place("Phòng họp số 1", 7, 4)) == []
    # A room is called by its name: free text of that name, folded, is that place.
    assert kinds(place("Phòng họp số 2", 2, 5), place("phong hop so 2", None, 6)) == [
        ConflictKind.PLACE
    ]
    assert kinds(place("Phòng họp số 2", 2, 7), place("Phòng họp số 3", None, 8)) == []
    assert kinds(place("Hội trường", None, 9), place("HOI TRUONG", None, 10)) == [
        ConflictKind.PLACE
    ]
    assert kinds(place(None, None, 11), place("", None, 12)) == []
