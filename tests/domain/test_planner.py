from datetime import date, datetime, time, timedelta

from coordinator.domain.planner import (
    PlanProject,
    PlanRequest,
    PlanVolunteer,
    Reason,
    free_slot,
    plan,
)
from coordinator.domain.scheduling import Booking, OfficeHours, Stay, sweep

OFFICE = OfficeHours()
STAY = Stay(date(2026, 4, 6), date(2026, 4, 28))


def project(pid: int, unit: int, *people: int, stay: Stay = STAY) -> PlanProject:
    vols = tuple(PlanVolunteer(p, f"V{p}", stay) for p in people)
    return PlanProject(pid, f"P{pid}", "x", unit, vols)


def request(*projects: PlanProject, **kw: object) -> PlanRequest:
    return PlanRequest(tuple(projects), date(2026, 4, 6), date(2026, 4, 24), **kw)  # type: ignore[arg-type]


def test_every_week_gets_its_sessions_without_clash_or_holiday() -> None:
    shared = project(1, 10, 1, 2)
    other = project(2, 10, 2, 3)  # same host unit, one volunteer in common
    busy = [Booking(99, "busy", datetime(2026, 4, 6, 8), datetime(2026, 4, 6, 12), host_unit=10)]
    result = plan(
        request(shared, other, sessions_per_week=3),
        busy,
        holidays={date(2026, 4, 27): "x"},
        office=OFFICE,
    )
    assert result.unplaced == []
    assert len(result.sessions) == 3 * 3 * 2
    everything = [s.booking() for s in result.sessions] + busy
    found = sweep(everything, holidays={}, office=OFFICE, stays={})
    assert not any(f and f.conflicts for f in found)
    for s in result.sessions:
        assert s.starts.weekday() < 5 and s.starts.time() in (time(8), time(14))
    # One session per project per day.
    days = [(s.project.project_id, s.starts.date()) for s in result.sessions]
    assert len(days) == len(set(days))


def test_holidays_and_stays_are_respected_and_failures_explained() -> None:
    late = project(1, 10, 1, stay=Stay(date(2026, 4, 20), date(2026, 4, 28)))
    result = plan(
        PlanRequest((late,), date(2026, 4, 6), date(2026, 4, 30), sessions_per_week=2),
        [],
        holidays={date(2026, 4, 27): "Giỗ Tổ (nghỉ bù)", date(2026, 4, 30): "30/4"},
        office=OFFICE,
    )
    placed = sorted(s.starts.date() for s in result.sessions)
    assert date(2026, 4, 27) not in placed and all(d >= date(2026, 4, 20) for d in placed)
    reasons = {(u.week, u.reason) for u in result.unplaced}
    assert (date(2026, 4, 6), Reason.NOBODY_THERE) in reasons


def test_no_slot_left_says_all_busy() -> None:
    p = project(1, 10, 1)
    busy = [
        Booking(
            i,
            "busy",
            datetime(2026, 4, 6, 0) + timedelta(days=i),
            datetime(2026, 4, 7, 0) + timedelta(days=i),
            all_day=True,
            host_unit=10,
        )
        for i in range(5)
    ]
    result = plan(
        PlanRequest((p,), date(2026, 4, 6), date(2026, 4, 10), 1), busy, holidays={}, office=OFFICE
    )
    assert [u.reason for u in result.unplaced] == [Reason.ALL_BUSY]


def test_preferred_time_outside_office_hours() -> None:
    result = plan(request(project(1, 10, 1), times=(time(18),)), [], holidays={}, office=OFFICE)
    assert {u.reason for u in result.unplaced} == {Reason.NO_TIME_FITS}


def test_a_hand_moved_session_is_checked() -> None:
    result = plan(
        request(project(1, 10, 1), project(2, 10, 2), sessions_per_week=1),
        [],
        holidays={},
        office=OFFICE,
    )
    a, b = result.sessions[0], result.sessions[1]
    assert free_slot(a, [], result.sessions)
    a.starts, a.ends = b.starts, b.ends  # same host unit at the same time
    assert not free_slot(a, [], result.sessions)
