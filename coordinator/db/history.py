"""The change history: every insert, update and delete of a tracked row, with the OS user.

A ``before_flush`` hook on the app's sessions reads SQLAlchemy's attribute history,
so services never have to remember to log.
"""

import getpass
import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, UOWTransaction

from coordinator.db import models as m

TRACKED: tuple[type[m.Base], ...] = (
    m.Organization,
    m.Person,
    m.Agreement,
    m.Commitment,
    m.Programme,
    m.Project,
    m.Milestone,
    m.Indicator,
    m.Assignment,
    m.Room,
    m.Event,
    m.Minutes,
    m.Decision,
    m.ActionItem,
)
_SKIP = {"search_text", "version"}


def os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in a service context
        return "?"


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _changes(obj: m.Base) -> dict[str, list[Any]]:
    state = inspect(obj)
    out: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _SKIP:
            continue
        hist = state.attrs[attr.key].history
        if hist.has_changes():
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if old != new:
                out[attr.key] = [_plain(old), _plain(new)]
    return out


def _values(obj: m.Base, created: bool) -> dict[str, list[Any]]:
    """A new row's fields as changes from nothing, a removed row's as changes to
    nothing: the log keeps what was made and what was lost."""
    state = inspect(obj)
    out: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        value = getattr(obj, attr.key)
        if attr.key not in _SKIP and attr.key != "id" and value is not None:
            out[attr.key] = [None, _plain(value)] if created else [_plain(value), None]
    return out


def _action(obj: m.Base, changes: dict[str, list[Any]]) -> str:
    if "deleted_at" in changes:
        return "deleted" if changes["deleted_at"][1] else "restored"
    return "updated"


@event.listens_for(Session, "before_flush")
def _record(session: Session, _flush: UOWTransaction, _instances: object) -> None:
    if not session.info.get("track_history", False):
        return
    user = os_user()
    now = m.utcnow()
    pending: list[tuple[m.Base, str, dict[str, list[Any]]]] = []
    for obj in session.dirty:
        if isinstance(obj, TRACKED) and session.is_modified(obj):
            changes = _changes(obj)
            if changes:
                pending.append((obj, _action(obj, changes), changes))
    for obj in session.deleted:
        if isinstance(obj, TRACKED):
            pending.append((obj, "purged", _values(obj, created=False)))
    for obj, action, changes in pending:
        session.add(
            m.ChangeLog(
                at=now,
                os_user=user,
                entity=type(obj).__tablename__,
                entity_id=obj.id,  # type: ignore[attr-defined]
                action=action,
                changes=json.dumps(changes, ensure_ascii=False) if changes else None,
            )
        )
    # New rows have no id before the flush; log them once it is known.
    new = [obj for obj in session.new if isinstance(obj, TRACKED)]
    if new:
        session.info.setdefault("history_new", []).extend(new)


@event.listens_for(Session, "after_flush_postexec")
def _record_new(session: Session, _flush: UOWTransaction) -> None:
    new = session.info.pop("history_new", None)
    if not new:
        return
    user = os_user()
    now = m.utcnow()
    for obj in new:
        session.add(
            m.ChangeLog(
                at=now,
                os_user=user,
                entity=type(obj).__tablename__,
                entity_id=obj.id,
                action="created",
                changes=json.dumps(_values(obj, created=True), ensure_ascii=False),
            )
        )
