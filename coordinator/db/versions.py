"""Optimistic concurrency: each record a form edits carries a version number.

A form keeps the version it loaded; saving checks it is still the stored one
and counts the save as a new version, all in one transaction. Any other change
to such a record (deleting, restoring, undoing, importing) counts as a new
version too, through a session hook; so does any change to a child its parent's
form holds (a partner's contacts, an agreement's commitments, the action items of
minutes, an event's participants: CHILDREN).

The check runs under SQLite's write lock: a session that writes begins with
``BEGIN IMMEDIATE`` (store.py), so no other writer can commit between the check and
the UPDATE. Each versioned model also names its version column to SQLAlchemy
(``version_id_col``): its UPDATE and DELETE are ``… WHERE id = ? AND version = ?``
with the version the session read, and one that matches no row becomes
RecordChangedError. Two windows or two processes editing one record therefore
never overwrite each other silently.
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


# Rows a parent's form holds and saves with it, that are also changed on their own:
# (the child, its key to the parent, the parent, the child's columns that form holds;
# None: all of them). Such a change (an action item or a commitment marked done in the
# follow-up list, a participant added from the minutes, a contact in the person
# editor, undo) is a new version of the parent, so a form opened before cannot save
# its stale copy of the child over it. (Rows only their parent's form writes, such as
# milestones or decisions, need no entry: that form's own save counts.)
CHILDREN: tuple[tuple[type[m.Base], str, type[m.Base], frozenset[str] | None], ...] = (
    (m.Person, "organization_id", m.Organization, None),  # a partner's contacts
    (m.Commitment, "agreement_id", m.Agreement, None),
    (m.ActionItem, "minutes_id", m.Minutes, None),
    # The event's form holds who takes part, not their attendance (the minutes' own).
    (m.EventParticipant, "event_id", m.Event, frozenset({"event_id", "person_id"})),
)


@event.listens_for(Session, "before_flush")
def _count_other_changes(session: Session, _flush: UOWTransaction, _instances: object) -> None:
    for obj in session.dirty:
        if not isinstance(obj, VERSIONED) or not session.is_modified(obj):
            continue
        state = inspect(obj)
        if not state.attrs["version"].history.has_changes():
            obj.version = (obj.version or 1) + 1  # type: ignore[attr-defined]
    _count_child_changes(session)


def _count_child_changes(session: Session) -> None:
    """Count a change to a child (CHILDREN) as a new version of its parent, unless the
    parent is saved in this flush already."""
    parents: set[tuple[type[m.Base], int]] = set()
    dirty = session.dirty  # a new list at each call: once, not once per row
    for obj in (*session.new, *dirty, *session.deleted):
        for child, key, parent, held in CHILDREN:
            if not isinstance(obj, child):
                continue
            state = inspect(obj)
            if obj in dirty and (
                not session.is_modified(obj)
                if held is None
                else not any(state.attrs[c].history.has_changes() for c in held)
            ):
                continue
            history = state.attrs[key].history
            for value in (getattr(obj, key), *history.deleted):
                if value is not None:
                    parents.add((parent, value))
    with session.no_autoflush:
        for parent, parent_id in parents:
            row = session.get(parent, parent_id)
            if row is None or not inspect(row).persistent:
                continue
            if not inspect(row).attrs["version"].history.has_changes():  # not saved here
                row.version = (row.version or 1) + 1  # type: ignore[attr-defined]
