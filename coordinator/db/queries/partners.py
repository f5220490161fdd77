"""Partners (organisations) and their contacts."""

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from coordinator.db import models as m
from coordinator.db.queries.common import (
    Choice,
    Sort,
    apply_sort,
    blank_to_none,
    count_of,
    text_filter,
)
from coordinator.db.queries.people import check_person
from coordinator.db.store import Store
from coordinator.db.versions import claim
from coordinator.domain.enums import OrgKind, PersonRole, join_roles, split_roles
from coordinator.domain.validation import Checker, Problem


@dataclass(frozen=True)
class PartnerFilter:
    text: str = ""
    kind: OrgKind | None = None
    internal: bool | None = None


@dataclass(frozen=True)
class PartnerRow:
    id: int
    name: str
    short_name: str | None
    kind: str
    is_internal: bool
    country: str | None
    project_count: int


@dataclass(frozen=True)
class PartnerExportRow:
    """A partner as an exported list holds it: the list's columns and every other field
    a partner import reads."""

    id: int
    name: str
    short_name: str | None
    kind: str
    is_internal: bool
    country: str | None
    project_count: int
    address: str | None
    website: str | None
    phone: str | None
    email: str | None
    notes: str | None


@dataclass
class ContactInput:
    full_name: str
    title: str | None = None
    email: str | None = None
    phone: str | None = None
    nationality: str | None = None
    expertise: str | None = None
    languages: str | None = None
    notes: str | None = None
    roles: set[PersonRole] = field(default_factory=lambda: {PersonRole.CONTACT})
    id: int | None = None


@dataclass
class PartnerInput:
    name: str
    kind: str
    short_name: str | None = None
    is_internal: bool = False
    country: str | None = None
    address: str | None = None
    website: str | None = None
    email: str | None = None
    phone: str | None = None
    notes: str | None = None
    contacts: list[ContactInput] = field(default_factory=list)
    id: int | None = None
    version: int | None = None  # as loaded; None for a new partner


@dataclass(frozen=True)
class CommitmentView:
    text: str
    party: str | None
    due_on: date | None
    status: str


@dataclass(frozen=True)
class AgreementView:
    id: int
    title: str
    signed_on: date | None
    starts_on: date | None
    ends_on: date | None
    horizon_year: int | None
    fields: str | None
    parties: list[str]
    commitments: list[CommitmentView]
    number: str | None = None


@dataclass(frozen=True)
class ProjectBrief:
    id: int
    code: str
    title: str
    status: str


@dataclass(frozen=True)
class PartnerDetail:
    partner: PartnerInput
    agreements: list[AgreementView]
    projects: list[ProjectBrief]


_project_count = (
    select(func.count(m.Project.id))
    .where(
        (m.Project.partner_id == m.Organization.id) | (m.Project.host_unit_id == m.Organization.id),
        m.Project.deleted_at.is_(None),
    )
    .correlate(m.Organization)
    .scalar_subquery()
)

_SORTS: dict[str, Any] = {
    "name": m.Organization.search_text,
    "short_name": m.Organization.short_name,
    "kind": m.Organization.kind,
    "internal": m.Organization.is_internal,
    "country": m.Organization.country,
    "projects": _project_count,
}


def _filtered(f: PartnerFilter) -> Any:
    stmt = select(m.Organization).where(m.Organization.deleted_at.is_(None))
    cond = text_filter(m.Organization.search_text, f.text)
    if cond is not None:
        stmt = stmt.where(cond)
    if f.kind is not None:
        stmt = stmt.where(m.Organization.kind == f.kind.value)
    if f.internal is not None:
        stmt = stmt.where(m.Organization.is_internal.is_(f.internal))
    return stmt


def count_partners(store: Store, f: PartnerFilter) -> int:
    with store.reading() as s:
        return count_of(s, _filtered(f))


_ROW_COLUMNS = (
    m.Organization.id,
    m.Organization.name,
    m.Organization.short_name,
    m.Organization.kind,
    m.Organization.is_internal,
    m.Organization.country,
    _project_count,
)
_MORE_COLUMNS = (
    m.Organization.address,
    m.Organization.website,
    m.Organization.phone,
    m.Organization.email,
    m.Organization.notes,
)


def _page(f: PartnerFilter, sort: Sort, offset: int, limit: int, *columns: Any) -> Any:
    stmt = _filtered(f).with_only_columns(*columns)
    return apply_sort(stmt, _SORTS, sort, m.Organization.id).offset(offset).limit(limit)


def list_partners(
    store: Store, f: PartnerFilter, sort: Sort, offset: int, limit: int
) -> list[PartnerRow]:
    with store.reading() as s:
        stmt = _page(f, sort, offset, limit, *_ROW_COLUMNS)
        return [PartnerRow(*row) for row in s.execute(stmt)]


def list_partners_for_export(
    store: Store, f: PartnerFilter, sort: Sort, offset: int, limit: int
) -> list[PartnerExportRow]:
    """``list_partners`` with every field of the record, for an exported list."""
    with store.reading() as s:
        stmt = _page(f, sort, offset, limit, *_ROW_COLUMNS, *_MORE_COLUMNS)
        return [PartnerExportRow(*row) for row in s.execute(stmt)]


def organization_choices(store: Store, internal: bool | None = None) -> list[Choice]:
    stmt = select(m.Organization.id, m.Organization.name).where(m.Organization.deleted_at.is_(None))
    if internal is not None:
        stmt = stmt.where(m.Organization.is_internal.is_(internal))
    with store.reading() as s:
        return [Choice(i, n) for i, n in s.execute(stmt.order_by(m.Organization.search_text))]


def _contact_input(p: m.Person) -> ContactInput:
    return ContactInput(
        id=p.id,
        full_name=p.full_name,
        title=p.title,
        email=p.email,
        phone=p.phone,
        nationality=p.nationality,
        expertise=p.expertise,
        languages=p.languages,
        notes=p.notes,
        roles=split_roles(p.role),
    )


def get_partner(store: Store, partner_id: int) -> PartnerDetail | None:
    with store.reading() as s:
        org = s.get(m.Organization, partner_id)
        if org is None or org.deleted_at is not None:
            return None
        contacts = s.scalars(
            select(m.Person)
            .where(m.Person.organization_id == partner_id, m.Person.deleted_at.is_(None))
            .order_by(m.Person.full_name)
        ).all()
        data = PartnerInput(
            id=org.id,
            version=org.version,
            name=org.name,
            kind=org.kind,
            short_name=org.short_name,
            is_internal=org.is_internal,
            country=org.country,
            address=org.address,
            website=org.website,
            email=org.email,
            phone=org.phone,
            notes=org.notes,
            contacts=[_contact_input(p) for p in contacts],
        )
        agreements = s.scalars(
            select(m.Agreement)
            .join(m.agreement_party)
            .where(
                m.agreement_party.c.organization_id == partner_id, m.Agreement.deleted_at.is_(None)
            )
            .options(
                selectinload(m.Agreement.parties),
                selectinload(m.Agreement.commitments).selectinload(m.Commitment.party),
            )
            .order_by(m.Agreement.signed_on)
        ).all()
        projects = s.execute(
            select(m.Project.id, m.Project.code, m.Project.title, m.Project.status)
            .where(
                (m.Project.partner_id == partner_id) | (m.Project.host_unit_id == partner_id),
                m.Project.deleted_at.is_(None),
            )
            .order_by(m.Project.code)
        ).all()
        return PartnerDetail(
            partner=data,
            agreements=[
                AgreementView(
                    id=a.id,
                    title=a.title,
                    number=a.number,
                    signed_on=a.signed_on,
                    starts_on=a.starts_on,
                    ends_on=a.ends_on,
                    horizon_year=a.horizon_year,
                    fields=a.fields,
                    parties=[p.name for p in a.parties],
                    commitments=[
                        CommitmentView(
                            c.text, c.party.name if c.party else None, c.due_on, c.status
                        )
                        for c in a.commitments
                    ],
                )
                for a in agreements
            ],
            projects=[ProjectBrief(*row) for row in projects],
        )


def validate_partner(data: PartnerInput) -> None:
    check = Checker()
    check.required("name", data.name)
    check.email("email", data.email)
    check.phone("phone", data.phone)
    if data.kind not in set(OrgKind):
        check.add("kind", Problem.REQUIRED)
    for i, c in enumerate(data.contacts):
        check_person(check, c, f"contacts.{i}.")
    check.raise_if_any()


def save_partner(store: Store, data: PartnerInput) -> int:
    """Create or update a partner and its contacts in one transaction; returns its id."""
    validate_partner(data)
    with store.session() as s:
        org = s.get(m.Organization, data.id) if data.id else None
        if data.id:
            claim(org, data.version, "organization", data.id)
        org = _write_partner(s, org, data)
        data.id, data.version = org.id, org.version
        return org.id


def partner_snapshot(store: Store, partner_id: int) -> PartnerInput | None:
    """The partner as it is now, for undo; None when it is in the trash."""
    detail = get_partner(store, partner_id)
    return None if detail is None else detail.partner


def put_partner(store: Store, partner_id: int, data: PartnerInput | None) -> None:
    """Undo and redo: put a partner back as a snapshot had it (None: in the trash)."""
    with store.session() as s:
        org = s.get(m.Organization, partner_id)
        if org is None:
            return
        if data is None:
            org.deleted_at = org.deleted_at or m.utcnow()
            return
        org.deleted_at = None
        _write_partner(s, org, data)


def _write_partner(s: Session, org: m.Organization | None, data: PartnerInput) -> m.Organization:
    if org is None:
        org = m.Organization(name="", kind=data.kind)
        s.add(org)
    org.name = data.name.strip()
    org.kind = data.kind
    org.short_name = blank_to_none(data.short_name)
    org.is_internal = data.is_internal
    org.country = blank_to_none(data.country)
    org.address = blank_to_none(data.address)
    org.website = blank_to_none(data.website)
    org.email = blank_to_none(data.email)
    org.phone = blank_to_none(data.phone)
    org.notes = blank_to_none(data.notes)
    kept: set[int] = set()
    for c in data.contacts:
        person = s.get(m.Person, c.id) if c.id else None
        if person is None:
            person = m.Person(full_name="", organization=org)
            s.add(person)
        _apply_contact(person, c)
        person.deleted_at = None  # listed, so alive (undo brings removed ones back)
        s.flush()
        kept.add(person.id)
    if org.id is not None:
        for person in s.scalars(
            select(m.Person).where(
                m.Person.organization_id == org.id, m.Person.deleted_at.is_(None)
            )
        ):
            if person.id not in kept:
                person.deleted_at = m.utcnow()
    s.flush()
    return org


def _apply_contact(person: m.Person, c: ContactInput) -> None:
    person.full_name = c.full_name.strip()
    person.title = blank_to_none(c.title)
    person.email = blank_to_none(c.email)
    person.phone = blank_to_none(c.phone)
    person.nationality = blank_to_none(c.nationality)
    person.expertise = blank_to_none(c.expertise)
    person.languages = blank_to_none(c.languages)
    person.notes = blank_to_none(c.notes)
    person.role = join_roles({str(r) for r in c.roles})


def set_partner_deleted(store: Store, partner_id: int, deleted: bool) -> None:
    """Move a partner to the trash, or bring it back; its rows stay where they are."""
    with store.session() as s:
        org = s.get(m.Organization, partner_id)
        if org is not None:
            org.deleted_at = m.utcnow() if deleted else None
