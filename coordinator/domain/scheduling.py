"""Scheduling checks: who and what is double-booked, and when a time is a poor choice.

Hard conflicts (a person, a host unit or a place booked twice at once) stop a
save unless the coordinator overrides them with a reason. Warnings (a public
holiday, a weekend, outside office hours, outside a volunteer's stay) are shown
but never stop anything.

Everything here works on local wall times and plain values, without a database.
Intervals are half-open: an event ending at 10:00 does not clash with one
starting at 10:00. An all-day event covers its days from midnight to midnight.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from functools import cached_property

from coordinator.domain.text import fold


@dataclass(frozen=True)
class Booking:
    """One occurrence of an event, as the checks see it."""

    event_id: int | None
    title: str
    starts: datetime  # local wall time
    ends: datetime
    all_day: bool = False
    people: frozenset[int] = frozenset()
    host_unit: int | None = None
    place: str | None = None  # a room's name when ``room`` is set, else the free text
    room: int | None = None

    @cached_property
    def place_key(self) -> str:
        """Folded once per booking: a month's sweep compares each with its neighbours."""
        return fold(self.place or "")

    def same_place(self, other: "Booking") -> bool:
        """Two rooms are the same place when they are the same room, whatever the
        events call them ("P.2", "Phòng họp số 2"); otherwise free text is compared
        folded, and a room's name stands for it."""
        if self.room is not None and other.room is not None:
            return self.room == other.room
        return bool(self.place_key) and self.place_key == other.place_key

    def days(self) -> list[date]:
        """The local days this booking touches."""
        last = (self.ends - timedelta(microseconds=1)).date() if self.ends > self.starts else None
        first = self.starts.date()
        last = max(first, last or first)
        return [first + timedelta(days=i) for i in range((last - first).days + 1)]


class ConflictKind(StrEnum):
    PERSON = "person"
    HOST_UNIT = "host_unit"
    PLACE = "place"


class WarningKind(StrEnum):
    HOLIDAY = "holiday"
    WEEKEND = "weekend"
    OFF_HOURS = "off_hours"
    OUTSIDE_STAY = "outside_stay"


@dataclass(frozen=True)
class Conflict:
    kind: ConflictKind
    booking: Booking  # the occurrence being checked
    other: Booking  # the booking it clashes with
    person_id: int | None = None  # for PERSON


@dataclass(frozen=True)
class ScheduleWarning:
    kind: WarningKind
    booking: Booking
    day: date | None = None
    holiday: str | None = None  # for HOLIDAY
    person_id: int | None = None  # for OUTSIDE_STAY


@dataclass(frozen=True)
class Stay:
    """A volunteer's time in the province; either end may be unknown."""

    arrives: date | None
    departs: date | None

    def covers(self, day: date) -> bool:
        return (self.arrives is None or self.arrives <= day) and (
            self.departs is None or day <= self.departs
        )


@dataclass(frozen=True)
class OfficeHours:
    periods: tuple[tuple[time, time], ...] = (
        (time(7, 30), time(11, 30)),
        (time(13, 30), time(17, 0)),
    )

    def contains(self, starts: datetime, ends: datetime) -> bool:
        if starts.date() != ends.date():
            return False
        return any(lo <= starts.time() and ends.time() <= hi for lo, hi in self.periods)

    def to_text(self) -> str:
        return ", ".join(f"{lo:%H:%M}-{hi:%H:%M}" for lo, hi in self.periods)

    @classmethod
    def parse(cls, text: str) -> "OfficeHours":
        """``07:30-11:30, 13:30-17:00``; raises ValueError on anything else."""
        periods = []
        for part in text.split(","):
            if not part.strip():
                continue
            lo_text, sep, hi_text = part.partition("-")
            if not sep:
                raise ValueError(part)
            lo = time.fromisoformat(lo_text.strip())
            hi = time.fromisoformat(hi_text.strip())
            if hi <= lo:
                raise ValueError(part)
            periods.append((lo, hi))
        if not periods:
            raise ValueError(text)
        return cls(tuple(sorted(periods)))


@dataclass
class Findings:
    conflicts: list[Conflict] = field(default_factory=list)
    warnings: list[ScheduleWarning] = field(default_factory=list)

    @property
    def blocking(self) -> bool:
        return bool(self.conflicts)

    def __bool__(self) -> bool:
        return bool(self.conflicts or self.warnings)


def overlaps(a: Booking, b: Booking) -> bool:
    return a.starts < b.ends and b.starts < a.ends


def clashes(a: Booking, b: Booking) -> list[Conflict]:
    """What ``a`` and ``b`` share while they overlap; nothing if they do not."""
    if not overlaps(a, b) or (a.event_id is not None and a.event_id == b.event_id):
        return []
    out = [Conflict(ConflictKind.PERSON, a, b, p) for p in sorted(a.people & b.people)]
    if a.host_unit is not None and a.host_unit == b.host_unit:
        out.append(Conflict(ConflictKind.HOST_UNIT, a, b))
    if a.same_place(b):
        out.append(Conflict(ConflictKind.PLACE, a, b))
    return out


def warnings_for(
    b: Booking,
    *,
    holidays: Mapping[date, str],
    office: OfficeHours,
    stays: Mapping[int, Sequence[Stay]],
) -> list[ScheduleWarning]:
    out: list[ScheduleWarning] = []
    days = b.days()
    for d in days:
        if d in holidays:
            out.append(ScheduleWarning(WarningKind.HOLIDAY, b, d, holiday=holidays[d]))
        elif d.weekday() >= 5:
            out.append(ScheduleWarning(WarningKind.WEEKEND, b, d))
    if not b.all_day and not office.contains(b.starts, b.ends):
        out.append(ScheduleWarning(WarningKind.OFF_HOURS, b, b.starts.date()))
    for person in sorted(b.people):
        person_stays = stays.get(person)
        if person_stays and not all(any(s.covers(d) for s in person_stays) for d in days):
            out.append(
                ScheduleWarning(WarningKind.OUTSIDE_STAY, b, b.starts.date(), person_id=person)
            )
    return out


def check(
    candidate: Sequence[Booking],
    others: Iterable[Booking],
    *,
    holidays: Mapping[date, str],
    office: OfficeHours,
    stays: Mapping[int, Sequence[Stay]],
) -> Findings:
    """Everything wrong with saving ``candidate`` (one booking per occurrence) among ``others``.

    ``others`` may include the candidate's own occurrences; they are ignored.
    """
    findings = Findings()
    ordered = sorted(others, key=lambda o: o.starts)
    for b in candidate:
        for o in ordered:
            if o.starts >= b.ends:
                break
            findings.conflicts.extend(clashes(b, o))
        findings.warnings.extend(warnings_for(b, holidays=holidays, office=office, stays=stays))
    return findings


def sweep(
    bookings: Iterable[Booking],
    *,
    holidays: Mapping[date, str],
    office: OfficeHours,
    stays: Mapping[int, Sequence[Stay]],
) -> list[Findings | None]:
    """Findings for every booking of a set checked against the rest, in the input order.

    One pass in start order; each booking is compared only with those still open.
    """
    items = list(bookings)
    result: list[Findings | None] = [None] * len(items)
    order = sorted(range(len(items)), key=lambda i: items[i].starts)
    active: list[int] = []
    for i in order:
        b = items[i]
        active = [j for j in active if items[j].ends > b.starts]
        for j in active:
            for c in clashes(b, items[j]):
                _findings(result, i).conflicts.append(c)
                _findings(result, j).conflicts.append(Conflict(c.kind, items[j], b, c.person_id))
        active.append(i)
        notes = warnings_for(b, holidays=holidays, office=office, stays=stays)
        if notes:
            _findings(result, i).warnings.extend(notes)
    return result


def _findings(result: list[Findings | None], i: int) -> Findings:
    f = result[i]
    if f is None:
        f = result[i] = Findings()
    return f
