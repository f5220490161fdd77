"""Programmes (Chương trình): groups of projects, and moving projects between them.

A programme in the trash keeps its projects pointing at it, so restoring it brings
the grouping back; while it is there, lists and choices leave it out.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from coordinator.db import models as m
from coordinator.db.queries.common import Sort, apply_sort, blank_to_none, count_of, text_filter
from coordinator.db.store import Store
from coordinator.db.versions import claim
from coordinator.domain.text import fold
from coordinator.domain.validation import Checker, FieldError, Problem, ValidationError


@dataclass
class ProgrammeInput:
    name: str
    domain: str | None = None
    partner_id: int | None = None
    description: str | None = None
    id: int | None = None
    version: int | None = None  # as loaded; None for a new programme


@dataclass(frozen=True)
class ProgrammeRow:
    id: int
    name: str
    domain: str | None
    partner: str | None
    project_count: int


_Partner = aliased(m.Organization)

_project_count = (
    select(func.count(m.Project.id))
    .where(m.Project.programme_id == m.Programme.id, m.Project.deleted_at.is_(None))
    .correlate(m.Programme)
    .scalar_subquery()
)

_SORTS: dict[str, Any] = {
    "name": m.Programme.search_text,
    "domain": m.Programme.domain,
    "partner": _Partner.search_text,
    "projects": _project_count,
}


def _filtered(text: str) -> Any:
    stmt = (
        select(m.Programme)
        .outerjoin(_Partner, m.Programme.partner_id == _Partner.id)
        .where(m.Programme.deleted_at.is_(None))
    )
    cond = text_filter(m.Programme.search_text, text)
    return stmt if cond is None else stmt.where(cond)


def count_programmes(store: Store, text: str = "") -> int:
    with store.reading() as s:
        return count_of(s, _filtered(text))


_BY_NAME = Sort("name")


def list_programmes(
    store: Store, text: str = "", sort: Sort = _BY_NAME, offset: int = 0, limit: int = 1000
) -> list[ProgrammeRow]:
    stmt = _filtered(text).with_only_columns(
        m.Programme.id, m.Programme.name, m.Programme.domain, _Partner.name, _project_count
    )
    stmt = apply_sort(stmt, _SORTS, sort, m.Programme.id).offset(offset).limit(limit)
    with store.reading() as s:
        return [ProgrammeRow(*row) for row in s.execute(stmt)]


def get_programme(store: Store, programme_id: int) -> ProgrammeInput | None:
    """The programme as its form shows it; None when it is gone or in the trash."""
    with store.reading() as s:
        p = s.get(m.Programme, programme_id)
        if p is None or p.deleted_at is not None:
            return None
        return ProgrammeInput(
            id=p.id,
            version=p.version,
            name=p.name,
            domain=p.domain,
            partner_id=p.partner_id,
            description=p.description,
        )


def validate_programme(data: ProgrammeInput) -> None:
    check = Checker()
    check.required("name", data.name)
    if data.domain and len(data.domain.strip()) > 120:
        check.add("domain", Problem.TOO_LONG)
    check.raise_if_any()


def _name_taken(s: Session, data: ProgrammeInput) -> bool:
    """Another live programme of this name, diacritics and case aside: two of one name
    cannot be told apart in the project editor, the move dialog or the report."""
    stmt = select(m.Programme.id).where(
        m.Programme.deleted_at.is_(None), m.Programme.search_text.like(fold(data.name) + "%")
    )
    if data.id is not None:
        stmt = stmt.where(m.Programme.id != data.id)
    names = s.execute(stmt.with_only_columns(m.Programme.name)).scalars()
    return any(fold(n) == fold(data.name) for n in names)


def save_programme(store: Store, data: ProgrammeInput) -> int:
    """Create or update a programme; returns its id (``data`` gets its id and version)."""
    validate_programme(data)
    with store.session() as s:
        if _name_taken(s, data):
            raise ValidationError([FieldError("name", Problem.DUPLICATE)])
        p = s.get(m.Programme, data.id) if data.id else None
        if data.id:
            claim(p, data.version, "programme", data.id)
        p = _write(s, p, data)
        s.flush()
        data.id, data.version = p.id, p.version
        return p.id


def _write(s: Session, p: m.Programme | None, data: ProgrammeInput) -> m.Programme:
    if p is None:
        p = m.Programme(name="")
        s.add(p)
    p.name = data.name.strip()
    p.domain = blank_to_none(data.domain)
    p.partner_id = data.partner_id
    p.description = blank_to_none(data.description)
    return p


def programme_snapshot(store: Store, programme_id: int) -> ProgrammeInput | None:
    """The programme as it is now, for undo; None when it is in the trash."""
    return get_programme(store, programme_id)


def put_programme(store: Store, programme_id: int, data: ProgrammeInput | None) -> None:
    """Undo and redo: put a programme back as a snapshot had it (None: in the trash)."""
    with store.session() as s:
        p = s.get(m.Programme, programme_id)
        if p is None:
            return
        if data is None:
            p.deleted_at = p.deleted_at or m.utcnow()
            return
        p.deleted_at = None
        _write(s, p, data)


def set_programme_deleted(store: Store, programme_id: int, deleted: bool) -> None:
    """Move a programme to the trash or bring it back; its projects keep pointing at it."""
    with store.session() as s:
        p = s.get(m.Programme, programme_id)
        if p is not None:
            p.deleted_at = m.utcnow() if deleted else None


# --- moving projects ---------------------------------------------------------------


def programmes_of(store: Store, project_ids: Sequence[int]) -> dict[int, int | None]:
    """Each project's programme now, for undoing a move."""
    with store.reading() as s:
        rows = s.execute(
            select(m.Project.id, m.Project.programme_id).where(m.Project.id.in_(project_ids))
        )
        return {i: p for i, p in rows}


def move_projects(store: Store, moves: dict[int, int | None]) -> None:
    """Put each project in the programme given (None: in none), in one transaction."""
    with store.session() as s:
        for project_id, programme_id in moves.items():
            p = s.get(m.Project, project_id)
            if p is not None and p.programme_id != programme_id:
                p.programme_id = programme_id
