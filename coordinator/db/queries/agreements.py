"""Cooperation agreements (thỏa thuận hợp tác): their parties, commitments and signed
scans; the list of all of them by standing; and the ones about to end (renewal alerts).

An agreement *ends soon* when it is in force, its period ends within the alert window
(a per-database preference, settings.get_alert_days) and no live agreement renews it.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, not_, or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from coordinator.db import models as m
from coordinator.db.attachments import AttachmentInput
from coordinator.db.queries.common import Choice, Sort, apply_sort, blank_to_none, count_of
from coordinator.db.store import Store
from coordinator.db.versions import claim
from coordinator.domain.enums import TaskStatus
from coordinator.domain.text import fold
from coordinator.domain.timezone import today_local
from coordinator.domain.validation import (
    FIRST_YEAR,
    LAST_YEAR,
    Checker,
    FieldError,
    Problem,
    ValidationError,
)

OWNER_TYPE = "agreement"  # Attachment.owner_type of an agreement's signed scans
LIST_LIMIT = 500


class Standing(StrEnum):
    """Which agreements a list shows, as of a day."""

    IN_FORCE = "in_force"
    ENDING = "ending"  # in force, ending within the alert window, not renewed
    ENDED = "ended"
    ALL = "all"


@dataclass
class CommitmentInput:
    text: str
    party_id: int | None = None
    due_on: date | None = None
    status: str = TaskStatus.OPEN.value
    done_on: date | None = None
    id: int | None = None


@dataclass
class AgreementInput:
    title: str
    party_ids: list[int] = field(default_factory=list)
    number: str | None = None
    signed_on: date | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    horizon_year: int | None = None
    fields: str | None = None
    notes: str | None = None
    commitments: list[CommitmentInput] = field(default_factory=list)
    attachments: list[AttachmentInput] = field(default_factory=list)
    renews_id: int | None = None  # the agreement this one renews ("Gia hạn")
    id: int | None = None
    version: int | None = None  # as loaded; None for a new agreement


@dataclass(frozen=True)
class Link:
    """Another agreement named on a page: the one renewed, or the renewal."""

    id: int
    title: str


@dataclass(frozen=True)
class AgreementDetail:
    agreement: AgreementInput
    party_names: dict[int, str]
    renews: Link | None
    renewed_by: list[Link]


@dataclass(frozen=True)
class AgreementFilter:
    standing: Standing = Standing.ALL
    text: str = ""
    today: date | None = None  # None: the real today
    days: int = 90  # the alert window, for Standing.ENDING
    partner_id: int | None = None  # only agreements with this party


@dataclass(frozen=True)
class AgreementRow:
    id: int
    number: str | None
    title: str
    parties: str  # names, "; " between
    signed_on: date | None
    starts_on: date | None
    ends_on: date | None
    renewed: bool  # a live agreement renews it

    def standing(self, today: date, days: int) -> str:
        """``future``, ``renewed``, ``ending``, ``in_force``, or ``ended``."""
        begins = self.starts_on or self.signed_on
        if self.ends_on is not None and self.ends_on < today:
            return "ended"
        if begins is not None and begins > today:
            return "future"
        if self.renewed:
            return "renewed"
        if self.ends_on is not None and self.ends_on <= today + timedelta(days=days):
            return "ending"
        return "in_force"


@dataclass(frozen=True)
class EndingAgreement:
    """An agreement to renew or let end: named in Follow-up, the CLI and the report."""

    id: int
    number: str | None
    title: str
    parties: list[str]
    ends_on: date
    days_left: int

    @property
    def name(self) -> str:
        return f"{self.number} – {self.title}" if self.number else self.title


# --- conditions -----------------------------------------------------------------------
_Renewal = aliased(m.Agreement)


def renewed() -> ColumnElement[bool]:
    """For a query over m.Agreement: a live agreement renews it."""
    return (
        select(_Renewal.id)
        .where(_Renewal.renews_id == m.Agreement.id, _Renewal.deleted_at.is_(None))
        .exists()
    )


def in_force(today: date) -> ColumnElement[bool]:
    begins = func.coalesce(m.Agreement.starts_on, m.Agreement.signed_on)
    return and_(
        or_(begins.is_(None), begins <= today),
        or_(m.Agreement.ends_on.is_(None), m.Agreement.ends_on >= today),
    )


def ending(today: date, days: int) -> ColumnElement[bool]:
    """In force, ending within ``days`` of ``today``, and not renewed."""
    return and_(
        in_force(today),
        m.Agreement.ends_on.is_not(None),
        m.Agreement.ends_on <= today + timedelta(days=days),
        not_(renewed()),
    )


def _standing(f: AgreementFilter) -> ColumnElement[bool] | None:
    today = f.today or today_local()
    match f.standing:
        case Standing.IN_FORCE:
            return in_force(today)
        case Standing.ENDING:
            return ending(today, f.days)
        case Standing.ENDED:
            return m.Agreement.ends_on < today
    return None


def _words(text: str) -> list[Any]:
    """Each folded word in the agreement's title, number and fields, or in a party's name."""
    out = []
    for w in fold(text or "").split():
        party_has = (
            select(m.agreement_party.c.agreement_id)
            .join(m.Organization, m.Organization.id == m.agreement_party.c.organization_id)
            .where(m.Organization.search_text.contains(w, autoescape=True))
        )
        out.append(
            or_(m.Agreement.search_text.contains(w, autoescape=True), m.Agreement.id.in_(party_has))
        )
    return out


def _filtered(f: AgreementFilter) -> Any:
    stmt = select(m.Agreement).where(m.Agreement.deleted_at.is_(None), *_words(f.text))
    cond = _standing(f)
    if cond is not None:
        stmt = stmt.where(cond)
    if f.partner_id is not None:
        stmt = stmt.where(
            m.Agreement.id.in_(
                select(m.agreement_party.c.agreement_id).where(
                    m.agreement_party.c.organization_id == f.partner_id
                )
            )
        )
    return stmt


_first_party = (
    select(func.min(m.Organization.search_text))
    .join(m.agreement_party, m.agreement_party.c.organization_id == m.Organization.id)
    .where(m.agreement_party.c.agreement_id == m.Agreement.id)
    .correlate(m.Agreement)
    .scalar_subquery()
)

_SORTS: dict[str, Any] = {
    "number": m.Agreement.number,
    "title": m.Agreement.search_text,
    "parties": _first_party,
    "signed": m.Agreement.signed_on,
    "ends": case((m.Agreement.ends_on.is_(None), date.max), else_=m.Agreement.ends_on),
}


def count_agreements(store: Store, f: AgreementFilter) -> int:
    with store.reading() as s:
        return count_of(s, _filtered(f))


def party_names(s: Session, agreement_ids: list[int]) -> dict[int, list[str]]:
    """The parties of some agreements: outside partners first, then the province's units."""
    out: dict[int, list[str]] = {i: [] for i in agreement_ids}
    if not agreement_ids:
        return out
    rows = s.execute(
        select(m.agreement_party.c.agreement_id, m.Organization.name)
        .join(m.Organization, m.Organization.id == m.agreement_party.c.organization_id)
        .where(m.agreement_party.c.agreement_id.in_(agreement_ids))
        .order_by(m.Organization.is_internal, m.Organization.search_text)
    )
    for agreement_id, name in rows:
        out[agreement_id].append(name)
    return out


def list_agreements(
    store: Store, f: AgreementFilter, sort: Sort, offset: int = 0, limit: int = LIST_LIMIT
) -> list[AgreementRow]:
    stmt = _filtered(f).with_only_columns(
        m.Agreement.id,
        m.Agreement.number,
        m.Agreement.title,
        m.Agreement.signed_on,
        m.Agreement.starts_on,
        m.Agreement.ends_on,
        renewed(),
    )
    stmt = apply_sort(stmt, _SORTS, sort, m.Agreement.id).offset(offset).limit(limit)
    with store.reading() as s:
        rows = s.execute(stmt).all()
        names = party_names(s, [r[0] for r in rows])
    return [
        AgreementRow(
            id=r[0],
            number=r[1],
            title=r[2],
            parties="; ".join(names[r[0]]),
            signed_on=r[3],
            starts_on=r[4],
            ends_on=r[5],
            renewed=bool(r[6]),
        )
        for r in rows
    ]


def ending_soon(
    store: Store, today: date, days: int, limit: int = LIST_LIMIT
) -> list[EndingAgreement]:
    """Agreements to renew or let end, the soonest first."""
    with store.reading() as s:
        return ending_in(s, today, days, limit)


def ending_in(
    s: Session, today: date, days: int, limit: int | None = LIST_LIMIT, *where: Any
) -> list[EndingAgreement]:
    """``ending_soon`` within a session already open; ``where`` narrows it further
    (the report's scope)."""
    rows = s.execute(
        select(m.Agreement.id, m.Agreement.number, m.Agreement.title, m.Agreement.ends_on)
        .where(m.Agreement.deleted_at.is_(None), ending(today, days), *where)
        .order_by(m.Agreement.ends_on, m.Agreement.id)
        .limit(limit)
    ).all()
    names = party_names(s, [r[0] for r in rows])
    out = []
    for agreement_id, number, title, ends_on in rows:
        assert ends_on is not None  # ending() wants an end
        out.append(
            EndingAgreement(
                agreement_id, number, title, names[agreement_id], ends_on, (ends_on - today).days
            )
        )
    return out


def count_ending(store: Store, today: date, days: int) -> int:
    with store.reading() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(m.Agreement)
                .where(m.Agreement.deleted_at.is_(None), ending(today, days))
            )
            or 0
        )


# --- one agreement ----------------------------------------------------------------------
def _attachments(agreement_id: int) -> Any:
    return (
        select(m.Attachment)
        .where(m.Attachment.owner_type == OWNER_TYPE, m.Attachment.owner_id == agreement_id)
        .order_by(m.Attachment.id)
    )


def get_agreement(store: Store, agreement_id: int) -> AgreementDetail | None:
    with store.reading() as s:
        a = s.scalar(
            select(m.Agreement)
            .where(m.Agreement.id == agreement_id)
            .options(selectinload(m.Agreement.parties), selectinload(m.Agreement.commitments))
        )
        if a is None or a.deleted_at is not None:
            return None
        parties = sorted(a.parties, key=lambda o: (o.is_internal, o.search_text or "", o.id))
        data = AgreementInput(
            id=a.id,
            version=a.version,
            title=a.title,
            party_ids=[o.id for o in parties],
            number=a.number,
            signed_on=a.signed_on,
            starts_on=a.starts_on,
            ends_on=a.ends_on,
            horizon_year=a.horizon_year,
            fields=a.fields,
            notes=a.notes,
            renews_id=a.renews_id,
            commitments=[
                CommitmentInput(c.text, c.party_id, c.due_on, c.status, c.done_on, c.id)
                for c in a.commitments
            ],
            attachments=[
                AttachmentInput(f.filename, f.content_hash, f.size, f.id)
                for f in s.scalars(_attachments(a.id))
            ],
        )
        renews = None
        if a.renews_id is not None:
            old = s.get(m.Agreement, a.renews_id)
            if old is not None and old.deleted_at is None:
                renews = Link(old.id, _name(old))
        renewed_by = [
            Link(r.id, _name(r))
            for r in s.scalars(
                select(m.Agreement)
                .where(m.Agreement.renews_id == a.id, m.Agreement.deleted_at.is_(None))
                .order_by(m.Agreement.id)
            )
        ]
        return AgreementDetail(data, {o.id: o.name for o in parties}, renews, renewed_by)


def _name(a: m.Agreement) -> str:
    return f"{a.number} – {a.title}" if a.number else a.title


def renewal_draft(store: Store, agreement_id: int) -> AgreementInput | None:
    """The follow-on agreement of ``agreement_id``, not saved: same parties, title, fields
    and vision year, its period starting the day after the old one ends and as long."""
    detail = get_agreement(store, agreement_id)
    if detail is None:
        return None
    old = detail.agreement
    starts = old.ends_on + timedelta(days=1) if old.ends_on else None
    ends = None
    if starts is not None and old.starts_on is not None and old.ends_on is not None:
        ends = _same_length(old.starts_on, old.ends_on, starts)
    return AgreementInput(
        title=old.title,
        party_ids=list(old.party_ids),
        starts_on=starts,
        ends_on=ends,
        horizon_year=old.horizon_year,
        fields=old.fields,
        renews_id=old.id,
    )


def _same_length(first: date, last: date, start: date) -> date:
    """The last day of a period from ``start`` as long as first..last, in whole years
    when first..last is (01/01/2023–31/12/2026 gives 01/01/2027–31/12/2030)."""
    whole = (last.month, last.day) >= (first.month, first.day)
    years = last.year - first.year + (1 if whole else 0)
    try:
        if _add_years(first, years) - timedelta(days=1) == last:
            return _add_years(start, years) - timedelta(days=1)
    except ValueError:
        pass
    return start + (last - first)


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def agreement_choices(store: Store) -> list[Choice]:
    with store.reading() as s:
        return [
            Choice(i, f"{n} – {t}" if n else t)
            for i, n, t in s.execute(
                select(m.Agreement.id, m.Agreement.number, m.Agreement.title)
                .where(m.Agreement.deleted_at.is_(None))
                .order_by(m.Agreement.search_text)
            )
        ]


# --- validation and saving -------------------------------------------------------------
def _year_ok(year: int) -> bool:
    return FIRST_YEAR <= year <= LAST_YEAR


def validate_agreement(data: AgreementInput) -> None:
    check = Checker()
    if len(set(data.party_ids)) < 2:
        check.add("parties", Problem.REQUIRED)
    check.required("title", data.title)
    if data.number and len(data.number.strip()) > 60:
        check.add("number", Problem.TOO_LONG)
    for name in ("signed_on", "starts_on", "ends_on"):
        day: date | None = getattr(data, name)
        if day is not None and not _year_ok(day.year):
            check.add(name, Problem.FORMAT)
    check.order("ends_on", data.starts_on, data.ends_on)
    if data.signed_on and data.ends_on and data.signed_on > data.ends_on:
        check.add("signed_on", Problem.END_BEFORE_START)
    if data.horizon_year is not None:
        begins = data.starts_on or data.signed_on
        if not _year_ok(data.horizon_year) or (begins and data.horizon_year < begins.year):
            check.add("horizon_year", Problem.FORMAT)
    parties = set(data.party_ids)
    for i, c in enumerate(data.commitments):
        check.required(f"commitments.{i}.text", c.text, 2000)
        if c.party_id is not None and c.party_id not in parties:
            check.add(f"commitments.{i}.party_id", Problem.FORMAT)
        if c.status not in set(TaskStatus):
            check.add(f"commitments.{i}.status", Problem.REQUIRED)
        for name in ("due_on", "done_on"):
            day = getattr(c, name)
            if day is not None and not _year_ok(day.year):
                check.add(f"commitments.{i}.{name}", Problem.FORMAT)
    if data.renews_id is not None and data.renews_id == data.id:
        check.add("renews_id", Problem.FORMAT)
    check.raise_if_any()


def save_agreement(store: Store, data: AgreementInput) -> int:
    """Create or update an agreement with its parties, commitments and files; its id."""
    validate_agreement(data)
    with store.session() as s:
        # Parties are alive, or in the trash but already parties of this agreement.
        stored_parties: set[int] = set()
        if data.id:
            stored_parties = set(
                s.scalars(
                    select(m.agreement_party.c.organization_id).where(
                        m.agreement_party.c.agreement_id == data.id
                    )
                )
            )
        known = set(
            s.scalars(
                select(m.Organization.id).where(
                    m.Organization.id.in_(data.party_ids),
                    m.Organization.deleted_at.is_(None) | m.Organization.id.in_(stored_parties),
                )
            )
        )
        if known != set(data.party_ids):
            raise ValidationError([FieldError("parties", Problem.REQUIRED)])
        renewed = s.get(m.Agreement, data.renews_id) if data.renews_id is not None else None
        if data.renews_id is not None and (
            renewed is None
            or renewed.deleted_at is not None
            or (data.id is not None and renewed.renews_id == data.id)  # A renews B renews A
        ):
            raise ValidationError([FieldError("renews_id", Problem.FORMAT)])
        a = s.get(m.Agreement, data.id) if data.id else None
        if data.id:
            claim(a, data.version, "agreement", data.id)
        a = _write_agreement(s, a, data)
        data.id, data.version = a.id, a.version
        return a.id


def agreement_snapshot(store: Store, agreement_id: int) -> AgreementInput | None:
    """The agreement as it is now, for undo; None when it is in the trash."""
    detail = get_agreement(store, agreement_id)
    return None if detail is None else detail.agreement


def put_agreement(store: Store, agreement_id: int, data: AgreementInput | None) -> None:
    """Undo and redo: put an agreement back as a snapshot had it (None: in the trash)."""
    with store.session() as s:
        a = s.get(m.Agreement, agreement_id)
        if a is None:
            return
        if data is None:
            a.deleted_at = a.deleted_at or m.utcnow()
            return
        a.deleted_at = None
        _write_agreement(s, a, data)


def set_agreement_deleted(store: Store, agreement_id: int, deleted: bool) -> None:
    """Move an agreement to the trash, or bring it back with its commitments and files."""
    with store.session() as s:
        a = s.get(m.Agreement, agreement_id)
        if a is not None:
            a.deleted_at = m.utcnow() if deleted else None


def _write_agreement(s: Session, a: m.Agreement | None, data: AgreementInput) -> m.Agreement:
    # One flush for the whole change: each flush of a changed agreement counts a version.
    with s.no_autoflush:
        a = _apply(s, a, data)
    s.flush()
    _write_attachments(s, a.id, data.attachments)
    return a


def _apply(s: Session, a: m.Agreement | None, data: AgreementInput) -> m.Agreement:
    if a is None:
        a = m.Agreement(title="")
        s.add(a)
    a.title = data.title.strip()
    a.number = blank_to_none(data.number)
    a.signed_on = data.signed_on
    a.starts_on = data.starts_on
    a.ends_on = data.ends_on
    a.horizon_year = data.horizon_year
    a.fields = blank_to_none(data.fields)
    a.notes = blank_to_none(data.notes)
    a.renews_id = data.renews_id
    ids = list(dict.fromkeys(data.party_ids))
    orgs = {o.id: o for o in s.scalars(select(m.Organization).where(m.Organization.id.in_(ids)))}
    a.parties = [orgs[i] for i in ids if i in orgs]
    current = {c.id: c for c in a.commitments} if a.id is not None else {}
    rows: list[m.Commitment] = []
    for c in data.commitments:
        row = current.get(c.id) if c.id is not None else None
        if row is None:
            # Undo puts a removed commitment back under its old id, so that a later
            # redo finds the agreement exactly as it left it.
            free = c.id is not None and s.get(m.Commitment, c.id) is None
            row = m.Commitment(id=c.id if free else None, text="")
        row.text = c.text.strip()
        row.party_id = c.party_id
        row.due_on = c.due_on
        row.status = c.status
        row.done_on = (c.done_on or today_local()) if c.status == TaskStatus.DONE else None
        rows.append(row)
    a.commitments = rows
    return a


def _write_attachments(s: Session, agreement_id: int, files: list[AttachmentInput]) -> None:
    kept = {f.id for f in files if f.id is not None}
    for row in s.scalars(_attachments(agreement_id)):
        if row.id not in kept:
            s.delete(row)  # the content stays: a backup or another record may use it
    for f in files:
        if f.id is None or s.get(m.Attachment, f.id) is None:
            s.add(
                m.Attachment(
                    id=f.id,
                    owner_type=OWNER_TYPE,
                    owner_id=agreement_id,
                    filename=f.filename,
                    content_hash=f.content_hash,
                    size=f.size,
                )
            )
