"""What the consultation planner reads (projects, volunteers, busy time) and how it saves."""

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select

from coordinator.db import models as m
from coordinator.db.queries.common import Choice
from coordinator.db.queries.event_input import EventInput
from coordinator.db.queries.events import write_event
from coordinator.db.queries.rooms import live_rooms
from coordinator.db.queries.scheduling import bookings, office_hours
from coordinator.db.store import Store
from coordinator.domain.enums import EventKind, EventStatus, ProjectStatus
from coordinator.domain.planner import (
    Plan,
    PlanProject,
    PlanRequest,
    PlanRoom,
    PlanVolunteer,
    plan,
)
from coordinator.domain.public_holidays import holiday_names
from coordinator.domain.scheduling import Booking, Stay
from coordinator.domain.timezone import day_bounds_utc


def plannable_projects(store: Store) -> list[Choice]:
    """Projects with volunteers assigned, for the planner's list."""
    with store.reading() as s:
        rows = s.execute(
            select(m.Project.id, m.Project.code, m.Project.title)
            .where(
                m.Project.deleted_at.is_(None),
                m.Project.status != ProjectStatus.CANCELLED,
                m.Project.id.in_(
                    select(m.Assignment.project_id).where(m.Assignment.deleted_at.is_(None))
                ),
            )
            .order_by(m.Project.code)
        )
        return [Choice(i, f"{code} – {title}") for i, code, title in rows]


def plannable_periods(store: Store) -> list[tuple[date | None, date | None]]:
    """The start and end of each project the planner offers, for its default period."""
    ids = [c.id for c in plannable_projects(store)]
    with store.reading() as s:
        rows = s.execute(
            select(m.Project.starts_on, m.Project.ends_on).where(m.Project.id.in_(ids))
        )
        return [(a, b) for a, b in rows]


def plan_projects(store: Store, project_ids: Sequence[int]) -> list[PlanProject]:
    with store.reading() as s:
        projects = s.scalars(
            select(m.Project).where(m.Project.id.in_(project_ids)).order_by(m.Project.code)
        ).all()
        out = []
        for p in projects:
            rows = s.execute(
                select(
                    m.Person.id,
                    m.Person.full_name,
                    m.Assignment.arrives_on,
                    m.Assignment.departs_on,
                )
                .join(m.Assignment, m.Assignment.person_id == m.Person.id)
                .where(
                    m.Assignment.project_id == p.id,
                    m.Assignment.deleted_at.is_(None),
                    m.Person.deleted_at.is_(None),
                )
                .order_by(m.Person.full_name, m.Assignment.arrives_on)
            )
            # One volunteer per person; a second stay on the project (removed ones are
            # left out above) is one more span the person is there.
            stays: dict[int, tuple[str, list[Stay]]] = {}
            for i, n, a, d in rows:
                stays.setdefault(i, (n, []))[1].append(Stay(a, d))
            volunteers = tuple(
                PlanVolunteer(i, n, spans[0], tuple(spans[1:])) for i, (n, spans) in stays.items()
            )
            rooms = (
                tuple(PlanRoom(r.id, r.name) for r in live_rooms(s, p.host_unit_id))
                if p.host_unit_id is not None
                else ()
            )
            out.append(
                PlanProject(
                    p.id,
                    p.code,
                    p.title,
                    p.host_unit_id,
                    volunteers,
                    p.partner_id,
                    rooms,
                    starts_on=p.starts_on,
                    ends_on=p.ends_on,
                )
            )
        return out


def propose(store: Store, request: PlanRequest, language: str = "vi") -> Plan:
    lo, hi = day_bounds_utc(request.first, request.last)
    with store.reading() as s:
        busy = bookings(s, lo, hi)
        office = office_hours(s)
    holidays = holiday_names(request.first, request.last, language)
    return plan(request, busy, holidays=holidays, office=office)


def busy_between(store: Store, first: date, last: date) -> list[Booking]:
    lo, hi = day_bounds_utc(first, last)
    with store.reading() as s:
        return bookings(s, lo, hi)


def save_plan(store: Store, plan_: Plan, title: str) -> list[int]:
    """Write every session as a planned consultation, all in one transaction.

    ``title`` may hold ``%1`` (the project code) and ``%2`` (its title).
    """
    ids = []
    with store.session() as s:
        for session in plan_.sessions:
            p = session.project
            data = EventInput(
                kind=EventKind.CONSULTATION,
                title=title.replace("%1", p.code).replace("%2", p.title),
                starts=session.starts,
                ends=session.ends,
                project_id=p.project_id,
                partner_id=p.partner_id,
                host_unit_id=p.host_unit_id,
                status=EventStatus.PLANNED,
                participant_ids=sorted(session.people),
                room_id=session.room.room_id if session.room else None,
                location=session.room.name if session.room else None,
            )
            ids.append(write_event(s, data).id)
    return ids
