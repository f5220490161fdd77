"""The scheduling checks run against the database: what a new or moved event clashes with.

The rules are in coordinator.domain.scheduling; this module gathers what they
need (the other bookings in the same hours, volunteers' stays, office hours,
holidays) with indexed range queries on ``event_occurrence``.
"""

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.db import models as m
from coordinator.db.occurrences import overlapping
from coordinator.db.queries.event_input import EventInput
from coordinator.db.queries.settings import read_setting, write_setting
from coordinator.db.store import Store
from coordinator.domain.enums import EventStatus
from coordinator.domain.public_holidays import holiday_names
from coordinator.domain.recurrence import RuleError
from coordinator.domain.scheduling import (
    Booking,
    Findings,
    OfficeHours,
    Stay,
    check,
    sweep,
)
from coordinator.domain.timezone import day_bounds_utc, to_local, to_utc

OFFICE_HOURS_KEY = "office_hours"


class ConflictError(Exception):
    """A save that would double-book someone or something, without a reason given."""

    def __init__(self, findings: Findings) -> None:
        super().__init__(f"{len(findings.conflicts)} conflict(s)")
        self.findings = findings


def office_hours(s: Session) -> OfficeHours:
    value = read_setting(s, OFFICE_HOURS_KEY)
    try:
        return OfficeHours.parse(value) if value else OfficeHours()
    except ValueError:
        return OfficeHours()


def get_office_hours(store: Store) -> OfficeHours:
    with store.reading() as s:
        return office_hours(s)


def set_office_hours(store: Store, hours: OfficeHours) -> None:
    with store.session() as s:
        write_setting(s, OFFICE_HOURS_KEY, hours.to_text())


def bookings(s: Session, lo: datetime, hi: datetime) -> list[Booking]:
    """Every live occurrence overlapping UTC ``lo``..``hi`` (cancelled events book nothing)."""
    occ, ev = m.EventOccurrence, m.Event
    stmt = (
        select(
            ev.id,
            ev.title,
            occ.starts_at,
            occ.ends_at,
            ev.all_day,
            ev.tz,
            # A room is called by its own name, whatever the event's text says.
            func.coalesce(m.Room.name, ev.location),
            ev.host_unit_id,
            m.Project.host_unit_id,
            ev.room_id,
        )
        .select_from(occ)
        .join(ev, occ.event_id == ev.id)
        .outerjoin(m.Project, ev.project_id == m.Project.id)
        .outerjoin(m.Room, ev.room_id == m.Room.id)
        .where(
            *overlapping(s, lo, hi),
            ev.deleted_at.is_(None),
            ev.status != EventStatus.CANCELLED,
        )
    )
    # Plain rows through the connection: the ORM's row machinery costs more than the
    # query for the thousands of occurrences of a busy month.
    conn = s.connection()
    rows = conn.execute(stmt).all()
    people: dict[int, set[int]] = defaultdict(set)
    ids = {r[0] for r in rows}
    if ids:
        for event_id, person_id in conn.execute(
            select(m.EventParticipant.event_id, m.EventParticipant.person_id).where(
                m.EventParticipant.event_id.in_(select(occ.event_id).where(*overlapping(s, lo, hi)))
            )
        ):
            people[event_id].add(person_id)
    return [
        Booking(
            event_id=r[0],
            title=r[1],
            starts=to_local(r[2]),
            ends=to_local(r[3]),
            all_day=r[4],
            people=frozenset(people.get(r[0], ())),
            host_unit=r[7] if r[7] is not None else r[8],
            place=r[6],
            room=r[9],
        )
        for r in rows
    ]


def stays(s: Session, person_ids: Iterable[int]) -> dict[int, list[Stay]]:
    """Each volunteer's stays from their project assignments; people with none are absent."""
    ids = list(set(person_ids))
    out: dict[int, list[Stay]] = defaultdict(list)
    if not ids:
        return out
    for pid, arrives, departs in s.execute(
        select(m.Assignment.person_id, m.Assignment.arrives_on, m.Assignment.departs_on).where(
            m.Assignment.person_id.in_(ids), m.Assignment.deleted_at.is_(None)
        )
    ):
        if arrives is not None or departs is not None:
            out[pid].append(Stay(arrives, departs))
    return dict(out)


def unit_of(s: Session, data: "EventInput") -> int | None:
    if data.host_unit_id is not None or data.project_id is None:
        return data.host_unit_id
    return s.scalar(select(m.Project.host_unit_id).where(m.Project.id == data.project_id))


def candidate(s: Session, data: "EventInput") -> list[Booking]:
    """The bookings an event being edited would make, one per occurrence."""
    if data.status == EventStatus.CANCELLED:
        return []
    try:
        spans = data.spans()
    except RuleError:
        return []
    unit = unit_of(s, data)
    people = frozenset(data.participant_ids)
    place = data.location
    if data.room_id is not None:
        place = s.scalar(select(m.Room.name).where(m.Room.id == data.room_id)) or place
    return [
        Booking(data.id, data.title, a, b, data.all_day, people, unit, place, data.room_id)
        for a, b in spans
    ]


@dataclass(frozen=True)
class Context:
    holidays: dict[date, str]
    office: OfficeHours
    stays: dict[int, list[Stay]]


def context(s: Session, items: Sequence[Booking], language: str) -> Context:
    if not items:
        return Context({}, office_hours(s), {})
    first = min(b.starts for b in items).date()
    last = max(b.ends for b in items).date()
    people = {p for b in items for p in b.people}
    return Context(holiday_names(first, last, language), office_hours(s), stays(s, people))


def check_bookings(
    s: Session,
    items: Sequence[Booking],
    *,
    language: str = "vi",
    ignore: frozenset[int] | set[int] = frozenset(),
) -> Findings:
    """Check bookings about to be written against everything already stored."""
    if not items:
        return Findings()
    lo = to_utc(min(b.starts for b in items))
    hi = to_utc(max(b.ends for b in items))
    others = [b for b in bookings(s, lo, hi) if b.event_id not in ignore]
    ctx = context(s, items, language)
    return check(items, others, holidays=ctx.holidays, office=ctx.office, stays=ctx.stays)


def check_input(s: Session, data: "EventInput", language: str = "vi") -> Findings:
    ignore = {data.id} if data.id is not None else set()
    return check_bookings(s, candidate(s, data), language=language, ignore=ignore)


def check_event(store: Store, data: "EventInput", language: str = "vi") -> Findings:
    with store.reading() as s:
        return check_input(s, data, language)


def findings_between(
    store: Store, first: date, last: date, language: str = "vi"
) -> list[tuple[Booking, Findings]]:
    """Every occurrence on local days ``first``..``last`` that has a conflict or warning."""
    lo, hi = day_bounds_utc(first, last)
    with store.reading() as s:
        items = bookings(s, lo, hi)
        ctx = context(s, items, language)
    found = sweep(items, holidays=ctx.holidays, office=ctx.office, stays=ctx.stays)
    pairs = [(b, f) for b, f in zip(items, found, strict=True) if f]
    pairs.sort(key=lambda p: (p[0].starts, p[0].event_id or 0))
    return pairs


def flagged_between(store: Store, first: date, last: date) -> dict[tuple[int, datetime], bool]:
    """For the calendar's marks: occurrence → True for a hard conflict, False for a warning."""
    return {
        (b.event_id or 0, b.starts): f.blocking for b, f in findings_between(store, first, last)
    }


def names_for(
    store: Store, found: Iterable[Findings]
) -> tuple[dict[int, str], dict[int, str], OfficeHours]:
    """Names of the people and host units the findings mention, and the office hours."""
    people: set[int] = set()
    units: set[int] = set()
    for f in found:
        people.update(c.person_id for c in f.conflicts if c.person_id is not None)
        people.update(w.person_id for w in f.warnings if w.person_id is not None)
        units.update(c.booking.host_unit for c in f.conflicts if c.booking.host_unit is not None)
    with store.reading() as s:
        person_names: dict[int, str] = {
            i: n
            for i, n in s.execute(
                select(m.Person.id, m.Person.full_name).where(m.Person.id.in_(people))
            )
        }
        unit_names = {
            i: short or name
            for i, name, short in s.execute(
                select(m.Organization.id, m.Organization.name, m.Organization.short_name).where(
                    m.Organization.id.in_(units)
                )
            )
        }
        return person_names, unit_names, office_hours(s)


def event_span(store: Store) -> tuple[date, date] | None:
    """The first and last local day with any event."""
    with store.reading() as s:
        lo, hi = s.execute(
            select(func.min(m.EventOccurrence.starts_at), func.max(m.EventOccurrence.ends_at))
        ).one()
    if lo is None:
        return None
    return to_local(lo).date(), to_local(hi).date()
