"""Optimistic concurrency: each record a form edits carries a version number.

A form keeps the version it loaded; saving checks it is still the stored one
and counts the save as a new version, all in one transaction. Any other change
to such a record (deleting, restoring, undoing, importing) counts as a new
version too, through a session hook; so does any change to a partner's contacts,
which its form holds. The check in Python is not enough on its own: pysqlite
begins the transaction at the first write, so another writer may commit between
the check and the UPDATE. Each versioned model therefore names its version column
to SQLAlchemy (``version_id_col``), whose UPDATE and DELETE then match the version
the session read; a save that lost the race matches no row, and the store turns
SQLAlchemy's StaleDataError into RecordChangedError. Two windows or two processes
editing one record therefore never overwrite each other silently.
"""

from typing import Any, Protocol

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, UOWTransaction

from coordinator.db import models as m

VERSIONED: tuple[type[m.Base], ...] = (
    m.Organization,
    m.Person,
    m.Agreement,
    m.Programme,
    m.Project,
    m.Assignment,
    m.Room,
    m.Event,
    m.Minutes,
)


class _Versioned(Protocol):
    id: Any
    version: Any


class RecordChangedError(Exception):
    """The record was saved or deleted by someone else since the form loaded it."""

    def __init__(self, entity: str, record_id: int | None, deleted: bool) -> None:
        what = "deleted" if deleted else "changed"
        super().__init__(f"{entity} {record_id} was {what} since it was opened")
        self.entity = entity
        self.record_id = record_id
        self.deleted = deleted


def claim(obj: Any, expected: int | None, entity: str, record_id: int | None) -> None:
    """Check ``obj`` is still the version a form loaded, and count this save as the next.

    ``expected`` None means the form created the record: it must not exist yet.
    """
    if obj is None:
        if expected is not None:
            raise RecordChangedError(entity, record_id, deleted=True)
        return
    if getattr(obj, "deleted_at", None) is not None:
        raise RecordChangedError(entity, obj.id, deleted=True)
    if expected is None or obj.version != expected:
        raise RecordChangedError(entity, obj.id, deleted=False)
    obj.version = expected + 1


@event.listens_for(Session, "before_flush")
def _count_other_changes(session: Session, _flush: UOWTransaction, _instances: object) -> None:
    for obj in session.dirty:
        if not isinstance(obj, VERSIONED) or not session.is_modified(obj):
            continue
        state = inspect(obj)
        if not state.attrs["version"].history.has_changes():
            obj.version = (obj.version or 1) + 1  # type: ignore[attr-defined]
    _count_contact_changes(session)


def _count_contact_changes(session: Session) -> None:
    """A partner's form holds its contacts: a contact changed, added, moved or deleted on
    its own (the person editor, the roster, undo) is a new version of the partner too, so
    a partner form opened before cannot save its stale contacts over it."""
    partner_ids: set[int] = set()
    dirty = session.dirty  # a new list at each call: once, not once per row
    for obj in (*session.new, *dirty, *session.deleted):
        if not isinstance(obj, m.Person) or (obj in dirty and not session.is_modified(obj)):
            continue
        history = inspect(obj).attrs["organization_id"].history
        for value in (obj.organization_id, *history.deleted):
            if value is not None:
                partner_ids.add(value)
    with session.no_autoflush:
        for partner_id in partner_ids:
            org = session.get(m.Organization, partner_id)
            if org is None or not inspect(org).persistent:
                continue
            if not inspect(org).attrs["version"].history.has_changes():  # not saved here
                org.version = (org.version or 1) + 1
