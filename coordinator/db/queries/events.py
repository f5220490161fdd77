"""Calendar events: ranges for the month and week views, the agenda, and the editor."""

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import aliased, selectinload

from coordinator.db import models as m
from coordinator.db.queries.common import Choice, blank_to_none, count_of, text_filter
from coordinator.db.store import Store
from coordinator.domain.enums import EventKind, EventStatus
from coordinator.domain.timezone import LOCAL_TZ_NAME, day_bounds_utc, to_local, to_utc
from coordinator.domain.validation import Checker, Problem


@dataclass(frozen=True)
class EventRow:
    id: int
    kind: str
    title: str
    starts: datetime  # local wall time in Asia/Ho_Chi_Minh
    ends: datetime
    all_day: bool
    location: str | None
    status: str
    project: str | None
    partner: str | None


@dataclass
class SiteInput:
    name: str
    location: str | None = None


@dataclass
class EventInput:
    kind: str
    title: str
    starts: datetime  # local wall time
    ends: datetime
    all_day: bool = False
    location: str | None = None
    project_id: int | None = None
    partner_id: int | None = None
    host_unit_id: int | None = None
    status: str = EventStatus.PLANNED
    notes: str | None = None
    participant_ids: list[int] = field(default_factory=list)
    sites: list[SiteInput] = field(default_factory=list)
    id: int | None = None


_Partner = aliased(m.Organization)


def _rows_stmt() -> Any:
    return (
        select(
            m.Event.id,
            m.Event.kind,
            m.Event.title,
            m.Event.starts_at,
            m.Event.ends_at,
            m.Event.all_day,
            m.Event.location,
            m.Event.status,
            m.Project.code,
            _Partner.name,
        )
        .outerjoin(m.Project, m.Event.project_id == m.Project.id)
        .outerjoin(_Partner, m.Event.partner_id == _Partner.id)
        .where(m.Event.deleted_at.is_(None))
    )


def _row(r: Any) -> EventRow:
    return EventRow(
        id=r[0],
        kind=r[1],
        title=r[2],
        starts=to_local(r[3]),
        ends=to_local(r[4]),
        all_day=r[5],
        location=r[6],
        status=r[7],
        project=r[8],
        partner=r[9],
    )


def events_between(store: Store, first: date, last: date) -> list[EventRow]:
    """Events that overlap local days ``first``..``last``, in start order."""
    lo, hi = day_bounds_utc(first, last)
    stmt = (
        _rows_stmt()
        .where(m.Event.starts_at < hi, m.Event.ends_at > lo)
        .order_by(m.Event.starts_at, m.Event.id)
    )
    with store.session() as s:
        return [_row(r) for r in s.execute(stmt)]


@dataclass(frozen=True)
class AgendaFilter:
    since: date
    text: str = ""


def _agenda(f: AgendaFilter) -> Any:
    lo, _ = day_bounds_utc(f.since, f.since)
    stmt = _rows_stmt().where(m.Event.ends_at > lo)
    cond = text_filter(m.Event.search_text, f.text)
    return stmt if cond is None else stmt.where(cond)


def count_agenda(store: Store, f: AgendaFilter) -> int:
    with store.session() as s:
        return count_of(s, _agenda(f))


def list_agenda(store: Store, f: AgendaFilter, offset: int, limit: int) -> list[EventRow]:
    stmt = _agenda(f).order_by(m.Event.starts_at, m.Event.id).offset(offset).limit(limit)
    with store.session() as s:
        return [_row(r) for r in s.execute(stmt)]


def get_event(store: Store, event_id: int) -> EventInput | None:
    with store.session() as s:
        e = s.scalar(
            select(m.Event)
            .where(m.Event.id == event_id, m.Event.deleted_at.is_(None))
            .options(selectinload(m.Event.participants), selectinload(m.Event.sites))
        )
        if e is None:
            return None
        return EventInput(
            id=e.id,
            kind=e.kind,
            title=e.title,
            starts=to_local(e.starts_at, e.tz),
            ends=to_local(e.ends_at, e.tz),
            all_day=e.all_day,
            location=e.location,
            project_id=e.project_id,
            partner_id=e.partner_id,
            host_unit_id=e.host_unit_id,
            status=e.status,
            notes=e.notes,
            participant_ids=[p.person_id for p in e.participants],
            sites=[SiteInput(x.name, x.location) for x in e.sites],
        )


def validate_event(data: EventInput) -> None:
    check = Checker()
    check.required("title", data.title)
    if data.kind not in set(EventKind):
        check.add("kind", Problem.REQUIRED)
    if data.all_day:
        check.order("ends", data.starts.date(), data.ends.date())
    else:
        check.order("ends", data.starts, data.ends)
    check.raise_if_any()


def save_event(store: Store, data: EventInput) -> int:
    validate_event(data)
    starts, ends = data.starts, data.ends
    if data.all_day:  # all-day events span whole local days, end exclusive
        starts = datetime.combine(starts.date(), datetime.min.time())
        ends = datetime.combine(ends.date() + timedelta(days=1), datetime.min.time())
    with store.session() as s:
        e = s.get(m.Event, data.id) if data.id else None
        if e is None:
            e = m.Event(kind=data.kind, title="", starts_at=starts, ends_at=ends)
            s.add(e)
        e.kind = data.kind
        e.title = data.title.strip()
        e.tz = LOCAL_TZ_NAME
        e.starts_at = to_utc(starts)
        e.ends_at = to_utc(ends)
        e.all_day = data.all_day
        e.location = blank_to_none(data.location)
        e.project_id = data.project_id
        e.partner_id = data.partner_id
        e.host_unit_id = data.host_unit_id
        e.status = data.status
        e.notes = blank_to_none(data.notes)
        current = {p.person_id: p for p in e.participants}
        e.participants = [
            current.get(pid) or m.EventParticipant(person_id=pid)
            for pid in dict.fromkeys(data.participant_ids)
        ]
        e.sites = [
            m.EventSite(name=x.name.strip(), location=blank_to_none(x.location))
            for x in data.sites
            if x.name.strip()
        ]
        s.flush()
        return e.id


def set_event_deleted(store: Store, event_id: int, deleted: bool) -> None:
    with store.session() as s:
        e = s.get(m.Event, event_id)
        if e is not None:
            e.deleted_at = m.utcnow() if deleted else None


def people_choices(store: Store) -> list[Choice]:
    """Everyone who can take part in an event, with their organisation for context."""
    with store.session() as s:
        rows = s.execute(
            select(m.Person.id, m.Person.full_name, m.Organization.short_name, m.Organization.name)
            .outerjoin(m.Organization, m.Person.organization_id == m.Organization.id)
            .where(m.Person.deleted_at.is_(None))
            .order_by(m.Person.full_name)
        )
        return [
            Choice(i, f"{n} ({short or org})" if (short or org) else n) for i, n, short, org in rows
        ]
