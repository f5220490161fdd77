"""The register of outgoing documents (sổ văn bản đi): issuing numbers and listing them.

A number is issued inside one writing session, which holds SQLite's write lock from
its start (``Store.session``: BEGIN IMMEDIATE): the highest number of the year and
type is read and the next one written before any other process may read it, so two
windows issuing at the same moment get 01 and 02, never the same number.
"""

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from coordinator.db import models as m
from coordinator.db.history import os_user
from coordinator.db.queries.common import Sort, count_of
from coordinator.db.store import Store
from coordinator.domain.register import DocumentType
from coordinator.domain.text import clean_text

TYPES = frozenset(t.value for t in DocumentType)


@dataclass(frozen=True)
class IssuedNumber:
    """One entry of the register, as issued (or as issued before, ``again``)."""

    id: int
    year: int
    type_code: str
    number: int
    issued_on: date
    subject: str
    file_path: str | None
    record_key: str
    proposals: str | None
    issued_at: datetime  # naive UTC
    os_user: str
    again: bool = False  # the record had been issued before and kept its number


@dataclass(frozen=True)
class RegisterFilter:
    year: int | None = None
    type_code: str | None = None


def _entry(row: m.OutgoingDocument, again: bool = False) -> IssuedNumber:
    return IssuedNumber(
        row.id,
        row.year,
        row.type_code,
        row.number,
        row.issued_on,
        row.subject,
        row.file_path,
        row.record_key,
        row.proposals,
        row.issued_at,
        row.os_user,
        again,
    )


def _key(type_code: str, record_key: str) -> tuple[str, str]:
    """The type and key as stored (the flush hook cleans what is written; a lookup must
    ask for the same text)."""
    code = clean_text(type_code).strip().upper()
    if code not in TYPES:
        raise ValueError(f"not a document type of the register: {type_code!r}")
    return code, clean_text(record_key).strip()


def _issued(s: Session, type_code: str, record_key: str) -> m.OutgoingDocument | None:
    return s.scalar(
        select(m.OutgoingDocument).where(
            m.OutgoingDocument.type_code == type_code,
            m.OutgoingDocument.record_key == record_key,
        )
    )


def next_number(s: Session, year: int, type_code: str) -> int:
    """The number the next document of ``type_code`` issued in ``year`` takes."""
    highest = s.scalar(
        select(func.max(m.OutgoingDocument.number)).where(
            m.OutgoingDocument.year == year, m.OutgoingDocument.type_code == type_code
        )
    )
    return (highest or 0) + 1


def issue(
    store: Store,
    type_code: str,
    record_key: str,
    subject: str,
    issued_on: date,
    file_path: str | None = None,
    proposals: str | None = None,
    *,
    redate: bool = False,
) -> IssuedNumber:
    """Give the record its number: the next of ``issued_on``'s year for its type, or the
    one it took before (then its subject is updated, and its file and proposals where
    given; the number and date stay, unless ``redate`` moves the date, which takes a
    number of the new year when the year changes). ValueError for a type the register
    does not keep."""
    code, key = _key(type_code, record_key)
    with store.session() as s:
        row = _issued(s, code, key)
        again = row is not None
        if row is None:
            row = m.OutgoingDocument(
                year=issued_on.year,
                type_code=code,
                number=next_number(s, issued_on.year, code),
                issued_on=issued_on,
                record_key=key,
                os_user=os_user(),
            )
            s.add(row)
        elif redate and row.issued_on != issued_on:
            if row.year != issued_on.year:
                row.year, row.number = issued_on.year, next_number(s, issued_on.year, code)
            row.issued_on = issued_on
        row.subject = subject.strip()
        if file_path is not None:
            row.file_path = file_path
        if proposals is not None:
            row.proposals = proposals.strip() or None
        s.flush()
        return _entry(row, again)


def forget_file(store: Store, entry_id: int, file_path: str) -> None:
    """The file of an issued number was not written after all: the register no longer
    names it (unless it was issued again meanwhile with another file). The number stays
    taken: another window may have issued the next one since."""
    with store.session() as s:
        row = s.get(m.OutgoingDocument, entry_id)
        if row is not None and row.file_path == file_path:
            row.file_path = None


@dataclass(frozen=True)
class Prospect:
    """The number and date a record would carry if issued now, to confirm first."""

    number: int
    issued_on: date
    before: bool  # issued before: it keeps this number and date


def find(store: Store, type_code: str, record_key: str) -> IssuedNumber | None:
    """The record's entry if it was issued (``again`` set), else None."""
    code, key = _key(type_code, record_key)
    with store.reading() as s:
        row = _issued(s, code, key)
        return _entry(row, again=True) if row is not None else None


def prospect(store: Store, type_code: str, record_key: str, issued_on: date) -> Prospect:
    """What ``issue`` would give now. Another window may take the number first;
    ``issue`` says what was taken."""
    code, key = _key(type_code, record_key)
    with store.reading() as s:
        row = _issued(s, code, key)
        if row is not None:
            return Prospect(row.number, row.issued_on, True)
        return Prospect(next_number(s, issued_on.year, code), issued_on, False)


# --- the list ---------------------------------------------------------------------------
ISSUE_ORDER = Sort("issued_on")  # the order of the register book
_SORTS = {
    "number": (m.OutgoingDocument.year, m.OutgoingDocument.number, m.OutgoingDocument.type_code),
    "issued_on": (m.OutgoingDocument.issued_on, m.OutgoingDocument.number),
    "type_code": (m.OutgoingDocument.type_code, m.OutgoingDocument.year, m.OutgoingDocument.number),
    "subject": (m.OutgoingDocument.subject,),
    "file_path": (m.OutgoingDocument.file_path,),
}


def _listed(f: RegisterFilter) -> Select[m.OutgoingDocument]:
    stmt = select(m.OutgoingDocument)
    if f.year is not None:
        stmt = stmt.where(m.OutgoingDocument.year == f.year)
    if f.type_code is not None:
        stmt = stmt.where(m.OutgoingDocument.type_code == f.type_code)
    return stmt


def count_entries(store: Store, f: RegisterFilter = RegisterFilter()) -> int:
    with store.reading() as s:
        return count_of(s, _listed(f))


def list_entries(
    store: Store,
    f: RegisterFilter = RegisterFilter(),
    sort: Sort = ISSUE_ORDER,
    offset: int = 0,
    limit: int | None = None,
) -> list[IssuedNumber]:
    """The register as filtered and sorted, a page at a time (``limit`` None: all)."""
    columns = _SORTS.get(sort.key, _SORTS["issued_on"])
    order = [c.desc() if sort.descending else c.asc() for c in columns]
    stmt = _listed(f).order_by(*order, m.OutgoingDocument.id).offset(offset).limit(limit)
    with store.reading() as s:
        return [_entry(row) for row in s.scalars(stmt)]


def entries(
    store: Store, year: int | None = None, type_code: str | None = None
) -> list[IssuedNumber]:
    """Every entry of a year and type (None: all), in the order they were issued."""
    return list_entries(store, RegisterFilter(year, type_code))


def years(store: Store) -> list[int]:
    """The years the register has numbers in, newest first."""
    with store.reading() as s:
        return list(
            s.scalars(
                select(m.OutgoingDocument.year).distinct().order_by(m.OutgoingDocument.year.desc())
            )
        )
