"""Stays (Phân công): a volunteer on a project from arrival to departure.

The stay warnings of the event editor and the planner read these rows
(queries/scheduling.stays, queries/planner); a removed stay (``deleted_at``) counts
nowhere. Removing one is undone from the window's undo stack; stays have no place
in the trash of their own.
"""

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from coordinator.db import models as m
from coordinator.db.queries.common import blank_to_none
from coordinator.db.store import Store
from coordinator.db.versions import claim
from coordinator.domain.validation import Checker, Problem


@dataclass
class AssignmentInput:
    person_id: int | None
    project_id: int | None
    arrives_on: date | None = None
    departs_on: date | None = None
    role: str | None = None
    id: int | None = None
    version: int | None = None  # as loaded; None for a new stay


@dataclass(frozen=True)
class StayRow:
    id: int
    person_id: int
    person: str
    project_id: int
    project: str  # "code – title"
    arrives_on: date | None
    departs_on: date | None
    role: str | None


@dataclass(frozen=True)
class ProjectPeriod:
    starts_on: date | None
    ends_on: date | None


LIVE = m.Assignment.deleted_at.is_(None)


def get_assignment(store: Store, assignment_id: int) -> AssignmentInput | None:
    with store.reading() as s:
        a = s.get(m.Assignment, assignment_id)
        if a is None or a.deleted_at is not None:
            return None
        return _input(a)


def _input(a: m.Assignment) -> AssignmentInput:
    return AssignmentInput(
        id=a.id,
        version=a.version,
        person_id=a.person_id,
        project_id=a.project_id,
        arrives_on=a.arrives_on,
        departs_on=a.departs_on,
        role=a.role,
    )


def _overlaps(s: Session, data: AssignmentInput) -> bool:
    """Whether the same person already stays on the same project over part of these dates
    (an open end runs for ever)."""
    stmt = select(m.Assignment.id).where(
        LIVE,
        m.Assignment.person_id == data.person_id,
        m.Assignment.project_id == data.project_id,
        m.Assignment.id != (data.id or 0),
    )
    if data.departs_on is not None:
        stmt = stmt.where(
            or_(m.Assignment.arrives_on.is_(None), m.Assignment.arrives_on <= data.departs_on)
        )
    if data.arrives_on is not None:
        stmt = stmt.where(
            or_(m.Assignment.departs_on.is_(None), m.Assignment.departs_on >= data.arrives_on)
        )
    return s.scalar(stmt.limit(1)) is not None


def _usable(s: Session, model: Any, record_id: int | None, kept: int | None) -> bool:
    """A person or project a stay may name: alive, or in the trash but already the stay's
    own (a stay is never moved onto a record in the trash)."""
    row = s.get(model, record_id) if record_id is not None else None
    return row is not None and (row.deleted_at is None or record_id == kept)


def _check(s: Session, data: AssignmentInput) -> None:
    check = Checker()
    stored = s.get(m.Assignment, data.id) if data.id is not None else None
    if not _usable(s, m.Person, data.person_id, stored.person_id if stored else None):
        check.add("person_id", Problem.REQUIRED)
    if not _usable(s, m.Project, data.project_id, stored.project_id if stored else None):
        check.add("project_id", Problem.REQUIRED)
    check.plausible_date("arrives_on", data.arrives_on)
    check.plausible_date("departs_on", data.departs_on)
    check.order("departs_on", data.arrives_on, data.departs_on)
    if data.role and len(data.role.strip()) > 120:
        check.add("role", Problem.TOO_LONG)
    if not check.errors and _overlaps(s, data):
        check.add("arrives_on", Problem.DUPLICATE)
    check.raise_if_any()


def validate_assignment(store: Store, data: AssignmentInput) -> None:
    """Raise ValidationError: no person or project, departure before arrival, or a stay
    of the same person on the same project over some of the same days
    (``arrives_on``: DUPLICATE)."""
    with store.reading() as s:
        _check(s, data)


def outside_project(store: Store, data: AssignmentInput) -> ProjectPeriod | None:
    """The project's period when the stay reaches outside it (a warning, not an error);
    None when it fits or either side has no dates."""
    if data.project_id is None:
        return None
    with store.reading() as s:
        p = s.get(m.Project, data.project_id)
        if p is None:
            return None
        period = ProjectPeriod(p.starts_on, p.ends_on)
    early = (
        period.starts_on is not None
        and data.arrives_on is not None
        and data.arrives_on < period.starts_on
    )
    late = (
        period.ends_on is not None
        and data.departs_on is not None
        and data.departs_on > period.ends_on
    )
    return period if early or late else None


def save_assignment(store: Store, data: AssignmentInput) -> int:
    """Create or change a stay in one transaction; returns its id."""
    with store.session() as s:
        _check(s, data)
        a = s.get(m.Assignment, data.id) if data.id else None
        if data.id:
            claim(a, data.version, "assignment", data.id)
        a = _write(s, a, data)
        s.flush()
        data.id, data.version = a.id, a.version
        return a.id


def _write(s: Session, a: m.Assignment | None, data: AssignmentInput) -> m.Assignment:
    if data.person_id is None or data.project_id is None:
        raise ValueError("a stay needs a person and a project")  # _check said so before
    if a is None:
        a = m.Assignment(person_id=data.person_id, project_id=data.project_id)
        s.add(a)
    a.person_id = data.person_id
    a.project_id = data.project_id
    a.arrives_on = data.arrives_on
    a.departs_on = data.departs_on
    a.role = blank_to_none(data.role)
    return a


def assignment_snapshot(store: Store, assignment_id: int) -> AssignmentInput | None:
    """The stay as it is now, for undo; None when it is removed."""
    return get_assignment(store, assignment_id)


def put_assignment(store: Store, assignment_id: int, data: AssignmentInput | None) -> None:
    """Undo and redo: put a stay back as a snapshot had it (None: removed)."""
    with store.session() as s:
        a = s.get(m.Assignment, assignment_id)
        if a is None:
            return
        if data is None:
            a.deleted_at = a.deleted_at or m.utcnow()
            return
        a.deleted_at = None
        _write(s, a, data)


def set_assignment_deleted(store: Store, assignment_id: int, deleted: bool) -> None:
    """Remove a stay, or bring it back."""
    with store.session() as s:
        a = s.get(m.Assignment, assignment_id)
        if a is not None:
            a.deleted_at = m.utcnow() if deleted else None


def stays(
    store: Store, *, project_id: int | None = None, person_id: int | None = None
) -> list[StayRow]:
    """The live stays of a project or of a person, by arrival."""
    stmt = (
        select(
            m.Assignment.id,
            m.Person.id,
            m.Person.full_name,
            m.Project.id,
            m.Project.code + " – " + m.Project.title,
            m.Assignment.arrives_on,
            m.Assignment.departs_on,
            m.Assignment.role,
        )
        .join(m.Person, m.Person.id == m.Assignment.person_id)
        .join(m.Project, m.Project.id == m.Assignment.project_id)
        .where(LIVE, m.Person.deleted_at.is_(None), m.Project.deleted_at.is_(None))
    )
    if project_id is not None:
        stmt = stmt.where(m.Assignment.project_id == project_id)
    if person_id is not None:
        stmt = stmt.where(m.Assignment.person_id == person_id)
    stmt = stmt.order_by(m.Assignment.arrives_on, m.Person.full_name, m.Assignment.id)
    with store.reading() as s:
        return [StayRow(*row) for row in s.execute(stmt)]
