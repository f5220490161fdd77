"""The planner keeps to the project's dates, every stay, office hours and working days,
groups what it cannot place by reason, and knows a period in the past."""

from datetime import date, time

from coordinator.domain.planner import (
    PastPeriod,
    PlanProject,
    PlanRequest,
    PlanRoom,
    PlanVolunteer,
    Reason,
    default_period,
    past_part,
    plan,
)
from coordinator.domain.public_holidays import holiday_names
from coordinator.domain.scheduling import OfficeHours, Stay

OFFICE = OfficeHours()


def mission() -> PlanProject:
    volunteers = (
        PlanVolunteer(1, "An", Stay(date(2026, 4, 13), date(2026, 4, 22))),
        PlanVolunteer(2, "Bình", Stay(date(2026, 4, 20), date(2026, 5, 5))),
    )
    return PlanProject(
        1,
        "KHCN-01",
        "x",
        10,
        volunteers,
        rooms=(PlanRoom(7, "Phòng họp tầng 2"),),
        starts_on=date(2026, 4, 13),
        ends_on=date(2026, 4, 28),
    )


def test_sessions_stay_inside_the_project_the_stays_and_office_hours() -> None:
    first, last = date(2026, 3, 30), date(2026, 5, 15)
    project = mission()
    result = plan(
        PlanRequest((project,), first, last, sessions_per_week=3),
        [],
        holidays=holiday_names(first, last),
        office=OFFICE,
    )
    assert result.sessions
    holidays = holiday_names(first, last)
    for s in result.sessions:
        day = s.starts.date()
        assert date(2026, 4, 13) <= day <= date(2026, 4, 28)
        assert day.weekday() < 5 and day not in holidays
        assert OFFICE.contains(s.starts, s.ends)
        assert s.people and all(
            v.stay.covers(day) for v in project.volunteers if v.person_id in s.people
        )
        assert s.room == PlanRoom(7, "Phòng họp tầng 2")
    assert date(2026, 4, 27) not in {s.starts.date() for s in result.sessions}  # Giỗ Tổ off
    # 30/3 and 6/4 (before the start) and 4/5, 11/5 (after the end): outside the project.
    groups = result.unplaced_by_reason()
    outside = groups[Reason.OUTSIDE_PROJECT]
    assert {u.week for u in outside} >= {
        date(2026, 3, 30),
        date(2026, 4, 6),
        date(2026, 5, 4),
        date(2026, 5, 11),
    }
    # One entry per reason, every unplaced session in exactly one of them.
    assert sum(len(v) for v in groups.values()) == len(result.unplaced)
    assert all(u.reason is reason for reason, items in groups.items() for u in items)


def test_a_second_stay_counts_and_a_gap_between_stays_does_not() -> None:
    back = PlanVolunteer(
        1,
        "An",
        Stay(date(2026, 4, 13), date(2026, 4, 14)),
        (Stay(date(2026, 4, 23), date(2026, 4, 24)),),
    )
    project = PlanProject(1, "P", "x", 10, (back,), starts_on=None, ends_on=None)
    result = plan(
        PlanRequest((project,), date(2026, 4, 13), date(2026, 4, 24), sessions_per_week=2),
        [],
        holidays={},
        office=OFFICE,
    )
    days = sorted(s.starts.date() for s in result.sessions)
    assert days == [date(2026, 4, 13), date(2026, 4, 14), date(2026, 4, 23), date(2026, 4, 24)]


def test_nobody_there_is_grouped_with_a_count() -> None:
    project = PlanProject(
        1,
        "KHCN-01",
        "x",
        10,
        (PlanVolunteer(1, "An", Stay(date(2026, 4, 27), date(2026, 4, 28))),),
        starts_on=date(2026, 4, 13),
        ends_on=date(2026, 4, 28),
    )
    result = plan(
        PlanRequest((project,), date(2026, 4, 13), date(2026, 4, 24), sessions_per_week=2),
        [],
        holidays={},
        office=OFFICE,
    )
    assert result.sessions == []
    groups = result.unplaced_by_reason()
    assert list(groups) == [Reason.NOBODY_THERE]
    assert len(groups[Reason.NOBODY_THERE]) == 4  # two weeks, two sessions each


def test_office_hours_reason_is_grouped_apart() -> None:
    result = plan(
        PlanRequest((mission(),), date(2026, 4, 13), date(2026, 4, 17), times=(time(19, 0),)),
        [],
        holidays={},
        office=OFFICE,
    )
    assert list(result.unplaced_by_reason()) == [Reason.NO_TIME_FITS]


def test_a_period_in_the_past_is_named() -> None:
    today = date(2026, 11, 30)
    assert past_part(date(2026, 12, 1), date(2026, 12, 20), today) is None
    assert past_part(today, date(2026, 12, 20), today) is None
    assert past_part(date(2026, 4, 6), date(2026, 4, 28), today) == PastPeriod(
        date(2026, 4, 6), date(2026, 4, 28), whole=True
    )
    assert past_part(date(2026, 11, 23), date(2026, 12, 11), today) == PastPeriod(
        date(2026, 11, 23), date(2026, 11, 29), whole=False
    )


def test_the_default_period_starts_today_or_at_the_projects_start() -> None:
    today = date(2026, 11, 30)
    # Only finished projects: from today.
    assert default_period([(date(2026, 4, 3), date(2026, 4, 28))], today)[0] == today
    # A project starting later: from its start, cut at its end.
    later = [(date(2027, 1, 4), date(2027, 1, 15)), (date(2026, 4, 3), date(2026, 4, 28))]
    assert default_period(later, today) == (date(2027, 1, 4), date(2027, 1, 15))
    # A project under way: from today, 26 days.
    running = [(date(2026, 10, 1), None)]
    assert default_period(running, today) == (today, date(2026, 12, 25))
    assert default_period([], today) == (today, date(2026, 12, 25))
