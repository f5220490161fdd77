"""The volunteer roster: experts with their assignment and stay, filtered in SQL."""

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, or_, select

from coordinator.db import models as m
from coordinator.db.queries.common import Sort, apply_sort, count_of, text_filter
from coordinator.db.store import Store
from coordinator.domain.enums import PersonRole
from coordinator.domain.text import fold


@dataclass(frozen=True)
class RosterRow:
    person_id: int
    name: str
    organization: str | None
    nationality: str | None
    expertise: str | None
    languages: str | None
    email: str | None
    phone: str | None
    project: str | None
    arrives: date | None
    departs: date | None
    assignment_id: int | None = None  # the stay this row shows, if any
    project_id: int | None = None
    title: str | None = None  # the person's position, for an exported roster


@dataclass(frozen=True)
class RosterFilter:
    text: str = ""
    expertise: str = ""
    nationality: str | None = None
    available_on: date | None = None
    project_id: int | None = None
    organization_id: int | None = None


_SORTS: dict[str, Any] = {
    "name": m.Person.full_name,
    "organization": m.Organization.name,
    "nationality": m.Person.nationality,
    "expertise": m.Person.expertise,
    "project": m.Project.code,
    "arrives": m.Assignment.arrives_on,
    "departs": m.Assignment.departs_on,
}


def _roster(f: RosterFilter) -> Any:
    stmt = (
        select(
            m.Person.id,
            m.Person.full_name,
            m.Organization.name,
            m.Person.nationality,
            m.Person.expertise,
            m.Person.languages,
            m.Person.email,
            m.Person.phone,
            m.Project.code,
            m.Assignment.arrives_on,
            m.Assignment.departs_on,
            m.Assignment.id,
            m.Assignment.project_id,
            m.Person.title,
        )
        .select_from(m.Person)
        .outerjoin(m.Organization, m.Person.organization_id == m.Organization.id)
        .outerjoin(
            m.Assignment,
            and_(m.Assignment.person_id == m.Person.id, m.Assignment.deleted_at.is_(None)),
        )
        .outerjoin(m.Project, m.Assignment.project_id == m.Project.id)
        .where(
            m.Person.deleted_at.is_(None),
            or_(m.Person.role.contains(PersonRole.VOLUNTEER.value), m.Assignment.id.is_not(None)),
        )
    )
    for cond in (
        text_filter(m.Person.search_text, f.text),
        text_filter(m.Person.search_text, f.expertise),
    ):
        if cond is not None:
            stmt = stmt.where(cond)
    if f.nationality:
        stmt = stmt.where(m.Person.nationality == f.nationality)
    if f.available_on is not None:
        day = f.available_on
        stmt = stmt.where(
            or_(m.Assignment.arrives_on.is_(None), m.Assignment.arrives_on <= day),
            or_(m.Assignment.departs_on.is_(None), m.Assignment.departs_on >= day),
            m.Assignment.id.is_not(None),
        )
    if f.project_id is not None:
        stmt = stmt.where(m.Assignment.project_id == f.project_id)
    if f.organization_id is not None:
        stmt = stmt.where(m.Person.organization_id == f.organization_id)
    return stmt


def count_roster(store: Store, f: RosterFilter) -> int:
    with store.reading() as s:
        return count_of(s, _roster(f))


def list_roster(
    store: Store, f: RosterFilter, sort: Sort, offset: int, limit: int
) -> list[RosterRow]:
    stmt = apply_sort(_roster(f), _SORTS, sort, m.Person.id).offset(offset).limit(limit)
    with store.reading() as s:
        return [RosterRow(*r) for r in s.execute(stmt)]


def nationalities(store: Store) -> list[str]:
    with store.reading() as s:
        values = s.scalars(
            select(m.Person.nationality)
            .where(m.Person.nationality.is_not(None), m.Person.deleted_at.is_(None))
            .distinct()
        ).all()
    return sorted((v for v in values if v), key=fold)
