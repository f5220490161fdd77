"""The consultation planner: a timetable with no double booking and no holiday.

For each project, each week of the range gets the asked number of sessions, on
different working days (no weekend, no public holiday) inside the project's own
dates, at one of the preferred times, inside office hours, with the project's
volunteers who are in the province that day and its host unit, none of them
busy already. Each session goes to the first of its host
unit's rooms that is free then; a slot with a free room wins over one without.
Days are chosen to spread the load: the emptiest day first. What cannot be
placed is reported with the reason, and grouped by it for the coordinator.
"""

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from coordinator.domain.scheduling import Booking, OfficeHours, Stay, clashes


@dataclass(frozen=True)
class PlanVolunteer:
    person_id: int
    name: str
    stay: Stay
    more_stays: tuple[Stay, ...] = ()  # a second stay on the same project, if any

    def there(self, day: date) -> bool:
        """Whether one of the volunteer's stays covers ``day``."""
        return any(s.covers(day) for s in (self.stay, *self.more_stays))


@dataclass(frozen=True)
class PlanRoom:
    room_id: int
    name: str


@dataclass(frozen=True)
class PlanProject:
    project_id: int
    code: str
    title: str
    host_unit_id: int | None
    volunteers: tuple[PlanVolunteer, ...]
    partner_id: int | None = None
    rooms: tuple[PlanRoom, ...] = ()  # its host unit's rooms, the first tried first
    starts_on: date | None = None  # the project's own dates; None: open at that end
    ends_on: date | None = None

    def running(self, day: date) -> bool:
        return (self.starts_on is None or self.starts_on <= day) and (
            self.ends_on is None or day <= self.ends_on
        )


@dataclass(frozen=True)
class PlanRequest:
    projects: tuple[PlanProject, ...]
    first: date
    last: date
    sessions_per_week: int = 2
    length: timedelta = timedelta(hours=2)
    times: tuple[time, ...] = (time(8, 0), time(14, 0))


@dataclass
class Session:
    project: PlanProject
    starts: datetime
    ends: datetime
    people: frozenset[int]
    room: PlanRoom | None = None  # None: its place is left empty

    def booking(self, room: PlanRoom | None = None) -> Booking:
        """The session as the checks see it, in ``room`` if given, else in its own."""
        where = room or self.room
        return Booking(
            None,
            self.project.code,
            self.starts,
            self.ends,
            people=self.people,
            host_unit=self.project.host_unit_id,
            place=where.name if where else None,
            room=where.room_id if where else None,
        )


class Reason(StrEnum):
    NO_WORKING_DAY = "no_working_day"  # every day of that week is off or outside the range
    OUTSIDE_PROJECT = "outside_project"  # the project has not started or has ended
    NOBODY_THERE = "nobody_there"  # no volunteer of the project is in the province
    NO_TIME_FITS = "no_time_fits"  # no preferred time fits office hours
    ALL_BUSY = "all_busy"  # every slot clashes with a volunteer or the host unit


@dataclass(frozen=True)
class Unplaced:
    project: PlanProject
    week: date  # the Monday
    reason: Reason


@dataclass
class Plan:
    sessions: list[Session] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)

    def without_room(self) -> list[Session]:
        """Sessions whose place is left empty: their unit has no room, or none is free."""
        return [s for s in self.sessions if s.room is None]

    def unplaced_by_reason(self) -> dict[Reason, list[Unplaced]]:
        """The unplaced sessions, one entry per reason (the most telling first), each in
        the order of projects and weeks."""
        groups: dict[Reason, list[Unplaced]] = {}
        for u in sorted(self.unplaced, key=lambda u: (-_rank(u.reason), u.project.code, u.week)):
            groups.setdefault(u.reason, []).append(u)
        return groups


@dataclass(frozen=True)
class PastPeriod:
    """The part of a chosen period that lies before today."""

    first: date
    last: date  # the day before today, or the period's end
    whole: bool  # the whole period is past


def past_part(first: date, last: date, today: date) -> PastPeriod | None:
    """None when the period starts today or later; else which of its days are past."""
    if first >= today:
        return None
    end = min(last, today - timedelta(days=1))
    return PastPeriod(first, end, whole=last < today)


def default_period(
    projects: Sequence[tuple[date | None, date | None]], today: date, length: int = 26
) -> tuple[date, date]:
    """A period to propose: from today, or from the start of the earliest project still to
    run (``projects`` holds each one's start and end) if that is later; ``length`` days,
    shortened to the last of those projects' ends."""
    running = [(s, e) for s, e in projects if e is None or e >= today]
    starts = [s or today for s, _ in running]
    first = max(today, min(starts)) if starts else today
    last = first + timedelta(days=length - 1)
    ends = [e for _, e in running]
    if ends and None not in ends:
        last = max(first, min(last, max(e for e in ends if e is not None)))
    return first, last


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


class _Calendar:
    """Bookings by day, so a slot is checked only against its own day's bookings."""

    def __init__(self, busy: Sequence[Booking]) -> None:
        self.by_day: dict[date, list[Booking]] = defaultdict(list)
        for b in busy:
            for d in b.days():
                self.by_day[d].append(b)

    def free(self, b: Booking) -> bool:
        return not any(clashes(b, other) for other in self.by_day.get(b.starts.date(), ()))

    def add(self, b: Booking) -> None:
        self.by_day[b.starts.date()].append(b)

    def load(self, day: date) -> int:
        return len(self.by_day.get(day, ()))


def free_room(session: Session, cal: _Calendar) -> PlanRoom | None:
    """The first of the host unit's rooms nobody has at the session's time."""
    return next((r for r in session.project.rooms if cal.free(session.booking(r))), None)


def free_slot(session: Session, busy: Sequence[Booking], others: Sequence[Session]) -> bool:
    """Whether a session moved by hand still clashes with nothing; if so it takes
    the first of its unit's rooms free at the new time (none: its place is empty)."""
    cal = _Calendar([*busy, *(o.booking() for o in others if o is not session)])
    if not cal.free(replace(session, room=None).booking()):
        return False
    session.room = free_room(session, cal)
    return True


def plan(
    request: PlanRequest,
    busy: Sequence[Booking],
    *,
    holidays: Mapping[date, str],
    office: OfficeHours,
) -> Plan:
    result = Plan()
    cal = _Calendar(busy)
    week = monday(request.first)
    while week <= request.last:
        days = [
            week + timedelta(days=i)
            for i in range(5)
            if request.first <= week + timedelta(days=i) <= request.last
            and week + timedelta(days=i) not in holidays
        ]
        used: dict[int, set[date]] = defaultdict(set)
        for _round in range(request.sessions_per_week):
            for project in request.projects:
                placed, reason = _place(
                    project, days, used[project.project_id], request, cal, office
                )
                if placed is None:
                    result.unplaced.append(Unplaced(project, week, reason))
                    continue
                used[project.project_id].add(placed.starts.date())
                cal.add(placed.booking())
                result.sessions.append(placed)
        week += timedelta(days=7)
    result.sessions.sort(key=lambda s: (s.starts, s.project.code))
    return result


def _place(
    project: PlanProject,
    days: list[date],
    used: set[date],
    request: PlanRequest,
    cal: _Calendar,
    office: OfficeHours,
) -> tuple[Session | None, Reason]:
    reason = Reason.NO_WORKING_DAY
    candidates: list[tuple[bool, int, date, time, Session]] = []
    for day in days:
        if day in used:
            continue
        if not project.running(day):
            reason = max(reason, Reason.OUTSIDE_PROJECT, key=_rank)
            continue
        people = frozenset(v.person_id for v in project.volunteers if v.there(day))
        if not people:
            reason = max(reason, Reason.NOBODY_THERE, key=_rank)
            continue
        for at in request.times:
            starts = datetime.combine(day, at)
            ends = starts + request.length
            if not office.contains(starts, ends):
                reason = max(reason, Reason.NO_TIME_FITS, key=_rank)
                continue
            session = Session(project, starts, ends, people)
            if not cal.free(session.booking()):
                reason = max(reason, Reason.ALL_BUSY, key=_rank)
                continue
            session.room = free_room(session, cal)
            roomless = session.room is None and bool(project.rooms)
            candidates.append((roomless, cal.load(day), day, at, session))
    if not candidates:
        return None, reason
    return min(candidates, key=lambda c: c[:4])[4], reason


def _rank(reason: Reason) -> int:
    """The most telling reason wins: busy slots say more than an empty week."""
    order = [
        Reason.NO_WORKING_DAY,
        Reason.OUTSIDE_PROJECT,
        Reason.NOBODY_THERE,
        Reason.NO_TIME_FITS,
        Reason.ALL_BUSY,
    ]
    return order.index(reason)
