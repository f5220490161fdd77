"""Minutes of an event: attendance, summary, decisions, action items, and their history.

``load_minutes`` gives what the editor shows: the stored record, or a new one
prefilled from the event (its place, its invited participants). ``save_minutes``
writes it back in one transaction; a final record refuses every change until
``set_final(..., False)`` reopens it.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from coordinator.db import models as m
from coordinator.db.attachments import AttachmentInput
from coordinator.db.queries.common import Choice, blank_to_none
from coordinator.db.queries.history import Change, record_history
from coordinator.db.store import Store
from coordinator.db.versions import claim
from coordinator.domain.enums import Attendance, MinutesStatus, PersonRole, TaskStatus
from coordinator.domain.timezone import to_local, today_local
from coordinator.domain.validation import MAX_NAME, Checker, Problem

MAX_TEXT = 20_000
OWNER_TYPE = "minutes"  # Attachment.owner_type of files attached to minutes


class MinutesFinalError(Exception):
    """The record was made final (perhaps in another window) and cannot be changed."""


@dataclass(frozen=True)
class Owner:
    """Who must do an action item: a person or a unit (organisation)."""

    kind: str  # "person" or "unit"
    id: int


@dataclass(frozen=True)
class EventFacts:
    """What the minutes record about their event; read-only in the editor."""

    id: int
    title: str
    kind: str
    starts: datetime  # local
    ends: datetime
    all_day: bool
    location: str | None
    partner: str | None
    project: str | None
    host_unit: str | None
    partner_id: int | None
    project_id: int | None


@dataclass
class AttendeeInput:
    name: str
    person_id: int | None = None  # None: someone new, typed by name
    organization: str | None = None
    attendance: str = Attendance.PRESENT
    represented_by: str | None = None
    invited: bool = True


@dataclass
class DecisionInput:
    text: str
    id: int | None = None


@dataclass
class ActionInput:
    text: str
    owner: Owner | None = None
    due_on: date | None = None
    status: str = TaskStatus.OPEN
    done_on: date | None = None
    id: int | None = None


@dataclass
class MinutesInput:
    event: EventFacts
    id: int | None = None
    status: str = MinutesStatus.DRAFT
    chair_id: int | None = None
    secretary_id: int | None = None
    place: str | None = None
    summary: str | None = None
    attendees: list[AttendeeInput] = field(default_factory=list)
    decisions: list[DecisionInput] = field(default_factory=list)
    actions: list[ActionInput] = field(default_factory=list)
    attachments: list[AttachmentInput] = field(default_factory=list)
    finalized_at: datetime | None = None  # local
    version: int | None = None  # as loaded; None for minutes not yet written

    @property
    def final(self) -> bool:
        return self.status == MinutesStatus.FINAL


def _facts(e: m.Event) -> EventFacts:
    # An event without its own partner or host unit has its project's.
    partner = e.partner or (e.project.partner if e.project else None)
    unit = e.host_unit or (e.project.host_unit if e.project else None)
    return EventFacts(
        id=e.id,
        title=e.title,
        kind=e.kind,
        starts=to_local(e.starts_at),
        ends=to_local(e.ends_at),
        all_day=e.all_day,
        location=e.location,
        partner=partner.name if partner else None,
        project=f"{e.project.code} – {e.project.title}" if e.project else None,
        host_unit=unit.name if unit else None,
        partner_id=partner.id if partner else None,
        project_id=e.project_id,
    )


def _attendees(e: m.Event) -> list[AttendeeInput]:
    rows = sorted(e.participants, key=lambda p: (not p.invited, p.person.full_name))
    return [
        AttendeeInput(
            name=p.person.full_name,
            person_id=p.person_id,
            organization=p.person.organization.name if p.person.organization else None,
            # Nobody has said yet whether the invited came: presume they did.
            attendance=Attendance.PRESENT if p.attendance == Attendance.INVITED else p.attendance,
            represented_by=p.represented_by,
            invited=p.invited,
        )
        for p in rows
        if p.person.deleted_at is None
    ]


def _owner(a: m.ActionItem) -> Owner | None:
    if a.owner_person_id is not None:
        return Owner("person", a.owner_person_id)
    if a.owner_org_id is not None:
        return Owner("unit", a.owner_org_id)
    return None


def _event_stmt(event_id: int) -> Any:
    return (
        select(m.Event)
        .where(m.Event.id == event_id, m.Event.deleted_at.is_(None))
        .options(
            selectinload(m.Event.participants)
            .selectinload(m.EventParticipant.person)
            .selectinload(m.Person.organization),
            selectinload(m.Event.project),
        )
    )


def load_minutes(store: Store, event_id: int) -> MinutesInput | None:
    """The event's minutes, or new minutes prefilled from it; None if the event is gone."""
    with store.reading() as s:
        e = s.scalar(_event_stmt(event_id))
        if e is None:
            return None
        data = MinutesInput(event=_facts(e), attendees=_attendees(e))
        mi = s.scalar(select(m.Minutes).where(m.Minutes.event_id == event_id))
        if mi is None:
            data.place = e.location
            return data
        data.id = mi.id
        data.version = mi.version
        data.status = mi.status
        data.chair_id = mi.chair_id
        data.secretary_id = mi.secretary_id
        data.place = mi.place
        data.summary = mi.summary
        data.finalized_at = to_local(mi.finalized_at) if mi.finalized_at else None
        data.decisions = [DecisionInput(d.text, d.id) for d in mi.decisions]
        data.actions = [
            ActionInput(a.text, _owner(a), a.due_on, a.status, a.done_on, a.id)
            for a in mi.action_items
        ]
        data.attachments = [
            AttachmentInput(a.filename, a.content_hash, a.size, a.id)
            for a in s.scalars(_attachments(mi.id))
        ]
        return data


def _attachments(minutes_id: int) -> Any:
    return (
        select(m.Attachment)
        .where(m.Attachment.owner_type == OWNER_TYPE, m.Attachment.owner_id == minutes_id)
        .order_by(m.Attachment.id)
    )


def walk_in(store: Store, person_id: int) -> AttendeeInput | None:
    """Someone known who came without an invitation, as a line of the attendance."""
    with store.reading() as s:
        row = s.execute(
            select(m.Person.full_name, m.Organization.name)
            .outerjoin(m.Organization, m.Organization.id == m.Person.organization_id)
            .where(m.Person.id == person_id)
        ).first()
    if row is None:
        return None
    return AttendeeInput(row[0], person_id, row[1], Attendance.PRESENT, None, invited=False)


def validate_minutes(data: MinutesInput) -> Checker:
    """Every problem of the form; fields are named ``attendee.N``, ``action.N`` etc."""
    c = Checker()
    if data.place and len(data.place) > MAX_NAME:
        c.add("place", Problem.TOO_LONG)
    if data.summary and len(data.summary) > MAX_TEXT:
        c.add("summary", Problem.TOO_LONG)
    for i, a in enumerate(data.attendees):
        if not a.name.strip():
            c.add(f"attendee.{i}", Problem.REQUIRED)
        elif a.attendance == Attendance.REPRESENTED and not (a.represented_by or "").strip():
            c.add(f"attendee.{i}.represented_by", Problem.REQUIRED)
    for i, d in enumerate(data.decisions):
        if len(d.text) > MAX_TEXT:
            c.add(f"decision.{i}", Problem.TOO_LONG)
    for i, action in enumerate(data.actions):
        c.required(f"action.{i}", action.text, MAX_TEXT)
    return c


def save_minutes(store: Store, data: MinutesInput) -> int:
    """Write the minutes in one transaction; return their id.

    Blank decisions are dropped. Raises ValidationError, MinutesFinalError, or
    LookupError when the event was deleted meanwhile.
    """
    validate_minutes(data).raise_if_any()
    with store.session() as s:
        e = s.scalar(_event_stmt(data.event.id))
        if e is None:
            raise LookupError(data.event.id)
        mi = s.scalar(select(m.Minutes).where(m.Minutes.event_id == e.id))
        claim(mi, data.version, "minutes", data.id)
        if mi is None:
            mi = m.Minutes(event=e, status=MinutesStatus.DRAFT)
            s.add(mi)
        elif mi.status == MinutesStatus.FINAL:
            raise MinutesFinalError(mi.id)
        mi.chair_id = data.chair_id
        mi.secretary_id = data.secretary_id
        mi.place = blank_to_none(data.place)
        mi.summary = blank_to_none(data.summary)
        _write_attendees(s, e, data.attendees)
        _write_decisions(s, mi, data.decisions)
        _write_actions(s, mi, data.actions)
        s.flush()
        _write_attachments(s, mi.id, data.attachments)
        s.flush()
        data.id, data.version = mi.id, mi.version
        return mi.id


def _write_attendees(s: Session, e: m.Event, attendees: list[AttendeeInput]) -> None:
    by_person = {p.person_id: p for p in e.participants}
    kept: set[int] = set()
    for a in attendees:
        person_id = a.person_id
        if person_id is None:
            person = m.Person(full_name=a.name.strip(), role=PersonRole.CONTACT)
            s.add(person)
            s.flush()
            person_id = person.id
        p = by_person.get(person_id)
        if p is None:
            p = m.EventParticipant(person_id=person_id, invited=a.invited)
            e.participants.append(p)
            by_person[person_id] = p
        p.attendance = a.attendance
        p.represented_by = (
            blank_to_none(a.represented_by) if a.attendance == Attendance.REPRESENTED else None
        )
        kept.add(person_id)
    # The invited stay on the event (marked absent at most); an uninvited guest
    # taken off the list leaves it.
    for p in list(e.participants):
        if p.person_id not in kept and not p.invited:
            e.participants.remove(p)


def _write_decisions(s: Session, mi: m.Minutes, decisions: list[DecisionInput]) -> None:
    existing = {d.id: d for d in mi.decisions}
    rows: list[m.Decision] = []
    for d in decisions:
        text = d.text.strip()
        if not text:
            continue
        row = existing.get(d.id) if d.id is not None else None
        if row is None:
            row = m.Decision(text=text)
        row.text = text
        row.position = len(rows) + 1
        rows.append(row)
    _replace(s, mi.decisions, rows)
    mi.decisions = rows


def _replace(s: Session, old: Sequence[m.Base], new: Sequence[m.Base]) -> None:
    """Delete the rows left out explicitly, so that the history logs what they said."""
    for row in old:
        if row not in new:
            s.delete(row)


def _write_actions(s: Session, mi: m.Minutes, actions: list[ActionInput]) -> None:
    existing = {a.id: a for a in mi.action_items}
    rows: list[m.ActionItem] = []
    for a in actions:
        row = existing.get(a.id) if a.id is not None else None
        if row is None:
            row = m.ActionItem(text=a.text)
        row.text = a.text.strip()
        row.owner_person_id = a.owner.id if a.owner and a.owner.kind == "person" else None
        row.owner_org_id = a.owner.id if a.owner and a.owner.kind == "unit" else None
        row.due_on = a.due_on
        row.status = a.status
        row.done_on = (a.done_on or today_local()) if a.status == TaskStatus.DONE else None
        rows.append(row)
    _replace(s, mi.action_items, rows)
    mi.action_items = rows


def _write_attachments(s: Session, minutes_id: int, files: list[AttachmentInput]) -> None:
    kept = {f.id for f in files if f.id is not None}
    for row in s.scalars(_attachments(minutes_id)):
        if row.id not in kept:
            s.delete(row)  # the content stays: a backup or another record may use it
    for f in files:
        if f.id is None:
            s.add(
                m.Attachment(
                    owner_type=OWNER_TYPE,
                    owner_id=minutes_id,
                    filename=f.filename,
                    content_hash=f.content_hash,
                    size=f.size,
                )
            )


def set_final(store: Store, minutes_id: int, final: bool) -> None:
    """Make the record final (read-only) or reopen it for changes."""
    with store.session() as s:
        mi = s.get(m.Minutes, minutes_id)
        if mi is None:
            raise LookupError(minutes_id)
        mi.status = MinutesStatus.FINAL if final else MinutesStatus.DRAFT
        mi.finalized_at = m.utcnow() if final else None


def owner_choices(store: Store) -> tuple[list[Choice], list[Choice]]:
    """People and units (the province's own first) who can own an action item."""
    with store.reading() as s:
        people = [
            Choice(i, f"{n} ({org})" if org else n)
            for i, n, org in s.execute(
                select(
                    m.Person.id,
                    m.Person.full_name,
                    func.coalesce(m.Organization.short_name, m.Organization.name),
                )
                .outerjoin(m.Organization, m.Person.organization_id == m.Organization.id)
                .where(m.Person.deleted_at.is_(None))
                .order_by(m.Person.full_name)
            )
        ]
        units = [
            Choice(i, n)
            for i, n in s.execute(
                select(m.Organization.id, m.Organization.name)
                .where(m.Organization.deleted_at.is_(None))
                .order_by(m.Organization.is_internal.desc(), m.Organization.name)
            )
        ]
    return people, units


def minutes_history(store: Store, minutes_id: int) -> list[Change]:
    """Every logged change of the minutes and of their decisions and action items, newest first."""
    return record_history(store, "minutes", minutes_id)
