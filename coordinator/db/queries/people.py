"""People (Cá nhân): contacts, volunteer experts and staff, one record whatever their roles.

A person's roles are a set (a partner's contact may also be a volunteer expert);
they are stored comma-separated, see ``domain.enums.join_roles``.
"""

from dataclasses import dataclass, field
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.db import models as m
from coordinator.db.queries.common import Choice, blank_to_none
from coordinator.db.store import Store
from coordinator.db.versions import claim
from coordinator.domain.enums import PersonRole, join_roles, split_roles
from coordinator.domain.validation import Checker, Problem


@dataclass
class PersonInput:
    full_name: str
    roles: set[PersonRole] = field(default_factory=lambda: {PersonRole.CONTACT})
    title: str | None = None
    organization_id: int | None = None
    email: str | None = None
    phone: str | None = None
    nationality: str | None = None
    expertise: str | None = None
    languages: str | None = None
    notes: str | None = None
    id: int | None = None
    version: int | None = None  # as loaded; None for a new person


_LENGTHS = {"title": 120, "nationality": 80, "expertise": 300, "languages": 120}


class PersonFields(Protocol):
    """What a person's form and a partner's contact row have in common."""

    full_name: str
    title: str | None
    email: str | None
    phone: str | None
    nationality: str | None
    expertise: str | None
    languages: str | None


def check_person(check: Checker, data: PersonFields, prefix: str = "") -> None:
    """The rules of a person's fields, named ``prefix + field`` (the partner editor
    checks its contacts with ``contacts.N.``)."""
    check.required(f"{prefix}full_name", data.full_name, 200)
    check.email(f"{prefix}email", data.email)
    check.phone(f"{prefix}phone", data.phone)
    for name, limit in _LENGTHS.items():
        value = getattr(data, name)
        if value and len(value.strip()) > limit:
            check.required(f"{prefix}{name}", value, limit)


def validate_person(data: PersonInput) -> None:
    check = Checker()
    check_person(check, data)
    if not data.roles:  # a contact, a volunteer expert or staff: at least one
        check.add("roles", Problem.REQUIRED)
    check.raise_if_any()


def person_input(p: m.Person) -> PersonInput:
    return PersonInput(
        id=p.id,
        version=p.version,
        full_name=p.full_name,
        roles=split_roles(p.role),
        title=p.title,
        organization_id=p.organization_id,
        email=p.email,
        phone=p.phone,
        nationality=p.nationality,
        expertise=p.expertise,
        languages=p.languages,
        notes=p.notes,
    )


def get_person(store: Store, person_id: int) -> PersonInput | None:
    """The person as their form shows them; None when gone or in the trash."""
    with store.reading() as s:
        p = s.get(m.Person, person_id)
        if p is None or p.deleted_at is not None:
            return None
        return person_input(p)


def apply_person(p: m.Person, data: PersonInput) -> None:
    """Write a form's fields onto a stored person (not the organisation: the caller's)."""
    p.full_name = data.full_name.strip()
    p.role = join_roles({str(r) for r in data.roles})
    p.title = blank_to_none(data.title)
    p.email = blank_to_none(data.email)
    p.phone = blank_to_none(data.phone)
    p.nationality = blank_to_none(data.nationality)
    p.expertise = blank_to_none(data.expertise)
    p.languages = blank_to_none(data.languages)
    p.notes = blank_to_none(data.notes)


def _write(s: Session, p: m.Person | None, data: PersonInput) -> m.Person:
    if p is None:
        p = m.Person(full_name="")
        s.add(p)
    apply_person(p, data)
    p.organization_id = data.organization_id
    return p


def save_person(store: Store, data: PersonInput) -> int:
    """Create or update a person; returns their id (``data`` gets the id and version)."""
    validate_person(data)
    with store.session() as s:
        p = s.get(m.Person, data.id) if data.id else None
        if data.id:
            claim(p, data.version, "person", data.id)
        p = _write(s, p, data)
        s.flush()
        data.id, data.version = p.id, p.version
        return p.id


def person_snapshot(store: Store, person_id: int) -> PersonInput | None:
    """The person as they are now, for undo; None when in the trash."""
    return get_person(store, person_id)


def put_person(store: Store, person_id: int, data: PersonInput | None) -> None:
    """Undo and redo: put a person back as a snapshot had them (None: in the trash)."""
    with store.session() as s:
        p = s.get(m.Person, person_id)
        if p is None:
            return
        if data is None:
            p.deleted_at = p.deleted_at or m.utcnow()
            return
        p.deleted_at = None
        _write(s, p, data)


def set_person_deleted(store: Store, person_id: int, deleted: bool) -> None:
    """Move a person to the trash (kind CONTACT) or bring them back; their stays stay."""
    with store.session() as s:
        p = s.get(m.Person, person_id)
        if p is not None:
            p.deleted_at = m.utcnow() if deleted else None


def volunteer_choices(store: Store) -> list[Choice]:
    """People who may be placed on a project: volunteers first, then everyone else."""
    with store.reading() as s:
        rows = s.execute(
            select(m.Person.id, m.Person.full_name, m.Person.role, m.Person.nationality)
            .where(m.Person.deleted_at.is_(None))
            .order_by(m.Person.full_name, m.Person.id)
        ).all()
    volunteers: list[Choice] = []
    others: list[Choice] = []
    for i, name, role, nationality in rows:
        text = f"{name} ({nationality})" if nationality else name
        (volunteers if PersonRole.VOLUNTEER in split_roles(role) else others).append(
            Choice(i, text)
        )
    return volunteers + others
