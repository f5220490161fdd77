"""Calendar events: ranges for the month and week views, the agenda, and the editor."""

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from coordinator.db import models as m
from coordinator.db.occurrences import overlapping
from coordinator.db.queries import rooms, scheduling
from coordinator.db.queries.common import Choice, blank_to_none, count_of, text_filter
from coordinator.db.queries.event_input import EventInput, SiteInput
from coordinator.db.store import Store
from coordinator.db.versions import claim
from coordinator.domain.enums import EventKind
from coordinator.domain.recurrence import RuleError, format_dates, parse_dates
from coordinator.domain.timezone import (
    day_bounds_utc,
    steady_offset,
    to_local,
    to_utc,
)
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
    recurring: bool = False

    @property
    def key(self) -> tuple[int, datetime]:
        """One occurrence: the event and when this occurrence starts."""
        return (self.id, self.starts)


@dataclass(frozen=True)
class EventFilter:
    """Narrow the calendar to one kind, project, host unit or person; None means all."""

    kind: str | None = None
    project_id: int | None = None
    host_unit_id: int | None = None
    person_id: int | None = None


_Partner = aliased(m.Organization)


def _row_columns(starts_at: Any, ends_at: Any) -> list[Any]:
    """What ``_row`` reads, in its order; the occurrence's times come from the caller
    (the table, or a subquery over it)."""
    return [
        m.Event.id,
        m.Event.kind,
        m.Event.title,
        starts_at,
        ends_at,
        m.Event.all_day,
        m.Event.location,
        m.Event.status,
        m.Project.code,
        _Partner.name,
        m.Event.rrule,
    ]


def _rows_stmt(scope: EventFilter | None = None) -> Any:
    """Occurrences with their event's fields, so a series appears on each of its days."""
    stmt = (
        select(*_row_columns(m.EventOccurrence.starts_at, m.EventOccurrence.ends_at))
        .select_from(m.EventOccurrence)
        .join(m.Event, m.EventOccurrence.event_id == m.Event.id)
        .outerjoin(m.Project, m.Event.project_id == m.Project.id)
        .outerjoin(_Partner, m.Event.partner_id == _Partner.id)
        .where(m.Event.deleted_at.is_(None))
    )
    return stmt if scope is None else scoped(stmt, scope)


def scoped(stmt: Any, f: EventFilter) -> Any:
    """``stmt`` (over m.Event) narrowed by the calendar's filter."""
    if f.kind:
        stmt = stmt.where(m.Event.kind == f.kind)
    if f.project_id is not None:
        stmt = stmt.where(m.Event.project_id == f.project_id)
    if f.host_unit_id is not None:
        unit = select(m.Project.id).where(m.Project.host_unit_id == f.host_unit_id)
        stmt = stmt.where(or_(m.Event.host_unit_id == f.host_unit_id, m.Event.project_id.in_(unit)))
    if f.person_id is not None:
        stmt = stmt.where(
            exists().where(
                m.EventParticipant.event_id == m.Event.id,
                m.EventParticipant.person_id == f.person_id,
            )
        )
    return stmt


def _row(r: Any, local: Callable[[datetime], datetime] = to_local) -> EventRow:
    return EventRow(
        id=r[0],
        kind=r[1],
        title=r[2],
        starts=local(r[3]),
        ends=local(r[4]),
        all_day=r[5],
        location=r[6],
        status=r[7],
        project=r[8],
        partner=r[9],
        recurring=bool(r[10]),
    )


def events_between(
    store: Store, first: date, last: date, scope: EventFilter | None = None
) -> list[EventRow]:
    """Occurrences that overlap local days ``first``..``last``, in start order."""
    lo, hi = day_bounds_utc(first, last)
    occ = m.EventOccurrence
    offset = steady_offset(lo, hi)

    def local(utc: datetime) -> datetime:
        return to_local(utc) if offset is None else utc + offset

    with store.reading() as s:  # plain rows: a busy month has thousands
        stmt = _rows_stmt(scope).where(*overlapping(s, lo, hi)).order_by(occ.starts_at, m.Event.id)
        return [_row(r, local) for r in s.connection().execute(stmt)]


@dataclass
class MonthDays:
    """What a month grid shows: each day's first events in start order (an event over
    several days on each of them), and how many the day has in all."""

    shown: dict[date, list[EventRow]]
    counts: dict[date, int]
    starting: dict[tuple[int, int], int]  # (year, month): occurrences starting in it

    def events(self) -> list[EventRow]:
        """Every shown occurrence once, in start order."""
        seen = {e.key: e for day in self.shown.values() for e in day}
        return sorted(seen.values(), key=lambda e: (e.starts, e.id))

    def starting_in(self, month: date) -> int:
        return self.starting.get((month.year, month.month), 0)


def month_days(
    store: Store, first: date, last: date, scope: EventFilter | None = None, per_day: int = 12
) -> MonthDays:
    """The days ``first``..``last`` of a month grid: at most ``per_day`` events each,
    and each day's count. A busy month has thousands of occurrences and a cell shows
    a few: SQLite ranks them within each local day, and only those shown are read."""
    lo, hi = day_bounds_utc(first, last)
    offset = steady_offset(lo, hi)
    if offset is None:  # the clocks change within the grid: rank in Python instead
        every = events_between(store, first, last, scope)
        return _month_days(first, last, [(e, _over_days(e)) for e in every], None, per_day)
    occ = m.EventOccurrence
    shift = f"{int(offset.total_seconds()) // 60:+d} minutes"
    day = func.date(occ.starts_at, shift)
    spans_days = day != func.date(occ.ends_at, shift, "-1 seconds")  # the end is exclusive
    window: dict[str, Any] = {
        "partition_by": (day, spans_days),
        "order_by": (occ.starts_at, occ.event_id),
        "rows": (None, None),
    }
    with store.reading() as s:
        ranked = select(
            occ.event_id.label("event_id"),
            occ.starts_at.label("starts_at"),
            occ.ends_at.label("ends_at"),
            spans_days.label("several"),
            # One window for both (the whole day as its frame), so one sort serves them.
            func.row_number().over(**window).label("n"),
            func.count().over(**window).label("of"),
        ).where(*overlapping(s, lo, hi))
        if scope is None:  # the occurrences alone: the few deleted events by their index
            deleted = select(m.Event.id).where(m.Event.deleted_at.is_not(None))
            ranked = ranked.where(occ.event_id.not_in(deleted))
        else:
            ranked = scoped(
                ranked.join(m.Event, occ.event_id == m.Event.id).where(
                    m.Event.deleted_at.is_(None)
                ),
                scope,
            )
        sub = ranked.subquery()
        c = sub.c
        # Only the occurrences shown are joined to their event, project and partner.
        stmt = (
            select(*_row_columns(c.starts_at, c.ends_at), c.several, c.of)
            .select_from(sub)
            .join(m.Event, m.Event.id == c.event_id)
            .outerjoin(m.Project, m.Project.id == m.Event.project_id)
            .outerjoin(_Partner, _Partner.id == m.Event.partner_id)
            .where(or_(c.several.is_(True), c.n <= per_day))
            .order_by(c.starts_at, c.event_id)
        )
        rows = list(s.connection().execute(stmt))

    def local(utc: datetime) -> datetime:
        return utc + offset

    events = [(_row(r, local), bool(r[11])) for r in rows]
    singles = {
        e.starts.date(): r[12] for (e, several), r in zip(events, rows, strict=True) if not several
    }
    return _month_days(first, last, events, singles, per_day)


def _over_days(e: EventRow) -> bool:
    return e.starts.date() != (e.ends - timedelta(microseconds=1)).date()


def _month_days(
    first: date,
    last: date,
    events: list[tuple[EventRow, bool]],
    singles: dict[date, int] | None,
    per_day: int,
) -> MonthDays:
    """Sort (event, over several days) into the grid's days. ``singles`` counts each
    day's one-day events when not all of them are given; None: count those given."""
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    shown: dict[date, list[EventRow]] = {d: [] for d in days}
    counts = dict.fromkeys(days, 0)
    starting: dict[tuple[int, int], int] = {}
    if singles is None:
        singles = {}
        for e, several in events:
            if not several:
                singles[e.starts.date()] = singles.get(e.starts.date(), 0) + 1
    for d, n in singles.items():
        if d in counts:
            counts[d] += n
            starting[(d.year, d.month)] = starting.get((d.year, d.month), 0) + n
    for e, several in events:
        if not several:
            if e.starts.date() in shown:
                shown[e.starts.date()].append(e)
            continue
        if first <= e.starts.date() <= last:
            key = (e.starts.year, e.starts.month)
            starting[key] = starting.get(key, 0) + 1
        d = max(e.starts.date(), first)
        end = (e.ends - timedelta(microseconds=1)).date()
        while d <= end and d in shown:
            shown[d].append(e)
            counts[d] += 1
            d += timedelta(days=1)
    for d in days:
        shown[d].sort(key=lambda e: (e.starts, e.id))
        del shown[d][per_day:]
    return MonthDays(shown, counts, starting)


@dataclass(frozen=True)
class AgendaFilter:
    since: date
    text: str = ""
    scope: EventFilter = EventFilter()


def _agenda(f: AgendaFilter) -> Any:
    lo, _ = day_bounds_utc(f.since, f.since)
    stmt = _rows_stmt(f.scope).where(m.EventOccurrence.ends_at > lo)
    cond = text_filter(m.Event.search_text, f.text)
    return stmt if cond is None else stmt.where(cond)


def count_agenda(store: Store, f: AgendaFilter) -> int:
    with store.reading() as s:
        return count_of(s, _agenda(f))


def list_agenda(store: Store, f: AgendaFilter, offset: int, limit: int) -> list[EventRow]:
    stmt = _agenda(f).order_by(m.EventOccurrence.starts_at, m.Event.id).offset(offset).limit(limit)
    with store.reading() as s:
        return [_row(r) for r in s.execute(stmt)]


def get_event(store: Store, event_id: int) -> EventInput | None:
    with store.reading() as s:
        e = s.scalar(
            select(m.Event)
            .where(m.Event.id == event_id, m.Event.deleted_at.is_(None))
            .options(selectinload(m.Event.participants), selectinload(m.Event.sites))
        )
        if e is None:
            return None
        return stored_times(_input(e))


def _input(e: m.Event) -> EventInput:
    return EventInput(
        id=e.id,
        version=e.version,
        kind=e.kind,
        title=e.title,
        starts=to_local(e.starts_at),
        ends=to_local(e.ends_at),
        all_day=e.all_day,
        location=e.location,
        room_id=e.room_id,
        project_id=e.project_id,
        partner_id=e.partner_id,
        host_unit_id=e.host_unit_id,
        status=e.status,
        notes=e.notes,
        participant_ids=[p.person_id for p in e.participants],
        sites=[SiteInput(x.name, x.location) for x in e.sites],
        rrule=e.rrule,
        skipped=parse_dates(e.exdates),
        override_reason=e.override_reason,
        series_id=e.series_id,
        uid=e.uid,
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
    if data.rrule:
        try:
            if not data.spans():
                check.add("recurrence", Problem.EMPTY_SERIES)
        except RuleError:
            check.add("recurrence", Problem.FORMAT)
    check.raise_if_any()


def save_event(store: Store, data: EventInput, *, check_conflicts: bool = True) -> int:
    """Write an event; refuse a hard conflict unless ``data.override_reason`` explains it.

    Raises ValidationError for bad fields and ConflictError for an unexplained clash.
    """
    validate_event(data)
    with store.session() as s:
        if data.id:
            claim(s.get(m.Event, data.id), data.version, "event", data.id)
        place_in_room(s, data)
        findings = scheduling.check_input(s, data)
        if check_conflicts and findings.blocking and not (data.override_reason or "").strip():
            raise scheduling.ConflictError(findings)
        e = write_event(s, data, keep_reason=findings.blocking)
        data.id, data.version = e.id, e.version
        return e.id


def place_in_room(s: Session, data: EventInput) -> None:
    """A place typed as text that names a room ("phong hop so 2") is that room; an
    event in a room is called by the room's name."""
    typed = data.room_id is None
    if typed:
        data.room_id = rooms.resolve_room(s, data.location, scheduling.unit_of(s, data))
    if data.room_id is not None:
        name = s.scalar(select(m.Room.name).where(m.Room.id == data.room_id))
        if name is None:
            data.room_id = None  # no such room (an old form, a stray id): keep the text
        elif typed or not (data.location or "").strip():
            data.location = name


def write_event(
    s: Session,
    data: EventInput,
    *,
    keep_reason: bool = True,
    into: m.Event | None = None,
    flush: bool = True,
) -> m.Event:
    """Write ``data`` into its stored event (``into``, or the one with its id), or a new one.

    ``flush=False`` leaves the rows pending, for an import that flushes in batches.
    """
    starts, ends = data.first_span()  # a series is stored by its first occurrence
    e = into if into is not None else s.get(m.Event, data.id) if data.id else None
    if e is None:
        e = m.Event(kind=data.kind, title="", starts_at=starts, ends_at=ends)
        s.add(e)
    e.kind = data.kind
    e.title = data.title.strip()
    e.tz = data.tz
    e.starts_at = to_utc(starts, data.tz)
    e.ends_at = to_utc(ends, data.tz)
    e.uid = data.uid or e.uid or f"{uuid.uuid4()}@coordinator"
    e.all_day = data.all_day
    e.location = blank_to_none(data.location)
    e.room_id = data.room_id
    e.project_id = data.project_id
    e.partner_id = data.partner_id
    e.host_unit_id = data.host_unit_id
    e.status = data.status
    e.notes = blank_to_none(data.notes)
    e.rrule = data.rrule or None
    e.exdates = format_dates(data.skipped) if data.rrule else None
    e.series_id = data.series_id
    e.override_reason = blank_to_none(data.override_reason) if keep_reason else None
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
    if flush:
        s.flush()
    return e


def stored_times(data: EventInput) -> EventInput:
    """``data`` with all-day ends turned back into the last day shown in the editor."""
    if data.all_day and data.ends.time() == datetime.min.time() and data.ends > data.starts:
        data.ends = data.ends - timedelta(days=1)
    return data


def detach_occurrence(store: Store, series_id: int, day: date, data: EventInput) -> int:
    """Take one day out of a series and save ``data`` as a separate event in its place."""
    with store.session() as s:
        master = s.get(m.Event, series_id)
        if master is None:
            raise LookupError(series_id)
        master.exdates = format_dates([*parse_dates(master.exdates), day])
        place_in_room(s, data)
        data.id, data.uid, data.rrule, data.skipped = None, None, None, []
        data.series_id = series_id
        return write_event(s, data).id


def skip_occurrence(store: Store, series_id: int, day: date) -> None:
    with store.session() as s:
        master = s.get(m.Event, series_id)
        if master is not None:
            master.exdates = format_dates([*parse_dates(master.exdates), day])


def snapshot(store: Store, event_id: int) -> EventInput | None:
    """Everything needed to put an event back as it is now (for undo)."""
    data = get_event(store, event_id)
    return None if data is None else stored_times(data)


def restore(store: Store, event_id: int, data: EventInput | None) -> None:
    """Put an event back to a snapshot; None means it did not exist (soft-deleted)."""
    with store.session() as s:
        e = s.get(m.Event, event_id)
        if e is None:
            return
        if data is None:
            e.deleted_at = e.deleted_at or m.utcnow()
            return
        e.deleted_at = None
        data.id = event_id
        write_event(s, data)


def set_event_deleted(store: Store, event_id: int, deleted: bool) -> None:
    with store.session() as s:
        e = s.get(m.Event, event_id)
        if e is not None:
            e.deleted_at = m.utcnow() if deleted else None


def people_choices(store: Store) -> list[Choice]:
    """Everyone who can take part in an event, with their organisation for context."""
    with store.reading() as s:
        rows = s.execute(
            select(m.Person.id, m.Person.full_name, m.Organization.short_name, m.Organization.name)
            .outerjoin(m.Organization, m.Person.organization_id == m.Organization.id)
            .where(m.Person.deleted_at.is_(None))
            .order_by(m.Person.full_name)
        )
        return [
            Choice(i, f"{n} ({short or org})" if (short or org) else n) for i, n, short, org in rows
        ]
